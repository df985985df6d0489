"""A crew role asked with a noun before it that makes it another seat ("the payload commander",
"the station commander", "the deputy pilot") is answered only by that seat, never by the bare
role's holder; and the bare role ("Who commanded X?") never by the other seat's. Read from
invented sentences by the real extractor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.questions import Asker
from kg.questions.crew_pool import Seat, other_seat
from kg.questions.text import parse_many
from tests.factories import labels
from tests.fixtures.read import asker_for

_TEXT = ("The STS-190 crew were Commander Ed Ruddle, Pilot Paul Wexley, Payload Commander Mara Lind and "
         "Mission Specialist Joe Kerr. Orbiter Vesta landed on Friday after a ten-day mission. "
         "The STS-191 crew were Commander Ola Brin and Pilot Eli Varn.")


@pytest.fixture(scope="module")
def seats(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    with asker_for(nlp, tmp_path_factory, _TEXT, "1997-03-01") as asker:
        yield asker


@pytest.mark.parametrize("question", [
    "Who was the payload commander on STS-190?",
    "Who was the STS-190 payload commander?",
    "Who served as payload commander of STS-190?",
])
def test_a_payload_commander_is_that_seat(seats: Asker, question: str) -> None:
    assert labels(seats.answer(question)) == ["Mara Lind"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Who commanded STS-190?", ["Ed Ruddle"]),
    ("Who was the commander of STS-190?", ["Ed Ruddle"]),
    ("Who was the mission commander of STS-190?", ["Ed Ruddle"]),
    ("Who was the shuttle commander on STS-190?", ["Ed Ruddle"]),
    ("Who was the shuttle pilot on STS-190?", ["Paul Wexley"]),
])
def test_the_bare_role_is_never_the_other_seat(seats: Asker, question: str, expected: list[str]) -> None:
    assert labels(seats.answer(question)) == expected


@pytest.mark.parametrize("question", [
    "Who was the payload commander on STS-191?",  # no such seat stated: never its commander
    "Who was the station commander during STS-191?",
    "Who was the deputy commander of STS-190?",
    "Who was the deputy pilot of STS-191?",
])
def test_another_seat_is_never_the_bare_roles_holder(seats: Asker, question: str) -> None:
    assert labels(seats.answer(question)) == []


@pytest.mark.parametrize(("question", "seat"), [
    ("Who was the payload commander on STS-9?", Seat("payload commander", True)),
    ("Who was the lunar module pilot of Apollo 19?", Seat("lunar module pilot", True)),
    ("Who was the station commander during STS-9?", Seat("station commander", False)),
    ("Who was the deputy pilot?", Seat("deputy pilot", False)),
    ("Who was the command pilot of Gemini 13?", None),
    ("Who was the mission commander of STS-9?", None),
    ("Who was the shuttle pilot on STS-9?", None),
    ("Who were the payload specialists on STS-9?", None),
    ("Who commanded STS-9?", None),
    ("Which astronauts flew on STS-9?", None),
])
def test_the_seat_a_question_asks(nlp: Language, question: str, seat: Seat | None) -> None:
    assert other_seat(parse_many(nlp, [question])[0], ()) == seat
