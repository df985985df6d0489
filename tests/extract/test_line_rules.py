"""A pattern marked ``line`` reads only the lines that hold its words, and finds what a scan
of the whole text finds."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.components.gazetteer import compile_rules, entity_patterns

SCHOOL = {"label": "SCHOOL", "regex": r"(?:[A-Z][a-z]+ ){0,3}(?:University|College)(?: of [A-Z][a-z]+)?",
          "if": ["University", "College"], "line": True}

TEXTS = [
    "Ana Voss studied at Lake Orion State University.\nShe flew in May.\n\nBo Tran went to Westfield College",
    "University of Orion\nFenwick College of Arts and a University\nno school here\nUniversity",
    "The university said Orion College of Marsh and Fenwick University trained them. Voss left.",
    "A line without the words\nanother one",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_line_rule_finds_what_a_whole_scan_finds(text: str) -> None:
    (rule,), _ = compile_rules([SCHOOL])
    assert rule.line
    found = [(m.span(), m.group(0)) for m in rule.matches(text)]
    assert found == [(m.span(), m.group(0)) for m in rule.regex.finditer(text)]


def test_a_rule_without_words_reads_the_whole_text() -> None:
    (rule,), _ = compile_rules([{**SCHOOL, "if": []}])
    assert not rule.line


def test_the_line_rules_of_the_patterns_hold_their_words_in_every_match() -> None:
    rules, _ = compile_rules(p for p in entity_patterns() if p.get("line"))
    assert rules
    for rule in rules:
        text = "Zed Marsh Polytechnic Institute\nUS Naval Academy at Annapolis\nUniversity of Orion, Lake Town"
        for m in rule.regex.finditer(text):
            assert "\n" not in m.group(0) and any(w in m.group(0) for w in rule.needs)


@pytest.mark.parametrize(("text", "school"), [
    ("Ana Voss flew in May.\n\nShe graduated from Lake Orion State University in 2001.", "Lake Orion State University"),
    ("Bo Tran flew.\nHe studied at the University of Fenwick.\nTran is 40.", "University of Fenwick"),
])
def test_schools_are_found_on_any_line(nlp: Language, text: str, school: str) -> None:
    assert school in {e.text for e in nlp(text).ents if e.label_ == "SCHOOL"}


@pytest.mark.parametrize(("text", "school", "place"), [
    ("Rand Oakes graduated in 1976 from Scotland’s Fenwick University.", "Fenwick University", "Scotland"),
    ("Mira Tull studied at Ohio's Kenyon Marsh College before she flew.", "Kenyon Marsh College", "Ohio"),
    ("Lena Hart graduated from Japan's Orion University in 2001.", "Orion University", "Japan"),
])
def test_a_place_owning_a_school_is_no_part_of_its_name(nlp: Language, text: str, school: str, place: str) -> None:
    """ "Scotland's Fenwick University" is Fenwick University, in Scotland."""
    schools = {e.text for e in nlp(text).ents if e.label_ == "SCHOOL"}
    assert schools == {school}
    assert place in {e.text for e in nlp(text).ents}


@pytest.mark.parametrize("school", ["King's College", "Queen's University", "Saint Mary's College"])
def test_a_possessive_of_the_schools_own_name_stays(nlp: Language, school: str) -> None:
    assert school in {e.text for e in nlp(f"Ana Voss studied at {school} in 1990.").ents if e.label_ == "SCHOOL"}
