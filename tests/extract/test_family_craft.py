"""A ride on a craft named only by its family ("a Soyuz capsule carrying X") is a ride on the one
numbered craft of that family the article names; with two of them, which one is not said
(invented people, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def rides(nlp: Language, text: str) -> dict[str, set[str]]:
    x = next(extract(nlp, [Article(text, published="2016-06-18", id="t")]))
    names = {e.key: e.name for e in x.entities}
    found: dict[str, set[str]] = {}
    for f in x.facts:
        if f.predicate == "spacecraft" and isinstance(f.object, str):
            found.setdefault(names[f.subject], set()).add(names[f.object])
    return found


@pytest.mark.parametrize("text", [
    "The Soyuz TMA-31M spacecraft undocked from the station at dawn. A Soyuz capsule carrying NASA astronaut "
    "Dale Hoskins and Russian cosmonaut Pavel Drozdov landed on the steppe hours later.",
    "A Soyuz capsule carrying NASA astronaut Dale Hoskins and Russia's Pavel Drozdov touched down in Kazakhstan "
    "on Saturday. The Soyuz TMA-31M spacecraft had undocked from the station five hours earlier.",
])
def test_the_family_name_is_the_one_numbered_craft_of_the_article(nlp: Language, text: str) -> None:
    found = rides(nlp, text)
    assert found.get("Dale Hoskins") == found.get("Pavel Drozdov") == {"Soyuz TMA-31M"}


def test_with_two_numbered_craft_the_family_name_stays(nlp: Language) -> None:
    found = rides(nlp, "The Soyuz TMA-31M and the Soyuz TMA-32M both flew this year. A Soyuz capsule carrying "
                       "NASA astronaut Dale Hoskins and Russian cosmonaut Pavel Drozdov landed on the steppe.")
    assert found.get("Dale Hoskins") == {"Soyuz"}
