"""Questions the graph answers only in part (tests/kg/questions/kinroom.py, invented names):
handovers of command (never another commander as the predecessor), spouses of a time (an
ex-spouse is no current one, a widow needs a death), crewmates asked in other words, a
flight's value stated for each of its crew (their facts add up), degrees of the kind asked, and
the craft that "carried" someone."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize("question", [
    "From whom did Mira Lusk take command?",
    "From whom did Mira Lusk take command of Halden Station?",
    "Who handed over command to Mira Lusk?",
    "Who handed command of Halden Station to Mira Lusk?",
    "Who did Mira Lusk succeed as commander of the station?",
    "Who took over from Ossi Brand?",
    "Who took command from Ossi Brand?",
    "Who was Mira Lusk's predecessor as commander?",
    "Who relieved Ossi Brand as commander of Halden Station?",
])
def test_a_handover_is_not_read_from_another_commander(kin: Asker, question: str) -> None:
    answer = kin.answer(question)
    assert labels(answer) == []
    assert "not who handed command to whom" in (answer.message or "")
    assert "commander of Halden Station" in (answer.message or "")  # what the graph does hold


@pytest.mark.parametrize(("question", "expected"), [
    ("From whom did Sava Orlo take command?", ["Kjell Marin"]),
    ("Who handed command to Sava Orlo?", ["Kjell Marin"]),
    ("Who was Sava Orlo's predecessor?", ["Kjell Marin"]),
    ("Who did Sava Orlo succeed as commander?", ["Kjell Marin"]),
    ("Who took over from Kjell Marin?", ["Sava Orlo"]),
    ("Who succeeded Kjell Marin as commander?", ["Sava Orlo"]),
    ("To whom did Kjell Marin hand over command?", ["Sava Orlo"]),
    ("Who was Kjell Marin's successor?", ["Sava Orlo"]),
    ("Who took over from Dag Pell?", []),  # no Expedition 12 in the graph
    ("From whom did Dag Pell take command?", []),  # nor Expedition 10: never Expedition 9's commander
    ("Who took over from Sava Orlo?", []),
])
def test_a_handover_is_read_from_numbered_expeditions(kin: Asker, question: str, expected: list[str]) -> None:
    answer = kin.answer(question)
    assert sorted(labels(answer)) == expected
    if expected:
        assert answer.template == "handover" and "numbered expeditions" in (answer.message or "")
        assert len(answer.answers[0].support) == 2  # both commanders' facts


@pytest.mark.parametrize(("question", "expected"), [
    ("Who handed command of Varda Station to Ines Voro?", ["Rune Talvik"]),
    ("From whom did Ines Voro take command?", ["Rune Talvik"]),
    ("Who was Ines Voro's predecessor?", ["Rune Talvik"]),
    ("Who took over from Rune Talvik?", ["Ines Voro"]),
    ("To whom did Rune Talvik hand over command?", ["Ines Voro"]),
    ("Who did Rune Talvik hand command to?", ["Ines Voro"]),
    ("Who handed over command to astronaut Ines Voro?", ["Rune Talvik"]),
    ("Who took over from Ines Voro?", []),  # nobody after her is stated
    ("Who handed command to Rune Talvik?", []),  # nor before him
])
def test_a_stated_handover_answers(kin: Asker, question: str, expected: list[str]) -> None:
    answer = kin.answer(question)
    assert sorted(labels(answer)) == expected
    if expected:
        assert answer.template == "handover" and len(answer.answers[0].support) == 1


@pytest.mark.issue(17)
@pytest.mark.parametrize(("question", "expected"), [
    ("Who replaced Kai Brenner on Varda Station?", ["Nora Lind"]),
    ("Who replaced Kai Brenner as flight engineer?", ["Nora Lind"]),
    ("Who was Kai Brenner's replacement?", ["Nora Lind"]),
    ("Who took Brenner's place?", ["Nora Lind"]),
    ("Whom did Nora Lind replace?", ["Kai Brenner"]),
    ("Whose place did Nora Lind take?", ["Kai Brenner"]),
    ("Who replaced Pia Sund?", []),  # her crewmates replaced no one of hers
    ("Who replaced Nora Lind?", []),
    ("Whom did Kai Brenner replace?", []),
    ("Who replaced Rune Talvik?", []),  # a handover of command is no place on a crew taken
    ("Which astronauts did Anna Moss and Eli Dahl replace?", ["Ola Berg", "Tor Lie"]),
    ("Who replaced Ola Berg and Tor Lie?", ["Anna Moss", "Eli Dahl"]),
    ("Who replaced Tor Lie?", ["Eli Dahl"]),
])
def test_a_replacement_is_only_a_stated_one(kin: Asker, question: str, expected: list[str]) -> None:
    answer = kin.answer(question)
    assert sorted(labels(answer)) == expected
    assert answer.template == "handover" or not expected


@pytest.mark.issue(17)
@pytest.mark.parametrize(("question", "expected"), [
    ("Who flew to Varda Station with Pia Sund as her original flight engineer?", ["Kai Brenner"]),
    ("Who was originally to fly with Pia Sund?", ["Kai Brenner"]),
    ("Who was Pia Sund's initial crewmate?", ["Kai Brenner"]),
    ("Who flew with Pia Sund as the replacement engineer?", []),
    ("Who were the original crew of Corvin-5?", []),  # no one of it was replaced: not the whole crew
    ("Who was originally on Corvin-7?", []),
])
def test_a_crew_as_it_changed_is_not_every_crewmate(kin: Asker, question: str, expected: list[str]) -> None:
    """Kai Brenner and Nora Lind both flew with Pia Sund, and Brenner was replaced: the original
    is the one replaced; where no one was, the crew's links tell no original apart."""
    answer = kin.answer(question)
    assert sorted(labels(answer)) == expected
    if expected:
        assert any(t.predicate.value.endswith("replacedBy") for t in answer.answers[0].support)


