"""A first told as "the first time a GROUP did it" ("X's flight marked the first time a
Canadian has lived aboard the station", "This is X's second trip, and the first time a Canadian
has taken part in a long mission") is the first of the person whose flight the sentence names;
never of an "it" or "this" alone, of a first "since" a year, of a first of no group, or of one
only supposed. Read from invented sentences by the real extractor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from extract import Article, Literal, extract
from kg.questions import Asker
from tests.fixtures.read import asker_for

_TEXT = ("Canadian astronaut Lena Voss launched on Tuesday. This is Voss's second trip into space, and the "
         "first time a Canadian has participated in a long space mission.")


def said(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(holder, achievement, scope) of the firsts a text states."""
    extraction = next(extract(nlp, [Article("Report\n\n" + text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in extraction.entities}
    return {(names[f.subject], f.object.value, str(dict(f.qualifiers)["firstScope"].value))
            for f in extraction.facts if f.predicate == "holdsFirst" and isinstance(f.object, Literal)}


@pytest.mark.parametrize(("text", "wanted"), [
    (_TEXT, {("Lena Voss", "participate in a long space mission", "Canada")}),
    ("Tomas Kell's flight marked the first time a Canadian has lived aboard the station.",
     {("Tomas Kell", "live aboard the station", "Canada")}),
    ("Tomas Kell's mission was the first time a woman piloted the shuttle.",
     {("Tomas Kell", "pilot the shuttle", "woman")}),
])
def test_the_first_time_a_group_did_it(nlp: Language, text: str, wanted: set[tuple[str, str, str]]) -> None:
    assert said(nlp, text) == wanted


@pytest.mark.parametrize("text", [
    "Tomas Kell flew to the station in May. It was the first time a Briton had commanded the outpost.",
    "Tomas Kell's flight was the first time he had commanded a spacecraft.",
    "Tomas Kell's flight marked the first time a German has visited the station since 2018.",
    "Tomas Kell's flight marked the first time the crew docked manually.",
    "Tomas Kell's flight could be the first time a Canadian has lived aboard the station.",
    "Tomas Kell and Ada Rin's flight marked the first time a Canadian has lived aboard the station.",
])
def test_no_first_time_of_a_person(nlp: Language, text: str) -> None:
    assert said(nlp, text) == set()


@pytest.fixture(scope="module")
def voss(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    with asker_for(nlp, tmp_path_factory, _TEXT, "2031-06-10") as asker:
        yield asker


@pytest.mark.parametrize(("question", "wanted"), [
    ("Was Lena Voss the first Canadian to take part in a long space mission?", ["yes"]),
    ("Who was the first Canadian to participate in a long space mission?", ["Lena Voss"]),
])
def test_the_first_time_answers(voss: Asker, question: str, wanted: list[str]) -> None:
    assert [a.label for a in voss.answer(question).answers] == wanted


@pytest.mark.parametrize(("question", "wanted"), [
    ("Was Voss's mission the first time a Canadian took part in a long space mission?", ["yes"]),
    ("Was Voss's flight the first time a Canadian participated in a long space mission?", ["yes"]),
    ("Was Voss's mission the first time a woman took part in a long space mission?", []),
    ("Was Voss's mission the first time a Canadian commanded the station?", []),
])
def test_the_first_time_asked(voss: Asker, question: str, wanted: list[str]) -> None:
    """ "Was X's mission the first time a GROUP did it?" asks whether X was the first of it."""
    assert [a.label for a in voss.answer(question).answers] == wanted


@pytest.mark.parametrize(("question", "wanted"), [
    ("Was this Voss's first space flight?", ["no"]),
    ("Was it Lena Voss's first mission?", ["no"]),
    ("Was Lena Voss the first woman to take part in a long space mission?", []),
    ("Was this Voss's first long-duration mission?", []),
])
def test_a_count_of_flights_settles_only_a_first_flight(voss: Asker, question: str, wanted: list[str]) -> None:
    """Her second trip says no to "her first flight", never to a first of a group whose
    achievement names a mission, nor to her first flight of a kind."""
    assert [a.label for a in voss.answer(question).answers] == wanted
