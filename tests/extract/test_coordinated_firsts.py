"""Firsts and ranks coordinated in one description: each clause with its own "to" is an
achievement of its own ("the first Ardenian to take part in X and to board Y"), and a rank or
first the parse hangs from the first's clause ("... to fly to space and the second Asian
cosmonaut", "... and the first journalist to report from orbit") is the same person's (invented
names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, Literal, extract


def said(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """(holder, predicate, achievement, scope) of the firsts and ranks a text states."""
    extraction = next(extract(nlp, [Article("Profile\n\n" + text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in extraction.entities}
    return {(names[f.subject], f.predicate, f.object.value, str(dict(f.qualifiers)["firstScope"].value))
            for f in extraction.facts if f.predicate in ("holdsFirst", "holdsRank") and isinstance(f.object, Literal)
            and isinstance(dict(f.qualifiers).get("firstScope"), Literal)}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Lena Voss was the first Canadian to take part in a station assembly flight and to board the station.",
     {("Lena Voss", "holdsFirst", "take part in a station assembly flight", "Canada"),
      ("Lena Voss", "holdsFirst", "board the station", "Canada")}),
    ("Tomas Kell became the first Briton to walk in space and to command a spacecraft.",
     {("Tomas Kell", "holdsFirst", "walk in space", "United Kingdom"),
      ("Tomas Kell", "holdsFirst", "command a spacecraft", "United Kingdom")}),
])
def test_each_clause_with_its_own_to_is_a_first(nlp: Language, text: str,
                                                wanted: set[tuple[str, str, str, str]]) -> None:
    assert said(nlp, text) == wanted


def test_a_clause_sharing_its_to_is_one_first(nlp: Language) -> None:
    assert said(nlp, "Lena Voss was the first woman to command the station and the shuttle.") == {
        ("Lena Voss", "holdsFirst", "command the station and the shuttle", "woman")}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Batu Erdene is the first Mongolian to fly to space and the second Asian cosmonaut.",
     {("Batu Erdene", "holdsFirst", "fly to space", "Mongolia"),
      ("Batu Erdene", "holdsRank", "cosmonaut", "Asian")}),
    ("Indeed, Ken Oda was the first civilian ever to fly aboard a paid space mission and the first journalist "
     "to report from orbit.",
     {("Ken Oda", "holdsFirst", "ever fly aboard a paid space mission", "civilian"),
      ("Ken Oda", "holdsFirst", "report from orbit", "anyone")}),
])
def test_a_rank_after_a_firsts_clause_is_the_same_persons(nlp: Language, text: str,
                                                          wanted: set[tuple[str, str, str, str]]) -> None:
    assert said(nlp, text) == wanted


def test_a_place_named_after_the_clause_holds_no_rank(nlp: Language) -> None:
    """ "... to fly to the station and the second module": no rank of people, so nothing."""
    assert {f for f in said(nlp, "Batu Erdene was the first Mongolian to fly to the station and the second "
                                 "module.") if f[1] == "holdsRank"} == set()


@pytest.mark.parametrize(("text", "wanted"), [
    ("Lena Voss received her pilot wings on Friday, making her the first woman to earn the honor.",
     {("Lena Voss", "holdsFirst", "receive pilot wings", "woman")}),
    ("Tomas Kell won the Harmon Trophy in 2010, becoming the first Briton to achieve this distinction.",
     {("Tomas Kell", "holdsFirst", "win Harmon Trophy", "United Kingdom")}),
])
def test_the_honor_is_what_the_sentence_told_before(nlp: Language, text: str,
                                                    wanted: set[tuple[str, str, str, str]]) -> None:
    assert said(nlp, text) == wanted


def test_an_honor_told_nowhere_stays_as_written(nlp: Language) -> None:
    assert said(nlp, "Lena Voss was the first woman to receive the honor.") == {
        ("Lena Voss", "holdsFirst", "receive the honor", "woman")}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Americans Tom Quill and Ron Radek were the first astronauts from US space agency NASA to land in a "
     "foreign spacecraft.",
     {("Tom Quill", "holdsFirst", "land in a foreign spacecraft", "NASA"),
      ("Ron Radek", "holdsFirst", "land in a foreign spacecraft", "NASA")}),
    ("Lena Voss was the first astronaut from NASA to walk on Mars.",
     {("Lena Voss", "holdsFirst", "walk on Mars", "NASA")}),
])
def test_named_beside_a_group_and_from_an_agency(nlp: Language, text: str,
                                                 wanted: set[tuple[str, str, str, str]]) -> None:
    """The names a subject stands beside hold the first ("Americans A and B were the first ..."),
    and "from NASA" counts among the agency's astronauts, as "of ESA" does."""
    assert said(nlp, text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Dale Corbin was the first Latin American, the first person of African descent, and the first Cuban to fly "
     "in space.",
     {("Dale Corbin", "holdsFirst", "fly in space", "Latin America"),
      ("Dale Corbin", "holdsFirst", "fly in space", "of African descent"),
      ("Dale Corbin", "holdsFirst", "fly in space", "Cuba")}),
    ("Carla Mendes was the first Chilean, the first woman of Polish origin and the first Briton to walk in space.",
     {("Carla Mendes", "holdsFirst", "walk in space", "Chile"),
      ("Carla Mendes", "holdsFirst", "walk in space", "of Polish origin, woman"),
      ("Carla Mendes", "holdsFirst", "walk in space", "United Kingdom")}),
])
def test_a_first_set_beside_another_after_was_is_the_same_persons(nlp: Language, text: str,
                                                                  wanted: set[tuple[str, str, str, str]]) -> None:
    """ "X was the first A, the first B, and the first C to ...": the middle one, which the parse
    sets in apposition to the first, is X's too."""
    assert said(nlp, text) == wanted


def test_a_first_in_apposition_to_a_person_is_still_theirs(nlp: Language) -> None:
    assert said(nlp, "Dale Corbin, the first person of African descent in space, died on Monday.") == {
        ("Dale Corbin", "holdsFirst", "in space", "of African descent")}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Lena Ostrova, the first Mexican and second Latin American astronaut in space, flew on Corvan-2.",
     {("Lena Ostrova", "holdsFirst", "in space", "Mexico"),
      ("Lena Ostrova", "holdsRank", "in space", "Latin America")}),
    ("He was part of the crew, Rafael Tormo being the first Mexican and second Latin-American astronaut in space.",
     {("Rafael Tormo", "holdsFirst", "in space", "Mexico"),
      ("Rafael Tormo", "holdsRank", "in space", "Latin America")}),
    ("Kim Rell, the first African-American and second astronaut to head the agency, retired.",
     {("Kim Rell", "holdsFirst", "head the agency", "African-American"),
      ("Kim Rell", "holdsRank", "head the agency", "anyone")}),
    ("Dara Quinn became the second Canadian and first Canadian woman in space.",
     {("Dara Quinn", "holdsRank", "in space", "Canada"),
      ("Dara Quinn", "holdsFirst", "in space", "Canada, woman")}),
])
def test_two_places_told_together_each_keep_their_own_group(nlp: Language, text: str,
                                                            wanted: set[tuple[str, str, str, str]]) -> None:
    """ "the first Mexican and second Latin American astronaut": a first among Mexicans and a
    second place among Latin Americans, never one first of a group made of both."""
    assert said(nlp, text) == wanted
