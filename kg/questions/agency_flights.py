""""What was the name of X's ESA mission?", "Which NASA flight did X make?": an agency named
before the flight noun asked says whose flight it is. A flight of X's that the articles do not
tie to that agency (its operator, or a name that holds the agency's: "Axiom Mission 1") may be
another agency's (X's ISS expedition is no ESA mission), so it is no answer; the reply says the
articles do not tie it to the agency."""

from __future__ import annotations

import re
from dataclasses import replace

from pyoxigraph import NamedNode

from kg.questions.linking import EntityIndex, Mention
from kg.questions.match import Parsed
from kg.questions.templates import Item, Plan, Reply, query_text
from kg.questions.vocabulary import Vocabulary
from kg.store import Store

#: nouns of a flight or a craft an agency's name may stand before ("her NASA mission")
FLIGHT_NOUNS = {"mission", "flight", "spaceflight", "expedition", "spacecraft", "capsule", "craft", "trip"}


def agency_flight(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
                  vocabulary: Vocabulary) -> Reply:
    """``reply`` with only the flights tied to the agency the question names before the flight
    noun asked (see the module); no answer, saying so, when none is."""
    items = reply.items
    if not items or plan.articles or any(i.kind != "entity" or not i.iri for i in items):
        return reply
    agency = _agency_before_noun(parsed, plan, index, vocabulary)
    if agency is None:
        return reply
    flights = vocabulary.family("Mission") | vocabulary.family("Spacecraft")
    if not all(set(getattr(index.entities.get(i.iri or ""), "types", ())) & flights for i in items):
        return reply  # the answers are no flights: the noun is not what is asked
    pairs = [(NamedNode(i.iri), NamedNode(agency.best.iri)) for i in items if i.iri]
    rows = store.select(query_text("linked_pairs"), {"s o": pairs})
    tied = {row["s"].value for row in rows}
    kept = [i for i in items if i.iri in tied or _holds(i, agency)]
    if kept:
        return replace(reply, items=kept)
    shown = ", ".join(i.label for i in items[:5])
    return Reply([], note=f"The articles do not tie {shown} to {agency.best.label}.")


def _agency_before_noun(parsed: Parsed, plan: Plan, index: EntityIndex, vocabulary: Vocabulary) -> Mention | None:
    """The agency the question names right before a flight noun ("X's ESA mission", "which NASA
    flight"), when no plan's reading uses it."""
    used = {m.start for m, _ in plan.used}
    agencies = vocabulary.family("Organization")
    tokens = parsed.tokens
    for m in parsed.mentions:
        named = index.entities.get(m.best.iri)
        if m.start in used or named is None or not set(named.types) & agencies or m.end >= len(tokens):
            continue
        if tokens[m.end].lemma.lower() in FLIGHT_NOUNS and tokens[m.end].pos in ("NOUN", "PROPN"):
            return m
    return None


def _holds(item: Item, mention: Mention) -> bool:
    """Does the flight's name hold the agency's, as written or as the graph has it?"""
    return any(re.search(rf"\b{re.escape(name)}\b", item.label, re.IGNORECASE)
               for name in {mention.text, mention.best.label})
