"""A spacewalk told of two people the parser splits apart ("A and fellow astronaut B
completed a spacewalk", the caption "A, left, and B perform a spacewalk"), of one who
"emerged from the hatch with" another, and of a walk of a series told by a bare "walk" ("the
first of three walks Aug. 7"): both walked that day, together. A bare walk that is no
spacewalk, and a bound on a walk's length, give nothing (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

HEAD = "Station crew works outside\n\n"


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, HEAD + text, "2031-06-10")


@pytest.mark.parametrize(("text", "first", "second", "day"), [
    ("Zara Quillon and fellow astronaut Anton Bellweather completed a six-hour spacewalk on Saturday.",
     "Zara Quillon", "Anton Bellweather", "2031-06-07"),
    ("Marcus Ridley and fellow cosmonaut Oleg Marusin made a spacewalk outside the station on Friday.",
     "Marcus Ridley", "Oleg Marusin", "2031-06-06"),
    ("Russian cosmonauts Ilya Brantsev, left, and Oleg Marusin perform a spacewalk outside the International "
     "Space Station on April 19.", "Ilya Brantsev", "Oleg Marusin", "2031-04-19"),
    ("In this photo, Laura Pennick, right, and Marcus Ridley conduct a spacewalk outside the station on Sunday.",
     "Laura Pennick", "Marcus Ridley", "2031-06-08"),
    ("Ilya Brantsev, a cosmonaut for two decades, claimed the honor as he emerged from the hatch with Oleg "
     "Marusin on Friday.", "Ilya Brantsev", "Oleg Marusin", "2031-06-06"),
    ("The repair took three spacewalks. Laura Pennick and Marcus Ridley set up the new pump on the station's "
     "truss. The pair went on the first of three walks Aug. 7 to remove the bad pump.",
     "Laura Pennick", "Marcus Ridley", "2030-08-07"),
    ("The pump job needed three spacewalks. Following a seven-hour walk Monday, Laura Pennick and her "
     "crewmate Marcus Ridley finished the pump replacement on the station.", "Laura Pennick", "Marcus Ridley",
     "2031-06-09"),
])
def test_both_walked_that_day_together(nlp: Language, text: str, first: str, second: str, day: str) -> None:
    found = facts(nlp, text)
    for one in (first, second):
        assert key(one, "spacewalkDate", day, "reported") in found
    assert key(first, "spacewalkPartner", second, "reported") in found \
        or key(second, "spacewalkPartner", first, "reported") in found


def test_the_split_pair_shares_the_walks_length(nlp: Language) -> None:
    found = facts(nlp, "Zara Quillon and fellow astronaut Anton Bellweather completed a six-hour spacewalk on "
                       "Saturday.")
    assert key("Anton Bellweather", "spacewalkDuration", "360", "reported") in found


@pytest.mark.parametrize("text", [
    "The crew made a spacewalk last year. Later, Laura Pennick took a walk with Marcus Ridley on Saturday near "
    "the train station.",
    "The crew made a spacewalk last year. On Saturday Laura Pennick and Marcus Ridley walk to the station gym.",
    "Laura Pennick and Marcus Ridley went on the first of three walks on Saturday around the visitor center.",
    "Laura Pennick, left, and the flight director Marcus Ridley watched a spacewalk on Friday.",
    "Laura Pennick emerged from the hatch of the capsule with Marcus Ridley after the splashdown on Friday.",
])
def test_no_spacewalk_together(nlp: Language, text: str) -> None:
    found = facts(nlp, text)
    assert not {k for k in found if k[1] == "spacewalkPartner"}


def test_a_bound_on_a_walks_length_is_no_length(nlp: Language) -> None:
    found = facts(nlp, "The job took three spacewalks. Following a more than seven hour walk Monday, Laura "
                       "Pennick and crewmember Marcus Ridley finished the pump replacement on the station.")
    assert key("Laura Pennick", "spacewalkDate", "2031-06-09", "reported") in found
    assert not {k for k in found if k[1] == "spacewalkDuration"}


@pytest.mark.parametrize("text", [
    "Zara Quillon and fellow astronaut Anton Bellweather launched to the space station on Saturday.",
    "Zara Quillon and NASA astronaut Anton Bellweather blasted off from Baikonur on Saturday.",
])
def test_a_split_pair_shares_other_events_too(nlp: Language, text: str) -> None:
    found = facts(nlp, text)
    for one in ("Zara Quillon", "Anton Bellweather"):
        assert key(one, "launchDate", "2031-06-07", "reported") in found


def test_walk_in_space_is_read_whole_beside_the_bare_walk(nlp: Language) -> None:
    found = facts(nlp, "Zara Quillon became the first woman of her country to walk in space on Sunday. She left "
                       "the station with Anton Bellweather.")
    assert key("Zara Quillon", "spacewalkDate", "2031-06-08", "reported") in found
