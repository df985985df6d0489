"""The question-type suite over hand-declared facts with invented names (tests/fixtures/crewroom.py):
every question expects a type of answer and never gets another; yes/no in an open world;
names that are not the graph's never fall back to someone else."""

from __future__ import annotations

import pytest

from kg.questions import Answer, Asker
from tests.factories import labels


def values(answer: Answer) -> list[object]:
    return [a.value for a in answer.answers]


@pytest.mark.parametrize(("question", "expects", "expected"), [
    ("Where did Anna Berg land?", "place", ["Zhezkent"]),
    ("What is Anna Berg's hometown?", "place", ["Tallvik"]),
    ("Where did Tomas Reyes grow up?", "place", []),
    ("When did Lina Park launch?", "date", ["28 August 2023"]),
    ("In what year was Tomas Reyes selected?", "date", ["2009"]),  # never the agency that selected him
    ("On what day did Lina Park launch?", "date", ["28 August 2023"]),
    ("How many days has Tomas Reyes spent in space?", "duration", ["412 days"]),
    ("How many spacewalks has Anna Berg made?", "number", ["4"]),
    ("What kind of spacecraft is Kestrel?", "spacecraft", ["Falcon Dragon"]),
    ("What rocket did Crew-9 launch on?", "rocket", ["Vega 5"]),
    ("Which agency chose Tomas Reyes?", "organisation", ["Andean Space Agency"]),
    ("Who chose Tomas Reyes?", "organisation", ["Andean Space Agency"]),  # a selector is an agency
    ("Who did the Andean Space Agency select?", "person", ["Tomas Reyes"]),
    ("Who is Tomas Reyes married to?", "person", ["Eva Reyes"]),
    ("How many astronauts are in the graph?", "count", ["6"]),
    ("Is Anna Berg an astronaut?", "yes/no", ["yes"]),
])
def test_each_question_expects_a_type_and_gets_only_that(crew: Asker, question: str, expects: str,
                                                          expected: list[str]) -> None:
    answer = crew.answer(question)
    assert answer.expects == expects and answer.as_dict()["expects"] == expects
    assert labels(answer) == expected


def test_a_list_says_so_and_what_its_items_are(crew: Asker) -> None:
    answer = crew.answer("Which astronauts have spent more than 300 days in space?")
    assert answer.as_dict()["expects"] == "list" and answer.as_dict()["expects_item"] == "person"
    assert labels(answer) == ["Tomas Reyes"]


def test_a_value_of_the_wrong_type_is_never_the_answer(crew: Asker) -> None:
    # Lina Park's return is stated (a date), her landing site is not: no date for "where".
    answer = crew.answer("Where did Lina Park land?")
    assert answer.answers == ()
    assert (answer.message or "").startswith("The articles do not say where Lina Park landed.")


@pytest.mark.parametrize(("question", "expected", "why"), [
    ("Is Tomas Reyes married to Eva Reyes?", True, None),
    ("Is Tomas Reyes married to Lina Park?", False, "Eva Reyes"),  # one spouse, and another is stated
    ("Was Lina Park born in 1984?", True, None),
    ("Was Lina Park born in 1985?", False, "2 May 1984"),  # one birth date, and another is stated
    ("Did Anna Berg land in Zhezkent?", True, None),
])
def test_yes_needs_a_stated_fact_and_no_a_stated_fact_that_excludes_it(crew: Asker, question: str, expected: bool,
                                                                     why: str | None) -> None:
    answer = crew.answer(question)
    assert values(answer) == [expected] and answer.expects == "yes/no"
    assert answer.sources
    if why:
        assert why in (answer.message or "")


