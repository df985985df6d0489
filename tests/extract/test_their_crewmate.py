""""Their crewmate C" after a subject of two named people is the crewmate of both, and not one
of "the two" that follows it in the same sentence. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples


def _flew_with(found: set[tuple[str, str, str]], one: str, other: str) -> bool:
    return (one, "flewWith", other) in found or (other, "flewWith", one) in found


@pytest.mark.parametrize("text", [
    "Daniel Brooks and Maria Lopez finished the spacewalk on Tuesday and were back inside the airlock, the agency "
    "said. Helped by the robotic arm and by their crewmate Kevin Walsh, who stayed inside, the two installed shields.",
    "Daniel Brooks and Maria Lopez worked outside for nine hours, while their crewmate Kevin Walsh helped them from "
    "inside the cabin.",
    "Astronauts Daniel Brooks and Maria Lopez spent the day outside the station. Their crewmate Kevin Walsh watched "
    "from inside.",
])
def test_their_crewmate_is_the_crewmate_of_both(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert _flew_with(found, "daniel brooks", "kevin walsh"), found
    assert _flew_with(found, "maria lopez", "kevin walsh"), found


def test_the_two_after_their_crewmate_are_the_two_named_before(nlp: Language) -> None:
    found = triples(nlp, "Daniel Brooks and Maria Lopez finished the spacewalk on Tuesday. Helped by their crewmate "
                         "Kevin Walsh, who stayed inside, the two installed shields and inspected the exterior.")
    assert not {t for t in found if t[0] == "kevin walsh" and t[1].startswith("spacewalk")}, found


def test_her_crewmate_is_the_crewmate_of_one(nlp: Language) -> None:
    found = triples(nlp, "Daniel Brooks flew in 2029. Maria Lopez walked in space on Tuesday, while her crewmate "
                         "Kevin Walsh stayed inside.")
    assert _flew_with(found, "maria lopez", "kevin walsh"), found
    assert not _flew_with(found, "daniel brooks", "kevin walsh")
