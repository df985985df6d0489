"""A person's length of time asked for one flight they flew ("How long was X's Soyuz 52
flight?") is the length tied to that flight, or the flight's own; a length tied to no flight
answers only when the graph puts them on the flight asked and knows no other flight of theirs,
a total over all their flights never; otherwise the reply says which length the articles give
and what they do not say of it. Asked in a year, one flight's length of someone who flew several
answers only when the articles date it or its flight in that year. Hand-declared facts,
invented names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.facts import Extraction, Literal, Term
from kg.ingest import graph_for
from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore
from tests.factories import ExtractionBuilder, asker_over, date, days, labels

_SINGLE = {"unit": Literal("day"), "scope": Term("SingleFlight")}


def _veterans() -> Extraction:
    b = ExtractionBuilder(
        "Vera Holt commanded Soyuz 47 and Soyuz 52; she made a flight of five days. Ana Pell flew Soyuz 47 and "
        "Soyuz 52, and spent six days on Soyuz 52. Lio Marsh flew Soyuz 58 for twelve days. Ida Roe spent nine "
        "days in space. Tam Eske flew Soyuz 47 and Soyuz 61; Soyuz 61 lasted 14 days. Ben Oru flew STS-141 on "
        "Atlantis for 11 days. Cal Dunn flew STS-141 and STS-150 on Atlantis and spent 13 days in space.",
        title="Veterans", id="veterans", published="2031-06-10",
    )
    for name in ("Vera Holt", "Ana Pell", "Lio Marsh", "Ida Roe", "Tam Eske", "Ben Oru", "Cal Dunn"):
        b.entity(name, "Astronaut")
    for craft in ("Soyuz 47", "Soyuz 52", "Soyuz 58", "Soyuz 61", "Atlantis"):
        b.entity(craft, "Spacecraft")
    for flight in ("STS-141", "STS-150"):
        b.entity(flight, "Spaceflight")
    b.fact("Soyuz 47", "commander", "Vera Holt", evidence="Vera Holt commanded Soyuz 47")
    b.fact("Soyuz 52", "commander", "Vera Holt", evidence="Soyuz 52")
    b.fact("Vera Holt", "timeInSpace", days("5"), evidence="a flight of five days", qualifiers=_SINGLE,
           as_of="2031-06-10")
    for craft in ("Soyuz 47", "Soyuz 52"):
        b.fact(craft, "crewMember", "Ana Pell", evidence="Ana Pell flew Soyuz 47 and Soyuz 52")
    b.fact("Ana Pell", "timeInSpace", days("6"), evidence="spent six days on Soyuz 52",
           qualifiers={**_SINGLE, "mission": "Soyuz 52"}, as_of="2031-06-10")
    b.fact("Soyuz 58", "crewMember", "Lio Marsh", evidence="Lio Marsh flew Soyuz 58")
    b.fact("Lio Marsh", "timeInSpace", days("12"), evidence="for twelve days", qualifiers=_SINGLE)
    b.fact("Ida Roe", "timeInSpace", days("9"), evidence="Ida Roe spent nine days in space", qualifiers=_SINGLE)
    for craft in ("Soyuz 47", "Soyuz 61"):
        b.fact(craft, "crewMember", "Tam Eske", evidence="Tam Eske flew Soyuz 47 and Soyuz 61")
    b.fact("Tam Eske", "timeInSpace", days("3"), evidence="Tam Eske flew", qualifiers=_SINGLE)
    b.fact("Soyuz 61", "flightLength", days("14"), evidence="Soyuz 61 lasted 14 days",
           qualifiers={"unit": Literal("day")})
    b.fact("STS-141", "crewMember", "Ben Oru", evidence="Ben Oru flew STS-141")
    b.fact("Ben Oru", "spacecraft", "Atlantis", evidence="on Atlantis")
    b.fact("Ben Oru", "timeInSpace", days("11"), evidence="for 11 days", qualifiers=_SINGLE)
    for flight in ("STS-141", "STS-150"):
        b.fact(flight, "crewMember", "Cal Dunn", evidence="Cal Dunn flew STS-141 and STS-150")
    b.fact("Cal Dunn", "spacecraft", "Atlantis", evidence="on Atlantis")
    b.fact("Cal Dunn", "timeInSpace", days("13"), evidence="spent 13 days in space", qualifiers=_SINGLE)
    return b.build()


def _flyers() -> Extraction:
    """Lengths told in an article of 2031 about flights long past, one dated by its own sentence,
    and people the graph puts on a flight in other ways, or only plans to."""
    b = ExtractionBuilder(
        "Rhea Sol flew Soyuz 47 and Soyuz 61, and in 2012, when she spent 124 days aboard, Soyuz 63. Eli Moss flew "
        "Soyuz 58 and Soyuz 64 and spent seven days on Soyuz 64. Soyuz 52 launched in 1974. Dee Vance flew STS-160 "
        "on Atlantis for ten days. Kit Lark flew STS-170 for nine days. Noa Brisk launched on Soyuz 66 and spent "
        "eight days in space. Kai Dorn will launch on Soyuz 67; she has spent 180 days in space. Ula Fenn flew "
        "Soyuz 65; she has logged 197 days over two missions.",
        title="Flyers", id="flyers", published="2031-06-10",
    )
    for name in ("Rhea Sol", "Eli Moss", "Dee Vance", "Kit Lark", "Noa Brisk", "Kai Dorn", "Ula Fenn"):
        b.entity(name, "Astronaut")
    for craft in ("Soyuz 47", "Soyuz 52", "Soyuz 58", "Soyuz 61", "Soyuz 63", "Soyuz 64", "Soyuz 65", "Soyuz 66",
                  "Soyuz 67", "Atlantis"):
        b.entity(craft, "Spacecraft")
    for flight in ("STS-160", "STS-170"):
        b.entity(flight, "Spaceflight")
    for craft in ("Soyuz 47", "Soyuz 61", "Soyuz 63"):
        b.fact(craft, "crewMember", "Rhea Sol", evidence="Rhea Sol flew Soyuz 47 and Soyuz 61")
    b.fact("Rhea Sol", "timeInSpace", days("124"), evidence="she spent 124 days aboard", qualifiers=_SINGLE,
           as_of="2012")
    for craft in ("Soyuz 58", "Soyuz 64"):
        b.fact(craft, "crewMember", "Eli Moss", evidence="Eli Moss flew Soyuz 58 and Soyuz 64")
    b.fact("Eli Moss", "timeInSpace", days("7"), evidence="spent seven days on Soyuz 64",
           qualifiers={**_SINGLE, "mission": "Soyuz 64"}, as_of="2031-06-10")
    b.fact("Soyuz 52", "launchDate", date("1974"), evidence="Soyuz 52 launched in 1974")
    b.fact("STS-160", "crewMember", "Dee Vance", evidence="Dee Vance flew STS-160")
    b.fact("STS-160", "spacecraft", "Atlantis", evidence="STS-160 on Atlantis")
    b.fact("Dee Vance", "timeInSpace", days("10"), evidence="for ten days", qualifiers=_SINGLE)
    b.fact("STS-170", "crewMember", "Kit Lark", evidence="Kit Lark flew STS-170")
    b.fact("Kit Lark", "timeInSpace", days("9"), evidence="for nine days", qualifiers=_SINGLE)
    b.fact("Noa Brisk", "launchVehicle", "Soyuz 66", evidence="Noa Brisk launched on Soyuz 66")
    b.fact("Noa Brisk", "timeInSpace", days("8"), evidence="spent eight days in space", qualifiers=_SINGLE)
    b.fact("Kai Dorn", "launchVehicle", "Soyuz 67", evidence="Kai Dorn will launch on Soyuz 67", modality="planned")
    b.fact("Kai Dorn", "timeInSpace", days("180"), evidence="she has spent 180 days in space",
           qualifiers={"unit": Literal("day")})
    b.fact("Soyuz 65", "crewMember", "Ula Fenn", evidence="Ula Fenn flew Soyuz 65")
    b.fact("Ula Fenn", "timeInSpace", days("197"), evidence="she has logged 197 days over two missions",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")})
    return b.build()


asker = asker_over(_veterans, _flyers)


@pytest.mark.parametrize("question", [
    "How long was Holt's Soyuz 52 flight?",
    "How many days did Vera Holt spend in space on Soyuz 52?",
    "How long did Vera Holt stay on Soyuz 47?",
])
def test_an_untied_length_of_someone_who_flew_twice_is_no_flights(asker: Asker, question: str) -> None:
    answer = asker.answer(question)
    assert not answer.answers
    assert "5 days" in (answer.message or "") and "do not tie" in (answer.message or "")


@pytest.mark.parametrize("question", ["How long did Vera Holt spend in space?",
                                      "How many days did Vera Holt log in space?", "How long was Cal Dunn in space?"])
def test_one_flights_length_is_no_answer_of_someone_who_flew_others(asker: Asker, question: str) -> None:
    """No flight asked: the time in space of someone who flew two flights is a total, which the
    articles do not give (one flight's five days is a part of it)."""
    answer = asker.answer(question)
    assert not answer.answers
    assert "one flight of" in (answer.message or "") and "no total" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("How long did Lio Marsh spend in space?", "12 days (single flight)"),
    ("How many days did Ida Roe log in space?", "9 days (single flight)"),
])
def test_one_flights_length_answers_when_no_other_flight_is_known(asker: Asker, question: str,
                                                                    expected: str) -> None:
    """One flight known, or none: the stated length answers."""
    assert labels(asker.answer(question)) == [expected]


