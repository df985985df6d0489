"""A name whose accented letter a page lost in decoding ("Mar\ufffdchal") is the person the page
spells whole elsewhere, so "he" after it is that person, not the next man named. Invented
names, the session ``nlp``."""

from __future__ import annotations

from spacy.language import Language

from extract.mending import mend
from tests.extract import reading

_LOST = "\ufffd"


def test_a_lost_letter_is_put_back_from_the_whole_spelling() -> None:
    text = f"Marechal\n\nTeodor Mar{_LOST}chal flew on Soyuz 50. Mar{_LOST}chal later retired."
    assert mend(text) == text.replace(_LOST, "e")
    assert len(mend(text)) == len(text)


def test_an_accented_spelling_wins_over_a_bare_one() -> None:
    text = f"Teodor Maréchal flew. Mar{_LOST}chal landed. Marechal retired."
    assert mend(text) == text.replace(_LOST, "é")


def test_two_words_that_fit_leave_it_broken() -> None:
    text = f"Ilona Mar{_LOST}t met Maret and Marit."
    assert mend(text) == text


def test_lost_marks_that_are_no_letters_stay() -> None:
    text = f"{_LOST}We flew,{_LOST} Dina Vale said. It{_LOST}s done. Item Itis."
    assert mend(text) == text


def test_he_after_a_mended_name_is_that_person(nlp: Language) -> None:
    text = (f"Marechal\n\nSoyuz 50 was launched on May 2, 2030, and Mar{_LOST}chal, Orlovsky and Tarnev docked "
            "with the station. Following the mission he was appointed head of the Astronaut Office.")
    found = reading.triples(nlp, text, "2036-01-01")
    assert ("marechal", "jobTitle", "head") in found
    assert not any(s in ("orlovsky", "tarnev") and p == "jobTitle" for s, p, _ in found)
