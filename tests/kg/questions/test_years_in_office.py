"""An office told with the years it was held ("A was chief of the astronaut office from 1990 to
1994", "served as director between 2005 and 2011", "A, the agency's administrator from 2009 to
2017,") answers who held it in a year of that span, never who holds it now (kg/questions/titles.py,
extract/rules/careers.py). Read from invented sentences by the real extractor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from extract import Article, extract
from kg.ingest import graph_for
from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore

_TEXT = ("Ivo Lind was chief of the astronaut office from 1990 to 1994. Tam Rook served as director of the "
         "Orla Space Center between 2005 and 2011. Ada Venn, the Orla Space Agency's administrator from 2009 to "
         "2017, spoke at the launch.")


@pytest.fixture(scope="module")
def office(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    store = OxigraphStore(Path(tmp_path_factory.mktemp("years_in_office")) / "store")
    try:
        store.write([graph_for(store, e) for e in extract(nlp, [Article("Report\n\n" + _TEXT,
                                                                        published="2031-05-05", id="held")])])
        yield Asker(store, nlp)
    finally:
        store.close()


@pytest.mark.parametrize(("question", "wanted"), [
    ("Who was chief of the astronaut office in 1992?", ["Ivo Lind"]),
    ("Who was chief of the astronaut office in 1990?", ["Ivo Lind"]),
    ("Who was director of the Orla Space Center in 2008?", ["Tam Rook"]),
    ("Who was the director of the Orla Space Center in 2005?", ["Tam Rook"]),
    ("Who was the Orla Space Agency administrator in 2010?", ["Ada Venn"]),
    ("Who was the administrator of the Orla Space Agency in May 2016?", ["Ada Venn"]),
    ("Who headed the Orla Space Agency in 2011?", ["Ada Venn"]),
    ("Who was the Orla Space Agency administrator?", ["Ada Venn"]),  # the past, undated: every holder
])
def test_an_office_answers_for_the_years_it_was_held(office: Asker, question: str, wanted: list[str]) -> None:
    assert [a.label for a in office.answer(question).answers] == wanted


@pytest.mark.parametrize("question", [
    "Who is the chief of the astronaut office?",
    "Who is director of the Orla Space Center?",
    "Who is the current director of the Orla Space Center?",
    "Who is the Orla Space Agency administrator?",
    "Who heads the Orla Space Agency?",
    "Who was chief of the astronaut office in 1995?",  # after the span
    "Who was director of the Orla Space Center in 2012?",
    "Who was the Orla Space Agency administrator in 2008?",  # before it
])
def test_an_office_held_in_years_answers_neither_now_nor_outside_them(office: Asker, question: str) -> None:
    assert office.answer(question).answers == ()


@pytest.mark.parametrize(("question", "wanted"), [
    ("What was Ada Venn's job title?", ["administrator"]),
    ("What was Tam Rook's position?", ["director"]),
    ("What is Ada Venn's job title?", []),  # held from 2009 to 2017: not the title now
    ("What is Ada Venn's job?", []),
    ("What position does Tam Rook hold?", []),
])
def test_a_title_held_in_past_years_is_what_was_not_what_is(office: Asker, question: str,
                                                            wanted: list[str]) -> None:
    assert [a.label for a in office.answer(question).answers] == wanted


@pytest.fixture(scope="module")
def named_office(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    """The office named in capitals, so the graph holds it as an organisation."""
    store = OxigraphStore(Path(tmp_path_factory.mktemp("named_office")) / "store")
    try:
        text = "Report\n\nIvo Lind was Chief of the Astronaut Office from 1990 to 1994."
        store.write([graph_for(store, e) for e in extract(nlp, [Article(text, published="2031-05-05", id="c")])])
        yield Asker(store, nlp)
    finally:
        store.close()


@pytest.mark.parametrize(("question", "wanted"), [
    ("Who was chief of the astronaut office in 1992?", ["Ivo Lind"]),  # "chief" read as an adjective
    ("Who was Chief of the Astronaut Office in 1992?", ["Ivo Lind"]),
    ("Who was chief of the astronaut office in 1996?", []),
    ("Who is the chief of the astronaut office?", []),
    ("Who is chief of the Astronaut Office?", []),
])
def test_an_office_named_as_an_organisation_answers_for_its_years(named_office: Asker, question: str,
                                                                  wanted: list[str]) -> None:
    assert [a.label for a in named_office.answer(question).answers] == wanted


@pytest.fixture(scope="module")
def disputed(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    """One article gives a span; another, of a year in it, names someone else in the office."""
    store = OxigraphStore(Path(tmp_path_factory.mktemp("disputed_office")) / "store")
    try:
        articles = [Article("Report\n\nAda Venn was NASA administrator from 2009 to 2017.",
                            published="2031-05-05", id="span"),
                    Article("Launch\n\nNASA Administrator Bo Kestrel spoke on Monday.",
                            published="2010-03-05", id="dated")]
        store.write([graph_for(store, e) for e in extract(nlp, articles)])
        yield Asker(store, nlp)
    finally:
        store.close()


def test_a_span_and_another_holder_dated_in_it_are_no_answer(disputed: Asker) -> None:
    """Two holders of one office at one time: the articles disagree, and no one is given."""
    answer = disputed.answer("Who was NASA administrator in 2010?")
    assert [a.label for a in answer.answers] == []
    assert "disagree" in (answer.message or "")