@pytest.mark.parametrize(("question", "expected"), [
    ("How many days did Rhea Sol spend in space in 2012?", "124 days (single flight)"),
    ("How long was Rhea Sol in space in 2012?", "124 days (single flight)"),
    ("How many days did Ana Pell spend in space in 1974?", "6 days (single flight)"),
    ("How long did Ana Pell spend in space in 1974?", "6 days (single flight)"),
])
def test_a_year_picks_the_flight_of_several_it_dates(asker: Asker, question: str, expected: str) -> None:
    """Dated in the year asked by its own sentence, or tied to a flight launched then."""
    assert labels(asker.answer(question)) == [expected]


@pytest.mark.parametrize(("question", "missing"), [
    ("How many days did Vera Holt spend in space in 2031?", "do not say which flight it was, nor date it in 2031"),
    ("How long was Vera Holt in space in 2031?", "do not say which flight it was, nor date it in 2031"),
    ("How many days did Vera Holt log in space in June 2031?", "do not say which flight it was, nor date it in 2031"),
    ("How many days did Rhea Sol spend in space in 2013?", "do not say which flight it was, nor date it in 2013"),
    ("How many days did Ana Pell spend in space in 2031?", "date Soyuz 52, which it is tied to, in 1974, not in 2031"),
    ("How many days did Eli Moss spend in space in 2031?", "do not date Soyuz 64, which it is tied to"),
])
def test_a_year_that_dates_neither_the_length_nor_its_flight_picks_none(asker: Asker, question: str,
                                                                        missing: str) -> None:
    """The article's own date (2031) is no date of a flight it tells of; a length dated in
    another year, or tied to a flight dated in another or in none, is not the year's."""
    answer = asker.answer(question)
    assert not answer.answers
    assert missing in (answer.message or "")


