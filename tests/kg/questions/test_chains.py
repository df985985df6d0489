"""Answers that take a second fact (tests/kg/questions/chainroom.py, invented names): where
someone is from, crewmates and rockets through a flight or a craft, employers of the kind
asked, and a flight's pilot stated as a crew role."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize(("question", "expected", "said"), [
    ("Where is Arlo Venn from?", ["Fenwick"], "hometown"),
    ("Where does Arlo Venn come from?", ["Fenwick"], "hometown"),
    ("What is Venn's hometown?", ["Fenwick"], "hometown"),
    ("Where is Otto Kasrin from?", ["Teller Bay"], "born"),
    ("Where does Kasrin come from?", ["Teller Bay"], "born"),
    ("Otto Kasrin's hometown?", ["Teller Bay"], "born"),
    ("Where is Ula Stenberg from?", ["Harrow"], "born"),
])
def test_where_someone_is_from_is_a_hometown_else_a_birthplace_and_says_which(
        chains: Asker, question: str, expected: list[str], said: str) -> None:
    answer = chains.answer(question)
    assert sorted(a.label for a in answer.answers) == expected
    assert said in (answer.message or "")


def test_a_country_alone_is_not_where_someone_is_from(chains: Asker) -> None:
    answer = chains.answer("Where is Pia Dremmel from?")
    assert not answer.answers


def test_a_place_of_no_known_kind_is_a_hometown_but_not_where_someone_is_from(chains: Asker) -> None:
    answer = chains.answer("Where is Bram Ilves from?")  # a farm in the uplands: town or region?
    assert not answer.answers and "Vell Uplands" in (answer.message or "")
    assert labels(chains.answer("What is Bram Ilves's hometown?")) == ["Vell Uplands"]


def test_a_place_the_articles_put_in_another_is_where_someone_is_from(chains: Asker) -> None:
    assert labels(chains.answer("Where is Kira Salo from?")) == ["Corby"]  # "Corby, Marsh Province": a town


def test_one_place_asked_is_the_narrower_not_its_country(chains: Asker) -> None:
    assert labels(chains.answer("Where is the Quarry Point spaceport?")) == ["Dunmere"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Who flew with Arlo Venn?", ["Otto Kasrin", "Pia Dremmel"]),
    ("Who are Pia Dremmel's crewmates?", ["Arlo Venn", "Otto Kasrin"]),
    ("Who flew with Sela Morrow?", ["Bram Ilves"]),
    ("Who were Bram Ilves's crewmates?", ["Sela Morrow"]),
    ("Who flew with Nils Ostrum?", []),
])
def test_crewmates_are_found_through_one_crew_or_one_craft_on_one_day(
        chains: Asker, question: str, expected: list[str]) -> None:
    answer = chains.answer(question)
    assert sorted(a.label for a in answer.answers) == expected
    if expected:
        assert answer.template == "crewmates"
        assert "?via" in (answer.sparql or "")  # the query of the chain, shown with the answer
        assert all(len(a.support) == 2 for a in answer.answers)


def test_crewmates_found_through_the_flight_are_listed_not_counted(chains: Asker) -> None:
    answer = chains.answer("How many crewmates did Arlo Venn have?")
    assert answer.answers == () and "they name 2" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("What rocket carried Arlo Venn?", ["Halyard 9"]),
    ("What did Pia Dremmel launch on?", ["Halyard 9"]),
    ("Which rocket launched Sela Morrow?", ["Brava"]),
    ("What did Bram Ilves launch on?", ["Brava"]),
])
def test_a_rocket_stated_for_the_flight_or_craft_carried_its_crew(
        chains: Asker, question: str, expected: list[str]) -> None:
    answer = chains.answer(question)
    assert sorted(labels(answer)) == expected
    assert answer.template == "rocket"
    assert "Tessel-4" in (answer.message or "") or "Gannet" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Which company does Pia Dremmel work for?", ["Corvex Aerospace"]),
    ("Which company does Otto Kasrin work for?", ["Corvex Aerospace"]),  # not a navy, not an institute
    ("Which company does Arlo Venn work for?", []),
    ("Which agency does Arlo Venn work for?", ["Norland Space Agency"]),
    ("Which agency is Arlo Venn from?", ["Norland Space Agency"]),
    ("Which agency does Pia Dremmel work for?", []),
    ("Who does Pia Dremmel fly for?", ["Corvex Aerospace"]),
])
def test_an_employer_is_of_the_kind_asked(chains: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(chains.answer(question))) == expected


@pytest.mark.parametrize(("question", "expected", "said"), [
    ("Which agency is Arlo Venn an astronaut of?", ["Norland Space Agency"], None),
    ("Which agency is Sela Morrow an astronaut of?", ["Norland Space Agency"], "selected"),
    ("Which agency is Pia Dremmel an astronaut of?", [], None),  # a company is no agency
])
def test_the_organisation_someone_is_of_is_their_employer_else_selector(
        chains: Asker, question: str, expected: list[str], said: str | None) -> None:
    answer = chains.answer(question)
    assert sorted(a.label for a in answer.answers) == expected
    if said:
        assert said in (answer.message or "")


@pytest.mark.parametrize("question", ["Who piloted Tessel-4?", "Who was the pilot of Tessel-4?"])
def test_a_pilot_stated_as_a_crew_role_pilots_the_flight(chains: Asker, question: str) -> None:
    assert labels(chains.answer(question)) == ["Pia Dremmel"]


@pytest.mark.parametrize("question", ["Who was the mission commander of Tessel-4?",
                                      "Who was the Tessel-4 mission commander?",
                                      "Who is the flight commander of Tessel-4?"])
def test_a_class_word_that_qualifies_a_role_asks_for_the_role(chains: Asker, question: str) -> None:
    """ "mission" in "the mission commander" asks for no mission: the commander answers."""
    assert labels(chains.answer(question)) == ["Arlo Venn"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Which mission did Arlo Venn command?", "mission"),  # the class asked, not a qualifier
    ("Which flight did Pia Dremmel pilot?", "mission"),
    ("Who was the mission pilot of Tessel-4?", "person"),
    ("Which expedition crew did Arlo Venn join?", "mission"),  # after "which" the class may be asked
])
def test_a_class_word_asked_for_is_still_the_answer_kind(chains: Asker, question: str, expected: str) -> None:
    assert chains.answer(question).expects == expected


def test_a_profile_gives_what_a_reader_asks_first_one_fact_of_each_relation_before_repeats(chains: Asker) -> None:
    answer = chains.answer("Who is Otto Kasrin?")
    first = answer.answers[:8]
    assert "birth place: Teller Bay" in [a.label for a in first]
    relations = [a.relation for a in first]
    assert len(relations) == len(set(relations))  # no second employer or award before one of everything
    assert relations.index("occupation") < relations.index("birth place") < relations.index("mission")
    assert {a.label for a in answer.answers} >= {"employer: Norland Navy", "award: Polar Medal"}  # later, not lost


def test_a_role_stated_without_its_flight_is_the_one_its_sentence_names(chains: Asker) -> None:
    assert labels(chains.answer("Who is the pilot of Tessel-5?")) == ["Lena Varo"]
    assert labels(chains.answer("Who is the flight engineer of Tessel-5?")) == []  # its sentence names no flight
    assert labels(chains.answer("Who is the pilot of Tessel-4?")) == ["Pia Dremmel"]


@pytest.mark.parametrize(("question", "expected"), [
    ("How many days did Ivo Kest spend in space on his first mission?", ["200 days (single flight)"]),
    ("How many days did Lena Varo spend in space on her first mission?", []),  # which flight: not said
    ("How long was Lena Varo's last space flight?", []),
    ("How many days did Lena Varo spend in space?", ["60 days (single flight)"]),
    ("How many days did Nia Sorel spend in space on her first mission?", ["30 days (single flight)"]),  # headline
])
def test_a_flight_placed_in_a_series_is_answered_only_by_a_figure_said_of_it(
        chains: Asker, question: str, expected: list[str]) -> None:
    answer = chains.answer(question)
    assert sorted(labels(answer)) == expected
    if not expected:
        assert "do not say it was of the" in (answer.message or "")


def test_a_flights_date_stated_for_each_of_its_crew_is_the_one_most_share(chains: Asker) -> None:
    answer = chains.answer("When did the Tessel-4 crew return?")
    assert [a.value for a in answer.answers] == ["2025-08-01"]  # not Dremmel's earlier return
    assert answer.template == "crew-values" and "crew" in (answer.message or "")
    assert len(answer.answers[0].support) == 3


@pytest.mark.parametrize("question", ["When did the Tessel-4 crew return to Earth?",
                                      "When did the crew of Tessel-4 come back to Earth?"])
def test_the_earth_a_crew_returns_to_names_no_second_topic(chains: Asker, question: str) -> None:
    """Every return goes back to Earth: saying so leaves the flight the one topic."""
    answer = chains.answer(question)
    assert [a.value for a in answer.answers] == ["2025-08-01"] and answer.template == "crew-values"


@pytest.mark.parametrize("question", ["When did the Tessel-4 crew return to Dunmere?",
                                      "When did the Tessel-4 crew return from Earth?"])
def test_a_place_a_crew_returns_to_is_no_earth(chains: Asker, question: str) -> None:
    assert chains.answer(question).template != "crew-values"


def test_crew_values_that_disagree_are_no_answer(chains: Asker) -> None:
    answer = chains.answer("Where did Tessel-5 land?")
    assert not answer.answers and "do not agree" in (answer.message or "")


def test_a_country_the_crew_share_is_no_flights_site(chains: Asker) -> None:
    assert labels(chains.answer("Where did Tessel-5 launch from?")) == []
    assert [a.value for a in chains.answer("When did Tessel-5 launch?").answers] == ["2025-06-02"]


@pytest.mark.parametrize(("question", "expected"), [
    ("When did Kestrel TM-9 launch?", ["1994-07-01"]),
    ("Where did Kestrel TM-9 launch from?", ["Vostar Cosmodrome"]),
])
def test_a_crafts_launch_is_the_one_its_riders_share(chains: Asker, question: str, expected: list[str]) -> None:
    """People who went up aboard a craft give its launch, stated person by person."""
    answer = chains.answer(question)
    assert [a.label if a.iri else a.value for a in answer.answers] == expected
    assert answer.template == "crew-values"


def test_a_crafts_riders_give_no_return(chains: Asker) -> None:
    """They may have come home on another craft: their landings are not the craft's."""
    assert not chains.answer("When did Kestrel TM-9 land?").answers


