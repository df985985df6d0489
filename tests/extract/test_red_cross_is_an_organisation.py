"""The Red Cross and the bodies named after it are organisations, not awards nor people
("a surgeon at the Lima Red Cross Medical Center" is an employer), while a cross that is a
decoration stays an award ("the Navy Cross"); invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


@pytest.mark.parametrize(("text", "org"), [
    ("Ana Ruiz, a 28-year-old surgeon at the Peruvian Red Cross Medical Center, was picked.",
     "peruvian red cross medical center"),
    ("Ana Ruiz, a surgeon at the Red Cross Hospital in Lima, was picked.", "red cross hospital"),
])
def test_a_red_cross_body_is_an_employer(nlp: Language, text: str, org: str) -> None:
    found = reading.triples(nlp, text, "2023-02-28")
    assert ("ana ruiz", "employer", org) in found


def test_the_red_cross_is_no_person_and_a_decoration_still_an_award(nlp: Language) -> None:
    found = reading.triples(nlp, "Ana Ruiz volunteered for the American Red Cross. Tomas Kell was awarded the Navy "
                                 "Cross in 1999.", "2023-02-28")
    assert not {t for t in found if t[0] == "red cross" or t[0] == "american red cross"}
    assert ("tomas kell", "award", "navy cross") in found
