"""A first's phrase that introduces a name in apposition holds for that name, also when it is
coordinated after someone else ("carried A and the first Danish cosmonaut, B") and when the
comma that closes the apposition is missing ("The first Danish woman in space, B was born
..."); a first with no name of its own beside a person stays the person's it is coordinated
with only as a rank of the same description (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

HEAD = "Astronaut Ana Voss flew in 2030. Bo Lund trained with her.\n\n"


def firsts(nlp: Language, text: str) -> set[Key]:
    return {k for k in reading.keys(nlp, HEAD + text, "2031-06-10") if k[1] in ("holdsFirst", "holdsRank")}


@pytest.mark.parametrize(("text", "scope"), [
    ("On July 23, the rocket carried Ana Voss and the first Danish cosmonaut, Lt. Col. Bo Lund.", "Denmark"),
    ("The crew included Ana Voss and the first Danish cosmonaut, Bo Lund.", "Denmark"),
    ("The first Danish man in space, Bo Lund was born on July 1, 1991 in Aarhus.", "Denmark, man"),
    ("The first Dane in space, Bo Lund, and Ana Voss visited Aarhus on Monday.", "Denmark"),
    ("Among the guests was the first Dane to walk in space, Bo Lund.", "Denmark"),
])
def test_the_name_introduced_holds_the_first(nlp: Language, text: str, scope: str) -> None:
    found = firsts(nlp, text)
    assert key("Bo Lund", "holdsFirst", scope, "reported") in found, found
    assert not {k for k in found if k[0] == "ana voss"}


def test_a_rank_coordinated_with_a_first_is_the_same_persons(nlp: Language) -> None:
    found = firsts(nlp, "Bo Lund was the third European and the first Dane in space.")
    assert key("Bo Lund", "holdsFirst", "Denmark", "reported") in found
    assert key("Bo Lund", "holdsRank", "european 3", "reported") in found


@pytest.mark.parametrize("text", [
    "Ana Voss flew with Bo Lund and the first Danish woman in space.",
    "After the first Danish woman in space, Ana Voss visited Aarhus.",
    "Like the first Danish woman in space, Ana Voss was born in Aarhus.",
])
def test_no_first_for_one_named_beside_a_first_without_a_name(nlp: Language, text: str) -> None:
    assert not {k for k in firsts(nlp, text) if k[0] == "ana voss"}
