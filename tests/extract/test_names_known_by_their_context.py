"""A name the small model takes for an organisation, a facility or a product is a person's
when its context says so: a country's possessive before it ("Russia's Oleg Tanev", "the
Emirates' Rashid Almari"), a role it fills ("the commander of the flight was X"), or a degree
after it ("Dana Kollmer, Ph.D."). A place a country owns ("China's Inner Mongolia"), a company
that fills no person's role ("the prime contractor is Lockheed Martin") and a company named
after people ("Lockheed Martin was selected") stay what they are. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.components.names import _beside_person, person_context


def _context(nlp: Language, text: str, name: str, label: str = "ORG") -> bool:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label=label)
    assert span is not None
    return person_context(span, text)


@pytest.mark.parametrize(("text", "name"), [
    ("The launch of the Soyuz with Russia's Dmitri Velkanov, and NASA's Ann Porter is set for Tuesday.",
     "Dmitri Velkanov"),
    ("The crew includes the United Arab Emirates' Rashid Almari, and a Russian cosmonaut.", "Rashid Almari"),
    ("Japan’s Keiko Namba will fly next year.", "Keiko Namba"),
])
def test_a_name_a_country_owns_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert _context(nlp, text, name, "FAC")


@pytest.mark.parametrize(("text", "name"), [
    ("The commander of the flight was Vasily Petrovich Orlenko.", "Vasily Petrovich Orlenko"),
    ("Its pilot is Marta Quell, a former test pilot.", "Marta Quell"),
])
def test_a_name_filling_a_role_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert _context(nlp, text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("She is the daughter of Tomas Ekberg, a test pilot.", "Tomas Ekberg"),
    ("Ana Voss, the widow of Pavel Renko, attended the launch.", "Pavel Renko"),
    ("The son of Ivo Marlow flew on the mission.", "Ivo Marlow"),
])
def test_a_name_whose_relative_is_told_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert _context(nlp, text, name, "ORG")


@pytest.mark.parametrize("text", [
    "The crew will meet up with Dana Kollmer, Ph.D., already on board.",
    "The study is led by Dana Kollmer, PhD, of the university.",
    "Dana Kollmer, M.D., examined the crew after landing.",
])
def test_a_name_with_a_degree_is_a_person(nlp: Language, text: str) -> None:
    assert _context(nlp, text, "Dana Kollmer")


@pytest.mark.parametrize(("text", "name", "label"), [
    ("The capsule came down in China's Inner Mongolia on Friday.", "Inner Mongolia", "GPE"),
    ("They trained in Kazakhstan's Karaganda Steppe for a week.", "Karaganda Steppe", "LOC"),
    ("The prime contractor is Lockheed Martin, which builds the capsule.", "Lockheed Martin", "ORG"),
    ("Lockheed Martin was selected to build the capsule.", "Lockheed Martin", "ORG"),
    ("The winner of the contract was Lockheed Martin.", "Lockheed Martin", "ORG"),
    ("The capsule is the daughter ship of Lockheed Martin's design.", "Lockheed Martin", "ORG"),
])
def test_places_and_companies_stay_what_they_are(nlp: Language, text: str, name: str, label: str) -> None:
    assert not _context(nlp, text, name, label)


def test_a_channel_a_country_owns_stays_an_organisation(nlp: Language) -> None:
    text = "\"It is a dream,\" Israel's Channel Nine commentator said before liftoff."
    assert not any(e.label_ == "PERSON" and "Channel" in e.text for e in nlp(text).ents)


@pytest.mark.parametrize(("text", "known", "name"), [
    ("He landed on Soyuz TM-42 with Velkanov and Pavel Renko, the latter a station veteran.", "Velkanov",
     "Pavel Renko"),
    ("Pavel Renko and Velkanov landed on Soyuz TM-42.", "Velkanov", "Pavel Renko"),
])
def test_a_name_coordinated_with_a_known_surname_is_a_person(nlp: Language, text: str, known: str,
                                                             name: str) -> None:
    doc = nlp(text)
    doc.ents = []  # what the model tagged aside: only the words known as people's count
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label="ORG")
    assert span is not None
    people = {t.i for t in doc if t.text == known}
    assert _beside_person(span, people)
    assert not _beside_person(span, {t.i for t in doc if t.text == "TM-42"})
