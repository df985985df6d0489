"""A length of time as precisely as its sentence states it: the graph keeps "7 days and 22 hours"
in space as 7 days (the whole days, which rankings and totals compare), so an answer in days
shows the hours and minutes its sentence adds ("7 days and 22 hours"), unless the question asks
for days ("How many days ...?", which the whole days answer).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from extract.components.quantities import find_durations
from kg.questions.match import Parsed
from kg.questions.templates import Item
from kg.questions.values import with_unit


def as_said(parsed: Parsed, items: Sequence[Item], sentences: Callable[[Item], list[str]]) -> list[Item]:
    """``items``, each figure in days labelled with the hours and minutes that every sentence
    stating it gives with it ("7 days and 22 hours"); ``sentences`` gives an item's sentences."""
    if any(t.lemma.lower() == "day" for t in parsed.tokens):
        return list(items)
    shown: list[Item] = []
    for item in items:
        if item.kind != "number" or item.unit != "day" or not isinstance(item.value, int | float) \
                or item.value != int(item.value):
            shown.append(item)
            continue
        told = {d.minutes for text in sentences(item) for _, _, d in find_durations(text)
                if d.largest == "day" and d.days == int(item.value)}
        precise = [m for m in told if m > int(item.value) * 1440]
        whole = with_unit(str(int(item.value)), int(item.value), "day")  # "7 days (single flight)": its figure
        shown.append(replace(item, label=spelled(precise[0]) + item.label.removeprefix(whole))
                     if len(told) == 1 and precise and item.label.startswith(whole) else item)
    return shown


def spelled(minutes: int) -> str:
    """A length of time in days, hours and minutes, as reporters write it.

    >>> spelled(11400), spelled(1265011), spelled(1440)
    ('7 days and 22 hours', '878 days, 11 hours and 31 minutes', '1 day')
    """
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    parts = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in ((days, "day"), (hours, "hour"), (mins, "minute"))
             if n]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
