"""How long someone's flight lasted, asked of the flight ("How many days did X's spaceflight
last?", "How long did her journey last?"), is one flight's time, never the career total told
beside it; how long a spacewalk lasted is never time in space. How long a named flight lasted
("How many days did the Lumen-7 mission last?") is its crew's time tied to it, or the one most of
its crew share; a plan is marked planned. Hand-declared facts, invented names."""

from __future__ import annotations

import pytest

from extract.facts import Extraction, Literal, Term
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, days, labels


def _kell_lands() -> Extraction:
    b = ExtractionBuilder(
        "Tomas Kell landed on Friday. His journey into space of 210 days gives him a lifetime total of "
        "400 days in space.",
        title="Kell is home", id="kell-lands", published="2031-06-10",
    )
    b.entity("Tomas Kell", "Astronaut", aliases=("Kell",))
    b.fact("Tomas Kell", "timeInSpace", days("210"), evidence="His journey into space of 210 days",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2031-06-10")
    b.fact("Tomas Kell", "timeInSpace", days("400"), evidence="a lifetime total of 400 days in space",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2031-06-10")
    return b.build()


def _lumen_lands() -> Extraction:
    b = ExtractionBuilder(
        "Lumen-7 landed after a 157-day mission. Its crew was Ada Rusk and Ivo Penn. Rusk had spent 90 days "
        "in orbit on an earlier flight. Corvid-3 carried Una Sell and Per Odd. Una Sell spent 40 days on the "
        "station and Per Odd 40 days. Wren-2 lifted off with Ola Brin and Eli Varn, who are to spend 242 days "
        "in orbit. Tarn-5 carried Ket Lo and Bo Mai; Ket Lo spent 30 days aloft and Bo Mai 31 days. Kite-1 carried "
        "Al Ren and Cy Voss for a 17-day mission; they worked aboard the station for 15 days. Ivo Penn spent six "
        "and a half hours fixing a panel outside the station. Ket Lo's walks lasted 34 hours in all; his first "
        "spacewalk lasted seven hours. Bo Mai has made four spacewalks.",
        title="Lumen-7 is home", id="lumen-lands", published="2031-06-10",
    )
    for name in ("Ada Rusk", "Ivo Penn", "Una Sell", "Per Odd", "Ola Brin", "Eli Varn", "Ket Lo", "Bo Mai", "Al Ren",
                 "Cy Voss"):
        b.entity(name, "Astronaut")
    for flight in ("Lumen-7", "Corvid-3", "Wren-2", "Tarn-5", "Kite-1"):
        b.entity(flight, "Spaceflight")
    single = {"unit": Literal("day"), "scope": Term("SingleFlight")}
    for name, flight in (("Ada Rusk", "Lumen-7"), ("Ivo Penn", "Lumen-7"), ("Una Sell", "Corvid-3"),
                         ("Per Odd", "Corvid-3"), ("Ola Brin", "Wren-2"), ("Eli Varn", "Wren-2"),
                         ("Ket Lo", "Tarn-5"), ("Bo Mai", "Tarn-5"), ("Al Ren", "Kite-1"), ("Cy Voss", "Kite-1")):
        b.fact(flight, "crewMember", name, evidence=flight)
    for name in ("Ada Rusk", "Ivo Penn"):
        b.fact(name, "timeInSpace", days("157"), evidence="a 157-day mission",
               qualifiers={**single, "mission": "Lumen-7"})
    b.fact("Ada Rusk", "timeInSpace", days("90"), evidence="Rusk had spent 90 days", qualifiers=single)
    for name in ("Una Sell", "Per Odd"):
        b.fact(name, "timeInSpace", days("40"), evidence="40 days", qualifiers=single)
    for name in ("Ola Brin", "Eli Varn"):
        b.fact(name, "timeInSpace", days("242"), evidence="to spend 242 days", modality="planned",
               qualifiers={**single, "mission": "Wren-2"})
    b.fact("Ket Lo", "timeInSpace", days("30"), evidence="Ket Lo spent 30 days", qualifiers=single)
    b.fact("Bo Mai", "timeInSpace", days("31"), evidence="Bo Mai 31 days", qualifiers=single)
    b.fact("Ivo Penn", "spacewalkDuration", Literal("390", "integer"), evidence="six and a half hours",
           qualifiers={"unit": Literal("minute"), "scope": Term("SingleSpacewalk")})
    b.fact("Ket Lo", "spacewalkDuration", Literal("2040", "integer"), evidence="lasted 34 hours in all",
           qualifiers={"unit": Literal("minute"), "scope": Term("Cumulative")})
    b.fact("Ket Lo", "spacewalkDuration", Literal("420", "integer"), evidence="his first spacewalk lasted seven hours",
           qualifiers={"unit": Literal("minute")})
    b.fact("Bo Mai", "spacewalkCount", Literal("4", "integer"), evidence="has made four spacewalks",
           qualifiers={"scope": Term("Cumulative")})
    for name in ("Al Ren", "Cy Voss"):
        b.fact(name, "timeInSpace", days("17"), evidence="a 17-day mission", qualifiers=single)
        b.fact(name, "timeInSpace", days("15"), evidence="for 15 days", qualifiers=single)
    return b.build()


def _gale_lands() -> Extraction:
    b = ExtractionBuilder(
        "Gale-4 carried Rin Aso and Tod Brey. They returned after a six-month mission. Heron-2 carried Sam Kye and "
        "Lu Pell, who landed after a 186-day mission, a six-month stay. Sam Kye has spent 400 days in space in all. "
        "Rin Aso has spent 30 months in space in all.",
        title="Gale-4 is home", id="gale-lands", published="2031-06-10",
    )
    for name in ("Rin Aso", "Tod Brey", "Sam Kye", "Lu Pell"):
        b.entity(name, "Astronaut")
    for flight in ("Gale-4", "Heron-2"):
        b.entity(flight, "Spaceflight")
    for name, flight in (("Rin Aso", "Gale-4"), ("Tod Brey", "Gale-4"), ("Sam Kye", "Heron-2"), ("Lu Pell", "Heron-2")):
        b.fact(flight, "crewMember", name, evidence=flight)
    months = {"unit": Literal("month"), "scope": Term("SingleFlight")}
    for name, flight in (("Rin Aso", "Gale-4"), ("Tod Brey", "Gale-4"), ("Sam Kye", "Heron-2"), ("Lu Pell", "Heron-2")):
        b.fact(name, "timeInSpace", days("6"), evidence="a six-month", qualifiers={**months, "mission": flight})
    for name in ("Sam Kye", "Lu Pell"):
        b.fact(name, "timeInSpace", days("186"), evidence="a 186-day mission",
               qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight"), "mission": "Heron-2"})
    b.fact("Rin Aso", "timeInSpace", days("30"), evidence="30 months in space in all",
           qualifiers={"unit": Literal("month"), "scope": Term("Cumulative")})
    b.fact("Sam Kye", "timeInSpace", days("400"), evidence="400 days in space in all",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")})
    return b.build()


def _aster_lands() -> Extraction:
    b = ExtractionBuilder(
        "Aster-9 landed at Port Lumen on Friday. The mission lasted 12 days. Pike-3 is to last 191 days. "
        "Aster-9 carried Noa Vell, who has spent 300 days in space in all. Quill-2 carried Dag Orr; Dag Orr "
        "spent 40 days on it.",
        title="Aster-9 is home", id="aster-lands", published="2031-06-10",
    )
    for name in ("Noa Vell", "Dag Orr"):
        b.entity(name, "Astronaut")
    for flight in ("Aster-9", "Pike-3", "Quill-2"):
        b.entity(flight, "Spaceflight")
    b.entity("Heron", "Spacecraft")
    b.entity("Port Lumen", "Place")
    b.fact("Aster-9", "spacecraft", "Heron", evidence="Aster-9")
    b.fact("Aster-9", "landingSite", "Port Lumen", evidence="Aster-9 landed")
    b.fact("Aster-9", "crewMember", "Noa Vell", evidence="Aster-9 carried")
    b.fact("Quill-2", "crewMember", "Dag Orr", evidence="Quill-2 carried")
    b.fact("Aster-9", "flightLength", days("12"), evidence="The mission lasted 12 days",
           qualifiers={"unit": Literal("day")})
    b.fact("Pike-3", "flightLength", days("191"), evidence="is to last 191 days", modality="planned",
           qualifiers={"unit": Literal("day")})
    b.fact("Noa Vell", "timeInSpace", days("300"), evidence="300 days in space in all",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")})
    b.fact("Dag Orr", "timeInSpace", days("40"), evidence="Dag Orr spent 40 days on it",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight"), "mission": "Quill-2"})
    return b.build()


def _stays() -> Extraction:
    b = ExtractionBuilder(
        "Expedition 90 lasted 140 days aboard Kelda station. Expedition 91 began in May; its crew, Mika Sorel and "
        "Jon Aube, had each spent 180 days in space on their Lark-4 flight.",
        title="Two stays", id="stays", published="2031-06-10",
    )
    for stay in ("Expedition 90", "Expedition 91"):
        b.entity(stay, "Expedition")
    b.entity("Kelda station", "SpaceStation", aliases=("Kelda",))
    for name in ("Mika Sorel", "Jon Aube"):
        b.entity(name, "Astronaut")
        b.fact("Expedition 91", "crewMember", name, evidence="its crew, Mika Sorel and Jon Aube")
        b.fact(name, "timeInSpace", days("180"), evidence="had each spent 180 days in space",
               qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")})
    b.fact("Expedition 90", "flightLength", days("140"), evidence="Expedition 90 lasted 140 days",
           qualifiers={"unit": Literal("day")})
    return b.build()


def _lorn_logs() -> Extraction:
    b = ExtractionBuilder("Pia Lorn flew in space twice, logging 343 hours in space. Una Dex is to spend in space "
                          "174 days. Dex and Rae Holt will spend the next six months aboard the station.",
                          title="Lorn retires", id="lorn-logs", published="2031-06-10")
    for name in ("Pia Lorn", "Una Dex", "Rae Holt"):
        b.entity(name, "Astronaut")
    b.fact("Una Dex", "timeInSpace", days("174"), evidence="is to spend in space 174 days", modality="planned",
           qualifiers={"unit": Literal("day")})
    for name in ("Una Dex", "Rae Holt"):
        b.fact(name, "timeInSpace", days("6"), evidence="will spend the next six months", modality="planned",
               qualifiers={"unit": Literal("month")})
    b.fact("Pia Lorn", "timeInSpace", days("20580"), evidence="logging 343 hours in space",
           qualifiers={"unit": Literal("minute"), "scope": Term("Cumulative")})
    return b.build()


kell = asker_over(_kell_lands, _lumen_lands, _gale_lands, _aster_lands, _stays, _lorn_logs)


@pytest.mark.parametrize("question", [
    "How many days did Tomas Kell's spaceflight last?",
    "How long did Tomas Kell's journey last?",
    "How many days in space did Kell's journey last?",
    "How long was Kell's voyage?",
    "How long did Kell's flight last?",
    "How many days did Tomas Kell's record spaceflight last?",
    "How many days did Tomas Kell's historic journey last?",
])
def test_the_length_of_someones_flight_is_one_flights_time(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == ["210 days (single flight)"]


def test_the_total_is_still_the_total(kell: Asker) -> None:
    assert labels(kell.answer("How many days has Kell spent in space in total?")) == ["400 days"]


@pytest.mark.parametrize("question", [
    "How long did Kell's spacewalk last?",
    "How many days did Kell's spacewalk last?",
    "How many days did Tomas Kell's quarantine last?",
    "How long did Kell's training last?",
])
def test_the_length_of_something_else_is_no_time_in_space(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == []


@pytest.mark.parametrize("question", [
    "How many days did the Lumen-7 mission last?",
    "How long was the Lumen-7 mission?",
    "How many days did Lumen-7 spend in space?",
    "How long did Lumen-7 last?",
])
def test_a_flights_length_is_its_crews_time_tied_to_it(kell: Asker, question: str) -> None:
    answer = kell.answer(question)
    assert [a.label for a in answer.answers] == ["157 days"] and answer.template == "flight-length"


@pytest.mark.parametrize("question", [
    "How long did the Aster-9 mission last?",
    "How many days did Aster-9 last?",
    "How long was the Aster-9 flight?",
])
def test_a_length_told_of_the_flight_itself_is_its_length(kell: Asker, question: str) -> None:
    answer = kell.answer(question)
    assert [a.label for a in answer.answers] == ["12 days"] and answer.template == "flight-length"


def test_a_flights_own_planned_length_is_marked_planned(kell: Asker) -> None:
    assert labels(kell.answer("How long did the Pike-3 mission last?")) == ["191 days (planned)"]
    assert labels(kell.answer("How long will the Pike-3 mission last?")) == ["191 days"]


@pytest.mark.parametrize("question", [
    "How many days has Noa Vell spent in space?",
    "How long has Noa Vell spent in space in total?",
])
def test_a_flights_length_is_no_crew_members_total(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == ["300 days"]


def test_a_flights_length_is_no_one_elses(kell: Asker) -> None:
    assert labels(kell.answer("How long has Dag Orr spent in space?")) != ["12 days"]
    assert labels(kell.answer("How many days did the Quill-2 mission last?")) == ["40 days"]


def test_a_length_most_of_the_crew_share_is_the_flights(kell: Asker) -> None:
    answer = kell.answer("How many days did the Corvid-3 mission last?")
    assert [a.label for a in answer.answers] == ["40 days"] and "2 of its crew" in (answer.message or "")


def test_a_planned_length_is_marked_planned(kell: Asker) -> None:
    assert labels(kell.answer("How many days did the Wren-2 mission last?")) == ["242 days (planned)"]
    assert labels(kell.answer("How many days is the Wren-2 crew scheduled to spend in orbit?")) == ["242 days"]


@pytest.mark.parametrize("question", [
    "How many days did the Tarn-5 mission last?",  # each of the crew has another length
    "How many days did the Kite-1 mission last?",  # the whole crew has two lengths
    "How many days did the Lumen-7 crew spend in space in total?",  # a total is no flight's length
])
def test_no_flight_length_without_one_the_crew_agree_on(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == []


def test_someones_time_on_a_named_flight_is_the_time_tied_to_it(kell: Asker) -> None:
    assert labels(kell.answer("How many days did Ada Rusk spend in space on Lumen-7?")) == ["157 days (single flight)"]


@pytest.mark.parametrize("question", [
    "How long did Ivo Penn spend outside the station?",
    "How long did Penn spend outside?",
])
def test_time_spent_outside_is_a_spacewalks(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == ["6 hours and 30 minutes"]


def test_one_spacewalks_length_is_never_the_total(kell: Asker) -> None:
    assert labels(kell.answer("How long did Ket Lo's first spacewalk last?")) == ["7 hours"]
    assert labels(kell.answer("How long did Ket Lo's spacewalks last in total?")) == ["34 hours"]


@pytest.mark.parametrize("question", [
    "What is Ivo Penn's total spacewalk time in minutes?",
    "How long did Ivo Penn's spacewalks last in total?",
    "How much time has Ivo Penn spent on spacewalks in his career?",
])
def test_one_walk_s_length_never_answers_a_total(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == []


@pytest.mark.parametrize("question", [
    "How long was Ket Lo's second spacewalk?",
    "How long did Ket Lo's last spacewalk last?",
    "How long was Ket Lo's third EVA, in minutes?",
])
def test_a_length_tied_to_no_later_walk_answers_none(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == []


def test_how_long_a_walk_lasted_is_still_answered(kell: Asker) -> None:
    assert labels(kell.answer("How long did Ivo Penn's spacewalk last?")) == ["6 hours and 30 minutes"]


@pytest.mark.parametrize("question", [
    "How long did the Lumen-7 spacewalk last?",
    "How long was the spacewalk on Lumen-7?",
    "How many hours did the Lumen-7 EVA last?",
    "How long did the Lumen-7 space walk take?",
])
def test_a_flights_length_never_answers_how_long_its_spacewalk_lasted(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == []


def test_how_long_a_flight_lasted_is_still_answered_beside_walks(kell: Asker) -> None:
    assert labels(kell.answer("How long did the Lumen-7 mission last?")) == ["157 days"]
    assert labels(kell.answer("How many days did the Lumen-7 flight last?")) == ["157 days"]


def test_how_long_is_never_a_count(kell: Asker) -> None:
    assert labels(kell.answer("How long did Bo Mai's spacewalk last?")) == []
    assert labels(kell.answer("How many spacewalks has Bo Mai made?")) == ["4"]


def test_spaceflight_experience_is_time_in_space(kell: Asker) -> None:
    assert labels(kell.answer("How much spaceflight experience did Tomas Kell have in total?")) == ["400 days"]


@pytest.mark.parametrize("question", [
    "How long was Kell's return delayed?",
    "How long did the weightless portion of Kell's flight last?",
    "How long was the landing of the Lumen-7 capsule delayed?",
    "How long did the weightless portion of the Lumen-7 flight last?",
    "How much earlier than planned did Lumen-7 splash down?",
    "How long did the Lumen-7 spacewalk last?",
    "How long was the Lumen-7 EVA?",
    "How many hours did the Lumen-7 moonwalk last?",
])
def test_a_delay_or_a_part_of_a_flight_is_no_time_in_space(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == []


def test_a_length_in_months_is_shown_in_months(kell: Asker) -> None:
    assert labels(kell.answer("How long did the Gale-4 mission last?")) == ["6 months"]
    assert labels(kell.answer("How many days did the Gale-4 mission last?")) == []  # never days made up from months


def test_a_length_in_days_goes_before_one_in_months(kell: Asker) -> None:
    assert labels(kell.answer("How many days did the Heron-2 mission last?")) == ["186 days"]


def test_months_are_never_ranked_beside_days(kell: Asker) -> None:
    answer = kell.answer("Who has spent the least time in space?")
    assert "Rin Aso" not in [a.label for a in answer.answers]


@pytest.mark.parametrize("question", [
    "How long was Heron in orbit during Aster-9?",
    "How long did Heron spend in space on Aster-9?",
])
def test_a_reusable_craft_asked_with_its_flight_asks_the_flight(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == ["12 days"]


def test_whether_a_craft_flew_a_flight_is_no_length(kell: Asker) -> None:
    assert "12 days" not in labels(kell.answer("Did Heron fly on Aster-9?"))


def test_when_a_craft_flew_a_flight_keeps_the_craft(kell: Asker) -> None:
    assert "12 days" not in labels(kell.answer("When did Heron launch on Aster-9?"))


@pytest.mark.parametrize("question", [
    "Where did Heron land at the end of Aster-9?",
    "Where did Heron touch down on Aster-9?",
])
def test_where_a_reusable_craft_landed_on_a_flight_is_the_flights_landing(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == ["Port Lumen"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How long did Expedition 90 last?",
    "How many days did Expedition 90 last?",
    "How long was Expedition 90?",
    "How many days did Expedition 90 spend on Kelda?",
])
def test_an_expeditions_length_told_of_it_is_its_length(kell: Asker, question: str) -> None:
    answer = kell.answer(question)
    assert [a.label for a in answer.answers] == ["140 days"] and answer.template == "flight-length"


@pytest.mark.issue(11)
def test_an_expeditions_crew_time_on_their_flight_is_no_length_of_it(kell: Asker) -> None:
    """A stay's crew came and went on flights of their own: the time most of them share is their
    flight's, never the expedition's."""
    assert labels(kell.answer("How long did Expedition 91 last?")) == []


@pytest.mark.parametrize("question", [
    "How many hours did Pia Lorn log in space?",
    "How many hours has Pia Lorn spent in space?",
    "How long did Pia Lorn spend in space in total?",
])
def test_a_total_kept_in_minutes_answers_in_hours(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == ["343 hours"]


@pytest.mark.parametrize("question", [
    "How many days did Pia Lorn log in space?",
    "How many hours did Sam Kye spend in space in all?",
])
def test_a_total_in_another_unit_is_no_figure_in_the_unit_asked(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == []


def test_a_figure_of_whole_hours_asked_in_hours_is_that_many_hours(kell: Asker) -> None:
    answer = kell.answer("How many hours did Pia Lorn log in space?").answers[0]
    assert (answer.value, answer.unit) == (343, "hour")
    minutes = kell.answer("How many minutes did Pia Lorn log in space?").answers[0]
    assert (minutes.value, minutes.unit) == (20580, "minute")


@pytest.mark.parametrize("question", [
    "How many days is Una Dex to spend in space?",
    "How long will Una Dex spend in space?",
])
def test_a_length_in_days_goes_before_one_in_months_of_a_person(kell: Asker, question: str) -> None:
    assert labels(kell.answer(question)) == ["174 days"]


def test_a_length_in_months_alone_still_answers(kell: Asker) -> None:
    assert labels(kell.answer("How long will Rae Holt spend in space?")) == ["6 months"]
