"""Does a node of the graph stand for one flight? Articles name a flight by its mission
("Crew-9"), by its numbered craft ("Soyuz MS-25", which flies once) or only by the type of its
craft ("the Soyuz", "a Dragon", "Shenzhou"): the type is one node shared by everyone who ever
rode such a craft, so it never makes its riders one crew, and a stated commander of it excludes
no other. A reusable craft's own name ("Endeavour") flies many flights alike.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from kg.questions.linking import EntityIndex
from kg.questions.vocabulary import Vocabulary

#: A serial or number in a name: "MS-25", "Crew-9", "Shenzhou 18", "Artemis II", "Inspiration4".
_NUMBERED = re.compile(r"\d|(?<![\w-])[IVXL]{1,6}(?![\w-])")
#: The classes whose members are each one flight; a craft is one only when it is numbered.
_FLIGHTS = ("Mission", "Spaceflight", "Expedition")
_CRAFT = ("Spacecraft",)
_NEVER = ("Programme", "SpaceStation")


def numbered(label: str) -> bool:
    """Does the name carry a serial or number ("Soyuz MS-25", "Artemis II"), not only a type?

    >>> [numbered(n) for n in ("Soyuz MS-25", "Shenzhou-18", "Artemis II", "the Soyuz", "Crew Dragon")]
    [True, True, True, False, False]
    """
    return bool(_NUMBERED.search(label))


def _family(vocabulary: Vocabulary, names: Iterable[str]) -> set[str]:
    return {i for n in names if n in vocabulary.classes for i in vocabulary.classes[n].family}


def one_flight(vocabulary: Vocabulary, index: EntityIndex, iri: str) -> bool:
    """Is ``iri`` one flight: a mission or flight that is no type name (no other flight in the
    graph is its name with a number: "Shenzhou" beside "Shenzhou-18" is the type), or a
    numbered craft? Programmes and stations never are."""
    named = index.entities.get(iri)
    if named is None:
        return False
    types = set(named.types)
    if types & _family(vocabulary, _NEVER):
        return False
    if types & _family(vocabulary, _CRAFT):
        return numbered(named.label)
    if not types & _family(vocabulary, _FLIGHTS):
        return False
    return numbered(named.label) or not _is_type_name(named.label, index)


def type_name(index: EntityIndex, iri: str) -> bool:
    """Is ``iri`` named only by a type of craft or flight ("Soyuz" beside "Soyuz MS-25")?"""
    named = index.entities.get(iri)
    return named is not None and not numbered(named.label) and _is_type_name(named.label, index)


def _is_type_name(label: str, index: EntityIndex) -> bool:
    """Is ``label`` the type part of other names in the graph ("Shenzhou" of "Shenzhou-18")?"""
    head = label.lower().removeprefix("the ").strip()
    pattern = re.compile(rf"{re.escape(head)}[\s-]+\S*\d")
    return any(pattern.match(e.label.lower()) for e in index.entities.values() if e.label.lower() != head)


def flight_types(vocabulary: Vocabulary, index: EntityIndex, iri: str, types: Collection[str]) -> set[str]:
    """``types``, with the flight class when ``iri`` is a numbered craft ("Soyuz MS-25", typed
    only as a spacecraft): the ontology's one-value rules for a flight (one commander) hold for
    it too."""
    found = set(types)
    if "Spaceflight" in vocabulary.classes and not found & _family(vocabulary, _FLIGHTS) \
            and found & _family(vocabulary, _CRAFT) and one_flight(vocabulary, index, iri):
        found.add(vocabulary.classes["Spaceflight"].iri)
    return found
