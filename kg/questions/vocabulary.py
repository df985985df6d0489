"""The words of the ontology: what people call each class and property in a question.

Everything the question engine knows about relations comes from ``ontology/astrokg.ttl``:
``rdfs:label``, ``skos:altLabel``, ``akg:phrase`` (the object as seen from the subject:
"twin"), ``akg:inversePhrase`` (the subject as seen from the object: "commanded"),
``akg:answerKind`` and ``akg:exampleQuestion``. A property added there with its phrases can
be asked about without new code. Built once per process from the parsed ontology; pure data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING

from kg.ontology import ONTOLOGY_NS

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

#: Words that end a relation phrase without being the relation ("twin of", "selected by").
PREPOSITIONS = {"of", "by", "to", "for", "with", "from", "in", "on", "at", "into", "aboard"}

#: How an answer through a property is shown (the ontology's akg:answerKind values).
ANSWER_KINDS = ("entity", "date", "number", "place", "value")


@dataclass(frozen=True)
class PropertyWords:
    """One ontology property and the words people use for it."""

    name: str  # local name, e.g. "twinOf"
    iri: str
    label: str
    phrases: tuple[str, ...]  # the object as seen from the subject (includes the label)
    inverse_phrases: tuple[str, ...]  # the subject as seen from the object
    kind: str  # one of ANSWER_KINDS
    qualified: bool  # the object is an akg:QualifiedValue node carrying akg:value
    symmetric: bool
    single: bool  # an owl:FunctionalProperty: one value at most, so another value excludes the asked one
    is_object: bool  # an owl:ObjectProperty
    domain: str | None  # local class names, when the ontology gives one
    range: str | None
    family: tuple[str, ...]  # IRIs of the property and all its subproperties
    examples: tuple[str, ...] = ()  # question forms with {subject} / {object}
    single_for: frozenset[str] = frozenset()  # class IRIs whose members have one value at most (a flight's commander)
    bare_what: str = ""  # what a bare "what" asks for with these phrases instead of the value ("subject of study")

    def one_value_for(self, types: Iterable[str]) -> bool:
        """Has a subject of these types one value at most: always for an owl:FunctionalProperty,
        else when a class of the subject restricts the property to one (owl:maxCardinality 1)."""
        return self.single or bool(self.single_for & set(types))

    @property
    def word(self) -> str:
        """The property as a noun for messages ("the graph has no twin for X"): the first of
        its label and phrases that does not end in a preposition ("twin of", "commanded by")."""
        return next((p for p in (self.label, *self.phrases) if p.split()[-1] not in PREPOSITIONS), self.label)


@dataclass(frozen=True)
class ClassWords:
    """One ontology class, its words and its subclasses."""

    name: str
    iri: str
    label: str
    words: tuple[str, ...]  # label and alternative labels
    family: tuple[str, ...]  # IRIs of the class and all its subclasses


@dataclass(frozen=True)
class Vocabulary:
    """The question-relevant view of the ontology."""

    properties: dict[str, PropertyWords]
    classes: dict[str, ClassWords]
    labels: dict[str, str] = field(default_factory=dict)  # any ontology IRI -> its label

    def by_iri(self, iri: str) -> PropertyWords | None:
        """The property with this IRI, if it is one of ours."""
        return self.properties.get(iri[len(ONTOLOGY_NS):]) if iri.startswith(ONTOLOGY_NS) else None

    def label(self, iri: str) -> str:
        """A readable label for an ontology IRI (its local name when it has no label)."""
        return self.labels.get(iri) or iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]

    def family(self, *names: str) -> set[str]:
        """The IRIs of the named classes and of their subclasses; a name the ontology does not
        have adds none (a test's ontology may leave a class out)."""
        return {iri for name in names if name in self.classes for iri in self.classes[name].family}

    def kinds_of(self, cls: ClassWords) -> tuple[str, ...]:
        """The answer kinds of the properties whose values can be instances of ``cls`` (so
        "what spacecraft" asks for an entity, "what age" for a number): those whose range is
        the class, one of its subclasses or one of its superclasses."""
        family = set(cls.family)
        return tuple(dict.fromkeys(p.kind for p in self.askable()
                                   if p.range in self.classes and family & set(self.classes[p.range].family)))

    def askable(self) -> Iterable[PropertyWords]:
        """Properties people can ask about (those with question phrases)."""
        return (p for p in self.properties.values() if p.phrases or p.inverse_phrases)

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of the question phrases and class names, lower-cased: a verb among them is
        read by some relation (see :mod:`kg.questions.verbs`). Built once per vocabulary."""
        phrases = [p for prop in self.askable() for p in (*prop.phrases, *prop.inverse_phrases)]
        phrases += [w for c in self.classes.values() for w in c.words]
        return frozenset(w.lower() for p in phrases for w in p.split())

    @classmethod
    def from_graph(cls, g: Graph) -> Vocabulary:
        """Read the vocabulary from an ontology graph (the shipped one, or a test's)."""
        from rdflib import OWL, RDF, RDFS, SKOS, URIRef

        akg = ONTOLOGY_NS

        def local(term: object) -> str | None:
            text = str(term)
            return text[len(akg):] if isinstance(term, URIRef) and text.startswith(akg) else None

        def texts(subject: URIRef, predicate: URIRef) -> tuple[str, ...]:
            return tuple(dict.fromkeys(str(o).strip() for o in g.objects(subject, predicate) if str(o).strip()))

        labels = {str(s): str(o) for s, o in g.subject_objects(RDFS.label) if isinstance(s, URIRef)}
        classes: dict[str, ClassWords] = {}
        for c in set(g.subjects(RDF.type, OWL.Class)):
            name = local(c)
            if name is None:
                continue
            assert isinstance(c, URIRef)
            family = tuple(sorted(str(x) for x in g.transitive_subjects(RDFS.subClassOf, c)))
            label = labels.get(str(c), name)
            classes[name] = ClassWords(name, str(c), label, tuple(dict.fromkeys((label, *texts(c, SKOS.altLabel)))),
                                       family)
        qualified = {str(x) for x in g.transitive_subjects(RDFS.subClassOf, URIRef(akg + "QualifiedValue"))}
        properties: dict[str, PropertyWords] = {}
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
            for p in set(g.subjects(RDF.type, kind)):
                name = local(p)
                if name is None:
                    continue
                assert isinstance(p, URIRef)
                rng, dom = g.value(p, RDFS.range), g.value(p, RDFS.domain)
                answer_kind = str(g.value(p, URIRef(akg + "answerKind")) or ("entity" if kind == OWL.ObjectProperty
                                                                              else "value"))
                phrases = texts(p, URIRef(akg + "phrase"))
                inverse = texts(p, URIRef(akg + "inversePhrase"))
                label = labels.get(str(p), name)
                properties[name] = PropertyWords(
                    name=name,
                    iri=str(p),
                    label=label,
                    phrases=tuple(dict.fromkeys((label, *phrases))) if phrases else (),
                    inverse_phrases=inverse + _actives(phrases, inverse),
                    kind=answer_kind if answer_kind in ANSWER_KINDS else "value",
                    qualified=str(rng) in qualified,
                    symmetric=(p, RDF.type, OWL.SymmetricProperty) in g,
                    single=(p, RDF.type, OWL.FunctionalProperty) in g,
                    is_object=kind == OWL.ObjectProperty,
                    domain=local(dom),
                    range=local(rng),
                    family=tuple(sorted(str(x) for x in g.transitive_subjects(RDFS.subPropertyOf, p))),
                    examples=texts(p, URIRef(akg + "exampleQuestion")),
                    single_for=_one_value_classes(g, p),
                    bare_what=str(g.value(p, URIRef(akg + "bareWhatAsks")) or ""),
                )
        return cls(properties, classes, labels)


def _one_value_classes(g: Graph, prop: URIRef) -> frozenset[str]:
    """The classes (with their subclasses) that an OWL restriction gives at most one value of
    ``prop``: ``C rdfs:subClassOf [ owl:onProperty prop ; owl:maxCardinality 1 ]``."""
    from rdflib import OWL, RDFS

    found: set[str] = set()
    for restriction in g.subjects(OWL.onProperty, prop):
        most = g.value(restriction, OWL.maxCardinality) or g.value(restriction, OWL.maxQualifiedCardinality)
        if most is None or str(most) != "1":
            continue
        for cls in g.subjects(RDFS.subClassOf, restriction):
            found |= {str(c) for c in g.transitive_subjects(RDFS.subClassOf, cls)}
    return frozenset(found)


def _actives(phrases: Iterable[str], known: Iterable[str]) -> tuple[str, ...]:
    """The active verbs of passive phrases ("selected by" -> "selected"): the subject seen
    from the object ("Which agency selected her?"), when the ontology does not give them."""
    taken = {*phrases, *known}
    return tuple(dict.fromkeys(p[:-3] for p in phrases if p.endswith(" by") and p[:-3] not in taken))


@cache
def vocabulary() -> Vocabulary:
    """The shipped ontology's vocabulary, built once per process."""
    from kg.ontology import ontology_graph

    return Vocabulary.from_graph(ontology_graph())
