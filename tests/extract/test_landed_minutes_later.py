"""A short flight's landing told as minutes or hours after its launch ("lifted off on Monday
and landed about 11 minutes later") is on the launch's day; days later, or people launched on
different days, give no day. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


def _landed(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(nlp, text) if t[1] == "returnDate"}


@pytest.mark.parametrize(("text", "people"), [
    ("Wade Orlin and Ken Morrow lifted off from Launch Site One on Monday and landed about 11 minutes later.",
     ("wade orlin", "ken morrow")),
    ("Wade Orlin and Ken Morrow rode the New Shepard rocket to space on Monday. Their capsule landed under "
     "parachutes about 11 minutes later.", ("wade orlin", "ken morrow")),
    ("Wade Orlin launched on Monday. He landed 11 minutes later.", ("wade orlin",)),
    ("Wade Orlin and Ken Morrow blasted off from West Texas on Monday, and they touched down in the desert ten "
     "minutes later.", ("wade orlin", "ken morrow")),
    ("On Monday Wade Orlin lifted off from Launch Site One. He landed two hours later.",
     ("wade orlin",)),
])
def test_a_landing_minutes_after_the_launch_is_on_its_day(nlp: Language, text: str,
                                                          people: tuple[str, ...]) -> None:
    assert _landed(nlp, text) == {(one, "returnDate", "2031-06-09") for one in people}


@pytest.mark.parametrize("text", [
    "Wade Orlin and Ken Morrow launched on Monday. They landed two days later.",
    "Wade Orlin launched on Monday and Ken Morrow on Tuesday. They landed 11 minutes later.",
    "Wade Orlin launched on Monday. A cargo ship docked 11 minutes later.",
])
def test_no_day_without_a_shared_launch_minutes_before(nlp: Language, text: str) -> None:
    assert not _landed(nlp, text)
