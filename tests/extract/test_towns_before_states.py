"""A town named AP-style, with a comma and its US state after it ("in Half Moon Bay, Calif."),
is a place whatever the model made of its words (a "Moon" inside it, a facility's tag), and
so is what a death, birth or upbringing is told in; a facility so named stays one.
Invented people, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def _places(nlp: Language, text: str, predicate: str) -> list[str]:
    ex = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    return [names[str(f.object)] for f in ex.facts if f.predicate == predicate and names[f.subject] == "Tova Rusk"]


@pytest.mark.parametrize(("text", "predicate", "town"), [
    ("Former astronaut Tova Rusk died on Aug. 17 at her home in Half Moon Bay, Calif., south of San Francisco.",
     "deathPlace", "Half Moon Bay"),
    ("Astronaut Tova Rusk died on Monday in Cedar Falls, Iowa, after a long illness.", "deathPlace", "Cedar Falls"),
    ("Astronaut Tova Rusk was born in Blue Moon Hollow, Ky., in 1941.", "birthPlace", "Blue Moon Hollow"),
])
def test_a_town_before_its_state_is_the_place(nlp: Language, text: str, predicate: str, town: str) -> None:
    assert town in _places(nlp, text, predicate)


@pytest.mark.parametrize(("text", "facility"), [
    ("The shuttle carrying astronaut Tova Rusk landed at Edwards Air Force Base, Calif., on Friday.",
     "Edwards Air Force Base"),
    ("Astronaut Tova Rusk flew a T-38 jet from Ellington Field, Texas, on Monday.", "Ellington Field"),
])
def test_a_facility_before_its_state_is_no_town(nlp: Language, text: str, facility: str) -> None:
    assert not any(e.text.endswith(facility.split()[-1]) and e.label_ == "GPE" for e in nlp(text).ents)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The rocket carrying astronaut Tova Rusk lifted off from Cape Canaveral, Fla., on Monday.", "Cape Canaveral",
     "LAUNCH_SITE"),
    ("Astronaut Tova Rusk's crewmates came from Florida, Texas and Ohio.", "Florida", "GPE"),
])
def test_a_name_the_gazetteer_knows_keeps_its_reading(nlp: Language, text: str, name: str, kind: str) -> None:
    """A launch site or a state before a state is no unknown town."""
    assert any(e.text == name and e.label_ == kind and e.kb_id_ for e in nlp(text).ents)
