"""A module of a flight named after its kind ("the lunar module Heron", "the command module,
Kite", "the Command Service Module (CSM) Wren") is a craft of that kind (``craftType``); a crew
role ("Lunar Module Pilot Bea Lund") names no module (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


@pytest.mark.parametrize(("text", "craft", "kind"), [
    ("Orin Tal stayed in the command module Kite while Bea Lund flew down.", "kite", "command module"),
    ("Bea Lund and Orin Tal steered the lunar module, Heron, across the plain.", "heron", "lunar module"),
    ("Orin Tal circled the Moon aboard the Command Service Module (CSM) Wren.", "wren", "command module"),
    ("Tal and Lund were the pilots of the Command Module, Kite, and Lunar Module, Heron.", "heron", "lunar module"),
    ("Orin Tal stayed in the command module Blue Kite while Bea Lund flew down.", "blue kite", "command module"),
])
def test_a_named_module_has_its_kind(nlp: Language, text: str, craft: str, kind: str) -> None:
    assert (craft, "craftType", kind) in reading.triples(nlp, text)


def test_a_person_in_a_named_module_rode_it(nlp: Language) -> None:
    found = reading.triples(nlp, "Orin Tal stayed in the command module Kite while Bea Lund flew down.")
    assert ("orin tal", "spacecraft", "kite") in found


@pytest.mark.parametrize("text", [
    "Apollo 19 Lunar Module Pilot Bea Lund walked on the Moon.",
    "Bea Lund was the Command Module Pilot of Apollo 19.",
    "The lunar module landed on the plain.",
])
def test_no_named_module_from_a_role_or_a_bare_kind(nlp: Language, text: str) -> None:
    assert not {t for t in reading.triples(nlp, text) if t[1] == "craftType"}


def test_a_module_named_as_another_craft_is_left_alone(nlp: Language) -> None:
    """A module named like a shuttle orbiter or another craft ("the command module Columbia") would be
    one node with it in the graph: the name is left to the orbiter."""
    found = reading.triples(nlp, "Orin Tal circled the Moon aboard the command module Columbia.")
    assert ("columbia", "craftType", "command module") not in found


def test_a_name_after_a_comma_is_a_module_only_in_apposition(nlp: Language) -> None:
    """ "While Tal stayed in the command module, Lund and Pell took ...": the people after the comma."""
    found = reading.triples(nlp, "While Orin Tal stayed in the command module, Lund and Pell Orma took the lunar "
                                 "module down.")
    assert not {t for t in found if t[1] == "craftType"}
