"""Questions about firsts ("Who was the first woman to command the station?", "What firsts does
X hold?"), over hand-declared facts with invented names (tests/kg/questions/firstsroom.py) and
over facts the extractor reads from invented sentences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.questions import Asker
from tests.factories import labels
from tests.fixtures.read import asker_for


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was the first woman to command the space station?", ["Mira Voss"]),
    ("Who was the first woman to command the ISS?", ["Mira Voss"]),
    ("Who was the first woman to lead the outpost twice?", ["Rosa Quill"]),
    ("Who was the first Briton in space?", ["Tom Hale"]),
    ("Who was the first British person to go to space?", ["Tom Hale"]),
    ("Who was the first Chinese woman to make a spacewalk?", ["Lin Wei"]),
    ("Who will be the first Canadian to travel to the Moon?", ["Ada Rinn"]),
    ("Who made the first spacewalk by two women?", ["Kira Dane", "Lena Voss"]),  # a first may be shared
    ("Who made the first commercial spacewalk?", ["Omar Haddad"]),
    ("Who made the first private spacewalk?", ["Omar Haddad"]),
    ("Who was the first Japanese to command the International Space Station?", ["Ken Oda"]),
    ("Who was the first Japanese astronaut to command the station?", ["Ken Oda"]),
    ("Who was the first human to fly in space?", ["Yuri Arkin"]),
    ("Who was the first ESA astronaut to fly in space?", ["Ulla Brandt"]),  # not the first of all people
    ("Who was the first space tourist?", ["Dov Tallo"]),  # a two-word trade, not "the first tourist"
    ("Who was Canada's first space tourist?", ["Remy Caron"]),
    ("Who was the first non-American and non-Soviet cosmonaut to walk in space?", ["Ivo Stan"]),
    ("Who was the first non-Soviet and non-American person to make a spacewalk?", ["Ivo Stan"]),
    ("Who was the first person from outside the US and Russia to command the space station?", ["Eli Brook"]),
    ("Who was the first person outside of Russia and the United States to command the ISS?", ["Eli Brook"]),
    ("Who was the first person from Pakistan to fly to space?", ["Sami Noor"]),
    ("Who was the first Pakistani to fly to space?", ["Sami Noor"]),
    ("Who was the first person to fly to space from Pakistan?", ["Sami Noor"]),
    ("Who made the first Danish spacewalk?", ["Gus Ray"]),
    ("Who made Denmark's first spacewalk?", ["Gus Ray"]),
    ("Who carried out Denmark's first spacewalk?", ["Gus Ray"]),
    ("Who was the first Dane to walk in space?", ["Gus Ray"]),
])
def test_who_was_the_first(firsts: Asker, question: str, expected: list[str]) -> None:
    answer = firsts.answer(question)
    assert labels(answer) == expected
    assert answer.template == "first"
    assert answer.sources  # the sentence that states it


@pytest.mark.parametrize("question", [
    "Who was the first woman to walk in space?",  # only the first Chinese woman is stated
    "Who was the first Canadian to travel to the Moon?",  # only expected
    "Who was the first man to command the station?",
    "Who was the first American in space?",
    # a group no word list knows narrows the first all the same: never the first of all people
    "Who was the first Dane to fly in space?",
    "Who was the first NASA astronaut to fly in space?",
    "Who was the first second-generation astronaut to fly in space?",
    # a scope of the countries left out is only that scope
    "Who was the first non-American cosmonaut to walk in space?",
    "Who was the first non-European cosmonaut to walk in space?",
    "Who was the first person from outside the US to command the space station?",
    "Who was the first person from Russia to command the space station?",
    "Who was the first person from India to fly to space?",
    "Who made the first Danish spaceflight?",  # a walk, not a flight
    "Who made the first British spacewalk?",  # the first Briton in space, not a walk
])
def test_a_first_the_articles_do_not_state_has_no_answer(firsts: Asker, question: str) -> None:
    answer = firsts.answer(question)
    assert not answer.answers
    assert answer.message is not None and "do not say" in answer.message


@pytest.mark.parametrize("question", [
    "Was Mira Voss the first woman to command the space station?",
    "Is Tom Hale the first Briton in space?",
    "Was Lin Wei the first Chinese woman to make a spacewalk?",
    "Was Yuri Arkin the first human to fly in space?",
    "Was Ivo Stan the first non-American and non-Soviet cosmonaut to walk in space?",
    "Was Eli Brook the first person from outside the US and Russia to command the space station?",
])
def test_is_x_the_first_is_yes_when_stated(firsts: Asker, question: str) -> None:
    answer = firsts.answer(question)
    assert labels(answer) == ["yes"]
    assert answer.template == "first"
    assert answer.sources


@pytest.mark.parametrize("question", [
    "Was Mira Voss the first woman in space?",  # another first of hers
    "Was Lin Wei the first woman to make a spacewalk?",  # hers counts among Chinese women only
    "Was Tom Hale the first European in space?",
    "Was Ada Rinn the first Canadian to travel to the Moon?",  # only expected
    "Was Tom Hale the first woman to command the space station?",  # someone else's
    "Was Ivo Stan the first non-American cosmonaut to walk in space?",  # another scope
    "Was Ivo Stan the first person to walk in space?",
])
def test_is_x_the_first_is_never_a_guess(firsts: Asker, question: str) -> None:
    answer = firsts.answer(question)
    assert not answer.answers, labels(answer)


@pytest.mark.parametrize(("question", "expected"), [
    ("Was Nell Orr the first Canadian in space?", ["no"]),  # "the second Canadian"
    ("Was Pia Lund the first woman to walk in space?", ["no"]),  # "the third woman to walk in space"
    ("Was Nell Orr the first Canadian woman in space?", ["yes"]),
    ("Was Nell Orr the first woman in space?", []),  # a place among Canadians says nothing of women
    ("Was Nell Orr the first Canadian to walk in space?", []),  # nor of another achievement
    ("Was Pia Lund the first woman to command the space station?", []),  # no place of hers in that order
])
def test_is_x_the_first_is_no_only_from_a_later_place_stated(firsts: Asker, question: str,
                                                             expected: list[str]) -> None:
    assert labels(firsts.answer(question)) == expected


def test_the_firsts_a_person_holds(firsts: Asker) -> None:
    answer = firsts.answer("What firsts does Mira Voss hold?")
    assert labels(answer) == ["first woman to command the station"]
    assert all(a.kind == "value" for a in answer.answers)
    hale = firsts.answer("What firsts does Tom Hale hold?")
    # in the article's words, never "British person"; one answer for one first, however many wordings
    assert labels(hale) in (["first Briton in space"], ["first British astronaut in space"])
    assert hale.answers[0].as_of == "1991"
    assert labels(firsts.answer("What firsts does Kira Dane hold?")) == ["first spacewalk by two women"]


def test_firsts_read_from_invented_sentences_answer_questions(nlp: Language,
                                                                tmp_path_factory: pytest.TempPathFactory) -> None:
    text = ("Astronaut Kira Dane made history on Tuesday as the first woman to command the Vesta station. "
            "Her crewmate Omar Haddad, the first Arab to perform a spacewalk, watched from the airlock. "
            "Tala Reyes, Spain's first astronaut, could become the first woman to walk on the Moon.")
    with asker_for(nlp, tmp_path_factory, text, "2025-05-02") as ask:
        assert labels(ask.answer("Who was the first woman to command the space station?")) == ["Kira Dane"]
        assert labels(ask.answer("Who was the first Arab to make a spacewalk?")) == ["Omar Haddad"]
        assert labels(ask.answer("Who was Spain's first astronaut?")) == ["Tala Reyes"]
        assert not ask.answer("Who was the first woman to walk on the Moon?").answers
        assert labels(ask.answer("What firsts does Omar Haddad hold?")) == ["first Arab to perform a spacewalk"]


@pytest.mark.issue(11)
def test_a_first_space_traveller_read_from_invented_sentences_is_the_first_in_space(
        nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> None:
    """"The first Ardenian space traveller X" answers "the first Ardenian in space" and its kin."""
    text = ("The first Bulgarian space traveller Kiril Dobrev (right) and commander Ivo Sarn before the launch. "
            "Pia Moll became Poland's first space traveler in 1978.")
    with asker_for(nlp, tmp_path_factory, text, "2024-04-10") as ask:
        assert labels(ask.answer("Who was the first Bulgarian in space?")) == ["Kiril Dobrev"]
        assert labels(ask.answer("Who was the first Bulgarian to fly in space?")) == ["Kiril Dobrev"]
        assert labels(ask.answer("Who was Poland's first person to travel to space?")) == ["Pia Moll"]
        assert not ask.answer("Who was the first Bulgarian to walk in space?").answers


@pytest.mark.issue(11)
def test_a_first_asked_of_a_country_s_is_read_as_a_first_never_as_a_nationality(
        nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> None:
    """"Was X Norway's first cosmonaut?" asks for a first, not whether X is Norwegian: "no" from
    a later place stated ("Norway's third cosmonaut", "the second Nordic astronaut"), else no answer;
    never "yes" from a nationality, nor from a place among others ("Nordic" says nothing of women)."""
    text = ("Ivo Brandt, Norway's third cosmonaut and a colonel in the country's air force, flew to the station "
            "on Sept. 2. Lia Moen is the first Norwegian woman to fly to space and the second Nordic astronaut.")
    with asker_for(nlp, tmp_path_factory, text, "2015-10-02") as ask:
        assert labels(ask.answer("Was Ivo Brandt Norway's first cosmonaut?")) == ["no"]
        assert labels(ask.answer("Was Ivo Brandt the first Norwegian cosmonaut?")) == ["no"]
        assert labels(ask.answer("Was Lia Moen the first Nordic astronaut?")) == ["no"]
        assert labels(ask.answer("Was Lia Moen the first Nordic woman in space?")) == []
        assert labels(ask.answer("Is Ivo Brandt from Norway?")) == ["yes"]


def test_coordinated_firsts_the_worlds_first_and_an_honor_answer_is_x_the_first(
        nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each clause with its own "to" is a first ("to take part in A and to board B"); a rank
    run on from a first's clause is the same person's; "the world's first" is of all people,
    and "the world's third space tourist" says who was not the first; "the first woman to earn
    the honor" earned what the sentence told before (her wings)."""
    text = ("Lena Voss was the first Canadian to take part in a station assembly flight and to board the station. "
            "Batu Erdene is the first Mongolian to fly to space and the second Asian cosmonaut. "
            "Indeed, Ken Oda was the first civilian ever to fly aboard a paid space mission and the first journalist "
            "to report from orbit. Gus Marl was the world's third space tourist, after Ada Pell in 2001. "
            "Ida Wren received her commercial astronaut wings on Friday, making her the first woman to earn the honor. "
            "Americans Tom Quill and Ron Radek were the first astronauts from US space agency NASA to land in a "
            "foreign spacecraft.")
    with asker_for(nlp, tmp_path_factory, text, "2024-04-10") as ask:
        assert labels(ask.answer("Was Lena Voss the first Canadian to board the space station?")) == ["yes"]
        assert labels(ask.answer("Was Lena Voss the first Canadian on the station?")) == ["yes"]
        assert labels(ask.answer("Was Batu Erdene the first Asian cosmonaut?")) == ["no"]
        assert labels(ask.answer("Was Batu Erdene the first Mongolian in space?")) == ["yes"]
        assert labels(ask.answer("Was Ken Oda the first journalist to report from orbit?")) == ["yes"]
        assert labels(ask.answer("Was Gus Marl the world's first space tourist?")) == ["no"]
        assert labels(ask.answer("Was Gus Marl the first space tourist?")) == ["no"]
        assert labels(ask.answer("Was Lena Voss the first woman to board the station?")) == []  # not said
        assert labels(ask.answer("Was Batu Erdene the first Asian to walk in space?")) == []  # another order
        assert labels(ask.answer("Was Ada Pell the world's first space tourist?")) == []  # never from silence
        assert labels(ask.answer("Was Ida Wren the first woman to earn commercial astronaut wings?")) == ["yes"]
        assert labels(ask.answer("Who was the first woman awarded commercial astronaut wings?")) == ["Ida Wren"]
        assert labels(ask.answer("Was Ida Wren the first woman to fly commercial astronauts?")) == []
        assert sorted(labels(ask.answer("Who were the first NASA astronauts to land in a foreign spacecraft?"))) == [
            "Ron Radek", "Tom Quill"]
        assert labels(ask.answer("Was Tom Quill the first NASA astronaut to land in a foreign spacecraft?")) == ["yes"]
        assert labels(ask.answer("Who was the first astronaut to land in a foreign spacecraft?")) == []  # NASA's


