"""Whom someone comes home with, told as a crew named after a comma ("returns to Earth with the
outgoing crew, American A and Russian B"), and a present tense put days ahead ("returns in 10
days") as a plan. Invented names, several phrasings, and the near misses: a name that says
something after the comma, a past tense with its span."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _with(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(k[0], k[2], k[3]) for k in reading.keys(nlp, text) if k[1] == "landedWith" and k[0] == "ken marlow"}


@pytest.mark.parametrize(("text", "modality"), [
    ("Ken Marlow, who packed a soccer shirt, returns to Earth in 10 days with the outgoing crew, American Tod "
     "Varga and Russian Yuri Pavlenko.", "planned"),
    ("Ken Marlow will return to Earth with the outgoing crew, Tod Varga and Yuri Pavlenko.", "planned"),
    ("Ken Marlow returned to Earth with his crewmates, Tod Varga and Yuri Pavlenko, on Friday.", "reported"),
])
def test_a_crew_named_after_a_comma_came_home_with_them(nlp: Language, text: str, modality: str) -> None:
    assert _with(nlp, text) == {("ken marlow", "tod varga", modality), ("ken marlow", "yuri pavlenko", modality)}


@pytest.mark.parametrize("text", [
    "Ken Marlow returned to Earth with the crew, Tod Varga said on Friday.",
    "Ken Marlow returned to Earth with the samples, Tod Varga and Yuri Pavlenko said.",
])
def test_a_name_after_the_comma_saying_something_came_along_with_no_one(nlp: Language, text: str) -> None:
    assert _with(nlp, text) == set()


@pytest.mark.parametrize(("text", "modality"), [
    ("Ken Marlow launches to the station in two weeks with Tod Varga.", "planned"),
    ("Ken Marlow returns to Earth in three months with Tod Varga.", "planned"),
    ("Ken Marlow returned to Earth in 10 days with Tod Varga.", "reported"),
])
def test_a_present_tense_days_ahead_is_a_plan(nlp: Language, text: str, modality: str) -> None:
    found = {k[3] for k in reading.keys(nlp, text) if k[1] in ("landedWith", "launchedWith")
             and k[:3] in (("ken marlow", "landedWith", "tod varga"), ("ken marlow", "launchedWith", "tod varga"))}
    assert found == {modality}