@pytest.mark.parametrize(("question", "said"), [
    ("Is Lina Park married to Ivo Berg?", "whether Lina Park is married to Ivo Berg"),
    ("Was Anna Berg born in 1984?", "whether Anna Berg was born in 1984"),
    ("Is Eva Reyes an astronaut?", "whether Eva Reyes is an astronaut"),
    ("Did Lina Park land in Zhezkent?", "whether Lina Park landed in Zhezkent"),
])
def test_without_a_stated_fact_the_articles_do_not_say(crew: Asker, question: str, said: str) -> None:
    answer = crew.answer(question)
    assert answer.answers == ()
    assert f"The articles do not say {said}." in (answer.message or "")


def test_a_full_name_never_falls_back_to_someone_sharing_the_surname(crew: Asker) -> None:
    answer = crew.answer("When did Marta Berg launch?")
    assert answer.answers == () and "Marta Berg" in (answer.message or "")
    assert not any(r.label == "Ivo Berg" for r in answer.entities)


def test_a_full_name_without_the_fact_is_no_answer_not_another_persons(crew: Asker) -> None:
    answer = crew.answer("When did Anna Berg launch?")
    assert answer.answers == () and "The articles do not say when Anna Berg launched." in (answer.message or "")


def test_a_typo_is_corrected_when_one_reading_is_clearly_best_and_says_so(crew: Asker) -> None:
    answer = crew.answer("Where did Ana Berg land?")
    assert labels(answer) == ["Zhezkent"]
    assert "Did you mean Anna Berg?" in (answer.message or "")
    assert answer.as_dict()["corrected"] == [{"mention": "Ana Berg", "label": "Anna Berg",
                                               "iri": answer.entities[0].iri}]


@pytest.mark.parametrize(("question", "expected"), [
    ("When did Sparky launch?", ["28 August 2023"]),  # a nickname from the article
    ("How many spacewalks has Korovine made?", ["6"]),  # another spelling of Pavel Korovin
])
def test_nicknames_and_other_spellings_link_through_alternative_labels(crew: Asker, question: str,
                                                                      expected: list[str]) -> None:
    assert labels(crew.answer(question)) == expected


def test_the_answer_page_shows_the_expected_type(crew: Asker) -> None:
    data = crew.answer("Where did Anna Berg land?").as_dict()
    assert data["expects"] == "place" and data["answers"][0]["kind"] == "place"


@pytest.mark.parametrize("question", [
    "Which agency selected the commander of Crew-9?",
    "Who selected Crew-9's commander?",
    "Which agency selected the Crew-9 commander?",  # the role right after the name is the name's too
])
def test_a_chain_of_two_facts_is_one_query_that_the_answer_shows(crew: Asker, question: str) -> None:
    answer = crew.answer(question)
    assert labels(answer) == ["Andean Space Agency"] and answer.template == "chain"
    assert "Tomas Reyes" in (answer.message or "")
    sparql = answer.sparql or ""
    assert sparql.count("SELECT") == 1 and "?mid" in sparql
    assert {s.sentence for s in answer.sources} >= {"Reyes was the commander of Crew-9 and Berg its pilot."}


def test_each_answer_carries_a_confidence_and_a_weak_one_is_marked(crew: Asker) -> None:
    sure = crew.answer("How many spacewalks has Anna Berg made?")
    assert sure.confidence is not None and not sure.low_confidence
    weak = crew.answer("How many spacewalks has Pavel Korovin made?")  # read with confidence 0.55
    data = weak.as_dict()
    assert data["confidence"] == 0.55 and data["low_confidence"] is True
    assert data["answers"][0]["confidence"] == 0.55


def test_a_fact_stated_by_two_articles_is_surer_than_by_one(crew: Asker) -> None:
    both = crew.answer("Who flew on Crew-9?")  # each crew member stated once, at 0.9
    assert both.confidence == 0.9


def test_a_crew_is_its_members_gathered_across_articles(crew: Asker) -> None:
    answer = crew.answer("Who flew on Crew-9?")
    assert sorted(labels(answer)) == ["Anna Berg", "Lina Park", "Tomas Reyes"]
    assert all(a.kind == "entity" and a.iri for a in answer.answers)  # items, never descriptions
    assert {s.article for s in answer.sources} == {"berg-lands", "park-launches"}


