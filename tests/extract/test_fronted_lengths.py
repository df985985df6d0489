"""A length told first and then named ("Nine days, six hours and 12 minutes – this was the duration
of X's first experience in space") is the time of the stay it is named the length of: the
person's whose stay it is, one flight when counted ("first"), and no one's when the stay is no
one's named. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2031-06-10")


def _days(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(k[0], k[2]) for k in keys(nlp, text) if k[1] == "timeInSpace"}


@pytest.mark.parametrize(("text", "days"), [
    ("Nine days, six hours and 12 minutes – this was the duration of Wade Orlin's first experience in space, which "
     "began on 3 May 1990.", "9.258333"),
    ("Eleven days and four hours: that was the length of Wade Orlin's flight aboard the shuttle.", "11.166667"),
    ("Twelve days - this was the duration of Wade Orlin's second mission.", "12"),
])
def test_a_fronted_length_is_the_named_stays(nlp: Language, text: str, days: str) -> None:
    assert _days(nlp, text) == {("wade orlin", days)}


@pytest.mark.parametrize("text", [
    "Nine days, six hours and 12 minutes – this was the duration of the first flight in space, said Wade Orlin.",
    "Nine days – this was the length of the quarantine Wade Orlin went through before his flight into space.",
])
def test_a_fronted_length_of_no_ones_stay_is_no_ones(nlp: Language, text: str) -> None:
    assert not _days(nlp, text)
