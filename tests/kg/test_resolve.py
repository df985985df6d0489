"""One node per person across articles, whatever order the articles come in."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from extract import Article
from kg.ingest import ingest
from kg.namespaces import sparql_prologue
from kg.store.oxigraph import OxigraphStore
from kg.store.sparql import Rows

SCOTT = Article("Astronaut Scott Kelly returned from the station on Tuesday. Kelly spent 340 days in orbit.",
                id="scott", published="2016-03-02")
MARK = Article("Mark Kelly, a retired astronaut, is married to Gabrielle Giffords. Kelly flew four shuttle "
               "missions.", id="mark", published="2016-03-01")
BARE = Article("Kelly launched on a Soyuz spacecraft and spent 340 days on the station.", id="bare",
               published="2016-03-03")


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[callable]:  # type: ignore[valid-type]
    stores: list[OxigraphStore] = []

    def make() -> OxigraphStore:
        store = OxigraphStore(tmp_path / f"s{len(stores)}")
        stores.append(store)
        return store

    yield make
    for store in stores:
        store.close()


def people(store: OxigraphStore) -> set[str]:
    rows = store.query(sparql_prologue() + "SELECT ?l WHERE { ?p a akg:Person ; rdfs:label ?l }")
    assert isinstance(rows, Rows)
    return {str(t.value) for t in rows.values("l")}


def facts(store: OxigraphStore) -> set[tuple[str, str, str]]:
    rows = store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert isinstance(rows, Rows)
    return {(r["s"].value, r["p"].value, r["o"].value) for r in rows}


def test_two_people_who_share_a_surname_stay_two(nlp: Language, fresh: callable) -> None:  # type: ignore[valid-type]
    store = fresh()
    ingest(store, nlp, [SCOTT, MARK])
    assert {"Scott Kelly", "Mark Kelly"} <= people(store)
    assert "Kelly" not in people(store)


def test_a_bare_surname_joins_the_only_person_it_fits(nlp: Language, fresh: callable) -> None:  # type: ignore[valid-type]
    store = fresh()
    ingest(store, nlp, [SCOTT, BARE])
    assert "Kelly" not in people(store)
    rows = store.query(sparql_prologue() + "SELECT ?v WHERE { res:Scott_Kelly akg:launchVehicle ?v }")
    assert isinstance(rows, Rows) and len(rows) == 1


def test_an_ambiguous_bare_surname_is_not_merged_blindly(nlp: Language, fresh: callable) -> None:  # type: ignore[valid-type]
    store = fresh()
    ingest(store, nlp, [SCOTT, MARK, BARE])
    rows = store.query(sparql_prologue() + "SELECT ?p WHERE { ?p akg:launchVehicle ?v }")
    assert isinstance(rows, Rows)
    holders = {t.value.rsplit("/", 1)[-1] for t in rows.values("p")}
    assert holders <= {"Kelly", "Scott_Kelly"} and "Mark_Kelly" not in holders


@pytest.mark.parametrize("order", list(itertools.permutations([SCOTT, BARE])))
def test_the_graph_does_not_depend_on_the_order_of_articles(
        nlp: Language, fresh: callable, order: tuple[Article, ...]) -> None:  # type: ignore[valid-type]
    reference = fresh()
    for article in (SCOTT, BARE):
        ingest(reference, nlp, [article])
    store = fresh()
    for article in order:
        ingest(store, nlp, [article])  # one batch each: the worst case
    assert facts(store) == facts(reference)


def test_a_second_fitting_person_arriving_later_reopens_the_decision(
        nlp: Language, fresh: callable) -> None:  # type: ignore[valid-type]
    early, late = fresh(), fresh()
    for article in (SCOTT, BARE, MARK):
        ingest(early, nlp, [article])
    for article in (MARK, SCOTT, BARE):
        ingest(late, nlp, [article])
    assert facts(early) == facts(late)


def test_agencies_and_countries_get_one_node_whatever_the_spelling(
        nlp: Language, fresh: callable) -> None:  # type: ignore[valid-type]
    store = fresh()
    ingest(store, nlp, [
        Article("Nasa astronaut Ann Lee was born in the US. The European Space Agency trained her.", id="a"),
        Article("NASA picked Bo Chen, who was born in America. ESA astronaut Di Wu flew with him.", id="b"),
        Article("The US space agency said Kim Park, born in the United States, works with Esa.", id="c"),
    ])
    rows = store.query(sparql_prologue() + """
        SELECT ?e WHERE { ?e a ?c VALUES ?c { akg:SpaceAgency akg:Country } }""")
    assert isinstance(rows, Rows)
    names = sorted(t.value.rsplit("/", 1)[-1] for t in rows.values("e"))
    assert names == ["European_Space_Agency", "NASA", "United_States"]
