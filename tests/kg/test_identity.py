"""One node per person however the articles spell the name, with invented names: other
romanisations join the node across articles and ingests, on every backend; people who only
share a surname stay apart; a close spelling joins only with a shared craft or mission; and
questions find the node by any spelling."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from extract import Article
from kg.identity import PEOPLE_NAMES
from kg.ingest import ingest
from kg.iris import article_iri
from kg.questions import Asker
from kg.resolve import articles_to_reconcile
from kg.store import Store
from kg.store.oxigraph import OxigraphStore
from kg.store.remote import RemoteStore
from tests.kg.test_store_contract import wipe

LAUNCH = Article("Cosmonaut Nikolai Brusov launched on Soyuz MS-31 on Friday with NASA astronaut Dara Voss. "
                 "Brusov, 44, is the commander.", id="brusov-launch", published="2031-03-07")
LANDING = Article("Nikolay Brusov returned to Earth on Soyuz MS-31 on Tuesday after 180 days in space, Roscosmos "
                  "said.", id="brusov-landing", published="2031-09-02")
NAMESAKE = Article("NASA astronaut Milo Voss launched on a Crew Dragon on Monday. Voss, 51, is a veteran.",
                   id="milo-voss", published="2031-04-01")


def nodes(store: Store, word: str) -> dict[str, set[str]]:
    """The person nodes with a name that has this word, and all their names."""
    found: dict[str, set[str]] = {}
    for row in store.select(PEOPLE_NAMES):
        found.setdefault(row["e"].value, set()).add(row["name"].value)
    return {iri: names for iri, names in found.items() if any(word in n.split() for n in names)}


@pytest.fixture(params=["embedded", pytest.param("virtuoso", marks=pytest.mark.virtuoso),
                        pytest.param("oxigraph-serve", marks=pytest.mark.virtuoso)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of each kind: the embedded one, Virtuoso, and oxigraph serve."""
    if request.param == "embedded":
        embedded = OxigraphStore(tmp_path / "store")
        yield embedded
        embedded.close()
        return
    if request.param == "virtuoso":
        remote = RemoteStore(request.getfixturevalue("virtuoso_url"))
    else:
        query_url, update_url = request.getfixturevalue("oxigraph_server")
        remote = RemoteStore(query_url, update_url=update_url)
    wipe(remote)
    yield remote
    wipe(remote)


def test_a_later_ingest_joins_another_spelling_of_a_known_person(nlp: Language, any_store: Store) -> None:
    ingest(any_store, nlp, [LAUNCH])
    ingest(any_store, nlp, [LANDING])  # a separate run, as a later day's news would come
    (names,) = nodes(any_store, "Brusov").values()
    assert {"Nikolai Brusov", "Nikolay Brusov"} <= names


@pytest.mark.parametrize(("first", "second", "surname"), [
    ("Taikonaut Fang Xiao-lin flew on Shenzhou 31 with Ming Tao. Fang said the crew was ready.",
     "Fang Xiaolin returned to Earth aboard Shenzhou XXXI on Tuesday.", "Fang"),
    ("Khalid Al Saadi of the United Arab Emirates launched on SpaceX Crew-14.",
     "Emirati astronaut Khalid Al-Saadi returned to Earth on Crew-14 after 180 days.", "Khalid"),
    ("JAXA astronaut Kōzō Hamada launched on Crew-15 on Monday.",
     "Kozo Hamada, a JAXA astronaut, spent 150 days on the station.", "Hamada"),
    ("Cosmonaut Grigoriy Lavskiy launched on Soyuz MS-33 on Friday.",
     "Grigory Lavsky returned to Earth on Soyuz MS-33 on Tuesday.", "Lavsky"),
])
def test_spellings_of_one_name_are_one_node_in_one_batch(nlp: Language, store: OxigraphStore, first: str,
                                                           second: str, surname: str) -> None:
    ingest(store, nlp, [Article(first, id="a"), Article(second, id="b")])
    found = {iri for iri, names in nodes(store, surname).items() if any(len(n.split()) > 1 for n in names)}
    assert len(found) == 1


