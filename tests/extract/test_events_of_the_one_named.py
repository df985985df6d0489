"""An event noun that names no one ("for a landing on the steppe") is the story's crew's only
when its sentence is about no one it names: "A is returning to Earth ... for a landing in X"
tells of A's trip, never of the crew the story named before (invented names)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract import reading


def test_a_landing_in_a_sentence_about_someone_else_is_not_the_story_crew_s(nlp: Language) -> None:
    text = ("Command of the station passed from cosmonaut Ivan Ryzhov of Roscosmos to his colleague Oleg Varin of "
            "Roscosmos during a ceremony on the outpost on April 15. Ryzhov is returning to Earth April 17 with "
            "Expedition 74 crewmates Sergey Kudrin of Roscosmos and Kate Rubin of NASA in the Soyuz MS-40 "
            "spacecraft for a landing on the steppe of Kazakhstan to complete a journey of 185 days in space. "
            "Varin remains on the station as commander of Expedition 75 with crewmates Pyotr Dubin of Roscosmos "
            "and Mark Vance of NASA.")
    found = reading.keys(nlp, text, "2031-04-15")
    assert not [k for k in found if k[0] in ("oleg varin", "pyotr dubin") and k[1] in ("landingSite", "returnDate")]
