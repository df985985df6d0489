"""A figure of days whose own clause names the one flight it measures is that flight's, though
a total is told beside it; hours "after" which a crew reaches the station are the trip there,
not the flight. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.facts import Term


def _days(nlp: Language, text: str) -> dict[tuple[str, str], str | None]:
    """Each person's figures of time in space, with their scope."""
    ex = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    found: dict[tuple[str, str], str | None] = {}
    for f in ex.facts:
        if f.predicate == "timeInSpace":
            scope = next((q.name for k, q in f.qualifiers if k == "scope" and isinstance(q, Term)), None)
            found[(names[f.subject], f.object.value)] = scope  # type: ignore[union-attr]
    return found


@pytest.mark.parametrize("text", [
    "Tomas Kell has spent a career total of 300 days in space. Ari Venn stayed on the station for 210 days on "
    "his first spaceflight.",
    "Tomas Kell has a cumulative 300 days in space. Ari Venn remained aboard the station for 210 days during "
    "the mission.",
    "Tomas Kell now has a career total of 300 days in orbit, while Ari Venn spent 210 days in orbit on the "
    "flight.",
])
def test_a_figure_told_on_one_flight_is_single_beside_a_total(nlp: Language, text: str) -> None:
    found = _days(nlp, text)
    assert found.get(("Ari Venn", "210")) == "SingleFlight"
    assert found.get(("Tomas Kell", "300")) == "Cumulative"


def test_a_journey_that_lasted_is_one_flight(nlp: Language) -> None:
    found = _days(nlp, "Ari Venn returned on Friday. His first journey into space lasted 210 days and gives him "
                       "a career total of 300 days.")
    assert found.get(("Ari Venn", "210")) == "SingleFlight" and found.get(("Ari Venn", "300")) == "Cumulative"


def test_days_over_several_flights_stay_cumulative(nlp: Language) -> None:
    found = _days(nlp, "Ari Venn has spent 610 days in space over three flights.")
    assert found.get(("Ari Venn", "610")) == "Cumulative"


@pytest.mark.parametrize("text", [
    "By June 2, after twelve hours in space, the two astronauts Tomas Kell and Ari Venn rendezvoused with the "
    "space station.",
    "After nine hours in orbit, Tomas Kell and Ari Venn docked with the space station.",
    "After six hours in space, Tomas Kell and Ari Venn arrived at the station.",
])
def test_hours_before_reaching_the_station_are_no_flight(nlp: Language, text: str) -> None:
    assert not _days(nlp, text)


def test_hours_after_which_a_crew_lands_are_the_flight(nlp: Language) -> None:
    found = _days(nlp, "After nine hours in orbit, Tomas Kell and Ari Venn landed in the steppe.")
    assert found.get(("Tomas Kell", "540")) is not None


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    "After a total of 64 days in orbit, 62 of which were spent aboard the station, Ana Rell and Timo Vask "
    "splashed down on Friday.",
    "Ana Rell spent a total of 64 days in orbit, 62 of them aboard the station.",
    "Ana Rell landed on Friday after a total of 64 days in space.",
    "Ana Rell splashed down after a total of 64 days in orbit.",
])
def test_a_total_told_with_its_parts_or_ended_by_a_landing_is_one_flight(nlp: Language, text: str) -> None:
    """ "A total of" alone is no proof of a career's: its parts, or the landing it ended in, say one flight."""
    assert _days(nlp, text).get(("Ana Rell", "64")) == "SingleFlight"


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    "Ana Rell has spent a total of 640 days in space over four flights.",
    "Ana Rell now has a total of 640 days in space.",
    "Ana Rell has logged a total of 640 days in space, 400 of which were aboard the station, over three flights.",
    "Ana Rell has a career total of 640 days in space, 400 of them on the station.",
])
def test_a_career_total_stays_a_total(nlp: Language, text: str) -> None:
    assert _days(nlp, text).get(("Ana Rell", "640")) == "Cumulative"


@pytest.mark.parametrize(("text", "scope"), [
    ("Nora Vance, Carl Dixon and Lena Moss landed on Tuesday. The three astronauts stayed in orbit for 154 days.",
     "SingleFlight"),
    ("Nora Vance stays in orbit for 154 days.", "SingleFlight"),
    ("Nora Vance has stayed in space for 400 days over her career.", "Cumulative"),
    ("Nora Vance stayed 300 days in space on three flights.", "Cumulative"),
])
def test_a_stay_told_by_its_verb_is_one_flight(nlp: Language, text: str, scope: str) -> None:
    found = _days(nlp, text)
    assert found and all(s == scope for s in found.values())


@pytest.mark.parametrize("text", [
    "Lomax, Keri (1941-)\n\nKeri Lomax is a Norwegian engineer who flew in 2001.\n\nBorn: 1941.03.21.\n"
    "Spaceflights: 1 .\nTotal time in space: 8.92 days.\n",
    "Keri Lomax\n\nKeri Lomax flew in 2001.\nStatus: Retired\nTime in space: 8.92 days\n",
])
def test_a_profiles_time_in_space_field_is_its_persons_total(nlp: Language, text: str) -> None:
    """"Total time in space: 8.92 days." on a profile page: the career total of the person the
    page's title names, to the hundredth of a day told."""
    assert _days(nlp, text) == {("Keri Lomax", "8.92"): "Cumulative"}


@pytest.mark.parametrize("text", [
    "Keri Lomax\n\nKeri Lomax flew in 2001.\nTraining: 8.92 days\n",
    "Keri Lomax\n\nKeri Lomax flew in 2001. The record for time in space: 437 days.\n",
])
def test_another_field_is_no_time_in_space(nlp: Language, text: str) -> None:
    assert _days(nlp, text) == {}


@pytest.mark.parametrize(("text", "figure"), [
    ("In total, Tomas Kell logged 300 days in space. Ari Venn flew aboard STS-213, a flight that lasted "
     "15 minutes 22 seconds.", "15"),
    ("Over his career Tomas Kell spent 300 days in space in all. Ari Venn flew on STS-213, a mission that lasted "
     "8 days.", "8"),
])
def test_a_flight_that_lasted_is_one_flight_after_a_total(nlp: Language, text: str, figure: str) -> None:
    assert _days(nlp, text).get(("Ari Venn", figure)) == "SingleFlight"


def test_flights_that_lasted_a_combined_figure_are_a_total(nlp: Language) -> None:
    text = "Ari Venn flew three flights that lasted a combined 300 days in space."
    assert _days(nlp, text).get(("Ari Venn", "300")) == "Cumulative"
