"""A nickname in brackets inside a name ("Jared (J.T.) Morrow", "Charles P. (Pete) Conrad") is
read as one person under the name without it, as a nickname in quotes is; brackets after a name
or an organisation stay outside it (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import key
from tests.extract import reading

_PAGE = "2031-06-10"


@pytest.mark.parametrize(("text", "fact"), [
    ("American entrepreneur Jared (J.T.) Morrow, 41, flew on the NS-90 mission.", ("Jared Morrow", "age", "41")),
    ("Marlon (Mo) Trask died on Monday in Ojai.", ("Marlon Trask", "deathPlace", "Ojai")),
    ("Peter K. (Kip) Dalloway, the commander of Vega-4, died on Monday.",
     ("Peter K. Dalloway", "deathDate", "2031-06-09")),
    ("The crew included Hendrik (Henk) Ootway Brand, 52.", ("Hendrik Ootway Brand", "age", "52")),
    ("Lena (Lee) Vance was born in Boulder, Colo., in 1950.", ("Lena Vance", "birthPlace", "Boulder")),
    ("The passengers include Ola Pym, 30; and entrepreneur Rafe (R. J.) Dunmore, 38.", ("Rafe Dunmore", "age", "38")),
])
def test_a_bracketed_nickname_stays_inside_one_name(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    assert key(*fact) in reading.keys(nlp, text, _PAGE)


@pytest.mark.parametrize(("text", "nickname"), [
    ("Marlon (Mo) Trask died on Monday in Ojai.", "Mo Trask"),
    ("American entrepreneur Jared (J.T.) Morrow, 41, flew on the NS-90 mission.", "J.T. Morrow"),
])
def test_the_nickname_with_the_surname_is_another_name_of_the_person(nlp: Language, text: str,
                                                                      nickname: str) -> None:
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    assert any(nickname in e.aliases for e in found.entities)


@pytest.mark.parametrize(("text", "names"), [
    ("The Japan Aerospace Exploration Agency (JAXA) said Ken Ito, 45, would fly.", {"JAXA", "Ken Ito"}),
    ("Roscosmos cosmonaut Sergey Kudrin (Expedition Commander) launched on Soyuz MS-40.",
     {"Roscosmos", "Sergey Kudrin", "Soyuz MS-40"}),
    ("Astronaut Dana Voss (NASA) said she was ready.", {"Dana Voss", "NASA"}),
])
def test_brackets_after_a_name_or_an_agency_are_no_nickname(nlp: Language, text: str, names: set[str]) -> None:
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    assert {e.name for e in found.entities} == names
