"""The question benchmark's scorer (benchmarks/qa_eval.py): fair to lists and to profiles."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def qa_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qa_eval", ROOT / "benchmarks" / "qa_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("qa_eval", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_wrong_answer_in_a_list_costs_precision(qa_eval: ModuleType) -> None:
    assert qa_eval.score(["Scott Kelly"], [["Scott Kelly"], ["Mark Kelly"]]) == (0.5, 1.0, pytest.approx(2 / 3))


def test_a_description_is_judged_on_the_facts_it_must_state(qa_eval: ModuleType) -> None:
    profile = [["is a person"], ["public affairs officer"], ["NASA"], ["Scott Kelly"]]
    assert qa_eval.score(["public affairs officer", "NASA", "Scott Kelly"], profile, "description") == (1, 1, 1)
    assert qa_eval.score(["NASA", "Tula"], profile, "description") == (0.5, 0.5, 0.5)
    buried = [[f"fact {i}"] for i in range(qa_eval.GLANCE)] + [["NASA"]]
    assert qa_eval.score(["NASA"], buried, "description") == (0, 0, 0)


def test_withholding_answers_below_a_confidence_floor_is_measured(qa_eval: ModuleType) -> None:
    Given, Judged = qa_eval.Given, qa_eval.Judged
    judged = [Judged(("Ilse Marrow",), (Given(("Ilse Marrow",), 0.9), Given(("Dara Quill",), 0.5)), "list"),
              Judged(("Kestow",), (Given(("Harlby",), 0.55),), "place"),
              Judged(("yes",), (Given((True,), None),), "yesno")]
    everything, sure = qa_eval.summary(judged), qa_eval.summary(judged, 0.6)
    assert (everything.given, everything.right) == (4, 2) and everything.answered == 3
    assert (sure.given, sure.right) == (2, 2) and sure.answered == 2  # an answer without a confidence stays
    assert sure.right_share == 1 > everything.right_share and sure.f1 > everything.f1
    split = qa_eval.confidence_split(judged, 0.6)
    assert "high 1.000 (1 of 1)" in split and "low 0.000 (0 of 2)" in split and "none 1.000 (1 of 1)" in split
