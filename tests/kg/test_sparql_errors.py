"""Syntax errors in words, on the engine's real messages; and no invented mistake in a
valid text (the token checks only speak when there is something wrong)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.prefixes import PREDECLARED, with_prefixes
from kg.sparql_errors import explain, shifted

VALID = [
    "SELECT * WHERE { VALUES ?x { 1 } ?x akg:p ?o ; . }",
    "SELECT * WHERE { VALUES (?a ?b) { (1 2) } ?s akg:p/akg:q ?o , ?p ; ^akg:r [ akg:s ?t ] }",
    "SELECT ?s (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a akg:Person FILTER(STRSTARTS(STR(?s), 'x')) } GROUP BY ?s "
    "LIMIT 10 OFFSET 5",
    "ASK { ?s ?p true . OPTIONAL { ?s rdfs:label ?l } MINUS { ?s ?p 1.5e3 } }",
    "PREFIX ex: <http://example.org/> CONSTRUCT { ?s ex:p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY DESC(?s)",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 'x'@en } WHERE { ?s ?p ?o BIND(IF(BOUND(?o), 1, 0) AS ?b) }",
]


@pytest.mark.parametrize("text", VALID)
def test_a_valid_text_gets_the_engines_message_unchanged(text: str) -> None:
    prefixed = with_prefixes(text)
    if text.startswith("DELETE"):
        ox.Store().update(prefixed.text)
    else:
        ox.Store().query(prefixed.text)  # valid indeed
    assert explain(text, "the engine's words", prefixed.added, frozenset(PREDECLARED)).message == "the engine's words"


def engine_error(text: str) -> str:
    with pytest.raises(SyntaxError) as caught:
        ox.Store().query(with_prefixes(text).text)
    return str(caught.value)


@pytest.mark.parametrize(("text", "words"), [
    ("SELEC ?x WHERE { ?x ?p ?o }", "unknown keyword SELEC at line 1, column 1; did you mean SELECT?"),
    ("SELECT ?x WHERE { ?x ?p ?o } ORDR BY ?x", "did you mean ORDER?"),
    ("SELECT ?x WHERE { ?x ?p ?o FILTR(?x) }", "did you mean FILTER?"),
    ("SELECT ?x WHERE { ?x ?p ?o } BANANA", "unknown keyword BANANA at line 1, column 30 (a variable"),
    ("SELECT ?x WHERE { ?x bogus:p ?o }", "prefix bogus: is not declared (line 1, column 22)"),
    ("SELECT ?x WHERE { ?x ?p }", "at line 1, column 25: expected an object (a variable, an IRI or a literal)"),
    ("SELECT ?x WHERE { ?x }", "at line 1, column 22: expected a predicate"),
    ("SELECT ?x WHERE { ?x <a b> ?o }", "an IRI cannot hold spaces"),
    ("SELECT ?x WHERE { ?x ?p ?o ) }", "')' at line 1, column 28 does not match '{' at line 1, column 17"),
    ("SELECT ?x WHERE { ?x ?p ?o FILTER(?x = ) }", "expected an expression"),
    ("SELECT ?x WHERE { ?x rdfs:label 'a' 'b' }", "found a fourth term, \"'b'\""),
    ("SELECT * WHERE { ?s ?p ?o , }", "at line 1, column 29: expected an object"),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 1.5", "LIMIT needs a whole number at line 1, column 35; found '1.5'"),
    ("SELECT * WHERE { GRAPH { ?s ?p ?o } }", "GRAPH needs a graph name"),
    ("SELECT * WHERE { OPTIONAL ?s ?p ?o }", "OPTIONAL needs a group in braces"),
    ("SELECT * WHERE { ?x ?p ?y BIND(1 AS ?x) }", "BIND cannot assign ?x at line 1, column 37"),
    ("SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x ?p ?y }", "every other selected variable must be in GROUP BY"),
    ("SELECT DISTINCT WHERE { ?s ?p ?o }", "expected a variable, '(' or '*'"),
])
def test_mistakes_are_said_in_words(text: str, words: str) -> None:
    problem = explain(text, engine_error(text), with_prefixes(text).added, frozenset(PREDECLARED))
    assert words in problem.message
    assert "\\u{" not in problem.message and problem.line == 1


def test_positions_are_in_the_users_lines() -> None:
    text = "SELECT ?x WHERE {\n  ?x rdfs:label ?o .\n  ?x akg:p ?o } GROUP ?x"
    prefixed = with_prefixes(text)
    assert prefixed.added == 2
    problem = explain(text, engine_error(text), prefixed.added, frozenset(PREDECLARED))
    assert problem.line == 3 and "expected BY" in problem.message
    assert shifted("SERVICE is not allowed (line 5, column 3)", 2) == "SERVICE is not allowed (line 3, column 3)"
