"""A rank of several words is one title, kept whole ("Group Captain", "Wing Commander",
"Squadron Leader", "Air Vice Marshal"), and none of its words is an organisation someone works
for nor a seat on a crew (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


@pytest.mark.parametrize(("text", "who", "rank"), [
    ("The agency named Group Captain Ravi Anand, Group Captain Dev Menon and Wing Commander Arjun Rao, all test "
     "pilots of the air force, as its first astronauts.", "dev menon", "Group Captain"),
    ("The agency named Group Captain Ravi Anand, Group Captain Dev Menon and Wing Commander Arjun Rao, all test "
     "pilots of the air force, as its first astronauts.", "arjun rao", "Wing Commander"),
    ("Squadron Leader Ravi Anand, a fighter pilot, was picked in 2019.", "ravi anand", "Squadron Leader"),
    ("Air Vice Marshal Ravi Anand led the selection board.", "ravi anand", "Air Vice Marshal"),
    ("Ravi Anand, a Lieutenant Colonel in the army, was picked in 2019.", "ravi anand", "Lieutenant Colonel"),
])
def test_the_rank_is_kept_whole(nlp: Language, text: str, who: str, rank: str) -> None:
    found = reading.triples(nlp, text, "2024-02-27")
    titles = {o for s, p, o in found if s == who and p == "jobTitle"}
    assert rank.lower() in {t.lower() for t in titles}
    assert not {t for t in titles if t.lower() != rank.lower() and t.lower() in rank.lower()}


def test_no_word_of_a_rank_is_an_employer_or_a_seat(nlp: Language) -> None:
    found = reading.triples(nlp, "The agency named Group Captain Dev Menon and Wing Commander Arjun Rao, test pilots "
                                 "of the air force, for Gaganyaan-1.", "2024-02-27")
    assert not {o for s, p, o in found if p == "employer" and ("group" in o or "wing" in o or "captain" in o)}
    assert not {(s, o) for s, p, o in found if p in ("crewRole", "commander") and "arjun rao" in (s, o)}
