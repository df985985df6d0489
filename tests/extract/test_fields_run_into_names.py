"""A title that ends with a field run into a name ("the fourth woman in the history of Russian
Cosmonautics Elena Voskova") does not make the field's word part of the person's name, when
the article names the person on their own; names of three words stay whole (invented names,
the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract

_PAGE = "2031-06-10"


@pytest.mark.parametrize("text", [
    "Russian woman cosmonaut Elena Voskova celebrates birthday\n\nToday the fourth woman-cosmonaut in the history "
    "of Soviet and Russian Cosmonautics Elena Voskova celebrates her birthday. She flew on Soyuz TMA-50.",
    "Peter Halvik flew in 2031. The pioneer of Norwegian Aviation Peter Halvik was honoured on Monday.",
])
def test_the_field_is_no_part_of_the_name(nlp: Language, text: str) -> None:
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    people = [e for e in found.entities if "Person" in e.types]
    assert len(people) == 1 and people[0].name in ("Elena Voskova", "Peter Halvik")


@pytest.mark.parametrize(("text", "name"), [
    ("The Emirati astronaut Hazza Ali Almansoori flew in 2031. Hazza Ali Almansoori said it was a dream.",
     "Hazza Ali Almansoori"),
    ("The Mexican Rodolfo Neri Vela flew in 2031. Neri Vela said it was a dream.", "Rodolfo Neri Vela"),
])
def test_a_name_of_three_words_stays_whole(nlp: Language, text: str, name: str) -> None:
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    assert name in {e.name for e in found.entities if "Person" in e.types}