def test_crewmates_asked_plainly_are_all_of_them(kin: Asker) -> None:
    assert sorted(labels(kin.answer("Who flew with Pia Sund?"))) == ["Kai Brenner", "Nora Lind"]


def test_the_commanders_themselves_still_answer(kin: Asker) -> None:
    assert sorted(labels(kin.answer("Who commanded Halden Station?"))) == ["Mira Lusk", "Ossi Brand"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Who is Tarn Olver's ex-wife?", ["Della Olver"]),
    ("Who was Tarn Olver's former wife?", ["Della Olver"]),
    ("Who is Della Olver's ex-husband?", ["Tarn Olver"]),
    ("Who is Ketil Sand's widow?", ["Ama Sand"]),
    ("Who was Ama Sand's late husband?", ["Ketil Sand"]),
    ("Who is Brisa Holm's husband?", ["Per Vant"]),
    ("Who is Ama Sand married to?", ["Ketil Sand"]),
])
def test_a_spouse_of_the_time_asked(kin: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(kin.answer(question))) == expected


@pytest.mark.parametrize(("question", "why"), [
    ("Who is Brisa Holm's ex-husband?", "do not say the marriage ended"),
    ("Who was Per Vant's former wife?", "do not say the marriage ended"),
    ("Who is Per Vant's widow?", "do not say Per Vant has died"),
    ("Who was Brisa Holm's late husband?", "do not say the spouse has died"),
    ("Who is Tarn Olver's wife?", "only as former"),
])
def test_a_spouse_of_another_time_is_no_answer(kin: Asker, question: str, why: str) -> None:
    answer = kin.answer(question)
    assert labels(answer) == [] and why in (answer.message or "")


@pytest.mark.parametrize(("question", "expected", "why"), [
    ("Is Della Olver Tarn Olver's ex-wife?", ["yes"], ""),
    ("Was Della Olver Tarn Olver's ex-wife?", ["yes"], ""),
    ("Is Ama Sand Ketil Sand's widow?", ["yes"], ""),
    ("Is Ketil Sand's widow Ama Sand?", ["yes"], ""),
    ("Is Ketil Sand Ama Sand's widower?", [], "do not say Ama Sand has died"),
    ("Is Brisa Holm Per Vant's ex-wife?", [], "do not say the marriage ended"),  # married: not therefore no
    ("Is Brisa Holm Per Vant's widow?", [], "do not say Per Vant has died"),
    ("Is Ama Sand Per Vant's widow?", [], "do not say Ama Sand and Per Vant were married"),
    ("Is Della Olver married to Tarn Olver?", ["no"], "only as former"),  # the present: "former" excludes it
])
def test_yes_or_no_on_a_spouse_of_a_time(kin: Asker, question: str, expected: list[str], why: str) -> None:
    answer = kin.answer(question)
    assert sorted(labels(answer)) == expected and why in (answer.message or "")


