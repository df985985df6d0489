"""A person's figure of time told over several flights ("197 days over two missions", "a
combined 197 days", "across her two flights") or as a present perfect total ("who has spent 180
days in space, will launch") is cumulative, whatever landing or mission its sentence tells of;
one flight's figure beside a flight noun, a past or future perfect, or a perfect tied to the
flight its clause names stays one flight's. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def _scopes(nlp: Language, text: str) -> dict[str, str | None]:
    """Each figure of Mara Quill's time in space (its evidence) with its scope."""
    ex = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    return {text[f.evidence.start:f.evidence.end]: next((q.name for k, q in f.qualifiers if k == "scope"), None)
            for f in ex.facts if f.predicate == "timeInSpace" and names[f.subject] == "Mara Quill"}


@pytest.mark.parametrize("text", [
    "Mara Quill now has more time in space than any other Zorvan astronaut, 197 days over two missions.",
    "Mara Quill logged 197 days in space over two missions.",
    "Mara Quill spent 197 days in space during her two missions.",
    "Mara Quill has logged 197 days in space across two spaceflights.",
    "Mara Quill spent 197 days in space on her two expeditions.",
    "Over her two missions Mara Quill has spent 197 days in space.",
    "Mara Quill landed on Friday, bringing her time in space to 197 days over two missions.",
    "Mara Quill completed her mission on Friday, having spent 197 days in space over two trips.",
    "With this flight, Mara Quill has spent a combined 197 days in space.",
    "Mara Quill has spent a combined 197 days in space on two missions.",
])
def test_a_figure_over_several_flights_is_cumulative(nlp: Language, text: str) -> None:
    assert list(_scopes(nlp, text).values()) == ["Cumulative"]


@pytest.mark.parametrize("text", [
    "Mara Quill, who has spent 180 days in space, will launch on Soyuz 41 next week.",
    "Mara Quill, who has spent 180 days in space, will fly her second mission next week.",
    "Mara Quill has already logged 189 days in space; with this flight she becomes the first Zorvan to fly twice.",
    "Mara Quill has accumulated 189 days in orbit and will return to the station on Soyuz 41.",
])
def test_a_present_perfect_total_is_cumulative(nlp: Language, text: str) -> None:
    assert list(_scopes(nlp, text).values()) == ["Cumulative"]


@pytest.mark.parametrize("text", [
    "Mara Quill returned after 186 days in space, one of the longest missions.",
    "Mara Quill returned after 186 days in space, longer than most missions.",
    "Mara Quill has spent 186 days in space on Soyuz 41.",
    "Mara Quill has spent 300 days in space on this mission.",
    "Mara Quill had spent 186 days in space when she landed.",
    "Mara Quill will have spent 328 days in space, the longest single flight by a woman.",
    "Mara Quill has spent 186 days in space, the longest single stay by a Zorvan.",
])
def test_one_flights_figure_beside_other_flights_or_in_another_tense_stays_one_flights(nlp: Language,
                                                                                       text: str) -> None:
    assert list(_scopes(nlp, text).values()) == ["SingleFlight"]


def test_each_figure_of_a_sentence_keeps_its_own_scope(nlp: Language) -> None:
    found = _scopes(nlp, "Mara Quill returned after 186 days in space, and has now logged 197 days over two "
                         "missions.")
    assert found == {"186 days": "SingleFlight", "197 days": "Cumulative"}


def test_one_of_several_flights_named_is_not_their_total(nlp: Language) -> None:
    assert _scopes(nlp, "Mara Quill spent 186 days in space on the first of her two missions.") == {"186 days": None}


@pytest.mark.parametrize("text", [
    "Mara Quill has spent 150 days in space since she launched in November.",  # the flight under way
    "Mara Quill spent 180 days aboard the station during visits by three cargo ships.",  # no flights of hers
    "Mara Quill spent 120 days in space during missions to the station.",  # whose missions, how many: not said
])
def test_a_figure_of_the_flight_under_way_or_beside_others_flights_is_no_total(nlp: Language, text: str) -> None:
    assert "Cumulative" not in _scopes(nlp, text).values()
