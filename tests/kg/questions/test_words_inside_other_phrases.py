"""A relation read from only part of the question's words, or from the question word alone,
is not the one asked: "Who worked outside Station-9 with X?" asks for a crewmate, not for X's
employer ("worked" is a part of "worked with"); "What illness did X have?" asks for what the
noun names, not X's occupation ("what ... did" is no phrase of it); "What is X's rank?" asks
the title an article gives ("Army colonel"). Invented names."""

from __future__ import annotations

import pytest

from extract.facts import Extraction, Literal
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over

_TEXT = ("Ana Velt retired in 1993 from the Kestrel Air Force. Velt is a pilot. "
         "Ana Velt flew with Ivo Sarn on Orion-7.")


def _build() -> Extraction:
    b = ExtractionBuilder(_TEXT, id="velt", published="2014-07-25", title="Velt retires")
    b.entity("Ana Velt", "Astronaut")
    b.entity("Ivo Sarn", "Astronaut")
    b.entity("Kestrel Air Force", "Organization")
    b.entity("Station-9", "SpaceStation")
    b.fact("Ana Velt", "employer", "Kestrel Air Force", evidence="retired in 1993 from the Kestrel Air Force")
    b.fact("Ana Velt", "occupation", Literal("pilot"), evidence="Velt is a pilot")
    b.fact("Ana Velt", "jobTitle", Literal("colonel"), evidence="retired in 1993")
    return b.build()


ask = asker_over(_build)


@pytest.mark.parametrize("question", [
    "Who worked outside Station-9 with Ana Velt?",
    "Who worked with Ana Velt?",
    "who worked alongside Velt on Orion-7?",
])
def test_working_with_someone_asks_for_a_person_not_an_employer(ask: Asker, question: str) -> None:
    assert "Kestrel Air Force" not in [a.label for a in ask.answer(question).answers]


@pytest.mark.parametrize("question", ["Who did Ana Velt work for?", "Where does Velt work?"])
def test_working_for_still_asks_for_the_employer(ask: Asker, question: str) -> None:
    assert [a.label for a in ask.answer(question).answers] == ["Kestrel Air Force"]


@pytest.mark.parametrize("question", [
    "What illness did Ana Velt suffer from?",
    "What disease does Velt have?",
    "What medal did Ana Velt receive?",
])
def test_a_noun_after_what_is_not_the_occupation(ask: Asker, question: str) -> None:
    assert "pilot" not in [a.label for a in ask.answer(question).answers]


@pytest.mark.parametrize("question", ["What does Ana Velt do?", "What is Velt's occupation?"])
def test_the_occupation_is_still_asked_plainly(ask: Asker, question: str) -> None:
    assert [a.label for a in ask.answer(question).answers] == ["pilot"]


@pytest.mark.parametrize("question", ["What is Ana Velt's rank?", "What rank does Velt hold?"])
def test_a_rank_is_the_title(ask: Asker, question: str) -> None:
    assert [a.label for a in ask.answer(question).answers] == ["colonel"]
