"""A picture's credit line names no one the story tells of, and a role noun listed among
unnamed people ("including a pilot, the second European commander and a surgeon") is not a
reference to someone named before (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2021-07-22")


def names(found: set[Key]) -> set[str]:
    return {k[0] for k in found} | {k[2] for k in found}


@pytest.mark.parametrize("credit", ["Photo Credit: Mike Dorn/SpaceNews", "Image credit: Mike Dorn",
                                    "Photo courtesy of Mike Dorn", "Video Credit: Mike Dorn"])
def test_a_credit_line_names_no_one(nlp: Language, credit: str) -> None:
    text = (f"The Soyuz MS-31 crew comprises Ana Voss of Germany and Bo Lin of China. {credit}\n\n"
            "Ana Voss will become the second European commander of the International Space Station.")
    found = keys(nlp, text)
    assert not {n for n in names(found) if "Credit" in n or "credit" in n or "Dorn" in n}


@pytest.mark.parametrize("text", [
    "The crew comprises Ana Voss of Germany and Bo Lin of China.\n\nThree flyers, including a former bomber "
    "pilot, the second European commander of the International Space Station and a flight surgeon, met in "
    "Houston on Wednesday.",
    "Bo Lin spoke on Monday. Two newcomers, a Navy test pilot and the first Danish commander of the space "
    "station, arrived in Houston.",
])
def test_a_role_among_unnamed_people_is_no_one_named_before(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not [k for k in found if k[1] in ("commander", "crewRole")]
