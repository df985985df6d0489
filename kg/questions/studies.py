"""A field of study the question names: "Where did X study geology?" asks where X studied that
field, and the graph keeps schools without their fields (akg:Education holds a degree, a school
and a year). A school the articles give for X answers "Where did X study?", not the narrower
question, unless its own name says the field ("the School of Geology")."""

from __future__ import annotations

from collections.abc import Sequence

from kg.questions.match import Parsed
from kg.questions.templates import Item

#: verbs whose object is a field of study
_STUDY = {"study", "major"}


def field_unstated(parsed: Parsed, items: Sequence[Item]) -> str | None:
    """Why schools found for the question's person do not answer it (None: they may)."""
    field = _field(parsed)
    if not items or field is None or any(field.lower() in i.label.lower() for i in items):
        return None
    names = ", ".join(i.label for i in items[:5])
    return f"The articles give {names} as where they studied, but not where they studied {field}."


def _field(parsed: Parsed) -> str | None:
    """The words right after the verb of study ("study geology", "major in aerospace
    engineering"), read by position: the small parser often takes "study X" for a noun compound."""
    tokens = parsed.tokens
    verb = next((t for t in tokens if t.lemma in _STUDY or t.lower in ("studied", "majored")), None)
    if verb is None:
        return None
    words = tokens[verb.i + 1:]
    if words and words[0].lower == "in":
        words = words[1:]
    field = []
    for t in words:
        if t.pos not in ("NOUN", "ADJ"):
            break
        field.append(t)
    while field and field[-1].pos != "NOUN":  # "study hard": no field
        field.pop()
    return " ".join(t.text for t in field) or None
