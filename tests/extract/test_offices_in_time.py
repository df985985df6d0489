"""An office told with its time keeps it (extract/rules/careers.py, invented names): "future
director A", "A, who later became director", "went on to become administrator" are held later
(modality "later"); "then-administrator A", "A, then the administrator", "who was director at
the time", "former administrator A", "was administrator from 2009 to 2017" were held before, no
longer ("former"); a plain, "current"
or "now" title is held as the article tells it; "acting" stays part of the office."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def titles(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    """person -> (job title, modality) of the job titles read from the text."""
    found = next(extract(nlp, [Article(text, published="2031-05-05", id="t")]))
    names = {e.key: e.name for e in found.entities}
    return {names[f.subject]: (getattr(f.object, "value", ""), f.modality)
            for f in found.facts if f.predicate == "jobTitle"}


@pytest.mark.parametrize("text", [
    "Seated beside future Orla Space Center Director Tam Rook, Ivo Lind flew the shuttle.",
    "Ivo Lind flew with Tam Rook, who later became director of the Orla Space Center.",
    "Ivo Lind flew with Tam Rook, who went on to become director of the Orla Space Center.",
    "Tam Rook would later become the director of the Orla Space Center.",
    "Tam Rook eventually became director of the Orla Space Center.",
    "Tam Rook, the future director of the Orla Space Center, flew with Ivo Lind.",
])
def test_an_office_told_as_to_come_is_held_later(nlp: Language, text: str) -> None:
    title, held = titles(nlp, text).get("Tam Rook", ("", ""))
    assert (title.lower(), held) == ("director", "later")


@pytest.mark.parametrize("text", [
    "Then-administrator Tam Rook greeted the crew at the launch site.",
    "Then-Orla Space Agency Administrator Tam Rook greeted the crew.",
    "Tam Rook, then the administrator of the Orla Space Agency, greeted the crew.",
    "The crew was greeted by then Orla Space Agency administrator Tam Rook.",
    "Tam Rook, who was administrator of the Orla Space Agency at the time, greeted the crew.",
    "Former Orla Space Agency administrator Tam Rook greeted the crew.",
    "Tam Rook was administrator of the Orla Space Agency from 2009 to 2017.",
])
def test_an_office_told_as_of_then_was_held_before(nlp: Language, text: str) -> None:
    assert titles(nlp, text).get("Tam Rook", ("", ""))[1] == "former"


@pytest.mark.parametrize("text", [
    "Orla Space Agency administrator Tam Rook greeted the crew at the launch site.",
    "Tam Rook, the current administrator of the Orla Space Agency, greeted the crew.",
    "Tam Rook, now administrator of the Orla Space Agency, greeted the crew.",
    "The crew landed, and then Orla Space Agency Administrator Tam Rook spoke.",  # a step, not a time
    "Then Orla Space Agency Administrator Tam Rook spoke.",
    "The crew landed, then Orla Space Agency Administrator Tam Rook spoke.",  # a step after a comma
    "Tam Rook has been administrator of the Orla Space Agency since 2017.",
])
def test_an_office_told_plainly_is_held_as_told(nlp: Language, text: str) -> None:
    assert titles(nlp, text).get("Tam Rook", ("", ""))[1] == "reported"


def test_a_stand_in_office_keeps_its_word(nlp: Language) -> None:
    found = titles(nlp, "Tam Rook, acting Orla Space Agency administrator and a former pilot, spoke.")
    assert found.get("Tam Rook") == ("acting administrator", "reported")


def test_a_post_only_talked_of_is_still_no_title(nlp: Language) -> None:
    assert "Tam Rook" not in titles(nlp, "Tam Rook is widely seen as a likely future director of the center.")


def test_a_trade_taken_up_later_is_held_still(nlp: Language) -> None:
    """ "went on to become a NASA astronaut": an astronaut is one still, and NASA their employer."""
    found = next(extract(nlp, [Article("Tam Rook flew fighters and went on to become a NASA astronaut.",
                                       published="2031-05-05", id="t")]))
    assert {f.modality for f in found.facts if f.predicate == "employer"} == {"reported"}


@pytest.mark.parametrize(("text", "organisation", "held"), [
    ("Seated in the pilot's seat, beside future Orla Space Center (OSC) Director Tam Rook, Ivo Lind flew.",
     "Orla Space Center", "later"),
    ("Orla Space Agency (OSA) administrator Tam Rook greeted the crew.", "Orla Space Agency", "reported"),
])
def test_an_office_names_its_organisation_across_a_short_name_in_brackets(nlp: Language, text: str,
                                                                            organisation: str, held: str) -> None:
    found = next(extract(nlp, [Article(text, published="2031-05-05", id="t")]))
    names = {e.key: e.name for e in found.entities}
    employers = {(names[f.subject], names[str(f.object)], f.modality) for f in found.facts if f.predicate == "employer"}
    assert employers == {("Tam Rook", organisation, held)}


@pytest.mark.parametrize("text", [
    '"The class is strong," said Tam Rook, acting Orla Space Agency administrator.',
    '"We will fly again," said Tam Rook, the acting administrator of the Orla Space Agency.',
])
def test_a_title_after_a_quoted_speaker_is_theirs(nlp: Language, text: str) -> None:
    assert titles(nlp, text).get("Tam Rook", ("", ""))[0] == "acting administrator"


def test_a_title_before_its_own_verb_is_someone_else(nlp: Language) -> None:
    assert "Tam Rook" not in titles(nlp, "Beside Tam Rook, the administrator spoke.")


def spans(nlp: Language, text: str) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """person -> (job title, modality, the years of the span it was held) of the titles read."""
    found = next(extract(nlp, [Article(text, published="2031-05-05", id="t")]))
    names = {e.key: e.name for e in found.entities}
    return {names[f.subject]: (getattr(f.object, "value", ""), f.modality,
                               tuple(str(getattr(v, "value", "")) for _, v in f.qualifiers))
            for f in found.facts if f.predicate == "jobTitle"}


@pytest.mark.parametrize(("text", "title", "years"), [
    ("Tam Rook was administrator of the Orla Space Agency from 2009 to 2017.", "administrator", ("2009", "2017")),
    ("Tam Rook served as director of the Orla Space Center between 2005 and 2011.", "director", ("2005", "2011")),
    ("Tam Rook, the Orla Space Agency's administrator from 2009 to 2017, spoke at the launch.", "administrator",
     ("2009", "2017")),
    ("Tam Rook, administrator of the Orla Space Agency from 2009 until 2017, spoke.", "administrator",
     ("2009", "2017")),
    ("Tam Rook, who was director of the Orla Space Center from 2005 to 2011, spoke.", "director", ("2005", "2011")),
    ("From 2009 to 2017, Tam Rook was administrator of the Orla Space Agency.", "administrator", ("2009", "2017")),
    ("Tam Rook was chief of the astronaut office from 1990 to 1994.", "chief", ("1990", "1994")),
])
def test_an_office_told_with_its_years_was_held_in_them(nlp: Language, text: str, title: str,
                                                        years: tuple[str, str]) -> None:
    assert spans(nlp, text).get("Tam Rook") == (title, "former", years)


@pytest.mark.parametrize("text", [
    "Tam Rook, the Orla Space Agency administrator, flew from 2009 to 2017.",  # the span of the flying
    "Tam Rook, administrator of the Orla Space Agency, said the station flew from 2009 to 2017.",
    "Tam Rook was administrator of the Orla Space Agency in 2009.",  # one year: no span
    "Tam Rook has been administrator of the Orla Space Agency since 2017.",
])
def test_years_of_something_else_are_no_span_of_the_office(nlp: Language, text: str) -> None:
    assert spans(nlp, text).get("Tam Rook", ("", "", ()))[2] == ()


def test_an_office_served_in_is_read_without_its_article(nlp: Language) -> None:
    """ "served as director of X": an office held, as "served as the director" is; "with A as pilot"
    stays a seat."""
    assert spans(nlp, "Tam Rook served as director of the Orla Space Center.").get("Tam Rook", ("",))[0] \
        == "director"
    assert "Ivo Lind" not in spans(nlp, "Tam Rook flew to the station with Ivo Lind as pilot.")
