"""Initials written without a space before a surname ("J.Surname", "V.A.Surname") make a
person's name, as "J. Surname" does; abbreviations ("U.S.", "St.Louis", "Dr.Who") stay whole.
A surname after initials is the given name of a name written family name first elsewhere
("T.Bold" and "Bold Tuvshin") when the initial is the family name's (invented names, the
session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import key
from tests.extract import reading

_PAGE = "2031-06-10"


@pytest.mark.parametrize(("text", "fact"), [
    ("The crew of V.A.Korlenko and J.Bavuuzaan launched on Soyuz 60 on March 22, 2031.",
     ("J.Bavuuzaan", "launchedWith", "V.A.Korlenko")),
    ("On May 2, 2031, cosmonaut J.Bavuuzaan flew into space with V.A.Korlenko aboard Soyuz-60.",
     ("J.Bavuuzaan", "occupation", "cosmonaut")),
    ("Cosmonauts, a citizen of Mongolia J.Bavuuzaan and a citizen of the former Soviet Union V.A.Korlenko "
     "took off on the Soyuz-60 spaceship on May 2, 2031.", ("V.A.Korlenko", "nationality", "Soviet Union")),
])
def test_initials_run_into_a_surname_name_a_person(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    assert key(*fact) in reading.keys(nlp, text, _PAGE)


@pytest.mark.parametrize("text", [
    "The U.S. Army and the St.Louis office said the launch would go ahead.",
    "He watched Dr.Who and read the U.S.A. papers.",
])
def test_abbreviations_are_no_initials(nlp: Language, text: str) -> None:
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    assert not any("Person" in e.types for e in found.entities)


def test_the_tokenizer_splits_initials_only(nlp: Language) -> None:
    words = [t.text for t in nlp.tokenizer("V.A.Korlenko, J.Bold, U.S. and NASA.Gov")]
    assert words[:4] == ["V.A.", "Korlenko", ",", "J."] and "U.S." in words and "NASA.Gov" in words


@pytest.mark.parametrize("text", [
    "Cosmonaut T.Bavuuzaan flew in 2031. Bavuuzaan Tserendorj is the first Mongolian to fly to space.",
    "Cosmonaut T. Bavuuzaan flew in 2031. Bavuuzaan Tserendorj is the first Mongolian to fly to space.",
])
def test_a_name_written_family_name_first_is_one_person(nlp: Language, text: str) -> None:
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    assert [e.name for e in found.entities if "Person" in e.types] == ["Bavuuzaan Tserendorj"]


def test_a_given_name_with_another_initial_is_another_person(nlp: Language) -> None:
    text = "Astronaut J. Thomas flew in 2031. Thomas Krell is the first Mongolian to fly to space."
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    assert {e.name for e in found.entities if "Person" in e.types} == {"J. Thomas", "Thomas Krell"}


@pytest.mark.parametrize(("text", "name"), [
    ("Crew: Commander Ivo D. Brand, Pilot Mara L. Still, Payload Commander Ana E. Voss, and two others.",
     "Mara L. Still"),
    ("The STS-190 crew: Ivo D. Brand and Mara L. Even.", "Mara L. Even"),
])
def test_a_surname_after_a_middle_initial_ends_the_name(nlp: Language, text: str, name: str) -> None:
    """A surname that is also an adverb ("Still", "Even") is no word after a finished name."""
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    assert name in {e.name for e in found.entities if "Person" in e.types}
