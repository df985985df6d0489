""""X commanded mission STS-7 in 1983" and "After mission STS-1, X commanded STS-7": the
commander of the mission named right after the verb, however the parser hangs the words; not
of a mission told elsewhere in the sentence. Invented people, real mission names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


@pytest.mark.parametrize("text", [
    "Robert Vellan commanded mission STS-7 in 1983.",
    "After mission STS-1, Robert Vellan commanded STS-7 in 1983.",
    "Robert Vellan commanded STS-7 in 1983, the first flight with a five-person crew.",
])
def test_the_mission_right_after_commanded(nlp: Language, text: str) -> None:
    found = {k[:3] for k in keys(nlp, text) if k[1] == "commander"}
    assert found == {("sts-7", "commander", "robert vellan")}
