"""The ontology itself: complete labels, comments and a generated namespace that matches it."""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, URIRef

from kg.ontology import ONTOLOGY_NS, ontology_graph, render_namespace_module


def test_every_term_has_a_label_and_a_comment() -> None:
    g = ontology_graph()
    missing = [
        str(term) for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
        for term in g.subjects(RDF.type, kind)
        if isinstance(term, URIRef) and str(term).startswith(ONTOLOGY_NS)
        and (g.value(term, RDFS.label) is None or g.value(term, RDFS.comment) is None)
    ]
    assert missing == []


def test_the_namespace_module_is_generated_from_the_ontology() -> None:
    current = (Path(__file__).resolve().parents[2] / "kg" / "namespaces.py").read_text(encoding="utf-8")
    assert current == render_namespace_module(), "run: python -m kg.ontology > kg/namespaces.py"


def test_domain_terms_are_aligned_to_public_vocabularies() -> None:
    g = ontology_graph()
    aligned = {"Person", "Astronaut", "Organization", "Place", "spouse", "birthPlace", "employer", "Article"}
    links = (OWL.equivalentClass, OWL.equivalentProperty, RDFS.subPropertyOf, RDFS.subClassOf,
             URIRef("http://www.w3.org/2004/02/skos/core#exactMatch"))
    for name in aligned:
        targets = {str(o) for p in links for o in g.objects(URIRef(ONTOLOGY_NS + name), p)}
        assert any(not t.startswith(ONTOLOGY_NS) for t in targets), name
