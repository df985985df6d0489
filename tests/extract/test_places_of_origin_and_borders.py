"""A place that says where someone comes from ("Kansas native X") or where another place lies
("close to Russia's border with Y") is never where an event was: a death place or a birthplace
is the place the event is told at. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _places(nlp: Language, text: str, predicate: str) -> set[str]:
    return {k[2] for k in reading.keys(nlp, text, "2019-04-16") if k[1] == predicate}


@pytest.mark.parametrize(("text", "place"), [
    ("Former NASA astronaut and Kansas native Ada Rinn has died at her home in Tulsa, Oklahoma.", "tulsa"),
    ("Ohio native Ivo Sarn died Monday in Houston, the agency said.", "houston"),
    ("Lena Voss, a Nebraska native, died in Orlando on Friday.", "orlando"),
    ("Retired astronaut and Iowa native Ken Baro died on Sunday at a hospital in Denver.", "denver"),
    ("Vermont native Tomas Kell, who flew twice, died in Seattle on Tuesday.", "seattle"),
])
def test_a_natives_town_is_no_death_place(nlp: Language, text: str, place: str) -> None:
    assert _places(nlp, text, "deathPlace") == {place}


@pytest.mark.parametrize(("text", "place"), [
    ("Ada Rinn was born on May 3, 1950 in the village of Kresk in the Altai Territory, close to Russia's border "
     "with Kazakstan.", "kresk"),
    ("Ivo Sarn was born in Dolna, a town on the border with Manchuria.", "dolna"),
    ("Born in Velka, near the Slovak border with Galicia, Ken Baro joined the air force at 18.", "velka"),
])
def test_a_place_across_a_border_is_no_birthplace(nlp: Language, text: str, place: str) -> None:
    assert _places(nlp, text, "birthPlace") == {place}


@pytest.mark.parametrize(("text", "predicate", "place"), [
    ("Ada Rinn died in Houston on Monday.", "deathPlace", "houston"),
    ("Ivo Sarn was born in Tulsa, Oklahoma.", "birthPlace", "tulsa"),
    ("The capsule carrying Ada Rinn landed near Dzhezkazgan on Monday.", "landingSite", "dzhezkazgan"),
])
def test_places_of_the_event_are_still_read(nlp: Language, text: str, predicate: str, place: str) -> None:
    assert place in _places(nlp, text, predicate)
