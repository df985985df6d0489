"""Facts to RDF: one article's extraction becomes the triples of its named graph.

Pure: no store, no I/O. The triples come in two parts. ``facts`` are what the article says
about the world (types, names, relations, qualified values, the article's own metadata);
they go into the article's graph and into the merged default graph. ``provenance`` says
where each fact was read (assertions, sentences, mentions, the text itself); it stays in
the article's graph only, one pattern away from the facts.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from pyoxigraph import BlankNode, NamedNode, Quad, RdfFormat, Triple, parse
from pyoxigraph import Literal as OxLiteral
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from extract.facts import Extraction, Fact, Literal, Term, Value
from extract.name_keys import forms
from kg.iris import article_iri, fragment_iri, node_iri
from kg.namespaces import AKG, SDO
from kg.ontology import properties

#: Vocabulary IRIs as nodes, made once each: ingest maps every article in one process, and
#: building a node (or looking a name up in an rdflib namespace) per triple was most of its cost.
_n = lru_cache(maxsize=4096)(NamedNode)
_Object = NamedNode | BlankNode | OxLiteral | Triple
_Subject = NamedNode | BlankNode | Triple
_Note = Callable[[_Subject, str, _Object], None]
_Said = Callable[[NamedNode, str, str], None]
_TYPE, _SUBJECT, _PREDICATE, _OBJECT = str(RDF.type), str(RDF.subject), str(RDF.predicate), str(RDF.object)
_DERIVED_FROM, _GENERATED_BY = str(PROV.wasDerivedFrom), str(PROV.wasGeneratedBy)
_START, _END, _CONFIDENCE, _EXTRACTOR = str(AKG.startChar), str(AKG.endChar), str(AKG.confidence), str(AKG.extractor)
_MODALITY, _AS_OF, _DENOTES = str(AKG.modality), str(AKG.asOf), str(AKG.denotes)
_SENTENCE, _SENTENCE_CLASS, _TEXT = str(AKG.sentence), NamedNode(AKG.Sentence), str(SDO.text)
_ASSERTION = NamedNode(AKG.Assertion)
#: the modalities an assertion or a qualified node states; "reported" is the default, unwritten
#: on an assertion
_MODES = {"reported": NamedNode(AKG.Reported), "planned": NamedNode(AKG.Planned), "former": NamedNode(AKG.Former),
          "later": NamedNode(AKG.Later)}
_INTEGER_TYPE, _DECIMAL_TYPE = f"^^<{XSD.integer}>", f"^^<{XSD.decimal}>"
_PEOPLE = {"Person", "Astronaut"}
#: a middle initial in a person's name ("P." of "Thomas P. Stafford")
_INITIAL = re.compile(r"(?<=\w\w) (?:[A-Z]\. )+(?=\w)")


def without_initials(name: str) -> str:
    """A person's name without its middle initials, as readers often write it: "Thomas
    Stafford" of "Thomas P. Stafford", "Edwin Aldrin" of "Edwin E. Aldrin Jr." (a first
    initial stays: "C. Gordon Fullerton" is no "Gordon Fullerton" to everyone).

    >>> without_initials("Thomas P. Stafford"), without_initials("Ana Ruiz")
    ('Thomas Stafford', 'Ana Ruiz')
    """
    return _INITIAL.sub(" ", name)


@dataclass(frozen=True)
class Resolved:
    """Where an article's entity lives in the graph: its IRI and the label the graph uses."""

    iri: NamedNode
    label: str


@dataclass(frozen=True)
class ArticleGraph:
    """The triples one article contributes, ready for a store to write atomically, each made
    once as a quad of the article's named graph (the form stores write; turning triples into
    quads per write cost ingest as much as the mapping itself)."""

    iri: NamedNode  # the article's IRI and graph name
    key: str  # the article's identity (id, URL or text hash)
    content_hash: str
    facts: tuple[Quad, ...]  # in the article's graph; their triples also go into the merged graph
    provenance: tuple[Quad, ...]
    stated: int = 0  # how many facts the article states (assertions)

    def quads(self) -> Iterator[Quad]:
        """Every quad of the article's own named graph."""
        yield from self.facts
        yield from self.provenance

    def __len__(self) -> int:
        return len(self.facts) + len(self.provenance)


def literal(value: Literal) -> OxLiteral:
    """An ontology literal as an RDF literal (plain string, or typed with XML Schema).

    >>> literal(Literal("2016-03-02", "date")).datatype.value
    'http://www.w3.org/2001/XMLSchema#date'
    """
    if value.datatype == "string":
        return OxLiteral(value.value)
    return OxLiteral(value.value, datatype=_n(str(XSD[value.datatype])))


