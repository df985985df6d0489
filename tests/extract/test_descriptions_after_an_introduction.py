"""A description right after a sentence that introduces someone ("The mission commander is X",
"Commanding the crew is X") means that person, not the story's most named one. Invented
names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples

_BEFORE = "Ann Baker, 44, is one of two mission specialists on the flight. Baker is a fighter pilot in the Air Force. "


@pytest.mark.parametrize("introduction", [
    "Commanding the crew of the Crew Dragon Freedom is Tom Reyes of Axiom Space.",
    "The mission commander is Tom Reyes.",
    "Joining them is Tom Reyes, a former NASA astronaut.",
])
def test_the_description_after_an_introduction_is_the_one_introduced(nlp: Language, introduction: str) -> None:
    found = triples(nlp, _BEFORE + introduction + " Born in Madrid, the veteran holds the record for most "
                                                  "spacewalks.")
    assert ("tom reyes", "birthPlace", "madrid") in found
    assert ("ann baker", "birthPlace", "madrid") not in found


def test_a_description_later_on_is_still_the_story_s_person(nlp: Language) -> None:
    found = triples(nlp, _BEFORE + "The mission commander is Tom Reyes. The flight lifted off on Monday. "
                                   "Born in Madrid, the 44-year-old Baker trained for six years.")
    assert ("tom reyes", "birthPlace", "madrid") not in found


@pytest.mark.parametrize("after", [
    "Born in Madrid, unlike Ann Baker, the veteran holds the record for most spacewalks.",
    "Like Baker, the veteran was born in Madrid.",
    "He was born in Madrid.",
])
def test_the_one_introduced_past_a_name_in_the_sentence_or_as_a_pronoun(nlp: Language, after: str) -> None:
    found = triples(nlp, _BEFORE + "The mission commander is Tom Reyes. " + after)
    assert ("tom reyes", "birthPlace", "madrid") in found
    assert ("ann baker", "birthPlace", "madrid") not in found
