"""A crew listed after "is"/"will be" ("Her crew will be all rookies: pilot X, Y and Z")
introduces no one person: the description and the pronouns after it go on meaning the story's
person, not the first name of the list; one name said to be the role still introduces its
person. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples

_STORY = ("Axiom Space said this week that Ana Voss, 61, will command Axiom Mission 9 to the International Space "
          "Station next spring. ")


@pytest.mark.parametrize("crew", [
    "Her crew will be all rookies: pilot Ravi Menon, a wing commander in the Indian Air Force, and mission "
    "specialists Piotr Nowak of Poland and Lajos Kiss of Hungary.",
    "Her crew will be pilot Ravi Menon, a wing commander in the Indian Air Force, and mission specialists Piotr "
    "Nowak and Lajos Kiss.",
    "The rest of the crew are newcomers: Ravi Menon of India, Piotr Nowak of Poland and Lajos Kiss of Hungary.",
])
def test_the_description_after_a_listed_crew_is_the_story_s_person(nlp: Language, crew: str) -> None:
    found = triples(nlp, _STORY + crew + " It would be the fifth flight for the Ohio native, who was born in "
                                         "1963. NASA selected her as an astronaut in 1996.")
    assert ("ana voss", "selectionYear", "1996") in found, found
    assert not {t for t in found if t[0] == "ravi menon" and t[1] in ("selectionYear", "birthDate", "hometown")}


def test_a_pronoun_after_a_listed_crew_is_the_story_s_person(nlp: Language) -> None:
    found = triples(nlp, _STORY + "Her crew will be all rookies: pilot Ravi Menon and mission specialists Piotr "
                                  "Nowak and Lajos Kiss. On the station she commanded Expedition 30 in 2012.")
    assert ("expedition 30", "commander", "ana voss") in found, found
    assert ("expedition 30", "commander", "ravi menon") not in found


def test_one_name_said_to_be_the_role_is_still_introduced(nlp: Language) -> None:
    found = triples(nlp, _STORY + "The mission pilot is Ravi Menon. Born in Pune, the veteran flew MiG fighters.")
    assert ("ravi menon", "birthPlace", "pune") in found, found
    assert ("ana voss", "birthPlace", "pune") not in found