def to_graph(extraction: Extraction, resolved: Mapping[str, Resolved]) -> ArticleGraph:
    """The article graph of an extraction, with entity keys replaced by their IRIs.

    Raises ``ValueError`` for a fact that names an unknown entity key or property, because
    that is a bug in an extractor, not bad input.
    """
    article = extraction.article
    art = article_iri(article.key)
    facts: dict[Quad, None] = {}
    prov: dict[Quad, None] = {}
    # Provenance whose object is a literal (about half an article's quads) is written as
    # N-Quads text and parsed in one call: pyoxigraph builds a Quad with a literal object
    # from Python arguments in about 3 us, against under 2 us per quad parsed, text included.
    # Every literal's text comes from pyoxigraph's own N-Triples form of it (its escaping).
    lines: list[str] = []
    graph_end = f" {art} .\n"

    def fact(s: NamedNode, p: str, o: _Object) -> Quad:
        q = Quad(s, _n(p), o, art)
        facts[q] = None
        return q

    def note(s: _Subject, p: str, o: _Object) -> None:
        prov[Quad(s, _n(p), o, art)] = None

    def said(s: NamedNode, p: str, o: str) -> None:
        """A provenance quad whose object ``o`` is a literal in N-Triples form."""
        lines.append(f"{s} <{p}> {o}{graph_end}")

    fact(art, RDF.type, _n(AKG.Article))
    fact(art, AKG.sourceId, OxLiteral(article.key))
    fact(art, AKG.contentHash, OxLiteral(article.content_hash))
    if article.title:
        fact(art, DCTERMS.title, OxLiteral(article.title))
    if article.url:
        fact(art, SDO.url, OxLiteral(article.url, datatype=_n(str(XSD.anyURI))))
    if article.published:
        fact(art, SDO.datePublished, literal(Literal(article.published, _date_type(article.published))))
    said(art, SDO.articleBody, str(OxLiteral(article.text)))

    for entity in extraction.entities:
        where = resolved[entity.key]
        for cls in entity.types:
            fact(where.iri, RDF.type, _n(AKG[cls]))
        fact(where.iri, RDFS.label, OxLiteral(where.label))
        names = (entity.name, *entity.aliases)
        if _PEOPLE & set(entity.types):  # "Thomas P. Stafford" is also known as "Thomas Stafford"
            names += tuple(without_initials(n) for n in (where.label, *names))
        for alias in dict.fromkeys(names):
            if alias != where.label:
                fact(where.iri, SKOS.altLabel, OxLiteral(alias))
        if _PEOPLE & set(entity.types) and len(where.label.split()) > 1:
            # the keys later spellings of the name are looked up by (kg/identity.py)
            for key in sorted({k for name in (where.label, entity.name, *entity.aliases) for k in forms(name)}):
                fact(where.iri, SKOS.hiddenLabel, OxLiteral(key))

    extraction_node = fragment_iri(art, "extraction")
    note(extraction_node, RDF.type, _n(AKG.Extraction))
    note(extraction_node, PROV.used, art)
    said(extraction_node, AKG.extractor, str(OxLiteral(extraction.extractor)))

    props = properties()
    assertions: set[NamedNode] = set()
    for f in extraction.facts:
        info = props.get(f.predicate)
        if info is None:
            raise ValueError(f"fact uses unknown property {f.predicate!r}; see ontology/astrokg.ttl")
        subject = _entity(f.subject, resolved)
        if info.qualified:
            node = _qualified_node(f, subject, resolved)
            stated = fact(subject, AKG[f.predicate], node)
            assert info.range is not None
            fact(node, RDF.type, _n(AKG[info.range]))
            if f.object is not None:  # a record broken without a figure has no value
                fact(node, AKG.value, _object(f.object, resolved))
            for name, value in f.qualifiers:
                fact(node, AKG[name], _object(value, resolved))
            if f.as_of is not None:
                fact(node, AKG.asOf, literal(f.as_of))
            fact(node, AKG.modality, _MODES[f.modality])
        else:
            if f.object is None:
                raise ValueError(f"fact {f.predicate!r} has no object; only qualified values may lack one")
            stated = fact(subject, AKG[f.predicate], _object(f.object, resolved))
        assertions.add(_assertion(f, stated, art, extraction.sentences[f.evidence.sentence], extraction_node, note,
                                  said))

    # Every sentence, not only those that state a fact: the passage index (kg/passages.py)
    # is rebuilt from them, and a sentence nothing was read from may still answer a question.
    for start, end in extraction.sentences:
        sentence = fragment_iri(art, f"s-{start}-{end}")
        note(art, _SENTENCE, sentence)
        note(sentence, _TYPE, _SENTENCE_CLASS)
        said(sentence, _TEXT, str(OxLiteral(article.text[start:end])))
        said(sentence, _START, _int(start))
        said(sentence, _END, _int(end))

    for m in extraction.mentions:
        mention = fragment_iri(art, f"m-{m.start}-{m.end}")
        note(mention, _DENOTES, _entity(m.entity, resolved))
        said(mention, _START, _int(m.start))
        said(mention, _END, _int(m.end))

    prov.update(dict.fromkeys(parse("".join(lines), RdfFormat.N_QUADS)))
    return ArticleGraph(art, article.key, article.content_hash, tuple(facts), tuple(prov), len(assertions))


