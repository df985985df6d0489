"""SPARQL's tokens, read the way the grammar reads them: the first stage of parsing.

SPARQL reserves its keywords at the lexical level: a bare word (no colon, no ``?``/``$``,
not inside an IRI, a string or a comment) can only be a keyword. So once a query is split
into the grammar's terminals, ``SERVICE`` or ``LOAD`` cannot hide, and bracket nesting can be
counted without building a tree. The scanner is a loop over the text that keeps a counter: it
never recurses, so 5,000 nested parentheses cost it nothing but a refusal.

Terminals follow the SPARQL 1.1 grammar (section 19.8) as Oxigraph reads them: a comment ends
at CR or LF; strings take ``\\`` escapes; IRIs cannot hold spaces, ``<``, ``>``, braces or
quotes. Text that fits no terminal is refused rather than guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_ESCAPE = r"\\[_~.\-!$&'()*+,;=/?#@%]"
_LOCAL_CHAR = rf"(?:[\w\-:\u00B7]|%[0-9A-Fa-f]{{2}}|{_ESCAPE})"
_PATTERN = re.compile(rf"""
  (?P<space>[ \t\r\n]+)
| (?P<comment>\#[^\r\n]*)
| (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}})*>)
| (?P<string>'''(?:(?:''|')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:""|")?(?:[^"\\]|\\.))*\"\"\"
            |'(?:[^'\\\r\n]|\\.)*'|"(?:[^"\\\r\n]|\\.)*")
| (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
| (?P<bnode>_:[\w](?:[\w.\-\u00B7]*[\w\-\u00B7])?)
| (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
| (?P<pname>(?:[^\W\d_](?:[\w.\-\u00B7]*[\w\-\u00B7])?)?:
            (?:(?:[\w:]|%[0-9A-Fa-f]{{2}}|{_ESCAPE})(?:(?:{_LOCAL_CHAR}|\.)*{_LOCAL_CHAR})?)?)
| (?P<number>(?:\d+\.\d*[eE][+-]?\d+|\.?\d+[eE][+-]?\d+|\d*\.\d+|\d+))
| (?P<word>[A-Za-z][A-Za-z0-9_]*)
| (?P<punct>\^\^|<<|>>|\|\||&&|!=|<=|>=|[(){{}}\[\].,;*/+\-!=<>^|~?])
""", re.VERBOSE)

OPEN = frozenset({"(", "{", "[", "<<"})
CLOSE = frozenset({")", "}", "]", ">>"})


class LexError(ValueError):
    """Text that is no SPARQL token; ``offset`` is where it starts."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True)
class Token:
    """One terminal: its kind (iri, string, var, bnode, lang, pname, number, word, punct),
    its text, where it starts, and the bracket depth it sits at."""

    kind: str
    text: str
    start: int
    depth: int

    @property
    def keyword(self) -> str:
        """The keyword in upper case, or "" when the token is no bare word."""
        return self.text.upper() if self.kind == "word" else ""


def tokens(text: str) -> Iterator[Token]:
    """The significant tokens of a query or update (no spaces or comments), in order.

    Raises :class:`LexError` at text that fits no terminal.

    >>> [t.text for t in tokens('SELECT * WHERE { #\\rSERVICE <x:y> { ?s ?p "}" } }')]
    ['SELECT', '*', 'WHERE', '{', 'SERVICE', '<x:y>', '{', '?s', '?p', '"}"', '}', '}']
    """
    position, depth, end = 0, 0, len(text)
    match = _PATTERN.match
    while position < end:
        found = match(text, position)
        if found is None:
            raise LexError(f"unexpected {text[position]!r}", position)
        kind = found.lastgroup
        assert kind is not None
        if kind not in ("space", "comment"):
            value = found.group()
            if kind == "punct" and value in CLOSE:
                depth = max(0, depth - 1)
            yield Token(kind, value, position, depth)
            if kind == "punct" and value in OPEN:
                depth += 1
        position = found.end()


def where(text: str, offset: int) -> str:
    """``line L, column C`` of an offset, for messages."""
    line = text.count("\n", 0, offset) + 1
    return f"line {line}, column {offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"
