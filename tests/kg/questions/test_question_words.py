"""Words of a question the engine must not skip (tests/kg/questions/wordroom.py: invented names,
hand-declared facts): numbered names spelt a little wrong, verbs no relation reads, a rank stated
in another sentence, and clauses the engine cannot read."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize(("question", "expected", "written"), [
    ("Who commanded Corvd 16?", "Mara Quell", "Corvd 16"),
    ("Who was the commander of Corvit 15?", "Ilse Brandvik", "Corvit 15"),
    ("Who commanded Covid 16?", "Mara Quell", "Covid 16"),
    ("Who was the commander of Corvidd 16?", "Mara Quell", "Corvidd 16"),
    ("Who flew on Corvd 17?", "Tobin Sarr", "Corvd 17"),
])
def test_a_numbered_name_spelt_wrong_is_corrected_and_says_so(words: Asker, question: str, expected: str,
                                                              written: str) -> None:
    answer = words.answer(question)
    assert [a.label for a in answer.answers] == [expected]
    assert [c.mention for c in answer.corrected] == [written]


@pytest.mark.parametrize("question", ["Who commanded Corvd 61?", "Who commanded Corvid 14?",
                                      "Who was the commander of Corvit 18?"])
def test_a_number_is_never_corrected(words: Asker, question: str) -> None:
    """Corvid 16 is never Corvid 61 or 14, however close the spelling."""
    assert words.answer(question).answers == ()


@pytest.mark.parametrize(("question", "verb"), [
    ("Who designed the Corvid 16 mission?", "designed"),
    ("Who funded the Corvid 16 flight?", "funded"),
    ("Who paid for the Corvid 16 mission?", "paid"),
    ("Who trained the Corvid 16 crew?", "trained"),
    ("Who built the Heron 4 capsule?", "built"),
])
def test_a_verb_no_relation_reads_is_not_answered_by_its_objects_noun(words: Asker, question: str,
                                                                      verb: str) -> None:
    """The flight noun reads as its crew, but the verb asks for someone else: no answer, and the
    reply names the verb it did not understand."""
    answer = words.answer(question)
    assert answer.answers == () and f"“{verb}”" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was on the Corvid 16 mission?", {"Mara Quell", "Tobin Sarr"}),
    ("Who went on the Corvid 16 mission?", {"Mara Quell", "Tobin Sarr"}),
    ("Who flew the Corvid 16 mission?", {"Mara Quell", "Tobin Sarr"}),
    ("Who made up the Corvid 16 crew?", {"Mara Quell", "Tobin Sarr"}),
    ("Who commanded the Corvid 16 mission?", {"Mara Quell"}),
    ("Who rode the Heron 4 capsule?", {"Tobin Sarr"}),
    ("Which capsule did Tobin Sarr fly?", {"Heron 4", "Heron 5"}),
])
def test_verbs_that_carry_no_relation_or_that_one_reads_keep_their_answers(words: Asker, question: str,
                                                                           expected: set[str]) -> None:
    assert {a.label for a in words.answer(question).answers} == expected
