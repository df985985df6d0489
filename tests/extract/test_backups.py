"""A mission's backups: each person of a backup crew, the person named "as" the backup, and no
crew seat on the flight for any of them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract.test_relations import keys


@pytest.mark.parametrize("text", [
    "Shenzhou-40 lifts off on Monday. Ada Rinn, Tomas Kell and Lea Moss will be the backup crew for Shenzhou-40.",
    "The backup crew for Shenzhou-40 is Ada Rinn, Tomas Kell and Lea Moss.",
    "Ada Rinn, Tomas Kell and Lea Moss served as the backup crew of Shenzhou-40.",
])
def test_every_person_of_a_backup_crew_is_a_backup(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Ada Rinn", "Tomas Kell", "Lea Moss"):
        assert key("Shenzhou-40", "backupPilot", name) in found
        assert key("Shenzhou-40", "crewMember", name) not in found


@pytest.mark.parametrize("text", [
    "Ada Rinn and Tomas Kell flew Shenzhou-40, with Lea Moss as backup pilot.",
    "The agency named Lea Moss as backup commander for Shenzhou-40.",
    "Lea Moss served as backup pilot of Shenzhou-40.",
])
def test_the_person_named_as_the_backup(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Shenzhou-40", "backupPilot", "Lea Moss") in found
    assert key("Shenzhou-40", "crewMember", "Lea Moss") not in found
    assert key("Shenzhou-40", "backupPilot", "Ada Rinn") not in found


def test_a_backup_pilot_beside_a_crew_is_one_person(nlp: Language) -> None:
    found = keys(nlp, "Ada Rinn and Tomas Kell will fly Shenzhou-40, and Lea Moss will be the backup pilot.")
    assert key("Shenzhou-40", "backupPilot", "Tomas Kell") not in found
    assert key("Shenzhou-40", "backupPilot", "Ada Rinn") not in found


@pytest.mark.parametrize("text", [
    "Lea Moss was selected as the back-up payload specialist for STS-51H.",
    "Lea Moss was named the backup flight engineer for Shenzhou-40.",
    "Lea Moss was assigned as a reserve cosmonaut to Soyuz TM-40.",
])
def test_no_seat_for_one_chosen_as_a_backup(nlp: Language, text: str) -> None:
    assert not [k for k in keys(nlp, text) if k[1] == "crewMember"]
