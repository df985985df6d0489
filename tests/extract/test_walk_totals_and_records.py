"""A spacewalk time told as a record is the record's figure, never one walk's length for the
walker and her partner; a time told over several walks is their total (invented names, the
session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.facts import Term


def _durations(nlp: Language, text: str) -> dict[str, set[tuple[str, bool]]]:
    """Each person's spacewalk durations, each with whether it is told as a total."""
    ex = next(extract(nlp, [Article(text, published="2031-02-04", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    found: dict[str, set[tuple[str, bool]]] = {}
    for f in ex.facts:
        if f.predicate == "spacewalkDuration" and f.object is not None and hasattr(f.object, "value"):
            total = ("scope", Term("Cumulative")) in f.qualifiers
            found.setdefault(names[f.subject], set()).add((f.object.value, total))
    return found


@pytest.mark.parametrize("text", [
    "Stepping out of the hatch with crewmate Tomas Kell, Ana Voss recorded a new record of 22 hours and 27 minutes "
    "during her third spacewalk.",
    "Ana Voss set a new spacewalking record of 22 hours and 27 minutes on her fourth spacewalk with Tomas Kell.",
    "During Thursday's spacewalk with Tomas Kell, Ana Voss pushed her record to 22 hours and 27 minutes.",
])
def test_a_record_figure_is_no_walk_s_length(nlp: Language, text: str) -> None:
    found = _durations(nlp, text)
    assert "Tomas Kell" not in found, found
    assert ("1347", False) not in found.get("Ana Voss", set()), found


@pytest.mark.parametrize("text", [
    "In three excursions onto the lunar surface, Ana Voss logged 20 hours and 15 minutes in extravehicular "
    "activities.",
    "Over her four spacewalks, Ana Voss spent 20 hours and 15 minutes outside the station.",
    "Ana Voss made two spacewalks, which lasted 20 hours and 15 minutes.",
])
def test_a_time_over_several_walks_is_their_total(nlp: Language, text: str) -> None:
    found = _durations(nlp, text)
    assert found.get("Ana Voss") == {("1215", True)}, found


def test_one_walk_s_length_stays_one_walk_s(nlp: Language) -> None:
    found = _durations(nlp, "Ana Voss and Tomas Kell completed a six-hour spacewalk on Saturday.")
    assert found == {"Ana Voss": {("360", False)}, "Tomas Kell": {("360", False)}}, found


@pytest.mark.parametrize("text, minutes", [
    ("With Monday's 31 minutes, Ana Voss's total time on spacewalks comes to 23 hours and 20 minutes.", "1400"),
    ("Ana Voss made her fifth spacewalk on Monday. Her time on spacewalks now stands at 40 hours and 2 minutes.",
     "2402"),
])
def test_her_time_on_spacewalks_is_her_total(nlp: Language, text: str, minutes: str) -> None:
    """ "Her time on spacewalks comes to N": her career's total, not the walk's minutes told beside it."""
    assert _durations(nlp, text).get("Ana Voss") == {(minutes, True)}


@pytest.mark.parametrize("text", [
    "Ana Voss and Tomas Kell made three spacewalks in 2030. The first of those, at 8 hours and 3 minutes, was then "
    "the longest spacewalk ever made by a station crew; by the end of the repair Kell had six spacewalks to his name.",
    "The first walk, at 8 hours and 3 minutes, was the longest spacewalk by a station crew; Tomas Kell now has six "
    "spacewalks.",
])
def test_a_count_told_after_a_semicolon_makes_no_walk_s_length_a_total(nlp: Language, text: str) -> None:
    assert ("483", True) not in {d for ds in _durations(nlp, text).values() for d in ds}


@pytest.mark.parametrize("text", [
    "Ana Voss made a spacewalk with Tomas Kell on Monday. With Monday's 31 minutes, Voss's total time on spacewalks "
    "comes to 23 hours and 20 minutes.",
    "Ana Voss made a spacewalk with Tomas Kell on Monday. Her total time on spacewalks is now 23 hours and 20 minutes.",
    "Ana Voss made a spacewalk with Tomas Kell on Monday. Voss's time on spacewalks stands at 23 hours and 20 "
    "minutes.",
])
def test_a_person_s_time_on_spacewalks_is_their_total(nlp: Language, text: str) -> None:
    found = _durations(nlp, text)
    assert ("1400", True) in found.get("Ana Voss", set())
    assert ("1400", True) not in found.get("Tomas Kell", set())


@pytest.mark.parametrize("text", [
    "Ana Voss and Tomas Kell went outside the station on Monday, but water leaked and the spacewalk went into the "
    "books at 31 minutes.",
    "Ana Voss made a spacewalk outside the station on Monday that lasted 31 minutes.",
])
def test_one_walk_s_length_is_marked_as_one_walk_s(nlp: Language, text: str) -> None:
    ex = next(extract(nlp, [Article(text, published="2031-02-04", id="t")]))
    scopes = {dict(f.qualifiers).get("scope") for f in ex.facts if f.predicate == "spacewalkDuration"}
    assert scopes == {Term("SingleSpacewalk")}
