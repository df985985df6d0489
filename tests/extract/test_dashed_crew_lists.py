"""A crew named in a list set off by dashes ("A and her three Crew-7 crewmates — B and C of
NASA and D of the Japan Aerospace Exploration Agency (JAXA) — landed ..."): the list, with the
agencies its names are given with, names the crewmates, and with the words before it the ones
who did what the verb after it tells, however the parser hangs them. Invented people."""

from __future__ import annotations

from functools import partial

from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-03-12")

CREW = ("lena varo", "tom reyes", "ivan petrov", "ken ito")


def test_a_dashed_list_of_crewmates_names_them_and_the_subject_before_it(nlp: Language) -> None:
    text = ("Crew-7 splashes down\n\nMarch 11, 2031\n\nReturning to Earth aboard SpaceX's Dragon spacecraft "
            "\"Endurance,\" Lena Varo and her three Crew-7 astronaut crewmates — Tom Reyes and Ivan Petrov of NASA "
            "and Ken Ito of the Japan Aerospace Exploration Agency (JAXA) — landed off the coast of Tampa, Florida "
            "on Saturday (March 11).")
    found = keys(nlp, text)
    for one in CREW:
        assert ("crew-7", "crewMember", one) in found
        assert (one, "returnDate", "2031-03-11") in found
    assert ("ken ito", "flewWith", "lena varo") in found


def test_a_dashed_aside_that_is_no_list_of_people_names_no_one(nlp: Language) -> None:
    text = "Lena Varo met the press in Houston. Her capsule — a veteran of two flights — landed on March 11, 2031."
    assert not {k for k in keys(nlp, text) if k[1] == "returnDate" and k[0] != "lena varo"}
