"""A flight's length told of a stay's noun that the sentence sets beside the flight's name: as
what the flight was ("flew aboard STS-213, a flight that lasted 15 minutes 22 seconds") or as
what a named flight landed after ("After a journey that lasted 7 days, 1 hour, and 38 minutes,
STS-213 landed"). The person's time is tied to that flight; with no person, it is the flight's
own length. Never a span of something else, nor a craft that flew many times. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from tests.extract import reading


@pytest.mark.parametrize(("text", "length"), [
    ("After a journey that lasted 7 days, 1 hour, and 38 minutes, STS-213 landed on June 24 in Florida.",
     "7.068056"),
    ("After a flight that lasted 15 days and 6 hours, STS-213 touched down at Edwards.", "15.25"),
    ("After a mission that had lasted 7 days, 1 hour and 38 minutes, STS-213 returned to Earth.", "7.068056"),
    ("The crew flew STS-213, a mission that lasted 7 days, 1 hour and 38 minutes.", "7.068056"),
])
def test_a_stay_beside_a_flights_name_is_its_length(nlp: Language, text: str, length: str) -> None:
    assert {(t[0], t[2]) for t in reading.triples(nlp, text, kind="flightLength")} == {("sts-213", length)}


@pytest.mark.parametrize(("text", "length"), [
    ("Mara Quill flew aboard STS-213, a flight that lasted 15 minutes 22 seconds.", "15"),
    ("Mara Quill rode STS-213, a mission that lasted 7 days, 1 hour and 38 minutes, in 2031.", "7.068056"),
])
def test_a_persons_time_beside_a_flights_name_is_tied_to_it(nlp: Language, text: str, length: str) -> None:
    ex = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    tied = {(names[f.subject], str(getattr(f.object, "value", f.object)),
             next((names[str(q)] for k, q in f.qualifiers if k == "mission"), None))
            for f in ex.facts if f.predicate == "timeInSpace"}
    assert tied == {("Mara Quill", length, "STS-213")}


@pytest.mark.parametrize("text", [
    "After a briefing that lasted 40 minutes, STS-213 landed on June 24.",
    "After a journey that lasted 7 days, the shuttle Kestrel landed on June 24.",
    "After a journey that lasted 7 days, STS-213 docked with the station.",
    "STS-213 landed after the crew of STS-212, a mission that lasted 7 days, returned.",
])
def test_other_spans_beside_a_name_are_no_length_of_it(nlp: Language, text: str) -> None:
    assert not {t for t in reading.triples(nlp, text, kind="flightLength") if t[0] == "sts-213"}
