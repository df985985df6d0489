"""Stores holding the test newsrooms and their Askers, shared by the question tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore
from tests.fixtures import crewroom, newsroom
from tests.kg.questions import (
    ageroom,
    altituderoom,
    capsuleroom,
    chainroom,
    checkroom,
    classroom,
    conflictroom,
    craftroom,
    datedroom,
    degreeroom,
    dockroom,
    earlierroom,
    firstsroom,
    flightroom,
    formerroom,
    grouproom,
    kinroom,
    nameroom,
    officeroom,
    onlyroom,
    planroom,
    priceroom,
    rankroom,
    readingroom,
    recordroom,
    reportroom,
    sizeroom,
    stationroom,
    tallyroom,
    tenureroom,
    titleroom,
    traderoom,
    triproom,
    typeroom,
    unitroom,
    unreadroom,
    visitroom,
    wordroom,
)


@contextmanager
def _room(factory: pytest.TempPathFactory, room: ModuleType) -> Iterator[OxigraphStore]:
    """A hand-declared newsroom module's articles in a fresh embedded store (read-only tests only)."""
    store = OxigraphStore(Path(factory.mktemp(room.__name__.rsplit(".", 1)[-1])) / "store")
    try:
        room.load(store)
        yield store
    finally:
        store.close()


@pytest.fixture(scope="module")
def newsroom_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    """The newsroom articles (tests/fixtures/newsroom.py), loaded once."""
    with _room(tmp_path_factory, newsroom) as store:
        yield store


@pytest.fixture(scope="module")
def asker(newsroom_store: OxigraphStore, nlp: Language) -> Asker:
    return Asker(newsroom_store, nlp)


@pytest.fixture(scope="module")
def crewroom_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    """The second newsroom (tests/fixtures/crewroom.py), loaded once."""
    with _room(tmp_path_factory, crewroom) as store:
        yield store


@pytest.fixture(scope="module")
def crew(crewroom_store: OxigraphStore, nlp: Language) -> Asker:
    return Asker(crewroom_store, nlp)


@pytest.fixture(scope="module")
def checks(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/checkroom.py: facts that invite answers the question rules out."""
    with _room(tmp_path_factory, checkroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def conflicts(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/conflictroom.py: conflicting, weak and newly worded facts."""
    with _room(tmp_path_factory, conflictroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def earlier(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/earlierroom.py: people's flights in order, or in none."""
    with _room(tmp_path_factory, earlierroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/planroom.py: a landing site planned, then reached."""
    with _room(tmp_path_factory, planroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def flights(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/flightroom.py: people's flights, counted and dated."""
    with _room(tmp_path_factory, flightroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def former(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/formerroom.py: employers stated as former."""
    with _room(tmp_path_factory, formerroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def firsts(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/firstsroom.py: firsts with their scopes."""
    with _room(tmp_path_factory, firstsroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/reportroom.py: facts as real reports state them."""
    with _room(tmp_path_factory, reportroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def chains(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/chainroom.py: answers that take a second fact."""
    with _room(tmp_path_factory, chainroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def types(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/typeroom.py: flights named only by their craft's type."""
    with _room(tmp_path_factory, typeroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def kin(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/kinroom.py: handovers, spouses of a time, crews in other words."""
    with _room(tmp_path_factory, kinroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def ages(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The ages-at-flights newsroom (tests/kg/questions/ageroom.py)."""
    with _room(tmp_path_factory, ageroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def degrees(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The degrees newsroom (tests/kg/questions/degreeroom.py)."""
    with _room(tmp_path_factory, degreeroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The records and totals newsroom (tests/kg/questions/recordroom.py)."""
    with _room(tmp_path_factory, recordroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def prices(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The prices newsroom (tests/kg/questions/priceroom.py)."""
    with _room(tmp_path_factory, priceroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def dockings(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The dockings newsroom (tests/kg/questions/dockroom.py)."""
    with _room(tmp_path_factory, dockroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def heights(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The heights newsroom (tests/kg/questions/altituderoom.py)."""
    with _room(tmp_path_factory, altituderoom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def titles(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The titles newsroom (tests/kg/questions/titleroom.py)."""
    with _room(tmp_path_factory, titleroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def offices(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The offices-in-time newsroom (tests/kg/questions/officeroom.py)."""
    with _room(tmp_path_factory, officeroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def tally(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/tallyroom.py: values told at two precisions, a man married twice."""
    with _room(tmp_path_factory, tallyroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def trades(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The occupations newsroom (tests/kg/questions/traderoom.py)."""
    with _room(tmp_path_factory, traderoom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def only(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The countries and their flyers (tests/kg/questions/onlyroom.py)."""
    with _room(tmp_path_factory, onlyroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def crafts(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """A craft type and a numbered craft of it (tests/kg/questions/craftroom.py)."""
    with _room(tmp_path_factory, craftroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def capsules(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """Flights told with their capsules person by person (tests/kg/questions/capsuleroom.py)."""
    with _room(tmp_path_factory, capsuleroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """Running totals stated on different dates (tests/kg/questions/datedroom.py)."""
    with _room(tmp_path_factory, datedroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def ranked(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The ranks newsroom (tests/kg/questions/rankroom.py): spacewalk ranks and selection months."""
    with _room(tmp_path_factory, rankroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def trips(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The trips newsroom (tests/kg/questions/triproom.py): launch and landing companions."""
    with _room(tmp_path_factory, triproom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def units(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The units newsroom (tests/kg/questions/unitroom.py): named missions and amounts asked."""
    with _room(tmp_path_factory, unitroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def stations(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """The stations newsroom (tests/kg/questions/stationroom.py): ranks of station commanders."""
    with _room(tmp_path_factory, stationroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def words(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/wordroom.py: words of a question the engine must not skip."""
    with _room(tmp_path_factory, wordroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def sizes(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """Flights with stated crew sizes or none (tests/kg/questions/sizeroom.py)."""
    with _room(tmp_path_factory, sizeroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def groups(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """Crews of several nations (tests/kg/questions/grouproom.py)."""
    with _room(tmp_path_factory, grouproom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def tenures(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """A title held by different people at different times (tests/kg/questions/tenureroom.py)."""
    with _room(tmp_path_factory, tenureroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def reading(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/readingroom.py: facts of a name beside questions about what it owns."""
    with _room(tmp_path_factory, readingroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def unread(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/unreadroom.py: questions with words the graph cannot read."""
    with _room(tmp_path_factory, unreadroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def classes(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/classroom.py: agencies' classes, dated and not."""
    with _room(tmp_path_factory, classroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/nameroom.py: words read as names beside good names."""
    with _room(tmp_path_factory, nameroom) as store:
        yield Asker(store, nlp)


@pytest.fixture(scope="module")
def visits(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/visitroom.py: stations people went to, and the craft that took them."""
    with _room(tmp_path_factory, visitroom) as store:
        yield Asker(store, nlp)