def test_people_who_share_a_surname_stay_apart(nlp: Language, store: OxigraphStore) -> None:
    ingest(store, nlp, [LAUNCH])
    ingest(store, nlp, [NAMESAKE])
    assert len(nodes(store, "Voss")) == 2
    ingest(store, nlp, [Article("Ivana Petrak, a Czech astronaut, launched on Crew-15.", id="ivana"),
                        Article("Ivan Petrak, a Czech astronaut, launched on Crew-15 too.", id="ivan")])
    assert len(nodes(store, "Petrak")) == 2  # a feminine form is another person, whatever they share


@pytest.mark.parametrize(("later", "people"), [
    ("Tessa Rowe landed on Soyuz MS-29 in Kazakhstan on Tuesday.", 1),  # the same craft: the commander
    ("Tessa Rowe, a NASA astronaut, launched on Crew-17 on Monday.", 2),  # nothing in common: maybe another
])
def test_a_close_spelling_joins_only_a_person_it_shares_a_craft_with(nlp: Language, any_store: Store,
                                                                      later: str, people: int) -> None:
    ingest(any_store, nlp, [Article("Commander Tessa Marlowe Rowe flew on Soyuz MS-29 with cosmonaut Ilya Garin.",
                                    id="rowe-launch")])
    ingest(any_store, nlp, [Article(later, id="rowe-later")])
    found = nodes(any_store, "Rowe")
    assert len(found) == people
    assert any({"Tessa Marlowe Rowe", "Tessa Rowe"} <= names for names in found.values()) == (people == 1)


def test_questions_find_the_node_by_any_spelling(nlp: Language, store: OxigraphStore) -> None:
    ingest(store, nlp, [LAUNCH, LANDING])
    asker = Asker(store, nlp)
    for question in ("What spacecraft did Nikolay Brusov launch on?", "What spacecraft did Nikolai Brusov launch on?"):
        answer = asker.answer(question)
        assert [a.label for a in answer.answers] == ["Soyuz MS-31"] and not answer.corrected, question
    unseen = asker.answer("What spacecraft did Nikolaj Brusov launch on?")  # a spelling no article used
    assert [a.label for a in unseen.answers] == ["Soyuz MS-31"]
    assert [r.label for r in unseen.corrected] == ["Nikolai Brusov"]  # and the answer says how it read it


def test_a_later_spelling_brings_its_facts_to_the_one_node(nlp: Language, store: OxigraphStore) -> None:
    ingest(store, nlp, [LAUNCH])
    ingest(store, nlp, [LANDING])
    asker = Asker(store, nlp)
    assert [a.value for a in asker.answer("When did Nikolai Brusov return?").answers] == ["2031-09-02"]
    assert [a.value for a in asker.answer("When did Nikolay Brusov launch?").answers] == ["2031-03-07"]


def test_a_mission_or_craft_is_one_node_however_articles_write_it(nlp: Language, store: OxigraphStore) -> None:
    ingest(store, nlp, [Article("Shenzhou XXVII docked with the station on Friday. NASA's SpaceX Crew-19 mission "
                                "launched from Florida aboard Soyuz MS 34.", id="one")])
    ingest(store, nlp, [Article("The Shenzhou 27 crew returned. Crew-19 splashed down, and SpaceX Crew-19 was "
                                "followed by Soyuz MS-34.", id="two")])
    rows = store.select("SELECT DISTINCT ?e WHERE { ?e a ?t . VALUES ?t { <https://w3id.org/astrokg/ontology#"
                        "Spaceflight> <https://w3id.org/astrokg/ontology#Spacecraft> } }")
    local = sorted(row["e"].value.rsplit("/", 1)[-1] for row in rows)
    assert local == ["Crew-19", "Shenzhou-27", "Soyuz_MS-34"]
    keyed = store.select("SELECT ?e WHERE { ?e <http://www.w3.org/2004/02/skos/core#hiddenLabel> ?k }")
    assert not keyed  # name keys are for people only: "Crew-19" and "Crew-20" fold alike


