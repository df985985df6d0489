"""A crew as it changed: "Who flew to Mir with X as his original flight engineer?", "Who was
originally to fly with X?". A crew's links hold everyone who flew with X alike, the one replaced
and the one who replaced him; a stated replacement (akg:replacedBy) tells them apart, so the
crewmates found are narrowed to those the articles say were replaced. With none, the question's
word rules the crewmates out (:func:`kg.questions.checks.refusal`)."""

from __future__ import annotations

from dataclasses import replace

from pyoxigraph import NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.match import Parsed
from kg.questions.templates import Reply, query_text
from kg.store import Store

#: words that pick some of a crew by how it changed ("his original flight engineer", "the
#: replacement crew", "who was initially to fly")
CHANGED = {"original", "originally", "initial", "initially", "replacement", "replacements", "substitute",
           "substitutes", "relief"}
#: of them, the words of those who were in the crew before it changed
_BEFORE = {"original", "originally", "initial", "initially"}
#: relations that link people to a flight or to one another without telling who was replaced
CREW_LINKS = {str(AKG.crewMember), str(AKG.commander), str(AKG.flewWith), str(AKG.launchedWith),
              str(AKG.landedWith), str(AKG.crewRole), str(AKG.spacecraft), str(AKG.spacewalkPartner)}


def changed_word(parsed: Parsed) -> str | None:
    """The question's word of a crew as it changed, if any."""
    return next((t.lower for t in parsed.tokens if t.lower in CHANGED), None)


def as_changed(store: Store, parsed: Parsed, reply: Reply) -> Reply:
    """Of the crewmates found for "the original ...", those the articles say were replaced, each
    with the replacement's fact; ``reply`` unchanged when none of them was (or the answers are no
    crewmates)."""
    word = changed_word(parsed)
    support = {t.predicate.value for i in reply.items for t in i.support}
    if word not in _BEFORE or not support or not support <= CREW_LINKS:
        return reply
    people = [NamedNode(i.iri) for i in reply.items if i.iri]
    if not people:  # a role ("What was X's original role on Y?") is no crewmate to have been replaced
        return reply
    rows = store.select(query_text("replacements"), {"x": people, "p": [NamedNode(AKG.replacedBy)]})
    kept = []
    for item in reply.items:
        facts = tuple(Triple(s, p, o) for r in rows if isinstance(s := r["s"], NamedNode)
                      and isinstance(p := r["p"], NamedNode) and isinstance(o := r["o"], NamedNode)
                      and s.value == item.iri and o.value != item.iri)
        if facts:
            kept.append(replace(item, support=item.support + facts))
    return replace(reply, items=kept) if kept else reply
