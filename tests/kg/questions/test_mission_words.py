"""Questions that name a flight as "the X mission" or ask "how many days" of it, over the
hand-declared facts of tests/kg/questions/unitroom.py (invented names): the noun "mission" says
what X is and asks for no crew, and a unit after "how many" asks for an amount, never a count."""

from __future__ import annotations

import pytest

from kg.questions import Asker


def _values(asker: Asker, question: str) -> list[str]:
    return sorted(str(a.value) for a in asker.answer(question).answers)


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who leads the Orla-7 mission?",
    "Who led the Orla-7 mission?",
    "Who commanded the Orla-7 mission?",
    "Who commands the Orla-7 mission?",
    "Who was the commander of the Orla-7 mission?",
    "who is in command of the Orla-7 mission",
])
def test_a_leader_of_a_named_mission_is_its_commander_alone(units: Asker, question: str) -> None:
    assert _values(units, question) == ["Wenna Koss"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who leads the Orla-8 mission?",  # no commander stated: not its crew
    "Who commanded the Orla-8 mission?",
])
def test_no_commander_stated_is_no_answer(units: Asker, question: str) -> None:
    reply = units.answer(question)
    assert reply.answers == ()
    assert reply.message


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "crew"), [
    ("Who flew on the Orla-7 mission?", ["Bram Tull", "Ivo Penn", "Sade Mure", "Wenna Koss"]),
    ("Who was on the Orla-8 mission?", ["Lux Hovan", "Pim Darro"]),
    ("Who launched on the Orla-8 mission?", ["Lux Hovan", "Pim Darro"]),
    ("Which astronauts took part in the Orla-8 mission?", ["Lux Hovan", "Pim Darro"]),
])
def test_the_crew_of_a_named_mission_is_still_its_crew(units: Asker, question: str, crew: list[str]) -> None:
    assert _values(units, question) == crew


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many days did the Orla-7 mission last?",
    "How many days is the Orla-8 crew set to spend in orbit?",
    "How many hours did the Orla-8 flight take?",
    "How many weeks did Orla-7 last?",
    "How many minutes did the Orla-7 mission last?",
    "How many kilometres did Orla-8 fly?",
])
def test_an_amount_asked_is_never_a_count_of_the_crew(units: Asker, question: str) -> None:
    reply = units.answer(question)
    assert reply.answers == ()
    assert reply.expects in ("duration", "number")
    assert reply.message is not None and "counted" not in reply.message


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("How many days did Bram Tull spend in space?", ["186"]),  # an amount stated is still given
    ("How many days did Tull spend on Orla-7?", ["186"]),
])
def test_amounts_and_counts_stated_still_answer(units: Asker, question: str, expected: list[str]) -> None:
    assert _values(units, question) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "flight"), [
    ("Which Orla mission did Wenna Koss command?", ["Orla-7"]),  # the noun after the name is asked for
    ("Which Orla mission did Pim Darro fly on?", ["Orla-8"]),
])
def test_a_mission_asked_for_after_a_programme_name(units: Asker, question: str, flight: list[str]) -> None:
    assert _values(units, question) == flight


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expects"), [
    ("Which shuttle mission did Bram Tull fly on?", "mission"),  # a noun before the class noun
    ("On which earlier Orla mission did Pim Darro fly?", "mission"),
    ("Which Orla mission did Lux Hovan take part in?", "mission"),
    ("What space mission did Ivo Penn fly on?", "mission"),
    ("Which Orla flight carried Sade Mure?", "mission"),
    ("Who flew on Orla-7?", "person"),  # no class noun asked for
])
def test_the_class_noun_of_the_question_word_is_asked_for(units: Asker, question: str, expects: str) -> None:
    assert units.answer(question).expects == expects


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("When was Kira Solm to lift off?", ["2026-05-04"]),  # "be to": a plan is asked for
    ("When is Kira Solm to launch?", ["2026-05-04"]),
    ("When was Solm to blast off?", ["2026-05-04"]),
    ("when is solm to lift off", ["2026-05-04"]),
    ("When was Solm to lift off for the station?", ["2026-05-04"]),
    ("Where was Kira Solm to lift off from?", ["Brenn spaceport"]),
    ("From where is Solm to launch?", ["Brenn spaceport"]),
    ("When did Kira Solm lift off?", []),  # a plan is no launch that happened
])
def test_be_to_asks_about_the_plan(units: Asker, question: str, expected: list[str]) -> None:
    assert _values(units, question) == expected


@pytest.mark.parametrize("question", [
    "When was Kira Solm's capsule to be launched?",  # the parser hangs "launched" under "was" as its clause
    "When was Kira Solm's Soyuz to be launched?",
    "When was Kira Solm to be launched?",
])
def test_be_to_be_done_asks_about_the_plan(units: Asker, question: str) -> None:
    assert units.read(question).future


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who was the first astronaut to command Orla-7?",  # "to" of a noun: no plan
    "Who was the only person to fly on Orla-8?",
    "Was Bram Tull the last to leave Orla-7?",
    "Who was the youngest to fly on Orla-8?",
    "Is Wenna Koss married to Bram Tull?",
    "How close was Orla-7 to its launch pad?",
])
def test_other_words_of_to_ask_no_plan(units: Asker, question: str) -> None:
    assert not units.read(question).future


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "crew"), [
    ("Who was aboard Orla-8?", ["Lux Hovan", "Pim Darro"]),  # "aboard" a flight: its crew
    ("Who is on board Orla-8?", ["Lux Hovan", "Pim Darro"]),
    ("Who were the astronauts aboard Orla-8?", ["Lux Hovan", "Pim Darro"]),
    ("Who is aboard the Orla-8 mission?", ["Lux Hovan", "Pim Darro"]),
    ("Which astronauts were aboard Orla-8?", ["Lux Hovan", "Pim Darro"]),
    ("Who was aboard Orla-7?", ["Bram Tull", "Ivo Penn", "Sade Mure", "Wenna Koss"]),
])
def test_aboard_a_flight_is_its_crew(units: Asker, question: str, crew: list[str]) -> None:
    assert _values(units, question) == crew
