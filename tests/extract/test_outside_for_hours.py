"""A spacewalk told as being or working outside the station for hours ("were outside the
station for six hours and 58 minutes on Tuesday", "spent three and a half hours cutting and
welding metal outside the station"), or as spending a spacewalk ("spent the entire seven-hour
spacewalk routing cables"): its date, length and partners; not time outside a craft on the
ground. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")

_WALK = {"spacewalkDate", "spacewalkDuration", "spacewalkPartner"}


def _walk(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(nlp, text) if t[1] in _WALK}


@pytest.mark.parametrize(("text", "day", "minutes"), [
    ("NASA astronauts Wade Orlin and Ken Morrow were outside the station for six hours and 58 minutes on Tuesday.",
     "2031-06-10", "418"),
    ("Wade Orlin and Ken Morrow worked outside the space station for 6 hours and 40 minutes on Saturday.",
     "2031-06-07", "400"),
    ("On Saturday, Wade Orlin and Ken Morrow were outside the ISS for seven hours and five minutes.",
     "2031-06-07", "425"),
    ("Wade Orlin and Ken Morrow spent almost the entire seven-hour spacewalk on Friday routing cables.",
     "2031-06-06", "420"),
    ("Wade Orlin and Ken Morrow spent the 6-hour, 40-minute spacewalk on Saturday replacing a pump on the "
     "station's truss.", "2031-06-07", "400"),
])
def test_time_outside_the_station_is_a_spacewalk(nlp: Language, text: str, day: str, minutes: str) -> None:
    found = _walk(nlp, text)
    for one in ("wade orlin", "ken morrow"):
        assert (one, "spacewalkDate", day) in found
        assert (one, "spacewalkDuration", minutes) in found
    assert {t for t in found if t[1] == "spacewalkPartner"} & {
        ("wade orlin", "spacewalkPartner", "ken morrow"), ("ken morrow", "spacewalkPartner", "wade orlin")}


@pytest.mark.parametrize("text", [
    "After the landing, Wade Orlin and Ken Morrow were outside the capsule for an hour on the steppe on Tuesday.",
    "Wade Orlin and Ken Morrow were outside the hangar for two hours on Tuesday, talking to reporters.",
    "Wade Orlin and Ken Morrow spent the launch day on Tuesday in the control room for six hours.",
])
def test_time_outside_on_the_ground_is_no_spacewalk(nlp: Language, text: str) -> None:
    assert not _walk(nlp, text)


@pytest.mark.parametrize(("text", "minutes"), [
    ("Wade Orlin spent three and a half hours cutting and welding metal outside the station on Tuesday.", "210"),
    ("Wade Orlin spent six hours fixing a radiator outside the space station on Tuesday.", "360"),
])
def test_hours_spent_at_work_outside_are_a_spacewalks(nlp: Language, text: str, minutes: str) -> None:
    assert ("wade orlin", "spacewalkDuration", minutes) in _walk(nlp, text)


@pytest.mark.parametrize("text", [
    "Wade Orlin spent two hours signing autographs outside the museum.",
    "After the landing, Wade Orlin spent an hour talking to reporters outside the capsule.",
])
def test_hours_at_work_outside_on_the_ground_are_no_spacewalks(nlp: Language, text: str) -> None:
    assert not {t for t in _walk(nlp, text) if t[1] == "spacewalkDuration"}
