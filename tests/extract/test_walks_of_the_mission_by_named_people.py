"""A spacewalk "of the mission" that named people made ("A and B completed the final spacewalk of
the mission on Feb. 3", a caption "A during the fourth EVA of the mission") is theirs: its date,
time and partners are not every member of the flight's, while a walk of the mission told of the
crew is still the crew's. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_CREW = "Ann Vell, Bo Tan and Cy Rudd flew on Skylab 9. "


def _walkers(nlp: Language, text: str) -> set[str]:
    return {t[0] for t in reading.triples(nlp, _CREW + text, kind="spacewalkDate")}


@pytest.mark.parametrize(("text", "walkers"), [
    ("Vell and Tan completed the final spacewalk of the mission on Feb. 3.", {"ann vell", "bo tan"}),
    ("During their final month in space, they wrapped up the work and Vell and Tan completed the fourth and final "
     "EVA of the mission on Feb. 3 with a 5-hour spacewalk.", {"ann vell", "bo tan"}),
    ("Vell made the second spacewalk of the mission on Feb. 3.", {"ann vell"}),
    ("Vell during the fourth EVA of the mission on Feb. 3.", {"ann vell"}),
    ("The crew completed the final spacewalk of the mission on Feb. 3.", {"ann vell", "bo tan", "cy rudd"}),
])
def test_a_walk_of_the_mission_is_its_named_walkers(nlp: Language, text: str, walkers: set[str]) -> None:
    assert _walkers(nlp, text) == walkers


def test_the_partners_are_the_named_walkers(nlp: Language) -> None:
    text = _CREW + "Vell and Tan completed the fourth and final spacewalk of the mission on Feb. 3."
    assert {(t[0], t[2]) for t in reading.triples(nlp, text, kind="spacewalkPartner")} == {("ann vell", "bo tan")}
