"""A description that names a country ("the Spanish veteran", "the Spanish-American
veteran") never means a person the article says is from another country ("Turkish astronaut
A"): it goes to the last person said to be from that country, else to no one; a person of no
told country, or of that one, keeps it. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples

_TURK = "Turkish astronaut Kerem Aydin, a fighter pilot, ran 13 experiments. "


@pytest.mark.parametrize("text", [
    _TURK + "Born in Madrid, the Spanish veteran holds the record for spacewalks.",
    _TURK + "The Spanish veteran, who was born in Madrid, holds the record for spacewalks.",
    "Turkish pilot Kerem Aydin flew to the station in January. The crew was led by Juan Ortega. Born in Madrid, "
    "the Spanish-American veteran holds the record for spacewalks.",
])
def test_a_description_of_another_country_is_not_the_person(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert ("kerem aydin", "birthPlace", "madrid") not in found, found


def test_a_description_goes_to_the_one_of_its_country(nlp: Language) -> None:
    found = triples(nlp, "Juan Ortega of Spain commanded the flight. " + _TURK
                    + "Born in Madrid, the Spanish veteran holds the record for spacewalks.")
    assert ("juan ortega", "birthPlace", "madrid") in found, found
    assert ("kerem aydin", "birthPlace", "madrid") not in found


@pytest.mark.parametrize("text", [
    _TURK + "Born in Ankara, the Turkish veteran holds the record for experiments.",
    "Astronaut Kerem Aydin, a fighter pilot, ran 13 experiments. Born in Ankara, the Turkish veteran holds the "
    "record for experiments.",
])
def test_a_description_of_the_person_s_country_or_none_told_is_theirs(nlp: Language, text: str) -> None:
    assert ("kerem aydin", "birthPlace", "ankara") in triples(nlp, text)


def test_a_country_denied_is_no_country_of_the_description(nlp: Language) -> None:
    found = triples(nlp, "Czech cosmonaut Pavel Hora flew in 1978. Born in Prague, the first non-Soviet and "
                         "non-American astronaut later became a politician.")
    assert ("pavel hora", "birthPlace", "prague") in found, found
