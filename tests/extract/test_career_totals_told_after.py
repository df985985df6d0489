"""A career's total told after one flight's figure in the same sentence ("his journey of 355 days
... gives him a lifetime total of 523 days", "completed five spacewalks, which gave him a total of
10"): the total is the career's, and the flight's figure is the flight's, whatever other words the
sentence holds. And a crew role the model tags as an organisation ("Science Pilot Jo Kerr", "was
the Command Module Pilot") is a title, not an employer or a thing. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, Term, extract
from extract.gold import key
from tests.extract.reading import keys


def _days(nlp: Language, text: str) -> dict[str, str | None]:
    """Each figure of days read for Ann Vell, with its scope (None: not said)."""
    found = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    vell = {e.key for e in found.entities if e.name == "Ann Vell"}
    return {str(getattr(f.object, "value", f.object)): next(
        (v.name for k, v in f.qualifiers if k == "scope" and isinstance(v, Term)), None)
        for f in found.facts if f.predicate == "timeInSpace" and f.subject in vell}


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Ann Vell landed on Friday. Her second journey into space of 355 days is the longest single spaceflight by an "
    "Ardenian and gives her a lifetime total of 523 days in space.",
    "Ann Vell landed on Friday. Her stay of 355 days, the longest single flight by an Ardenian, gave her a career "
    "total of 523 days in space.",
    "Ann Vell landed on Friday after a 355-day mission, bringing her total to 523 days in space.",
])
def test_a_total_after_a_flight_is_the_careers(nlp: Language, text: str) -> None:
    assert _days(nlp, text) == {"355": "SingleFlight", "523": "Cumulative"}


@pytest.mark.issue(11)
def test_a_figure_alone_keeps_the_scope_of_its_sentence(nlp: Language) -> None:
    assert _days(nlp, "Ann Vell has spent a total of 523 days in space over three flights.") == {"523": "Cumulative"}
    assert _days(nlp, "Ann Vell returned to Earth on Friday after 200 days in space.") == {"200": "SingleFlight"}


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "count"), [
    ("Ned Orly completed five spacewalks, which gave him a total of 10 for his career.", "10"),
    ("Ned Orly made three spacewalks, bringing his total to 7.", "7"),
    ("Ned Orly made three spacewalks on the mission, giving him a career total of 7.", "7"),
    ("Ned Orly has made seven spacewalks.", "7"),  # no total told after it: the count as said
    ("Ned Orly made three spacewalks, which gave him a sunburn.", "3"),
])
def test_spacewalks_counted_before_a_career_total(nlp: Language, text: str, count: str) -> None:
    found = {k[2] for k in keys(nlp, text) if k[:2] == ("ned orly", "spacewalkCount")}
    assert found == {count}


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Managers delayed the launch of the Skylab 3 crew of Commander Ed Ruddle, Pilot Paul J. Wexley, and Science "
    "Pilot Joseph P. Kerrow, as engineers devised plans to save the station.",
    "The Skylab 3 crew of Commander Ed Ruddle, Pilot Paul Wexley and Science Pilot Joseph P. Kerrow flew in 1973.",
])
def test_a_crew_title_before_a_name_is_no_employer(nlp: Language, text: str) -> None:
    found = keys(nlp, text, "1973-06-01")
    assert key("Joseph P. Kerrow", "crewRole", "science pilot") in found
    assert key("Skylab 3", "commander", "Ed Ruddle") in found
    assert not [k for k in found if k[0] == "joseph p. kerrow" and k[1] == "employer"]
    assert not [k for k in found if k[0] == "science pilot"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "In 1969, Ned Orly was the Command Module Pilot for the first crewed lunar landing, and remained in orbit "
    "aboard the Command Service Module.",
    "Apollo 11 astronaut Ned Orly has died. In 1969, Orly was the Command Module Pilot for the first landing.",
])
def test_a_capitalised_role_alone_is_no_organisation(nlp: Language, text: str) -> None:
    found = next(extract(nlp, [Article(text, published="2021-04-28", id="t")]))
    assert "Command Module Pilot" not in {e.name for e in found.entities}