@pytest.mark.parametrize("question", [
    "How long was Ana Pell's Soyuz 52 flight?",
    "How many days did Ana Pell spend in space on Soyuz 52?",
])
def test_a_length_tied_to_the_flight_answers(asker: Asker, question: str) -> None:
    assert labels(asker.answer(question)) == ["6 days (single flight)"]


def test_a_length_tied_to_another_flight_does_not(asker: Asker) -> None:
    assert labels(asker.answer("How long was Ana Pell's Soyuz 47 flight?")) == []


@pytest.mark.parametrize("question", [
    "How long was Lio Marsh's Soyuz 58 flight?",
    "How many days did Lio Marsh spend in space on Soyuz 58?",
])
def test_an_untied_length_of_the_only_flight_known_answers(asker: Asker, question: str) -> None:
    assert labels(asker.answer(question)) == ["12 days (single flight)"]


@pytest.mark.parametrize("question", [
    "How many days did Ida Roe spend in space on Soyuz 58?",
    "How long was Ida Roe's Soyuz 58 flight?",
    "How long did Ida Roe stay on Soyuz 58?",
    "How long was Kai Dorn's Soyuz 67 flight?",
    "How long was Kit Lark's flight on Atlantis?",
])
def test_an_untied_length_of_someone_not_put_on_the_flight_is_no_answer(asker: Asker, question: str) -> None:
    """No flight of Ida Roe's is known, Kai Dorn's is only planned, Kit Lark's STS-170 is not
    said to have flown Atlantis: the length may be of any flight, and the articles do not say
    they flew the one asked."""
    answer = asker.answer(question)
    assert not answer.answers
    assert "do not say" in (answer.message or "") and "flew on" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("How long was Noa Brisk's Soyuz 66 flight?", "8 days (single flight)"),
    ("How many days did Noa Brisk spend in space on Soyuz 66?", "8 days (single flight)"),
    ("How long was Dee Vance's flight on Atlantis?", "10 days (single flight)"),
])
def test_an_untied_length_answers_for_the_one_flight_they_launched_on_or_whose_craft_flew(
        asker: Asker, question: str, expected: str) -> None:
    assert labels(asker.answer(question)) == [expected]


