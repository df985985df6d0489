"""A Spanish name's first surname alone names its person, as reporters write it ("Tamayo" of
"Arnaldo Tamayo Méndez", "Neri" of "Rodolfo Neri Vela"). Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize(("text", "name", "fact"), [
    ("Born in Havana in 1942, Ramiro Ortega Lucena became the first Cuban in space. On September 18, 1980, "
     "Ortega flew aboard Soyuz 38 with Soviet cosmonaut Yuri Romanenko.", "Ramiro Ortega Lucena",
     ("launchVehicle", "Soyuz 38")),
    ("Marta Solis Ferrer is a Spanish pilot. Solis, 41, flew aboard Soyuz 40 in 2021.", "Marta Solis Ferrer",
     ("age", "41")),
])
def test_the_first_surname_alone_is_the_person(nlp: Language, text: str, name: str, fact: tuple[str, str]) -> None:
    found = reading.keys(nlp, text, "2020-09-18")
    assert key(name, *fact) in found
