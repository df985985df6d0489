"""A seat named by a longer role ("lunar module pilot", "command module pilot") is that seat,
never the bare "pilot" at its end (invented people, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def roles(nlp: Language, text: str) -> dict[str, set[str]]:
    x = next(extract(nlp, [Article(text, published="2016-06-18", id="t")]))
    names = {e.key: e.name for e in x.entities}
    found: dict[str, set[str]] = {}
    for f in x.facts:
        if f.predicate == "crewRole" and not isinstance(f.object, str) and f.object is not None:
            found.setdefault(names[f.subject], set()).add(str(f.object.value))
    return found


@pytest.mark.parametrize(("text", "role"), [
    ("Tomas Kell was the lunar module pilot on Apollo 19.", "lunar module pilot"),
    ("Apollo 19 flew with commander Ada Rinn and Tomas Kell. Kell was the lunar module pilot on the mission.",
     "lunar module pilot"),
    ("Tomas Kell served as command module pilot of Apollo 19.", "command module pilot"),
])
def test_the_longer_role_is_the_seat(nlp: Language, text: str, role: str) -> None:
    assert roles(nlp, text).get("Tomas Kell") == {role}


def test_a_bare_pilot_stays_a_pilot(nlp: Language) -> None:
    assert roles(nlp, "Tomas Kell was the pilot of Apollo 19.").get("Tomas Kell") == {"pilot"}
