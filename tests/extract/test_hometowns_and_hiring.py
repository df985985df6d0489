"""A hometown told before the name ("The Iowa native X", "A native of Turin, X flew") and a
job told by joining an agency ("joined Nasa in 2009", "joined ESA's astronaut corps"), as
reporters write them; not an agency named deeper in what was joined ("joined the crew of a
Nasa mission"). Invented names, several phrasings each."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


def objects(found: set[Key], name: str, predicate: str) -> set[str]:
    return {k[2] for k in found if k[0] == name and k[1] == predicate}


@pytest.mark.parametrize("text, place", [
    ("A native of Turin, Dario Vellani flew to the station in 2022.", "turin"),
    ("The Iowa native Dario Vellani joined the crew last year.", "iowa"),
    ("Ohio native Dario Vellani flew in 2022.", "ohio"),
    ("A Fort Worth, Texas, native, Dario Vellani flew in 2022.", "fort worth"),
    ("The Texas native and former Navy pilot Dario Vellani flew in 2022.", "texas"),
    ("Dario Vellani, a native of Turin, flew in 2022.", "turin"),
    ("A native of Turin, Dario Vellani was selected as an astronaut in 2013.", "turin"),
    ("A native of Dunmore, Maine, Dario Vellani was chosen by the agency in 2013.", "dunmore"),
])
def test_a_native_is_of_the_name_beside_it(nlp: Language, text: str, place: str) -> None:
    assert objects(keys(nlp, text), "dario vellani", "hometown") == {place}


@pytest.mark.parametrize("text, place", [
    ("Dario Vellani, a Lake Orion native who now lives in Houston, said he missed home.", "lake orion"),
    ("Dario Vellani, an Akron native who lives in Denver, flew in 2020.", "akron"),
    ("Dario Vellani, a Dayton native now living in Houston, flew in 2020.", "dayton"),
    ("Dario Vellani, another Kettering native who moved to Dallas, flew in 2020.", "kettering"),
])
def test_a_native_is_of_the_town_before_the_word_not_where_they_live_now(nlp: Language, text: str,
                                                                        place: str) -> None:
    assert objects(keys(nlp, text), "dario vellani", "hometown") == {place}


def test_a_native_without_a_place_gives_none(nlp: Language) -> None:
    assert not objects(keys(nlp, "The native Dario Vellani flew in 2022."), "dario vellani", "hometown")


@pytest.mark.parametrize("text, agency", [
    ("Carla Brenn joined NASA in 2009 and flew twice.", "nasa"),
    ("Carla Brenn joined the European Space Agency's astronaut corps in 2009.", "european space agency"),
    ("Carla Brenn joined the astronaut corps of JAXA in 2009.", "jaxa"),
    ("A Navy pilot, Carla Brenn joined NASA in 1996.", "nasa"),
])
def test_joining_an_agency_is_a_job_there(nlp: Language, text: str, agency: str) -> None:
    found = keys(nlp, text)
    assert objects(found, "carla brenn", "employer") >= {agency}
    assert objects(found, "carla brenn", "selectedBy") == {agency}


def test_joining_an_agency_under_its_former_name(nlp: Language) -> None:
    found = keys(nlp, "Born in Tokyo in 1968, Kenji Morota studied at Keio University, and joined Japan's space "
                      "agency, then called NASDA, in 1992.")
    assert objects(found, "kenji morota", "employer") == {"nasda"}
    assert objects(found, "kenji morota", "selectedBy") == {"nasda"}


@pytest.mark.parametrize("text", [
    "Carla Brenn joined the crew of a NASA mission in 2009.",
    "Carla Brenn joined the Air Force in 1999.",
])
def test_joining_something_else_is_no_job_at_an_agency(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not objects(found, "carla brenn", "selectedBy")
    assert "nasa" not in objects(found, "carla brenn", "employer")
