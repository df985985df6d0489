"""SPARQL helpers shared by both stores: binding values safely and the result types.

Values are never pasted into a query as user text. :func:`bind` writes them as RDF terms in
N-Triples syntax (pyoxigraph escapes them) inside a ``VALUES`` block: the query's own empty
``VALUES ?name { }`` for that variable when it has one, else a new block at the top of its
WHERE group. Both mean the same on Oxigraph and on any SPARQL 1.1 server; the first lets a
query put its values where the engine should start (inside a ``GRAPH`` block, Oxigraph finds
the few graphs holding a bound triple in one index lookup instead of joining every graph).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

Term = NamedNode | BlankNode | Literal
#: Values bound to a query's variables: a term or terms for one variable ("s"), or rows of terms
#: for several variables named together ("s p o": each row one combination, not every one).
Bindings = Mapping[str, Term | Sequence[Term] | Sequence[tuple[Term, ...]]]

_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Things to skip while looking for the WHERE group's brace: IRIs, strings, comments (which end at CR or LF).
_SKIP = re.compile(r'<[^<>"{}|^`\\\s]*>|"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                   r"|'(?:[^'\\\n]|\\.)*'|#[^\r\n]*")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
# An empty VALUES block for one variable or several: where a query asks for their values.
_SLOT = re.compile(r"\bVALUES\s*(?:\?([A-Za-z_][A-Za-z0-9_]*)|\(((?:\s*\?[A-Za-z_][A-Za-z0-9_]*)+)\s*\))"
                   r"\s*\{\s*\}", re.IGNORECASE)


@dataclass
class Rows:
    """SELECT results: the projected variables and one mapping of bound values per row."""

    variables: list[str]
    rows: list[dict[str, Term]] = field(default_factory=list)

    def __iter__(self) -> Iterator[dict[str, Term]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def values(self, variable: str) -> list[Term]:
        """Every bound value of one variable, in row order."""
        return [row[variable] for row in self.rows if variable in row]


#: What a query returns: rows for SELECT, a truth value for ASK, triples for CONSTRUCT/DESCRIBE.
Result = Rows | bool | list[Triple]


def only_rows(result: Result) -> Rows:
    """A SELECT query's rows; anything else is a caller's mistake, said plainly."""
    if not isinstance(result, Rows):
        raise TypeError(f"expected the rows of a SELECT query, got {type(result).__name__}")
    return result


@cache
def query_file(package: str, name: str) -> str:
    """The text of ``<package>/queries/<name>.rq``, read once: the one loader of the
    project's stored queries."""
    return resources.files(package).joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")


def bind(sparql: str, bindings: Bindings | None) -> str:
    """The query with each bound variable's values in a ``VALUES`` block: the query's own
    empty ``VALUES ?name { }`` when it has one (so a query chooses where its values join),
    else a new block at the top of its WHERE group.

    A sequence of values lets the variable take any of them (several variables give every
    combination). Several variables named together (``"s p o"``) take rows of values: only
    the combinations given (a fact's three terms, not every subject with every object, which
    made one query 60 times slower). Terms are written by pyoxigraph in N-Triples syntax, so quotes, braces
    and newlines in a value can never change the query's structure.

    >>> from pyoxigraph import Literal, NamedNode
    >>> print(bind("SELECT ?s WHERE { ?s ?p ?name }", {"name": Literal('x" } DROP ALL {')}))
    SELECT ?s WHERE { VALUES ?name { "x\\" } DROP ALL {" } ?s ?p ?name }
    >>> print(bind("SELECT ?n WHERE { GRAPH ?g { VALUES ?s {} ?s ?p ?n } }", {"s": NamedNode("http://x/a")}))
    SELECT ?n WHERE { GRAPH ?g { VALUES ?s { <http://x/a> } ?s ?p ?n } }
    >>> a, b = NamedNode("http://x/a"), NamedNode("http://x/b")
    >>> print(bind("SELECT * WHERE { VALUES (?s ?o) { } ?s ?p ?o }", {"s o": [(a, b), (b, a)]}))
    SELECT * WHERE { VALUES (?s ?o) { (<http://x/a> <http://x/b>) (<http://x/b> <http://x/a>) } ?s ?p ?o }
    """
    if not bindings:
        return sparql
    slots = {m.group(1) or " ".join(m.group(2).replace("?", " ").split()): m
             for m in _SLOT.finditer(masked(sparql))}
    blocks, filled = [], []
    for name, value in bindings.items():
        block = _values(name, value)
        if name in slots:
            filled.append((slots[name].start(), slots[name].end(), block))
        else:
            blocks.append(block)
    for start, end, block in sorted(filled, reverse=True):  # from the end, so offsets stay right
        sparql = f"{sparql[:start]}{block}{sparql[end:]}"
    if not blocks:
        return sparql
    at = _where_brace(sparql)
    return f"{sparql[:at + 1]} {' '.join(blocks)}{sparql[at + 1:]}"


