"""The prefixes a SPARQL text may use without declaring them, in /sparql, ``kg query`` and
the editor alike: every prefix of :data:`kg.namespaces.PREFIXES`.

They are added as ``PREFIX`` lines above the text, only for the prefixes it uses and does
not declare itself (a user's own declaration wins). The lines are counted so that positions
in messages can be given back in the user's own lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.namespaces import PREFIXES
from kg.store.lexer import LexError, tokens

#: The predeclared prefixes, in the order they are listed to people.
PREDECLARED: dict[str, str] = PREFIXES


@dataclass(frozen=True)
class Prefixed:
    """A SPARQL text with the predeclared prefixes it needs, and how many lines were added."""

    text: str
    added: int


def declarations(names: list[str] | None = None) -> str:
    """``PREFIX`` lines for ``names`` (all predeclared prefixes by default)."""
    return "".join(f"PREFIX {p}: <{PREDECLARED[p]}>\n" for p in (names if names is not None else PREDECLARED))


def with_prefixes(text: str) -> Prefixed:
    """The text with a ``PREFIX`` line for each predeclared prefix it uses but does not
    declare. Prefixed names are found on the text's tokens, so a ``akg:`` inside a string,
    an IRI or a comment adds nothing; text that cannot be read is left as it is (the checks
    and the parser say what is wrong with it).

    >>> print(with_prefixes('PREFIX akg: <http://x/> SELECT * { ?s akg:p "rdfs:" ; rdf:type ?t }').text)
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX akg: <http://x/> SELECT * { ?s akg:p "rdfs:" ; rdf:type ?t }
    """
    try:
        found = list(tokens(text))
    except LexError:
        return Prefixed(text, 0)
    declared = {found[i + 1].text[:-1] for i, token in enumerate(found[:-1])
                if token.keyword == "PREFIX" and found[i + 1].kind == "pname"}
    used = {token.text.partition(":")[0] for token in found if token.kind == "pname"}
    missing = [p for p in PREDECLARED if p in used and p not in declared]
    return Prefixed(declarations(missing) + text, len(missing))
