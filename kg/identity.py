"""The node a person's full name joins when it is another spelling of a known person.

Each person node carries the keys of its names (:func:`extract.name_keys.forms`) as
``skos:hiddenLabel``: the name's transliteration-folded key, its short form without middle
names, its nickname form, its surname. A full name the graph does not know by its own IRI
is looked up by its keys (an index lookup on any backend), and the names of each node found
decide:

* a node with a name spelt the same (:func:`~extract.name_keys.same`: "Nikolay Chub" for
  "Nikolai Chub", "Butch Wilmore" for 'Barry "Butch" Wilmore') is that person;
* a node whose name only agrees (:func:`~extract.name_keys.agree`: "Tracy Dyson" for "Tracy
  Caldwell Dyson") is that person only if the article shares a mission, craft, expedition,
  country or crewmate with it (or names both), and no other node qualifies;
* a node whose name differs only by a given name's short form (:func:`~extract.name_keys.shortened`:
  "Mike Lind" for "Michael Lind") is that person without such evidence when no other node's
  name agrees or is one slip away: no other person could be meant;
* a node whose given name is one slip away (:func:`~extract.name_keys.misspelt`: "Pytor Dubrov"
  for "Pyotr Dubrov") is that person on the same evidence but a country, when no node only agrees;
* otherwise the name gets a node of its own: two people who share a surname never merge.

Nodes made or joined earlier in the same batch count as known, so a batch gives the same
nodes as writing its articles one by one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode

from extract.facts import Entity, Extraction
from extract.name_keys import agree, forms, misspelt, same, shortened
from kg.mapping import Resolved
from kg.store import Store

#: every person node with each of its names (label and alternative names): to look for nodes
#: that may be one person
PEOPLE_NAMES = """
PREFIX akg: <https://w3id.org/astrokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?e ?name WHERE {
  ?e a ?type . VALUES ?type { akg:Person akg:Astronaut }
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
}
"""

#: kinds of entity whose sharing says two names are one person
CONTEXT_TYPES = frozenset({"Spaceflight", "Spacecraft", "Expedition", "Country", "Person", "Astronaut"})
_BY_FORM = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?form ?e ?label ?name WHERE {
  ?e skos:hiddenLabel ?form ; rdfs:label ?label .
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
}
"""
#: what a node is linked to: its objects, its subjects, the objects of its qualified values
#: (three queries, not a UNION: Virtuoso does not join bound values beside one as SPARQL says)
_LINKED = (
    "SELECT DISTINCT ?n WHERE { ?e ?p ?n FILTER(isIRI(?n)) }",
    "SELECT DISTINCT ?n WHERE { ?n ?p ?e }",
    'SELECT DISTINCT ?n WHERE { ?e ?p ?q . ?q ?r ?n FILTER(isIRI(?n) && STRSTARTS(STR(?q), CONCAT(STR(?e), "/"))) }',
)


@dataclass
class _Node:
    label: str
    names: set[str]
    links: set[str] = field(default_factory=set)  # what this batch linked it to


class People:
    """The person nodes a batch's new full names may join: read from the graph once, then
    grown with the nodes the batch makes."""

    def __init__(self, store: Store, names: Iterable[str]) -> None:
        self.store = store
        self.nodes: dict[str, _Node] = {}
        self.by_form: dict[str, set[str]] = defaultdict(set)
        wanted = sorted({f for n in names for f in forms(n)})
        for row in store.select(_BY_FORM, {"form": [OxLiteral(f) for f in wanted]}) if wanted else ():
            iri = row["e"].value
            node = self.nodes.setdefault(iri, _Node(row["label"].value, set()))
            node.names.add(row["name"].value)
            self.by_form[row["form"].value].add(iri)

    def find(self, name: str, context: Sequence[NamedNode], article: set[str],
             countries: Collection[str] = ()) -> Resolved | None:
        """The node a full name joins: ``context`` is what the article names that can vouch for
        a close spelling, ``article`` the nodes the article's other people went to. A country
        of ``context`` (one of ``countries``) vouches for a close name, never for a slip of a
        letter: "Anna" and "Anne" of one country may well be two people."""
        found = {iri for f in forms(name) for iri in self.by_form.get(f, ())}
        spelt = sorted(iri for iri in found if any(same(name, n) for n in self.nodes[iri].names))
        if spelt:
            return self._resolved(spelt[0])
        narrow = [c for c in context if c.value not in countries]
        for test, vouching in ((agree, context), (misspelt, narrow)):  # a slip only when no closer name is vouched for
            close = sorted(iri for iri in found if any(test(name, n) for n in self.nodes[iri].names))
            vouched = [iri for iri in close if iri in article or self._shares(iri, vouching)]
            if vouched:
                return self._resolved(vouched[0]) if len(vouched) == 1 else None
        meant = [iri for iri in found if any(agree(name, n) or misspelt(name, n) for n in self.nodes[iri].names)]
        short = [iri for iri in meant if any(shortened(name, n) for n in self.nodes[iri].names)]
        return self._resolved(short[0]) if len(meant) == 1 and short else None  # no other person could be meant

    def add(self, iri: str, label: str, entity: Entity, links: Iterable[str]) -> None:
        """Record that an entity of the batch went to a node, with what its article links it to."""
        node = self.nodes.setdefault(iri, _Node(label, set()))
        names = {entity.name, *entity.aliases}
        node.names |= names
        node.links.update(links)
        for name in names:
            for f in forms(name):
                self.by_form[f].add(iri)

    def _shares(self, iri: str, context: Sequence[NamedNode]) -> bool:
        wanted = {c.value for c in context}
        if not wanted:
            return False
        if self.nodes[iri].links & wanted:
            return True
        node = NamedNode(iri)
        return any(row["n"].value in wanted for query in _LINKED for row in self.store.select(query, {"e": node}))

    def _resolved(self, iri: str) -> Resolved:
        return Resolved(NamedNode(iri), self.nodes[iri].label)


def is_full_person(entity: Entity) -> bool:
    """A person the article names with a given name and a surname."""
    return len(entity.name.split()) >= 2 and bool({"Person", "Astronaut"} & set(entity.types))


def links(extraction: Extraction) -> dict[str, set[str]]:
    """Entity key -> the keys of the entities a fact of the article links it to."""
    out: dict[str, set[str]] = defaultdict(set)
    keys = {e.key for e in extraction.entities}
    for f in extraction.facts:
        values = [f.object, *(v for _, v in f.qualifiers)]
        others = {v for v in values if isinstance(v, str) and v in keys}
        out[f.subject] |= others
        for other in others:
            out[other].add(f.subject)
    return out
