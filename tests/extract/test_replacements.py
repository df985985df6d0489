"""Who took whose place (invented people): "X was replaced by Y", "X fell ill and was replaced
by Y", "Y replaced X", "Y, who replaced the ailing X", "Y will replace X" (a plan), "Y relieved
X", "X's replacement, Y", "Y, X's replacement", "Y is X's replacement", "Y took X's place", "Y
took the place of X", "the agency replaced X with Y" give ``replacedBy`` of X (several, in the
order named); a thing replaced, a crew relieving a crew, a handover of command, "took place",
"took her seat", "felt relieved" and a replacement with no one replaced give none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _replaced(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(replaced, replacement, modality) of each replacement read."""
    return {(k[0], k[2], k[3]) for k in reading.keys(nlp, text) if k[1] == "replacedBy"}


@pytest.mark.issue(17)
@pytest.mark.parametrize(("text", "modality"), [
    ("Kai Brenner was replaced by Nora Lind after a medical check.", "reported"),
    ("Kai Brenner was replaced on the crew by Nora Lind, officials said.", "reported"),
    ("Commander Pia Sund flew to the station with flight engineer Kai Brenner. Brenner, however, fell ill and was "
     "replaced by Nora Lind in July.", "reported"),
    ("Nora Lind replaced Kai Brenner on the station in July.", "reported"),
    ("Nora Lind, who replaced the ailing Kai Brenner, arrived on Tuesday.", "reported"),
    ("Nora Lind replaced Kai Brenner, who had hurt his back.", "reported"),
    ("Nora Lind will replace Kai Brenner on the station next month.", "planned"),
    ("Nora Lind relieved Kai Brenner aboard the station on Friday.", "reported"),
    ("The crew joked that Brenner's replacement, fellow astronaut Nora Lind, had forgotten her bag. Kai Brenner "
     "laughed.", "reported"),
    ("Nora Lind, Kai Brenner's replacement, docked on Friday.", "reported"),
    ("Nora Lind is Kai Brenner's replacement.", "reported"),
    ("Nora Lind took Kai Brenner's place on the Kestra-7 crew.", "reported"),
    ("Nora Lind took the place of Kai Brenner on the flight.", "reported"),
    ("The agency replaced Kai Brenner with Nora Lind.", "reported"),
    ("Kai Brenner was replaced with Nora Lind after a test.", "reported"),
])
def test_a_replacement_is_read_however_it_is_told(nlp: Language, text: str, modality: str) -> None:
    assert _replaced(nlp, text) == {("kai brenner", "nora lind", modality)}


@pytest.mark.issue(17)
def test_those_replaced_with_others_are_paired_in_the_order_named(nlp: Language) -> None:
    text = ("In March, the agency said it was replacing the two cosmonauts who had been assigned to the flight, "
            "Kai Brenner and Pia Sund, with their backups, Nora Lind and Anna Moss.")
    assert _replaced(nlp, text) == {("kai brenner", "nora lind", "reported"), ("pia sund", "anna moss", "reported")}


@pytest.mark.issue(17)
@pytest.mark.parametrize("text", [
    "Nora Lind and Kai Brenner replaced a pump on the station.",
    "The cosmonauts replaced Kai Brenner's broken camera.",
    "Nora Lind replaced the pump with Kai Brenner's help.",
    "Nora Lind replaced Kai Brenner's camera with a new one.",
    "The Kestra-8 crew of Nora Lind and Kai Brenner relieved the Kestra-7 crew.",
    "Nora Lind relieved Kai Brenner as commander of the station.",
    "The launch took place on Friday. Nora Lind and Kai Brenner were aboard.",
    "Nora Lind took her seat in the capsule beside Kai Brenner.",
    "Kai Brenner felt relieved when Nora Lind arrived.",
    "A replacement astronaut, Nora Lind, will fly instead. Kai Brenner waved.",
])
def test_no_replacement_without_one_person_in_the_place_of_another(nlp: Language, text: str) -> None:
    assert not _replaced(nlp, text)
