"""Spacewalks as reporters list and rank them: walks listed after a dash or a colon, each
with its walkers and its day; a walk's rank "for" each walker; a walk "wrapped up" or "led".
Invented names, several phrasings each."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


def objects(found: set[Key], name: str, predicate: str) -> set[str]:
    return {k[2] for k in found if k[0] == name and k[1] == predicate}


@pytest.mark.parametrize("text", [
    "During their stay they carried out two spacewalks -- Mira Tallant and Dana Oakes on Jan. 6, 2015, "
    "Mira Tallant and Yuri Pek on Feb. 21, 2015.",
    "The crew made two spacewalks -- Mira Tallant and Dana Oakes on Jan. 6, 2015, and Mira Tallant and Yuri Pek on "
    "Feb. 21, 2015 -- to fix the cooling loop.",
    "The station's crew staged two spacewalks: Mira Tallant and Dana Oakes on Jan. 6, 2015; Mira Tallant and "
    "Yuri Pek on Feb. 21, 2015.",
    "Mira Tallant conducted two spacewalks: with Dana Oakes on Jan. 6, 2015, and with Yuri Pek on Feb. 21, 2015.",
])
def test_each_listed_walk_is_its_walkers_on_its_day(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert objects(found, "mira tallant", "spacewalkDate") == {"2015-01-06", "2015-02-21"}
    assert objects(found, "dana oakes", "spacewalkDate") == {"2015-01-06"}
    assert objects(found, "yuri pek", "spacewalkDate") == {"2015-02-21"}
    pairs = {frozenset((k[0], k[2])) for k in found if k[1] == "spacewalkPartner"}
    assert pairs == {frozenset(("mira tallant", "dana oakes")), frozenset(("mira tallant", "yuri pek"))}


def test_a_list_of_something_else_gives_no_walks(nlp: Language) -> None:
    found = keys(nlp, "The crew made two spacewalks. Mira Tallant launched on Jan. 6, 2015, and Dana Oakes on "
                      "Feb. 21, 2015.")
    assert not objects(found, "mira tallant", "spacewalkDate")
    assert not objects(found, "dana oakes", "spacewalkDate")


@pytest.mark.parametrize("text, ranks", [
    ("It was the first spacewalk for Dana Oakes and the fourth for Mira Tallant.",
     {"dana oakes": "1", "mira tallant": "4"}),
    ("The spacewalk was the third for Dana Oakes.", {"dana oakes": "3"}),
    ("For Dana Oakes, a U.S. Air Force colonel, it was the second spacewalk in eight days.", {"dana oakes": "2"}),
    ("Tuesday's excursion outside the station was the second spacewalk for Dana Oakes.", {"dana oakes": "2"}),
])
def test_a_walk_for_someone_is_their_minimum(nlp: Language, text: str, ranks: dict[str, str]) -> None:
    """ "The second spacewalk for A": A had made at least two, which is no count of A's walks."""
    found = keys(nlp, text)
    for name, rank in ranks.items():
        assert objects(found, name, "minimumSpacewalkCount") == {rank}
        assert not objects(found, name, "spacewalkCount")


@pytest.mark.parametrize("text", [
    "Luca Varni led the first three of four difficult spacewalks to repair the spectrometer.",
    "Luca Varni took part in two of the four spacewalks of the expedition.",
])
def test_a_share_of_the_walks_is_no_count(nlp: Language, text: str) -> None:
    assert "4" not in objects(keys(nlp, text), "luca varni", "spacewalkCount")


def test_a_walk_for_something_else_is_no_count(nlp: Language) -> None:
    found = keys(nlp, "Dana Oakes made the first spacewalk for the new airlock on Monday.")
    assert not objects(found, "dana oakes", "spacewalkCount")
    assert not objects(found, "dana oakes", "minimumSpacewalkCount")


@pytest.mark.parametrize("text", [
    "Mira Tallant and Dana Oakes wrapped up a seven-hour spacewalk on Friday.",
    "Mira Tallant led a seven-hour spacewalk with Dana Oakes on Friday.",
    "Mira Tallant and Dana Oakes concluded a seven-hour spacewalk on Friday.",
])
def test_a_walk_wrapped_up_or_led(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("mira tallant", "dana oakes"):
        assert objects(found, name, "spacewalkDate") == {"2024-03-15"}
        assert objects(found, name, "spacewalkDuration") == {"420"}


@pytest.mark.parametrize("text, total, spent", [
    ("Mira Tallant, the station's commander, made two more spacewalks during the mission and now has nine, adding up "
     "to 62 hours and six minutes.", "9", {"3726"}),
    ("Mira Tallant made two more spacewalks and now has nine.", "9", set()),
    ("Mira Tallant conducted three more spacewalks this year and now has seven, totaling 45 hours.", "7", {"2700"}),
])
def test_more_walks_and_the_count_now(nlp: Language, text: str, total: str, spent: set[str]) -> None:
    found = keys(nlp, text)
    assert objects(found, "mira tallant", "spacewalkCount") == {total}
    assert objects(found, "mira tallant", "spacewalkDuration") == spent


def test_more_walks_and_something_else_is_no_count(nlp: Language) -> None:
    found = keys(nlp, "Mira Tallant made two more spacewalks and has a dog named Rex.")
    assert not objects(found, "mira tallant", "spacewalkCount")
