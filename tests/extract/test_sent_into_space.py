""""Was sent into space aboard X" tells a launch as "launched aboard X" does: the craft, the
date and the site are the person's. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-04-16", reported=True)


@pytest.mark.parametrize("text", [
    "Dale Korvin was sent into space 13 days ago aboard the Soyuz TMA-40 spacecraft.",
    "Dale Korvin was sent into orbit aboard the Soyuz TMA-40 on April 3, 2031, from Baikonur.",
    "Dale Korvin, who was sent into space aboard Soyuz TMA-40 in April, returned on Sunday.",
    "Aboard the Soyuz TMA-40, Dale Korvin was sent to space on April 3, 2031.",
    "The tourist Dale Korvin was sent into space on the Soyuz TMA-40 capsule this month.",
])
def test_sent_into_space_aboard_a_craft_is_a_launch_in_it(nlp: Language, text: str) -> None:
    assert ("dale korvin", "launchVehicle", "soyuz tma-40") in keys(nlp, text)


def test_the_date_and_site_of_being_sent_are_the_launch_s(nlp: Language) -> None:
    found = keys(nlp, "Dale Korvin was sent into orbit aboard the Soyuz TMA-40 on April 3, 2031, from Baikonur.")
    assert {("dale korvin", "launchDate", "2031-04-03"), ("dale korvin", "launchSite", "baikonur cosmodrome")} <= found


def test_a_probe_sent_into_space_is_no_one_s_launch(nlp: Language) -> None:
    found = keys(nlp, "Dale Korvin said the agency sent a probe into space on Tuesday.")
    assert not {k for k in found if k[1].startswith("launch")}
