"""Where a crew came down, as reporters tell it: "off the coast of X", "off X", "near X"
with a town the model does not know as a place, and a landing told as how a mission ended
("ended their mission with a splashdown off X"). Invented names, several phrasings each;
not an organisation after "off" in another sense, nor a joke about a landing."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2024-03-20")


def objects(found: set[Key], name: str, predicate: str) -> set[str]:
    return {k[2] for k in found if k[0] == name and k[1] == predicate}


@pytest.mark.parametrize("text, place", [
    ("Ann Lee and Bo Tan splashed down off the coast of Pensacola on Tuesday.", "pensacola"),
    ("After undocking from the station on Monday, Ann Lee and Bo Tan splashed down off the coast of Pensacola "
     "on Tuesday.", "pensacola"),
    ("After undocking from the station on Monday, Ann Lee and Bo Tan splashed down off Pensacola on Tuesday.",
     "pensacola"),
    ("Ann Lee and Bo Tan ended their 186-day mission with a splashdown off the coast of Pensacola, Florida, on "
     "Tuesday.", "pensacola"),
    ("Ann Lee and Bo Tan wrapped up their mission with a landing near Arkalyk on Tuesday.", "arkalyk"),
    ("On Tuesday Ann Lee and Bo Tan landed near Zhanakorgan after 186 days in orbit.", "zhanakorgan"),
])
def test_where_a_crew_came_down(nlp: Language, text: str, place: str) -> None:
    found = keys(nlp, text)
    for name in ("ann lee", "bo tan"):
        assert objects(found, name, "landingSite") == {place}
        assert objects(found, name, "returnDate") == {"2024-03-19"}


@pytest.mark.parametrize("text", [
    "Ann Lee and Bo Tan landed 48 miles from the town of Arkalyk in Kazakhstan on Tuesday.",
    "The capsule carrying Ann Lee and Bo Tan touched down about 90 kilometres from Arkalyk on Tuesday.",
    "Ann Lee and Bo Tan landed some 90 km from Arkalyk on Tuesday.",
    "The descent module of the Soyuz T-40 spacecraft carrying Ann Lee and Bo Tan landed 48 miles from the town "
    "of Arkalyk in the republic of Kazakhstan just after noon on Tuesday.",
])
def test_a_distance_from_a_town_points_at_the_town(nlp: Language, text: str) -> None:
    """"48 miles from the town of X in Y" tells the point as "48 miles southeast of X" does:
    the town, not the country it is in."""
    found = keys(nlp, text)
    for name in ("ann lee", "bo tan"):
        assert objects(found, name, "landingSite") == {"arkalyk"}


@pytest.mark.parametrize("text", [
    "Ann Lee and Bo Tan landed far from Arkalyk on Tuesday.",
    "Ann Lee and Bo Tan returned from Arkalyk on Tuesday.",
    "Ann Lee and Bo Tan landed 20 minutes from Arkalyk on Tuesday.",
])
def test_from_without_a_distance_is_no_landing_place(nlp: Language, text: str) -> None:
    assert not objects(keys(nlp, text), "ann lee", "landingSite")


@pytest.mark.parametrize("text", [
    "Ann Lee ended the interview with a joke about the landing.",
    "Ann Lee ended her talk with a slide of the splashdown, Bo Tan said.",
])
def test_a_landing_only_mentioned_is_no_return(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not objects(found, "ann lee", "returnDate")
    assert not objects(found, "ann lee", "landingSite")


@pytest.mark.parametrize("text", [
    "Ann Lee, Bo Tan and Cai Wen lifted off on the Crew-40 mission from the Kennedy Space Center on Tuesday. "
    "Wen is married to Dan Wen, who has yet to fly. The crew is due to splash down off Florida on Sunday.",
    "Ann Lee, Bo Tan and Cai Wen lifted off on the Crew-40 mission from the Kennedy Space Center on Tuesday. "
    "Lee's husband, Dan Lee, watched with Cai Wen's son. The crew is due to return to Earth off Florida on "
    "Sunday.",
])
def test_a_crew_due_back_is_the_story_crew(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert objects(found, "dan wen", "returnDate") | objects(found, "dan lee", "returnDate") == set()
    for name in ("ann lee", "bo tan", "cai wen"):
        assert {k[2] for k in found if k[0] == name and k[1] == "returnDate"} == {"2024-03-24"}


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    "Ann Lee and Bo Tan splashed down off the coast of Pensacola, Florida in the Gulf of Mexico on Tuesday.",
    "Ann Lee and Bo Tan splashed down in the Atlantic Ocean off the coast of Pensacola on Tuesday.",
    "On Tuesday Ann Lee and Bo Tan splashed down in the Gulf of Mexico off Pensacola.",
    "Ann Lee and Bo Tan splashed down in the Gulf of Mexico near Pensacola on Tuesday.",
    "Ann Lee and Bo Tan splashed down in the Gulf of Mexico near Pensacola, off the Florida Keys, on Tuesday.",
])
def test_the_town_a_sea_landing_was_off_or_near_is_the_point(nlp: Language, text: str) -> None:
    """The most specific place the sentence names (the ontology's landingSite): the town the
    capsule came down off or near, not the sea around it, however the sentence orders them."""
    found = keys(nlp, text)
    for name in ("ann lee", "bo tan"):
        assert objects(found, name, "landingSite") == {"pensacola"}
