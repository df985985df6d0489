"""Marriages as reporters tell them: "by marrying his longtime girlfriend X" (a spouse, not
only a partner), "was married to A from 1954 to 1974, B from 1975 to 1978 and C from 1988 to
2012" (each listed spouse, former when the marriage is told as ended), "married and divorced",
while "X married Y, the daughter of Z" stays one spouse. Invented names, several phrasings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def spouses(nlp: Language, text: str, name: str) -> dict[str, str]:
    ex = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    return {names[str(f.object)]: f.modality for f in ex.facts
            if f.predicate == "spouse" and names.get(f.subject) == name}


@pytest.mark.parametrize("text", [
    "Astronaut Ron Vale gave himself a gift on his 93rd birthday by marrying his longtime girlfriend Maria Lopez.",
    "Astronaut Ron Vale married his longtime girlfriend Maria Lopez on Friday in Los Angeles.",
    "On Friday astronaut Ron Vale married Maria Lopez in a small private ceremony.",
])
def test_marrying_someone_makes_them_a_spouse(nlp: Language, text: str) -> None:
    assert spouses(nlp, text, "Ron Vale") == {"Maria Lopez": "reported"}


@pytest.mark.parametrize("text", [
    "By marrying Maria Lopez, astronaut Ron Vale surprised his crewmates.",
    "By marrying Maria Lopez in 1963, Ron Vale proved that spaceflight had done him no harm.",
])
def test_the_one_who_married_is_no_spouse_of_their_own(nlp: Language, text: str) -> None:
    assert spouses(nlp, text, "Ron Vale") == {"Maria Lopez": "reported"}


@pytest.mark.parametrize("text, expected", [
    ("Astronaut Ron Vale was married and divorced three times, to Joan Arden from 1954 to 1974 and Lois Crane "
     "from 1988 to 2012.", {"Joan Arden": "former", "Lois Crane": "former"}),
    ("Astronaut Ron Vale was married to Joan Arden from 1954 to 1974.", {"Joan Arden": "former"}),
    ("Astronaut Ron Vale married Joan Arden, the daughter of Tom Kell.", {"Joan Arden": "reported"}),
])
def test_each_listed_spouse_and_whether_the_marriage_ended(nlp: Language, text: str,
                                                          expected: dict[str, str]) -> None:
    assert spouses(nlp, text, "Ron Vale") == expected


@pytest.mark.parametrize("text", [
    "Cosmonaut Ivan Dolgin died on Monday. Dolgin left his wife Galina and their two children behind.",
    "Cosmonaut Ivan Dolgin died on Monday. Dolgin is survived by his wife Galina and two children.",
    "Cosmonaut Ivan Dolgin died on Monday. He leaves behind his wife, Galina, and two sons.",
])
def test_a_wife_named_by_her_first_name_alone_is_a_spouse(nlp: Language, text: str) -> None:
    """The model takes a lone first name after "his wife" for a place; it is the wife's."""
    ex = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    pairs = {frozenset((names.get(f.subject), names.get(str(f.object)))) for f in ex.facts if f.predicate == "spouse"}
    assert frozenset(("Ivan Dolgin", "Galina")) in pairs