@pytest.mark.parametrize(("question", "expected"), [
    ("When did Kestrel TM-10 land?", ["1994-11-04"]),
    ("Where did Kestrel TM-10 land?", ["Orsk"]),
])
def test_a_crafts_landing_is_the_one_those_it_carried_home_share(
        chains: Asker, question: str, expected: list[str]) -> None:
    """People a craft brought home give its landing, stated person by person."""
    answer = chains.answer(question)
    assert [a.label if a.iri else a.value for a in answer.answers] == expected
    assert answer.template == "crew-values"


def test_a_crafts_riders_home_give_no_launch(chains: Asker) -> None:
    """They may have gone up on another craft: their launches are not the craft's."""
    assert not chains.answer("When did Kestrel TM-10 launch?").answers


@pytest.mark.parametrize(("question", "expected"), [
    ("Where was Arlo Venn raised?", ["Fenwick"]),
    ("Where did Arlo Venn grow up?", ["Fenwick"]),
    ("Where was Venn brought up?", ["Fenwick"]),
    ("where did arlo venn grow up", ["Fenwick"]),
    ("Where was Bram Ilves raised?", ["Vell Uplands"]),  # a hometown of no known kind is where one grew up
])
def test_where_someone_grew_up_is_the_hometown(chains: Asker, question: str, expected: list[str]) -> None:
    assert labels(chains.answer(question)) == expected


@pytest.mark.parametrize("question", [
    "Where was Otto Kasrin raised?",  # a birthplace is not where someone grew up
    "Where did Otto Kasrin grow up?",
    "How much money did Arlo Venn raise?",  # raising money is no upbringing
    "How much has Arlo Venn raised?",
    "Where did Arlo Venn raise money?",
    "Where did Arlo Venn raise his children?",
])
def test_a_birthplace_or_money_raised_is_not_where_someone_grew_up(chains: Asker, question: str) -> None:
    assert labels(chains.answer(question)) == []
