"""An orbiter called by its name alone is the orbiter when it lands or docks ("Atlantis landed
at Kennedy Space Center", "Discovery docked with the station"), and "Endeavour", which a
Crew Dragon capsule also bears, is the orbiter when it launches, lands or docks on a page about
a shuttle flight ("STS-<n>") that names no Dragon; the misspelling "Endeavor" is the same
orbiter. The same names as a university or a capsule stay what they are (orbiters' and
capsules' names are real, people and flights invented; the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _craft(nlp: Language, text: str) -> set[str]:
    return {e.kb_id_ for e in nlp(text).ents if e.label_ == "SPACECRAFT"}


@pytest.mark.parametrize(("text", "craft"), [
    ("STS-171 went well. Atlantis landed at Kennedy Space Center on July 7, 2030.", "Atlantis"),
    ("After 14 days in orbit, Columbia touched down at Edwards Air Force Base.", "Columbia"),
    ("Discovery docked with the space station on April 7, 2030, during STS-172.", "Discovery"),
    ("The STS-173 crew is ready. Endeavour launched from Kennedy Space Center on Feb. 8, 2030.", "Endeavour"),
    ("STS-173 was delayed twice. On Monday the Endeavor was finally able to launch.", "Endeavour"),
    ("STS-173: Endeavour docked with the station two days after launch.", "Endeavour"),
    ("Kara Lind flew on STS-174 aboard the shuttle Endeavor.", "Endeavour"),
])
def test_an_orbiter_named_alone_lands_or_docks(nlp: Language, text: str, craft: str) -> None:
    assert f"Space Shuttle {craft}" in _craft(nlp, text)


@pytest.mark.parametrize("text", [
    "Endeavour docked with the station on May 31, 2030.",  # no shuttle flight on the page
    "The Crew Dragon Endeavour flew again. Endeavour docked with the station, named after the shuttle "
    "that flew STS-127.",  # a Dragon page
    "Columbia University landed a new grant on June 27, 2030.",
    "Endeavour Hall landed a grant on June 27, 2030, for STS-175 research.",
])
def test_other_things_of_those_names_are_no_orbiter(nlp: Language, text: str) -> None:
    assert not {c for c in _craft(nlp, text) if c.startswith("Space Shuttle")}
