"""One place within another (extract/rules/places.py located), on texts written for these
tests: towns, schools and launch sites "in" or "at" a place, and datelines, which are not
such facts."""

from __future__ import annotations

from spacy.language import Language

from extract import Article, extract
from extract.gold import Key, extracted_keys, key


def keys(nlp: Language, text: str) -> set[Key]:
    return extracted_keys(next(extract(nlp, [Article(text, published="2024-06-10", id="t")])))


def test_schools_and_sites_within_places(nlp: Language) -> None:
    found = keys(nlp, "She studied at McGill University in Montreal. The rocket rose from Launch Complex 39A at "
                      "the Kennedy Space Center. The capsule came down at the Dongfeng landing site in north "
                      "China's Inner Mongolia Autonomous Region. The Jiuquan Satellite Launch Center in northwest "
                      "China's Gansu Province sent them up.")
    assert key("McGill University", "locatedIn", "Montreal") in found
    assert key("Launch Complex 39A", "locatedIn", "Kennedy Space Center") in found
    assert key("Dongfeng landing site", "locatedIn", "Inner Mongolia") in found
    assert key("Dongfeng landing site", "locatedIn", "China") not in found
    assert key("Jiuquan Satellite Launch Center", "locatedIn", "Gansu") in found


def test_a_dateline_is_not_where_a_place_is(nlp: Language) -> None:
    found = keys(nlp, "ORLANDO, Fla. -- The crew of four came home. Tacoma, Washington, cheered.")
    assert key("Orlando", "locatedIn", "Florida") not in found
    assert key("Tacoma", "locatedIn", "Washington") in found
