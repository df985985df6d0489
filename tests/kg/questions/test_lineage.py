"""Parents, children, founders and heads of organisations asked in the words people use
(tests/kg/questions/kinroom.py, invented names): a gendered word answers only with a relative
the articles call so, and a plain one with every parent or child."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize(("question", "expected"), [
    ("Who is Lio Marsh's mother?", ["Vela Marsh"]),
    ("Who was the mother of Lio Marsh?", ["Vela Marsh"]),
    ("Who are Lio Marsh's parents?", ["Ode Marsh", "Vela Marsh"]),
    ("Who is Lio Marsh's father?", []),  # a parent not called a father
    ("Who are Ren Tallis's children?", ["Bo Tallis", "Cai Tallis"]),
    ("What are the names of Ima Tallis's children?", ["Bo Tallis", "Cai Tallis"]),
    ("Who is Ren Tallis's son?", ["Bo Tallis"]),
    ("Who is the daughter of Ima Tallis?", ["Cai Tallis"]),
    ("Who are Cai Tallis's parents?", ["Ima Tallis", "Ren Tallis"]),
    ("Who are Vela Marsh's children?", ["Lio Marsh"]),
    ("Who is Vela Marsh's son?", []),  # "her mother" says nothing of the child's sex
    ("Who is Nils Arden's mother?", []),
])
def test_parents_and_children(kin: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(kin.answer(question))) == expected


@pytest.mark.issue(16)
@pytest.mark.parametrize(("question", "named"), [
    ("How many children does Ren Tallis have?", ["Bo Tallis", "Cai Tallis"]),
    ("How many kids does Ima Tallis have?", ["Bo Tallis", "Cai Tallis"]),
    ("How many sons does Ren Tallis have?", ["Bo Tallis"]),
    ("how many daughters does Ima Tallis have", ["Cai Tallis"]),
])
def test_children_named_are_no_count_of_children(kin: Asker, question: str, named: list[str]) -> None:
    """An article names the children it tells of ("their son Bo"), not always all of them: counting
    them would under-count, so there is no answer, and the message lists those named."""
    answer = kin.answer(question)
    assert answer.answers == ()
    assert all(name in (answer.message or "") for name in named)


def test_parents_named_are_listed_not_counted(kin: Asker) -> None:
    answer = kin.answer("How many parents does Cai Tallis have?")
    assert labels(answer) == [] and "they name 2" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Which company did Nils Arden found?", ["Skyhaven Ventures"]),
    ("Who founded Skyhaven Ventures?", ["Nils Arden"]),
    ("Who is the founder of Skyhaven Ventures?", ["Nils Arden"]),
    ("Who is the chief executive officer of Skyhaven Ventures?", ["Juno Pike"]),
    ("Who is the CEO of Skyhaven Ventures?", ["Juno Pike"]),
    ("Who heads Skyhaven Ventures?", ["Juno Pike"]),
    ("Which company did Juno Pike found?", []),  # a head is no founder
    ("Which company did Nils Arden found in 1998?", ["Skyhaven Ventures"]),
    ("Which company did Nils Arden found in 2004?", []),
    ("When was Skyhaven Ventures founded?", ["1998"]),
    ("In what year did Nils Arden found Skyhaven Ventures?", ["1998"]),
    ("When did Juno Pike found Skyhaven Ventures?", []),  # not its founder
    ("When did Nils Arden found Skyhaven Ventures?", ["1998"]),
])
def test_founders_and_heads(kin: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(kin.answer(question))) == expected


@pytest.mark.issue(16)
@pytest.mark.parametrize("question", [
    "When was the leak found?",  # found: discovered, with no organisation to be founded
    "Who was on duty when the crack was found?",
    "Which astronauts were asleep when Nils Arden found the fault?",
    "Where was the missing tool found?",
])
def test_found_as_discovered_asks_no_founding(kin: Asker, question: str) -> None:
    answer = kin.answer(question)
    assert answer.answers == ()
    assert "founder" not in (answer.message or "").lower() and "founding" not in (answer.message or "").lower()


@pytest.mark.issue(16)
@pytest.mark.parametrize(("question", "expected"), [
    ("Which firm did Nils Arden found?", ["Skyhaven Ventures"]),  # found with an organisation: a founding
    ("What did Nils Arden found?", ["Skyhaven Ventures"]),
    ("Who founded Skyhaven Ventures?", ["Nils Arden"]),
])
def test_found_with_an_organisation_is_a_founding(kin: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(kin.answer(question))) == expected
