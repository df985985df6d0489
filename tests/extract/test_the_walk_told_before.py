""""The spacewalk" with an aside or a length points back to the walk just told ("The
spacewalk, the second for the pair, began at 8:05 a.m. and lasted 6 hours and 42 minutes"):
its length is that walk's (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

OUT = "Ivan Belov and Mark Jensen stepped outside the space station on Thursday. "


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2025-01-20")


@pytest.mark.parametrize(("text", "minutes"), [
    (OUT + "The spacewalk, the second for the pair, began at 8:05 a.m. EDT and lasted 6 hours and 42 minutes.", "402"),
    (OUT + "The spacewalk, their first together, lasted 7 hours and 4 minutes.", "424"),
    (OUT + "The spacewalk -- the 270th in the station's history -- lasted 6 hours and 31 minutes.", "391"),
    (OUT + "The spacewalk, which NASA had delayed twice, lasted five hours and 17 minutes.", "317"),
    (OUT + "The planned spacewalk ended after 6 hours and 1 minute.", "361"),
])
def test_the_walk_just_told_lasted(nlp: Language, text: str, minutes: str) -> None:
    found = facts(nlp, text)
    assert key("Ivan Belov", "spacewalkDuration", minutes) in found
    assert key("Mark Jensen", "spacewalkDuration", minutes) in found


def test_her_first_walk_is_not_the_one_just_told(nlp: Language) -> None:
    found = facts(nlp, OUT + "The first spacewalk of the expedition, in May, lasted 5 hours and 2 minutes.")
    assert not {k for k in found if k[1] == "spacewalkDuration" and k[2] == "302"}


def test_a_walk_expected_to_take_some_hours_has_no_length(nlp: Language) -> None:
    found = facts(nlp, OUT + "The entire spacewalk was expected to take around six hours, but the pair worked fast "
                             "and was about one hour ahead of schedule.")
    assert not {k for k in found if k[1] == "spacewalkDuration"}


@pytest.mark.parametrize(("text", "minutes"), [
    (OUT + "That spacewalk lasted 6 hours and 42 minutes.", "402"),
    (OUT + "This outing, the pair's third, ended after 5 hours and 2 minutes.", "302"),
])
def test_that_walk_lasted(nlp: Language, text: str, minutes: str) -> None:
    """ "That outing", "this spacewalk" point back as "the spacewalk" does."""
    found = facts(nlp, text)
    assert key("Ivan Belov", "spacewalkDuration", minutes) in found
    assert key("Mark Jensen", "spacewalkDuration", minutes) in found


def test_that_walk_with_a_companion(nlp: Language) -> None:
    """ "That outing, also with B, lasted ...": B went out on it too, for as long."""
    found = facts(nlp, "Ivan Belov made his first spacewalk on Jan. 9. That outing, also with Mark Jensen, lasted "
                       "seven hours and 21 minutes.")
    assert key("Mark Jensen", "spacewalkDuration", "441") in found
    assert key("Ivan Belov", "spacewalkPartner", "Mark Jensen") in found or \
        key("Mark Jensen", "spacewalkPartner", "Ivan Belov") in found
