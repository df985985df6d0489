"""A stay's days told on the craft's own verb ("a capsule carrying A and B landed after 165
days in space", "the Soyuz parachuted down, bringing A and B back after 186 days in orbit",
"their capsule touched down, ending 183 days in orbit", "the module, with A and B inside, landed") are
the time in space of those it carried; a rocket's riders or days of something else are not.
Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


def _days(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(nlp, text) if t[1] == "timeInSpace"}


@pytest.mark.parametrize(("text", "people", "days"), [
    ("A Soyuz capsule carrying Oleg Virov, Pavel Santin and Wade Orlin landed safely in Kazakhstan on Tuesday "
     "morning after 165 days in space.", ("oleg virov", "pavel santin", "wade orlin"), "165"),
    ("The Soyuz TMA-40 parachuted down onto the steppe on Friday, bringing Oleg Virov and Wade Orlin back to Earth "
     "after 186 days in orbit.", ("oleg virov", "wade orlin"), "186"),
    ("The Crew Dragon Endeavour splashed down off Florida on Sunday, carrying Ana Ruiz and Ken Morrow home after "
     "199 days on the space station.", ("ana ruiz", "ken morrow"), "199"),
    ("The Shenzhou-40 return capsule, carrying Li Wen, Zhao Ming and Wang Hui, touched down at the Dongfeng "
     "landing site on Sunday after 183 days in orbit.", ("li wen", "zhao ming", "wang hui"), "183"),
    ("The descent module carrying Oleg Virov and Wade Orlin touched down near Zhezkazgan on Friday after 204 days "
     "in space.", ("oleg virov", "wade orlin"), "204"),
    ("Oleg Virov and Wade Orlin flew to the station on Tessa-9 in May. Their capsule touched down in Kazakhstan "
     "on Sunday, ending 183 days in orbit.", ("oleg virov", "wade orlin"), "183"),
    ("The Soyuz MS-40 descent module, with cosmonauts Oleg Virov, Pavel Santin and Wade Orlin inside, landed in "
     "Kazakhstan at 4:57 p.m. local time, ending 195 days in orbit.", ("oleg virov", "pavel santin", "wade orlin"),
     "195"),
    ("The return capsule of the Shenzhou-40 ship touched down at the Dongfeng landing site at 6:33 a.m. Sunday "
     "(Beijing Time), bringing home Li Wen and Zhao Ming after 186 days in orbit, the space agency said.",
     ("li wen", "zhao ming"), "186"),
])
def test_the_days_are_those_of_whom_the_craft_carried(nlp: Language, text: str, people: tuple[str, ...],
                                                       days: str) -> None:
    assert _days(nlp, text) == {(one, "timeInSpace", days) for one in people}


@pytest.mark.parametrize("text", [
    "A Soyuz rocket carrying Oleg Virov and Wade Orlin blasted off for the station on Friday, three days after "
    "165 days of training.",
    "The Soyuz capsule carrying Oleg Virov landed on Friday, 186 days after the Progress cargo ship docked to the "
    "station.",
])
def test_days_of_something_else_are_no_one_s_time_in_space(nlp: Language, text: str) -> None:
    assert not _days(nlp, text)
