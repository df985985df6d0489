"""A definite role noun that is the object of a clause whose subject is a person ("Ana Ruiz
was connected to the flight surgeon", "she thanked the flight director") is someone else:
its title is not the subject's (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

CASES = [
    "Astronaut Ana Ruiz made a spacewalk on Saturday. Ruiz was also connected to the STS-200 flight surgeon "
    "during her husband's surgery.",
    "Astronaut Ana Ruiz made a spacewalk on Saturday. Afterwards Ruiz spoke with the flight surgeon by phone.",
    "Astronaut Ana Ruiz made a spacewalk on Saturday. Later she thanked the flight director for the help.",
    "Astronaut Ana Ruiz made a spacewalk on Saturday. She then called the flight surgeon from orbit.",
    "Astronaut Ana Ruiz made a spacewalk on Saturday. Ruiz handed the checklist to the flight director.",
]


@pytest.mark.parametrize("text", CASES)
def test_the_object_is_not_the_subject(nlp: Language, text: str) -> None:
    assert not reading.triples(nlp, text, "2031-06-10", kind="jobTitle")


@pytest.mark.parametrize("text", [
    "Astronaut Ana Ruiz landed on Monday. The flight engineer spent 180 days in orbit.",
    "Astronaut Ana Ruiz landed on Monday. The 41-year-old spent 180 days in orbit.",
    "Astronaut Ana Ruiz landed on Monday after 180 days in orbit. Doctors examined the astronaut at the site.",
])
def test_a_description_still_goes_back_to_the_person(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, "2031-06-10")
    assert ("ana ruiz", "timeInSpace", "180") in found
