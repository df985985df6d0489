"""Stores holding the test newsrooms and their Askers, shared by the question tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore
from tests.factories import asker_over, stored
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
    kindroom,
    kinroom,
    lengthroom,
    liferoom,
    nameroom,
    officeroom,
    onlyroom,
    planroom,
    priceroom,
    rankroom,
    readingroom,
    recordroom,
    reportroom,
    seatroom,
    sizeroom,
    stationroom,
    tallyroom,
    tenureroom,
    titleroom,
    traderoom,
    triproom,
    tripwordroom,
    typeroom,
    unitroom,
    unreadroom,
    visitroom,
    wordroom,
)


@pytest.fixture(scope="module")
def newsroom_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    """The newsroom articles (tests/fixtures/newsroom.py), loaded once."""
    with stored(tmp_path_factory, "newsroom", newsroom.ARTICLES) as store:
        yield store


@pytest.fixture(scope="module")
def asker(newsroom_store: OxigraphStore, nlp: Language) -> Asker:
    return Asker(newsroom_store, nlp)


@pytest.fixture(scope="module")
def crewroom_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    """The second newsroom (tests/fixtures/crewroom.py), loaded once."""
    with stored(tmp_path_factory, "crewroom", crewroom.ARTICLES) as store:
        yield store


@pytest.fixture(scope="module")
def crew(crewroom_store: OxigraphStore, nlp: Language) -> Asker:
    return Asker(crewroom_store, nlp)


# An Asker over each room of hand-declared articles, by the name its tests ask for (the room's
# docstring says what it holds).
checks = asker_over(*checkroom.ARTICLES)
conflicts = asker_over(*conflictroom.ARTICLES)
earlier = asker_over(*earlierroom.ARTICLES)
plans = asker_over(*planroom.ARTICLES)
flights = asker_over(*flightroom.ARTICLES)
former = asker_over(*formerroom.ARTICLES)
firsts = asker_over(*firstsroom.ARTICLES)
reports = asker_over(*reportroom.ARTICLES)
chains = asker_over(*chainroom.ARTICLES)
types = asker_over(*typeroom.ARTICLES)
kin = asker_over(*kinroom.ARTICLES)
ages = asker_over(*ageroom.ARTICLES)
degrees = asker_over(*degreeroom.ARTICLES)
records = asker_over(*recordroom.ARTICLES)
prices = asker_over(*priceroom.ARTICLES)
dockings = asker_over(*dockroom.ARTICLES)
heights = asker_over(*altituderoom.ARTICLES)
titles = asker_over(*titleroom.ARTICLES)
offices = asker_over(*officeroom.ARTICLES)
tally = asker_over(*tallyroom.ARTICLES)
trades = asker_over(*traderoom.ARTICLES)
only = asker_over(*onlyroom.ARTICLES)
crafts = asker_over(*craftroom.ARTICLES)
capsules = asker_over(*capsuleroom.ARTICLES)
dated = asker_over(*datedroom.ARTICLES)
ranked = asker_over(*rankroom.ARTICLES)
trips = asker_over(*triproom.ARTICLES)
units = asker_over(*unitroom.ARTICLES)
stations = asker_over(*stationroom.ARTICLES)
words = asker_over(*wordroom.ARTICLES)
sizes = asker_over(*sizeroom.ARTICLES)
groups = asker_over(*grouproom.ARTICLES)
tenures = asker_over(*tenureroom.ARTICLES)
reading = asker_over(*readingroom.ARTICLES)
unread = asker_over(*unreadroom.ARTICLES)
classes = asker_over(*classroom.ARTICLES)
names = asker_over(*nameroom.ARTICLES)
visits = asker_over(*visitroom.ARTICLES)
kinds = asker_over(*kindroom.ARTICLES)
careers = asker_over(*kindroom.CAREERS)
lives = asker_over(*liferoom.ARTICLES)
lengths = asker_over(*lengthroom.ARTICLES)
seats = asker_over(*seatroom.ARTICLES)
trip_words = asker_over(*tripwordroom.ARTICLES)
