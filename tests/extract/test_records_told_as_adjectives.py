"""A record told as an adjective of someone's time in space ("returned after a record 326 days
in space", "has logged a record 803 days"): the one whose time it is holds the record that time
measures, one flight's or the total; "a record pool of applicants" and "the record of 437 days"
give no holder (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, Literal, extract


def holdings(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(holder, value, what the record measures) of each record holding the text states."""
    extraction = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in extraction.entities}
    measures = {f.subject: str(f.object.value) for f in extraction.facts
                if f.predicate == "measure" and isinstance(f.object, Literal)}
    return {(names.get(f.subject, ""), str(f.object.value), measures.get(str(dict(f.qualifiers)["record"]), ""))
            for f in extraction.facts if f.predicate == "holdsRecord" and isinstance(f.object, Literal)}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Cosmonaut Bo Lund returned to earth yesterday after a record 326 days in space.",
     ("Bo Lund", "326", "longest single spaceflight")),
    ("Cosmonaut Bo Lund landed on Friday after a record 437 days in orbit aboard the station.",
     ("Bo Lund", "437", "longest single spaceflight")),
    ("Cosmonaut Bo Lund has logged a record 803 days in space over six flights.",
     ("Bo Lund", "803", "cumulative days in space")),
])
def test_the_one_whose_time_it_is_holds_the_record(nlp: Language, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in holdings(nlp, text)


@pytest.mark.parametrize("text", [
    "NASA picked Bo Lund from a record pool of 18,000 applicants.",
    "Cosmonaut Bo Lund returned after 326 days in space, and his crewmate set a record.",
    "Cosmonaut Bo Lund returned after 326 days in space, short of the record of 437 days.",
])
def test_no_record_of_his(nlp: Language, text: str) -> None:
    assert not {h for h in holdings(nlp, text) if h[0] == "Bo Lund"}
