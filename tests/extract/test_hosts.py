"""The people a visiting crew finds aboard the station are no crew of its flight (invented
names): "joined A and B aboard Mir", "greeted by the station's crew, A and B", "where A and B
were waiting", "A and B, who have lived aboard since March", "will join Expedition 88's A and
B". A group word told of the trip up ("the four launched") does not mean them, and a landing
one of the crew shares with them does not make them its crew."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.components.hosts import host
from extract.gold import extracted_keys, key

HOSTS = ("Vadim Kerov", "Yuri Tamlin")


def keys(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    return extracted_keys(next(extract(nlp, [Article(text, published="1990-05-10", id="t")])))


def _hosts(nlp: Language, sentence: str) -> dict[str, bool]:
    doc = nlp.make_doc(sentence)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return {e.text: host(e.root) for e in doc.ents if e.label_ == "PERSON"}


@pytest.mark.parametrize("sentence", [
    "The three joined Vadim Kerov and Yuri Tamlin aboard Mir.",
    "The cosmonauts docked with Mir on Saturday, where they joined Vadim Kerov and Yuri Tamlin.",
    "They were greeted by the station's crew, Vadim Kerov and Yuri Tamlin.",
    "The crew was greeted by Mir's residents, Vadim Kerov and Yuri Tamlin.",
    "The three will join Expedition 88's Vadim Kerov and Yuri Tamlin for a six-month stay.",
    "Vadim Kerov and Yuri Tamlin, who have been aboard since October, will return next week.",
    "They joined Vadim Kerov and Yuri Tamlin, who have lived aboard since July.",
    "Vadim Kerov and Yuri Tamlin welcomed them aboard.",
    "The station's commander, Vadim Kerov, and flight engineer Yuri Tamlin opened the hatch and welcomed the new "
    "crew.",
])
def test_the_people_found_aboard_are_hosts(nlp: Language, sentence: str) -> None:
    found = _hosts(nlp, sentence)
    assert {name: found.get(name) for name in HOSTS} == dict.fromkeys(HOSTS, True)


@pytest.mark.parametrize("sentence", [
    "Vadim Kerov joined Yuri Tamlin in the Soyuz TMA-12 spacecraft for the flight to the station.",
    "Vadim Kerov joined Yuri Tamlin at a news conference.",
    "Vadim Kerov and Yuri Tamlin lifted off from Baikonur.",
    "The crew of Soyuz TM-53, Vadim Kerov and Yuri Tamlin, docked with Mir on Saturday.",
    "Vadim Kerov flew with Yuri Tamlin, who has flown since 1990.",
    # the arrivals told as a named flight's crew: the story may be the hosts' own flight's
    "Vadim Kerov and Yuri Tamlin spent 183 days aboard Mir, where they greeted the Soyuz TM-59 crew last week.",
])
def test_a_crew_or_a_ride_together_is_no_host(nlp: Language, sentence: str) -> None:
    assert not any(_hosts(nlp, sentence).values())


#: facts that would put a host on the visiting flight
_TRIP_UP = ("launchDate", "launchSite", "launchVehicle")


def _on_the_flight(found: set[tuple[str, str, str, str]], visitors: tuple[str, ...]) -> set[tuple[str, ...]]:
    hosts = {h.lower() for h in HOSTS}
    return {k for k in found if k[0] in hosts and k[1] in _TRIP_UP or k[2] in hosts and k[1] in (
        "crewMember", "commander") or k[1] in ("launchedWith", "flewWith") and {k[0], k[2]} & hosts
        and {k[0], k[2]} & {v.lower() for v in visitors}}


@pytest.mark.parametrize(("text", "visitors"), [
    ("Soyuz TM-52 crew arrives\n\nSoyuz TM-52 docked with Mir on Saturday. Its crew, Pavel Orlek and Dmitri "
     "Savran, were greeted by the station's crew, Vadim Kerov and Yuri Tamlin. The crew lifted off from "
     "Baikonur on Thursday.", ("Pavel Orlek", "Dmitri Savran")),
    ("Crew-52 arrives\n\nFour astronauts arrived at the International Space Station on Friday aboard Crew-52. "
     "Pavel Orlek, Dmitri Savran, Lisa Quade and Ian Roos were greeted by Vadim Kerov and Yuri Tamlin. The "
     "four launched on Thursday from Florida.", ("Pavel Orlek", "Dmitri Savran", "Lisa Quade", "Ian Roos")),
    ("Soyuz TM-53 reaches Mir\n\nThe crew of Soyuz TM-53, Pavel Orlek and Dmitri Savran, docked with Mir on "
     "Saturday. They joined Vadim Kerov and Yuri Tamlin, who have lived aboard since July. The two launched "
     "from Baikonur on Thursday.", ("Pavel Orlek", "Dmitri Savran")),
])
def test_a_group_told_of_the_trip_up_is_never_the_hosts(nlp: Language, text: str, visitors: tuple[str, ...]) -> None:
    found = keys(nlp, text)
    assert not _on_the_flight(found, visitors)


def test_the_group_that_launched_is_the_visitors(nlp: Language) -> None:
    found = keys(nlp, "Crew-52 arrives\n\nFour astronauts arrived at the International Space Station on Friday "
                      "aboard Crew-52. Pavel Orlek, Dmitri Savran, Lisa Quade and Ian Roos were greeted by Vadim "
                      "Kerov and Yuri Tamlin. The four launched on Thursday from Florida.")
    assert key("Lisa Quade", "launchedWith", "Ian Roos") in found


def test_a_landing_with_the_hosts_puts_them_on_no_launch(nlp: Language) -> None:
    """One of the visitors comes home with two of the hosts: they landed together, and the
    hosts still did not go up on the visitors' flight."""
    found = keys(nlp, "Soyuz TM-44\n\nSoyuz TM-44 was a crewed spaceflight to Mir, launched on 26 November 1988 "
                      "from the Baikonur Cosmodrome. The crew consisted of commander Ilya Vorsin, flight engineer "
                      "Kiril Brandov and French research cosmonaut Henri Lacoste. The three cosmonauts docked with "
                      "Mir on 28 November, where they joined Vadim Kerov, Yuri Tamlin and Boris Pettin. Lacoste "
                      "returned to Earth with Kerov and Tamlin on 21 December.")
    assert key("Henri Lacoste", "landedWith", "Vadim Kerov") in found or key(
        "Vadim Kerov", "landedWith", "Henri Lacoste") in found
    assert not _on_the_flight(found, ("Ilya Vorsin", "Kiril Brandov", "Henri Lacoste"))
    assert key("Kiril Brandov", "launchDate", "1988-11-26") in found


