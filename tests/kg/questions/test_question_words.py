"""Words of a question the engine must not skip (tests/kg/questions/wordroom.py: invented names,
hand-declared facts): numbered names spelt a little wrong, verbs no relation reads, a rank stated
in another sentence, and clauses the engine cannot read."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from kg.questions.clauses import without_source


@pytest.mark.parametrize(("question", "expected", "written"), [
    ("Who commanded Corvd 16?", "Mara Quell", "Corvd 16"),
    ("Who was the commander of Corvit 15?", "Ilse Brandvik", "Corvit 15"),
    ("Who commanded Covid 16?", "Mara Quell", "Covid 16"),
    ("Who was the commander of Corvidd 16?", "Mara Quell", "Corvidd 16"),
    ("Who flew on Corvd 18?", "Wes Ando", "Corvd 18"),
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


@pytest.mark.parametrize(("question", "verb"), [
    ("Who heads the Corvid 16 crew?", "heads"),
    ("Who commanded the Corvid 17 crew?", "commanded"),  # no commander stated: the crew is no answer
    ("Who leads the Corvid 17 crew?", "leads"),
    ("Who heads the Corvid 17 crew?", "heads"),
    ("Who led the Corvid 17 crew?", "led"),
])
def test_a_verb_whose_relation_found_nothing_is_not_answered_by_its_objects_noun(words: Asker, question: str,
                                                                                 verb: str) -> None:
    """The crew of a flight names the flight, so its crew is never read as the answer; the
    reply still says what was asked."""
    answer = words.answer(question)
    assert answer.answers == () and verb in (answer.message or "")


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


@pytest.mark.parametrize("question", [
    "Who will be the first Ardenian commander of Tern station?",
    "Who will be Tern station's first Ardenian commander?",
    "Which astronaut will be the first Ardenian commander of Tern station?",
    "Who will become the first Ardenian commander of Tern station?",
    "Who will be the first Ardenian commander of the Tern station?",
])
def test_a_rank_stated_in_another_sentence_of_the_article_answers(words: Asker, question: str) -> None:
    """Ferrant's command rests on "Nadia Ferrant will command Tern station"; the next sentence of the
    same article makes her "the first Ardenian one to take command" of it."""
    assert [a.label for a in words.answer(question).answers] == ["Nadia Ferrant"]


@pytest.mark.parametrize("question", [
    "Who will be the first commander of Tern station?",  # her rank is among Ardenians only
    "Who was the first Ardenian commander of Tern station?",  # Averin is first to walk, Marr second
    "Who is the first Ardenian commander of Tern station?",
])
def test_a_rank_of_another_noun_or_scope_is_no_rank(words: Asker, question: str) -> None:
    answer = words.answer(question)
    assert answer.answers == () and "first" in (answer.message or "")


def test_a_rank_said_of_the_noun_picks_one_of_several(words: Asker) -> None:
    """Marr is "the second Ardenian to command Tern station"; Averin commanded it too."""
    assert {a.label for a in words.answer("Who commanded Tern station?").answers} == {"Pol Averin", "Lio Marr"}
    assert [a.label for a in words.answer("Who was the second Ardenian commander of Tern station?").answers] == [
        "Lio Marr"]


@pytest.mark.parametrize(("question", "clause"), [
    ("Which capsule carried Ilse Brandvik when she became the first Ardenian in orbit?",
     "when she became the first Ardenian in orbit"),
    ("Which capsule took Ilse Brandvik up as she became the first Ardenian in orbit?",
     "as she became the first Ardenian in orbit"),
    ("Which capsule did Ilse Brandvik pilot on the program's last flight?", "on the program's last flight"),
    ("Which capsule did Ilse Brandvik fly during her final mission?", "during her final mission"),
    ("Which capsule did Ilse Brandvik fly on her last flight?", "on her last flight"),
])
def test_a_clause_not_read_is_dropped_when_one_answer_is_left_and_the_answer_says_so(
        words: Asker, question: str, clause: str) -> None:
    answer = words.answer(question)
    assert [a.label for a in answer.answers] == ["Heron 3"]
    assert f"“{clause}”" in (answer.message or "") and "not used" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Who was the commander of Corvid 16 quoted after the launch?",
    "Who was the commander of Corvid 16 interviewed after the launch?",
    "Who was the commander of Corvid 16 speaking at the press conference?",
])
def test_a_phrase_that_only_places_a_speaker_is_dropped_when_one_answer_is_left(words: Asker, question: str) -> None:
    assert [a.label for a in words.answer(question).answers] == ["Mara Quell"]


def test_a_phrase_that_places_a_speaker_is_kept_when_more_than_one_answer_is_left(words: Asker) -> None:
    assert words.answer("Who was the commander of Tern station quoted after the handover?").answers == ()


@pytest.mark.parametrize(("question", "expected"), [
    ("Which capsule did Ilse Brandvik ride, according to the article?", "Heron 3"),
    ("According to the report, who commanded Corvid 15?", "Ilse Brandvik"),
    ("Who commanded Corvid 16, as the story says?", "Mara Quell"),
    ("Who commanded Corvid 16 according to these articles?", "Mara Quell"),
])
def test_a_clause_that_names_the_articles_as_the_source_restricts_nothing(
        words: Asker, question: str, expected: str) -> None:
    answer = words.answer(question)
    assert [a.label for a in answer.answers] == [expected]
    assert "not used" not in (answer.message or "") and answer.question == question


@pytest.mark.parametrize(("question", "bare"), [
    ("How old is Ana Voss according to the article?", "How old is Ana Voss?"),
    ("In the story, who flew Orion 4?", "Who flew Orion 4?"),
    ("When did Voss fly, as stated in the report?", "When did Voss fly?"),
    ("Where was Ana Voss born, according to NASA?", "Where was Ana Voss born, according to NASA?"),
    ("Which astronauts are named in the article?", "Which astronauts are named in the article?"),
    ("What is in the report?", "What is in the report?"),
    ("Who wrote the article?", "Who wrote the article?"),
])
def test_only_a_clause_of_the_articles_as_source_is_dropped(question: str, bare: str) -> None:
    assert without_source(question) == bare


@pytest.mark.parametrize("question", [
    "Which capsule did Tobin Sarr fly on the program's last flight?",  # Heron 4 and Heron 5
    "Which capsule carried Tobin Sarr when he flew for the last time?",
    "When did Corvid 16 launch on its last flight?",  # a date changes with the occasion
])
def test_a_clause_not_read_is_kept_when_more_than_one_answer_or_a_date_is_left(words: Asker, question: str) -> None:
    assert words.answer(question).answers == ()


@pytest.mark.parametrize("question", [
    "Which Corvid 17 passenger had flown to space before?",
    "Who on Corvid 17 had flown before?",
    "Which Corvid 17 crew member had already flown?",
    "Which Corvid 17 astronaut had previously flown?",
    "Which Corvid 17 passenger had been to space before?",
])
def test_the_crew_of_a_flight_who_flew_an_earlier_one(words: Asker, question: str) -> None:
    """Sarr was on Corvid 16 before; Ando's other flight came later, Ott's is only planned."""
    answer = words.answer(question)
    assert [a.label for a in answer.answers] == ["Tobin Sarr"] and answer.template == "flown-before"
    assert "Corvid 16" in (answer.message or "")


@pytest.mark.parametrize("question", ["Who on Corvid 16 had flown before?",
                                      "Which Corvid 16 passenger had flown before?"])
def test_a_later_flight_is_no_earlier_one(words: Asker, question: str) -> None:
    """Sarr flew Corvid 17 after Corvid 16, whose other crew flew nothing else."""
    assert words.answer(question).answers == ()
