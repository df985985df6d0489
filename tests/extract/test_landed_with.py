"""Those a landing's with-phrase names as riding along came down in the same craft on the
same day ("landed in Kazakhstan on Thursday aboard Soyuz MS-12 with A and B"); not someone
the phrase shows doing something else (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2025-05-12")


@pytest.mark.parametrize(("text", "rider", "day", "craft", "modality"), [
    ("Ivan Belov landed in Kazakhstan on Thursday aboard Soyuz MS-40 with Mark Jensen of NASA.",
     "Mark Jensen", "2025-05-08", "Soyuz MS-40", "reported"),
    ("Ivan Belov touched down near Dzhezkazgan on May 8 in the Soyuz MS-40 capsule with Mark Jensen and "
     "Anna Petrova.", "Anna Petrova", "2025-05-08", "Soyuz MS-40", "reported"),
    ("Ivan Belov is due to land in Kazakhstan on June 3 aboard Soyuz MS-40 with Mark Jensen.",
     "Mark Jensen", "2025-06-03", "Soyuz MS-40", "planned"),
    ("Anna Petrova will spend 12 days on the station and return on June 3 aboard Soyuz MS-40 with NASA's "
     "Mark Jensen.", "Mark Jensen", "2025-06-03", "Soyuz MS-40", "planned"),
    ("Ivan Belov came home on Thursday, landing in Kazakhstan aboard Soyuz MS-40 with Mark Jensen.",
     "Mark Jensen", "2025-05-08", "Soyuz MS-40", "reported"),
])
def test_a_rider_named_with_came_down_too(nlp: Language, text: str, rider: str, day: str, craft: str,
                                          modality: str) -> None:
    found = facts(nlp, text)
    assert key(rider, "returnDate", day, modality) in found
    assert key(rider, "spacecraft", craft, modality) in found


@pytest.mark.parametrize("text", [
    "Ivan Belov landed in Kazakhstan on Thursday aboard Soyuz MS-40 with Mark Jensen watching from the "
    "recovery helicopter.",
    "Ivan Belov landed in Kazakhstan on Thursday aboard Soyuz MS-40 with Mark Jensen cheering in Moscow.",
])
def test_a_name_doing_something_else_did_not_come_down(nlp: Language, text: str) -> None:
    assert not {k for k in facts(nlp, text) if k[0] == "mark jensen" and k[1] in ("returnDate", "spacecraft")}
