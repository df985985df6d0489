"""A landing told after the departure it ends ("will undock early Thursday and land southeast
of Zhezkazgan"): the departure's people, mood and day, and the landing's own place; read from
the words, since the small model often hangs "and land" on the noun before it (invented names,
the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2025-05-12")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ivan Belov is due to undock early Thursday in Soyuz MS-40 and land southeast of Dzhezkazgan, in "
     "Kazakhstan, at about 09:12 GMT.",
     [("Ivan Belov", "returnDate", "2025-05-15", "planned"), ("Ivan Belov", "landingSite", "Dzhezkazgan", "planned")]),
    ("Ivan Belov and Mark Jensen will undock on Friday and land in Kazakhstan a few hours later.",
     [("Mark Jensen", "returnDate", "2025-05-16", "planned"), ("Ivan Belov", "landingSite", "Kazakhstan", "planned")]),
    ("Anna Petrova is scheduled to undock from the station on May 20 and land near Dzhezkazgan.",
     [("Anna Petrova", "returnDate", "2025-05-20", "planned"),
      ("Anna Petrova", "landingSite", "Dzhezkazgan", "planned")]),
    ("Ivan Belov undocked from the station on Thursday and landed in Kazakhstan about three hours later.",
     [("Ivan Belov", "returnDate", "2025-05-08", "reported"), ("Ivan Belov", "landingSite", "Kazakhstan", "reported")]),
    ("Mark Jensen will leave the station on June 3 and splash down off the coast of Florida.",
     [("Mark Jensen", "returnDate", "2025-06-03", "planned"), ("Mark Jensen", "landingSite", "Florida", "planned")]),
])
def test_a_landing_after_undocking(nlp: Language, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = facts(nlp, text)
    for subject, prop, value, modality in expected:
        assert key(subject, prop, value, modality) in found


def test_a_departure_that_did_not_happen_tells_no_landing(nlp: Language) -> None:
    found = facts(nlp, "Ivan Belov did not undock on Friday and land in Kazakhstan as planned.")
    assert not {k for k in found if k[1] in ("returnDate", "landingSite")}
