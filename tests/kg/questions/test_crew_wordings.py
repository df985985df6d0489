"""People on a flight asked in the words people use: a crewmate as a "fellow crew member" or
someone who "flew alongside" X, a spacewalk partner by the verb said of the walk ("conducted",
"performed", "carried out a spacewalk with", "went outside with"), a seat by its role word, and
the near-misses: "Who went with X?" never answers with X's agency (the "with" of "Which agency
is X with?"), and "the command module" names a module, not the commander. A designation the
parser takes for a verb ("Who piloted Vesta-135?") is read as the name it is. "X's crewmates on
Y" are X's stated crewmates the articles put on Y, when they put X on Y too. A walk on the Moon
is answered by a partner stated in a sentence about the Moon, never by a spacewalk partner."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.questions import Asker
from kg.questions.text import parse_many


def _labels(seats: Asker, question: str) -> list[str]:
    return sorted(a.label for a in seats.answer(question).answers)


@pytest.mark.parametrize("question", [
    "Who was Drury's fellow crew member?",
    "Who were Ansel Drury's fellow crew members?",
    "Who were Drury's fellow crewmembers?",
    "Who were Drury's fellow crewmates?",
    "Who flew alongside Ansel Drury?",
    "Who flew with Drury?",
    "Who were Drury's crewmates?",
])
def test_crewmates_in_many_words(seats: Asker, question: str) -> None:
    assert _labels(seats, question) == ["Bex Tamm", "Oda Pell"]


@pytest.mark.parametrize("question", [
    "Who conducted a spacewalk with Oda Pell?",
    "Who performed a spacewalk with Pell?",
    "Who carried out a spacewalk with Pell?",
    "Who did Pell conduct a spacewalk with?",
    "Who went outside with Pell?",
    "Who ventured outside with Pell?",
    "Who did Pell go outside with?",
    "Who was Pell's spacewalk companion?",
    "Who was Pell's spacewalk partner?",
    "Who did Oda Pell spacewalk with?",
    "Who did a spacewalk with Pell?",
])
def test_a_spacewalk_partner_by_the_verb_of_the_walk(seats: Asker, question: str) -> None:
    assert _labels(seats, question) == ["Ansel Drury"]


@pytest.mark.parametrize("question", [
    "Who conducted the Corvid 19 mission?",
    "Who performed the Corvid 19 mission?",
])
def test_a_verb_of_doing_a_flight_is_no_crew(seats: Asker, question: str) -> None:
    assert _labels(seats, question) == []


@pytest.mark.parametrize("question", [
    "Who went with Pell?",
    "Who went outside with Pell?",
    "Who ventured outside with Pell?",
    "Who came with Pell?",
])
def test_who_went_with_someone_is_never_their_agency(seats: Asker, question: str) -> None:
    assert "Orbis Agency" not in _labels(seats, question)


@pytest.mark.parametrize(("question", "expected"), [
    ("Which agency is Pell with?", ["Orbis Agency"]),
    ("Who is Pell with?", ["Orbis Agency"]),
])
def test_the_agency_someone_is_with_still_answers(seats: Asker, question: str, expected: list[str]) -> None:
    assert _labels(seats, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Who commanded Corvid 19?", ["Ansel Drury"]),
    ("Who was the commander of Corvid 19?", ["Ansel Drury"]),
    ("Who was Corvid 19's commander?", ["Ansel Drury"]),
    ("Who was in command of Corvid 19?", ["Ansel Drury"]),
    ("Who was the command module pilot on Corvid 19?", ["Bex Tamm"]),
    ("Who was Corvid 19's lunar module pilot?", ["Oda Pell"]),
    ("Who was Drury's lunar module pilot on Corvid 19?", ["Oda Pell"]),
    ("Which Corvid 19 astronaut was the command module pilot?", ["Bex Tamm"]),
    ("Did Ansel Drury command Corvid 19?", ["yes"]),
    ("Did Ulla Brin command Vesta-135?", ["yes"]),
])
def test_a_seat_by_its_role(seats: Asker, question: str, expected: list[str]) -> None:
    assert _labels(seats, question) == expected


@pytest.mark.parametrize("question", [
    "Who flew the command module on Corvid 19?",
    "Who piloted the command module on Corvid 19?",
])
def test_the_command_module_is_no_command(seats: Asker, question: str) -> None:
    assert _labels(seats, question) != ["Ansel Drury"]


def test_a_designation_read_as_a_verb_is_parsed_as_a_name(nlp: Language) -> None:
    question = "Who piloted Vesta-135?"
    assert any(t.text == "Vesta-135" and t.pos_ in ("VERB", "AUX") for t in nlp(question))  # the model's misreading
    words = {t.text: t for t in parse_many(nlp, [question])[0]}
    assert (words["piloted"].pos, words["piloted"].lemma, words["piloted"].dep) == ("VERB", "pilot", "ROOT")
    assert (words["Vesta-135"].pos, words["Vesta-135"].lemma) == ("PROPN", "vesta-135")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who piloted Vesta-135?", ["Tam Okoro"]),
    ("Who commanded Vesta-135?", ["Ulla Brin"]),
    ("Who was the pilot of Vesta-135?", ["Tam Okoro"]),
    ("Who flew on Vesta-135?", ["Tam Okoro", "Ulla Brin"]),
])
def test_a_seat_of_a_flight_the_parser_misreads(seats: Asker, question: str, expected: list[str]) -> None:
    assert _labels(seats, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Who were Renn's crewmates on Corvid 21?", ["Lia Okafor"]),
    ("Who was Ivo Renn's crewmate on Corvid 22?", ["Ren Sato"]),
    ("Who accompanied Renn on Corvid 22?", ["Ren Sato"]),
    ("Who were Renn's fellow crew members on Corvid 21?", ["Lia Okafor"]),
    ("Who flew with Renn on Corvid 21?", ["Lia Okafor"]),
    ("Who were Renn's crewmates?", ["Lia Okafor", "Ren Sato"]),
    ("Who were Okafor's crewmates on Corvid 22?", []),
    ("Who were Sato's crewmates on Corvid 21?", []),
])
def test_crewmates_on_a_flight_the_articles_crew(seats: Asker, question: str, expected: list[str]) -> None:
    assert _labels(seats, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Who walked on the Moon with Kato Varga?", ["Nils Ode"]),
    ("Who was Varga's moonwalk partner?", ["Nils Ode"]),
    ("Who walked on the lunar surface with Ode?", ["Kato Varga"]),
    ("Who walked on the Moon with Pell?", []),
    ("Who was Pell's moonwalk partner?", []),
    ("Who walked in space with Pell?", ["Ansel Drury"]),
])
def test_a_walk_on_the_moon(seats: Asker, question: str, expected: list[str]) -> None:
    assert _labels(seats, question) == expected
