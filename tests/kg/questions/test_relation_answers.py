"""Answers that depend on how a relation is read: comparisons answer with one of the named
entities, a relation's answers never include its own subject, records answer with the
previous holder, counts count a relation's values, lists gather both directions of a relation.
One small graph written for these tests."""

from __future__ import annotations

import pytest

from extract.facts import Extraction, Literal, Term
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, days, labels

_TEXT = (
    "Ann Lee was born on 5 June 1960 and Bob Ray on 1 March 1955. "
    "Ann Lee has spent 300 days in space and Bob Ray 250 days in space. "
    "Ann Lee first flew in 1998 and launched again on 1 March 2005 on Orion-7. "
    "Orion-7 carried Ann Lee, Bob Ray and Cid Moe, who flew with Ann Lee. "
    "With 300 days Ann Lee broke the women's record of Eve Kim. "
    "Bob Ray's 250 days beat the longest flight of Eve Kim, 200 days. "
    "Ann Lee is an astronaut and a geologist; Bob Ray is an astronaut."
)


def _build() -> Extraction:
    b = ExtractionBuilder(_TEXT, id="orion", published="2006-01-01", title="Orion-7 lands")
    for name in ("Ann Lee", "Bob Ray", "Cid Moe", "Eve Kim"):
        b.entity(name, "Astronaut")
    b.entity("Orion-7", "Mission")
    b.entity("women's record", "Record")
    b.entity("longest flight", "Record")
    b.fact("Ann Lee", "birthDate", Literal("1960-06-05", "date"), evidence="born on 5 June 1960")
    b.fact("Bob Ray", "birthDate", Literal("1955-03-01", "date"), evidence="Bob Ray on 1 March 1955")
    for name, value in (("Ann Lee", "300"), ("Bob Ray", "250")):
        b.fact(name, "timeInSpace", days(value), evidence=f"{value} days in space",
               qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")})
    b.fact("Ann Lee", "launchDate", Literal("1998", "gYear"), evidence="first flew in 1998")
    b.fact("Ann Lee", "launchDate", Literal("2005-03-01", "date"), evidence="launched again on 1 March 2005")
    b.fact("Orion-7", "crewMember", "Ann Lee", evidence="Orion-7 carried Ann Lee")
    b.fact("Bob Ray", "launchVehicle", "Orion-7", evidence="Orion-7 carried Ann Lee, Bob Ray")
    b.fact("Cid Moe", "flewWith", "Ann Lee", evidence="Cid Moe, who flew with Ann Lee")
    b.fact("Cid Moe", "launchVehicle", "Orion-7", evidence="Bob Ray and Cid Moe")
    b.fact("women's record", "measure", Literal("cumulative days in space"), evidence="women's record")
    b.fact("Ann Lee", "holdsRecord", days("300"), evidence="broke the women's record",
           qualifiers={"record": "women's record", "unit": Literal("day"), "previousHolder": "Eve Kim"})
    b.fact("longest flight", "measure", Literal("single spaceflight duration"), evidence="the longest flight")
    b.fact("Bob Ray", "holdsRecord", days("250"), evidence="Bob Ray's 250 days beat the longest flight",
           qualifiers={"record": "longest flight", "unit": Literal("day")})
    b.fact("Eve Kim", "holdsRecord", days("200"), evidence="longest flight of Eve Kim, 200 days",
           qualifiers={"record": "longest flight", "unit": Literal("day")})
    for name, job in (("Ann Lee", "astronaut"), ("Ann Lee", "geologist"), ("Bob Ray", "astronaut")):
        b.fact(name, "occupation", Literal(job), evidence=f"{name} is an astronaut" if job == "astronaut" else job)
    return b.build()


ask = asker_over(_build)


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was born first, Ann Lee or Bob Ray?", ["Bob Ray"]),
    ("Who was born later, Ann Lee or Bob Ray?", ["Ann Lee"]),
    ("Who spent longer in space, Bob Ray or Ann Lee?", ["Ann Lee"]),
    ("Who has spent less time in space, Ann Lee or Bob Ray?", ["Bob Ray"]),
])
def test_a_comparison_answers_with_one_of_the_two(ask: Asker, question: str, expected: list[str]) -> None:
    answer = ask.answer(question)
    assert (labels(answer), answer.template) == (expected, "comparison")
    assert "Ann Lee:" in (answer.message or "")


def test_a_comparison_with_one_value_says_which_is_missing(ask: Asker) -> None:
    answer = ask.answer("Who spent longer in space, Ann Lee or Cid Moe?")
    assert answer.answers == ()
    assert "300 days" in (answer.message or "") and "not of Cid Moe" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Who flew with Ann Lee on Orion-7?",
    "Who launched with Ann Lee on Orion-7?",
])
def test_the_named_entities_are_not_among_the_answers(ask: Asker, question: str) -> None:
    assert sorted(labels(ask.answer(question))) == ["Bob Ray", "Cid Moe"]


@pytest.mark.parametrize("question", [
    "Whose record did Ann Lee break?",
    "Whose record did Ann Lee beat?",
    "Whose mark did Ann Lee pass?",
])
def test_whose_record_was_broken_is_the_previous_holder(ask: Asker, question: str) -> None:
    assert labels(ask.answer(question)) == ["Eve Kim"]


def test_a_record_taken_without_a_stated_previous_holder_was_the_next_best_holders(ask: Asker) -> None:
    assert labels(ask.answer("Whose record did Bob Ray break?")) == ["Eve Kim"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Who broke Eve Kim's record?", ["Ann Lee"]),
    ("Who beat Eve Kim's record for the longest flight?", ["Bob Ray"]),
])
def test_who_broke_a_holders_record_is_the_next_holder(ask: Asker, question: str, expected: list[str]) -> None:
    assert labels(ask.answer(question)) == expected


def test_how_many_times_lists_the_distinct_values(ask: Asker) -> None:
    answer = ask.answer("How many times did Ann Lee fly to space?")
    assert answer.answers == ()
    assert "they name 2 (launch dates)" in (answer.message or "")


def test_how_many_people_lists_everyone_linked_either_way(ask: Asker) -> None:
    answer = ask.answer("How many astronauts flew on Orion-7?")
    assert answer.answers == ()
    assert sorted(a.label for a in answer.also) == ["Ann Lee", "Bob Ray", "Cid Moe"]
    assert "they name 3: Ann Lee, Bob Ray and Cid Moe" in (answer.message or "")


def test_a_list_gathers_both_directions_and_sibling_relations(ask: Asker) -> None:
    assert sorted(labels(ask.answer("Who flew on Orion-7?"))) == ["Ann Lee", "Bob Ray", "Cid Moe"]


@pytest.mark.parametrize(("question", "expected"), [
    ("What is Ann Lee's profession?", ["geologist"]),
    ("What is Bob Ray's occupation?", ["astronaut"]),
])
def test_a_value_that_only_repeats_the_class_gives_way(ask: Asker, question: str, expected: list[str]) -> None:
    assert labels(ask.answer(question)) == expected


@pytest.mark.parametrize("question", [
    "What record did Ann Lee set?",
    "What record does Ann Lee hold?",
    "Which record has Ann Lee set?",
])
def test_a_record_set_is_told_with_its_figure(ask: Asker, question: str) -> None:
    """ "What record did X set?" asks what was done ("set" is no plan here, as in "set to
    launch"), and the record comes with the holding's figure."""
    assert labels(ask.answer(question)) == ["300 days (women's record)"]


def test_a_record_set_to_be_broken_is_a_plan(ask: Asker) -> None:
    assert labels(ask.answer("What record is Ann Lee set to break?")) == []
