"""A job title written before a name is not part of it: "Chief Astronaut Instructor Beth
Moss" is Beth Moss, "NASA Administrator Bill Nelsen" is Bill Nelsen, "Flight Director Ana
Ruiz" is Ana Ruiz; "X, head of ORG" is a title there. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import extracted_keys
from tests.extract import reading


@pytest.mark.parametrize("text, name", [
    ("VSS Unity flew with Chief Astronaut Instructor Beth Moss on board.", "Beth Moss"),
    ("NASA Administrator Bill Nelsen spoke to reporters on Friday.", "Bill Nelsen"),
    ("Flight Director Ana Ruiz said the spacewalk went well.", "Ana Ruiz"),
])
def test_a_title_before_a_name_is_left_out(nlp: Language, text: str, name: str) -> None:
    ex = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    people = {e.name for e in ex.entities if "Person" in e.types}
    assert name in people and not any(p.endswith(name) and p != name for p in people)


@pytest.mark.parametrize("text, org", [
    ("Dmitry Rogal, head of the Russian space agency Roscosmos, said all three were well.", "roscosmos"),
    ("\"It feels like Kitty Hawk,\" said Mara Blake, head of the Federal Aviation Administration.",
     "federal aviation administration"),
])
def test_head_of_an_organisation_is_a_title_there(nlp: Language, text: str, org: str) -> None:
    found = reading.keys(nlp, text, "2024-03-19")
    person = next(k[0] for k in found if k[1] == "employer")
    assert (person, "employer", org) in {k[:3] for k in found}
    assert (person, "jobTitle", "head") in {k[:3] for k in found}


@pytest.mark.parametrize("text", [
    "Hoshide becomes commander as Walker heads home\n\nAkihiko Hoshide took command on Tuesday.",
    "Ana Ruiz hit her head on the hatch as Shannon Walker heads home.",
])
def test_head_as_a_verb_or_a_body_part_is_no_title(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2024-03-19")
    assert not {k for k in found if k[1] == "jobTitle" and k[2].startswith("head")}


def test_an_organisation_s_head_before_the_name_is_a_title_there(nlp: Language) -> None:
    found = extracted_keys(next(extract(nlp, [Article("The crew will land safely, Roscosmos head Yuri Borran said.",
                                                      published="2024-03-19", id="t")])))
    assert {("yuri borran", "jobTitle", "head"), ("yuri borran", "employer", "roscosmos")} <= {k[:3] for k in found}


@pytest.mark.parametrize("text, name", [
    ("Ax-9 lifted off with the crew of Commander Tom Quill, Pilot Ann Lee, and Science Pilot Bo Tan.", "Bo Tan"),
    ("Lunar Module Pilot Ed Marsh walked on the Moon in 1972.", "Ed Marsh"),
    ("Backup Pilot Rhea Dunn trained with the crew in Star City.", "Rhea Dunn"),
    ("The flight's Payload Specialist Ivo Brandt ran the experiments.", "Ivo Brandt"),
    ("Science Pilot Bo Tan, a physician, flew with Tom Quill.", "Bo Tan"),
])
def test_a_title_of_several_words_is_left_out(nlp: Language, text: str, name: str) -> None:
    ex = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    people = {e.name for e in ex.entities if "Person" in e.types}
    assert name in people and not any(p.endswith(name) and p != name for p in people)


@pytest.mark.parametrize("text, names", [
    ("VMS Eve was piloted by Commander Nicola Pecile and Pilot Jameel Janjua.", {"Nicola Pecile", "Jameel Janjua"}),
    ("The ship was flown by Commander Dara Lind and Pilot Ivo Brandt on Monday.", {"Dara Lind", "Ivo Brandt"}),
    ("Ana Voss and Commander Ivo Brandt spoke to reporters.", {"Ana Voss", "Ivo Brandt"}),
])
def test_the_next_persons_title_is_left_out(nlp: Language, text: str, names: set[str]) -> None:
    ex = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    people = {e.name for e in ex.entities if {"Person", "Astronaut"} & set(e.types)}
    assert names <= people and not any(" and " in p for p in people)
