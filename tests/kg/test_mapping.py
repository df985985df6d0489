"""Facts to RDF, as pure functions: no store needed."""

from __future__ import annotations

import dataclasses
import re

import pytest
from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode
from rdflib import Graph
from rdflib.term import Literal as RdfLiteral
from rdflib.term import URIRef

from extract.facts import Extraction, Literal
from kg.iris import entity_iri
from kg.mapping import ArticleGraph, Resolved, to_graph
from kg.namespaces import AKG
from kg.ontology import validate
from tests.factories import ExtractionBuilder


def mapped(extraction: Extraction) -> ArticleGraph:
    resolved = {e.key: Resolved(entity_iri(e.name), e.name) for e in extraction.entities}
    return to_graph(extraction, resolved)


def as_rdflib(graph: ArticleGraph) -> Graph:
    g = Graph()
    for t in (*graph.facts, *graph.provenance):
        g.parse(data=f"{t.subject} {t.predicate} {t.object} .", format="nt")
    return g


def test_qualified_values_become_nodes_with_value_scope_and_date(twins: Extraction) -> None:
    g = as_rdflib(mapped(twins))
    node = g.value(URIRef(entity_iri("Scott Kelly").value), URIRef(AKG.timeInSpace))
    assert node is not None
    assert g.value(node, URIRef(AKG.value)) == RdfLiteral("340", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))
    assert g.value(node, URIRef(AKG.scope)) == URIRef(AKG.SingleFlight)
    assert str(g.value(node, URIRef(AKG.asOf))) == "2016-03-02"
    assert g.value(node, URIRef(AKG.modality)) == URIRef(AKG.Reported)


def test_provenance_stays_out_of_the_merged_facts(twins: Extraction) -> None:
    graph = mapped(twins)
    fact_predicates = {t.predicate.value for t in graph.facts}
    assert str(AKG.confidence) not in fact_predicates
    assert "https://schema.org/articleBody" not in fact_predicates
    assert graph.stated == len(twins.facts)


def test_alternative_names_become_alt_labels(twins: Extraction) -> None:
    g = as_rdflib(mapped(twins))
    alt = set(g.objects(URIRef(entity_iri("Scott Kelly").value), URIRef("http://www.w3.org/2004/02/skos/core#altLabel")))
    assert alt == {RdfLiteral("Kelly")}


def test_a_person_s_name_with_a_middle_initial_is_also_known_without_it() -> None:
    b = ExtractionBuilder("Ivo P. Brand commanded Apollo 30 with Ana M. Ruiz and the C. Tan Foundation.", id="a30")
    b.entity("Ivo P. Brand", "Astronaut", aliases=("Brand",))
    b.entity("Ana M. Ruiz", "Person")
    b.entity("C. Tan Foundation", "Organization")
    g = as_rdflib(mapped(b.build()))
    alt = URIRef("http://www.w3.org/2004/02/skos/core#altLabel")
    assert set(g.objects(URIRef(entity_iri("Ivo P. Brand").value), alt)) == {RdfLiteral("Brand"),
                                                                              RdfLiteral("Ivo Brand")}
    assert set(g.objects(URIRef(entity_iri("Ana M. Ruiz").value), alt)) == {RdfLiteral("Ana Ruiz")}
    assert not set(g.objects(URIRef(entity_iri("C. Tan Foundation").value), alt))


def test_the_mapped_graph_conforms_to_the_shapes(twins: Extraction) -> None:
    conforms, report = validate(as_rdflib(mapped(twins)))
    assert conforms, report


def test_the_shapes_catch_a_broken_graph(twins: Extraction) -> None:
    g = as_rdflib(mapped(twins))
    node = g.value(URIRef(entity_iri("Scott Kelly").value), URIRef(AKG.timeInSpace))
    g.remove((node, URIRef(AKG.modality), None))
    conforms, report = validate(g)
    assert not conforms and "modality" in report


def test_an_unknown_property_is_a_clear_error(twins: Extraction) -> None:
    bad = dataclasses.replace(twins, facts=(dataclasses.replace(twins.facts[0], predicate="twinof"),))
    with pytest.raises(ValueError, match="unknown property 'twinof'"):
        mapped(bad)


def test_the_same_value_stated_twice_is_one_node(twins: Extraction) -> None:
    first = {t for t in mapped(twins).facts if t.predicate == NamedNode(AKG.timeInSpace)}
    second = {t for t in mapped(dataclasses.replace(twins)).facts if t.predicate == NamedNode(AKG.timeInSpace)}
    assert first == second and len(first) == 1


