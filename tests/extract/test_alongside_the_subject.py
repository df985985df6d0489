"""Someone named "alongside" (or "along with", "together with") the subject, set off by commas,
did what the subject did ("X, alongside Y, took part in a spacewalk"); a bare "with" on the
subject may only describe them. Invented people."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "For three hours, Lena Varo, alongside astronaut Tom Reyes, took part in a spacewalk to fix the antenna.",
    "Lena Varo, along with Tom Reyes, made a spacewalk on May 3, 2031.",
    "For three and a half hours, Lena Varo, alongside astronaut Tom Reyes, partook in a spacewalking mission and "
    "tested the fuel lines.",
    "Lena Varo, alongside Tom Reyes, took part in a spacewalking mission on May 3, 2031.",
])
def test_one_alongside_the_subject_walked_too(nlp: Language, text: str) -> None:
    assert ("lena varo", "spacewalkPartner", "tom reyes") in keys(nlp, text)


def test_one_with_the_subject_only_described_did_not(nlp: Language) -> None:
    found = keys(nlp, "Lena Varo, with her husband Tom Reyes watching, made a spacewalk on May 3, 2031.")
    assert ("lena varo", "spacewalkPartner", "tom reyes") not in found


def test_one_alongside_the_subject_at_a_spacewalking_demonstration_did_not_walk(nlp: Language) -> None:
    found = keys(nlp, "Lena Varo, alongside Tom Reyes, watched a spacewalking demonstration in Houston.")
    assert ("lena varo", "spacewalkPartner", "tom reyes") not in found
