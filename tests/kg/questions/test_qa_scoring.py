"""The question benchmark's scorer (benchmarks/qa_eval.py): fair to lists and to profiles."""

from __future__ import annotations

import importlib.util
import json
import re
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


def test_an_entity_is_one_thing_whose_expected_texts_are_its_spellings(qa_eval: ModuleType) -> None:
    spellings = ["Mike Hopkins", "Michael Hopkins"]
    assert qa_eval.score(spellings, [["Michael Hopkins"]], "entity") == (1, 1, 1)
    assert qa_eval.score(spellings, [["Michael Hopkins"], ["Victor Glover"]], "entity")[0] == 0.5
    assert qa_eval.score(spellings, [["Victor Glover"]], "entity") == (0, 0, 0)
    assert qa_eval.score(["Stanford University", "Stanford"], [["Stanford"]], "place") == (1, 1, 1)
    assert qa_eval.score(spellings, [["Michael Hopkins"]], "list")[1] == 0.5  # a list wants each
    assert qa_eval.score(["Vell, Norland"], [["Vell"]], "place") == (1, 1, 1)  # the place, less qualified
    assert qa_eval.score(["Vell, Norland"], [["Norland"]], "place") == (0, 0, 0)


def test_a_description_is_judged_on_the_facts_it_must_state(qa_eval: ModuleType) -> None:
    profile = [["is a person"], ["public affairs officer"], ["NASA"], ["Scott Kelly"]]
    assert qa_eval.score(["public affairs officer", "NASA", "Scott Kelly"], profile, "description") == (1, 1, 1)
    assert qa_eval.score(["NASA", "Tula"], profile, "description") == (0.5, 0.5, 0.5)
    buried = [[f"fact {i}"] for i in range(qa_eval.GLANCE)] + [["NASA"]]
    assert qa_eval.score(["NASA"], buried, "description") == (0, 0, 0)


def test_an_external_set_of_plain_text_articles_prints_only_its_figures(
        qa_eval: ModuleType, nlp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "01.txt").write_text(
        "Veteran Flyer Picked for Orbital Outpost\n\n"
        "NASA astronaut John Carver was born in Springfield, Ohio. He joined NASA in 2009.\n",
        encoding="utf-8")
    (articles / "02.txt").write_text(
        "Second Launch for Keller\n\n"
        "European Space Agency astronaut Anna Keller was born in Lyon, France, in 1981.\n",
        encoding="utf-8")
    questions = tmp_path / "questions.jsonl"
    asked = [
        {"q": "Where was John Carver born?", "answers": ["Springfield"], "kind": "place"},
        {"q": "Where was Anna Keller born?", "answers": ["Lyon"], "kind": "place"},
        {"q": "When was John Carver born?", "answers": [], "kind": "unanswerable"},
    ]
    questions.write_text("".join(json.dumps(q) + "\n" for q in asked), encoding="utf-8")
    import extract

    monkeypatch.setattr(extract, "load_nlp", lambda: nlp)  # the session's pipeline, not a second one
    monkeypatch.setattr(sys, "argv", ["qa_eval.py", "-v", "--articles", str(articles),
                                      "--questions", str(questions), "--name", "mine"])
    qa_eval.main()
    out = capsys.readouterr().out
    assert "[mine] 3 questions" in out and "(2 articles," in out
    right = re.search(r"questions right ([\d.]+) \((\d+) of 3; (\d+) of 2 the articles answer\)", out)
    assert right is not None and int(right.group(3)) == 2  # both birthplaces are plainly stated
    assert int(right.group(2)) == 3  # and the birth date nowhere stated is not invented
    assert "place 2/" in out and "unanswerable " in out  # counted by kind
    for q in asked:  # frozen: no question, no answer, no miss is shown
        assert q["q"] not in out
    assert "Springfield" not in out and "Lyon" not in out
    monkeypatch.setattr(sys, "argv", sys.argv + ["--development"])  # tuned on: its questions are shown
    qa_eval.main()
    shown = capsys.readouterr().out
    assert all(q["q"] in shown for q in asked) and "Springfield" in shown


def test_an_external_set_needs_both_its_articles_and_its_questions(
        qa_eval: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["qa_eval.py", "--articles", str(tmp_path)])
    with pytest.raises(SystemExit) as stop:
        qa_eval.main()
    assert stop.value.code == 2


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


@pytest.mark.parametrize("expected, given, matches", [
    ("three and a half hours", "3 hours and 30 minutes", True),
    ("5-hour and 19-minute", "5 hours and 19 minutes", True),
    ("7 days and 22 hours", "7 days, 22 hours (single flight)", True),
    ("7 days and 22 hours", "7 days (single flight)", False),
    ("about 6 hours", "6 hours", False),  # a text that is more than a length of time
])
def test_a_length_of_time_matches_however_it_is_spelled(
        qa_eval: ModuleType, expected: str, given: str, matches: bool) -> None:
    assert qa_eval.same(expected, [given]) is matches
