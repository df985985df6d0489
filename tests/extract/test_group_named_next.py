"""A counted group told before its names ("The trio landed on Sunday. A, B and C spent 180
days aboard"): when no crew is known, the group is the people the next sentence names as its
subject, if they are as many as the group counts. Invented names, several phrasings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading


def subjects(nlp: Language, text: str, predicate: str) -> set[str]:
    found: set[Key] = reading.keys(nlp, text, "2024-05-01")
    return {k[0] for k in found if k[1] == predicate}


THREE = {"olek pavlin", "anna reyes", "ivo brandt"}


@pytest.mark.parametrize("text, predicate, people", [
    ("The trio landed in Kazakhstan on Sunday. Commander Olek Pavlin, Anna Reyes and Ivo Brandt spent 180 days "
     "on the station.", "landingSite", THREE),
    ("The pair landed near Dzhezkazgan on Sunday. Olek Pavlin and Anna Reyes had spent 200 days aboard.",
     "landingSite", {"olek pavlin", "anna reyes"}),
    ("The trio lifted off from Baikonur on Tuesday. Olek Pavlin, Anna Reyes and Ivo Brandt will spend six months "
     "aboard.", "launchSite", THREE),
    ("Three astronauts splashed down off Florida on Friday. They are Olek Pavlin, Anna Reyes and Ivo Brandt.",
     "landingSite", THREE),
    ("The trio touched down in Kazakhstan on April 3, 2031. Olek Pavlin, Anna Reyes and Ivo Brandt were helped "
     "out of the capsule.", "returnDate", THREE),
])
def test_the_group_is_who_the_next_sentence_names(nlp: Language, text: str, predicate: str,
                                                   people: set[str]) -> None:
    assert subjects(nlp, text, predicate) == people


@pytest.mark.parametrize("text", [
    "The trio landed in Kazakhstan on Sunday. NASA chief Olek Pavlin, Anna Reyes and Ivo Brandt greeted them at "
    "the site.",
    "The trio landed in Kazakhstan on Sunday. Olek Pavlin and Anna Reyes watched from Moscow.",
    "The trio landed in Kazakhstan on Sunday. A statement by Olek Pavlin, Anna Reyes, Ivo Brandt and Tom Quill "
    "was read.",
])
def test_others_named_next_are_not_the_group(nlp: Language, text: str) -> None:
    assert not subjects(nlp, text, "landingSite")
