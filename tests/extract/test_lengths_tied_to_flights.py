"""A person's length of time is tied (``mission``) to the one flight its phrase or clause names,
however a reporter words it, and to none when the clause names two, or names a flight only in a
clause, description or comparison of its own or as what carried someone up or home, or puts the
stay aboard a station beside a craft.
Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def _tied(nlp: Language, text: str) -> dict[str, str | None]:
    """Each figure of time in space (its evidence) with the flight it is tied to."""
    ex = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    return {text[f.evidence.start:f.evidence.end]: next((names[str(q)] for k, q in f.qualifiers if k == "mission"),
                                                         None)
            for f in ex.facts if f.predicate == "timeInSpace" and names[f.subject] == "Mara Quill"}


@pytest.mark.parametrize(("text", "flight"), [
    ("Mara Quill spent 186 days in space on Soyuz 41.", "Soyuz 41"),
    ("Mara Quill spent 186 days aboard Shenzhou-31.", "Shenzhou-31"),
    ("Mara Quill returned to Earth after her 12-day STS-141 mission.", "STS-141"),
    ("During the 12-day STS-141 mission, Mara Quill tested a new suit.", "STS-141"),
    ("Mara Quill flew on Soyuz 41, which lasted 8 days.", "Soyuz 41"),
    ("Mara Quill returned after 141 days in orbit on Crew-14.", "Crew-14"),
    ("Mara Quill spent 141 days aboard the station on Crew-14.", "Crew-14"),
    ("Mara Quill commanded Soyuz 41 and spent 186 days in space.", "Soyuz 41"),
    ("As commander of Soyuz 52, Mara Quill made a flight of six days.", "Soyuz 52"),
    ("Mara Quill, a veteran of Soyuz 30, spent 186 days on Soyuz 41.", "Soyuz 41"),
    ("Mara Quill's flight, Soyuz 41, lasted 8 days.", "Soyuz 41"),
    ("Soyuz 41 was launched on June 2, 1985, carrying Mara Quill and Ivan Petrov. They returned to Earth after a "
     "flight lasting 7 days, 21 hours.", "Soyuz 41"),
    ("Shenzhou-31 landed on Friday with Mara Quill and Ivan Petrov aboard. The crew spent 192 days in orbit and "
     "handed the station over to the Shenzhou-32 astronauts.", "Shenzhou-31"),
    ("Shenzhou-31 returned Mara Quill, Ivan Petrov and Ana Pell to Earth on Friday. The trio spent 183 days in "
     "orbit, almost twice the 92 days of the Shenzhou-30 crew.", "Shenzhou-31"),
])
def test_a_length_is_tied_to_the_flight_its_clause_names(nlp: Language, text: str, flight: str) -> None:
    assert list(_tied(nlp, text).values()) == [flight]


@pytest.mark.parametrize("text", [
    "Mara Quill, who flew Soyuz 30 in 1990, spent 186 days in space.",
    "After flying on Soyuz 30, Mara Quill spent 186 days in space.",
    "Mara Quill spent 186 days in space on Soyuz 41 and Soyuz 44.",
    "Mara Quill spent 186 days aboard the station on Soyuz 42.",
    "Mara Quill spent 186 days aboard the station and returned on Soyuz 42.",
    "Mara Quill launched on Soyuz 41 and spent 186 days in space.",
    "Mara Quill returned aboard Soyuz 42 after 186 days in space.",
    "Mara Quill spent 183 days in orbit, almost twice the 92 days of the Soyuz 40 crew.",
    "Mara Quill spent 186 days in space, longer than the Soyuz 40 crew.",
    "Mara Quill spent 186 days in space before Soyuz 44 launched.",
    "Mara Quill spent 186 days in space; Ivan Petrov later flew on Soyuz 44.",
    "Soyuz 41 was launched on June 2, 1985. They said Mara Quill spent 186 days in space.",
    "Mara Quill joins Expedition 66 for a six-month stay.",
    "Mara Quill, the Soyuz 41 commander, spent 186 days in space.",
])
def test_a_length_is_tied_to_no_flight_named_beside_it(nlp: Language, text: str) -> None:
    assert list(_tied(nlp, text).values()) == [None]


@pytest.mark.parametrize("text", [
    "Mara Quill has spent a total of 500 days in space, most recently on Soyuz 41.",
    "With this flight and her 15 days on Soyuz 40, Mara Quill now has 197 days in space over two missions.",
])
def test_no_length_is_tied_in_a_sentence_of_several_flights(nlp: Language, text: str) -> None:
    assert set(_tied(nlp, text).values()) == {None}


def test_each_flight_of_two_keeps_its_own_length(nlp: Language) -> None:
    found = _tied(nlp, "Mara Quill is a veteran cosmonaut. In 1969, as the commander of Soyuz 47 she made a flight "
                       "of five days. In 1974, as commander of Soyuz 52 she made a second flight of six days.")
    assert found == {"five days": "Soyuz 47", "six days": "Soyuz 52"}
