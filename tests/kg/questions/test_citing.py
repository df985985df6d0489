"""What an answer cites (issue 13): one sentence per article, trimmed, under the article's
title, never under a text hash. Articles read from .txt files, as a user drops them in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.ingest import ingest
from kg.questions import Asker
from kg.sources import read_paths
from kg.store.oxigraph import OxigraphStore

pytestmark = pytest.mark.issue(13)

#: Invented people, each fact said more than once in one article and in several phrasings.
ARTICLES = {
    "headline.txt": "Ostrand Twins Share a Record\n\n"
                    "NASA astronaut Tavi Ostrand has spent 412 days in space.\n\n"
                    "Tavi Ostrand is the twin brother of Bram Ostrand, a retired astronaut.\n"
                    "Bram Ostrand stayed on Earth.\n\n"
                    "Tavi Ostrand and his twin brother Bram Ostrand trained together.\n\n\n",
    "dateline.txt": "HOUSTON \u2014 NASA astronaut Quill Marrow has spent 230 days in space.\n\n"
                    "Quill Marrow is the twin brother of Ives Marrow.  \n\n\n",
    "reporter.txt": "Capsule Lands in Steppe\n\nThe capsule of Ansel Brook landed on Friday. Tagesblick reporter "
                    "Lena Varga watched from a helicopter.\n",
}


@pytest.fixture(scope="module")
def asker(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    folder = tmp_path_factory.mktemp("citing")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = OxigraphStore(folder / "store")
    report = ingest(store, nlp, read_paths([str(folder)]))
    assert report.count("loaded") == len(ARTICLES), report.as_dict()
    yield Asker(store, nlp)
    store.close()


@pytest.mark.parametrize("question", ["Who is Tavi Ostrand's twin brother?", "Who is Bram Ostrand's twin?"])
def test_an_article_that_states_a_fact_twice_is_cited_once(asker: Asker, question: str) -> None:
    answer = asker.answer(question)
    assert [a.label for a in answer.answers] in (["Bram Ostrand"], ["Tavi Ostrand"])
    assert len(answer.sources) == len({s.article for s in answer.sources}) == 1
    (source,) = answer.sources
    assert source.title == "Ostrand Twins Share a Record"  # the .txt file's first line
    assert "twin brother" in source.sentence and "Ostrand Twins" not in source.sentence


def test_sentences_are_trimmed_and_untitled_articles_named_by_their_first_words(asker: Asker) -> None:
    for question in ("Who is Quill Marrow's twin brother?", "How many days has Quill Marrow spent in space?"):
        (source,) = asker.answer(question).sources
        assert source.sentence == source.sentence.strip() and "\n" not in source.sentence
        assert "Quill Marrow" in source.sentence and "HOUSTON" not in source.sentence
        assert source.article.startswith("sha256-")  # its address; but never its name:
        assert source.title is not None and source.title.startswith("NASA astronaut Quill Marrow has spent")
        assert "sha256" not in source.title and "HOUSTON" not in source.title


def test_sources_of_a_headline_article_never_start_with_the_headline(asker: Asker) -> None:
    (source,) = asker.answer("How many days has Tavi Ostrand spent in space?").sources
    assert source.sentence == "NASA astronaut Tavi Ostrand has spent 412 days in space."


def test_an_answer_resting_on_several_facts_of_one_article_cites_it_once(asker: Asker) -> None:
    answer = asker.answer("Who is Tavi Ostrand?")
    assert len(answer.answers) >= 3  # astronaut, employer, twin, days: facts from several sentences
    articles = [s.article for s in answer.sources]
    assert articles and len(articles) == len(set(articles))
    (headlined,) = [s for s in answer.sources if s.title == "Ostrand Twins Share a Record"]
    assert not headlined.sentence.startswith("Ostrand Twins")


def test_articles_given_as_answers_are_named_too(asker: Asker) -> None:
    answer = asker.answer("Which articles mention Quill Marrow?")
    (item,) = answer.answers
    assert item.kind == "article" and item.label.startswith("NASA astronaut Quill Marrow has spent")
    assert "sha256" not in item.label


@pytest.mark.parametrize("question", ["Which network does Lena Varga report for?",
                                      "What paper did Lena Varga report for?"])
def test_a_person_who_reports_is_not_asked_about_articles(asker: Asker, question: str) -> None:
    """"report" as the verb of a person asked about is no question about sources."""
    assert not any(a.kind == "article" for a in asker.answer(question).answers)


def test_reports_as_a_noun_still_ask_for_sources(asker: Asker) -> None:
    assert [a.kind for a in asker.answer("Which reports mention Quill Marrow?").answers] == ["article"]


def test_the_command_line_names_sources_by_title_and_shows_only_ids_that_mean_something(
        asker: Asker, capsys: pytest.CaptureFixture[str]) -> None:
    """`kg ask` prints an article read from a .txt file under its name, never its text hash."""
    from kg.cli import _print_answer

    for question in ("Who is Quill Marrow's twin brother?", "Who is Tavi Ostrand's twin brother?"):
        _print_answer(asker.answer(question).as_dict(), show_sparql=False)
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  source: ")]
    assert len(lines) == 2 and not any("sha256" in line for line in lines)
    assert lines[0].startswith("  source: NASA astronaut Quill Marrow has spent")
    assert lines[1].startswith("  source: Ostrand Twins Share a Record: ")
    named = {"article": "padalka-record", "title": "Padalka takes the record", "sentence": "..."}
    _print_answer({"answers": [], "sources": [named], "suggestions": []}, show_sparql=False)
    assert "  source: Padalka takes the record [padalka-record]: ..." in capsys.readouterr().out
