"""A plural crew title before a bare surname ("Mission Specialists Kell and Tomas Lind") is
no part of the name (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2031-04-24")


@pytest.mark.parametrize("text", [
    "Ana Kell flew on Crew-40. Commander Eva Holt flew Endeavour alongside Pilot Ivo Lind and Mission Specialists "
    "Kell and Tomas Berg during the trip.",
    "Ana Kell flew on Crew-40. The crew, Flight Engineers Kell and Tomas Berg, docked on Friday.",
    "Ana Kell flew on Crew-40. Spaceflight Participants Kell and Tomas Berg paid for their seats.",
    "Ana Kell flew on Crew-40. Commanders Kell and Tomas Berg shook hands at the hatch.",
    "Ana Kell flew on Crew-40. Payload Specialists Kell and Tomas Berg ran the experiments.",
])
def test_a_plural_title_is_no_part_of_a_name(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    names = {k[0] for k in found} | {k[2] for k in found}
    assert not {n for n in names if n.split()[0] in ("specialists", "engineers", "participants", "commanders")}, names
