"""One node per real-world entity across articles.

An entity named in full ("Scott Kelly") gets the IRI minted from that name, wherever and
whenever it is read. A full name that the graph does not know by that IRI but that is
another spelling of a person it knows ("Nikolay Chub" for "Nikolai Chub", "Oleg Novitskiy"
for "Oleg Novitsky") joins that person's node instead (:mod:`kg.identity`); its spelling
becomes an alternative label. Inside an article, ``extract`` already joins a bare "Kelly"
to the article's own "Scott Kelly".

A person the article names only by one word ("Kelly", with no full name in the article) is
resolved against the graph: the candidates are the people the graph knows *by a full name*
that has the word as its first or last word. One candidate: that person. Several (Scott and
Mark Kelly): the one whose neighbourhood shares the most entities with the article, if one
stands out; otherwise, and with no candidate at all, the bare name stays a node of its own
rather than being merged blindly.

Order: because candidates come only from full names, the decision for an article depends
on the set of full names in the graph, not on when they came. When later articles bring a
full name that fits an earlier article's bare name, :func:`reconcile` re-resolves that
earlier article, so the final graph is the same whatever order the articles came in (the
neighbour tie-break for ambiguous names reads the graph as it is, so it can still differ
when two equally fitting people arrive in different orders). Of several spellings of one
name, the first to arrive names the node (its IRI and label); the others are its
alternative labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode

from extract.facts import Article, Entity, Extraction
from extract.name_keys import name_key
from kg.identity import CONTEXT_TYPES, People, is_full_person, links
from kg.iris import entity_iri
from kg.mapping import Resolved
from kg.store import Store

_PEOPLE = ("Person", "Astronaut")
_LABELS = """
SELECT ?e ?label WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }
"""
_FULL_NAMES = """
PREFIX akg: <https://w3id.org/astrokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?word ?e ?label WHERE {
  ?e a ?type ; rdfs:label ?label .
  VALUES ?type { akg:Person akg:Astronaut }
  FILTER(STRSTARTS(?label, CONCAT(?word, " ")) || STRENDS(?label, CONCAT(" ", ?word)))
}
"""
_KEYS = """
SELECT DISTINCT ?key WHERE { ?e <http://www.w3.org/2004/02/skos/core#hiddenLabel> ?key }
"""
_NEIGHBOURS = """
SELECT ?e (COUNT(DISTINCT ?n) AS ?shared) WHERE {
  { ?e ?p ?n } UNION { ?n ?p ?e }
} GROUP BY ?e
"""
_BARE_ARTICLES = """
PREFIX akg: <https://w3id.org/astrokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?g WHERE {
  { ?x rdfs:label ?word } UNION { ?x skos:altLabel ?word }
  GRAPH ?g { ?m akg:denotes ?x . ?x rdfs:label ?label . ?g schema:articleBody ?body }
  OPTIONAL { GRAPH ?g { ?x skos:altLabel ?full FILTER(CONTAINS(?full, " ")) } }
  FILTER(?label = ?word || !CONTAINS(?body, ?label) && !BOUND(?full))
}
"""
_ARTICLE = """
PREFIX akg: <https://w3id.org/astrokg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?key ?body ?title ?url ?published WHERE {
  GRAPH ?g { ?g akg:sourceId ?key ; schema:articleBody ?body .
    OPTIONAL { ?g dcterms:title ?title } OPTIONAL { ?g schema:url ?url }
    OPTIONAL { ?g schema:datePublished ?published } }
}
"""


def kind_of(entity: Entity) -> str | None:
    """The IRI folder for an entity: records live apart from people and things."""
    return "record" if "Record" in entity.types else None


def resolve(store: Store, extraction: Extraction) -> dict[str, Resolved]:
    """Map each of the extraction's entity keys to the graph node it denotes."""
    return resolve_all(store, [extraction])[0]


def resolve_all(store: Store, extractions: Sequence[Extraction]) -> list[dict[str, Resolved]]:
    """:func:`resolve` for several articles against the same graph, with one query for all
    their labels and one for all their bare names (ingest resolves a batch before writing it)."""
    minted = [{e.key: entity_iri(e.name, kind_of(e)) for e in x.entities} for x in extractions]
    known = _labels(store, list({iri.value: iri for m in minted for iri in m.values()}.values()))
    bare = [[e for e in x.entities if is_bare_person(e)] for x in extractions]
    candidates = _full_name_candidates(store, sorted({e.name for b in bare for e in b}))
    people = People(store, [name for x, m in zip(extractions, minted, strict=True) for e in x.entities
                            if is_full_person(e) and m[e.key].value not in known for name in (e.name, *e.aliases)])
    return [_resolved(store, x, m, b, known, candidates, people)
            for x, m, b in zip(extractions, minted, bare, strict=True)]


