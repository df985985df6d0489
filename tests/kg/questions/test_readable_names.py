"""An answer's name is a name: entities whose labels are no plausible names of their kind are
left out with a message, never shown (kg/questions/readable.py over nameroom.py)."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "Who commanded Wren-5?",  # a seat's title alone
    "Who was the commander of Wren-5?",
    "Who commanded Wren-6?",  # a roster line's label and value
    "Who led Wren-6?",
])
def test_a_word_read_as_a_name_is_no_answer(names: Asker, question: str) -> None:
    reply = names.answer(question)
    assert reply.answers == ()
    assert reply.message is not None and "unreadable name was left out" in reply.message


@pytest.mark.parametrize(("question", "kept", "left"), [
    ("Who flew on Wren-7?", ["Lena Hollis"], "Tova K."),  # a name cut at its initial
    ("Who was aboard Wren-8?", ["Rusa Venn"], "Specialist"),  # a seat's title
    ("Who was the crew of Wren-9?", ["Mara Quist"], "Sparky Lund"),  # a nickname's stray quote mark
])
def test_the_other_names_stand(names: Asker, question: str, kept: list[str], left: str) -> None:
    reply = names.answer(question)
    assert sorted(a.label for a in reply.answers) == kept
    assert reply.message is not None and left in reply.message


def test_two_people_read_as_one_are_left_out(names: Asker) -> None:
    reply = names.answer("Who landed with Rusa Venn?")
    assert all(" and " not in a.label for a in reply.answers)
    assert reply.message is not None and "“Ilya Dorn and Pavel Sark” (two names made one)" in reply.message


@pytest.mark.parametrize(("question", "expected"), [
    ("Who commanded Wren-10?", ["Cal Mercer Jr."]),  # a suffix after the surname
    ("Who flew on Wren-10?", ["Cal Mercer Jr.", "Ivo R. Tamm", "Zarkov"]),  # a middle initial; one word
    ("What did Wren-10 dock with?", ["Kestrel T-15"]),  # a craft's series letter and number
])
def test_good_names_stay(names: Asker, question: str, expected: list[str]) -> None:
    reply = names.answer(question)
    assert sorted(a.label for a in reply.answers) == expected
    assert "unreadable" not in (reply.message or "")


def test_a_profile_leaves_out_a_line_naming_no_one(names: Asker) -> None:
    reply = names.answer("Who is Rusa Venn?")
    shown = [a.label for a in reply.answers]
    assert shown and not any("Ilya Dorn and Pavel Sark" in label for label in shown)
    assert any("Wren-8" in label for label in shown)
    assert reply.message is not None and "unreadable name was left out" in reply.message


def test_a_refused_count_lists_all_it_named(names: Asker) -> None:
    reply = names.answer("How many people flew on Wren-7?")
    assert reply.answers == ()  # the articles state no size: names are no count (kg.questions.tallies)
    # a name cut at its initial is still someone
    assert sorted(a.label for a in reply.also) == ["Lena Hollis", "Tova K."]
