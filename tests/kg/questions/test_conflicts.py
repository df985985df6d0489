"""Answers that are right or absent (issue 11), over the hand-declared facts of
tests/kg/questions/conflictroom.py (invented names): a value with one value per subject stated
twice is given only when one is clearly better supported, else the conflict is shown; answers
read with little confidence are marked; a person and a flight named together ask for that
flight's crew; and the words the ontology gives for splashdowns, spacewalk partners and rides."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from kg.questions.checks import one_of
from kg.questions.vocabulary import vocabulary
from tests.factories import labels


def test_a_flight_has_one_commander_by_the_ontology_a_station_many() -> None:
    commander = vocabulary().properties["commander"]
    flight, station = (f"https://w3id.org/astrokg/ontology#{c}" for c in ("Spaceflight", "SpaceStation"))
    assert commander.one_value_for([flight]) and not commander.one_value_for([station])
    assert not commander.single  # not functional: "the commanders of the station" is a list


def test_the_better_supported_commander_of_a_flight_is_given_with_the_rival_named(conflicts: Asker) -> None:
    answer = conflicts.answer("Who commanded Lyra-7?")
    assert labels(answer) == ["Tova Rindel"]
    assert "Ansel Brook" in (answer.message or "")
    stated = 1 - (1 - 0.85) * (1 - 0.75)  # two articles say Tova Rindel; one sentence Ansel Brook (0.75)
    assert answer.confidence == pytest.approx(one_of([stated, 0.75])[0], abs=0.005)  # lowered by the rival
    assert 0.75 < (answer.confidence or 0) < stated


def test_two_commanders_stated_alike_are_no_answer_and_both_sentences_are_shown(conflicts: Asker) -> None:
    answer = conflicts.answer("Who commanded Lyra-8?")
    assert labels(answer) == [] and answer.disputed
    message = answer.message or ""
    assert "disagree" in message and "Corin Vale" in message and "Edda Morn" in message
    shown = {p.sentence: [t for t, marked in p.segments() if marked] for p in answer.passages}
    assert shown == {"Lyra-8 is commanded by Corin Vale.": ["Corin Vale"],
                     "Edda Morn, who commanded Lyra-8, watched from Houston.": ["Edda Morn"]}


def test_a_station_keeps_all_its_commanders(conflicts: Asker) -> None:
    assert sorted(labels(conflicts.answer("Who commanded the Halcyon station?"))) == ["Corin Vale", "Tova Rindel"]


def test_rival_values_share_the_chance_of_being_right() -> None:
    sure, doubtful = one_of([0.9, 0.6])
    assert sure > 0.8 > 0.2 > doubtful and sure + doubtful == pytest.approx(1, abs=0.002)
    assert one_of([0.8, 0.8]) == [0.5, 0.5]


def test_an_answer_read_with_little_confidence_is_marked(conflicts: Asker) -> None:
    weak, sure = conflicts.answer("Where was Edda Morn born?"), conflicts.answer("Where was Tova Rindel born?")
    assert labels(weak) == ["Varnholt"] and labels(sure) == ["Quell"]
    assert weak.low_confidence and not sure.low_confidence
    data = weak.as_dict()
    assert data["low_confidence"] is True and data["answers"][0]["confidence"] == 0.5  # type: ignore[index]


@pytest.mark.parametrize(("question", "expected"), [
    ("Who flew with Pim Sorrel on Lyra-5?", ["Edda Morn"]),  # not Tova Rindel, a crewmate of another flight
    ("Who flew with Pim Sorrel?", ["Edda Morn", "Tova Rindel"]),
])
def test_a_person_and_a_flight_named_together_ask_for_that_flights_crew(conflicts: Asker, question: str,
                                                                       expected: list[str]) -> None:
    assert sorted(labels(conflicts.answer(question))) == expected


@pytest.mark.parametrize(("question", "expected", "expects"), [
    ("When did Lyra-7 splash down?", ["2 April 2031"], "date"),
    ("When did Lyra-7 splashdown happen?", ["2 April 2031"], "date"),
    ("Where did Lyra-7 splash down?", ["Gulf of Aresta"], "place"),
    ("Where did Lyra-7 touch down?", ["Gulf of Aresta"], "place"),
    ("Who walked in space with Tova Rindel?", ["Pim Sorrel"], "person"),
    ("Who did Pim Sorrel walk in space with?", ["Tova Rindel"], "person"),
    ("Who joined Tova Rindel on the surface of the Moon?", [], "person"),  # they walked in space, not on the Moon
    ("Who walked on the Moon with Tova Rindel?", [], "person"),  # they walked in space, not on the Moon
    ("Who was with Pim Sorrel on the lunar surface?", [], "person"),  # they walked in space, not on the Moon
    ("Who was Tova Rindel's co-walker?", ["Pim Sorrel"], "person"),
    ("Who was Pim Sorrel's fellow spacewalker?", ["Tova Rindel"], "person"),
    ("Who was Rindel's spacewalking partner?", ["Pim Sorrel"], "person"),
    ("What did Pim Sorrel ride?", ["Skylark"], "spacecraft"),
    ("What spacecraft did Pim Sorrel fly aboard?", ["Skylark"], "spacecraft"),
    ("Which capsule did Pim Sorrel ride in?", ["Skylark"], "spacecraft"),
])
def test_question_phrases_from_the_ontology(conflicts: Asker, question: str, expected: list[str],
                                            expects: str) -> None:
    answer = conflicts.answer(question)
    assert labels(answer) == expected
    assert answer.expects == expects


def test_two_commanders_of_a_flight_are_a_shacl_warning_and_of_a_station_none() -> None:
    from rdflib import RDF, RDFS, Graph, Literal, Namespace

    from kg.ontology import validate

    akg, res = Namespace("https://w3id.org/astrokg/ontology#"), Namespace("https://w3id.org/astrokg/resource/")
    g = Graph()
    for name, cls in (("Lyra-9", akg.Spaceflight), ("Halcyon", akg.SpaceStation), ("Ada_Penn", akg.Person),
                      ("Ivo_Tarr", akg.Person)):
        g.add((res[name], RDF.type, cls))
        g.add((res[name], RDFS.label, Literal(name.replace("_", " "))))
    for craft in ("Lyra-9", "Halcyon"):
        g.add((res[craft], akg.commander, res.Ada_Penn))
        g.add((res[craft], akg.commander, res.Ivo_Tarr))
    conforms, report = validate(g)
    assert conforms  # a warning: sources disagree, the graph is still valid
    assert "Warning" in report and "Lyra-9" in report and "Halcyon" not in report


@pytest.mark.parametrize(("question", "expected"), [
    ("Which university did Pim Sorrel attend in Brannock?", ["University of Brannock"]),
    ("Which university did Pim Sorrel attend?", ["Kestrel University", "University of Brannock"]),
])
def test_a_place_named_beside_someone_restricts_the_answers_to_those_that_hold_it(
        conflicts: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(conflicts.answer(question))) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Who commanded Ix-3?", ["Corin Vale"]),
    ("Who flew on Ix-3?", ["Ansel Brook", "Corin Vale"]),
])
def test_a_designation_the_model_tags_as_punctuation_is_a_name(conflicts: Asker, question: str,
                                                                expected: list[str]) -> None:
    assert sorted(labels(conflicts.answer(question))) == expected


@pytest.mark.parametrize(("question", "expected", "said"), [
    ("Did Tova Rindel command Lyra-7?", ["yes"], "Ansel Brook"),  # the better supported of the two
    ("Did Ansel Brook command Lyra-7?", ["no"], "Tova Rindel"),  # stated, but outweighed
    ("Did Edda Morn command Lyra-7?", ["no"], "Tova Rindel"),  # a flight has one commander, another is stated
    ("Did Corin Vale command Lyra-8?", [], "disagree"),  # stated alike with Edda Morn
    ("Did Corin Vale command the Halcyon station?", ["yes"], ""),
    ("Did Edda Morn command the Halcyon station?", [], ""),  # a station has many: nothing excludes her
])
def test_yes_or_no_about_a_flights_commander_weighs_the_rivals(conflicts: Asker, question: str,
                                                                expected: list[str], said: str) -> None:
    answer = conflicts.answer(question)
    assert labels(answer) == expected
    assert said in (answer.message or "")


@pytest.mark.parametrize(("question", "expected", "said"), [
    ("What did Ansel Brook command?", [], "Tova Rindel"),  # his one flight's commander is, with more support, her
    ("What did Tova Rindel command?", ["Halcyon station", "Lyra-7"], ""),
    ("What did Corin Vale command?", ["Halcyon station", "Ix-3", "Lyra-8"], ""),
])
def test_what_someone_commanded_leaves_out_a_flight_whose_command_the_articles_give_another(
        conflicts: Asker, question: str, expected: list[str], said: str) -> None:
    answer = conflicts.answer(question)
    assert sorted(labels(answer)) == expected and said in (answer.message or "")


def test_a_flight_commanded_as_disputed_keeps_only_its_share_of_the_confidence(conflicts: Asker) -> None:
    shown = {a.label: a.confidence for a in conflicts.answer("What did Corin Vale command?").answers}
    assert shown["Lyra-8"] == 0.5 and shown["Ix-3"] == 0.9  # Edda Morn is stated as Lyra-8's commander as well


def test_a_crew_leaves_out_a_commander_the_articles_outweigh_and_keeps_rivals_stated_alike(conflicts: Asker) -> None:
    lyra7 = conflicts.answer("Who flew on Lyra-7?")
    assert sorted(labels(lyra7)) == ["Pim Sorrel", "Tova Rindel"] and "Ansel Brook" in (lyra7.message or "")
    lyra8 = conflicts.answer("Who flew on Lyra-8?")  # a crew question is no commander question: both, uncertain
    assert sorted(labels(lyra8)) == ["Corin Vale", "Edda Morn"] and lyra8.low_confidence


def test_a_profile_leaves_out_a_command_the_articles_outweigh(conflicts: Asker) -> None:
    profile = conflicts.answer("Who is Ansel Brook?")
    assert not [a for a in profile.answers if a.iri and a.iri.endswith("/Lyra-7")]
    assert "Tova Rindel" in (profile.message or "")


def test_a_place_and_a_broader_one_that_holds_it_agree(conflicts: Asker) -> None:
    narrow = conflicts.answer("Where did Bram Orren die?")  # Velmark holds Tessby: no conflict
    assert labels(narrow) == ["Tessby"]
    named = conflicts.answer("Where did Cora Lind die?")  # the Harlow Clinic, named after its town, is in it
    assert labels(named) == ["Harlow Clinic"]
    apart = conflicts.answer("Where did Ilse Quarry die?")  # neither holds the other
    assert not apart.answers and "disagree" in (apart.message or "")


def test_a_hospital_named_after_its_town_lies_in_it(conflicts: Asker) -> None:
    assert labels(conflicts.answer("Where did Sefa Lund die?")) == ["Harlow General Hospital"]
    apart = conflicts.answer("Where did Edda Kail die?")  # a bay named after the town is no part of it
    assert not apart.answers and "disagree" in (apart.message or "")
