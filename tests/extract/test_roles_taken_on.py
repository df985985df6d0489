"""A seat someone takes on ("will take the role of mission commander", "will serve as commander",
"takes over as commander", "will assume the role of commander") is a seat on the flight the story
is about, planned when told of the future; a flight the holder is "a veteran of" is an earlier
one, not the seat's (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"
_STORY = "The Shenzhou-40 crew was presented in Jiuquan on Monday. "


@pytest.mark.parametrize(("text", "modality"), [
    (_STORY + "Ma Lun will take the role of mission commander.", "planned"),
    (_STORY + "Ma Lun, a veteran of the Shenzhou-31 mission, will take the role of mission commander, while Wei "
     "Pinge will make his first flight.", "planned"),
    (_STORY + "Ma Lun, a veteran of Shenzhou-31, will serve as commander.", "planned"),
    (_STORY + "Ma Lun will assume the role of commander.", "planned"),
    (_STORY + "Ma Lun takes over as commander.", "reported"),
])
def test_a_seat_taken_on_is_on_the_storys_flight(nlp: Language, text: str, modality: str) -> None:
    found = reading.keys(nlp, text, _PAGE)
    assert ("shenzhou-40", "commander", "ma lun", modality) in {k[:4] for k in found}
    assert not any(k[:3] == ("shenzhou-31", "commander", "ma lun") for k in found)


@pytest.mark.parametrize("text", [
    _STORY + "The role of commander is a hard one, Ma Lun said.",  # the role talked of, held by no one
    _STORY + "Ma Lun wrote a book on the role of commander.",
])
def test_a_role_talked_of_is_no_seat(nlp: Language, text: str) -> None:
    assert ("shenzhou-40", "commander", "ma lun") not in reading.triples(nlp, text, _PAGE)


@pytest.mark.parametrize(("text", "flights"), [
    (_STORY + "Ma Lun, a veteran of the Shenzhou-31 mission, will take the role of mission commander.",
     {"shenzhou-31"}),
    ("Ola Brandt, a veteran of Crew-11 and Expedition 70, spoke on Monday.", {"crew-11", "expedition 70"}),
])
def test_a_veteran_of_a_flight_flew_on_it(nlp: Language, text: str, flights: set[str]) -> None:
    found = {k[:4] for k in reading.keys(nlp, text, _PAGE)}
    holder = "ma lun" if "Ma Lun" in text else "ola brandt"
    assert {(f, "crewMember", holder, "reported") for f in flights} <= found


@pytest.mark.parametrize("text", [
    "Ola Brandt, a Navy veteran of two wars, spoke on Monday about Crew-11.",
    "Ola Brandt, a veteran pilot, spoke on Monday about Crew-11.",
])
def test_no_flight_for_a_veteran_of_something_else(nlp: Language, text: str) -> None:
    assert ("crew-11", "crewMember", "ola brandt") not in reading.triples(nlp, text, _PAGE)
