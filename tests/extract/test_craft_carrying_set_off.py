"""A craft "carrying A, B and C" set off by commas before its verb launched them, however the
parse hangs the participle; people who "took off in" or "aboard" a named craft or mission rode
it; a plane that took off, or someone who took off to join a crew, made no launch. Invented
names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")

_TRIO = ("li wen", "zhao ming", "wang hui")


@pytest.mark.parametrize("text", [
    "The Shenzhou-40 spaceship, carrying Li Wen, Zhao Ming and Wang Hui, blasted off atop a Long March-2F Y40 "
    "carrier rocket on Friday.",
    "The Shenzhou-40 spaceship, carrying Li Wen, Zhao Ming and Wang Hui, was launched by a Long March-2F carrier "
    "rocket on Friday.",
    "The Shenzhou-40 spacecraft, carrying Li Wen, Zhao Ming and Wang Hui, lifted off from Jiuquan on Friday.",
    "Li Wen, Zhao Ming and Wang Hui took off in the Shenzhou-40 on Friday, powered by a Long March 2F.",
    "On Friday Li Wen, Zhao Ming and Wang Hui lifted off aboard Shenzhou-40 from the Jiuquan Satellite Launch "
    "Center.",
])
def test_the_people_a_craft_carried_launched_in_it(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    for one in _TRIO:
        assert (one, "launchDate", "2031-06-06") in found
        assert (one, "launchVehicle", "shenzhou-40") in found


@pytest.mark.parametrize("text", [
    "The plane carrying Li Wen took off from Moscow on Friday.",
    "Li Wen took off from Moscow on Friday to join the Shenzhou-40 crew.",
    "The bus, carrying Li Wen and Zhao Ming, left the hotel for the Shenzhou-40 launch pad on Friday.",
])
def test_taking_off_elsewhere_is_no_launch(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[1] in ("launchDate", "launchVehicle") and t[0] in _TRIO}
