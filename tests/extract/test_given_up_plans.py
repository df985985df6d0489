"""Plans a story says were dropped or changed are no facts and no plans: "originally were to
come home in October", "was scheduled to launch on July 20, but was postponed" (invented
names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

keys = partial(reading.keys, published="2021-07-22")


def dates(found: set[Key], predicate: str) -> set[str]:
    return {k[2] for k in found if k[1] == predicate}


@pytest.mark.parametrize("text", [
    "Ada Rinn and Tomas Kell launched on Soyuz MS-40 on April 9, 2021 and originally were to come home in "
    "October on the same spacecraft. They landed on March 30, 2022.",
    "Ada Rinn was initially due to return in October, but her stay was extended. She landed on March 30, 2022.",
    "Ada Rinn was scheduled to land in October but the landing was delayed by bad weather. She landed on "
    "March 30, 2022.",
])
def test_a_return_given_up_leaves_only_the_one_that_happened(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert dates(found, "returnDate") == {"2022-03-30"}
    assert key("Ada Rinn", "returnDate", "2022-03-30") in found


@pytest.mark.parametrize("text", [
    "Shenzhou-31 was scheduled to launch on July 20, 1999, but was postponed at the last second.",
    "Shenzhou-31 was set to lift off on July 20, 1999, but the launch was scrubbed.",
])
def test_a_launch_put_off_is_no_launch_date(nlp: Language, text: str) -> None:
    assert dates(keys(nlp, text), "launchDate") == set()


def test_a_plan_still_standing_stays_a_plan(nlp: Language) -> None:
    found = keys(nlp, "Ada Rinn is scheduled to land on Friday and will then fly home to Houston.")
    assert key("Ada Rinn", "returnDate", "2021-07-23", "planned") in found


@pytest.mark.parametrize("text", [
    "Tomas Kell nearly joined NASA's astronaut corps in 1963.",
    "Tomas Kell almost flew on Soyuz MS-40 in 2020.",
    "Tomas Kell nearly launched on Soyuz MS-40 in 2020 before an injury grounded him.",
    "Tomas Kell was on track to join NASA's astronaut corps in the 1960s before being controversially rejected.",
    "Tomas Kell was on course to join NASA's astronaut corps in 1963 but was rejected.",
])
def test_what_nearly_happened_is_no_fact(nlp: Language, text: str) -> None:
    """ "nearly", "almost": it did not happen; "on track to": on the way, at most a plan."""
    found = keys(nlp, text)
    assert not [k for k in found if k[0] == "tomas kell" and k[3] == "reported"]


@pytest.mark.parametrize(("text", "fact"), [
    ("Tomas Kell joined NASA's astronaut corps in 1963.", ("Tomas Kell", "selectionYear", "1963")),
    ("Tomas Kell spent nearly 200 days aboard the station after launching on Soyuz MS-40.",
     ("Tomas Kell", "spacecraft", "Soyuz MS-40")),
    ("Tomas Kell launched on Soyuz MS-40 and spent almost the whole flight on experiments.",
     ("Tomas Kell", "launchVehicle", "Soyuz MS-40")),
])
def test_nearly_after_the_verb_keeps_the_fact(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    assert key(*fact) in keys(nlp, text)
