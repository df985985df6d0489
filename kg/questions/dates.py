"""The most precise of the dates an answer gives: a year or a month that an exact date of the
same answer falls in is that date read less precisely, never a second answer.

"Launched in March 2019" and "launched on 14 March 2019" do not disagree: the articles told
one date, one of them by its month. So "2019" and "2019-03" give way to "2019-03-14", and a
day told without its year ("14 March", ``--03-14``) to a dated day it matches. Dates that no
other date refines are all kept (two flights, two years).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.questions.templates import Item


def refines(exact: str, vague: str) -> bool:
    """Is the ISO date ``exact`` a more precise reading of ``vague`` (a year, a month, a day
    without its year)?

    >>> refines("2019-03-14", "2019"), refines("2019-03-14", "2019-03"), refines("2019-03-14", "--03-14")
    (True, True, True)
    >>> refines("2019-03-14", "2019-04"), refines("2019", "2019"), refines("2019-03", "2019-03-14")
    (False, False, False)
    """
    exact, vague = exact[:10], vague[:10]
    if vague.startswith("--"):  # a day and month: the same day of some year
        return len(exact) == 10 and not exact.startswith("-") and exact[4:] == vague[1:]
    return len(exact) > len(vague) and exact.startswith(vague) and exact[len(vague)] == "-"


def sharpest(items: Sequence[Item]) -> list[Item]:
    """The items without the dates another date of them refines (see the module), a date of the
    same fact only: a profile's "selected: 2019" is no reading of its "launched: 14 March 2019"."""
    dates = [i for i in items if i.kind == "date"]
    if len(dates) < 2:
        return list(items)
    return [i for i in items if i.kind != "date" or not any(
        _same_fact(d, i) and refines(str(d.value), str(i.value)) for d in dates)]


def _same_fact(a: Item, b: Item) -> bool:
    """Are the two dates values of one property (the same line of a profile)?"""
    said = {t.predicate for t in a.support} & {t.predicate for t in b.support} if a.support and b.support else True
    return a.relation == b.relation and bool(said)
