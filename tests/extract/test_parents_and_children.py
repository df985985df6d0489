"""Parents and children read both ways, a gendered word kept only for the relative it names,
and only when both people are said (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-07-20")
_FAMILY = {"parent", "mother", "father", "child", "son", "daughter"}


def family(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(nlp, text) if t[1] in _FAMILY}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Brenn flew in May. Brenn's mother, Lisa Kord, watched the launch.",
     {("ann brenn", "mother", "lisa kord"), ("lisa kord", "child", "ann brenn")}),
    ("Ann Brenn flew in May. Her father Tom Brenn, a farmer, cried.",
     {("ann brenn", "father", "tom brenn"), ("tom brenn", "child", "ann brenn")}),
    ("Rolf Dane brought along his son, Kit Dane, on the flight.",
     {("rolf dane", "son", "kit dane"), ("kit dane", "parent", "rolf dane")}),
    ("Kit Dane is the son of Rolf Dane.", {("rolf dane", "son", "kit dane"), ("kit dane", "parent", "rolf dane")}),
    ("Kit Dane, the eldest daughter of Rolf Dane, flew too.",
     {("rolf dane", "daughter", "kit dane"), ("kit dane", "parent", "rolf dane")}),
    ("Tova Brenn was born on 3 May 1970 to parents Arlo Brenn and Mira Brenn.",
     {("tova brenn", "parent", "arlo brenn"), ("tova brenn", "parent", "mira brenn"),
      ("arlo brenn", "child", "tova brenn"), ("mira brenn", "child", "tova brenn")}),
    ("Tova Brenn grew up in Ohio. Her parents, Arlo Brenn and Mira Brenn, watched.",
     {("tova brenn", "parent", "arlo brenn"), ("tova brenn", "parent", "mira brenn"),
      ("arlo brenn", "child", "tova brenn"), ("mira brenn", "child", "tova brenn")}),
])
def test_a_stated_parent_or_child_is_read_both_ways(nlp: Language, text: str,
                                                    expected: set[tuple[str, str, str]]) -> None:
    assert family(nlp, text) == expected


def test_each_child_a_couple_had_is_theirs(nlp: Language) -> None:
    found = family(nlp, "Dace Hollin married Ria Hollin in 1990; they had a son, Pim Hollin, and a daughter, "
                        "Suki Hollin.")
    assert {("dace hollin", "son", "pim hollin"), ("ria hollin", "son", "pim hollin"),
            ("dace hollin", "daughter", "suki hollin"), ("ria hollin", "daughter", "suki hollin"),
            ("pim hollin", "parent", "ria hollin"), ("suki hollin", "parent", "dace hollin")} <= found


def test_a_first_name_after_a_child_someone_had_is_a_person(nlp: Language) -> None:
    found = family(nlp, "Ana Vell married Tom Vell in 1970; they had a son, Scott, and a daughter, Caroline.")
    assert {("ana vell", "son", "scott"), ("tom vell", "daughter", "caroline")} <= found


def test_a_pronoun_is_not_the_relative_just_named(nlp: Language) -> None:
    found = family(nlp, "Ana Vell flew in May. Her son, Scott Vell, watched with her mother, Ruth Lind.")
    assert ("ana vell", "son", "scott vell") in found
    assert not {t for t in found if t[0] == "scott vell" and t[1] != "parent"}, found


def test_children_listed_after_a_count_are_each_a_child(nlp: Language) -> None:
    found = family(nlp, "Dace Hollin and Ria Hollin have two children, Pim Hollin and Suki Hollin.")
    assert {("dace hollin", "child", "pim hollin"), ("ria hollin", "child", "suki hollin")} <= found


@pytest.mark.parametrize("text", [
    "Tova Brenn is the son of a farmer.",
    "Tova Brenn flew in May. Her mother's hometown, Ridgeton, cheered.",
    "Dace Hollin said he was joined by his father at the launch site.",
    "Dace Hollin has three children.",
    "Dace Hollin and Kit Dane became the first father and son duo in space.",
    "Hollin's son confirmed his father's death on Friday, Ria Hollin said.",
])
def test_no_relative_unless_both_are_named(nlp: Language, text: str) -> None:
    assert family(nlp, text) == set()
