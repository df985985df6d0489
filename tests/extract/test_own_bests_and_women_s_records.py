"""Someone's own best is no record ("his longest space flight has been eight days"), and a
record called "female" or "women's" before its measure counts among women (invented names,
the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.facts import Literal
from tests.extract import reading

keys = partial(reading.keys, published="2031-03-02")


@pytest.mark.parametrize("text", [
    "Ana Voss flew twice on the shuttle. Until now, her longest space flight has been eight days, but she is "
    "confident she can work in orbit for three months.",
    "Ana Voss's longest mission lasted 190 days.",
    "Ana Voss will stay for six months. Her longest stay in orbit so far was 210 days, in 2024.",
    "Ana Voss logged 120 days on her longest flight, aboard the station in 2026.",
    "Ana Voss returned on Tuesday; her longest trip had taken 95 days.",
])
def test_someone_s_own_best_is_no_record(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] == "holdsRecord"}


def test_a_record_for_a_woman_is_still_read(nlp: Language) -> None:
    found = keys(nlp, "Ana Voss holds the record for the longest single spaceflight by a woman, at 328 days.")
    assert ("ana voss", "holdsRecord", "single flight", "reported") in found


@pytest.mark.parametrize("text", [
    "Beating the previous female spacewalking record of 21 hours set by former astronaut Ana Voss, flight engineer "
    "Eva Holt reached the record for most hours on spacewalks on Sunday.",
    "Eva Holt broke the female spacewalk record of 21 hours set by Ana Voss.",
    "Eva Holt now holds the women's spacewalking record, at 50 hours.",
])
def test_a_female_spacewalking_record_counts_among_women(nlp: Language, text: str) -> None:
    facts = next(extract(nlp, [Article(text, published="2031-03-02", id="t")])).facts
    scopes = {f.object.value for f in facts if f.predicate == "recordScope" and isinstance(f.object, Literal)}
    assert scopes and all("women" in s for s in scopes), scopes
