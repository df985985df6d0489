"""The school someone attends now, as reporters say it: "a student at X", "a physics
undergraduate at X", "who is in her second year at X", "a senior at X". Invented names; and the forms that name
a school that is not the person's ("told students at X") or no school ("her first year at Nasa")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples


@pytest.mark.parametrize("text", [
    "Ana Mayer, a student at the University of Aberdeen, flew with her mother.",
    "Ana Mayer, a second-year physics student at the University of Aberdeen, flew.",
    "Ana Mayer is a student at the University of Aberdeen.",
    "Ana Mayer, 18, who is in her second year of physics at the University of Aberdeen, flew.",
    "Ana Mayer said her first year at the University of Aberdeen was hard.",
    "Ana Mayer is a 21-year-old senior at University of Aberdeen, majoring in physics.",
    "Ana Mayer, a junior at the University of Aberdeen, flew with her mother.",
    "Ana Mayer, 19, a sophomore at the University of Aberdeen, won the seat.",
])
def test_a_student_attends_the_school(nlp: Language, text: str) -> None:
    assert ("ana mayer", "almaMater", "university of aberdeen") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Ana Mayer told students at the University of Aberdeen about her flight.",
    "Ana Mayer spent her first year at NASA training for the flight.",
    "Ana Mayer, a senior lecturer at the University of Aberdeen, flew.",
    "Ana Mayer, a senior engineer at Blue Origin, flew.",
    "Ana Mayer told seniors at the University of Aberdeen about her flight.",
    "Ana Mayer, whose son is a junior at the University of Aberdeen, flew.",
    "Ana Mayer, whose daughter is a student at the University of Aberdeen, flew.",
])
def test_students_the_person_is_not_give_no_school(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[0] == "ana mayer" and t[1] == "almaMater"}
