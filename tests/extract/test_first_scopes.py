"""The group a first counts among, as reporters word it: a group told by the countries it
leaves out ("the first non-Soviet astronaut", "the first national outside of the US and Russia")
counts among people from outside them; one told otherwise by whom it leaves out ("the first
non-European", "the first man in space who was not a citizen of ...") has no scope we can say,
so no first is read; "Latin American" is no American; a second rank
coordinated with the first ("the first African-American and second astronaut to ...") is not
part of the group (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2031-03-02")


def _firsts(nlp: Language, text: str) -> set[str]:
    return {k[2] for k in keys(nlp, text) if k[1] == "holdsFirst" and k[0] == "tomas kell"}


@pytest.mark.parametrize(("text", "scope"), [
    ("Tomas Kell became the first non-Soviet and non-American astronaut to make the trip to outer space.",
     "outside soviet union and united states"),
    ("Tomas Kell was the first non-American and non-Soviet cosmonaut to walk in space.",
     "outside soviet union and united states"),
    ("Tomas Kell was the first non-American to command the station.", "outside united states"),
    ("Tomas Kell was the first non-United States citizen to take part in a NASA mission.", "outside united states"),
    ("Tomas Kell was the first non-American woman to walk in space.", "outside united states, woman"),
    ("Tomas Kell became the first national outside of the US and Russia to lead a crew on the station.",
     "outside russia and united states"),
    ("Tomas Kell was the first person outside the United States to fly a Shuttle.", "outside united states"),
])
def test_a_group_told_by_the_countries_it_leaves_out(nlp: Language, text: str, scope: str) -> None:
    assert _firsts(nlp, text) == {scope}


@pytest.mark.parametrize("text", [
    "The Ruritanian cosmonaut Tomas Kell was the first man in space who was not a citizen of either the US or "
    "the USSR.",
    "Tomas Kell, the first non-European woman to walk in space, retired on Monday.",
    "Tomas Kell was the first person in space who was not a pilot.",
])
def test_a_group_told_by_whom_it_leaves_out_gives_no_first(nlp: Language, text: str) -> None:
    assert _firsts(nlp, text) <= {"anyone"} - {"anyone"}


@pytest.mark.parametrize(("text", "scope"), [
    ("Born in 1942, Tomas Kell went on to become the first Latin American and the first Ruritanian to fly in "
     "space in 1980.", "latin america"),
    ("Tomas Kell became the first Latin-American astronaut.", "latin america"),
    ("Tomas Kell became the first Latin American woman to fly to space.", "latin america, woman"),
    ("Tomas Kell is the first African-American and second astronaut to head the space agency.", "african-american"),
    ("Tomas Kell is the first woman and third European to command the station.", "woman"),
])
def test_the_group_is_the_one_the_words_name(nlp: Language, text: str, scope: str) -> None:
    found = _firsts(nlp, text.replace("Ruritanian", "Danish").replace("ruritania", "denmark"))
    assert scope.replace("ruritania", "denmark") in found, found
    assert not {s for s in found if "united states" in s or "second" in s or "third" in s}, found


def test_a_plain_first_keeps_its_group(nlp: Language) -> None:
    assert key("Tomas Kell", "holdsFirst", "Denmark") in keys(nlp, "Tomas Kell was the first Danish astronaut.")


@pytest.mark.parametrize(("text", "scope"), [
    ("Tomas Kell is also the first Korean-American astronaut on the station.", "korean-american"),
    ("Tomas Kell became the first Iranian-American woman in space.", "iranian-american, woman"),
    ("Tomas Kell, the first Danish-American astronaut to walk in space, retired on Monday.", "danish-american"),
])
def test_two_demonyms_joined_are_a_group_of_their_own(nlp: Language, text: str, scope: str) -> None:
    found = _firsts(nlp, text)
    assert found == {scope}, found


def test_one_demonym_stays_a_country(nlp: Language) -> None:
    assert _firsts(nlp, "Tomas Kell became the first Korean astronaut.") == {"korea"}


@pytest.mark.parametrize("text", [
    "VALDORA - Denmark's first astronaut, Tomas Kell, blasted off last month on the shuttle.",
    "Denmark's first astronaut, Tomas Kell, blasted off last month on the shuttle.",
])
def test_a_dateline_before_the_country_is_no_part_of_the_scope(nlp: Language, text: str) -> None:
    assert _firsts(nlp, text) == {"denmark"}


@pytest.mark.parametrize("text", [
    "Tomas Kell became the first person to fly to space from Chad.",
    "Tomas Kell became the first person from Chad to fly to space.",
])
def test_a_country_flown_from_is_the_scope_not_the_achievement(nlp: Language, text: str) -> None:
    assert key("Tomas Kell", "holdsFirst", "chad") in keys(nlp, text)
    found = run_facts(nlp, text)
    assert found == {("fly to space", "Chad")}, found


def run_facts(nlp: Language, text: str) -> set[tuple[str, str]]:
    extraction = next(extract(nlp, [Article(text, published="2031-03-02", id="t")]))
    return {(str(getattr(f.object, "value", "")), str(getattr(dict(f.qualifiers)["firstScope"], "value", "")))
            for f in extraction.facts if f.predicate == "holdsFirst"}


@pytest.mark.parametrize("text", [
    "Tomas Kell retired in 2040. In this interview, he talks about his work as the first non-United States citizen "
    "to participate in a NASA mission.",
    "Tomas Kell spoke of his role as the first non-American to participate in a NASA mission.",
])
def test_a_first_said_of_ones_work_or_role_is_ones_own(nlp: Language, text: str) -> None:
    assert key("Tomas Kell", "holdsFirst", "outside united states") in keys(nlp, text)


def test_a_first_said_of_anothers_work_is_not_the_speakers(nlp: Language) -> None:
    found = keys(nlp, "Tomas Kell flew in 2030. In the interview, Ada Rinn talks about his work as the first "
                      "non-American to participate in a NASA mission.")
    assert not any(k[1] == "holdsFirst" and k[0] == "ada rinn" for k in found)


def test_the_first_of_a_while_is_no_first_wherever_the_parse_hangs_it(nlp: Language) -> None:
    found = keys(nlp, "Her crewmates are pilot Ada Rinn of NASA and Tomas Kell, Ruritania's only active cosmonaut "
                      "and the first Russian to launch on an American spacecraft in 20 years, under a seat-swap deal.")
    assert not any(k[1] == "holdsFirst" for k in found)


@pytest.mark.parametrize("text", [
    "Mia Sorel is now the first Russian cosmonaut to intentionally splash down from space.",
    "Mia Sorel was the first Russian cosmonaut to return from orbit on a capsule.",
])
def test_whence_a_first_came_back_is_no_group(nlp: Language, text: str) -> None:
    assert {k[2] for k in keys(nlp, text) if k[1] == "holdsFirst"} == {"russia"}


@pytest.mark.parametrize("text", [
    "Lea Moss's spacewalk preceded the first Danish spacewalk, by Tomas Kell, by less than three months.",
    "Tomas Kell made the first Danish spacewalk in 2031.",
    "Denmark's first spacewalk, by Tomas Kell on Sept. 27, 2031, lasted about 19 minutes.",
    "Tomas Kell carried out Denmark's first spacewalk on Monday.",
    "Tomas Kell began the activities of Denmark's first spacewalk on Sept. 27.",
    "Tomas Kell began Denmark's first spacewalk at 4:41 p.m.",
])
def test_a_countrys_first_told_by_the_event(nlp: Language, text: str) -> None:
    assert run_facts(nlp, text) == {("spacewalk", "Denmark")}
    assert key("Tomas Kell", "holdsFirst", "denmark") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Tomas Kell watched the first Danish spacewalk in 2031.",
    "Tomas Kell made the first spacewalk of the mission.",
    "Tomas Kell watched Denmark's first spacewalk on television.",
    "Tomas Kell watched the activities of Denmark's first spacewalk.",
    "Tomas Kell made Denmark's second spacewalk in 2031.",
    "Tomas Kell made his first spacewalk in 2031.",
])
def test_an_event_watched_or_of_a_mission_is_no_first(nlp: Language, text: str) -> None:
    assert not run_facts(nlp, text)


@pytest.mark.parametrize(("text", "scope"), [
    ("Tomas Kell and Lea Moss will become the first parent-child pair to fly in space.", "parent-child"),
    ("Tomas Kell and Lea Moss became the first married couple to fly in space together.", "married"),
])
def test_a_pair_is_people_a_first_counts_among(nlp: Language, text: str, scope: str) -> None:
    found = {k[0] for k in keys(nlp, text) if k[1] == "holdsFirst" and k[2] == scope}
    assert found == {"tomas kell", "lea moss"}


@pytest.mark.parametrize("text", [
    "Tomas Kell spent the first couple of days in space adapting.",
    "Tomas Kell made the first pair of spacewalks of the mission.",
])
def test_a_couple_of_things_is_no_first(nlp: Language, text: str) -> None:
    assert not run_facts(nlp, text)


@pytest.mark.parametrize(("text", "scope"), [
    ("Tomas Kell became the world's first woman to walk in space.", "woman"),
    ("Tomas Kell was the world's first space tourist.", "anyone"),
    ("Tomas Kell is Ardenia's first astronaut.", "ardenia"),
])
def test_the_worlds_first_counts_among_everyone(nlp: Language, text: str, scope: str) -> None:
    assert _firsts(nlp, text) == {scope}