def test_only_articles_that_name_a_person_by_one_word_are_read_again(nlp: Language, any_store: Store) -> None:
    bare = Article("Brusov docked with the station on Soyuz MS-31 on Friday, Roscosmos said.", id="brusov-bare")
    ingest(any_store, nlp, [LAUNCH, LANDING])
    ingest(any_store, nlp, [bare])
    assert len(nodes(any_store, "Brusov")) == 1  # the bare surname joined the one Brusov
    # A new Brusov would make only the bare article ambiguous: not the one that spells the name another way.
    assert [iri.value for iri in articles_to_reconcile(any_store, {"Brusov"})] == [article_iri("brusov-bare").value]


@pytest.mark.parametrize(("first", "second", "people"), [
    ("Cosmonaut Pyotr Zelin launched on Soyuz MS-33 on Friday.",
     "Pytor Zelin returned to Earth on Soyuz MS-33 on Tuesday.", 1),  # two letters swapped, one craft
    ("NASA astronaut Raja Zelin will command Crew-21.",
     "Raji Zelin, the commander of Crew-21, spoke to reporters on Tuesday.", 1),  # one letter, one flight
    ("Kosmo Tarn wrote about the flight.",
     "NASA astronaut Raja Zelin will command Crew-21. Raji Zelin, 41, has flown before.", 1),  # one article
    ("NASA astronaut Anna Zelin launched on Crew-21 on Monday.",
     "Anne Zelin, an ESA astronaut, launched on Soyuz MS-40 in June.", 2),  # nothing in common: two people
    ("Ivan Zelin launched on Soyuz MS-40 in June.", "Ivana Zelin launched on Soyuz MS-40 in June.", 2),
    ("Anna Zelin, a Swedish engineer, was selected by ESA.",
     "Anne Zelin of Sweden spoke at the conference.", 2),  # a country alone vouches for no slip
])
def test_a_slip_of_one_letter_joins_only_a_person_it_shares_a_flight_with(nlp: Language, store: OxigraphStore,
                                                                          first: str, second: str,
                                                                          people: int) -> None:
    ingest(store, nlp, [Article(first, id="first")])
    ingest(store, nlp, [Article(second, id="second")])
    assert len(nodes(store, "Zelin")) == people


@pytest.mark.parametrize(("first", "second", "people"), [
    ("NASA astronaut Michael Tarvin launched on Crew-21 on Monday.",
     "Mike Tarvin spoke to students in Ohio.", 1),  # a nickname the library lists, nothing else in common
    ("Judith Tarvin was selected as an astronaut in 1978.", "A photo shows Judy Tarvin and Ana Voss.", 1),
    ("Gregory Tarvin was a payload specialist.", "Greg Tarvin trained in Houston for a year.", 1),  # cut off
    ("Michael Tarvin launched on Crew-21. Mark Tarvin, his brother, watched.",
     "Mike Tarvin spoke to students in Ohio.", 2),  # Mark could not be meant: Mike joins Michael
    ("Michael Tarvin launched on Crew-21.", "Mark Tarvin spoke to students in Ohio.", 2),  # no short form
    ("Alexander Tarvin launched on Crew-21.", "Alexandria Tarvin spoke to students in Ohio.", 2),
])
def test_a_short_form_of_the_given_name_joins_the_one_person_it_can_mean(nlp: Language, store: OxigraphStore,
                                                                        first: str, second: str,
                                                                        people: int) -> None:
    ingest(store, nlp, [Article(first, id="first")])
    ingest(store, nlp, [Article(second, id="second")])
    assert len(nodes(store, "Tarvin")) == people


def test_a_short_form_joins_no_one_when_two_people_could_be_meant(nlp: Language, store: OxigraphStore) -> None:
    ingest(store, nlp, [Article("Ronald Tarvin launched on Crew-21.", id="first")])
    ingest(store, nlp, [Article("Veronica Tarvin, a chef, opened a restaurant.", id="second")])
    ingest(store, nlp, [Article("Ronnie Tarvin spoke to students.", id="third")])  # either could be meant
    assert len(nodes(store, "Tarvin")) == 3