@pytest.mark.parametrize(("question", "expected"), [
    ("What was Anna Berg's role on Crew-9?", ["pilot"]),
    ("What was Anna Berg's role on Crew-7?", ["mission specialist"]),
    ("What was Tomas Reyes's role on Crew-9?", ["commander"]),
    ("What was Tomas Reyes's role on Crew-7?", []),  # his role on another flight is no answer
])
def test_a_crew_role_is_the_one_on_the_flight_asked(crew: Asker, question: str, expected: list[str]) -> None:
    assert labels(crew.answer(question)) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("How many astronauts are in the graph?", 6),  # Eva Reyes is a person, not an astronaut
    ("How many people are in the graph?", 7),
    ("How many articles are in the graph?", 2),
    ("How many articles mention Anna Berg?", 2),
])
def test_counts_count_what_is_typed_so(crew: Asker, question: str, expected: int) -> None:
    answer = crew.answer(question)
    assert values(answer) == [expected] and answer.expects == "count"


@pytest.mark.parametrize("question", [
    "Which earlier missions also ended early?",
    "Which missions failed?",
    "Which astronauts trained underwater?",
    "Which later flights were delayed by weather?",
])
def test_a_list_narrowed_by_words_no_relation_reads_is_no_list_of_everything(crew: Asker, question: str) -> None:
    """Every mission or astronaut of the graph is no answer to a question that asks for some."""
    assert crew.answer(question).answers == ()


@pytest.mark.parametrize("question", ["Which astronauts are in the graph?", "List the astronauts.",
                                      "What missions are there?"])
def test_a_list_of_a_class_asked_as_such_is_given(crew: Asker, question: str) -> None:
    assert len(crew.answer(question).answers) >= 2


@pytest.mark.parametrize(("question", "expected"), [
    ("How many cosmonauts are in the graph?", ["Pavel Korovin"]),  # works for Roscosmos
    ("How many American astronauts are in the graph?", ["Tomas Reyes"]),  # his nationality is stated
    ("How many Swedish astronauts are in the graph?", ["Anna Berg"]),  # any demonym the extractor knows
])
def test_a_count_respects_the_scope_asked(crew: Asker, question: str, expected: list[str]) -> None:
    answer = crew.answer(question)
    assert values(answer) == [len(expected)] and [a.label for a in answer.also] == expected


def test_a_scope_the_graph_cannot_tell_is_said_not_ignored(crew: Asker) -> None:
    for question in ("How many women astronauts are in the graph?", "Which woman has spent the most days in space?",
                     "Which women have flown to space?", "Who are the women in the graph?"):
        answer = crew.answer(question)
        assert answer.answers == () and "does not record who is among the women" in (answer.message or "")
    assert "who is among the men" in (crew.answer("How many men are in the graph?").message or "")


def test_a_superlative_respects_the_scope_asked(crew: Asker) -> None:
    answer = crew.answer("Which American has spent the most days in space?")
    assert labels(answer) == ["Tomas Reyes"] and "Americans" in (answer.message or "")
    assert crew.answer("Which cosmonaut has spent the most days in space?").answers == ()  # none with days


def test_how_many_of_those_a_relation_links_to_a_name_is_not_stated(crew: Asker) -> None:
    answer = crew.answer("How many astronauts did the Andean Space Agency select?")
    assert values(answer) == [] and "do not say how many" in (answer.message or "")


def test_the_latest_cumulative_total_is_given_with_its_date(crew: Asker) -> None:
    answer = crew.answer("How many days has Tomas Reyes spent in space?")
    (best,) = answer.answers
    assert (best.value, best.as_of, best.unit) == (412, "2024-03-10", "day")
    assert [a.value for a in answer.also] == [226]


