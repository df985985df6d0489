"""Where someone is from and whom they work for, told the way reporters list a class or a
crew: a place or an organisation set after a name with "of" ("Jane Korr of Calgary", "Lt. Col.
Ada Brenn of the Norland Air Force"), a "from" after a word set beside the name ("X, 46, a
wellness coach from Y") and "hails from". Invented names, several phrasings each, and the
forms that must not give the fact."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2031-06-10")


def objects(found: set[Key], name: str, predicate: str) -> set[str]:
    return {k[2] for k in found if k[0] == name and k[1] == predicate}


@pytest.mark.parametrize("text, name, place", [
    ("The agency introduced its two newest astronauts: Jane Korr of Calgary and Tom Pell of Tulsa.",
     "jane korr", "calgary"),
    ("The agency introduced its two newest astronauts: Jane Korr of Calgary and Tom Pell of Tulsa.",
     "tom pell", "tulsa"),
    ("Dana Voss of Lebanon, Mo., was chosen for the flight.", "dana voss", "lebanon"),
    ("The class includes Marco Pardo of Guaynabo, Puerto Rico, and two pilots.", "marco pardo", "guaynabo"),
    ("Dana Voss hails from Tulsa.", "dana voss", "tulsa"),
    ("Dana Voss, 41, hails from Denver and was born in 1990.", "dana voss", "denver"),
    ("Kara Scholl, 46, a wellness coach from Denver, flew with two friends.", "kara scholl", "denver"),
    ("Kara Scholl, a baker from Tulsa, bought a seat.", "kara scholl", "tulsa"),
])
def test_a_place_after_a_name_is_where_the_person_comes_from(
        nlp: Language, text: str, name: str, place: str) -> None:
    assert place in objects(keys(nlp, text), name, "hometown")


@pytest.mark.parametrize("text", [
    "The mayor of Tulsa, Dana Voss, welcomed the crew.",
    "Dana Voss, the governor of Ohio, spoke at the launch.",
    "Dana Voss spoke of Tulsa with warmth.",
    "Dana Voss flew over Tulsa.",
    "Dana Voss of Fort Saskatchewan, Alta., was chosen.",  # a name the parse cuts short ("Saskatchewan")
])
def test_a_place_that_is_not_told_as_the_persons_is_no_hometown(nlp: Language, text: str) -> None:
    assert not objects(keys(nlp, text), "dana voss", "hometown")


def test_a_country_after_a_name_is_the_nationality(nlp: Language) -> None:
    found = keys(nlp, "Ivan Petrov of Russia and Kara Scholl, a coach from Antigua and Barbuda, flew.")
    assert objects(found, "ivan petrov", "nationality") == {"russia"}
    assert objects(found, "kara scholl", "nationality") == {"antigua and barbuda"}
    assert not objects(found, "kara scholl", "hometown")


@pytest.mark.parametrize("text, name, org", [
    ("In the cabin were Lt. Col. Ada Brenn of the Italian Air Force and a physician.", "ada brenn",
     "italian air force"),
    ("Bill Nolan of NASA praised the crew.", "bill nolan", "nasa"),
    ("Sam Ortiz of Blue Origin said the flight went well.", "sam ortiz", "blue origin"),
])
def test_an_organisation_after_a_name_is_the_employer(nlp: Language, text: str, name: str, org: str) -> None:
    assert org in objects(keys(nlp, text), name, "employer")


@pytest.mark.parametrize("text", [
    "Sam Ortiz met the head of NASA.",
    "Sam Ortiz spoke of NASA with pride.",
])
def test_an_organisation_not_set_after_the_name_is_no_employer(nlp: Language, text: str) -> None:
    assert not objects(keys(nlp, text), "sam ortiz", "employer")


@pytest.mark.parametrize("text, place", [
    ("Dana Voss flew in 2020. It would be the fifth flight for the Denver native, who was born in 1960.", "denver"),
    ("Dana Voss flew in 2020. The Ohio native said she was proud.", "ohio"),
])
def test_the_native_told_of_again_is_the_person_named_before(nlp: Language, text: str, place: str) -> None:
    assert objects(keys(nlp, text), "dana voss", "hometown") == {place}


@pytest.mark.parametrize("text", [
    "Dana Voss flew in 2020. Many Ohio natives watched the launch.",
    "Dana Voss flew in 2020. Ed Marsh, another Ohio native, watched.",
    "Dana Voss, the farm girl from a southern Iowa town, is going back to space.",
])
def test_a_native_of_no_one_named_before_and_a_town_unnamed_are_not_hers(nlp: Language, text: str) -> None:
    assert not objects(keys(nlp, text), "dana voss", "hometown")


@pytest.mark.parametrize("text, name, predicate, value", [
    ("Koch will be the first woman and Jeremy Hale, of the Canadian Space Agency, the first Canadian.",
     "jeremy hale", "employer", "canadian space agency"),
    ("The crew includes Dana Voss, of Lebanon, Mo., and two pilots.", "dana voss", "hometown", "lebanon"),
])
def test_the_of_after_a_comma_is_the_names_too(nlp: Language, text: str, name: str, predicate: str,
                                                value: str) -> None:
    assert value in objects(keys(nlp, text), name, predicate)
