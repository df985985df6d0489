""""When did A and B lift off aboard X?": a launch date the articles state of each of them
answers for both; the subject asked first, of whom the articles state no such date, leaves
the answer untied to them, and refused. Read from invented sentences by the real extractor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.questions import Asker
from tests.fixtures.read import asker_for

_TEXT = ("Ann Baker, the veteran of two flights, retired on Monday. "
         "On April 12, 2031, Baker and Carl Dunn lifted off from the Kennedy Space Center aboard the Space Shuttle "
         "Vesta on its maiden flight. "
         "Gil Hart, a flight director, watched the launches from Houston.")


@pytest.fixture(scope="module")
def trips(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    with asker_for(nlp, tmp_path_factory, _TEXT, "2040-06-10") as asker:
        yield asker


@pytest.mark.parametrize("question", [
    "When did Baker and Carl Dunn lift off aboard Vesta on its maiden flight?",
    "When did Ann Baker and Carl Dunn lift off aboard Vesta?",
    "When did Carl Dunn and Ann Baker launch?",
])
def test_a_date_stated_of_each_answers_for_all(trips: Asker, question: str) -> None:
    assert [a.label for a in trips.answer(question).answers] == ["12 April 2031"]


@pytest.mark.parametrize("question", [
    "When did Gil Hart and Carl Dunn launch?",
    "When did Gil Hart and Ann Baker lift off aboard Vesta?",
])
def test_the_subject_without_that_date_is_not_tied_to_it(trips: Asker, question: str) -> None:
    assert not trips.answer(question).answers