def test_a_step_out_into_space_is_a_spacewalk(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "Stepping out into the vacuum of space" is walking in space, so a second place in that
    order answers "Was X the first ... to perform a spacewalk?" with "no"; walking on the Moon is
    another deed."""
    text = ("Astronaut Ivo Brandt flew on the shuttle in May. During the mission Ivo Brandt performed his first "
            "spacewalk, becoming the second Norwegian to step out into the vacuum of space. "
            "Lia Moen became the first Norwegian to step onto the Moon's surface.")
    with asker_for(nlp, tmp_path_factory, text, "2015-10-02") as ask:
        assert labels(ask.answer("Was Ivo Brandt the first Norwegian to perform a spacewalk?")) == ["no"]
        assert labels(ask.answer("Was Ivo Brandt the first Norwegian to walk in space?")) == ["no"]
        assert labels(ask.answer("Was Ivo Brandt the first Norwegian to walk on the Moon?")) == []
        assert labels(ask.answer("Was Lia Moen the first Norwegian to walk on the Moon?")) == ["yes"]
        assert labels(ask.answer("Was Lia Moen the first Norwegian to perform a spacewalk?")) == []


_STATED = ("Dale Corbin became the first Canadian to operate the Vesta Station's robotic arm in space. "
           "Ardo Venn, the first European astronaut to set foot on the Vesta station, returned on Friday.")


@pytest.fixture(scope="module")
def stated_firsts(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    with asker_for(nlp, tmp_path_factory, _STATED, "2024-06-01") as asker:
        yield asker


@pytest.mark.parametrize(("question", "expected"), [
    ("What was Dale Corbin the first to do?", "first Canadian to operate the Vesta Station's robotic arm in space"),
    ("What firsts does Dale Corbin hold?", "first Canadian to operate the Vesta Station's robotic arm in space"),
    ("What was Ardo Venn the first to do?", "first European astronaut to set foot on the Vesta station"),
])
def test_a_first_is_answered_in_the_articles_words(stated_firsts: Asker, question: str, expected: str) -> None:
    assert [a.label for a in stated_firsts.answer(question).answers] == [expected]


def test_a_first_is_still_matched_by_meaning(stated_firsts: Asker) -> None:
    reply = stated_firsts.answer("Who was the first Canadian to operate the Vesta Station's robotic arm?")
    assert [a.label for a in reply.answers] == ["Dale Corbin"]


@pytest.mark.issue(11)
def test_a_group_told_by_descent_is_asked_as_written(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "The first person of African descent in space" is a group of its own: asked so, it is
    that first's holder; the first Latin American or the first person in space is no answer."""
    text = ("Dale Corbin was the first Latin American, the first person of African descent, and the first Cuban to "
            "fly in space. Carla Mendes, the first woman of Polish origin to walk in space, retired in 2030.")
    with asker_for(nlp, tmp_path_factory, text, "2031-04-10") as ask:
        for question in ("Who was the first person of African descent in space?",
                         "Who was the first person of African descent to fly in space?",
                         "Who was the first Cuban in space?", "Who was the first Latin American to fly in space?"):
            assert labels(ask.answer(question)) == ["Dale Corbin"], question
        assert labels(ask.answer("Who was the first woman of Polish origin to walk in space?")) == ["Carla Mendes"]
        for question in ("Who was the first person in space?", "Who was the first African in space?",
                         "Who was the first woman to walk in space?", "Who was the first person of Polish origin "
                         "to walk in space?", "Who was the first person of African descent to walk in space?"):
            assert labels(ask.answer(question)) == [], question