def _values(name: str, value: Term | Sequence[Term] | Sequence[tuple[Term, ...]]) -> str:
    """The VALUES block binding one variable, or several named together, to ``value``."""
    names = name.split(" ")
    if not all(_VARIABLE.fullmatch(n) for n in names):
        raise ValueError(f"not a SPARQL variable name: {name!r}")
    values = list(value) if isinstance(value, Sequence) else [value]
    if not values:
        raise ValueError(f"no values to bind ?{name} to")
    if len(names) == 1:
        return f"VALUES ?{name} {{ {' '.join(str(v) for v in values)} }}"
    rows = [v for v in values if isinstance(v, tuple) and len(v) == len(names)]
    if len(rows) != len(values):
        raise ValueError(f"each value of {name!r} must be a tuple of {len(names)} terms")
    written = " ".join(f"({' '.join(str(t) for t in row)})" for row in rows)
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {written} }}"


_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def masked(sparql: str) -> str:
    """The query with IRIs, strings and comments blanked out, so keywords can be found in it."""
    return _SKIP.sub(lambda m: " " * len(m.group()), sparql)


def query_form(sparql: str) -> str:
    """The form of a query, upper case: SELECT, ASK, CONSTRUCT or DESCRIBE ("" when none).

    >>> query_form('PREFIX s: <http://x/select#> construct { ?s ?p "select" } WHERE {}')
    'CONSTRUCT'
    """
    found = _FORM.search(masked(sparql))
    return found.group(1).upper() if found else ""


_CONSTANT_GRAPH = re.compile(r"\bGRAPH\s*(<[^<>\"{}|^`\\\s]*>)\s*\{", re.IGNORECASE)


def constant_graphs_as_variables(sparql: str) -> str:
    """``GRAPH <iri> {`` rewritten as ``GRAPH ?_gN { FILTER(?_gN = <iri>)``: the same query,
    for servers (Virtuoso) that hide a constant named graph once a default graph is given.

    >>> constant_graphs_as_variables('SELECT ?s WHERE { GRAPH <http://g> { ?s ?p "GRAPH <x> {" } }')
    'SELECT ?s WHERE { GRAPH ?_g0 { FILTER(?_g0 = <http://g>) ?s ?p "GRAPH <x> {" } }'
    """
    masked = _SKIP.sub(lambda m: m.group() if m.group().startswith("<") else " " * len(m.group()), sparql)
    pieces, last = [], 0
    for n, found in enumerate(_CONSTANT_GRAPH.finditer(masked)):
        pieces.append(sparql[last:found.start()])
        pieces.append(f"GRAPH ?_g{n} {{ FILTER(?_g{n} = {found.group(1)})")
        last = found.end()
    return "".join(pieces) + sparql[last:]


def _where_brace(sparql: str) -> int:
    """Offset of the ``{`` that opens the query's WHERE group (skipping IRIs and strings)."""
    text = masked(sparql)
    found = _WHERE.search(text)
    if found:
        return found.end() - 1
    brace = text.find("{")
    if brace < 0:
        raise ValueError("query has no WHERE group to bind values in")
    return brace
