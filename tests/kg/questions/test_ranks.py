"""A rank asked of a role ("the first commander of X") is answered only from a sentence that
states that rank of the noun asked; a commander the articles never call the first is no answer
(tests/kg/questions/stationroom.py: invented names, hand-declared facts)."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("station", ["Lyra station", "Orin station"])
def test_a_commander_is_no_first_commander_unless_a_sentence_says_so(stations: Asker, station: str) -> None:
    """Lyra's one commander is its first Canadian one, under a headline that makes her Europe's
    first; Orin's is never ranked. Neither is the station's first commander."""
    assert len(stations.answer(f"Who commanded {station}?").answers) == 1
    answer = stations.answer(f"Who was the first commander of {station}?")
    assert answer.answers == () and "first commander" in (answer.message or "")
    assert stations.answer(f"Who was the last commander of {station}?").answers == ()


def test_the_rank_stated_in_the_answers_sentence_answers(stations: Asker) -> None:
    """"the first ever to command Vela station" says the rank; a headline's "Europe's first Lyra
    station commander" is no first commander of the station."""
    assert [a.label for a in stations.answer("Who was the first commander of Vela station?").answers] == ["Ida Soren"]
