"""One node per real-world entity across articles.

An article's entity gets the IRI minted from its fullest name. A bare name the graph
already knows as an alternative label of exactly one entity ("Kelly" when only Scott Kelly
is known) joins that entity; when several share it (Scott and Mark Kelly) the one whose
neighbourhood shares most entities with the article wins, and with no such evidence the
name stays a separate node rather than being merged blindly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode

from extract.facts import Entity, Extraction
from kg.iris import entity_iri
from kg.mapping import Resolved
from kg.store import Store
from kg.store.sparql import Rows

_LABELS = """
SELECT ?e ?label WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }
"""
_ALIASES = """
SELECT ?name ?e ?label WHERE {
  ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?name ;
     <http://www.w3.org/2000/01/rdf-schema#label> ?label .
}
"""
_NEIGHBOURS = """
SELECT ?e (COUNT(DISTINCT ?n) AS ?shared) WHERE {
  { ?e ?p ?n } UNION { ?n ?p ?e }
} GROUP BY ?e
"""


def kind_of(entity: Entity) -> str | None:
    """The IRI folder for an entity: records live apart from people and things."""
    return "record" if "Record" in entity.types else None


def resolve(store: Store, extraction: Extraction) -> dict[str, Resolved]:
    """Map each of the extraction's entity keys to the graph node it denotes."""
    minted = {e.key: entity_iri(e.name, kind_of(e)) for e in extraction.entities}
    known = _labels(store, list(minted.values()))
    resolved: dict[str, Resolved] = {}
    bare = [e for e in extraction.entities if minted[e.key].value not in known and _is_bare_name(e)]
    candidates = _alias_candidates(store, [e.name for e in bare])
    context = list(minted.values())
    for entity in extraction.entities:
        iri = minted[entity.key]
        if iri.value in known:
            resolved[entity.key] = Resolved(iri, known[iri.value])
            continue
        options = candidates.get(entity.name, {}) if entity in bare else {}
        choice = _choose(store, options, context) if options else None
        resolved[entity.key] = choice or Resolved(iri, entity.name)
    return resolved


def _is_bare_name(entity: Entity) -> bool:
    return len(entity.name.split()) == 1 and bool({"Person", "Astronaut"} & set(entity.types))


def _labels(store: Store, iris: list[NamedNode]) -> dict[str, str]:
    if not iris:
        return {}
    rows = store.query(_LABELS, {"e": iris})
    assert isinstance(rows, Rows)
    return {row["e"].value: row["label"].value for row in rows}


def _alias_candidates(store: Store, names: list[str]) -> dict[str, dict[str, str]]:
    if not names:
        return {}
    rows = store.query(_ALIASES, {"name": [OxLiteral(n) for n in names]})
    assert isinstance(rows, Rows)
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows:
        found[row["name"].value][row["e"].value] = row["label"].value
    return found


def _choose(store: Store, options: Mapping[str, str], context: list[NamedNode]) -> Resolved | None:
    """The one candidate the article's other entities point to, if there is exactly one."""
    if len(options) == 1:
        (iri, label), = options.items()
        return Resolved(NamedNode(iri), label)
    rows = store.query(_NEIGHBOURS, {"e": [NamedNode(i) for i in options], "n": context})
    assert isinstance(rows, Rows)
    scores = sorted(((int(r["shared"].value), r["e"].value) for r in rows), reverse=True)
    if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        best = scores[0][1]
        return Resolved(NamedNode(best), options[best])
    return None

