"""Questions against the test newsroom, through the real model, store and templates: one
test per answer type, plus ambiguity, failure, provenance and the SPARQL each answer carries."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from spacy.language import Language

from extract.facts import Literal
from kg.errors import BadQuestion
from kg.ontology import ontology_graph
from kg.questions import Answer, Asker
from kg.questions.vocabulary import Vocabulary
from kg.store.oxigraph import OxigraphStore
from kg.store.sparql import Rows
from tests.factories import labels
from tests.fixtures import newsroom

RES = "https://w3id.org/astrokg/resource/"


def values(answer: Answer) -> list[object]:
    return [a.value for a in answer.answers]


@pytest.mark.parametrize(("question", "expected", "template"), [
    ("Who is Scott Kelly's twin?", ["Mark Kelly"], "fact"),
    ("who is scott kelly's twin brother", ["Mark Kelly"], "fact"),
    ("Who is Mark Kelly married to?", ["Gabrielle Giffords"], "fact"),
    ("Who is Gabrielle Giffords's husband?", ["Mark Kelly"], "fact"),
    ("Who is Amiko Kauderer's partner?", ["Scott Kelly"], "fact"),
    ("Who was the commander of Expedition 14?", ["Michael Lopez-Alegria"], "fact"),
    ("Which expedition did Michael Lopez-Alegria command?", ["Expedition 14"], "fact"),
    ("What spacecraft did Scott Kelly launch on?", ["Soyuz TMA-16M"], "fact"),
    ("Where does Amiko Kauderer work?", ["NASA"], "fact"),
])
def test_entity_answers(asker: Asker, question: str, expected: list[str], template: str) -> None:
    answer = asker.answer(question)
    assert labels(answer) == expected
    assert answer.template == template
    assert answer.answers[0].iri == RES + expected[0].replace(" ", "_")


def test_list_answer_names_everyone(asker: Asker) -> None:
    answer = asker.answer("Who works for Roscosmos?")
    assert sorted(labels(answer)) == ["Gennady Padalka", "Mikhail Kornienko"]
    assert {s.article for s in answer.sources} == {"kelly-home", "padalka-record"}


def test_number_answer_has_its_unit_and_date_and_keeps_earlier_values(asker: Asker) -> None:
    answer = asker.answer("How many days did Scott Kelly spend in space?")
    (best,) = answer.answers
    assert (best.value, best.unit, best.as_of, best.label) == (520, "day", "2016-03-02", "520 days")
    assert {a.value for a in answer.also} == {383, 340}
    assert "520 days in space" in answer.sources[0].sentence


def test_number_answer_for_one_flight(asker: Asker) -> None:
    assert values(asker.answer("How long was Scott Kelly's single flight?")) == [340]


def test_planned_date_is_marked_planned(asker: Asker) -> None:
    answer = asker.answer("When will Gennady Padalka return to Earth?")
    (when,) = answer.answers
    assert (when.value, when.kind, when.planned) == ("2015-09", "date", True)


def test_reported_date_wins_for_a_past_question(asker: Asker) -> None:
    (when,) = asker.answer("When did Scott Kelly return to Earth?").answers
    assert (when.value, when.planned, when.label) == ("2016-03-02", False, "2 March 2016")


def test_place_answer(asker: Asker) -> None:
    answer = asker.answer("Where did Scott Kelly launch from?")
    assert labels(answer) == ["Baikonur Cosmodrome"] and answer.answers[0].kind == "place"
    assert labels(asker.answer("Where is the Baikonur Cosmodrome?")) == ["Kazakhstan"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Is Scott Kelly the twin of Mark Kelly?", True),
    ("Is Mark Kelly married to Gabrielle Giffords?", True),
    ("Is Scott Kelly married to Gabrielle Giffords?", False),
    ("Is Scott Kelly an astronaut?", True),
    ("Did Scott Kelly spend 340 days in space?", True),
    ("Is Peggy Whitson older than Scott Kelly?", True),
])
def test_yes_no(asker: Asker, question: str, expected: bool) -> None:
    answer = asker.answer(question)
    assert values(answer) == [expected]
    assert answer.answers[0].kind == "boolean"


def test_count(asker: Asker) -> None:
    answer = asker.answer("How many astronauts are in the graph?")
    assert values(answer) == [9] and answer.template == "count"


def test_superlative(asker: Asker) -> None:
    answer = asker.answer("Who has spent the most days in space?")
    assert labels(answer) == ["Gennady Padalka"] and answer.template == "superlative"
    assert "804 days" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who spent longer in space, Scott Kelly or Michael Fincke?", "Scott Kelly"),
    ("Who spent less time in space, Scott Kelly or Michael Fincke?", "Michael Fincke"),
    ("Who is older, Scott Kelly or Peggy Whitson?", "Peggy Whitson"),
])
def test_comparison(asker: Asker, question: str, expected: str) -> None:
    answer = asker.answer(question)
    assert labels(answer) == [expected] and answer.template == "comparison"
    assert len(answer.sources) == 2


def test_threshold_and_exact_value(asker: Asker) -> None:
    above = asker.answer("Which astronauts have spent more than 380 days in space?")
    assert set(labels(above)) == {"Gennady Padalka", "Sergei Krikalev", "Jeff Williams", "Scott Kelly",
                                  "Michael Fincke"}
    assert labels(asker.answer("Who spent 215 days in space?")) == ["Michael Lopez-Alegria"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Who holds the record for the most cumulative days in space?", "Gennady Padalka"),
    ("Which American holds the record for the most days in space?", "Peggy Whitson"),
    ("Who held the US record for cumulative days in space before Scott Kelly?", "Michael Fincke"),
    ("Who held the record before Padalka?", "Sergei Krikalev"),
])
def test_records_and_previous_holders(asker: Asker, question: str, expected: str) -> None:
    assert labels(asker.answer(question)) == [expected]


@pytest.mark.parametrize(("question", "expected"), [
    ("Who held the previous record for the most cumulative days in space?", ["Sergei Krikalev"]),
    ("Who had the prior US record for the most days in space?", ["Jeff Williams"]),
    ("who held the record for cumulative days in space before?", ["Sergei Krikalev"]),
])
def test_the_previous_record_with_no_holder_named_is_the_one_before_the_current_holder(
        asker: Asker, question: str, expected: list[str]) -> None:
    answer = asker.answer(question)
    assert labels(answer) == expected
    assert not {"Gennady Padalka", "Peggy Whitson"} & set(labels(answer))


def test_no_previous_holder_is_no_answer_not_a_guess(asker: Asker) -> None:
    answer = asker.answer("Who held the record before Michael Fincke?")
    assert answer.answers == () and "before Michael Fincke" in (answer.message or "")


def test_description_lists_roles_employer_and_relations(asker: Asker) -> None:
    answer = asker.answer("Who is Amiko Kauderer?")
    assert answer.template == "description"
    found = {(a.relation, a.value) for a in answer.answers}
    assert {("job title", "public affairs officer"), ("employer", "NASA"), ("partner", "Scott Kelly")} <= found


def test_description_puts_roles_and_relations_before_figures(asker: Asker) -> None:
    """A profile reads like one: who the person is, then their flights, records and family,
    then the figures of their flights, then the rest (an age); one fact of each relation before
    a second of any; a role is not said twice ("is an astronaut", "occupation: astronaut")."""
    answer = asker.answer("Who is Scott Kelly?")
    shown = [a.label for a in answer.answers]
    assert shown[0] == "is an astronaut"
    assert shown.index("commanded: Expedition 46") < shown.index("twin of: Mark Kelly") < shown.index(
        "launch date: 27 March 2015") < shown.index("age: 51 years")
    relations = [a.relation for a in answer.answers]
    assert relations.index("commanded") < relations.index("age") < len(relations) - 1 - relations[::-1].index(
        "commanded")  # a second command waits until every relation has had one
    assert ("occupation", "astronaut") not in {(a.relation, a.value) for a in answer.answers}


def test_provenance_names_the_article_and_sentence(asker: Asker) -> None:
    answer = asker.answer("Which article says that Scott Kelly is Mark Kelly's twin?")
    assert values(answer) == ["kelly-record"] and answer.answers[0].kind == "article"
    assert labels(answer) == ["Kelly passes Fincke for the US endurance mark"]
    assert "identical twin Mark Kelly" in answer.sources[0].sentence
    mentions = asker.answer("Which articles mention Amiko Kauderer?")
    assert values(mentions) == ["kelly-record"]


def test_an_ambiguous_surname_says_which_reading_it_used(asker: Asker) -> None:
    answer = asker.answer("When did Kelly launch?")
    assert values(answer) == ["2015-03-27"]
    assert [r.label for r in answer.entities] == ["Scott Kelly"]
    assert [r.label for r in answer.alternatives] == ["Mark Kelly"]
    assert answer.alternatives[0].question == "When did Mark Kelly launch?"
    assert "Mark Kelly" in (answer.message or "")


def test_the_other_words_choose_the_reading(asker: Asker) -> None:
    answer = asker.answer("Is Kelly married to Gabrielle Giffords?")
    assert values(answer) == [True]
    assert [r.label for r in answer.entities][0] == "Mark Kelly"


def test_small_typos_are_forgiven_and_said(asker: Asker) -> None:
    answer = asker.answer("Who is Scot Kely's twin?")
    assert labels(answer) == ["Mark Kelly"] and "Scott Kelly" in (answer.message or "")


def test_a_follow_up_pronoun_uses_the_conversation(asker: Asker) -> None:
    alone = asker.answer("When will he return?")
    assert alone.answers == () and "he" in (alone.message or "")
    answer = asker.answer("When will he return?", about=[RES + "Gennady_Padalka"])
    assert values(answer) == ["2015-09"]


@pytest.mark.parametrize(("question", "why"), [
    ("Who is Yuri Gagarin?", "knows nothing called “Yuri Gagarin”"),
    ("What is Scott Kelly's favourite food?", "not what “favourite food” means"),
    ("Who is the twin?", "Whose twin?"),
    ("What is the meaning of life?", "could not find anything"),
    ("Did Scott Kelly fly with Ozzy Vellmore?",
     "I know Scott Kelly, but the graph knows nothing called “Ozzy Vellmore”"),
])
def test_unanswerable_questions_say_why_and_suggest(asker: Asker, question: str, why: str) -> None:
    answer = asker.answer(question)
    assert answer.answers == () and why in (answer.message or "")
    assert answer.suggestions
    data = answer.as_dict()
    assert data["answers"] == [] and data["message"]


def test_every_answer_carries_runnable_sparql_and_sources(asker: Asker, newsroom_store: OxigraphStore) -> None:
    answer = asker.answer("Who commanded Expedition 44?")
    assert answer.sparql is not None and "Expedition_44" in answer.sparql
    rows = newsroom_store.query(answer.sparql)
    assert isinstance(rows, Rows) and rows.values("o")[0].value == RES + "Gennady_Padalka"
    (source,) = answer.sources
    assert (source.article, source.title) == ("padalka-record", "Padalka takes the all-time record")
    assert "commands Expedition 44" in source.sentence


def test_question_text_never_reaches_the_query(asker: Asker) -> None:
    answer = asker.answer('Who is Scott Kelly\'s twin" } ; DROP ALL ; { "?')
    assert labels(answer) == ["Mark Kelly"]
    assert "DROP" not in (answer.sparql or "")


@pytest.mark.parametrize("question", ["", "   ", "x" * 501])
def test_empty_or_oversized_questions_are_refused(asker: Asker, question: str) -> None:
    with pytest.raises(BadQuestion):
        asker.answer(question)


def test_example_questions_are_answerable(asker: Asker) -> None:
    examples = asker.examples(8)
    assert len(examples) >= 6
    for question in examples:
        assert asker.answer(question).answers, question


def test_a_property_added_to_the_ontology_is_understood_without_code(nlp: Language, tmp_path: Path) -> None:
    extended = Graph()
    extended += ontology_graph()
    extended.parse(data="""
        @prefix akg: <https://w3id.org/astrokg/ontology#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        akg:favouriteFood a owl:DatatypeProperty ; rdfs:label "favourite food"@en ;
            rdfs:domain akg:Person ; akg:phrase "favourite food"@en , "like to eat"@en ; akg:answerKind "value" .
    """, format="turtle")
    store = OxigraphStore(tmp_path / "store")
    try:
        newsroom.load(store)
        store.update(f"INSERT DATA {{ <{RES}Scott_Kelly> <https://w3id.org/astrokg/ontology#favouriteFood> "
                     '"shrimp cocktail" }')
        extended_asker = Asker(store, nlp, Vocabulary.from_graph(extended))
        assert labels(extended_asker.answer("What is Scott Kelly's favourite food?")) == ["shrimp cocktail"]
        assert labels(extended_asker.answer("What does Scott Kelly like to eat?")) == ["shrimp cocktail"]
        assert Asker(store, nlp).answer("What is Scott Kelly's favourite food?").answers == ()
    finally:
        store.close()


def test_a_value_without_a_date_takes_its_articles_date(nlp: Language, tmp_path: Path) -> None:
    from extract.facts import Term
    from kg.ingest import graph_for
    from tests.factories import ExtractionBuilder, days

    store = OxigraphStore(tmp_path / "store")
    try:
        for value, published in (("600", "2020-01-01"), ("650", "2021-06-01")):
            b = ExtractionBuilder(f"Ann Lee has spent {value} days in space.", id=f"lee-{value}", published=published)
            b.entity("Ann Lee", "Astronaut")
            b.fact("Ann Lee", "timeInSpace", days(value), evidence=f"{value} days in space",
                   qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")})
            store.write([graph_for(store, b.build())])
        (best,) = Asker(store, nlp).answer("How many days has Ann Lee spent in space?").answers
        assert (best.value, best.as_of) == (650, "2021-06-01")
    finally:
        store.close()


def test_what_class_asks_for_an_instance_never_a_date(nlp: Language, tmp_path: Path) -> None:
    """ "What spacecraft did X launch on?" with no vehicle in the graph: a launch date is no answer."""
    from kg.ingest import graph_for
    from tests.factories import ExtractionBuilder

    store = OxigraphStore(tmp_path / "store")
    try:
        b = ExtractionBuilder("Ann Lee launched on 5 June 2024.", id="lee", published="2024-06-06")
        b.entity("Ann Lee", "Astronaut")
        b.fact("Ann Lee", "launchDate", Literal("2024-06-05", "date"), evidence="launched on 5 June 2024")
        store.write([graph_for(store, b.build())])
        asker = Asker(store, nlp)
        assert labels(asker.answer("When did Ann Lee launch?")) == ["5 June 2024"]
        for question in ("What spacecraft did Ann Lee launch on?", "Which rocket did Ann Lee launch on?"):
            reply = asker.answer(question)
            assert reply.answers == (), question
            assert "date" not in (reply.message or ""), question
    finally:
        store.close()


@pytest.mark.parametrize("text", [
    "Ann Lee reached 804 days in space in June. Back home, Ann Lee had 879 days in space.",
    "Back home, Ann Lee had 879 days in space. Ann Lee reached 804 days in space in June.",
])
def test_of_two_totals_stated_together_the_larger_is_the_latest(nlp: Language, tmp_path: Path, text: str) -> None:
    from extract.facts import Term
    from kg.ingest import graph_for
    from tests.factories import ExtractionBuilder, days

    store = OxigraphStore(tmp_path / "store")
    try:
        b = ExtractionBuilder(text, id="lee", published="2015-09-12")
        b.entity("Ann Lee", "Astronaut")
        for value in ("804", "879"):
            b.fact("Ann Lee", "timeInSpace", days(value), evidence=f"{value} days in space",
                   qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")})
        store.write([graph_for(store, b.build())])
        answer = Asker(store, nlp).answer("How many days has Ann Lee spent in space?")
        assert values(answer) == [879]
    finally:
        store.close()


@pytest.mark.parametrize("question", ["Who named Expedition 44?", "Who found Scott Kelly?"])
def test_a_request_word_as_the_questions_own_verb_asks_no_description(asker: Asker, question: str) -> None:
    """ "Name X's crew" asks the service; "Who named X?" asks who did it, which no description answers."""
    answer = asker.answer(question)
    assert answer.answers == () and answer.expects != "description"
    assert asker.answer("Who is Scott Kelly?").expects == "description"
