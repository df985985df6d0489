"""The trigger audit (benchmarks/trigger_audit.py): which sentences telling an event were read."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from extract import Article, extract

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def audit() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trigger_audit", ROOT / "benchmarks" / "trigger_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("trigger_audit", module)
    spec.loader.exec_module(module)
    return module


def test_a_sentence_with_a_trigger_is_read_or_listed(nlp: Language, audit: ModuleType) -> None:
    text = ("Vela-7 lifted off from the Orlin Cosmodrome on 3 May 2031 with Tomas Brell aboard. "
            "Engineers called the liftoff flawless. The crew ate dinner.")
    rows = list(audit.unread(extract(nlp, [Article(text, published="2031-05-04", id="a")]),
                             re.compile(r"\b(?:lift(ed)? off|liftoff)\b", re.I), {"launchDate", "launchSite"}))
    assert [(sentence.split()[0], read) for _, sentence, read in rows] == [("Vela-7", True), ("Engineers", False)]


def test_the_filter_keeps_only_sentences_that_could_carry_the_argument(nlp: Language, audit: ModuleType) -> None:
    text = "Nadia Fors launched on 2 June 2031. Her launch was smooth."
    rows = list(audit.unread(extract(nlp, [Article(text, published="2031-06-03", id="b")]),
                             re.compile(r"\blaunch(ed)?\b", re.I), {"launchDate"}, keep=lambda s: "2031" in s))
    assert [read for _, _, read in rows] == [True]
