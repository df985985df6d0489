""""X, along with Y, launched ...", "X, together with Y, blasted off", "X, alongside Y,
landed ...": both did it, whether the parser hangs the verb on Y (a reduced relative) or the
with-phrase on X. Invented names (John Glenn only as a name spaCy reads as a person), the
session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


def _found(nlp: Language, text: str) -> set[tuple[str, ...]]:
    return reading.keys(nlp, text, "2021-06-01")


@pytest.mark.parametrize(("text", "predicate", "obj"), [
    ("Lena Voss, along with John Glenn, launched aboard the Soyuz 38 spacecraft on May 3, 2021.",
     "launchDate", "2021-05-03"),
    ("On September 18, 1980, Lena Voss, along with Soviet cosmonaut Yuri Romanenko, launched into space aboard "
     "Soyuz 38.", "launchVehicle", "Soyuz 38"),
    ("Lena Voss, together with John Glenn, blasted off on Soyuz 38 on May 3, 2021.", "launchDate", "2021-05-03"),
    ("Lena Voss, alongside John Glenn, landed in Kazakhstan on May 13, 2021.", "returnDate", "2021-05-13"),
])
def test_the_one_before_along_with_did_it_too(nlp: Language, text: str, predicate: str, obj: str) -> None:
    found = _found(nlp, text)
    other = "Yuri Romanenko" if "Romanenko" in text else "John Glenn"
    assert key("Lena Voss", predicate, obj) in found and key(other, predicate, obj) in found
    assert key("Lena Voss", "flewWith", other) in found or key(other, "flewWith", "Lena Voss") in found


def test_someone_only_watching_did_not_fly(nlp: Language) -> None:
    found = _found(nlp, "Lena Voss with John Glenn watching launched on Soyuz 38 on May 3, 2021.")
    assert not [k for k in found if k[0] == "john glenn" and k[1] in ("launchDate", "flewWith")]