def test_a_hosts_seat_is_the_stations_not_the_visitors_flight(nlp: Language) -> None:
    """ "Flight engineer B" among the hosts who greet the crew of X holds no seat on X."""
    found = keys(nlp, "Soyuz TM-65 docks\n\nPavel Orlek and Dmitri Savran reached Mir aboard Soyuz TM-65 on "
                      "Saturday. The station's commander, Vadim Kerov, and flight engineer Yuri Tamlin opened the "
                      "hatch and welcomed the new crew.")
    assert not {k for k in found if k[0] == "soyuz tm-65" and k[2] in ("vadim kerov", "yuri tamlin")}
    assert key("Pavel Orlek", "launchVehicle", "Soyuz TM-65") in found


@pytest.mark.parametrize("sentence", [
    "Vadim Kerov, who has lived in Houston since 1996, and Yuri Tamlin arrived at the station.",
    "Lena Voss will join Vadim Kerov and Yuri Tamlin, who have worked at the agency since 2001, on Soyuz MS-90.",
])
def test_a_clause_of_being_somewhere_since_a_year_makes_no_host(nlp: Language, sentence: str) -> None:
    """ "since" alone is no stay aboard: the clause must put them aboard."""
    found = _hosts(nlp, sentence)
    assert found.get("Vadim Kerov") is False
