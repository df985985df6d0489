""""Which university did X attend?" is never answered by a school below a university whose name
holds the word ("Ochano University Senior High School"): the university the articles name
beside it answers, else none. "Which high school" is still answered by it. Invented names, read
by the real extractor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.questions import Asker
from tests.factories import labels
from tests.fixtures.read import asker_for

_TEXT = ("JAXA astronaut Nao Yamaki is from Matsudo, Japan. She is a graduate of Ochano University Senior "
         "High School. Ken Oda is a graduate of Ochano University Senior High School, and earned a degree "
         "from the University of Kyoto.")


@pytest.fixture(scope="module")
def schools(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    with asker_for(nlp, tmp_path_factory, _TEXT, "2010-03-01") as asker:
        yield asker


@pytest.mark.parametrize("question", [
    "Which university did Nao Yamaki attend?",
    "Which college did Nao Yamaki go to?",
])
def test_a_high_school_is_no_university(schools: Asker, question: str) -> None:
    assert labels(schools.answer(question)) == []


def test_the_university_beside_it_answers(schools: Asker) -> None:
    assert labels(schools.answer("Which university did Ken Oda attend?")) == ["University of Kyoto"]


def test_a_high_school_answers_for_a_high_school(schools: Asker) -> None:
    answer = schools.answer("Which high school did Nao Yamaki attend?")
    assert labels(answer) == ["Ochano University Senior High School"]
