"""Does a node of the graph stand for one flight? Articles name a flight by its mission
("Crew-9"), by its numbered craft ("Soyuz MS-25", which flies once) or only by the type of its
craft ("the Soyuz", "a Dragon", "Shenzhou"): the type is one node shared by everyone who ever
rode such a craft, so it never makes its riders one crew, and a stated commander of it excludes
no other. A reusable craft's own name ("Endeavour") flies many flights alike.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from weakref import WeakKeyDictionary

from kg.questions.linking import EntityIndex
from kg.questions.templates import Item
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


def one_flight(vocabulary: Vocabulary, index: EntityIndex, iri: str) -> bool:
    """Is ``iri`` one flight: a mission or flight that is no type name (no other flight in the
    graph is its name with a number: "Shenzhou" beside "Shenzhou-18" is the type), or a
    numbered craft? Programmes and stations never are."""
    named = index.entities.get(iri)
    if named is None:
        return False
    types = set(named.types)
    if types & vocabulary.family(*_NEVER):
        return False
    if types & vocabulary.family(*_CRAFT):
        return numbered(named.label)
    if not types & vocabulary.family(*_FLIGHTS):
        return False
    return numbered(named.label) or not _is_type_name(named.label, index)


def type_name(index: EntityIndex, iri: str) -> bool:
    """Is ``iri`` named only by a type of craft or flight ("Soyuz" beside "Soyuz MS-25")?"""
    named = index.entities.get(iri)
    return named is not None and not numbered(named.label) and _is_type_name(named.label, index)


def _is_type_name(label: str, index: EntityIndex) -> bool:
    """Is ``label`` the type part of other names in the graph ("Shenzhou" of "Shenzhou-18")?"""
    return label.lower().removeprefix("the ").strip() in _type_heads(index)


#: Each index's type heads, made once per index (an index is replaced whole when the graph changes).
_HEADS: WeakKeyDictionary[EntityIndex, frozenset[str]] = WeakKeyDictionary()
#: A run of separators followed by a word with a digit: where a type head ends ("Soyuz| MS-25").
_SERIAL_AFTER = re.compile(r"[\s-]+(?=\S*\d)")


def _type_heads(index: EntityIndex) -> frozenset[str]:
    """Every beginning of a name in the graph that a numbered word follows ("soyuz" and "soyuz
    ms" of "Soyuz MS-25"): the names that are types of others. One pass over the names, instead
    of one per question asked about a craft.

    >>> sorted(_heads_of(["Soyuz MS-25", "Crew Dragon", "Shenzhou-18"]))
    ['shenzhou', 'soyuz', 'soyuz ms']
    """
    heads = _HEADS.get(index)
    if heads is None:
        heads = _HEADS[index] = _heads_of(e.label for e in index.entities.values())
    return heads


def _heads_of(labels: Iterable[str]) -> frozenset[str]:
    return frozenset(label[:m.start()] for label in map(str.lower, labels) for m in _SERIAL_AFTER.finditer(label)
                     if m.start() > 0)


def flight_types(vocabulary: Vocabulary, index: EntityIndex, iri: str, types: Collection[str]) -> set[str]:
    """``types``, with the flight class when ``iri`` is a numbered craft ("Soyuz MS-25", typed
    only as a spacecraft): the ontology's one-value rules for a flight (one commander) hold for
    it too."""
    found = set(types)
    if "Spaceflight" in vocabulary.classes and not found & vocabulary.family(*_FLIGHTS) \
            and found & vocabulary.family(*_CRAFT) and one_flight(vocabulary, index, iri):
        found.add(vocabulary.classes["Spaceflight"].iri)
    return found


def without_family(items: Sequence[Item]) -> list[Item]:
    """Answers less a type that a numbered one of them belongs to: "Soyuz" beside "Soyuz
    TMA-19M", "Shenzhou" beside "Shenzhou-18" (one article says "a Soyuz capsule", another
    names the craft) is the same ride said less sharply, no second answer."""
    labels = [i.label for i in items if i.kind == "entity" and numbered(i.label)]
    return [i for i in items if not (i.kind == "entity" and not numbered(i.label) and any(
        label.startswith((i.label + " ", i.label + "-")) for label in labels))]