def test_a_record_holding_without_a_figure_has_no_value_and_conforms() -> None:
    b = ExtractionBuilder("Peggy Lane passed the record set by Joan Park.", id="lane", published="2017-04-24")
    b.entity("Peggy Lane", "Astronaut")
    b.entity("Joan Park", "Astronaut")
    b.entity("cumulative days in space (US)", "Record")
    b.fact("Peggy Lane", "holdsRecord", None, evidence="passed the record",  # type: ignore[arg-type]
           qualifiers={"record": "cumulative days in space (US)", "previousHolder": "Joan Park"})
    g = as_rdflib(mapped(b.build()))
    node = g.value(URIRef(entity_iri("Peggy Lane").value), URIRef(AKG.holdsRecord))
    assert node is not None and g.value(node, URIRef(AKG.value)) is None
    assert g.value(node, URIRef(AKG.previousHolder)) == URIRef(entity_iri("Joan Park").value)
    conforms, report = validate(g)
    assert conforms, report


def _first(scope: str | None) -> Graph:
    b = ExtractionBuilder("Mira Voss became the first woman to command the station.", id="voss", published="2025-03-01")
    b.entity("Mira Voss", "Astronaut")
    b.fact("Mira Voss", "holdsFirst", Literal("command the station"), evidence="the first woman to command the station",
           qualifiers={"firstScope": Literal(scope)} if scope is not None else {})
    return as_rdflib(mapped(b.build()))


def test_a_first_is_a_node_with_its_achievement_and_scope_and_conforms() -> None:
    g = _first("woman")
    node = g.value(URIRef(entity_iri("Mira Voss").value), URIRef(AKG.holdsFirst))
    assert g.value(node, URIRef(AKG.value)) == RdfLiteral("command the station")
    assert g.value(node, URIRef(AKG.firstScope)) == RdfLiteral("woman")
    conforms, report = validate(g)
    assert conforms, report


def test_a_first_without_a_scope_breaks_the_shapes() -> None:
    conforms, report = validate(_first(None))
    assert not conforms and "firstScope" in report


def _stated_first(words: str) -> set[str]:
    """The First nodes of one first stated in ``words``."""
    b = ExtractionBuilder("Mira Voss became the first woman to command the station.", id="voss", published="2025-03-01")
    b.entity("Mira Voss", "Astronaut")
    b.fact("Mira Voss", "holdsFirst", Literal("command the station"), evidence="the first woman to command the station",
           qualifiers={"firstScope": Literal("woman"), "statedAs": Literal(words)})
    g = as_rdflib(mapped(b.build()))
    assert validate(g)[0]
    return {str(o) for o in g.objects(URIRef(entity_iri("Mira Voss").value), URIRef(AKG.holdsFirst))}


def test_a_first_worded_two_ways_is_one_node() -> None:
    assert _stated_first("first woman to command the station") == _stated_first("first woman to command the outpost")


def _replaced(by: str | Literal) -> Graph:
    b = ExtractionBuilder("Ivo Rask was replaced by Lena Torv.", id="rask", published="2031-07-01")
    b.entity("Ivo Rask", "Astronaut")
    b.entity("Lena Torv", "Astronaut")
    b.fact("Ivo Rask", "replacedBy", by, evidence="Ivo Rask was replaced by Lena Torv")
    return as_rdflib(mapped(b.build()))


def test_a_replacement_is_a_person_and_the_shapes_say_so() -> None:
    g = _replaced("Lena Torv")
    assert g.value(URIRef(entity_iri("Ivo Rask").value), URIRef(AKG.replacedBy)) == \
        URIRef(entity_iri("Lena Torv").value)
    conforms, report = validate(g)
    assert conforms, report
    conforms, report = validate(_replaced(Literal("a pump")))  # "replaced a pump" is no one's replacement
    assert not conforms and "replacedBy" in report


