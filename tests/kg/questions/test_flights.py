"""How many times someone flew, the dates of one named flight, and a confidence on every kind
of answer, over the hand-declared facts of tests/kg/questions/flightroom.py (invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "count", "said"), [
    ("How many times did Pell Oduya fly?", 3, "his third spaceflight"),  # the place of a flight: at least
    ("How many times has Oduya gone to space?", 3, "his third spaceflight"),
    ("How many times has Tova Renk flown to space?", 3, "has flown three times"),  # stated, one flight named
    ("How many times did Tam Oyelaran fly?", 2, "For both"),  # said of the last two people named
    ("How many times did Nell Ashby fly?", 2, "For both"),
    ("How many times has Odo Lenz flown?", 2, "at least 2"),  # the flights before: a lower bound
    ("How many times did Wyn Tarley journey into space?", 1, "first \u2014 and only \u2014 journey"),  # the one
    ("How many times did Cora Pim fly?", 1, "her only spaceflight"),  # flight of a person
    ("How many times did Rex Holm travel to space?", 4, "traveled to orbit four times"),
    ("How many times has Holm flown?", 4, "traveled to orbit four times"),
    ("How many trips into space had Lev Tarn made, counting this one?", 2, "second trip into space"),
    ("How many journeys into space has Tarn made?", 2, "second trip into space"),
])
def test_a_count_of_flights_prefers_what_the_articles_state(flights: Asker, question: str, count: int,
                                                             said: str) -> None:
    reply = flights.answer(question)
    assert [a.value for a in reply.answers] == [count]
    assert reply.message is not None and said in reply.message  # says what was counted
    assert reply.confidence is not None


@pytest.mark.parametrize(("question", "expected"), [
    ("How many times did Ivo Marsh visit the Kestrel space station?", [4]),
    ("How many times did Marsh visit Kestrel?", [4]),
    ("How many Swift-3 missions did Bo Yarrow fly?", [12]),
    ("How many times did Bo Yarrow fly?", [2]),  # her flights into space, not her Swift-3 missions
    ("How many times did Ivo Marsh fly?", []),  # visits to one station are no count of all his flights
    ("How many times did Ivo Marsh visit the Orla station?", []),  # another place
    ("How many times did Bo Yarrow visit the Kestrel space station?", []),  # said of Marsh
    ("How many Swift-3 missions did Ivo Marsh fly?", []),  # said of Yarrow
    ("How many separate trips to Kestrel did Vanko make?", [3]),
    ("How many trips to Kestrel did Sergei Vanko make?", [3]),
    ("How many trips to Orla did Sergei Vanko make?", []),  # another place
    ("How many trips into space did Sergei Vanko make?", []),  # trips to one station are no count of all
    ("How many trips to Kestrel did Ivo Marsh make?", [4]),  # his visits to it
    ("How many shuttle missions had Dax Morrow flown?", [3]),  # "has flown on three shuttle missions"
    ("How many shuttle flights has Morrow made?", [3]),
    ("How many Soyuz missions did Ela Finch fly?", [2]),  # "flew two Soyuz missions"
    ("How many soyuz missions did Ela Finch fly?", [2]),  # a programme's word in any case (PROGRAMMES decides)
    ("How many soyuz missions did Dax Morrow fly?", []),
    ("How many times did Dax Morrow fly?", []),  # shuttle missions are no count of all his flights
    ("How many Soyuz missions did Dax Morrow fly?", []),  # another programme
    ("How many shuttle missions did Ela Finch fly?", []),  # said of Morrow
])
def test_a_count_of_visits_or_of_one_kind_of_mission_is_only_of_that(flights: Asker, question: str,
                                                                      expected: list[int]) -> None:
    assert [a.value for a in flights.answer(question).answers] == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("When did Oduya launch on Lumen-1?", ["2015-05-02"]),
    ("When did Pell Oduya launch on Lumen-3?", ["2023-04-04"]),
    ("When did Rhea Vost launch on Lumen-5?", []),  # her one date is another flight's
    ("When did Rhea Vost launch on Lumen-2?", ["2019-06-09"]),
    ("When did Rhea Vost launch?", ["2019-06-09"]),
])
def test_a_named_flights_date_is_one_the_articles_tie_to_it(flights: Asker, question: str,
                                                             expected: list[str]) -> None:
    reply = flights.answer(question)
    assert [a.value for a in reply.answers] == expected
    if not expected:
        assert reply.message is not None and "Lumen-5" in reply.message


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Is Pell Oduya an astronaut?",  # a class
    "Which article says that Kai Dunmore flew on Lumen-2?",  # the articles stating a fact
    "Which articles mention Lumen-2?",  # the articles naming something
    "How many articles mention Rhea Vost?",
    "How many astronauts are in the graph?",  # the members of a class
])
def test_every_kind_of_answer_carries_a_confidence(flights: Asker, question: str) -> None:
    reply = flights.answer(question)
    assert reply.answers
    assert all(a.confidence is not None and 0 < a.confidence <= 1 for a in reply.answers)
    assert reply.confidence is not None


@pytest.mark.issue(11)
def test_a_class_said_by_more_articles_is_surer(flights: Asker) -> None:
    once = flights.answer("Is Pell Oduya an astronaut?").confidence
    twice = flights.answer("Is Rhea Vost an astronaut?").confidence
    assert once is not None and twice is not None and twice > once


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Who flew with Ines Marlo on Skiff?", ["Gus Tarrow"]),  # the sentence ties the link to the craft
    ("Who flew with Marlo on the Wren capsule?", ["Lia Brandt"]),
    ("Who flew with Ines Marlo?", ["Gus Tarrow", "Lia Brandt"]),
])
def test_crewmates_on_a_craft_are_those_the_articles_put_on_it(flights: Asker, question: str,
                                                               expected: list[str]) -> None:
    assert sorted(a.label for a in flights.answer(question).answers) == expected


@pytest.mark.issue(11)
def test_two_craft_and_nothing_else_are_no_count_of_flights(flights: Asker) -> None:
    reply = flights.answer("How many times did Ines Marlo fly?")  # up on one, home on another
    assert reply.answers == ()
    assert reply.message is not None and "Skiff" in reply.message


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Who flew to the station with Ines Marlo?", ["Gus Tarrow"]),  # linked beside her launch site
    ("Who launched with Ines Marlo?", ["Gus Tarrow"]),
    ("Who flew home with Marlo?", ["Lia Brandt"]),  # linked beside her landing site
])
def test_the_trip_up_and_the_trip_home_have_their_own_companions(flights: Asker, question: str,
                                                                  expected: list[str]) -> None:
    assert sorted(a.label for a in flights.answer(question).answers) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Which spacecraft brought Ines Marlo back to Earth?", ["Wren"]),  # told beside her landing
    ("What capsule did Marlo come home on?", ["Wren"]),
    ("Which spacecraft did Ines Marlo launch on?", ["Skiff"]),  # told beside her launch site
    ("Which spacecraft did Ines Marlo fly on?", ["Skiff", "Wren"]),  # neither trip asked: both
    ("Which spacecraft brought Bram Osei back to Earth?", ["Skiff-5"]),  # he launched on Skiff-4
    ("In which spacecraft did Bram Osei land?", ["Skiff-5"]),  # not the station he stayed on; "Osei land" is
    ("Which spacecraft did Osei land in?", ["Skiff-5"]),  # parsed as a noun, still the question's verb
    ("What craft did Osei launch on?", ["Skiff-4"]),
    ("Which capsule brought Ines Marlo home?", ["Wren"]),  # "home" parsed as a thing brought her
    ("Which spacecraft brought Bram Osei home?", ["Skiff-5"]),
    ("Which spacecraft took Osei home?", ["Skiff-5"]),
])
def test_the_craft_of_the_trip_up_and_of_the_trip_home(flights: Asker, question: str, expected: list[str]) -> None:
    assert sorted(a.label for a in flights.answer(question).answers) == expected


@pytest.mark.issue(11)
def test_a_trip_no_sentence_tells_keeps_everyone_and_says_so(flights: Asker) -> None:
    reply = flights.answer("Who flew to the station with Kai Dunmore?")  # his links name no launch or landing
    assert sorted(a.label for a in reply.answers) == ["Rhea Vost"]
    assert reply.message is not None and "which of them went up" in reply.message


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Who came home with Ines Marlo?", ["Lia Brandt"]),  # worded as the trip home
    ("Who landed with Ines Marlo?", ["Lia Brandt"]),
    ("Who returned with Marlo?", ["Lia Brandt"]),
])
def test_companions_home_are_asked_in_several_words(flights: Asker, question: str, expected: list[str]) -> None:
    assert sorted(a.label for a in flights.answer(question).answers) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected", "said"), [
    ("Who flew with Juno Hale on Lumen-7?", ["Bo Carrick"], None),  # "prior to Lumen-8" only bounds it in time
    ("Who did Hale fly with on Lumen-8?", ["Edda Voss"], None),
    ("Who flew on Lumen-8 with Juno Hale?", ["Edda Voss"], None),  # its stated crew, not Lumen-7's
    ("Who flew with Hale aboard Lumen-9?", [], "Lumen-9"),  # her crewmates of other flights are not its crew
])
def test_a_crewmate_of_a_named_flight_is_one_the_articles_tie_to_it(flights: Asker, question: str,
                                                                    expected: list[str], said: str | None) -> None:
    reply = flights.answer(question)
    assert [a.label for a in reply.answers] == expected
    if said:
        assert reply.message is not None and said in reply.message


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", ["When did Strand launch?", "When did Pia Strand launch on Lumen-9?"])
def test_a_day_without_its_year_is_withheld(flights: Asker, question: str) -> None:
    reply = flights.answer(question)  # "on July 4" in an article of no date: it does not say when
    assert not reply.answers
    assert reply.message is not None and "4 July" in reply.message


@pytest.mark.issue(11)
def test_a_planned_date_with_its_year_still_answers(flights: Asker) -> None:
    reply = flights.answer("When will Pia Strand return to Earth?")
    assert [a.value for a in reply.answers] == ["2025-05-30"]


def test_a_single_flight_longer_than_any_ever_flown_is_a_misreading(flights: Asker) -> None:
    reply = flights.answer("How many days did Nils Arbo spend in space?")  # Kell Tam's, or a total
    assert not reply.answers and "longer than any flight ever flown" in (reply.message or "")
    assert not flights.answer("How many days did Nils Arbo spend in space on a single flight?").answers
    total = flights.answer("How many days has Nils Arbo spent in space in total?")  # only a total can be that long
    assert [a.value for a in total.answers] == [980] and "single flight" not in total.answers[0].label


@pytest.mark.issue(11)
def test_a_count_is_no_answer_to_a_figure_in_a_unit(flights: Asker) -> None:
    assert [a.value for a in flights.answer("How many spacewalks has Juno Hale made?").answers] == [2]
    reply = flights.answer("How many minutes has Juno Hale spent spacewalking?")  # two walks are not two minutes
    assert not reply.answers and "a count" in (reply.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Was this Mara Quell's first space flight?", [True]),  # "on her first space mission"
    ("Is this Quell's first mission?", [True]),
    ("Was it Ivy Sorn's first spaceflight?", [True]),  # "the first space flight for A and B"
    ("Was this Len Arvo's first space flight?", [True]),
    ("Was this Pell Oduya's first space flight?", [False]),  # "his third spaceflight"
    ("Was this Bo Daska's first space flight?", []),  # named before a first said of others
    ("Was this Kai Dunmore's first flight?", []),  # flights named, no count: they may be only some
])
def test_a_first_flight_is_yes_or_no_only_as_the_articles_state_it(flights: Asker, question: str,
                                                                   expected: list[bool]) -> None:
    reply = flights.answer(question)
    assert [a.value for a in reply.answers] == expected
    if not expected:
        assert reply.message


@pytest.mark.parametrize(("question", "expected"), [
    ("Was this Tavi Renn's first spaceflight?", [True]),  # "X is the rookie"
    ("Is this Oren Sable's first trip to space?", [True]),  # "will be a newcomer to space"
    ("Was this Cato Brill's first flight?", [True]),  # "as a rookie flyer"
    ("Was this Ilse Varga's first spaceflight?", []),  # a rookie pilot of an air force
    ("Was this Dov Mercer's first spaceflight?", []),  # rookies of a group, unnamed
])
def test_a_rookie_is_on_a_first_flight(flights: Asker, question: str, expected: list[bool]) -> None:
    assert [a.value for a in flights.answer(question).answers] == expected


@pytest.mark.parametrize("question", [
    "Has Tavi Renn been to space?",  # a rookie may not have flown yet
    "How many times has Oren Sable flown?",
])
def test_a_rookie_is_no_flight_flown(flights: Asker, question: str) -> None:
    assert not flights.answer(question).answers


@pytest.mark.issue(11)
def test_a_things_first_flight_is_no_count_of_the_person_named_before(flights: Asker) -> None:
    """ "payload commander of its first flight" (a programme's) says nothing of Malvo's flights."""
    assert not flights.answer("How many spaceflights did Idris Malvo make?").answers


@pytest.mark.parametrize("question", [
    "Has Juno Hale been to space?",  # a seat on a flight
    "Did Pia Strand go to space?",  # a launch date
    "Has Nils Arbo flown in space?",  # days in orbit
    "Has Hale flown?",
    "Did Juno Hale fly to space?",
    "Has Pia Strand been in space?",
    "Has Mara Quell been to space?",  # "is on her first space mission"
])
def test_been_to_space_is_yes_from_a_stated_flight_of_theirs(flights: Asker, question: str) -> None:
    answer = flights.answer(question)
    assert [a.value for a in answer.answers] == [True]
    assert answer.sources or "on her first space mission" in (answer.message or "")  # a stated count: quoted


@pytest.mark.parametrize(("question", "said"), [
    ("Has Idris Malvo been to space?", "do not say whether Idris Malvo has been to space"),
    ("Has Bo Daska flown?", "do not say whether Bo Daska has flown"),
    ("Has Oda Penn been to space?", "only as planned"),  # assigned to a flight, not yet flown
])
def test_been_to_space_is_never_no_in_an_open_world(flights: Asker, question: str, said: str) -> None:
    """Articles that never show someone flying do not say they never flew; a plan is no flight."""
    answer = flights.answer(question)
    assert answer.answers == () and said in (answer.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many times did Mara Quell fly?",
    "How many missions has Mara Quell flown?",
    "How many spaceflights has Ivy Sorn made?",
    "How many times has Len Arvo flown to space?",
    "How many times did Ivy Sorn fly?",
])
def test_a_first_flight_alone_is_no_count(flights: Asker, question: str) -> None:
    """ "Her first space mission" says only that she flew, not how often (she may have flown
    again since): no count rather than a guess of one."""
    assert not flights.answer(question).answers


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "named"), [
    ("How many spaceflights has Kai Dunmore made?", "they name 2 (flights): Lumen-2 and Lumen-5"),  # none stated
    ("How many times has Dunmore flown?", "they name 2"),
    ("How many missions has Kai Dunmore flown?", "they name 2"),
    ("How many times did Rhea Vost fly?", "they name 2"),  # two flights, one launch date
    ("How many times has Rhea Vost gone to space?", "they name 2"),
    ("How many times did Ula Finch fly?", "they name 1 (launch dates): 3 March 2024"),  # not her return date
])
def test_flights_the_articles_name_without_a_count_are_no_count(flights: Asker, question: str, named: str) -> None:
    reply = flights.answer(question)
    assert reply.answers == ()
    assert reply.message is not None and "do not say how many times" in reply.message and named in reply.message


def test_the_only_flight_of_a_programme_is_no_count_of_its_crew(flights: Asker) -> None:
    reply = flights.answer("How many times did Dag Orrin fly?")  # "the only flight of the Skiff programme"
    assert not reply.answers


@pytest.mark.issue(17)
@pytest.mark.parametrize("question", [
    "Which Corvid 9 astronauts were making their first spaceflight?",
    "For which Corvid 9 crew members was this their first spaceflight?",
    "Who on the Corvid 9 crew was a rookie?",
    "Which Corvid 9 astronauts were flying for the first time?",
    "Who among the Corvid 9 crew had never flown before?",
])
def test_the_newcomers_of_a_crew_are_those_stated_on_a_first_flight(flights: Asker, question: str) -> None:
    """ "the first spaceflight for A and B, while C and D have flown before": A and B only."""
    reply = flights.answer(question)
    assert sorted(a.label for a in reply.answers) == ["Emil Hask", "Tala Wren"]
    assert reply.template == "rookies"


@pytest.mark.issue(17)
@pytest.mark.parametrize("question", [
    "Which Corvid 10 astronauts were making their first spaceflight?",  # a crew with no first flight stated
    "Who on the Corvid 10 crew was a rookie?",
    "Which Corvid 9 astronauts had never been married?",  # no flight asked
])
def test_a_crew_is_no_list_of_newcomers(flights: Asker, question: str) -> None:
    assert not flights.answer(question).answers


@pytest.mark.issue(17)
@pytest.mark.parametrize(("question", "expected"), [
    ("Was this Emil Hask's first spaceflight?", [True]),
    ("Was this Rosa Ketter's first spaceflight?", []),  # named after the list the first was said "for"
    ("Was this Juri Palm's first spaceflight?", []),
])
def test_a_first_said_for_a_list_is_of_that_list_only(flights: Asker, question: str, expected: list[bool]) -> None:
    assert [a.value for a in flights.answer(question).answers] == expected


@pytest.mark.issue(17)
def test_a_type_of_flight_is_no_earlier_flight(flights: Asker) -> None:
    """Tala Wren is in "the Corvid crew", which is every Corvid's: no flight before Corvid 9."""
    assert not flights.answer("Which Corvid 9 astronaut had flown before?").answers


def test_the_whole_crew_still_answers_who_flew(flights: Asker) -> None:
    assert sorted(a.label for a in flights.answer("Who flew on Corvid 9?").answers) == [
        "Emil Hask", "Juri Palm", "Rosa Ketter", "Tala Wren"]
