"""A sentence whose subject is no person but which names one ("For A the flight is personal",
"The reuse means a lot to A") makes that person whom a pronoun after it means, not the subject
of an earlier sentence. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples

_CREW = ("NASA's Daniel Brooks is the spacecraft commander and Maria Lopez, also of NASA, is the pilot; Kenji Sato "
         "of JAXA flies as mission specialist. ")


def _married(found: set[tuple[str, str, str]], one: str, other: str) -> bool:
    return (one, "spouse", other) in found or (other, "spouse", one) in found


@pytest.mark.parametrize("sentence", [
    "For Lopez the reuse is personal. Her husband, Kevin Walsh, rode in the very same seat.",
    "The reused capsule means a lot to Lopez. Her husband, Kevin Walsh, rode in the very same seat.",
])
def test_a_pronoun_after_the_one_person_named(nlp: Language, sentence: str) -> None:
    found = triples(nlp, _CREW + sentence)
    assert _married(found, "maria lopez", "kevin walsh"), found
    assert not _married(found, "kenji sato", "kevin walsh")


def test_a_person_subject_still_wins(nlp: Language) -> None:
    found = triples(nlp, _CREW + "Sato thanked Lopez on Monday. His wife, Emi Sato, watched the launch.")
    assert not _married(found, "maria lopez", "emi sato"), found


def test_whom_the_writer_names_is_not_the_story_s_person(nlp: Language) -> None:
    found = triples(nlp, "Daniel Brooks - the Spacewalk Record Holder. Yesterday we introduced to you astronaut Kenji "
                         "Sato. Today we introduce a record holder. He is Daniel Brooks. He conducted 16 spacewalks.")
    assert ("kenji sato", "spacewalkCount", "16") not in found, found
