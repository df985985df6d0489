"""A role written right before names holds them, however the parser hangs the names: "with
Commander A and Flight Engineers B and C aboard", "are pilot A and mission specialist B".
Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.components.lines import _keep_runs_whole
from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Soyuz MS-40 lands with Commander Ivan Petrakov and Flight Engineers Bo Tan and Ann Lee aboard.",
    "The Soyuz MS-40 crew: Commander Ivan Petrakov and Flight Engineers Bo Tan and Ann Lee.",
    "Soyuz MS-40 docked on Friday with Commander Ivan Petrakov and Flight Engineers Bo Tan and Ann Lee.",
    "Commander Ivan Petrakov and Flight Engineers Bo Tan and Ann Lee landed Soyuz MS-40 on Friday.",
    "Riding Soyuz MS-40 were Commander Ivan Petrakov and flight engineers Bo Tan and Ann Lee.",
])
def test_a_plural_role_holds_each_name_after_it(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert {("bo tan", "crewRole", "flight engineer"), ("ann lee", "crewRole", "flight engineer"),
            ("ivan petrakov", "crewRole", "commander")} <= found
    assert ("ivan petrakov", "crewRole", "flight engineer") not in found
    assert not {k for k in found if k[2] == "commander" and k[0] in ("bo tan", "ann lee")}


def test_a_singular_role_holds_only_the_name_after_it(nlp: Language) -> None:
    found = keys(nlp, "Accompanying Ann Lee on STS-140 are pilot Tom Quill and mission specialist Bo Tan.")
    assert {("tom quill", "crewRole", "pilot"), ("bo tan", "crewRole", "mission specialist")} <= found
    assert ("bo tan", "crewRole", "pilot") not in found


def test_no_sentence_starts_right_after_a_word(nlp: Language) -> None:
    doc = nlp.make_doc("Soyuz MS-40 lands with Flight Engineers Bo Tan and Ann Lee aboard. They are well.")
    _keep_runs_whole(doc)
    assert all(t.is_sent_start is False for t in doc[4:11])  # "with Flight Engineers Bo Tan and Ann Lee"
    assert doc[-4].text == "They" and doc[-4].is_sent_start is None
