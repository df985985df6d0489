"""Words the small model takes for a person's name in real reporting, which name no one: a
thing an apposition calls a thing, an adverb of a title-case headline, a common noun with an
indefinite article. Invented names, several phrasings; real names beside them stay people."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from extract import Article, extract
from extract.components.not_names import names_no_one


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
    ("As per tradition, the Crew has named the new spacecraft as Liberty, commander Kenji Morota said.", "Crew",
     "Kenji Morota"),
    ("Since 2001, as a member of Canada's Astronaut Corps, Dale Corbin has trained for the flight.", "Corps",
     "Dale Corbin"),
    ("As a boy Dale Corbin reached the highest rank a Boy Scout of America can reach, Eagle Scout.", "Eagle Scout",
     "Dale Corbin"),
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


@pytest.mark.parametrize("text, nobody, somebody", [
    ("Kenji Morota grew up on Volzhskaya Embankment in Kazan.", "Volzhskaya Embankment", "Kenji Morota"),
    ("A plaque on Lyubimova Street marks the house where Kenji Morota was born.", "Lyubimova Street", "Kenji Morota"),
    ("Kenji Morota lived on Ruslanova Avenue as a boy.", "Ruslanova Avenue", "Kenji Morota"),
    ("Dale Corbin was buried at the Pokrovsky Monastery, Kenji Morota said.", "Pokrovsky Monastery", "Kenji Morota"),
    ("Dale Corbin earned a Bachelor Degree in physics, and an M.S. Degree in 1990.", "Bachelor Degree",
     "Dale Corbin"),
    ("FBIS, Moscow Tass in English, 0930 GMT. Cosmonaut Dale Corbin landed on Monday.", "Moscow Tass",
     "Dale Corbin"),
    ("Dale Corbin photographed Comet Brelka from orbit.", "Comet Brelka", "Dale Corbin"),
    ("Kenji Morota landed on Monday.\nCopyright Planeta Digital. All rights reserved.", "Copyright Planeta Digital",
     "Kenji Morota"),
    ("First Lady Mara Lindell called astronaut Dale Corbin on Tuesday.", "First Lady", "Mara Lindell"),
    ("First Ruritanian astronaut blasts off to space station\nSubscribe now\n\n\nFirst Ruritanian astronaut blasts "
     "off to space station\n\nBy New Planet\n\nA Soyuz carrying Ruritania's first astronaut, Kenji Morota, blasted "
     "off.", "Subscribe", "Kenji Morota"),
    ("Deputy Director for Flight Operations Ivo Brandt said Dale Corbin is ready.", "Operations Ivo Brandt",
     "Ivo Brandt"),
    ("Executive Director for Human Spaceflights Sergei Volkin said the crew was ready.", "Spaceflights Sergei",
     "Sergei Volkin"),
])
def test_words_that_end_or_begin_no_name(nlp: Language, text: str, nobody: str, somebody: str) -> None:
    found = people(nlp, text)
    assert not any(nobody in name for name in found)
    assert somebody in found


@pytest.mark.parametrize("text, name", [
    ("Dale Street, a NASA astronaut, launched on Monday.", "Dale Street"),  # a street's word ends his name
    ("Astronaut Kenji Church docked to the station on Monday.", "Kenji Church"),
    ("NASA thanked the family of Mary Collins Lind on Monday.", "Mary Collins Lind"),  # no field before it
    ("He spoke with the mother of Peter Williams Berg on Monday.", "Peter Williams Berg"),
])
def test_such_words_elsewhere_keep_a_name(nlp: Language, text: str, name: str) -> None:
    assert name in people(nlp, text)


def test_two_surnames_run_together_are_two_people(nlp: Language) -> None:
    found = people(nlp, "Cosmonauts Pavel Drozdov and Oleg Kiselyov docked on Monday. Two months later the crew of "
                        "Drozdov Kiselyov and Lebrun welcomed visitors.")
    assert "Drozdov Kiselyov" not in found
    assert {"Pavel Drozdov", "Oleg Kiselyov"} <= found


def test_a_full_name_of_one_person_is_not_split(nlp: Language) -> None:
    found = people(nlp, "Astronaut Dale Morgan met Ivo Dale and Ana Morgan on Monday. Dale Morgan said hello.")
    assert "Dale Morgan" in found


@pytest.mark.parametrize("text, seat, holder", [
    ("STS-161 crew\n\nAnton R. Vell (3), Commander\nMira J. Osk (2), Payload Commander\nDale K. Orr (1), Payload "
     "Specialist 1\n", "Payload Commander", "Anton R. Vell"),
    ("Vesta-12 crew:\nTala Brenn (2), Flight Engineer\nIvo Marsh (1), Mission Specialist\n", "Flight Engineer",
     "Tala Brenn"),
    ("Payload Specialist Dale Orr trained for two years before STS-161.", "Payload Specialist", "Dale Orr"),
])
def test_a_seats_title_alone_is_no_one(nlp: Language, text: str, seat: str, holder: str) -> None:
    """A crew roster's seat after its holder's name is tagged as a person by the small model."""
    found = people(nlp, text)
    assert not {seat, seat.split()[-1]} & found
    assert holder in found


def test_a_name_with_a_seat_word_in_it_stays_a_name(nlp: Language) -> None:
    found = people(nlp, "Astronaut Mira Pilot and Commander Dale Engineer docked with the station on Monday.")
    assert {"Mira Pilot"} <= found


@pytest.mark.parametrize("text, word", [
    ("Brandt and Voss were to fly to the Station on Expedition 70.", "Station"),
    ("Kell floated from the Capsule into the Module on Monday.", "Capsule"),
])
def test_a_craft_s_noun_after_the_is_no_one(nlp: Language, text: str, word: str) -> None:
    """ "the Station", capitalised as the craft it stands for, tagged as a person all the same:
    a thing, whatever the tagger made of it."""
    doc = nlp.make_doc(text)
    at = next(t.i for t in doc if t.text == word)
    assert names_no_one(Span(doc, at, at + 1, label="PERSON"))
    assert not names_no_one(Span(doc, 0, 1, label="PERSON"))
