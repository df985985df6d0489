"""A day told in the sentence before belongs to the people that sentence names: an event of
someone else that gives no day of its own does not take it (invented names, the session
``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

#: (text, the person whose event has no day, the other person, the other's day)
CASES = [
    ("Felix Moreau returned to Earth on Tuesday. Ines Carvalho landed in Kazakhstan after 187 days in orbit.",
     "Ines Carvalho", "Felix Moreau", "2025-05-06"),
    ("Anouk Vries splashed down off Florida on Tuesday. Pedro Salas touched down in the Kazakh steppe near "
     "Dzhezkazgan a week later.", "Pedro Salas", "Anouk Vries", "2025-05-06"),
    ("Tarek Mansour lifted off from the Baikonur Cosmodrome on Tuesday. Hana Sorel launched from the "
     "Kennedy Space Center aboard a Falcon 9.", "Hana Sorel", "Tarek Mansour", "2025-05-06"),
    ("On Tuesday, Lior Ben-Ami came home aboard the Soyuz MS-40 capsule. Greta Holm landed at the "
     "Dongfeng landing site.", "Greta Holm", "Lior Ben-Ami", "2025-05-06"),
    ("Commander Yusuf Demir blasted off from Jiuquan on Tuesday. Marta Kowalczyk lifted off from "
     "Launch Complex 39A aboard the Crew Dragon Harmony.", "Marta Kowalczyk", "Yusuf Demir", "2025-05-06"),
]


@pytest.mark.parametrize(("text", "undated", "other", "day"), CASES)
def test_a_day_of_someone_else_is_not_taken(nlp: Language, text: str, undated: str, other: str,
                                           day: str) -> None:
    found = reading.keys(nlp, text, "2025-05-10")
    mine = {k for k in found if k[0] == undated.lower() and k[1] in ("launchDate", "returnDate")}
    assert not mine
    assert any(k[0] == other.lower() and k[2] == day for k in found)


@pytest.mark.parametrize("text", [
    "Ada Rinn and Bo Tan were headed to orbit on Tuesday. The rocket carrying the two lifted off from "
    "the Baikonur Cosmodrome at 3:36 p.m.",
    "Ada Rinn and Bo Tan headed into space on Tuesday. Their Soyuz rocket blasted off from the Baikonur "
    "Cosmodrome at 3:36 p.m.",
])
def test_the_same_people_keep_the_day_before(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2025-05-10")
    assert key("Ada Rinn", "launchDate", "2025-05-06") in found
