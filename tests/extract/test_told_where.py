"""Where news of a death was told is not where the death was: "the death of X was announced in
Warsaw", "Y said in Warsaw that X died". Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import Key, extracted_keys


def keys(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    found: set[Key] = extracted_keys(next(extract(nlp, [Article(text, published="2031-06-10", id="t")])))
    return {k[:3] for k in found}


@pytest.mark.parametrize("text", [
    "The death of Ludo Varga was announced in Warsaw by Dale Korvin, a member of parliament.",
    "The death of cosmonaut Ludo Varga was confirmed in Warsaw on Tuesday.",
    "Ludo Varga's death was reported in Warsaw on Tuesday by the agency.",
    "Ludo Varga, a former pilot, has died aged 81, his son-in-law Dale Korvin said on Tuesday in Warsaw.",
    "Ludo Varga died on Tuesday. Dale Korvin, who announced the death in Warsaw, called him a hero.",
])
def test_where_a_death_was_told_is_no_death_place(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] == "deathPlace" and k[2] == "warsaw"}


@pytest.mark.parametrize("text", [
    "Dale Korvin, a spokesman for the agency, announced in Houston that astronaut Ludo Varga had died in Warsaw.",
    "Ludo Varga died in Warsaw on Tuesday, the agency announced.",
    "The agency said Ludo Varga died on Tuesday in Warsaw.",
])
def test_where_the_death_was_stays(nlp: Language, text: str) -> None:
    assert ("ludo varga", "deathPlace", "warsaw") in keys(nlp, text)
