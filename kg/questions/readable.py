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

from extract import unreadable
from kg.questions.linking import EntityIndex
from kg.questions.templates import Item, Reply
from kg.questions.vocabulary import Vocabulary

#: the kind of name (see extract.plausible.KINDS) each class's entities have, most specific first
_KINDS = (("person", ("Person",)), ("craft", ("Spacecraft", "Mission", "LaunchVehicle", "SpaceStation")),
          ("organisation", ("Organization",)), ("place", ("Place",)))


def readable(reply: Reply, index: EntityIndex, vocabulary: Vocabulary) -> Reply:
    """``reply`` without the entity answers whose labels are no names of their kind, with a
    note that names each one left out and why (the reply's note when nothing is left)."""
    left: list[tuple[Item, str]] = []
    kept: list[Item] = []
    for item in reply.items:
        why = _why_unreadable(item, index, vocabulary)
        if why is None:
            kept.append(item)
        else:
            left.append((item, why))
    if not left:
        return reply
    shown = "; ".join(f"“{item.label}” ({why})" for item, why in left)
    note = f"An unreadable name was left out: {shown}."
    if kept:
        return replace(reply, items=kept, note=" ".join(n for n in (reply.note, note) if n))
    return Reply([], note=note)


def _why_unreadable(item: Item, index: EntityIndex, vocabulary: Vocabulary) -> str | None:
    """Why an entity answer's label is no name of the kind its classes give, or None."""
    if item.kind not in ("entity", "place") or item.iri is None or item.relation is not None:
        return None
    named = index.entities.get(item.iri)
    types = set(named.types) if named is not None else set()
    for kind, roots in _KINDS:
        if types & vocabulary.family(*roots):
            return unreadable(item.label, kind)
    return None
