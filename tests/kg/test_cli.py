"""The kg command's wiring: options reach the library, errors become messages and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from web.cli import cli

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def kg(tmp_path: Path, session_nlp_for_commands: Language):  # type: ignore[no-untyped-def]
    runner = CliRunner()

    def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--data-dir", str(tmp_path / "data"), *args], input=input, catch_exceptions=False)

    return run


def test_ingest_then_stats_counts_the_articles(kg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.json"
    article.write_text(json.dumps({"id": "a1", "title": "T", "text": "Scott Kelly flew to the station."}))
    result = kg("ingest", "--quiet", str(article))
    assert result.exit_code == 0, result.output
    stats = json.loads(kg("stats", "--json").output)
    assert stats["articles"] == 1 and stats["triples"] > 0


def test_a_missing_input_is_named_and_exits_1(kg) -> None:  # type: ignore[no-untyped-def]
    result = kg("ingest", "--quiet", "no/such/file.txt")
    assert result.exit_code == 1
    assert "no/such/file.txt" in result.output


def test_a_bad_query_prints_the_parser_message_and_exits_2(kg) -> None:  # type: ignore[no-untyped-def]
    result = kg("query", "SELECT ?x WHERE { ?x ")
    assert result.exit_code == 2
    assert "invalid SPARQL" in result.output


def test_query_formats(kg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    article.write_text("Scott Kelly flew to the International Space Station.")
    kg("ingest", "--quiet", str(article))
    table = kg("query", "SELECT ?a WHERE { ?a a akg:Article }")
    assert table.exit_code == 0 and "art:" in table.output
    as_json = json.loads(kg("query", "--format", "json", "SELECT ?a WHERE { ?a a akg:Article }").output)
    assert len(as_json["results"]["bindings"]) == 1
    csv = kg("query", "--format", "csv", "SELECT ?a WHERE { ?a a akg:Article }").output
    assert csv.splitlines()[0].strip() == "a"


def test_export_and_import_round_trip(kg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    article.write_text("Scott Kelly flew to the International Space Station.")
    kg("ingest", "--quiet", str(article))
    dump = tmp_path / "dump.nq"
    assert kg("export", "-o", str(dump)).exit_code == 0
    runner = CliRunner()
    result = runner.invoke(cli, ["--data-dir", str(tmp_path / "copy"), "import", str(dump)])
    assert result.exit_code == 0, result.output
    copy = runner.invoke(cli, ["--data-dir", str(tmp_path / "copy"), "export"]).output
    assert sorted(copy.splitlines()) == sorted(dump.read_text().splitlines())


def test_an_unknown_import_format_is_a_usage_error(kg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    odd = tmp_path / "dump.xyz"
    odd.write_text("")
    result = kg("import", str(odd))
    assert result.exit_code == 2 and "--format" in result.output


@pytest.mark.issue(12)
def test_ingest_reports_a_broken_article_and_loads_the_rest(kg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    names = ["Ann Baker", "Tom Reyes", "Lena Ortiz", "Raj Patel", "Mia Chen"]
    lines = [json.dumps({"id": f"crew-{i}", "text": f"{name} flew to the station in 201{i}."})
             for i, name in enumerate(names)]
    lines[2] = lines[2].replace("flew", "flew \\ud800")  # the JSON escape of a lone surrogate
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = kg("ingest", "--quiet", str(feed))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "line 3" in result.output and "lone surrogate" in result.output
    assert "loaded 4" in result.output
    assert json.loads(kg("stats", "--json").output)["articles"] == 4
