"""A launch told of a person and a counted group ("On May 27, she and two other crewmates
launched from Baikonur to join ..."), which the parser reads as a participle describing
the group in a sentence without a finite verb: the sentence's opening date is the launch's
(invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize(("text", "person", "day"), [
    ("Ken Ortiz flew on Discovery. On May 27, he and two other crewmates launched from Baikonur to join the "
     "other three already aboard the station.", "Ken Ortiz", "2009-05-27"),
    ("On May 27, Ann Fox and two other astronauts launched from Baikonur to join the station crew.",
     "Ann Fox", "2009-05-27"),
])
def test_the_opening_date_is_the_launchs(nlp: Language, text: str, person: str, day: str) -> None:
    found = reading.keys(nlp, text, "2009-06-01")
    assert key(person, "launchDate", day) in found
    assert key(person, "launchSite", "Baikonur Cosmodrome") in found


def test_a_finite_verb_keeps_its_own_date(nlp: Language) -> None:
    found = reading.keys(nlp, "On May 27, Ann Fox said the two crewmates launched from Baikonur in March.",
                         "2009-06-01")
    assert key("Ann Fox", "launchDate", "2009-05-27") not in found
