"""A launch told by a verb of going up ("the rocket rose from", "climbed away from the
pad", "soared into orbit") with whom it carried; its companions ("with A and B", "with A in
the commander's seat"; not "with A watching", "with the blessing of A"); people carried in
a capsule the sentence does not name; and a planned return not dated by an old story told
before it. Invented names, several phrasings each; not prices that rose, nor a rocket that
carried a satellite."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


def objects(found: set[Key], name: str, predicate: str, modality: str = "reported") -> set[str]:
    return {k[2] for k in found if k[0] == name and k[1] == predicate and k[3] == modality}


@pytest.mark.parametrize("text", [
    "A Falcon 9 rocket climbed away from Launch Complex 39A on Tuesday carrying Ivan Sorokin and Pyotr Lind.",
    "The Falcon 9 rocket rose from Launch Complex 39A on Tuesday, carrying Ivan Sorokin and Pyotr Lind.",
    "A Falcon 9 rocket soared into orbit from Launch Complex 39A on Tuesday, carrying Ivan Sorokin and Pyotr Lind.",
    "On Tuesday, a Falcon 9 rocket carrying Ivan Sorokin and Pyotr Lind roared off Launch Complex 39A.",
    "A Falcon 9 rocket carrying Ivan Sorokin and Pyotr Lind streaked into the sky from Launch Complex 39A on "
    "Tuesday.",
    "A Falcon 9 rocket lifted off from Launch Complex 39A on Tuesday carrying Ivan Sorokin and Pyotr Lind.",
    "A Falcon 9 rocket thundered into the sky from Launch Complex 39A on Tuesday, carrying Ivan Sorokin and "
    "Pyotr Lind.",
])
def test_a_rocket_going_up_is_a_launch(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("ivan sorokin", "pyotr lind"):
        assert objects(found, name, "launchSite") == {"launch complex 39a"}
        assert objects(found, name, "launchDate") == {"2024-03-19"}
        assert objects(found, name, "launchVehicle") == {"falcon 9"}


@pytest.mark.parametrize("text", [
    "Prices rose on Tuesday, Ivan Sorokin said at the Kennedy Space Center.",
    "Ivan Sorokin climbed the stairs at Launch Complex 39A on Tuesday.",
    "Ivan Sorokin rose to the rank of colonel on Tuesday.",
    "A Falcon 9 rocket rose from Launch Complex 39A on Tuesday carrying a weather satellite, Ivan Sorokin said.",
    "Ivan Sorokin's hopes soared on Tuesday after the launch pad was repaired.",
])
def test_going_up_otherwise_is_no_launch(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not objects(found, "ivan sorokin", "launchDate")
    assert not objects(found, "ivan sorokin", "launchSite")


@pytest.mark.parametrize("text", [
    "Ivan Sorokin and Pyotr Lind lifted off from the Baikonur Cosmodrome on Tuesday with veteran cosmonaut "
    "Oleg Venn in the commander's seat.",
    "Their rocket rose from the Baikonur Cosmodrome on Tuesday with Oleg Venn in the commander's seat of the "
    "Soyuz MS-40 capsule. Ivan Sorokin and Pyotr Lind had trained for two years.",
    "Ivan Sorokin and Pyotr Lind blasted off from the Baikonur Cosmodrome on Tuesday with Oleg Venn at the "
    "controls.",
    "Ivan Sorokin and Pyotr Lind launched from the Baikonur Cosmodrome on Tuesday, with Oleg Venn as commander.",
    "Ivan Sorokin lifted off from the Baikonur Cosmodrome on Tuesday with Oleg Venn strapped in beside him.",
    "Ivan Sorokin launched on Tuesday aboard Soyuz MS-40 from the Baikonur Cosmodrome with fellow cosmonaut "
    "Oleg Venn and NASA astronaut Ann Lee, who is due home in the spring.",
])
def test_a_companion_of_a_launch_launched_too(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert objects(found, "oleg venn", "launchSite") == {"baikonur cosmodrome"}
    assert objects(found, "oleg venn", "launchDate") == {"2024-03-19"}


@pytest.mark.parametrize("text", [
    "Ivan Sorokin lifted off from the Baikonur Cosmodrome on Tuesday with the blessing of Oleg Venn.",
    "Ivan Sorokin lifted off from the Baikonur Cosmodrome on Tuesday, with Oleg Venn watching from the "
    "viewing stand.",
])
def test_a_name_beside_a_launch_is_no_companion(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert objects(found, "ivan sorokin", "launchSite") == {"baikonur cosmodrome"}
    assert not objects(found, "oleg venn", "launchSite")
    assert not objects(found, "ivan sorokin", "flewWith")


@pytest.mark.parametrize("text", [
    "A Falcon 9 rocket lifted off from Launch Complex 39A on Tuesday carrying two people, Ivan Sorokin and "
    "Pyotr Lind, in a Crew Dragon built for four.",
    "A Falcon 9 rocket blasted off from Launch Complex 39A on Tuesday carrying Ivan Sorokin and Pyotr Lind "
    "inside the capsule.",
])
def test_people_in_an_unnamed_capsule_did_not_ride_the_rocket_itself(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert objects(found, "ivan sorokin", "launchSite") == {"launch complex 39a"}
    assert "falcon 9" not in objects(found, "ivan sorokin", "launchVehicle")


def test_a_planned_return_is_not_dated_by_an_old_story_before_it(nlp: Language) -> None:
    found = keys(nlp, "Ivan Sorokin lifted off on Tuesday. His countryman Oleg Venn spent a week on the Mir "
                      "station in December 1990. Ivan Sorokin is due back in Kazakhstan on December 20.",
                 published="2024-12-08")
    assert objects(found, "ivan sorokin", "returnDate", "planned") == {"2024-12-20"}


@pytest.mark.parametrize("text", [
    "Ivan Sorokin and Pyotr Lind blasted into space on Tuesday from the Jiuquan Satellite Launch Center.",
    "A Long March 2F rocket boosted the Shenzhou 40 spacecraft with Ivan Sorokin and Pyotr Lind into orbit on "
    "Tuesday from the Jiuquan Satellite Launch Center.",
    "Ivan Sorokin and Pyotr Lind soared into orbit from the Jiuquan Satellite Launch Center on Tuesday.",
    "Ivan Sorokin and Pyotr Lind blasted off from the Jiuquan Satellite Launch Center on Tuesday.",
    "On Tuesday Ivan Sorokin and Pyotr Lind streaked into space from the Jiuquan Satellite Launch Center.",
])
def test_people_going_up_to_space_launched(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("ivan sorokin", "pyotr lind"):
        assert objects(found, name, "launchSite") == {"jiuquan satellite launch center"}
        assert objects(found, name, "launchDate") == {"2024-03-19"}


@pytest.mark.parametrize("text", [
    "The critics blasted the decision on Tuesday, Ivan Sorokin said.",
    "Ivan Sorokin's hopes soared on Tuesday.",
    "Ivan Sorokin boosted the team's morale on Tuesday.",
])
def test_going_up_in_another_sense_is_no_launch(nlp: Language, text: str) -> None:
    assert not objects(keys(nlp, text), "ivan sorokin", "launchDate")


@pytest.mark.parametrize("text", [
    "Ivan Sorokin and Pyotr Lind named their Crew Dragon capsule Endeavour. They launched from the Kennedy Space "
    "Center on Tuesday when a Falcon 9 rocket boosted the Dragon spacecraft into orbit.",
    "Ivan Sorokin and Pyotr Lind lifted off in the Crew Dragon from the Kennedy Space Center on Tuesday. Their "
    "capsule, Endeavour, docked a day later.",
])
def test_a_kind_of_craft_is_not_the_capsule_the_article_names(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert objects(found, "ivan sorokin", "launchSite") == {"kennedy space center"}
    assert "crew dragon" not in objects(found, "ivan sorokin", "launchVehicle")
