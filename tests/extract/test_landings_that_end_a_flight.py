"""A landing told as the end of someone's flight, the sentence naming the flight's owner
rather than who landed ("A's space flight ended today in a landing of the shuttle X", "the
mission of A came to an end with the landing of X", "X landed at Y, completing A's first
spaceflight"), and a shuttle's landing at a spaceport's runway ("landed at the Kennedy Space
Center"). Invented names, several phrasings; not a trip of no one named, nor what is no trip,
nor the spaceport a crew launched from."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2031-06-10")


def objects(found: set[Key], name: str, predicate: str) -> set[str]:
    return {k[2] for k in found if k[0] == name and k[1] == predicate}


@pytest.mark.parametrize("text, craft", [
    ("After a 12-day mission, Ann Lee's space flight ended on June 5 in a perfect landing of the space shuttle "
     "Atlantis at the Kennedy Space Center in Florida.", "space shuttle atlantis"),
    ("The six-month mission of ESA astronaut Ann Lee came to an end on June 5 with the successful landing of the "
     "Soyuz TM-40 spacecraft.", "soyuz tm-40"),
    ("The space shuttle Endeavour landed on June 5 at 2:37 p.m., completing Ann Lee's first spaceflight.",
     "space shuttle endeavour"),
    ("Ann Lee's flight concluded on June 5 with the landing of the Soyuz TM-40 capsule.", "soyuz tm-40"),
])
def test_a_landing_that_ends_a_named_flight_is_its_owners(nlp: Language, text: str, craft: str) -> None:
    found = keys(nlp, text)
    assert objects(found, "ann lee", "returnDate") == {"2031-06-05"}
    assert objects(found, "ann lee", "spacecraft") == {craft}


@pytest.mark.parametrize("text", [
    "The mission ended on June 5 with the landing of the Soyuz TM-40 spacecraft near Arkalyk.",
    "Ann Lee's career ended on June 5 with the landing of the Soyuz TM-40 spacecraft near Arkalyk.",
    "Ann Lee's flight ended on June 5 with a crash of her jet near Houston.",
])
def test_no_flight_of_someone_named_no_landing_of_theirs(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not objects(found, "ann lee", "returnDate")
    assert not objects(found, "ann lee", "landingSite")


@pytest.mark.parametrize("text", [
    "Ann Lee and Bo Tan landed at the Kennedy Space Center on June 5.",
    "The space shuttle Atlantis landed at the Kennedy Space Center on June 5, completing the first spaceflights "
    "of Ann Lee and Bo Tan.",
    "Ann Lee and Bo Tan launched from Baikonur Cosmodrome on May 2 and landed at the Kennedy Space Center on "
    "June 5.",
])
def test_a_shuttle_lands_at_a_spaceport(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("ann lee", "bo tan"):
        assert objects(found, name, "landingSite") == {"kennedy space center"}
        assert objects(found, name, "returnDate") == {"2031-06-05"}


def test_the_spaceport_launched_from_is_no_landing_site(nlp: Language) -> None:
    found = keys(nlp, "Ann Lee launched from the Kennedy Space Center on May 2 and landed in Kazakhstan near "
                      "Arkalyk on May 13.")
    assert objects(found, "ann lee", "landingSite") == {"arkalyk"}
    assert objects(found, "ann lee", "launchSite") == {"kennedy space center"}


@pytest.mark.parametrize("text", [
    "Ann Lee and Bo Tan landed safely 400 km east of Baikonur and 20 km east of the Kazakh city of Zhezkazgan on "
    "June 5.",
    "Ann Lee and Bo Tan landed near Zhezkazgan, some 400 km northeast of the Baikonur Cosmodrome, on June 5.",
])
def test_a_spaceport_a_landing_is_measured_from_is_not_where_it_was(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("ann lee", "bo tan"):
        assert objects(found, name, "landingSite") == {"dzhezkazgan"}  # the name the gazetteer gives it
