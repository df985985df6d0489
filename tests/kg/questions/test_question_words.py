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
