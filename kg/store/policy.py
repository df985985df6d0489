"""What a SPARQL query or update sent from outside may do, decided before anything runs.

Checked on the text's tokens (:mod:`kg.store.lexer`), in an order where each check is cheap
and bounded: the size first, then nesting and the number of operators while scanning (the
engine builds one tree node per bracket or operator, and a few thousand of either overflow
its stack: measured with pyoxigraph 0.5.13, 5,000 nested parentheses or 10,000 ``+`` crash the
process), then what the operations reach: ``SERVICE`` never (it makes the server fetch any URL
it is given: a way into the local network), ``LOAD`` only of http(s) IRIs and only when the
operator allows it (``file:`` would read the server's own files). A refusal is a
:class:`Refused` that names the reason.

:func:`with_dataset` gives an update the SPARQL protocol's ``using-graph-uri`` and
``using-named-graph-uri``: the same as writing ``USING`` and ``USING NAMED`` in each
operation that has a WHERE clause, which is how both stores receive them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from pyoxigraph import NamedNode

from kg.errors import BadQuery
from kg.store.lexer import LexError, Token, tokens, where

#: Tokens that each make a node of the engine's expression or pattern tree.
_OPERATORS = frozenset({"||", "&&", "!", "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "|", "^", "{"})
_OPERATOR_WORDS = frozenset({"UNION", "OPTIONAL", "MINUS"})
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LOCAL_ESCAPE = re.compile(r"\\(.)")


class Refused(BadQuery):
    """A query or update the endpoint will not run; the message says why."""


@dataclass(frozen=True)
class Limits:
    """What the endpoint accepts (the defaults are the settings' defaults)."""

    max_bytes: int = 100_000
    max_depth: int = 64
    max_operators: int = 2_000
    allow_load: bool = False


def check_query(text: str, limits: Limits = Limits()) -> list[Token]:
    """Refuse a query that is too large, too deep, or calls another service; else its tokens.

    >>> check_query('SELECT * WHERE { #\\rSERVICE <http://10.0.0.1/> { ?s ?p ?o } }')
    Traceback (most recent call last):
    ...
    kg.store.policy.Refused: SERVICE is not allowed (line 1, column 20): the server does not fetch other endpoints
    """
    return _check(text, limits, "query")


def check_update(text: str, limits: Limits = Limits(), base_iri: str | None = None) -> list[Token]:
    """Refuse an update that is too large, too deep, calls another service or loads what it
    may not (relative IRIs in LOAD resolve against ``base_iri`` and the update's BASE)."""
    found = _check(text, limits, "update")
    for index, token in enumerate(found):
        if token.keyword == "LOAD":
            _check_load(text, found, index, limits, base_iri)
    return found


def _check(text: str, limits: Limits, kind: str) -> list[Token]:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.max_bytes:
        raise Refused(f"{kind} larger than {limits.max_bytes / 1000:g} kB ({size} bytes)")
    found: list[Token] = []
    operators = 0
    try:
        for token in tokens(text):
            if token.depth >= limits.max_depth and token.text in ("(", "{", "[", "<<"):
                raise Refused(f"nesting deeper than {limits.max_depth} ({where(text, token.start)})")
            if token.text in _OPERATORS or token.keyword in _OPERATOR_WORDS:
                operators += 1
                if operators > limits.max_operators:
                    raise Refused(f"{kind} with more than {limits.max_operators} operators and groups "
                                  f"({where(text, token.start)})")
            if token.keyword == "SERVICE":
                raise Refused(f"SERVICE is not allowed ({where(text, token.start)}): "
                              "the server does not fetch other endpoints")
            if token.keyword == "LOAD" and not limits.allow_load:
                raise Refused(f"LOAD is not allowed ({where(text, token.start)}): "
                              "the server does not fetch documents (an operator can allow http(s) with KG_ALLOW_LOAD)")
            found.append(token)
    except LexError as error:
        raise Refused(f"the {kind} cannot be read at {where(text, error.offset)}: {error}") from None
    return found


def _check_load(text: str, found: list[Token], index: int, limits: Limits, base_iri: str | None) -> None:
    """LOAD only of an absolute http(s) IRI, after the update's PREFIX and BASE are applied."""
    base, prefixes = base_iri, {}
    for previous, token in enumerate(found[:index]):
        following = found[previous + 1:previous + 3]
        if token.keyword == "BASE" and following and following[0].kind == "iri":
            base = _resolve(base, following[0].text)
        elif token.keyword == "PREFIX" and len(following) == 2 and following[1].kind == "iri":
            prefixes[following[0].text] = _resolve(base, following[1].text)
    rest = [t for t in found[index + 1:index + 3] if t.keyword != "SILENT"]
    source = rest[0] if rest else None
    iri = None
    if source is not None and source.kind == "iri":
        iri = _resolve(base, source.text)
    elif source is not None and source.kind == "pname":
        prefix, _, local = source.text.partition(":")
        namespace = prefixes.get(prefix + ":")
        iri = namespace + _LOCAL_ESCAPE.sub(r"\1", local) if namespace is not None else None
    scheme = urlsplit(iri).scheme.lower() if iri else ""
    if scheme not in ("http", "https"):
        place = where(text, (source or found[index]).start)
        raise Refused(f"LOAD is allowed only from http(s) IRIs, not {iri or 'this'} ({place})")


def _resolve(base: str | None, iri: str) -> str:
    """An IRIREF token's IRI (escapes decoded), resolved against the base when relative."""
    value = _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), iri[1:-1])
    if re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", value) or base is None:
        return value
    return urljoin(base, value)


