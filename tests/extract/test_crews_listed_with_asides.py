"""A crew told as one list with asides: "A, a 42-year-old pilot; B, a doctor; and C are
undertaking a mission dubbed Fram9" (the parser may make each name a subject of its own),
"A along with B and C will fly X" (the with-phrase on the subject), and a one-off mission
name given by "dubbed", "named" or "called". Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _crew(nlp: Language, text: str, mission: str) -> set[str]:
    return {k[2] for k in reading.keys(nlp, text, "2025-03-01") if k[0] == mission.lower() and k[1] == "crewMember"}


@pytest.mark.parametrize(("text", "mission", "crew"), [
    ("Lena Voss, a 42-year-old entrepreneur; Tomas Brill, a 38-year-old director; and Ada Kern, a 62-year-old "
     "explorer are undertaking a multi-day mission, dubbed “Fram9.”", "Fram9",
     {"lena voss", "tomas brill", "ada kern"}),
    ("Following months of training, Lena Voss along with Tomas Brill, a cinematographer; Ada Kern, a researcher; "
     "and Piet Olde, a polar guide are undertaking a two-week mission named Vela4.", "Vela4",
     {"lena voss", "tomas brill", "ada kern", "piet olde"}),
    ("Lena Voss along with Tomas Brill and Ada Kern will fly on Shenzhou-31.", "Shenzhou-31",
     {"lena voss", "tomas brill", "ada kern"}),
    ("Lena Voss, along with Tomas Brill, flew on Shenzhou-30.", "Shenzhou-30", {"lena voss", "tomas brill"}),
    ("Lena Voss and Tomas Brill embarked on a ten-day mission called Orca7 on Monday.", "Orca7",
     {"lena voss", "tomas brill"}),
])
def test_every_name_of_the_list_is_on_the_crew(nlp: Language, text: str, mission: str, crew: set[str]) -> None:
    assert _crew(nlp, text, mission) == crew


@pytest.mark.parametrize(("text", "mission"), [
    ("Lena Voss, along with her family, watched the Vela4 mission from the causeway.", "Vela4"),
    ("The agency undertook a review of the mission dubbed Orca7, Lena Voss said.", "Orca7"),
    ("Lena Voss commanded a ship named Fram9 before she joined the agency.", "Fram9"),
])
def test_no_seat_for_watchers_reviewers_or_ships(nlp: Language, text: str, mission: str) -> None:
    assert not _crew(nlp, text, mission)
