"""Whom "he", "they", "the crew" and "the cosmonauts" mean after a crew is named: the crew
itself, never the people it is said to fly or work with, nor people named only in passing.
Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples


def _refs(nlp: Language, text: str) -> dict[str, set[str]]:
    """Each reference's words with the names of the people it points at."""
    doc = nlp(text)
    clusters = doc._.astrokg_clusters
    out: dict[str, set[str]] = {}
    for start, end, c in doc._.astrokg_refs:
        out.setdefault(f"{doc[start:end].text}@{start}", set()).add(str(clusters[c]["name"]))
    return out


@pytest.mark.parametrize("opening", ["Together with Ivo Darn and Pele Kask, he",
                                     "Along with Ivo Darn and Pele Kask, he",
                                     "With Ivo Darn and Pele Kask, he"])
def test_he_is_not_whom_he_flew_with(nlp: Language, opening: str) -> None:
    text = (f"Lev Orlan made his second flight on Soyuz 70 in 2034. {opening} docked with the station "
            "on May 3. In making a spacewalk, he became the first Estonian to walk in space.")
    found = _refs(nlp, text)
    he = [names for words, names in found.items() if words.lower().startswith("he@")]
    assert he and all(names == {"Lev Orlan"} for names in he)
    assert not any(s in ("ivo darn", "pele kask") and p == "holdsFirst" for s, p, _ in triples(nlp, text))


def test_they_after_a_flight_with_others_is_the_flyers(nlp: Language) -> None:
    text = ("Ana Ruiz flew to the station aboard Soyuz 71 with Lev Ode, joining Kim Berg and Tom Lund already "
            "on board. They spent 9 days in space.")
    found = {s for s, _, _ in triples(nlp, text, kind="timeInSpace")}
    assert found == {"ana ruiz", "lev ode"}


@pytest.mark.parametrize("group", ["The crew", "The cosmonauts"])
def test_the_crew_reaches_back_over_sentences_that_name_no_one(nlp: Language, group: str) -> None:
    text = ("On May 3, 2030, Soyuz 90 lifted off carrying Ivo Darn and Pele Kask. The crew docked with the "
            "station two hours later. Experiments in biology were run. Materials were melted in a furnace. "
            f"{group} returned to Earth in the Soyuz 89 capsule. They landed after 8 days in space.")
    found = {s for s, _, _ in triples(nlp, text, kind="timeInSpace")}
    assert found == {"ivo darn", "pele kask"}


def test_the_crew_does_not_reach_back_to_officials(nlp: Language) -> None:
    text = ("Soyuz 90 landed on May 11, 2030. At a news conference, agency chief Rita Holm and flight director "
            "Sam Oyelaran said they were pleased. The capsule was recovered by helicopter. Its parachute was "
            "found intact. The crew spent 8 days in space.")
    found = {s for s, _, _ in triples(nlp, text, kind="timeInSpace")}
    assert not found & {"rita holm", "sam oyelaran"}
