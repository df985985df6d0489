"""A name fronted before an aside ("Mori, on his third flight, arrived ...") is the subject
the next sentence's "he" means, not the last name of a list told after it: "when he spent
124 days" is Mori's figure. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2021-04-27")


def objects(found: set[Key], name: str, predicate: str) -> set[str]:
    return {k[2] for k in found if k[0] == name and k[1] == predicate}


@pytest.mark.parametrize("name, text", [
    ("Soshide", "Soshide, on his third flight, arrived on April 24 aboard the Crew Dragon Endeavour, which lifted "
     "off from Florida on Friday, April 23, with Shane Ross and Paul Vance of the European Space Agency. He flew "
     "on a Russian Soyuz in 2012, when he spent 124 days aboard the station."),
    ("Hashide", "Hashide, on his third flight, arrived on April 24 aboard the Crew Dragon Endeavour, which lifted "
     "off from Florida on Friday, April 23, with Shane Ross and Paul Vance. He spent 124 days aboard the station "
     "in 2012."),
    ("Oshide", "Oshide, on his third flight, arrived on April 24 aboard the Crew Dragon Endeavour, which lifted "
     "off from Florida on Friday, April 23, with Shane Ross and Paul Vance. In 2012 he spent 124 days aboard the "
     "station."),
    ("Soshide", "Soshide, now on his third mission, arrived on Saturday aboard the Crew Dragon Endeavour, which "
     "lifted off from Florida on Friday, April 23, with Shane Ross and Paul Vance. He previously spent 124 days "
     "aboard the station."),
    ("Hashide", "Hashide, a veteran of two flights, arrived on Saturday aboard the Crew Dragon Endeavour, which "
     "lifted off from Florida on Friday, April 23, with Shane Ross and Paul Vance. On his last flight he spent "
     "124 days aboard the station."),
])
def test_he_after_a_fronted_name_is_that_name(nlp: Language, name: str, text: str) -> None:
    found = keys(nlp, f"Ann Walker handed command of the station to Ken {name} on Tuesday. " + text)
    assert objects(found, f"ken {name.lower()}", "timeInSpace") == {"124"}
    assert not objects(found, "paul vance", "timeInSpace")
    assert not objects(found, "shane ross", "timeInSpace")
