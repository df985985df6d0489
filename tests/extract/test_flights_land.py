"""A landing told of a flight or a craft as its own subject gives the flight its own landing
day and place ("Endeavour ... landed at Kennedy on June 13", "the Soyuz MS-40 descent module
touched down near Arkalyk", "the Expedition 60 crew landed", "the landing of STS-142"), also
when no crew is named; not a kind of craft ("the Soyuz"), a rocket's stage, a flight named
beside someone else's landing, nor a landing that was only supposed to be (invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def landing(nlp: Language, text: str, subject: str) -> set[tuple[str, str, str]]:
    return {(k[1], k[2], k[3]) for k in reading.keys(nlp, text) if k[0] == subject
            and k[1] in ("returnDate", "landingSite")}


@pytest.mark.parametrize(("text", "flight", "day", "site"), [
    ("The space shuttle Endeavour launched on May 2 and landed at the Kennedy Space Center on June 5.",
     "space shuttle endeavour", "2031-06-05", "kennedy space center"),
    ("STS-142 landed at Edwards Air Force Base on June 5.", "sts-142", "2031-06-05", "edwards air force base"),
    ("On June 5 the Soyuz TMA-40M descent module successfully landed 147 km southeast of Zhezkazgan.",
     "soyuz tma-40m", "2031-06-05", "dzhezkazgan"),
    ("The Expedition 60 crew landed near Arkalyk on June 5.", "expedition 60", "2031-06-05", "arkalyk"),
    ("Gemini 14, which splashed down in the Atlantic Ocean on June 5, carried two men.", "gemini 14",
     "2031-06-05", "atlantic ocean"),
    ("The landing of STS-142 at Edwards Air Force Base on June 5 ended the mission.", "sts-142", "2031-06-05",
     "edwards air force base"),
])
def test_a_flight_that_landed_has_its_own_landing(nlp: Language, text: str, flight: str, day: str,
                                                  site: str) -> None:
    assert landing(nlp, text, flight) == {("returnDate", day, "reported"), ("landingSite", site, "reported")}


def test_the_capsule_of_the_one_flight_named_lands_it(nlp: Language) -> None:
    text = ("Ann Lee, Bo Tan and Cy Ray launched on Soyuz MS-40 on March 5. The capsule landed near Arkalyk on "
            "June 5.")
    assert landing(nlp, text, "soyuz ms-40") == {("returnDate", "2031-06-05", "reported"),
                                                 ("landingSite", "arkalyk", "reported")}


def test_a_planned_landing_stays_planned(nlp: Language) -> None:
    assert landing(nlp, "The STS-142 crew is supposed to land at Edwards Air Force Base on June 20.", "sts-142") \
        == {("returnDate", "2031-06-20", "planned"), ("landingSite", "edwards air force base", "planned")}


@pytest.mark.parametrize(("text", "subject"), [
    ("The Soyuz landed near Arkalyk on June 5.", "soyuz"),  # a kind of craft, not one flight
    ("The Falcon 9 first stage landed on the drone ship on June 5.", "falcon 9"),
    ("The STS-142 mission was supposed to land on June 4 but bad weather kept the shuttle in space.", "sts-142"),
    ("Ann Lee, who flew on STS-140 in 2025, landed at Edwards Air Force Base on June 5.", "sts-140"),
    ("Mir fell into the Pacific Ocean on March 23.", "mir"),
    ("The crew landed near Arkalyk on June 5, three days after Soyuz MS-41 docked at the station.", "soyuz ms-41"),
])
def test_no_landing_of_a_flight_that_did_not_land_then(nlp: Language, text: str, subject: str) -> None:
    assert not {k for k in landing(nlp, text, subject) if k[2] == "reported"}


def test_a_landing_once_supposed_is_no_one_s(nlp: Language) -> None:
    assert not {k for k in reading.keys(nlp, "Ann Lee was supposed to return on June 4, but the landing slipped.")
                if k[1] == "returnDate"}


@pytest.mark.parametrize(("text", "subjects", "site"), [
    ("The Soyuz MS-40 crew capsule, carrying Ann Lee and Bo Tan, settled to a safe landing near Arkalyk on "
     "June 5.", ("soyuz ms-40", "ann lee", "bo tan"), "arkalyk"),
    ("The shuttle Atlantis glided to a picture-perfect landing at the Kennedy Space Center on June 5 to close out "
     "an 11-day mission.", ("space shuttle atlantis",), "kennedy space center"),
    ("Ann Lee and Bo Tan launched on Soyuz MS-40 on May 1. On June 5 their capsule drifted to a gentle touchdown "
     "near Arkalyk.", ("ann lee", "bo tan"), "arkalyk"),
])
def test_a_craft_that_glided_to_a_landing_landed(nlp: Language, text: str, subjects: tuple[str, ...],
                                                 site: str) -> None:
    for one in subjects:
        assert landing(nlp, text, one) == {("returnDate", "2031-06-05", "reported"),
                                           ("landingSite", site, "reported")}


@pytest.mark.parametrize("text", [
    "The Soyuz MS-40 capsule rolled to the launch pad on June 5.",
    "Ann Lee glided to a stop near Arkalyk on June 5 after her parachute jump.",
])
def test_no_landing_without_a_landing_word(nlp: Language, text: str) -> None:
    assert not {k for k in reading.keys(nlp, text) if k[1] in ("returnDate", "landingSite")}


@pytest.mark.parametrize(("text", "flight", "site"), [
    ("STS-142 completed 98 orbits of the Earth before landing at Edwards Air Force Base, California, on June 5.",
     "sts-142", "edwards air force base"),
    ("Gemini 14 circled the Earth 22 times before splashing down in the Pacific Ocean on June 5.", "gemini 14",
     "pacific ocean"),
])
def test_a_flight_that_did_something_before_landing_landed(nlp: Language, text: str, flight: str,
                                                          site: str) -> None:
    assert landing(nlp, text, flight) == {("returnDate", "2031-06-05", "reported"), ("landingSite", site, "reported")}


@pytest.mark.parametrize("text", [
    "STS-142 undocked from the station on June 3 before landing.",
    "The STS-142 crew held a press conference at Edwards Air Force Base on June 6, a day after landing.",
    "STS-142 docked with the station on June 3, two days after landing.",
])
def test_another_event_s_day_is_not_the_landing_s(nlp: Language, text: str) -> None:
    assert not {k for k in landing(nlp, text, "sts-142") if k[2] == "reported"}


def test_a_country_is_no_flight_s_landing_site(nlp: Language) -> None:
    assert landing(nlp, "The Soyuz MS-40 capsule touched down in Kazakhstan on June 5.", "soyuz ms-40") \
        == {("returnDate", "2031-06-05", "reported")}


@pytest.mark.parametrize(("text", "site"), [
    ("Because Soyuz 41 was returning early, it was outside the recovery window. It then met strong winds as it "
     "descended. It made a hard landing near Karaganda on June 5.", "karaganda"),
    ("Ann Lee and Bo Tan flew aboard Soyuz 41. The descent module landed near the city of Karaganda on June 5.",
     "karaganda"),
    ("Soyuz 41 reached orbit on May 2. It was the first flight of the year. Officials said it landed near "
     "Karaganda on June 5.", "karaganda"),
])
def test_it_or_the_capsule_is_the_one_flight_named(nlp: Language, text: str, site: str) -> None:
    assert landing(nlp, text, "soyuz 41") == {("returnDate", "2031-06-05", "reported"),
                                              ("landingSite", site, "reported")}


@pytest.mark.parametrize("text", [
    "Soyuz 41 docked with Soyuz 42 on June 3. The capsule landed near Karaganda on June 5.",  # which one?
    "Soyuz 41 was launched on May 2. A capsule landed near Karaganda on June 5.",
    "Soyuz 41 was launched on May 2. Their capsule landed near Karaganda on June 5.",
])
def test_no_flight_for_a_capsule_that_may_be_another(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text)
    assert not {k for k in found if k[0] in ("soyuz 41", "soyuz 42") and k[1] in ("returnDate", "landingSite")}