def test_single_flight_and_cumulative_figures_are_never_mixed(crew: Asker) -> None:
    total = crew.answer("How many days has Anna Berg spent in space?")  # only one flight's time is stated
    assert total.answers == () and "single flight" in (total.message or "")
    one = crew.answer("How long was Tomas Reyes's single flight?")  # only totals are stated
    assert one.answers == () and "total" in (one.message or "")
    fewest = crew.answer("Who has spent the fewest days in space?")  # Anna Berg's 186 is one flight
    assert labels(fewest) == ["Tomas Reyes"] and "412 days" in (fewest.message or "")


def test_a_ranking_uses_each_persons_latest_value(crew: Asker) -> None:
    # Tomas Reyes had 226 days in 2023 and 412 in 2024: "fewer than 300" is no longer true.
    assert labels(crew.answer("Which astronauts have spent fewer than 300 days in space?")) == []


@pytest.mark.parametrize("question", ["When does Lina Park return?", "When will Lina Park return?",
                                      "When was Lina Park targeted to return?"])
def test_a_planned_value_says_so(crew: Asker, question: str) -> None:
    answer = crew.answer(question)
    (when,) = answer.answers
    assert when.planned and when.value == "2024-02"
    assert answer.as_dict()["answers"][0]["planned"] is True


@pytest.mark.parametrize("question", ["When did Lina Park return?", "When did Lina Park come back to Earth?"])
def test_a_plan_is_no_answer_to_when_it_happened(crew: Asker, question: str) -> None:
    answer = crew.answer(question)  # she is only due back in February 2024: when she came back is not said
    assert answer.answers == ()
    assert "only as planned" in (answer.message or "")


def test_the_latest_count_of_spacewalks_wins(crew: Asker) -> None:
    answer = crew.answer("How many spacewalks has Anna Berg made?")
    assert values(answer) == [4] and answer.answers[0].as_of == "2024-03-10"
    assert [a.value for a in answer.also] == [2]


@pytest.mark.parametrize("question", [
    "What rocket did Vega 7 carry?",  # "Vega 5" is known, "Vega 7" is not
    "What rocket launched Crew-12?",  # an unknown flight: never a list of every rocket
])
def test_an_unknown_name_is_not_answered_with_something_else(crew: Asker, question: str) -> None:
    answer = crew.answer(question)
    assert answer.answers == () and answer.message


@pytest.mark.parametrize(("question", "expected", "chain"), [
    ("Who took the record from Nora Vale?", "Pavel Korovin", "Nora Vale → Pavel Korovin"),
    ("Who broke the record of the astronaut who took it from Nora Vale?", "Lina Park",
     "Nora Vale → Pavel Korovin → Lina Park"),
])
def test_a_record_passed_on_is_followed_in_one_query(crew: Asker, question: str, expected: str, chain: str) -> None:
    answer = crew.answer(question)
    assert labels(answer) == [expected] and chain in (answer.message or "")
    assert (answer.sparql or "").count("SELECT") == 1 and answer.sources


@pytest.mark.parametrize(("question", "expected"), [
    ("Which astronauts were selected in 2009?", ["Tomas Reyes"]),  # the members of a class
    ("Which astronauts were selected in 2010?", []),
    ("Who is in the Andean Space Agency's class of 2009?", ["Tomas Reyes"]),  # the year's word names the event
    ("Who is in the Andean Space Agency's class of 2010?", []),
    ("Who are the members of the Andean Space Agency's class of 2009?", ["Tomas Reyes"]),  # "members of" no
    ("Who are the members of the Andean Space Agency's class of 2010?", []),  # affiliation: the class is a selection
    ("Who belongs to the Andean Space Agency's 2009 astronaut class?", ["Tomas Reyes"]),  # nor "belongs to" an
    ("Who belongs to the Andean Space Agency's 2010 astronaut class?", []),  # employer, whose facts have no year
    ("Who launched in 2023?", ["Ivo Berg", "Lina Park"]),
])
def test_the_members_of_a_year_are_listed(crew: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(crew.answer(question))) == expected


