"""`kg ask` is a thin shell over the same Answer that /api/ask serves."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from spacy.language import Language

from kg.store.oxigraph import OxigraphStore
from tests.factories import load_articles
from tests.fixtures import newsroom
from web.cli import cli


def test_kg_ask_prints_the_answer_and_its_source_or_json(tmp_path: Path, session_nlp_for_commands: Language) -> None:
    store = OxigraphStore(tmp_path / "data")
    newsroom.load(store)
    store.close()
    runner = CliRunner()
    base = ["--data-dir", str(tmp_path / "data"), "ask"]
    text = runner.invoke(cli, [*base, "Who commanded Expedition 44?"], catch_exceptions=False)
    assert text.exit_code == 0 and text.output.splitlines()[0] == "Gennady Padalka"
    assert "source: Padalka takes the all-time record [padalka-record]" in text.output
    data = json.loads(runner.invoke(cli, [*base, "--json", "When will Gennady Padalka return?"]).output)
    assert data["answers"][0]["value"] == "2015-09" and data["answers"][0]["planned"] is True
    assert list(data)[:5] == ["question", "answers", "sparql", "template", "sources"]
    missing = runner.invoke(cli, [*base, "Who is Yuri Gagarin?"])
    assert missing.exit_code == 1 and "Yuri Gagarin" in missing.output
    assert runner.invoke(cli, [*base, ""]).exit_code == 2


def test_kg_ask_prints_a_disagreement_with_the_sentences_of_each_value(
        tmp_path: Path, session_nlp_for_commands: Language) -> None:
    from tests.kg.questions import conflictroom

    store = OxigraphStore(tmp_path / "data")
    load_articles(store, conflictroom.ARTICLES)
    store.close()
    out = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "ask", "Who commanded Lyra-8?"]).output
    assert "The articles disagree; the sentences that state each value:" in out
    assert "Lyra-8 is commanded by Corin Vale." in out and "Edda Morn, who commanded Lyra-8" in out


def test_kg_ask_prints_an_answer_withheld_as_too_unsure_with_its_sentence(
        tmp_path: Path, session_nlp_for_commands: Language) -> None:
    from tests.kg.questions import doubtroom

    store = OxigraphStore(tmp_path / "data")
    load_articles(store, doubtroom.ARTICLES)
    store.close()
    base = ["--data-dir", str(tmp_path / "data"), "ask", "Where was Oda Ferren born?"]
    out = CliRunner().invoke(cli, base)
    assert out.exit_code == 1  # no answer
    assert "Not sure enough to answer; the sentences that suggest it:" in out.output
    assert "may have been born in Sallow" in out.output
    data = json.loads(CliRunner().invoke(cli, [*base, "--json"]).output)
    assert data["answers"] == [] and [w["label"] for w in data["withheld"]] == ["Sallow"]
