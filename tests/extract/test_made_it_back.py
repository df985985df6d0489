""""Made it back to Earth" and "made it home" after a stay in space tell a landing, dated by
their clause; making it back to a hotel or into a ranking does not. Invented names, several
phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize(("text", "people"), [
    ("Wade Orlin and Ken Morrow made it back to Earth on Monday.", ("wade orlin", "ken morrow")),
    ("Wade Orlin made it home on Monday after 186 days on the station.", ("wade orlin",)),
    ("Wade Orlin and Ken Morrow made it back to solid ground on Monday after six months in orbit.",
     ("wade orlin", "ken morrow")),
    ("Wade Orlin made it home from the space station on Monday.", ("wade orlin",)),
    ("On Monday Wade Orlin and Ken Morrow made it back safely, their capsule landing on the steppe.",
     ("wade orlin", "ken morrow")),
])
def test_making_it_back_from_space_is_a_landing(nlp: Language, text: str, people: tuple[str, ...]) -> None:
    found = {t for t in triples(nlp, text) if t[1] == "returnDate"}
    assert found == {(one, "returnDate", "2031-06-09") for one in people}


@pytest.mark.parametrize("text", [
    "Wade Orlin made it back to the team's hotel on Monday.",
    "Wade Orlin made it back into the top ten of the rankings on Monday.",
    "Wade Orlin made it home in time for dinner on Monday.",
])
def test_making_it_back_elsewhere_is_no_landing(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[1] == "returnDate"}
