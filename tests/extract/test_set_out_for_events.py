"""An event noun that its subject set out for ("left the station on Sunday for a spacewalk",
"headed out on a spacewalk") or steered a craft to ("guided Discovery to a landing at Edwards
on Friday") is the subject's event, dated by the verb's clause; leaving for a launch or a
landing is not one that day. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize(("text", "people", "day"), [
    ("Two astronauts, Wade Orlin and Ken Morrow, left the International Space Station on Sunday for a spacewalk.",
     ("wade orlin", "ken morrow"), "2031-06-08"),
    ("Wade Orlin and Ken Morrow left the station's Quest airlock on Sunday for a six-hour spacewalk.",
     ("wade orlin", "ken morrow"), "2031-06-08"),
    ("Wade Orlin headed out on a spacewalk with Ken Morrow on Sunday.", ("wade orlin", "ken morrow"), "2031-06-08"),
    ("Wade Orlin and Ken Morrow exited the Poisk module on Sunday for a 6-hour, 34-minute spacewalk.",
     ("wade orlin", "ken morrow"), "2031-06-08"),
    ("Wade Orlin ventured out of the airlock on Thursday for an excursion outside the station.", ("wade orlin",),
     "2031-06-05"),
])
def test_a_spacewalk_set_out_for_is_the_subject_s(nlp: Language, text: str, people: tuple[str, ...],
                                                   day: str) -> None:
    found = {t for t in triples(nlp, text) if t[1] == "spacewalkDate"}
    assert found == {(one, "spacewalkDate", day) for one in people}


@pytest.mark.parametrize(("text", "day"), [
    ("Wade Orlin guided Discovery to a smooth landing at Edwards Air Force Base on Friday.", "2031-06-06"),
    ("Commander Wade Orlin steered the shuttle to a landing at the Kennedy Space Center on Tuesday.", "2031-06-10"),
    ("On Friday, Wade Orlin eased the orbiter Atlantis to a touchdown on Runway 15 at the Kennedy Space Center.",
     "2031-06-06"),
])
def test_steering_a_craft_to_a_landing_is_the_pilot_s_landing(nlp: Language, text: str, day: str) -> None:
    assert ("wade orlin", "returnDate", day) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Wade Orlin left the station on Sunday for a landing in Kazakhstan.",
    "Wade Orlin left Houston on Sunday for the launch in Florida.",
    "Wade Orlin's family headed to Florida on Sunday for the launch.",
    "Wade Orlin stepped onto the stage on Sunday for a talk about spacewalks.",
])
def test_leaving_for_something_else_tells_no_date_of_it(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[1] in ("returnDate", "launchDate", "spacewalkDate")}
