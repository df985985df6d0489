"""A spacewalk record told as "the number of spacewalks" or "the time spent on spacewalks" is a
record of spacewalks, never of days in space (whose figure would be the holder's time in
space); records of days stay records of days (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.facts import Literal


def _records(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    """(holder, record's name, unit) of each record holding the text states."""
    ex = next(extract(nlp, [Article(text, published="2031-04-21", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    out = set()
    for f in ex.facts:
        if f.predicate == "holdsRecord":
            q = dict(f.qualifiers)
            unit = q.get("unit")
            record = q.get("record")
            out.add((names[f.subject], names[record] if isinstance(record, str) else "?",
                     unit.value if isinstance(unit, Literal) else None))
    return out


@pytest.mark.parametrize("text", [
    "Ana Voss has logged 300 days in space. During the mission she set the record for number of spacewalks by a "
    "woman.",
    "Ana Voss has logged 300 days in space. On Friday she set a new record for the number of spacewalks by a woman.",
    "Ana Voss has logged 300 days in space. She now holds the record for total time spent on spacewalks by a woman.",
    "Ana Voss has logged 300 days in space. She set the record for time spent spacewalking by a woman.",
])
def test_a_spacewalk_record_is_no_record_of_days(nlp: Language, text: str) -> None:
    found = _records(nlp, text)
    assert found and all(unit in ("spacewalk", "minute") and "days" not in record for _, record, unit in found), \
        found


def test_a_record_of_days_stays_one(nlp: Language) -> None:
    found = _records(nlp, "Ana Voss set the record for the most days in space by a woman, 300 days, after three "
                          "spacewalks.")
    assert found and all(unit == "day" for _, _, unit in found), found
