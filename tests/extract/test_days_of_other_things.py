"""A landing or a return told by a noun takes no day of another thing its sentence names: not
the day of an event it is told beside ("with A's recent return from Mir, a story emerged
about the fire last February") nor of what came after it ("after the landing, A flew to
Houston on June 4"); its own day stays ("A's return from the station in February", "the
landing came on the morning of March 3"). Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def returns(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return reading.triples(nlp, text, "2021-05-10", kind="returnDate")


@pytest.mark.parametrize("text", [
    "Only now, with astronaut Jim Belko's recent return from Mir, is another story emerging about the fire "
    "last February.",
    "With cosmonaut Ivan Dorov's return from the station, a new account of the leak last March has emerged.",
    "After the return of Ivan Dorov, the accident on March 3 was studied.",
    "Only now, with cosmonaut Ivan Dorov's return from the station, is a frightening account emerging about the "
    "leak last March.",
    "Now, after Ivan Dorov's return from orbit, a new report is circulating about the accident last March.",
    "After the landing, Ivan Dorov flew to Houston on June 4.",
    "After landing, Ivan Dorov returned to Houston on June 4.",
    "Following the landing, Ivan Dorov was flown to Star City on June 4.",
])
def test_no_day_of_another_thing(nlp: Language, text: str) -> None:
    assert not returns(nlp, text)


@pytest.mark.parametrize(("text", "day"), [
    ("Jim Belko's return from Mir last February was smooth.", "2021-02"),
    ("Jim Belko made his return from orbit last March.", "2021-03"),
    ("Jim Belko's return from the station in February was smooth.", "2021-02"),
    ("The landing of Ivan Dorov and Jim Belko came on the morning of March 3.", "2021-03-03"),
    ("After the return of Jim Belko from the station on March 3, the crew prepared for the next flight.",
     "2021-03-03"),
    ("Jim Belko's return to Earth aboard the Soyuz capsule on March 3 ended a record flight.", "2021-03-03"),
])
def test_its_own_day_stays(nlp: Language, text: str, day: str) -> None:
    assert ("jim belko", "returnDate", day) in returns(nlp, text)


def test_a_launch_it_was_able_to_make_takes_its_sentences_day(nlp: Language) -> None:
    text = ("The launch of Endeavour was scrubbed on Nov. 22, 2002. The next day on Nov. 23, 2002, the Endeavour was "
            "finally able to launch, and Tom Vale and his crewmates were able to begin their mission.")
    assert {t[2] for t in reading.triples(nlp, text, "2022-05-10", kind="launchDate") if t[0] == "tom vale"} == {
        "2002-11-23"}


def test_no_day_from_the_sentence_before_when_its_own_tells_one(nlp: Language) -> None:
    text = ("A rescheduled launch on Nov. 22 was put on hold. The next day on Nov. 23, 2002, the Endeavour was finally "
            "able to launch, and Tom Vale and his crewmates were able to begin their mission.")
    assert "2002-11-22" not in {t[2] for t in reading.triples(nlp, text, "2022-05-10", kind="launchDate")}
