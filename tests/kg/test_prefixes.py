"""Predeclared prefixes: added only where used and not declared, and the result runs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.prefixes import PREDECLARED, declarations, with_prefixes


@pytest.mark.parametrize(("text", "added"), [
    ("ASK { ?s a akg:Person ; rdfs:label ?l }", {"akg", "rdfs"}),
    ("PREFIX akg: <http://example.org/> ASK { ?s a akg:Person }", set()),
    ("prefix akg: <http://example.org/> ASK { ?s a akg:Person }", set()),  # the keyword in any case
    ("PREFIX AKG: <http://example.org/> ASK { ?s a akg:Person }", {"akg"}),  # names are case-sensitive
    ("ASK { ?akg ?p <urn:akg:x> , <http://example.org/res:y> }", set()),
    ("ASK { ?s ?p ?o }", set()),
])
def test_only_used_undeclared_prefixes_are_added(text: str, added: set[str]) -> None:
    prefixed = with_prefixes(text)
    assert prefixed.added == len(added)
    assert prefixed.text.endswith(text)
    assert prefixed.text[:len(prefixed.text) - len(text)] == declarations([p for p in PREDECLARED if p in added])
    ox.Store().query(prefixed.text)  # the engine reads it
