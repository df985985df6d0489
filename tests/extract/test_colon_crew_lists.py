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
