"""Components on a blank English pipeline: gazetteer, name fixes, dates.

No statistical model: entities are set by hand where a component needs them, so each test
shows one component's behaviour.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import extract  # noqa: F401  (registers the extensions and factories)
from extract.components.dates import DateMention, find_dates, resolve
from extract.components.gazetteer import capsule_patterns, compile_rules, entity_patterns, place_patterns
from extract.facts import Literal


def blank(*pipes: str) -> Language:
    nlp = spacy.blank("en")
    for name in pipes:
        nlp.add_pipe(name)
    return nlp


def ents(doc: Doc) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents]


# ---------------------------------------------------------------------- gazetteer


def test_gazetteer_names_missions_craft_and_agencies_with_canonical_names() -> None:
    doc = blank("astrokg_entities")("Nasa flew STS-134 on Endeavour; Soyuz MS-22 left Baikonur for the ISS.")
    found = ents(doc)
    assert ("Nasa", "AGENCY", "NASA") in found
    assert ("STS-134", "MISSION", "STS-134") in found
    assert ("Soyuz MS-22", "SPACECRAFT", "Soyuz MS-22") in found
    assert ("Baikonur", "LAUNCH_SITE", "Baikonur Cosmodrome") in found
    assert ("ISS", "STATION", "International Space Station") in found


def test_every_phrase_of_the_gazetteer_passes_its_first_letter_look_ahead() -> None:
    """The look-ahead is read from the phrases (extract.components.first_letters): each phrase
    is found where it stands, in any case when its patterns fold case."""
    _, phrases = compile_rules([*entity_patterns(), *place_patterns(), *capsule_patterns()])
    for rule in phrases:
        for phrase in rule.names:
            for written in (phrase, phrase.upper(), phrase.title()) if rule.fold else (phrase,):
                found = rule.regex.match(written)
                assert found is not None and found.group(0) == written, written


def test_gazetteer_patterns_generalise_to_numbers_never_listed() -> None:
    doc = blank("astrokg_entities")("Apollo 17, Shenzhou-21, Expedition 73 and Soyuz TMA-11M all flew.")
    assert [(e.text, e.kb_id_) for e in doc.ents] == [
        ("Apollo 17", "Apollo 17"), ("Shenzhou-21", "Shenzhou-21"), ("Expedition 73", "Expedition 73"),
        ("Soyuz TMA-11M", "Soyuz TMA-11M"),
    ]


@pytest.mark.parametrize(("text", "name"), [
    ("Soyuz-TM 41 docked.", "Soyuz TM-41"),  # the spelling of an archive's catalogue
    ("SoyuzTM-41 docked.", "Soyuz TM-41"),
    ("Soyuz-TMA 22M docked.", "Soyuz TMA-22M"),
    ("Soyuz-T 19 docked.", "Soyuz T-19"),
])
def test_a_soyuz_whose_hyphen_moved_is_the_same_craft(text: str, name: str) -> None:
    doc = blank("astrokg_entities")(text)
    assert [(e.kb_id_, e.label_) for e in doc.ents] == [(name, "SPACECRAFT")]


@pytest.mark.parametrize("text", ["The Soyuz-U 2 rocket flew.", "The Soyuz-2.1a rocket flew.", "Soyuz-FG 41 flew."])
def test_a_soyuz_rocket_is_no_soyuz_craft(text: str) -> None:
    doc = blank("astrokg_entities")(text)
    assert not [e for e in doc.ents if e.label_ == "SPACECRAFT"]


def test_a_plural_expedition_name_gives_one_entity_per_number() -> None:
    doc = blank("astrokg_entities")("She served on Expeditions 59, 60 and 61.")
    assert [e.kb_id_ for e in doc.ents] == ["Expedition 59", "Expedition 60", "Expedition 61"]


def test_places_and_demonyms_carry_their_country_or_state() -> None:
    doc = blank("astrokg_entities")("The American was born in Glen Ridge, NJ, not in the U.S. Virgin Islands.")
    found = ents(doc)
    assert ("American", "NORP", "United States") in found
    assert ("NJ", "GPE", "New Jersey") in found


def test_a_country_s_space_agency_is_that_agency() -> None:
    doc = blank("astrokg_entities")("The US space agency, Japan's space agency and the Russian space agency met.")
    assert [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "AGENCY"] == [
        ("US space agency", "NASA"), ("Japan's space agency", "JAXA"), ("Russian space agency", "Roscosmos"),
    ]


def test_gazetteer_spans_replace_overlapping_model_entities() -> None:
    nlp = blank("astrokg_entities")
    doc = nlp.make_doc("They landed on Earth September 11.")
    doc.ents = [Span(doc, 3, 6, label="EVENT")]  # the small model's error: "Earth September 11"
    doc = nlp.get_pipe("astrokg_entities")(doc)
    assert ents(doc) == [("Earth", "CELESTIAL", "Earth")]


# ---------------------------------------------------------------------- name fixes


def with_ents(text: str, spans: list[tuple[int, int, str]]) -> Doc:
    nlp = blank()
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in spans]
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "NOUN"
    return doc


def test_a_possessive_inside_a_person_span_is_trimmed() -> None:
    doc = with_ents("They beat Michael Lopez-Alegria’s record.", [(2, 7, "PERSON")])
    assert doc.ents[0].text == "Michael Lopez-Alegria’s"
    doc = blank("astrokg_names").get_pipe("astrokg_names")(doc)
    assert ents(doc) == [("Michael Lopez-Alegria", "PERSON", "")]


def test_a_surname_tagged_as_an_organisation_or_place_becomes_a_person() -> None:
    doc = with_ents("Gennady Padalka flew. Padalka landed. Kelly waved.", [(0, 2, "PERSON"), (4, 5, "GPE")])
    doc = blank("astrokg_names").get_pipe("astrokg_names")(doc)
    assert ents(doc) == [("Gennady Padalka", "PERSON", ""), ("Padalka", "PERSON", "")]


def test_a_plural_surname_is_a_family_not_a_person() -> None:
    doc = with_ents("Mark Kelly and the Kellys", [(0, 2, "PERSON"), (4, 5, "GPE")])
    doc = blank("astrokg_names").get_pipe("astrokg_names")(doc)
    assert ents(doc) == [("Mark Kelly", "PERSON", "")]


# ---------------------------------------------------------------------- dates


def test_full_partial_and_relative_dates_are_found() -> None:
    text = "On Monday, March 2, 2016, after 1 September 1969 and 1930-01-20, in June 1981, in February, in 1963, " \
           "on Tuesday."
    found = [text[d[0]:d[1]] for d in find_dates(text)]
    assert found == ["Monday, March 2, 2016", "1 September 1969", "1930-01-20", "June 1981", "February", "1963",
                     "Tuesday"]


def test_a_cospar_id_or_a_decade_is_not_a_date() -> None:
    assert find_dates("Its COSPAR ID is 2013-029A, a craft of the 1960s.") == []


def test_relative_dates_resolve_against_the_published_date() -> None:
    monday, = find_dates("on Monday")
    assert resolve(monday, "2017-04-26") == Literal("2017-04-24", "date")
    september, = find_dates("in September")
    assert resolve(september, "2024-06-05", future=True) == Literal("2024-09", "gYearMonth")
    assert resolve(september, "2024-06-05") == Literal("2023-09", "gYearMonth")


def test_a_partial_date_stays_partial_without_a_published_date() -> None:
    day, = find_dates("on March 27")
    assert resolve(day, None) == Literal("--03-27", "gMonthDay")
    monday, = find_dates("on Monday")
    assert resolve(monday, None) is None


def test_dates_component_stores_typed_records_that_stay_plain_data() -> None:
    doc = blank("astrokg_dates")("She launched on March 14, 2019.")
    date, = doc._.astrokg_dates
    assert (date.start, date.end, date.year, date.month, date.day) == (16, 30, 2019, 3, 14)
    assert list(date) == [16, 30, 2019, 3, 14, 0, "", 0]  # a tuple: positions work, and it crosses processes
    assert DateMention.of(list(date)) == date


def test_a_date_without_a_year_in_an_old_story_takes_the_story_year() -> None:
    text = "On June 16, 1963 she flew. She landed on June 19. Last year she spoke on June 2."
    dates = find_dates(text)
    assert resolve(dates[1], "2023-06-16") == Literal("1963-06-19", "date")
    assert resolve(dates[1], None) == Literal("1963-06-19", "date")


def test_years_told_from_other_years_take_their_year() -> None:
    text = "She flew in 2003, the same year she married. Two years later she flew again; the following " \
           "year she retired. Fifty years ago, Apollo 8 circled the Moon. Sixty years ago today Gagarin flew."
    found = {text[d[0]:d[1]]: resolve(d, "2021-04-12") for d in find_dates(text)}
    assert found["the same year"] == Literal("2003", "gYear")
    assert found["Two years later"] == Literal("2005", "gYear")
    assert found["the following year"] == Literal("2006", "gYear")
    assert found["Fifty years ago"] == Literal("1971", "gYear")
    assert found["Sixty years ago today"] == Literal("1961-04-12", "date")


def test_a_recent_day_ignores_the_year_of_an_old_story() -> None:
    text = "He returned on March 22, 1995. Officials said he died on September 7."
    last = find_dates(text)[-1]
    assert resolve(last, "2022-09-12") == Literal("1995-09-07", "date")
    assert resolve(last, "2022-09-12", anchored=False) == Literal("2022-09-07", "date")


def test_merged_record_mentions_keep_the_first_entity_and_date() -> None:
    """Index 0 is the article's first cluster or date, not a missing one."""
    from extract.frames.records import _merge

    into = {"previous": None, "ordinal": None, "date": 0, "possessor": None, "scope": "", "values": [1]}
    _merge(into, {"previous": 0, "ordinal": None, "date": 5, "possessor": 3, "scope": "US", "values": [2]})
    assert (into["previous"], into["date"], into["possessor"], into["scope"]) == (0, 0, 3, "US")
    assert into["values"] == [1, 2]
