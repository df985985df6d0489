"""Who went up with whom and who came home with whom, told apart (invented names): "X landed
with Y" puts Y beside X for the return only, since a crew may go up on one craft and come
home on another; both are kinds of flying together."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import extracted_keys, key


def keys(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """The facts as read, without the broader ones they entail."""
    return extracted_keys(next(extract(nlp, [Article(text, published="2024-06-10", id="t")])))


@pytest.mark.parametrize("text", [
    "Ilya Marek landed with Tove Brandt near Zhezkazgan on Friday.",
    "Ilya Marek returned to Earth with Tove Brandt on Tuesday.",
    "Ilya Marek splashed down off Florida with Tove Brandt on Sunday.",
])
def test_a_landing_companion_is_no_launch_companion(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Ilya Marek", "landedWith", "Tove Brandt") in found
    assert not {key("Ilya Marek", p, "Tove Brandt") for p in ("launchedWith", "flewWith")} & found


@pytest.mark.parametrize("text", [
    "NASA astronaut Ilya Marek lifted off with cosmonaut Tove Brandt from Baikonur on Monday.",
    "Ilya Marek launched to the station with Tove Brandt and Uma Selig on March 3.",
])
def test_a_launch_companion_is_no_landing_companion(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Ilya Marek", "launchedWith", "Tove Brandt") in found
    assert not {key("Ilya Marek", p, "Tove Brandt") for p in ("landedWith", "flewWith")} & found


def test_up_with_some_and_home_with_others(nlp: Language) -> None:
    found = keys(nlp, "Ilya Marek launched with Tove Brandt in March and landed with Uma Selig in September.")
    assert key("Ilya Marek", "launchedWith", "Tove Brandt") in found
    assert key("Ilya Marek", "landedWith", "Uma Selig") in found
    assert key("Ilya Marek", "landedWith", "Tove Brandt") not in found
    assert key("Ilya Marek", "launchedWith", "Uma Selig") not in found


@pytest.mark.parametrize("text", [
    "Nadia Ferrante rode the Soyuz home with Rafael Ibsen.",
    "Nadia Ferrante returned to the station in March, riding alongside Rafael Ibsen aboard Soyuz 30.",
])
def test_a_ride_that_says_no_trip_is_a_flight_together_only(nlp: Language, text: str) -> None:
    """ "Riding the capsule with X" may be the ride up or home, and "returned to the station"
    is no landing: they flew together, on no trip the words name."""
    found = keys(nlp, text)
    assert key("Nadia Ferrante", "flewWith", "Rafael Ibsen") in found
    assert not {key("Nadia Ferrante", p, "Rafael Ibsen") for p in ("launchedWith", "landedWith")} & found


def test_a_landing_told_riding_the_capsule_is_no_launch(nlp: Language) -> None:
    found = keys(nlp, "Butch Ilves and Suni Marr splashed down in the Gulf on Tuesday, riding the capsule Freedom with "
                      "their crewmates Nick Orhan of NASA and Alek Gorin of Roscosmos.")
    assert key("Suni Marr", "landedWith", "Alek Gorin") in found
    assert not any(k[1] == "launchedWith" for k in found)
