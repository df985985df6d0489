"""The one test of a plausible name (extract/plausible.py), asked by the extractor and the
question engine alike: each kind of word read as a name in several forms, and names of every
shape that must stay."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS

from extract.plausible import NAME_KINDS, name_kind, plausible_name, unreadable
from kg.namespaces import AKG
from kg.ontology import ontology_graph


@pytest.mark.parametrize(("label", "why"), [
    ("Payload Commander", "a role, not a name"),
    ("Specialist", "a role, not a name"),
    ("Mission Specialists", "a role, not a name"),
    ("Flight Engineer", "a role, not a name"),
    ("Lunar Module Pilot", "a role, not a name"),
    ("Senator", "a role, not a name"),
    ("commanded: Wren-6", "sentence punctuation"),
    ("Pilot: Ann Voss", "sentence punctuation"),
    ("Ann Voss; Ivo Lind", "sentence punctuation"),
    ("Who? Ann", "sentence punctuation"),
    ("Tova K.", "a name cut at its initial"),
    ("Tova K", "a name cut at its initial"),
    ("Ann B. C.", "a name cut at its initial"),
    ("Ilya Dorn and Pavel Sark", "two names made one"),
    ("Ilya Dorn & Pavel Sark", "two names made one"),
    ("Ilya Dorn, Pavel Sark", "two names made one"),
    ("Ott D. “Sparky Lund", "an unbalanced quote or bracket"),
    ('Ott D. "Sparky Lund', "an unbalanced quote or bracket"),
    ("Ott D. (Sparky Lund", "an unbalanced quote or bracket"),
    ("mara quist", "no capital letter"),
    ("commanded STS-50", "no capital letter"),
    ("Ann Voss, Ivo Lind, Ph.D.", "two names made one"),
])
def test_words_that_are_no_persons_name(label: str, why: str) -> None:
    assert unreadable(label, "person") == why
    assert not plausible_name(label, "person")


@pytest.mark.parametrize("label", [
    "Buzz Aldrin", "Charles Conrad Jr.", "Charles Conrad, Jr.", "Pyotr I. Klimuk", "Zarkov", "Yi So-yeon",
    "Loral O'Hara", "Sultan Al Neyadi", "Ott D. “Sparky” Lund", 'Ott D. "Sparky" Lund', "Ott D. “Sparky\" Lund",
    "James D. van Hoften", "Ivo Tamm III", "Jing Haipeng", "Mae C. Jemison", "al-Vasi", "de Lorn",
    "Ann Voss, Ph.D.", "Ivo Tamm, Jr., Ph.D.", "Ann Voss, PhD", "Lia Orr, Ed.D.", "Ivo Tamm, M.D.",
])
def test_names_of_people_stay(label: str) -> None:
    assert unreadable(label, "person") is None


@pytest.mark.parametrize(("label", "kind"), [
    ("Soyuz T-15", "craft"), ("Apollo 13", "craft"), ("Soyuz T", "craft"), ("STS-41C", "craft"),
    ("Crew Dragon Endeavour", "craft"), ("National Aeronautics and Space Administration", "organisation"),
    ("Johnson & Johnson", "organisation"), ("Star City, Russia", "place"), ("Trinidad and Tobago", "place"),
    ("Commander Island", "place"),
])
def test_names_of_things_stay(label: str, kind: str) -> None:
    assert plausible_name(label, kind)


@pytest.mark.parametrize(("label", "kind"), [
    ("Kestrel: T-15", "craft"), ("Wren-7 “Osprey", "craft"), ("Orbita Works (Kestow", "organisation"),
    ("launched from: Baikonur", "place"),
])
def test_broken_names_of_things(label: str, kind: str) -> None:
    assert not plausible_name(label, kind)


@pytest.mark.parametrize(("classes", "kind"), [
    (["Astronaut", "Person"], "person"), (["Place", "Person"], "person"), (["City", "Organization"], "organisation"),
    (["Programme"], "craft"), (["Expedition"], "craft"), (["CelestialBody"], "place"), (["School"], "organisation"),
    (["Record"], None), (["Award"], None), ([], None),
])
def test_the_kind_of_name_of_an_entitys_classes(classes: list[str], kind: str | None) -> None:
    """One table for the extractor's labels and the question engine's classes, a person's first."""
    assert name_kind(classes) == kind


def test_every_class_under_a_kind_has_that_kind() -> None:
    """The table names ontology classes, and gives each subclass its class's kind: the
    extractor looks its flat labels up in it, with no ontology to follow."""
    graph = ontology_graph()
    ours = str(AKG)
    classes = {str(c).removeprefix(ours) for c in graph.subjects(RDF.type, OWL.Class) if str(c).startswith(ours)}
    assert set(NAME_KINDS) <= classes
    for name, kind in NAME_KINDS.items():
        under = {str(c).removeprefix(ours) for c in graph.transitive_subjects(RDFS.subClassOf, AKG[name])}
        assert {c: NAME_KINDS.get(c) for c in under} == dict.fromkeys(under, kind)