def test_a_number_written_as_a_word_is_checked(crew: Asker) -> None:
    assert values(crew.answer("Has Anna Berg made four spacewalks?")) == [True]


def test_a_line_of_a_description_is_never_an_answer_to_a_list() -> None:
    from kg.questions import Item
    from kg.questions.linking import EntityIndex, Named
    from kg.questions.types import Expected, fits

    person = "https://w3id.org/astrokg/ontology#Person"
    index = EntityIndex([Named("urn:x:amy", "Amy Orr", (person,))])
    want = Expected("list", "person", frozenset({person}))
    assert fits(Item("Amy Orr", "Amy Orr", "urn:x:amy"), want, index)
    assert not fits(Item("crew member: Amy Orr", "Amy Orr", "urn:x:amy", relation="crew member"), want, index)
    assert not fits(Item("is a spaceflight", "spaceflight", kind="value", relation="type"), want, index)
    assert not fits(Item("12 March 2020", "2020-03-12", kind="date"), want, index)


@pytest.mark.parametrize(("question", "expected"), [
    ("Who did the Andean Space Agency select in 2009?", ["Tomas Reyes"]),
    ("Which astronauts did the Andean Space Agency select in 2009?", ["Tomas Reyes"]),
    ("Who did the Andean Space Agency choose in 2010?", []),  # chosen in 2009: not of this class
])
def test_a_class_year_limits_who_an_agency_selected(crew: Asker, question: str, expected: list[str]) -> None:
    answer = crew.answer(question)
    assert labels(answer) == expected
    if expected:
        assert answer.template == "in-year" and len(answer.sources) >= 1


@pytest.mark.parametrize(("question", "expected", "said"), [
    ("Is Tomas Reyes American?", [True], None),  # "American" names the United States, his nationality
    ("Is Pavel Korovin American?", [], "whether Pavel Korovin is American"),  # no nationality stated: open world
    ("Did Lina Park return in February 2024?", [], "only as planned"),  # she is only due back then
    ("Will Lina Park return in February 2024?", [True], None),
])
def test_yes_or_no_in_an_open_world_needs_a_stated_fact_of_its_tense(crew: Asker, question: str,
                                                                   expected: list[object], said: str | None) -> None:
    answer = crew.answer(question)
    assert values(answer) == expected and answer.expects == "yes/no"
    if said:
        assert said in (answer.message or "")


@pytest.mark.parametrize("question", ["Where did the crew of Crew-9 land?", "Where did the Crew-9 crew land?"])
def test_where_a_flight_s_crew_landed_is_read_through_its_members(crew: Asker, question: str) -> None:
    answer = crew.answer(question)
    assert labels(answer) == ["Zhezkent"] and answer.template in ("chain", "crew-values")


@pytest.mark.parametrize("question", [
    "Whom did the commander of Crew-9 marry?",
    "Who was the commander of Crew-9 married to?",
])
def test_a_chain_worded_after_the_name_is_one_query_too(crew: Asker, question: str) -> None:
    answer = crew.answer(question)
    assert labels(answer) == ["Eva Reyes"] and answer.template == "chain"
    assert (answer.sparql or "").count("SELECT") == 1 and "Tomas Reyes" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was in the class of 2009?", ["Tomas Reyes"]),
    ("Who was in the 2009 astronaut class?", ["Tomas Reyes"]),
    ("Who was in the class of 2010?", []),
    ("What class was Tomas Reyes in?", ["2009"]),
])
def test_a_class_year_is_the_year_of_selection(crew: Asker, question: str, expected: list[str]) -> None:
    assert labels(crew.answer(question)) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Is Pavel Korovin a Roscosmos astronaut?", [True]),  # an astronaut, and Roscosmos employs him
    ("Is Tomas Reyes an Andean Space Agency astronaut?", [True]),  # selected by it
    ("Is Tomas Reyes an American astronaut?", [True]),
    ("Is Anna Berg a Roscosmos astronaut?", []),  # an astronaut, but nothing ties her to Roscosmos
    ("Is Eva Reyes an American astronaut?", []),  # not an astronaut, and no nationality stated
])
def test_a_class_named_with_a_name_needs_both(crew: Asker, question: str, expected: list[object]) -> None:
    answer = crew.answer(question)
    assert values(answer) == expected and answer.expects == "yes/no"
    if not expected:
        assert "The articles do not say whether" in (answer.message or "")


