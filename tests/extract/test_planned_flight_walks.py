""""two of the three spacewalks planned for the mission": how many walks a flight is planned to
have, a planned count of the flight; not part of them ("the first two spacewalks planned"), nor a
person's own count. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def counts(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    return {k[:4] for k in reading.keys(nlp, text, "2031-12-08") if k[1] == "spacewalkCount"}


@pytest.mark.parametrize(("text", "n"), [
    ("Nora Vance will play a key role on STS-900, taking part in two of the three spacewalks planned for the "
     "mission.", "3"),
    ("The five planned spacewalks of STS-900 will install a new truss.", "5"),
    ("STS-900 lifted off on Monday. Carl Dixon will join the four spacewalks scheduled for the flight.", "4"),
    ("Three spacewalks are planned for STS-900.", "3"),
    ("STS-900 lifted off on Monday. Two spacewalks are scheduled during the mission.", "2"),
])
def test_the_walks_planned_for_a_flight_are_its_planned_count(nlp: Language, text: str, n: str) -> None:
    assert counts(nlp, text) == {("sts-900", "spacewalkCount", n, "planned")}


@pytest.mark.parametrize("text", [
    "The STS-900 crew completed the first two spacewalks planned for the mission.",
    "Nora Vance said more than three spacewalks were planned.",
    "Nora Vance made three planned spacewalks.",
    "Only four spacewalks were scheduled for STS-900, but a fifth one was added during the flight.",
])
def test_part_of_a_plan_or_no_flight_is_no_planned_count(nlp: Language, text: str) -> None:
    assert not {k for k in counts(nlp, text) if k[3] == "planned"}
