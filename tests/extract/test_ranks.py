"""A place after the first in a group's order ("the second Canadian in space", "the third woman
to walk in space", "the 568th human in space") is a rank, which later says who was not the
first; a rank only expected, a person's own second flight and an event's second doing are none
(invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.facts import Literal


def ranks(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """(holder, achievement, scope, place) of each rank read from ``text``."""
    found = next(extract(nlp, [Article(text, published="2031-03-02", id="t")]))
    names = {e.key: e.name for e in found.entities}
    out = set()
    for f in found.facts:
        if f.predicate == "holdsRank" and isinstance(f.object, Literal):
            q = {k: v.value for k, v in f.qualifiers if isinstance(v, Literal)}
            out.add((names[f.subject], f.object.value, q["firstScope"], q["rankNumber"]))
    return out


@pytest.mark.parametrize(("text", "rank"), [
    ("Astronaut Nora Lind flew aboard the shuttle to become the first Canadian woman in space and the second "
     "Canadian.", ("Nora Lind", "in space", "Canada", "2")),
    ("Astronaut Nora Lind became the second Canadian in space in 1992.", ("Nora Lind", "in space", "Canada", "2")),
    ("Nora Lind, the third woman to walk in space, retired on Monday.", ("Nora Lind", "walk in space", "woman", "3")),
    # a place in figures, or past the tenth
    ("Nora Lind flew the plane. By the numbers, Lind became the 568th human in space.",
     ("Nora Lind", "in space", "anyone", "568")),
    ("Kenji Arata is the 10th Japanese to travel into space and the fifth to stay at the station.",
     ("Kenji Arata", "travel into space", "Japan", "10")),
    ("Nora Lind became the twelfth woman to walk in space.", ("Nora Lind", "walk in space", "woman", "12")),
    ("Nora Lind became the 21st woman to walk in space.", ("Nora Lind", "walk in space", "woman", "21")),
])
def test_a_later_place_in_a_group_is_a_rank(nlp: Language, text: str, rank: tuple[str, str, str, str]) -> None:
    assert ranks(nlp, text) == {rank}


@pytest.mark.parametrize("text", [
    "Nora Lind is set to become the second Dane in space.",  # only expected
    "Nora Lind made her second spaceflight in 2010.",  # her own series, no group's
    "Nora Lind made the second spacewalk by private astronauts.",  # an event's
    "Nora Lind was the first Canadian in space.",  # a first
    "Nora Lind and Kai Brenner are the second and third Danes in space.",  # which is which is not said
    "Nora Lind flew on the 135th shuttle mission.",  # a flight's number
    "Nora Lind finished 10th in the race.",
    "Nora Lind was born on the 10th of March 1970 in Oslo.",
])
def test_no_rank(nlp: Language, text: str) -> None:
    assert ranks(nlp, text) == set()
