"""A hyphened given name written without spaces ("Hans-Peter Kolbe") is part of the name,
also where the model tags only its second half (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

CASES = [
    ("Germans in space\n\n  • Hans-Peter Kolbe was the first German cosmonaut on the Mir station in 1992.\n"
     "  • Kolbe flew again in 1997.", "hans-peter kolbe"),
    ("  • Karl-Heinz Wendt was the first German cosmonaut on the Mir station in 1992.", "karl-heinz wendt"),
    ("Cosmonaut Jean-Luc Morvan was the first French astronaut on the Mir station in 1992.", "jean-luc morvan"),
    ("Two missions\n\nMarch 16, 2017 | An anniversary\n\n  • Klaus-Dietrich Fenske was the first German cosmonaut on "
     "the Russian space station MIR in 1992.\n  • Otto Brandt lived on the station for 16 days in 1995.\n\nOn 19 March "
     "1992, Klaus-Dietrich Fenske became the first German to float into the Mir station as a cosmonaut. Fenske, a "
     "trained test pilot, spent six days there.", "klaus-dietrich fenske"),
    ("  • Karl-Heinz Wendt became the first German astronaut to walk in space.", "karl-heinz wendt"),
    ("Hans-Peter Kolbe was the first German cosmonaut on the Mir station in 1992.", "hans-peter kolbe"),
    ("On 19 March 1992, Klaus-Otto Fenske became the first German to float into the Mir station.",
     "klaus-otto fenske"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_the_whole_hyphened_name(nlp: Language, text: str, name: str) -> None:
    holders = {s for s, _, _ in reading.triples(nlp, text, "2017-03-16", kind="holdsFirst")}
    assert holders == {name}


def test_a_hyphened_word_before_a_title_is_not_taken_in(nlp: Language) -> None:
    found = reading.triples(nlp, "Franco-German astronaut Ada Rinn was the first European on the Mir station.",
                            "2017-03-16", kind="holdsFirst")
    assert {s for s, _, _ in found} == {"ada rinn"}


def test_a_hyphened_pair_of_nationalities_is_no_given_name(nlp: Language) -> None:
    text = ("Cosmonaut Ivo Petrov showed signs of heart trouble and was replaced by Tomas Kell in late July after a "
            "weeklong visit to the Mir by a Soviet-Syrian crew. Petrov and Kell will return aboard the capsule left "
            "behind by the Soviet-Syrian crew.")
    people = {s for s, p, _ in reading.triples(nlp, text, "1987-08-01") if p == "occupation"}
    assert people == {"ivo petrov"}
