"""A crew announced by a plural subject and listed after a colon: "Six people will fly on
NS-46: philanthropist A, professor B and student C", "Four astronauts flew on NS-40 last week:
A, B, C and D". Each listed name is on the flight (planned when the flight is still to come).
Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def crew(nlp: Language, text: str, mission: str) -> dict[str, str]:
    ex = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    return {names[str(f.object)]: f.modality for f in ex.facts
            if f.predicate == "crewMember" and names.get(f.subject) == mission}


@pytest.mark.parametrize("text, modality", [
    ("Six people will fly on NS-46: philanthropist Nora Elling, university professor Rob Fenn, businessman "
     "Egon Grill and college student Kara Kitt.", "planned"),
    ("Four astronauts flew on NS-46 last week: Nora Elling, Rob Fenn, Egon Grill and Kara Kitt.", "reported"),
])
def test_a_crew_listed_after_a_colon(nlp: Language, text: str, modality: str) -> None:
    assert crew(nlp, text, "NS-46") == {name: modality for name in ("Nora Elling", "Rob Fenn", "Egon Grill",
                                                                    "Kara Kitt")}


def test_a_plural_subject_without_a_list_names_no_one(nlp: Language) -> None:
    assert crew(nlp, "Two people flew on NS-46 last week. Nora Elling watched from the ground.", "NS-46") == {}


@pytest.mark.parametrize(("text", "mission"), [
    ("The Soyuz 41 crew: (left to right) Nora Elling, Rob Fenn and Egon Grill. (Credit: Roscosmos)", "Soyuz 41"),
    ("NS-46 crew (L to R): Nora Elling, Rob Fenn, Egon Grill", "NS-46"),
    ("The Shenzhou-31 crew (from left): Nora Elling, Rob Fenn and Egon Grill.", "Shenzhou-31"),
    ("Crew-19 crew: Nora Elling, Rob Fenn and Egon Grill pose before the launch.", "Crew-19"),
    ("Above, the Soyuz 41 crew: Nora Elling, Rob Fenn, Egon Grill.", "Soyuz 41"),
])
def test_a_captions_crew_after_a_colon(nlp: Language, text: str, mission: str) -> None:
    """A photo caption's "X crew:" list, with or without an aside of where each one stands."""
    assert set(crew(nlp, text, mission)) == {"Nora Elling", "Rob Fenn", "Egon Grill"}


@pytest.mark.parametrize("text", [
    "The Soyuz 41 crew: Nora Elling.",  # one name is no list
    "The Soyuz 41 crew (pictured) trained for months: Nora Elling watched them.",
    "NS-46 crew members were waiting; later Nora Elling and Rob Fenn spoke.",
])
def test_no_captioned_list_no_crew(nlp: Language, text: str) -> None:
    assert not crew(nlp, text, "Soyuz 41") and not crew(nlp, text, "NS-46")


@pytest.mark.parametrize(("text", "modality"), [
    ("Shenzhou-44 lifted off from Jiuquan on Monday. Its crew: Nora Elling, Rob Fenn and Egon Grill.", "reported"),
    ("Shenzhou-44 lifted off from Jiuquan on Monday. Its crew: commander Nora Elling, pilot Rob Fenn and engineer "
     "Egon Grill.", "reported"),
    ("Shenzhou-44 will lift off from Jiuquan on Monday. The crew: Nora Elling, Rob Fenn and Egon Grill.", "planned"),
])
def test_its_crew_set_off_by_a_colon_is_the_flights(nlp: Language, text: str, modality: str) -> None:
    found = crew(nlp, text, "Shenzhou-44")
    assert {"Rob Fenn", "Egon Grill"} <= set(found) and {found["Rob Fenn"], found["Egon Grill"]} == {modality}


@pytest.mark.parametrize("text", [
    "Shenzhou-44 lifted off from Jiuquan on Monday. Its crew: Nora Elling.",
    "Shenzhou-44 and Shenzhou-45 lifted off this year. The crew: Nora Elling, Rob Fenn and Egon Grill.",
    "Shenzhou-44 lifted off from Jiuquan on Monday. The ground crew: Nora Elling, Rob Fenn and Egon Grill.",
    "Shenzhou-44 lifted off from Jiuquan on Monday. The recovery crew: Nora Elling, Rob Fenn and Egon Grill.",
])
def test_no_crew_from_one_name_several_flights_or_a_crew_on_the_ground(nlp: Language, text: str) -> None:
    assert not crew(nlp, text, "Shenzhou-44")
