"""Crewmates named after "with" are the crewmates of whom the phrase hangs on ("X will be with
crewmates A and B as they lift-off ..."), of a flight to come when it is told so; a verb
written with a hyphen ("lift-off") is still the verb; and an event noun after "before" or
"after" is the time of something else however the parser hangs it. Invented people."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2031-06-10")


@pytest.mark.parametrize(("text", "modality"), [
    ("Lena Varo will be with crewmates NASA astronaut Tom Reyes and Russian commander Ivan Petrov as they "
     "lift-off from the Baikonur Cosmodrome onboard the Soyuz MS-39 spacecraft.", "planned"),
    ("Lena Varo will be with crewmates, NASA astronaut Tom Reyes and Russian commander Ivan Petrov, on the "
     "Soyuz MS-39 in September.", "planned"),
    ("Lena Varo, with crewmates Tom Reyes and Ivan Petrov, landed on the steppe on March 3, 2031.", "reported"),
])
def test_crewmates_after_with_are_of_whom_it_hangs_on(nlp: Language, text: str, modality: str) -> None:
    found = keys(nlp, text)
    for mate in ("tom reyes", "ivan petrov"):
        a, b = sorted(("lena varo", mate))  # a symmetric relation's key is in name order
        assert (a, "flewWith", b, modality) in found


def test_crewmates_of_someone_else_are_not_the_subjects(nlp: Language) -> None:
    found = keys(nlp, "Lena Varo met with crewmates of Tom Reyes in Houston on Monday.")
    assert not {k for k in found if k[1] == "flewWith"}


@pytest.mark.parametrize("text", [
    "Lena Varo and Tom Reyes will lift-off from the Baikonur Cosmodrome on the Soyuz MS-39 spacecraft.",
    "Lena Varo will be with Tom Reyes as they lift-off from the Baikonur Cosmodrome on the Soyuz MS-39.",
])
def test_a_launch_verb_written_with_a_hyphen_is_a_launch(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert ("lena varo", "launchVehicle", "soyuz ms-39", "planned") in found
    assert ("lena varo", "launchSite", "baikonur cosmodrome", "planned") in found


def test_a_launch_after_which_something_happens_is_no_launch_told(nlp: Language) -> None:
    text = ("Lena Varo will fly on the Soyuz MS-39 with Tom Reyes in September. "
            "Details on the stages of the mission before, during and after the launch were also announced on "
            "Monday.")
    found = keys(nlp, text)
    assert not {k for k in found if k[1] == "launchedWith" and k[3] == "reported"}


def test_crewmates_of_a_named_flight_told_beside_a_plan_are_left_unread(nlp: Language) -> None:
    """The crew of a flight named may have flown already: their flight is no plan."""
    found = keys(nlp, "Lena Varo is due to leave on Wednesday with her Crew-31 crewmates Tom Reyes and Ivan Petrov "
                      "aboard the Crew Dragon Resilience.")
    assert not {k for k in found if k[1] == "flewWith" and k[3] == "planned"}
