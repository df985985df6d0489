"""A nickname whose closing quote the page left out (George D. “Pinky Nelson) is read as a
nickname all the same: one person under the name without it, the person the well-quoted
form elsewhere names; a quotation after a name stays outside it (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract

_PAGE = "2031-06-10"


def people(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    return {e.name: e.aliases for e in found.entities}


@pytest.mark.parametrize(("text", "name"), [
    ("Mission Specialists Tom D. “Ox” Van Rijn and Karl B. “Dusty Varga flew a seven-day mission.", "Karl B. Varga"),
    ("The veteran Paul D. “Pinky Holm flew on the shuttle in 1984.", "Paul D. Holm"),
    ("Edwin R. “Sandy Marsh walked in space on Monday.", "Edwin R. Marsh"),
    ("Pilot Leo M. “Lem” Dunn and Walter H. “Buddy Lane flew the orbiter home.", "Walter H. Lane"),
])
def test_the_name_is_read_without_the_unclosed_nickname(nlp: Language, text: str, name: str) -> None:
    found = people(nlp, text)
    assert name in found
    assert not any("“" in n for n in found)


def test_the_broken_and_the_well_quoted_form_are_one_person(nlp: Language) -> None:
    found = people(nlp, "Commander Ray T. Ostrom and Karl B. “Dusty Varga flew a seven-day mission that "
                        "expanded the shuttle’s reach.\n\nThe crew: Commander Ray T. Ostrom and Mission "
                        "Specialist Karl B. “Dusty” Varga.")
    assert [n for n in found if "Varga" in n] == ["Karl B. Varga"]


@pytest.mark.parametrize("text", [
    "Mission Specialist Lena Holt said, “Nothing Beats orbit,” after landing.",
    "Lena Holt called the view “Simply Breathtaking” on Monday.",
])
def test_a_quotation_after_a_name_stays_outside_it(nlp: Language, text: str) -> None:
    found = people(nlp, text)
    assert "Lena Holt" in found
    assert not any("Nothing" in n or "Simply" in n for n in found)