def _resolved(store: Store, extraction: Extraction, minted: dict[str, NamedNode], bare: list[Entity],
              known: dict[str, str], candidates: dict[str, dict[str, str]], people: People) -> dict[str, Resolved]:
    bare_keys = {e.key for e in bare}
    context = [iri for key, iri in minted.items() if key not in bare_keys]
    linked = links(extraction)
    resolved: dict[str, Resolved] = {}
    for entity in extraction.entities:
        iri = minted[entity.key]
        options = candidates.get(entity.name, {}) if entity.key in bare_keys else {}
        choice = _choose(store, options, context) if options else None
        if choice is None and is_full_person(entity) and iri.value not in known:
            choice = _same_person(extraction, entity, minted, resolved, people)
        where = resolved[entity.key] = choice or Resolved(iri, known.get(iri.value, entity.name))
        if is_full_person(entity):
            people.add(where.iri.value, where.label, entity, {minted[k].value for k in linked.get(entity.key, ())})
    return resolved


def _same_person(extraction: Extraction, entity: Entity, minted: dict[str, NamedNode],
                 resolved: dict[str, Resolved], people: People) -> Resolved | None:
    """The known person whose name this full name spells another way (see :mod:`kg.identity`)."""
    context = [minted[e.key] for e in extraction.entities
               if e.key != entity.key and CONTEXT_TYPES & set(e.types) and not is_bare_person(e)]
    article = {r.iri.value for r in resolved.values()}
    countries = {minted[e.key].value for e in extraction.entities if "Country" in e.types}
    found = people.find(entity.name, context, article, countries)
    for alias in entity.aliases if found is None else ():
        if len(alias.split()) > 1 and (found := people.find(alias, context, article, countries)) is not None:
            break
    return found


def is_bare_person(entity: Entity) -> bool:
    """A person the article names by one word only."""
    return len(entity.name.split()) == 1 and bool(set(_PEOPLE) & set(entity.types))


def full_names(extractions: Iterable[Extraction]) -> set[str]:
    """The full person names in some extractions."""
    return {e.name for x in extractions for e in x.entities
            if len(e.name.split()) >= 2 and set(_PEOPLE) & set(e.types)}


def new_name_words(store: Store, names: Iterable[str]) -> set[str]:
    """The first and last words of those full names the graph does not know yet, by their
    own IRI or as another spelling of a known person: the bare names that new articles may
    have given a meaning to. (Call it before writing them.)"""
    names = sorted(set(names))
    known = set(_labels(store, [entity_iri(n) for n in names]).values())
    keys = {n: name_key(n) for n in names if n not in known}
    spelt = _known_keys(store, sorted({k for k in keys.values() if k}))
    return {w for n, k in keys.items() if k not in spelt for w in (n.split()[0], n.split()[-1])}


def articles_to_reconcile(store: Store, words: Iterable[str]) -> list[NamedNode]:
    """Articles that name a person only by one of these words: their bare names may now
    resolve differently (an article that names the person in full, in any spelling, is not
    one of them). Index lookups only (labels and alternative labels equal to a word),
    so the cost follows the matches, not the size of the graph."""
    literals = [OxLiteral(w) for w in sorted(set(words))]
    if not literals:
        return []
    rows = store.select(_BARE_ARTICLES, {"word": literals})
    return [NamedNode(v) for v in sorted({row["g"].value for row in rows})]


def stored_article(store: Store, iri: NamedNode) -> Article | None:
    """An article as it was stored (text and metadata), to be read again."""
    rows = store.select(_ARTICLE, {"g": iri})
    for row in rows:
        text = {name: str(term.value) for name, term in row.items()}
        return Article(text=text.get("body", ""), title=text.get("title"), url=text.get("url"),
                       published=text.get("published"), id=text.get("key"))
    return None


def _labels(store: Store, iris: list[NamedNode]) -> dict[str, str]:
    if not iris:
        return {}
    rows = store.select(_LABELS, {"e": iris})
    return {row["e"].value: row["label"].value for row in rows}


def _known_keys(store: Store, keys: list[str]) -> set[str]:
    """Those name keys some person node is known by (``skos:hiddenLabel``)."""
    if not keys:
        return set()
    return {row["key"].value for row in store.select(_KEYS, {"key": [OxLiteral(k) for k in keys]})}


def _full_name_candidates(store: Store, names: list[str]) -> dict[str, dict[str, str]]:
    if not names:
        return {}
    rows = store.select(_FULL_NAMES, {"word": [OxLiteral(n) for n in names]})
    found: dict[str, dict[str, str]] = {}
    for row in rows:
        found.setdefault(row["word"].value, {})[row["e"].value] = row["label"].value
    return found


def _choose(store: Store, options: Mapping[str, str], context: list[NamedNode]) -> Resolved | None:
    """The one candidate the article's other entities point to, if there is exactly one."""
    if len(options) == 1:
        (iri, label), = options.items()
        return Resolved(NamedNode(iri), label)
    if not context:
        return None
    rows = store.select(_NEIGHBOURS, {"e": [NamedNode(i) for i in sorted(options)], "n": context})
    scores = sorted(((int(r["shared"].value), r["e"].value) for r in rows), reverse=True)
    if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        best = scores[0][1]
        return Resolved(NamedNode(best), options[best])
    return None