def test_an_ex_spouse_is_marked_former(kin: Asker) -> None:
    assert [a.former for a in kin.answer("Who is Tarn Olver's ex-wife?").answers] == [True]


@pytest.mark.parametrize(("question", "expected"), [
    ("Who were Pell Arrow's teammates?", ["Mira Lusk", "Ossi Brand", "Tiro Vask"]),
    ("Who were Pell Arrow's crewmembers?", ["Mira Lusk", "Ossi Brand", "Tiro Vask"]),
    ("Who were Pell Arrow's fellow astronauts?", ["Mira Lusk", "Ossi Brand", "Tiro Vask"]),
    ("Who were Pell Arrow's companions on Corvin-7?", ["Mira Lusk", "Ossi Brand"]),
    ("Who was with Pell Arrow on Corvin-5?", ["Tiro Vask"]),
    ("Who was with Pell Arrow?", ["Mira Lusk", "Ossi Brand", "Tiro Vask"]),
    ("Who joined Pell Arrow on Corvin-7?", ["Mira Lusk", "Ossi Brand"]),
    ("Who accompanied Tiro Vask?", ["Pell Arrow"]),
])
def test_crewmates_in_other_words(kin: Asker, question: str, expected: list[str]) -> None:
    answer = kin.answer(question)
    assert sorted(labels(answer)) == expected
    assert answer.template == "crewmates"


def test_a_count_of_crewmates_in_other_words_lists_them(kin: Asker) -> None:
    answer = kin.answer("How many teammates did Pell Arrow have?")
    assert answer.answers == () and "they name 3" in (answer.message or "")


@pytest.mark.parametrize("question", ["Where did the Corvin-7 crew land?", "When did Corvin-7 land?"])
def test_a_value_each_of_the_crew_states_is_surer_than_each_statement(kin: Asker, question: str) -> None:
    answer = kin.answer(question)
    assert answer.template == "crew-values" and len(answer.answers) == 1
    assert len(answer.answers[0].support) == 3  # each read at 0.6, from a list of names
    assert answer.confidence is not None and answer.confidence > 0.9 and not answer.low_confidence


@pytest.mark.parametrize(("question", "expected"), [
    ("Where did Ossi Brand earn his doctorate?", ["Rauma Institute"]),
    ("Which university gave Ossi Brand his PhD?", ["Rauma Institute"]),
    ("When did Ossi Brand get his Ph.D.?", ["2011"]),
    ("Where did Ossi Brand get his bachelor's degree?", ["Fennick College"]),
    ("Where did Ossi Brand study?", ["Fennick College", "Rauma Institute"]),  # every school: not a degree asked
])
def test_a_degree_of_the_kind_asked(kin: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(kin.answer(question))) == expected


@pytest.mark.parametrize("question", [
    "Where did Mira Lusk earn her doctorate?",  # "a degree": of no known kind
    "Where did Ossi Brand get his medical degree?",
])
def test_a_degree_of_another_kind_is_no_answer(kin: Asker, question: str) -> None:
    answer = kin.answer(question)
    assert labels(answer) == [] and "but no" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("What spacecraft carried Pell Arrow?", ["Gale"]),
    ("What rocket carried Pell Arrow?", ["Tamsin 4"]),
    ("Which capsule carried Tiro Vask?", []),
    ("When did Corvin-5 take off?", ["3 June 2024"]),  # a verb and its particle, little words both
    ("Where did Corvin-5 take off from?", ["Sorrel Field"]),
])
def test_carried_and_took_off(kin: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(kin.answer(question))) == expected