def with_dataset(update: str, found: Sequence[Token], default_graphs: Sequence[str],
                 named_graphs: Sequence[str]) -> str:
    """The update with ``USING <g>`` and ``USING NAMED <g>`` before every WHERE of its
    operations (``DELETE WHERE`` is written out in full to take them), as the SPARQL 1.1
    protocol's ``using-graph-uri`` and ``using-named-graph-uri`` mean. ``found`` are the
    update's tokens (from :func:`check_update`).

    >>> u = 'DELETE WHERE { ?s ?p "WHERE" }'
    >>> with_dataset(u, check_update(u), ["http://g"], [])
    'DELETE { ?s ?p "WHERE" } USING <http://g> WHERE { ?s ?p "WHERE" }'
    """
    if not default_graphs and not named_graphs:
        return update
    clauses = []
    for graphs, using in ((default_graphs, "USING"), (named_graphs, "USING NAMED")):
        for graph in graphs:
            try:
                clauses.append(f"{using} {NamedNode(graph)}")
            except ValueError:
                raise Refused(f"{graph!r} is not an absolute IRI for a graph") from None
    using = " ".join(clauses)
    edits: list[tuple[int, int, str]] = []
    for index, token in enumerate(found):
        if token.depth != 0:
            continue
        if token.keyword in ("USING", "WITH"):
            raise Refused(f"the update has {token.keyword} and the request using-graph-uri or "
                          "using-named-graph-uri; give the dataset one way only")
        if token.keyword != "WHERE":
            continue
        if index and found[index - 1].keyword == "DELETE":
            opened = index + 1
            closed = next((n for n in range(opened + 1, len(found))
                           if found[n].depth == 0 and found[n].text == "}"), None)
            if closed is None or found[opened].text != "{":
                continue  # malformed: the engine says what is wrong with it
            pattern = update[found[opened].start:found[closed].start + 1]
            edits.append((token.start, found[closed].start + 1, f"{pattern} {using} WHERE {pattern}"))
        else:
            edits.append((token.start, token.start, f"{using} "))
    for start, end, text in reversed(edits):
        update = update[:start] + text + update[end:]
    return update
