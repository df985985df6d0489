"""The facts of a life as obituaries and profiles tell them, on invented pages: a birth told in
a sentence without a subject on a page about one person ("Born on D, to A and B in X."), a birth
in brackets ("X (b. March 3, 1961)"), a death told with "dead" ("Dead, X on D", "was found dead"),
what someone died of (not what they apparently died of), a school told as a graduation "from"
it, and the near-misses that must give nothing (an initial "B.", "a dead end", a graduation
ceremony, a page about two people)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract.reading import keys, triples

_OBITUARY = (
    "Harlan Vostrey, American astronaut, died at 79\n\n"
    "Dead, Harlan Edwin Vostrey on March 14, 2029, he was an American astronaut and the second person "
    "to walk on Mars.\n\n"
    "Born on June 2, 1950, to Peter Lund Vostrey and Martha Ann Keel in Fulton County, near Lorimer, Ohio.\n\n"
    "He was of Dutch and German ancestry.\n\n"
    "Following his graduation from Halvard University, Vostrey decided to become a test pilot.\n"
)


@pytest.fixture(scope="module")
def obituary(nlp: Language) -> set[tuple[str, str, str]]:
    return triples(nlp, _OBITUARY, published=None)


def test_a_subjectless_birth_is_the_pages_person(obituary: set[tuple[str, str, str]]) -> None:
    assert ("harlan edwin vostrey", "birthDate", "1950-06-02") in obituary


def test_the_birthplace_is_not_the_town_it_is_near(obituary: set[tuple[str, str, str]]) -> None:
    places = {o for s, p, o in obituary if p == "birthPlace"}
    assert places == {"fulton county"}


def test_born_to_two_people_names_the_parents(obituary: set[tuple[str, str, str]]) -> None:
    assert ("harlan edwin vostrey", "parent", "peter lund vostrey") in obituary
    assert ("harlan edwin vostrey", "parent", "martha ann keel") in obituary
    assert ("martha ann keel", "child", "harlan edwin vostrey") in obituary
    assert not any(p in ("birthDate", "birthPlace") for s, p, _ in obituary if s != "harlan edwin vostrey")


def test_dead_set_before_a_name_dates_the_death(obituary: set[tuple[str, str, str]]) -> None:
    assert ("harlan edwin vostrey", "deathDate", "2029-03-14") in obituary


def test_a_graduation_from_a_school(obituary: set[tuple[str, str, str]]) -> None:
    assert ("harlan edwin vostrey", "almaMater", "halvard university") in obituary


def test_a_birth_told_with_one_parent_named_is_still_the_pages_person(nlp: Language) -> None:
    found = triples(nlp, "Ona Brisk, test pilot, dies at 88\n\nBorn on May 4, 1941, to Tomas Brisk in "
                         "Keelton, Iowa.\n\nOna Brisk flew twice.\n", published=None)
    assert ("ona brisk", "birthDate", "1941-05-04") in found
    assert ("ona brisk", "parent", "tomas brisk") in found
    assert not any(s == "tomas brisk" and p == "birthDate" for s, p, _ in found)


def test_a_page_about_two_people_gives_a_subjectless_birth_to_no_one(nlp: Language) -> None:
    found = triples(nlp, "Ona Brisk and Tal Ardent, test pilots\n\nBorn on May 4, 1941, in Keelton, Iowa.\n\n"
                         "They flew twice.\n", published=None)
    assert not any(p == "birthDate" for _, p, _ in found)


def test_a_birth_in_brackets_after_a_name(nlp: Language) -> None:
    found = triples(nlp, "Tamsin Orlova\n\nTamsin Orlova (b. March 3, 1961) was the first Moldovan cosmonaut. "
                         "Along with Commander Pyotr B. Alkin, who was born in Minsk in 1940, Orlova was part "
                         "of the crew, which launched on August 29, 1990.\n")
    assert ("tamsin orlova", "birthDate", "1961-03-03") in found
    assert not any(s == "pyotr b. alkin" and o.startswith("1990") for s, _, o in found)


@pytest.mark.parametrize(("text", "cause"), [
    ("Nora Vell, the first Moldovan woman in space, died yesterday of pancreatic cancer.", "pancreatic cancer"),
    ("Nora Vell died of a heart attack on March 3, 2030, in Houston.", "heart attack"),
    ("Nora Vell died from complications of Parkinson's disease, her family said.",
     "complications of parkinson's disease"),
    ("Astronaut Nora Vell died in a plane crash in the Kestrel Islands, according to her son.", "plane crash"),
    ("Nora Vell, a test pilot, died after battling cancer.", "cancer"),
    ("Nora Vell died after a long battle with leukemia.", "leukemia"),
    ("Nora Vell dies at the age of 90 after battling cancer.", "cancer"),
])
def test_what_someone_died_of(nlp: Language, text: str, cause: str) -> None:
    assert ("nora vell", "causeOfDeath", cause) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Nora Vell died in Houston on March 3, 2030.",
    "Nora Vell died in 1999, two years after her last flight.",
    "Nora Vell died at her home in Tulsa after becoming ill two weeks earlier.",
])
def test_a_death_without_its_cause(nlp: Language, text: str) -> None:
    assert not any(p == "causeOfDeath" for _, p, _ in triples(nlp, text))


@pytest.mark.parametrize("text", [
    "Nora Vell apparently died of smoke inhalation, the police said.",
    "Officials said Nora Vell had probably died of heart failure; a post-mortem will be held.",
    "Nora Vell possibly died of a stroke, her family said.",
])
def test_a_hedged_cause_is_no_fact(nlp: Language, text: str) -> None:
    """A guess ("apparently", "probably") is not what the article states someone died of."""
    assert not any(p == "causeOfDeath" for _, p, _ in triples(nlp, text))


@pytest.mark.parametrize("text", [
    "Astronaut Ivo Brandt was found dead in his home in Tulsa on May 2, 2030.",
    "Ivo Brandt, a former NASA astronaut who flew twice, was found dead in Tulsa on May 2, 2030.",
])
def test_found_dead(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert ("ivo brandt", "deathDate", "2030-05-02") in found
    assert ("ivo brandt", "deathPlace", "tulsa") in found


def test_dead_at_an_age(nlp: Language) -> None:
    assert ("ivo brandt", "age", "79") in triples(nlp, "Former astronaut Ivo Brandt is dead at 79, his family said.")


@pytest.mark.parametrize("text", [
    "Three cosmonauts were dead after the capsule lost its air in 1971, said Dana Voss.",
    "The mission came to a dead end in 2028 when Mia Sorn left the agency.",
    "Kit Dane said the dead weight of the module was 12 tonnes in 2027.",
])
def test_dead_that_tells_no_ones_death(nlp: Language, text: str) -> None:
    assert not any(p in ("deathDate", "deathPlace") for _, p, _ in triples(nlp, text))


@pytest.mark.parametrize("text", [
    "After her graduation from Halvard University in 1955, Dana Voss joined the Navy.",
    "Dana Voss joined the Navy after her graduation from Halvard University in 1955.",
    "Dana Voss's graduation from Halvard University came in 1955.",
])
def test_a_graduation_from(nlp: Language, text: str) -> None:
    assert ("dana voss", "almaMater", "halvard university") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Mia Sorn attended the graduation of the new astronaut class at Star City.",
    "Ivo Brandt spoke at the graduation ceremony at Halvard University.",
])
def test_a_graduation_that_is_no_ones_schooling(nlp: Language, text: str) -> None:
    assert not any(p == "almaMater" for _, p, _ in triples(nlp, text))


def test_a_name_the_model_starts_at_its_patronymic(nlp: Language) -> None:
    found = keys(nlp, "Karim bin Tariq Al Fahad: astronaut profile\n\nKarim bin Tariq bin Nasser Al Fahad (born 27 "
                      "June 1956) is a former air force pilot who flew aboard the shuttle as a payload specialist. "
                      "Karim Tariq Al Fahad of Saudi Arabia was on board as a payload specialist.\n")
    people = {k[0] for k in found if k[1] in ("birthDate", "crewRole", "occupation")}
    assert people == {"karim bin tariq bin nasser al fahad"}


@pytest.mark.parametrize("text", [
    "Astronout Orrin Pask died Saturday after becoming ill two weeks earlier.",
    "Comander Orrin Pask led the flight, which launched on May 2, 2030.",
])
def test_a_mistyped_title_is_no_part_of_the_name(nlp: Language, text: str) -> None:
    found = keys(nlp, f"Orrin Pask, astronaut\n\nOrrin Pask flew twice. {text}\n")
    named = {k[0] for k in found} | {k[2] for k in found}
    assert "orrin pask" in named
    assert not any(n.startswith(("astronout", "comander")) for n in named)


def test_a_given_name_near_a_title_stays(nlp: Language) -> None:
    found = keys(nlp, "Christoph Ivo Brandt flew twice on the shuttle, and Brandt retired in 2031.")
    assert any(k[0] == "christoph ivo brandt" for k in found)


@pytest.mark.parametrize(("text", "org"), [
    ("Ivo Brandt retired from NASA in 1971, and later became the first director of the Halvard Space "
     "Museum.", "halvard space museum"),
    ("Kit Dane, director of NASA's Orland Research Center, praised him.", "orland research center"),
])
def test_a_director_of_an_organisation_leads_it(nlp: Language, text: str, org: str) -> None:
    assert any(s == org and p == "leader" for s, p, _ in triples(nlp, text))


@pytest.mark.parametrize("text", [
    "Dana Voss was later the director of flight operations at NASA.",
    "Mia Sorn is the former director of the Kestrel Institute.",
])
def test_a_director_who_leads_no_organisation_named(nlp: Language, text: str) -> None:
    assert not any(p == "leader" for _, p, _ in triples(nlp, text))


def test_the_parents_are_keys_of_the_pages_person(nlp: Language) -> None:
    assert key("Harlan Edwin Vostrey", "parent", "Peter Lund Vostrey") in keys(nlp, _OBITUARY, published=None)


def test_yesterday_is_a_date_only_on_a_dated_page(nlp: Language) -> None:
    text = "Nora Vell, first Moldovan woman in space, dies\n\nWASHINGTON -- Nora Vell died yesterday of pancreatic " \
           "cancer. She was 61.\n"
    assert ("nora vell", "deathDate", "2031-07-23") in triples(nlp, text, published="2031-07-24")
    assert not any(p == "deathDate" for _, p, _ in triples(nlp, text, published=None))


def test_a_pages_date_field_is_no_day_of_the_headlines_death(nlp: Language) -> None:
    text = ("Astronaut Ivo Brandt, one of the first people to orbit the far side of the moon, died in a plane "
            "crash\n date 2031-06-08 June 8, 2031\n\nAstronaut Ivo Brandt, one of the first people to orbit the "
            "far side of the moon, died in a plane crash in Washington state, according to his son. He was 90.\n")
    found = triples(nlp, text, published=None)
    assert ("ivo brandt", "causeOfDeath", "plane crash") in found
    assert not any(p == "deathDate" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Ana Voss gave a speech at the graduation from the Tarn Naval Academy on Friday.",
    "Ana Voss attended the graduation from Tarn University of her nephew.",
])
def test_a_graduation_of_no_one_named_is_no_school(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[1] == "almaMater"}
