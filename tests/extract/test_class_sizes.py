"""An agency's class size as an article states it (invented names): "selected 10 astronaut
candidates", "named a dozen new astronauts", "revealed the selection of five astronauts" give
``classSize`` of the agency, in the class's year or as of the day told; totals, crews, parts of a
group and other things counted give none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _sizes(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    return {k[:4] for k in reading.keys(nlp, text) if k[1] == "classSize"}


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "size"), [
    ("NASA selected 10 astronaut candidates in its 2031 class.", "10"),
    ("NASA on Wednesday named a dozen new astronauts, seven men and five women.", "12"),
    ("On Monday, the European Space Agency revealed the selection of five astronaut candidates.", "5"),
    ("NASA chose seven astronauts in 1959.", "7"),
    ("NASA picked nine new astronauts from 12,000 applicants on Monday.", "9"),
])
def test_a_class_size_is_the_agencys(nlp: Language, text: str, size: str) -> None:
    assert {s[2] for s in _sizes(nlp, text)} == {size}


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "NASA selected 10 astronaut candidates.",  # no year nor day told
    "NASA has selected 360 astronauts since 1959.",  # a total over years
    "NASA named four astronauts to the Crew-40 crew on Monday.",  # a crew
    "Two of the 10 astronauts selected by NASA in 2031 are women.",  # part of a group
    "NASA sent four astronauts to the station on Monday.",  # not a choice
    "NASA named four spacewalks on Monday.",  # other things counted
    "Ada Rinn selected four astronauts for her crew in 2031.",  # no agency chose them
])
def test_no_class_size_of_other_figures(nlp: Language, text: str) -> None:
    assert not _sizes(nlp, text)


@pytest.mark.issue(11)
def test_a_class_to_come_is_planned(nlp: Language) -> None:
    assert _sizes(nlp, "NASA will select 12 new astronauts in 2032.") == {("nasa", "classSize", "12", "planned")}
