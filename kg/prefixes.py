"""The prefixes a SPARQL text may use without declaring them, in /sparql, ``kg query`` and
the editor alike: every prefix of :data:`kg.namespaces.PREFIXES`.

They are added as ``PREFIX`` lines above the text, only for the prefixes it uses and does
not declare itself (a user's own declaration wins). The lines are counted so that positions
in messages can be given back in the user's own lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.namespaces import PREFIXES

#: The predeclared prefixes, in the order they are listed to people.
PREDECLARED: dict[str, str] = PREFIXES

_NAMES = "|".join(map(re.escape, PREDECLARED))
# A prefixed name: the prefix not inside a longer name, an IRI's path or a variable.
_USED = re.compile(rf"(?<![\w.\-:/#?$<@]|\\)({_NAMES}):")
_DECLARED = re.compile(rf"\b(?i:PREFIX)\s+({_NAMES}):")  # the keyword in any case, the name as it is


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
    declare. Found by a regular expression in one pass (about 100 times faster than reading
    the text's tokens): a name that only seems used, in a string or a comment, adds a
    declaration nothing uses, which changes nothing.

    >>> print(with_prefixes('PREFIX akg: <http://x/> SELECT * { ?s akg:p <http://y/rdfs:z> ; rdf:type ?t }').text)
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX akg: <http://x/> SELECT * { ?s akg:p <http://y/rdfs:z> ; rdf:type ?t }
    """
    used = set(_USED.findall(text))
    if not used:
        return Prefixed(text, 0)
    declared = set(_DECLARED.findall(text))
    missing = [p for p in PREDECLARED if p in used and p not in declared]
    return Prefixed(declarations(missing) + text, len(missing))