def test_the_flights_own_length_answers_for_someone_not_put_on_it(asker: Asker) -> None:
    assert labels(asker.answer("How long was Ida Roe's Soyuz 61 flight?")) == ["14 days"]


@pytest.mark.parametrize("question", [
    "How many days did Ula Fenn spend in space on Soyuz 65?",
    "How long was Ula Fenn's Soyuz 65 flight?",
    "How long did Ula Fenn stay on Soyuz 65?",
])
def test_a_total_over_all_flights_is_never_one_flights_length(asker: Asker, question: str) -> None:
    answer = asker.answer(question)
    assert not answer.answers
    assert "197 days" in (answer.message or "")


def test_the_flights_own_length_answers_over_an_untied_one(asker: Asker) -> None:
    assert labels(asker.answer("How long was Tam Eske's Soyuz 61 flight?")) == ["14 days"]
    assert labels(asker.answer("How long was Tam Eske's Soyuz 47 flight?")) == []


def test_a_craft_that_flew_many_times_asks_of_the_one_flight_known(asker: Asker) -> None:
    assert labels(asker.answer("How long was Ben Oru's flight on Atlantis?")) == ["11 days (single flight)"]
    assert labels(asker.answer("How long was Cal Dunn's flight on Atlantis?")) == []


def test_two_people_answer_only_if_neither_flew_another_flight(asker: Asker) -> None:
    assert labels(asker.answer("How many days did Vera Holt and Lio Marsh spend in space on Soyuz 52?")) == []


_PREVIEWS = {
    "quill": "Mara Quill, who has spent 180 days in space, will launch on Soyuz 41 next week.",
    "dray": "Ivo Dray flew Soyuz 44. Over his two missions he has spent 197 days in space.",
    "senn": "Lia Senn flew Soyuz 46. She landed on Friday, bringing her time in space to 214 days over two flights.",
}


@pytest.fixture(scope="module")
def previewed(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    store = OxigraphStore(Path(tmp_path_factory.mktemp("previews")) / "store")
    try:
        store.write([graph_for(store, e) for e in extract(nlp, [
            Article(text, published="2031-06-10", id=key) for key, text in _PREVIEWS.items()])])
        yield Asker(store, nlp)
    finally:
        store.close()


@pytest.mark.parametrize("question", [
    "How long was Mara Quill's Soyuz 41 flight?",
    "How many days did Mara Quill spend in space on Soyuz 41?",
    "How long was Ivo Dray's Soyuz 44 flight?",
    "How many days did Ivo Dray spend on Soyuz 44?",
    "How long was Lia Senn's Soyuz 46 flight?",
])
def test_a_career_total_told_in_an_article_answers_no_flights_length(previewed: Asker, question: str) -> None:
    """A present perfect total before a flight, or a total over two flights, read by the
    extractor and asked of one flight: never that flight's length."""
    assert labels(previewed.answer(question)) == []


@pytest.mark.parametrize(("question", "expected"), [
    ("How many days has Mara Quill spent in space?", "180 days"),
    ("How many days has Ivo Dray spent in space in total?", "197 days"),
])
def test_the_career_total_answers_the_total(previewed: Asker, question: str, expected: str) -> None:
    assert labels(previewed.answer(question)) == [expected]
