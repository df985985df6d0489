"""A label, a credit, a byline or a head on a line of its own is a unit, not the start of the
sentence below it ("Mission Details" / "Soyuz 40 was a crewed flight ..."), and a line that
ends in a stop ends its sentence even after an abbreviation ("Fla."); a hard-wrapped paragraph
is still read as one, where a line breaks before a capital, a title or an initial. Invented
names and pages."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.components.lines import joined_lines, unit_lines_ends
from extract.name_keys import SHORT_TITLES
from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")

_SHEET = ("Success\nSoyuz 40\nTue May 06, 2031 08:34 UTC\nFirst crewed flight of the Soyuz 40 series.\n\n"
          "Rocket\nMission Details\nSoyuz 40\nSoyuz 40 was a crewed mission launched by the Norland space agency "
          "from the Tarn Cosmodrome on 6 May 2031 with two cosmonauts aboard, Ivan Orlov and Pavel Danin.")


def sentences(nlp: Language, text: str) -> list[str]:
    """The sentences the pipeline reads in ``text``, as their words."""
    found = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    return [" ".join(text[start:end].split()) for start, end in found.sentences]


@pytest.mark.parametrize(("text", "sentence"), [
    (_SHEET, "Soyuz 40 was a crewed mission launched by the Norland space agency from the Tarn Cosmodrome on 6 May "
             "2031 with two cosmonauts aboard, Ivan Orlov and Pavel Danin."),
    ("Voss Lands\n\nBy Kim Rand\nAna Voss landed in Tarnland on Monday after 180 days aboard the station.",
     "Ana Voss landed in Tarnland on Monday after 180 days aboard the station."),
    ("Voss Lands\n\nPhoto Credit: Orbit Agency\nAna Voss landed in Tarnland on Monday after 180 days in orbit.",
     "Ana Voss landed in Tarnland on Monday after 180 days in orbit."),
    ("Voss Lands\n\nThe return journey\nAna Voss landed in Tarnland on Monday after 180 days aboard the station.",
     "Ana Voss landed in Tarnland on Monday after 180 days aboard the station."),
    ("Voss Lands\n\nAna Voss was born in Tampa, Fla.\nThe crew landed in Tarnland on Monday.",
     "The crew landed in Tarnland on Monday."),
])
def test_a_line_of_its_own_is_no_part_of_the_sentence_below(nlp: Language, text: str, sentence: str) -> None:
    assert sentence in sentences(nlp, text)


def test_a_data_sheet_s_flight_keeps_its_launch(nlp: Language) -> None:
    found = triples(nlp, _SHEET)
    assert ("soyuz 40", "launchDate", "2031-05-06") in found
    assert not {t for t in found if t[0] in ("rocket", "mission details")}


_WRAPPED = ("Voss Returns\n\n"
            "Ana Voss and Tom Quill arrived at the station on April 28 aboard the Soyuz\n"
            "TMA-40 spacecraft and spent six months aboard the outpost with Commander\n"
            "Ivan Orlov, who had flown there twice before on the Norland Space\n"
            "Agency's flights, and they landed in the steppe of Tarnland on Monday.")


@pytest.mark.parametrize("text", [
    _WRAPPED,
    "Voss Returns\n\nThe crew was led by Col.\nAna Voss, who landed in Tarnland on Monday with Tom Quill.",
    "Voss Returns\n\nThe flight of Ana Voss and Tom Quill ended in the U.S.\nNavy ships met the capsule.",
])
def test_a_hard_wrapped_paragraph_has_no_unit_lines(text: str) -> None:
    assert not unit_lines_ends(joined_lines(text))


@pytest.mark.parametrize("title", sorted(SHORT_TITLES))
def test_a_line_that_ends_in_a_short_title_goes_on(title: str) -> None:
    """Every rank and title the class lists know (extract.name_keys.SHORT_TITLES), one table."""
    text = f"Voss Returns\n\nThe crew was led by {title}.\nAna Voss, who landed in Tarnland on Monday with Tom Quill."
    assert not unit_lines_ends(joined_lines(text))


def test_a_hard_wrapped_paragraph_is_one_sentence(nlp: Language) -> None:
    assert len(sentences(nlp, _WRAPPED)) == 2  # the headline and the paragraph
    assert ("ana voss", "spacecraft", "tma-40") not in triples(nlp, _WRAPPED)  # no craft cut in two
    assert any("Soyuz TMA-40" in s for s in sentences(nlp, _WRAPPED))


@pytest.mark.parametrize("text", [
    "Rocket\nMission Details\nSoyuz 40\nSoyuz 40 was a crewed mission launched by Norland in 2031.",
    "Voss Lands\n\nBy Kim Rand\nAna Voss landed in Tarnland on Monday after 180 days aboard the station.",
    "Photo: Orbit Agency\nAna Voss landed in Tarnland on Monday.",
])
def test_unit_lines_end_before_the_sentence(text: str) -> None:
    ends = unit_lines_ends(text)
    assert ends and all(text[end] == "\n" for end in ends)
    assert text.rindex("\n") in ends  # the line above the sentence


@pytest.mark.parametrize("credit", ["Photo Credit: Orbit Agency", "Credit: Kim Rand/Orbit Agency",
                                    "Image courtesy of Orbit Agency", "Source: Tarn News / Orbit Agency"])
def test_a_credit_ending_a_caption_s_line_ends_its_sentence(nlp: Language, credit: str) -> None:
    text = ("Voss Lands\n\nThe capsule of Ana Voss and Tom Quill floats down under its parachutes in 2030. "
            f"{credit}\nFor the first time a crew landed in Tarnland, and Voss said the ride was smooth.")
    assert "\n" in joined_lines(text)  # the credit's last name and the next line's first word are no one name
    assert "For the first time a crew landed in Tarnland, and Voss said the ride was smooth." in sentences(nlp, text)


@pytest.mark.parametrize("text", [
    "The leak was traced by the crew to a valve whose source was the\nStation's old cooling loop.",
    "Ana Voss said the photo was taken by her crewmate Tom Quill in 2030 near\nTarnland.",
])
def test_prose_that_tells_of_a_source_or_photo_is_no_credit(text: str) -> None:
    assert not unit_lines_ends(joined_lines("Voss Returns\n\n" + text))


_LAUNCH = ("Second Ride for Wren\n\nBy the Tarn Coast staff\nCAPE TARN, Fla. — Those who waited were rewarded: "
           "at 5:49 a.m. Friday a Lark 9 rocket climbed away from Pad 7 with Ana Voss and Tom Quill strapped into "
           "the capsule Wren.")


def test_a_dateline_is_no_part_of_the_sentence_it_opens(nlp: Language) -> None:
    found = sentences(nlp, _LAUNCH)
    assert "CAPE TARN, Fla. —" in found
    assert any(s.startswith("Those who waited were rewarded") for s in found)


@pytest.mark.parametrize("text", [
    "NEAR ARKOL, Tarnland (Wire) - A Norland cosmonaut and a space tourist returned to Earth on Tuesday.",
    "HOUSTON -- Ana Voss landed in Tarnland on Monday after 180 days aboard the station.",
])
def test_a_dateline_s_sentence_starts_after_its_dash(nlp: Language, text: str) -> None:
    found = sentences(nlp, "Voss Returns\n\n" + text)
    assert any(s.startswith(("A Norland", "Ana Voss")) for s in found)