def _assertion(
    f: Fact, stated: Quad, art: NamedNode, sentence: tuple[int, int], run: NamedNode, note: _Note, said: _Said
) -> NamedNode:
    """Write the provenance of one stated triple: the PROV-O assertion node (returned)."""
    ev = f.evidence
    subject, predicate, value = stated.subject, stated.predicate, stated.object
    triple = f"{subject} {predicate} {value}"  # the triple's N-Triples form
    digest = hashlib.sha256(f"{triple}\x1f{ev.start}\x1f{ev.end}".encode()).hexdigest()[:16]
    a = fragment_iri(art, f"a-{digest}")
    note(a, _TYPE, _ASSERTION)
    note(a, _SUBJECT, subject)
    note(a, _PREDICATE, predicate)
    if isinstance(value, OxLiteral):
        said(a, _OBJECT, str(value))
    else:
        note(a, _OBJECT, value)
    note(a, _DERIVED_FROM, fragment_iri(art, f"s-{sentence[0]}-{sentence[1]}"))
    said(a, _START, _int(ev.start))
    said(a, _END, _int(ev.end))
    said(a, _CONFIDENCE, f'"{max(0.0, min(1.0, ev.confidence)):.3f}"{_DECIMAL_TYPE}')
    said(a, _EXTRACTOR, str(OxLiteral(ev.extractor)))
    note(a, _GENERATED_BY, run)
    if not properties()[f.predicate].qualified:  # a qualified node carries these itself
        if f.modality != "reported":  # "planned"; "former": true once, no longer; "later"
            note(a, _MODALITY, _MODES[f.modality])
        if f.as_of is not None:
            said(a, _AS_OF, str(literal(f.as_of)))
        for name, held in f.qualifiers:  # the span a fact held ("administrator from 2009 to 2017": akg:since,
            assert isinstance(held, Literal)  # akg:until): of this statement, not of the fact everywhere
            said(a, str(AKG[name]), str(literal(held)))
    return a


#: qualifiers that say how the article worded a value, not which value it is: two articles that
#: word one first differently state one first (one node, both wordings)
_WORDING = {"statedAs"}


def _qualified_node(f: Fact, subject: NamedNode, resolved: Mapping[str, Resolved]) -> NamedNode:
    parts = [_key(f.object, resolved) if f.object is not None else ""]
    parts += [f"{name}={_key(value, resolved)}" for name, value in sorted(f.qualifiers, key=lambda q: q[0])
              if name not in _WORDING]
    parts += [f"asOf={f.as_of.value if f.as_of else ''}", f"modality={f.modality}"]
    return node_iri(subject, f.predicate, *parts)


def _key(value: Value, resolved: Mapping[str, Resolved]) -> str:
    if isinstance(value, Literal):
        return f"{value.value}^^{value.datatype}"
    if isinstance(value, Term):
        return f"akg:{value.name}"
    return resolved[value].iri.value if value in resolved else value


def _object(value: Value, resolved: Mapping[str, Resolved]) -> NamedNode | OxLiteral:
    if isinstance(value, Literal):
        return literal(value)
    if isinstance(value, Term):
        return _n(AKG[value.name])
    return _entity(value, resolved)


def _entity(key: str, resolved: Mapping[str, Resolved]) -> NamedNode:
    try:
        return resolved[key].iri
    except KeyError:
        raise ValueError(f"fact names entity {key!r}, which the extraction does not list") from None


def _int(value: int) -> str:
    """An integer literal in N-Triples form (the ``d`` format refuses anything but a number)."""
    return f'"{value:d}"{_INTEGER_TYPE}'


def _date_type(value: str) -> str:
    """The XML Schema type of an ISO date of any precision: 2016, 2016-03 or 2016-03-02."""
    return {4: "gYear", 7: "gYearMonth"}.get(len(value), "date")