def test_a_former_employer_is_written_on_its_assertion() -> None:
    b = ExtractionBuilder("Former Kestrel Agency astronaut Pola Venn now flies for Orbita.")
    b.entity("Pola Venn")
    b.entity("Kestrel Agency", "SpaceAgency")
    b.entity("Orbita", "Organization")
    b.fact("Pola Venn", "employer", "Kestrel Agency", evidence="Former Kestrel Agency astronaut Pola Venn",
           modality="former")
    b.fact("Pola Venn", "employer", "Orbita", evidence="Pola Venn now flies for Orbita")
    g = as_rdflib(mapped(b.build()))
    modes = {g.value(a, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#object")): g.value(a, URIRef(AKG.modality))
             for a in g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"), URIRef(AKG.employer))}
    assert modes == {URIRef(entity_iri("Kestrel Agency").value): URIRef(AKG.Former),
                     URIRef(entity_iri("Orbita").value): None}
    conforms, report = validate(g)
    assert conforms, report


# Quotes, backslashes, line breaks, a NUL, N-Quads punctuation ("> .", "<...>"), an attempt at
# a line of its own, and characters outside ASCII (accents, an emoji, a line separator).
_HOSTILE = ['"', '\\', '\\"', '"> .', '<urn:x> <urn:y> "z" <urn:g> .\n', '\r\n', '\t', '\x00', 'é', '🚀',
            '\u2028', '\\u0022', '"""', "'"]


def _hostile_extraction(plain: bool) -> Extraction:
    def text(*parts: str) -> str:
        joined = "".join(parts)
        if not plain:
            return joined
        return "".join(" " if c.isspace() else c if c.isascii() and (c.isalnum() or c in ".,") else "x" for c in joined)

    body = text("Tavi Orlen said ", *_HOSTILE, " at the launch. Orlen became the first ",
                '"quoted\\ "> . walker', " in orbit. Then ", *reversed(_HOSTILE), " ended.")
    b = ExtractionBuilder(body, id="orlen", title=text('Orlen "> . \\ 🚀'))
    b.entity("Tavi Orlen", "Astronaut", aliases=("Orlen",))
    first = text('"quoted\\ "> . walker')
    b.fact("Tavi Orlen", "holdsFirst", Literal(first), evidence=first,
           qualifiers={"firstScope": Literal(text('in "> orbit'))})
    extraction = b.build()
    ev = dataclasses.replace(extraction.facts[0].evidence, extractor=text('rule "> .\n\\ é'))
    return dataclasses.replace(extraction, facts=(dataclasses.replace(extraction.facts[0], evidence=ev),),
                               extractor=text('astrokg "> . \\ 1'))


def test_hostile_text_maps_to_exactly_its_own_literals() -> None:
    extraction = _hostile_extraction(plain=False)
    graph = mapped(extraction)
    text = extraction.article.text
    objects: dict[tuple[str, str], list[object]] = {}
    for q in graph.provenance:
        assert q.graph_name == graph.iri and q.subject.value.startswith(graph.iri.value)  # type: ignore[union-attr]
        objects.setdefault((q.subject.value, q.predicate.value), []).append(q.object)  # type: ignore[union-attr]
    assert objects[(graph.iri.value, "https://schema.org/articleBody")] == [OxLiteral(text)]
    for start, end in extraction.sentences:
        sentence = f"{graph.iri.value}#s-{start}-{end}"
        assert objects[(sentence, "https://schema.org/text")] == [OxLiteral(text[start:end])]
    extractors = {str(o.value) for (_, p), os in objects.items() if p == str(AKG.extractor) for o in os}  # type: ignore[attr-defined]
    assert extractors == {extraction.extractor, extraction.facts[0].evidence.extractor}
    stated = [os[0] for (_, p), os in objects.items() if p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#object"]
    value = next(q.object for q in graph.facts if q.predicate == NamedNode(AKG.holdsFirst))
    assert stated == [value] and graph.stated == 1


def test_hostile_text_makes_the_same_quads_as_plain_text() -> None:
    def shape(graph: ArticleGraph) -> list[tuple[str, str, str]]:  # node IRIs hash what they say
        return sorted((re.sub(r"[0-9a-f]{12,}>$", ">", str(q.subject)), q.predicate.value, type(q.object).__name__)
                      for q in graph.quads())

    hostile, plain = mapped(_hostile_extraction(plain=False)), mapped(_hostile_extraction(plain=True))
    assert len(hostile.provenance) == len(plain.provenance) > 20
    assert shape(hostile) == shape(plain)


def test_a_first_worded_as_nothing_breaks_the_shapes() -> None:
    b = ExtractionBuilder("Mira Voss became the first woman to command the station.", id="voss", published="2025-03-01")
    b.entity("Mira Voss", "Astronaut")
    b.fact("Mira Voss", "holdsFirst", Literal("command the station"), evidence="the first woman to command the station",
           qualifiers={"firstScope": Literal("woman"), "statedAs": Literal("x")})
    conforms, report = validate(as_rdflib(mapped(b.build())))
    assert not conforms and "statedAs" in report
