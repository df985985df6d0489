"""Measured confidences (extract.calibration, benchmarks/calibrate.py): the table is read back as
written, smooths small counts toward the rule's own figure, caps rules it never measured, and
the script that writes it counts right and wrong facts of invented articles against their gold."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.calibration import PRIOR_WEIGHT, TABLE, Calibration, Counts, read, table

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def calibrate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("calibrate", ROOT / "benchmarks" / "calibrate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["calibrate"] = module
    spec.loader.exec_module(module)
    return module


def test_a_written_table_reads_back(tmp_path: Path, calibrate: ModuleType) -> None:
    made = Calibration({("frames/1:launch", "launchDate"): Counts(40, 38), ("relations/1:kin", "spouse"): Counts(3, 1)},
                       unmeasured=0.9)
    path = tmp_path / "table.json"
    path.write_text(calibrate.text(made), encoding="utf-8")
    assert read(path) == made
    assert len(path.read_text().splitlines()) == 4  # a header line, one per rule, a closing line


def test_many_facts_outweigh_the_prior_and_few_do_not() -> None:
    measured = Calibration({("r/1:many", "p"): Counts(400, 200), ("r/1:few", "p"): Counts(1, 0)}, unmeasured=0.9)
    assert measured.confidence("r/1:many", "p", 0.9) == pytest.approx(0.5, abs=0.01)
    few = measured.confidence("r/1:few", "p", 0.9)
    assert few == pytest.approx(PRIOR_WEIGHT * 0.9 / (PRIOR_WEIGHT + 1), abs=0.001)
    assert 0.5 < few < 0.9


def test_an_unmeasured_rule_is_trusted_no_more_than_the_measured_facts() -> None:
    measured = Calibration({("r/1:one", "p"): Counts(10, 10)}, unmeasured=0.8)
    assert measured.confidence("r/1:new", "p", 0.95) == 0.8
    assert measured.confidence("r/1:new", "p", 0.6) == 0.6
    assert measured.confidence("r/1:one", "other", 0.95) == 0.8  # measured for another predicate only


def test_no_table_leaves_the_rules_figures(tmp_path: Path) -> None:
    assert read(tmp_path / "absent.json").confidence("r/1:x", "p", 0.7) == 0.7


def test_the_shipped_table_covers_the_common_rules() -> None:
    shipped = table()
    assert TABLE.exists() and 0.5 < shipped.unmeasured <= 1
    assert sum(c.facts for c in shipped.counts.values()) >= 500
    assert all(0 <= c.right <= c.facts for c in shipped.counts.values())


GOLDEN = [
    {"id": "t1", "title": "Varnik returns", "published": "2031-05-02",
     "text": "Astronaut Dela Varnik, 44, landed in Kazakhstan on Tuesday. Varnik was born in Tessby.",
     "gold": [["Dela Varnik", "age", "44"], ["Dela Varnik", "birthPlace", "Tessby"]]},
    {"id": "t2", "title": "Orlan Petrash retires", "published": "2031-06-10",
     "text": "Orlan Petrash, 51, is married to Mira Petrash. Petrash was born in Velmark.",
     "gold": [["Orlan Petrash", "age", "51"]]},  # his birthplace and spouse are left out of the gold
]


def test_the_script_counts_facts_against_the_gold(nlp: Language, calibrate: ModuleType, tmp_path: Path) -> None:
    measured = calibrate.measure(nlp, GOLDEN)
    ages = [c for (rule, predicate), c in measured.counts.items() if predicate == "age"]
    assert sum(c.facts for c in ages) == 2 and sum(c.right for c in ages) == 2
    births = [c for (_, predicate), c in measured.counts.items() if predicate == "birthPlace"]
    assert sum(c.facts for c in births) == 2 and sum(c.right for c in births) == 1
    total = sum(c.facts for c in measured.counts.values())
    right = sum(c.right for c in measured.counts.values())
    assert measured.unmeasured == round(right / total, 3) < 1
    assert all(":" in rule for rule, _ in measured.counts)  # counted per rule, not per component


def test_the_script_refuses_the_frozen_set(calibrate: ModuleType) -> None:
    with pytest.raises(ValueError):
        calibrate.load("news-test")


def test_facts_carry_their_rule_and_its_measured_confidence(nlp: Language) -> None:
    (done,) = extract(nlp, [Article(GOLDEN[0]["text"], "Varnik returns", None, "2031-05-02", "t1")])  # type: ignore[arg-type]
    shipped = table()
    for fact in done.facts:
        rule = fact.evidence.extractor
        assert ":" in rule
        seen = shipped.counts.get((rule, fact.predicate))
        if seen is not None and seen.facts >= 20:  # well measured: near its precision, whatever its prior
            assert fact.evidence.confidence == pytest.approx(seen.right / seen.facts, abs=0.1)
    assert json.loads(TABLE.read_text())["rules"]
