"""Words the small model takes for a person's name in real reporting, which name no one: a
thing an apposition calls a thing, an adverb of a title-case headline, a common noun with an
indefinite article. Invented names, several phrasings; real names beside them stay people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def people(nlp: Language, text: str) -> set[str]:
    found = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    return {e.name for e in found.entities if "Person" in e.types}


@pytest.mark.parametrize("text, nobody, somebody", [
    ("Japanese Astronaut Successfully Completes First Commercial Flight\n\nAstronaut Kenji Morota of JAXA docked to "
     "the station on Monday.", "Successfully", "Kenji Morota"),
    ("Crew Wonderfully Returns Home\n\nAstronaut Kenji Morota landed on Monday.", "Wonderfully", "Kenji Morota"),
    ("Shenzhou 40 docked with Huoxing, the core module of the space station. Wang Lihua and Zhou Bin stayed in "
     "space for 183 days.", "Huoxing", "Wang Lihua"),
    ("The crew moved into Zarya, the oldest module of the station, on Monday, Kenji Morota said.", "Zarya",
     "Kenji Morota"),
    ("An affable and humble Midwesterner, Dale Corbin never saw himself as a hero.", "Midwesterner", "Dale Corbin"),
    ("Dale Corbin, described by the Russian Space Agency as Cosmonaut No. 14, was an icon in his country.", "No",
     "Dale Corbin"),
    ("Dale Corbin was Astronaut No 9 of the agency.", "No", "Dale Corbin"),
])
def test_no_one_is_named(nlp: Language, text: str, nobody: str, somebody: str) -> None:
    found = people(nlp, text)
    assert nobody not in found
    assert somebody in found


@pytest.mark.parametrize("text, name", [
    ("Kelly Ruiz, the capsule's pilot, was born in Ohio.", "Kelly Ruiz"),
    ("Sally Lindqvist, a station veteran, was born in Ohio.", "Sally Lindqvist"),
    ("Before the flight, an excited Kelly Ruiz was born in Ohio.", "Kelly Ruiz"),
    ("Flanked on the left by Denis Marov and on the right by Sergey Kolin, the Soyuz descent module touched down "
     "near Arkalyk.", "Sergey Kolin"),
])
def test_names_beside_such_words_stay_people(nlp: Language, text: str, name: str) -> None:
    assert name in people(nlp, text)