@pytest.mark.parametrize(("question", "said"), [
    ("Which agency is Lina Park with?", "which agency Lina Park is with"),
    ("Is the Lyra station in Zhezkent?", "whether the Lyra station is in Zhezkent"),
    ("Is Pavel Korovin American?", "whether Pavel Korovin is American"),  # the asker's word, not the country's
    ("Who was the first Russian to command the Lyra station?",
     "who the first Russian to command the Lyra station was"),  # "to command" is no verb of the clause
    ("How many times did the Crew-9 crew circle the globe?", "how many times the Crew-9 crew circled the globe"),
    ("How long did the Crew-9 mission last?", "how long the Crew-9 mission lasted"),  # "mission": no verb
    ("How long did the Crew-9 spacewalk last?", "how long the Crew-9 spacewalk lasted"),
    ("Who did Lina Park spacewalk with?", "who Lina Park spacewalked with"),  # a verb here
])
def test_what_the_articles_do_not_say_reads_as_a_clause(crew: Asker, question: str, said: str) -> None:
    answer = crew.answer(question)
    assert answer.answers == () and f"The articles do not say {said}." in (answer.message or "")


@pytest.mark.parametrize(("question", "expected", "said"), [
    ("Which American commanded Crew-9?", ["Tomas Reyes"], None),
    ("Which Russian commanded Crew-9?", [], "do not place that person among the Russians"),
    ("Which cosmonaut commanded Crew-9?", [], "among the cosmonauts"),
    ("Which woman commanded Crew-9?", [], "does not record who is among the women"),
    ("Which French astronaut commanded Crew-9?", [], "among the people of France"),
    ("Which Swedish astronaut commanded Crew-9?", [], "among the people of Sweden"),
    ("Which Swedish astronaut flew on Crew-9?", ["Anna Berg"], None),
    ("Which Brazilian astronaut flew on Crew-9?", [], "among the people of Brazil"),
    ("Which Russian flew on Crew-9?", [], "do not place them among the Russians"),  # its crew, never its rocket
    ("Which Brazilians flew on Crew-9?", [], "among the people of Brazil"),
    ("Which Swedes flew on Crew-9?", ["Anna Berg"], None),  # a noun for a nation's people, in the plural
    ("Which Danes flew on Crew-9?", [], "among the people of Denmark"),
    ("Which Frenchmen flew on Crew-9?", [], "among the people of France"),
    ("Which Russian rocket launched Crew-9?", ["Vega 5"], None),  # a scope word before a noun asks for that noun
])
def test_a_scope_the_answers_template_ignores_is_checked_on_its_people(crew: Asker, question: str,
                                                                       expected: list[str], said: str | None) -> None:
    """"Which Russian commanded X?" answered by the commander alone would name an American."""
    answer = crew.answer(question)
    assert labels(answer) == expected
    assert said is None or said in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Which mission did Anna Berg serve on as support crew?", []),
    ("Who was on the Crew-9 support crew?", []),
    ("Who was on the Crew-9 support team?", []),
])
def test_a_support_crew_is_never_the_crew_that_flew(crew: Asker, question: str, expected: list[str]) -> None:
    """The graph holds who flew and who stood by as backup; a support crew is neither."""
    answer = crew.answer(question)
    assert labels(answer) == expected and answer.message
