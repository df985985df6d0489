"""Words of a question the graph cannot read, beside words it can, over the hand-declared facts of
tests/kg/questions/unreadroom.py (invented names): what "how many times" counts, a quality of the
one asked for ("had the medical concern"), a reason ("why"), a noun counted that no relation
reads, a group no fact tells, a narrow kind of school, a numbered thing named after another and
a compound noun whose first word is a relation's ("command module"), who gave something the
graph records only as received, a clause of an event whose words nothing reads ("after landing
for medical checks") and a word that narrows the noun asked ("the prime crew"). Each is no
answer, with a message, and the questions without those words keep theirs."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "word"), [
    ("How many times did Lida Marsh apply to be an astronaut before she was selected?", "apply"),
    ("How many times did Marsh apply before the Norvak Space Agency selected her?", "apply"),
    ("How many times did Lida Marsh fail the test before she was selected?", "fail"),
])
def test_how_many_times_counts_its_own_verb(unread: Asker, question: str, word: str) -> None:
    reply = unread.answer(question)
    assert reply.answers == ()
    assert word in (reply.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Which Tessa-3 crew member had the medical concern?",
    "Which Tessa-3 crew member had a fever?",
    "Which crew member of Tessa-3 suffered the injury?",
    "Which Tessa-3 crew member stayed in the command module?",
])
def test_a_quality_the_graph_does_not_read_picks_no_crew_member(unread: Asker, question: str) -> None:
    reply = unread.answer(question)
    assert reply.answers == ()
    assert "do not understand" in (reply.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who awarded Lida Marsh the Star of Norvak?",
    "Who gave Marsh the Star of Norvak?",
    "Who awarded Pol Everly the title of Star of Norvak?",
])
def test_who_gave_something_is_not_who_else_received_it(unread: Asker, question: str) -> None:
    assert unread.answer(question).answers == ()


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Why did Lida Marsh fly on Tessa-3?",
    "Why was Lida Marsh selected?",
    "Why did Marsh ride the Kite capsule?",
])
def test_why_asks_a_reason_the_graph_does_not_record(unread: Asker, question: str) -> None:
    reply = unread.answer(question)
    assert reply.answers == ()


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many children do Lida Marsh and her husband have?",
    "How many children did Marsh and her husband have, according to the article?",
    "How many pets does Lida Marsh have, according to the report?",
])
def test_a_noun_counted_that_nothing_reads_is_not_counted(unread: Asker, question: str) -> None:
    reply = unread.answer(question)
    assert reply.answers == ()
    assert reply.template != "count"


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many women did the Norvak Space Agency select in 2011?",
    "How many women are in the Norvak Space Agency's class of 2011?",
])
def test_a_group_no_fact_tells_is_not_counted(unread: Asker, question: str) -> None:
    reply = unread.answer(question)
    assert reply.answers == ()
    assert "among the women" in (reply.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Which high school did Lida Marsh graduate from?", []),
    ("What secondary school did Marsh attend?", []),
    ("Which high school did Pol Everly go to?", ["Ardent Falls High School"]),
    ("Which university did Lida Marsh graduate from?", ["Grenholm University"]),  # the kind the name says
])
def test_a_high_school_is_no_university(unread: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(unread.answer(question))) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Who commanded Vesta 2?", []),  # a flight named after the station, unknown to the graph
    ("Who was the commander of Vesta 2?", []),
    ("Who commanded Vesta?", ["Lida Marsh"]),
    ("Who commanded Tessa-3?", ["Lida Marsh"]),
])
def test_a_numbered_name_the_graph_does_not_know_is_not_the_thing_it_is_named_after(
        unread: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(unread.answer(question))) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("How many articles mention Lida Marsh?", ["1"]),
    ("Which spacecraft carried Lida Marsh into Earth orbit?", ["Kite"]),  # where every flight goes
    ("Who flew on Tessa-3?", ["Jon Kade", "Lida Marsh", "Pol Everly"]),
    ("Who was awarded the Star of Norvak?", ["Lida Marsh", "Pol Everly"]),
    ("Who commanded Soyuz T-19?", ["Jon Kade"]),  # one name, parsed as two objects: no giver asked
])
def test_questions_whose_words_are_read_keep_their_answers(unread: Asker, question: str,
                                                           expected: list[str]) -> None:
    assert sorted(str(a.value) if a.kind == "count" else a.label
                  for a in unread.answer(question).answers) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("How long did Lida Marsh's spacewalks last in total?", ["82 hours"]),
    ("How much time did Marsh log in space?", ["216 hours and 42 minutes"]),
    ("How long did Lida Marsh's spacewalks last in total, in minutes?", ["4920 minutes"]),
])
def test_minutes_are_shown_as_reporters_give_them(unread: Asker, question: str, expected: list[str]) -> None:
    assert [a.label.split(" (")[0] for a in unread.answer(question).answers] == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("How many space missions has Pol Everly flown?", 4),  # "a veteran of four space missions"
    ("How many space flights did Jon Kade make?", 3),  # "his third and final space flight": all of them
    ("How many times has Kade flown?", 3),
])
def test_counts_of_flights_said_in_other_words(unread: Asker, question: str, expected: int) -> None:
    assert [a.value for a in unread.answer(question).answers] == [expected]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many astronauts did the Norvak Space Agency select in 2009?",  # the one the articles name
    "How many astronauts did the Norvak Space Agency select in 2011, the group Marsh was part of?",
    "How many astronauts did the Norvak Space Agency pick in 2009, the class of Jon Kade?",
])
def test_a_class_counted_from_one_name_or_without_its_year_is_no_count(unread: Asker, question: str) -> None:
    reply = unread.answer(question)
    assert reply.answers == ()
    assert reply.message


@pytest.mark.issue(11)
def test_a_class_of_a_year_is_named_not_counted(unread: Asker) -> None:
    reply = unread.answer("How many astronauts did the Norvak Space Agency select in 2011?")
    assert reply.answers == () and "they name 2" in (reply.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Who was the command module pilot of Tessa-3?", []),  # none stated: "command" in it is no commander
    ("Who was the lunar module pilot on Tessa-3?", []),
    ("Who was the commander of Tessa-3?", ["Lida Marsh"]),
    ("Who commanded Tessa-3?", ["Lida Marsh"]),
])
def test_a_role_of_several_words_is_not_a_shorter_one_inside_it(unread: Asker, question: str,
                                                                 expected: list[str]) -> None:
    assert sorted(labels(unread.answer(question))) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "words"), [
    ("Who commanded Tessa-3 after landing for medical checks?", ["medical", "checks"]),
    ("Which spacecraft did Lida Marsh ride after landing for rehabilitation?", ["rehabilitation"]),
    ("When was Lida Marsh selected when her family moved?", ["family"]),
    ("Who is Lida Marsh married to when her family emigrated from Norvak?", ["family"]),
])
def test_a_clause_whose_words_nothing_reads_is_not_dropped(unread: Asker, question: str, words: list[str]) -> None:
    """Whatever the template, an event clause with words no relation reads changes what is asked:
    the answer to the question without it is no answer to it, and the message names the words."""
    reply = unread.answer(question)
    assert reply.answers == ()
    assert all(f"“{w}”" in (reply.message or "") for w in words)


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Who commanded Tessa-3?", ["Lida Marsh"]),
    ("Who commanded Tessa-3 in the end?", ["Lida Marsh"]),  # a hedge that closes the question
    ("Which spacecraft did Lida Marsh ride after landing?", ["Kite"]),  # a clause of a verb alone
    ("Which spacecraft did Lida Marsh ride in the end?", ["Kite"]),
    ("When was Lida Marsh selected?", ["2011"]),
    ("Which agency exactly selected Jon Kade?", ["Norvak Space Agency"]),
])
def test_harmless_words_keep_the_answer(unread: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(unread.answer(question))) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who were the prime crew of Tessa-3?",
    "Who were the Tessa-3 prime crew?",
])
def test_a_word_that_narrows_the_noun_asked_is_not_dropped(unread: Asker, question: str) -> None:
    """ "The prime crew" is not "the crew": a qualifier nothing reads refuses the plain noun's answer."""
    reply = unread.answer(question)
    assert reply.answers == ()
    assert "“prime”" in (reply.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Who were the crew of Tessa-3?", ["Jon Kade", "Lida Marsh", "Pol Everly"]),
    ("Who were the Tessa-3 crew?", ["Jon Kade", "Lida Marsh", "Pol Everly"]),  # "the X crew" is the flight X
    ("Which orbital spacecraft did Lida Marsh ride?", ["Kite"]),  # describes, does not narrow
    ("Which historic spacecraft did Lida Marsh ride?", ["Kite"]),
])
def test_a_word_that_only_describes_the_noun_keeps_the_answer(unread: Asker, question: str,
                                                              expected: list[str]) -> None:
    assert sorted(labels(unread.answer(question))) == expected


@pytest.mark.issue(11)
def test_an_original_role_is_asked_without_failing(unread: Asker) -> None:
    """ "original" asks who was replaced among crewmates: a role is none, and the articles do not
    say this one changed (the question once failed, looking up replacements of no one)."""
    reply = unread.answer("What was Lida Marsh's original role on Tessa-3?")
    assert reply.answers == ()
    assert "commander" in (reply.message or "")
