"""How reference pages write one person's name, read as that one person (invented names, the
session ``nlp``): a heading with the surname first ("Halvik, Peter Jan (1951-)") and a name
with a middle initial the model splits ("Peter J. Halvik")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract

_PAGE = "2031-06-10"


@pytest.mark.parametrize("text", [
    "Halvik, Peter Jan Oskar (1951-)\n\nHalvik, Peter Jan Oskar (1951-) Norwegian engineer. Flew on STS-145.\n\n"
    "NAME: Peter J. Halvik\n\nPeter Halvik was born on March 21, 1951 in Bodo, Norway.",
    "NAME: Peter J. Halvik\n\nBIRTHPLACE: Halvik was born on March 21, 1951 in Bodo, Norway. Peter Halvik flew once.",
])
def test_one_person(nlp: Language, text: str) -> None:
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    assert [e.name for e in found.entities if "Person" in e.types] == ["Peter J. Halvik"]


def test_a_heading_of_another_given_name_is_another_person(nlp: Language) -> None:
    text = ("Halvik, Anna Marie (1955-)\n\nAnna Halvik is a Norwegian engineer. "
            "Her brother Peter Halvik flew on STS-145.")
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    people = {e.name for e in found.entities if "Person" in e.types}
    assert "Peter Halvik" in people and not any("Peter" in e.name and "Anna" in " ".join(e.aliases)
                                                for e in found.entities)
