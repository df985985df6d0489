"""Answers that are names read as names: an entity whose label is no plausible name of its
kind is left out of an answer, and the reply says so.

The graph may hold an entity the extractor made of words that are no name: a roster's seat
title ("Payload Commander"), a line's label and value ("commanded: STS-50"), a name cut at
its initial ("Susan L."), two people read as one ("Ann Voss and Ivo Lind"). Shown as an
answer it is wrong whatever the question; left out, the question is refused with a message,
or answered by the other names. The test is the extractor's own
(:func:`extract.plausible.unreadable`), so a name refused at the source and one refused here
are refused for the same reasons.
"""

from __future__ import annotations

from dataclasses import replace

from extract import name_kind, unreadable
from kg.questions.linking import EntityIndex
from kg.questions.templates import Item, Reply
from kg.questions.vocabulary import Vocabulary


def readable(reply: Reply, index: EntityIndex, vocabulary: Vocabulary) -> Reply:
    """``reply`` without the entity answers (and the other names shown beside them, and a
    profile's lines naming an entity) whose labels are no names of their kind, with a note that
    names each one left out and why (the reply's note when nothing is left). What a count counted
    stays: the count was made of it, and is not made again here."""
    counted = any(i.kind == "count" for i in reply.items)
    items, left = _kept(reply.items, index, vocabulary)
    also, left_beside = (reply.also, []) if counted else _kept(reply.also, index, vocabulary)
    left += left_beside
    if not left:
        return reply
    shown = "; ".join(f"“{label}” ({why})" for label, why in dict.fromkeys(left))
    note = f"An unreadable name was left out: {shown}."
    if items:
        return replace(reply, items=items, also=also, note=" ".join(n for n in (reply.note, note) if n))
    return Reply([], note=note)


def _kept(items: list[Item], index: EntityIndex, vocabulary: Vocabulary) -> tuple[list[Item], list[tuple[str, str]]]:
    """The items whose names are readable, and the names left out with why."""
    kept: list[Item] = []
    left: list[tuple[str, str]] = []
    for item in items:
        why = _why_unreadable(item, index, vocabulary)
        if why is None:
            kept.append(item)
        else:
            left.append((_name(item), why))
    return kept, left


def _name(item: Item) -> str:
    """The name an item shows: its label, or for a profile's line its value ("flew with: X")."""
    return str(item.value) if item.relation is not None else item.label


def _why_unreadable(item: Item, index: EntityIndex, vocabulary: Vocabulary) -> str | None:
    """Why an entity answer's name is no name of the kind its classes give, or None."""
    if item.kind not in ("entity", "place") or item.iri is None or item.relation == "type":
        return None
    named = index.entities.get(item.iri)
    types = set(named.types) if named is not None else set()
    kind = name_kind(c.name for c in vocabulary.classes.values() if types & set(c.family))  # its classes and theirs
    return None if kind is None else unreadable(_name(item), kind)
