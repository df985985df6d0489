"""Questions about a life as an obituary tells it, over invented pages read by the real extractor:
what someone died of (akg:causeOfDeath, never their trade: "What did X die of?" is no "what does X
do"; "How did X die?" asks it too, never for the date), who their parents were ("Born on D, to A
and B"), which university they graduated from when the articles also name their high school (a
school whose name says it is none is left out, one whose name does not say stays), which
organisation they became the director of (a preposition left at the question's end reads the
inverse phrase, "director of"; "the first director" ranks that role, and asks for no first the
person holds), and an Arabic name said as the given and the father's name ("Karim bin Tariq")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.questions import Asker
from tests.fixtures.read import asker_for

_TEXT = (
    "Harlan Vostrey, astronaut, dies at 79\n\n"
    "WASHINGTON -- Harlan Vostrey, a former NASA astronaut, died yesterday of pancreatic cancer. He was 79.\n\n"
    "Born on June 2, 1950, to Peter Lund Vostrey and Martha Ann Keel in Fulton County, Ohio.\n\n"
    "Vostrey attended Blume High School. Following his graduation from Halvard College, Vostrey became "
    "a test pilot.\n\n"
    "In 1981 he became the first director of the Orland Space Museum.\n\n"
    "Astronaut Mia Sorn became director of the Halvard Space Museum in 1990.\n\n"
    "His crewmate, astronaut Dana Voss, died in 2020.\n"
)


@pytest.fixture(scope="module")
def lives(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    with asker_for(nlp, tmp_path_factory, _TEXT, "2031-07-24") as asker:
        yield asker


def labels(asker: Asker, question: str) -> list[str]:
    return [a.label for a in asker.answer(question).answers]


@pytest.mark.parametrize("question", [
    "What did Harlan Vostrey die of?",
    "What did Vostrey die from?",
    "What was Harlan Vostrey's cause of death?",
    "How did Harlan Vostrey die?",
])
def test_what_someone_died_of(lives: Asker, question: str) -> None:
    assert labels(lives, question) == ["pancreatic cancer"]


def test_a_death_without_a_cause_is_no_trade(lives: Asker) -> None:
    reply = lives.answer("What did Dana Voss die of?")
    assert reply.answers == ()
    assert "died of" in (reply.message or "")


def test_how_someone_died_is_no_date(lives: Asker) -> None:
    assert labels(lives, "When did Dana Voss die?") == ["2020"]
    assert labels(lives, "How did Dana Voss die?") == []
    assert labels(lives, "How old was Harlan Vostrey when he died?") == ["79 years"]


def test_yesterday_is_the_day_before_the_pages(lives: Asker) -> None:
    assert labels(lives, "When did Harlan Vostrey die?") == ["23 July 2031"]


def test_the_parents_a_birth_names(lives: Asker) -> None:
    assert sorted(labels(lives, "Who were Harlan Vostrey's parents?")) == ["Martha Ann Keel", "Peter Lund Vostrey"]


def test_a_university_beside_a_high_school(lives: Asker) -> None:
    assert labels(lives, "Which university did Harlan Vostrey graduate from?") == ["Halvard College"]
    assert labels(lives, "Which high school did Harlan Vostrey attend?") == ["Blume High School"]


@pytest.mark.parametrize("question", [
    "Which museum did Harlan Vostrey become director of?",
    "What was Harlan Vostrey the director of?",
    "Which museum did Harlan Vostrey become the first director of?",
])
def test_what_someone_became_the_director_of(lives: Asker, question: str) -> None:
    assert labels(lives, question) == ["Orland Space Museum"]


def test_who_directed_it(lives: Asker) -> None:
    assert labels(lives, "Who was the director of the Orland Space Museum?") == ["Harlan Vostrey"]


def test_a_rank_of_the_role_the_articles_do_not_give(lives: Asker) -> None:
    assert labels(lives, "Which museum did Mia Sorn become director of?") == ["Halvard Space Museum"]
    assert labels(lives, "Which museum was Mia Sorn the first director of?") == []


_ROYAL = ("Karim bin Tariq Al Fahad: astronaut profile\n\n"
          "Karim bin Tariq bin Nasser Al Fahad (born 27 June 1956) is a former air force pilot who flew as a "
          "payload specialist. Karim bin Tariq Al Fahad chairs the Fahadi space agency.\n")


@pytest.fixture(scope="module")
def royal(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    with asker_for(nlp, tmp_path_factory, _ROYAL, "2031-07-24") as asker:
        yield asker


def test_an_arabic_name_said_as_given_and_fathers_name(royal: Asker) -> None:
    assert labels(royal, "When was Karim bin Tariq born?") == ["27 June 1956"]


def test_a_fathers_name_that_is_not_the_first_after_the_given_name(royal: Asker) -> None:
    assert labels(royal, "When was Karim bin Nasser born?") == []
