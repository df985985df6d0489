"""Every hand-written article set and question set has the shape the benchmarks read.

Only the format is checked (keys, known predicates, ISO dates, question fields), never what
the articles or questions say: the frozen test set must stay unread by tests that could be
tuned to it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*/*.json"))
QUESTION_FILES = sorted((ROOT / "benchmarks" / "qa").glob("*.jsonl"))

# Predicates the corpus spec adds for reporting (spacewalks, landings, roles, capsules).
REPORTING = {"landingSite", "hometown", "spacewalkCount", "spacewalkDuration", "spacewalkDate",
             "crewRole", "craftType"}
DATES = {"birthDate", "deathDate", "launchDate", "returnDate", "retirementDate", "spacewalkDate", "selectionDate"}
ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _ontology_properties() -> set[str]:
    graph = Graph().parse(ROOT / "ontology" / "astrokg.ttl", format="turtle")
    names = set()
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in graph.subjects(RDF.type, kind):
            names.add(str(prop).rsplit("#", 1)[-1])
    return names


KNOWN = _ontology_properties() | REPORTING


def test_there_are_article_and_question_sets() -> None:
    assert ARTICLES and QUESTION_FILES


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_article_has_the_benchmark_shape(path: Path) -> None:
    article = json.loads(path.read_text(encoding="utf-8"))
    assert {"id", "title", "published", "text", "gold"} <= set(article)
    assert all(isinstance(article[k], str) and article[k] for k in ("id", "title", "text"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", article["published"])
    for row in article["gold"]:
        assert len(row) in (3, 4) and all(isinstance(part, str) and part for part in row), row
        assert row[1] in KNOWN, f"unknown predicate {row[1]!r}"
        if len(row) == 4:
            assert row[3] == "planned", row
        if row[1] in DATES:
            assert ISO_DATE.fullmatch(row[2]), row


def test_article_ids_are_unique_within_a_set() -> None:
    seen: dict[tuple[str, str], Path] = {}
    for path in ARTICLES:
        key = (path.parent.name, json.loads(path.read_text(encoding="utf-8"))["id"])
        assert key not in seen, f"{path} repeats the id of {seen[key]}"
        seen[key] = path


@pytest.mark.parametrize("path", QUESTION_FILES, ids=lambda p: p.name)
def test_question_lines_have_the_benchmark_shape(path: Path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines
    for line in lines:
        question = json.loads(line)
        assert isinstance(question["q"], str) and question["q"].strip()
        assert isinstance(question["answers"], list)
        assert all(isinstance(answer, str) for answer in question["answers"])
        assert isinstance(question["kind"], str) and question["kind"]
