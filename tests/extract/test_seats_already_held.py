"""A seat of one holder (commander, pilot) tied to a flight only by the story around it is not
a second holder's when the flight already has one: "They were later joined by Commander B" in a
paragraph about the crew first planned for an earlier date is another crew's. A seat the
sentence ties to the flight itself stands, and so do seats of many holders. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2024-06-05")


def held(found: set[Key], mission: str, predicate: str) -> set[str]:
    return {k[2] for k in found if k[0] == mission and k[1] == predicate}


LEAD = ("Tom Quill commanded STS-199, which launched aboard Columbia twenty years ago with Pilot Ann Lee "
        "and Mission Specialists Bo Dart and Cy Fenn. ")


@pytest.mark.parametrize("later", [
    "In 1984 NASA named Dart and Fenn to the crew of a flight then planned for 1986. They were later joined "
    "by Commander Rex Hollow and Pilot Dan Mire.",
    "Dart and Fenn were first assigned in 1984. Commander Rex Hollow and Pilot Dan Mire were added a year "
    "later.",
    "Dart and Fenn had trained for the flight since 1984. Rex Hollow was named commander, with Dan Mire "
    "as pilot, in 1985.",
])
def test_a_context_seat_does_not_make_a_second_holder(nlp: Language, later: str) -> None:
    found = keys(nlp, LEAD + later)
    assert held(found, "sts-199", "commander") == {"tom quill"}
    assert not held(found, "sts-199", "crewMember") & {"rex hollow", "dan mire"}


def test_the_story_flight_keeps_a_seat_nobody_else_holds(nlp: Language) -> None:
    found = keys(nlp, "STS-199 launched aboard Columbia twenty years ago. Mission Specialists Bo Dart and Cy "
                      "Fenn were named in 1984. They were later joined by Commander Rex Hollow.")
    assert held(found, "sts-199", "commander") == {"rex hollow"}


def test_a_seat_tied_to_its_flight_by_name_stands(nlp: Language) -> None:
    found = keys(nlp, LEAD + "Rex Hollow was the commander of STS-201.")
    assert held(found, "sts-201", "commander") == {"rex hollow"}
    assert held(found, "sts-199", "commander") == {"tom quill"}


def test_seats_of_many_holders_are_not_taken(nlp: Language) -> None:
    found = keys(nlp, LEAD + "They were later joined by Mission Specialist Eve Marr.")
    assert "eve marr" in held(found, "sts-199", "crewMember")


@pytest.mark.parametrize("text", [
    "For Tom Quill, commander of the shuttle's first materials mission, the key concern on STS-199 was "
    "the heat.",
    "For Tom Quill, commander of the first dedicated materials mission, the worry on STS-199 was the "
    "schedule.",
    "For Brian O’Dell, commander of the shuttle’s first dedicated materials mission, the key concern on "
    "STS-199 was not that his flight carried three women, but that it carried three chemists.",
])
def test_a_role_set_off_after_a_name_is_the_name_s(nlp: Language, text: str) -> None:
    assert held(keys(nlp, text), "sts-199", "commander") & {"tom quill", "brian o’dell", "brian o'dell"}


def test_a_subject_after_a_comma_is_no_description(nlp: Language) -> None:
    found = keys(nlp, "After Tom Quill left, the commander of STS-199 was not Ann Lee but Rex Hollow.")
    assert "tom quill" not in held(found, "sts-199", "commander")
