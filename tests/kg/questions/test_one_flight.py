"""A flight named only by the type of its craft is no one flight (issue 11), over the
hand-declared facts of tests/kg/questions/typeroom.py (invented names): riders of "the Vyrok"
are no crew, and a numbered craft has one commander like any flight."""

from __future__ import annotations

from kg.questions import Asker
from tests.factories import labels


def test_riders_of_a_craft_type_are_no_crewmates(types: Asker) -> None:
    assert labels(types.answer("Who flew with Sela Ondri?")) == []
    assert "Sela Ondri" not in labels(types.answer("Who were Kiva Marren's crewmates?"))
    assert "Sela Ondri" not in labels(types.answer("Who flew with Kiva Marren?"))


def test_the_crew_of_one_named_flight_are_crewmates(types: Asker) -> None:
    assert labels(types.answer("Who flew with Tessa Lund?")) == ["Dagny Holt"]
    assert labels(types.answer("Who were Dagny Holt's crewmates?")) == ["Tessa Lund"]


def test_a_craft_type_named_beside_a_person_scopes_no_crew(types: Asker) -> None:
    assert "Sela Ondri" not in labels(types.answer("Who flew with Kiva Marren on the Vyrok?"))
    assert labels(types.answer("Who flew with Tessa Lund on Corvid-5?")) == ["Dagny Holt"]


def test_a_numbered_craft_has_one_commander_so_another_is_a_stated_no(types: Asker) -> None:
    answer = types.answer("Did Jory Bell command Vyrok TS-12?")
    assert labels(answer) == ["no"] and "Kiva Marren" in (answer.message or "")
    assert labels(types.answer("Did Kiva Marren command Vyrok TS-12?")) == ["yes"]


def test_a_reusable_craft_has_many_commanders_so_another_says_nothing(types: Asker) -> None:
    assert labels(types.answer("Did Obi Crane command the Skylark?")) == []


def test_one_flight_is_no_answer_when_the_articles_bound_the_total_above_it(types: Asker) -> None:
    answer = types.answer("How many days did Rhun Vatra spend in space?")
    assert labels(answer) == [] and "more than 400 days" in (answer.message or "")
    assert "120 days" in (answer.message or "")


def test_one_flight_is_still_given_as_one_flight_beside_a_lower_bound_or_none(types: Asker) -> None:
    assert labels(types.answer("How many days did Ima Sorel spend in space?")) == ["150 days (single flight)"]
    assert labels(types.answer("How many days did Odo Pell spend in space?")) == ["90 days (single flight)"]


def test_of_two_commanders_one_also_stated_in_another_seat_is_the_misreading(types: Asker) -> None:
    assert labels(types.answer("Who commanded Corvid-9?")) == ["Bo Rask"]
    assert labels(types.answer("Did Wyn Tal command Corvid-9?")) == ["no"]
    assert labels(types.answer("Did Bo Rask command Corvid-9?")) == ["yes"]


def test_a_role_several_people_hold_on_the_flight_is_no_seat(types: Asker) -> None:
    assert labels(types.answer("Who commanded Corvid-8?")) == ["Esk Varo"]  # two pilots: weighed as before
