"""Who a person is, told in the words around a name (extract/rules/descriptors.py and the
role rule): employer, nationality, occupation and title, on texts written for these tests
with invented names, in the forms news uses, and the cases that are not such facts."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2024-06-10")


@pytest.mark.parametrize("text", [
    "The capsule carried NASA astronaut Pola Venn to the station on Friday.",
    "The capsule carried NASA's Pola Venn to the station on Friday.",
    "Pola Venn, a flight engineer with NASA, reached the station on Friday.",
    "Pola Venn of NASA reached the station on Friday.",
    "The roster lists Pola Venn (NASA) as the pilot.",
    "Pola Venn, 41, a NASA astronaut on her first flight, reached the station on Friday.",
])
def test_employer_phrasings(nlp: Language, text: str) -> None:
    assert key("Pola Venn", "employer", "NASA") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "The station welcomed Roscosmos cosmonauts Ilya Borzov, Dmitri Yarovoy and Oleg Tarkov on Friday.",
    "The station welcomed Roscosmos' Ilya Borzov and Dmitri Yarovoy on Friday, and Oleg Tarkov of Roscosmos.",
])
def test_a_plural_or_possessive_descriptor_covers_its_list(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Ilya Borzov", "Dmitri Yarovoy", "Oleg Tarkov"):
        assert key(name, "employer", "Roscosmos") in found


def test_each_name_keeps_its_own_descriptor(nlp: Language) -> None:
    found = keys(nlp, "The Soyuz carried Roscosmos cosmonauts Ilya Borzov and Dmitri Yarovoy and NASA astronaut "
                      "Pola Venn. Riding with them are NASA's Kai Brandt, the pilot, NASA's Ana Lutz and Pia Rensen "
                      "of the European Space Agency.")
    assert key("Dmitri Yarovoy", "employer", "Roscosmos") in found
    assert key("Pola Venn", "employer", "NASA") in found
    assert key("Pola Venn", "employer", "Roscosmos") not in found
    assert key("Ana Lutz", "employer", "NASA") in found
    assert key("Pia Rensen", "employer", "European Space Agency") in found
    assert key("Pia Rensen", "employer", "NASA") not in found


def test_a_singular_descriptor_is_not_shared(nlp: Language) -> None:
    found = keys(nlp, "The capsule carried NASA astronaut Pola Venn and Tomas Grell, a Danish engineer.")
    assert key("Pola Venn", "employer", "NASA") in found
    assert key("Tomas Grell", "employer", "NASA") not in found
    assert key("Tomas Grell", "nationality", "Denmark") in found
    assert key("Pola Venn", "nationality", "Denmark") not in found


def test_apposition_with_an_agency_and_a_possessive_title(nlp: Language) -> None:
    found = keys(nlp, "Hiro Tanabe, a flight engineer with the Japan Aerospace Exploration Agency, waved. "
                      "Marta Velasquez, Virgin Galactic's chief astronaut instructor, smiled.")
    assert key("Hiro Tanabe", "employer", "JAXA") in found
    assert key("Marta Velasquez", "employer", "Virgin Galactic") in found


@pytest.mark.parametrize("text, country", [
    ("Japanese astronaut Kenji Moro floated through the hatch.", "Japan"),
    ("The UAE's Kenji Moro floated through the hatch.", "United Arab Emirates"),
    ("China's first female spaceflight engineer Kenji Moro floated through the hatch.", "China"),
    ("Kenji Moro, a French brewer, floated through the hatch.", "France"),
    ("Kenji Moro of ESA will fly on STS-140. A member of the Expedition 40 crew, the Frenchman will stay two "
     "months.", "France"),
    ("The Spaniard Kenji Moro will fly next year.", "Spain"),
    ("Kenji Moro will fly next year. The 44-year-old Dutchman trained in Houston.", "Netherlands"),
    ("Scotsman Kenji Moro flew in 2004.", "United Kingdom"),
])
def test_nationality_phrasings(nlp: Language, text: str, country: str) -> None:
    assert key("Kenji Moro", "nationality", country) in keys(nlp, text)


def test_an_organisation_that_only_mentions_a_person_is_not_an_employer(nlp: Language) -> None:
    found = keys(nlp, "Roscosmos said NASA astronaut Jo Penn was fine. Lena Ruiz, an Air Force veteran, and "
                      "Omar Sadek, a citizen of the Chickasaw Nation, flew too. Williams thanked Ivo Dancz, the rookie "
                      "cosmonaut Pavel Rusk and NASA's Tara Doyle.")
    assert key("Jo Penn", "employer", "NASA") in found
    assert key("Jo Penn", "employer", "Roscosmos") not in found
    assert not any(k[0] in ("lena ruiz", "omar sadek") and k[1] == "employer" for k in found)
    assert key("Ivo Dancz", "employer", "NASA") not in found
    assert key("Tara Doyle", "employer", "NASA") in found


@pytest.mark.parametrize("text, job", [
    ("Vera Olsen, a flight attendant with the airline Belavia, flew on Friday.", "flight attendant"),
    ("Vera Olsen, a biomedical researcher, flew on Friday.", "biomedical researcher"),
    ("Vera Olsen, a geoscientist and community college professor, flew on Friday.", "geoscientist"),
    ("The TV journalist Vera Olsen flew on Friday.", "journalist"),
])
def test_occupations_news_names(nlp: Language, text: str, job: str) -> None:
    assert key("Vera Olsen", "occupation", job) in keys(nlp, text)


def test_a_list_keeps_its_descriptor_across_an_apposition(nlp: Language) -> None:
    found = keys(nlp, "NASA astronauts Zena Carr, the original commander, and Stella Wick stood down. The capsule "
                      "carried Japanese space tourists Yuki Mori and Ren Sato.")
    assert key("Zena Carr", "employer", "NASA") in found
    assert key("Stella Wick", "employer", "NASA") in found
    assert key("Yuki Mori", "nationality", "Japan") in found
    assert key("Ren Sato", "nationality", "Japan") in found


@pytest.mark.parametrize("text", [
    "Akira Hoshino studied mechanical engineering at Keio University and aerospace engineering at the University "
    "of Houston.",
    "Akira Hoshino studied at Keio University in Tokyo and at the University of Houston.",
])
def test_studies_at_a_school_are_an_education(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Akira Hoshino", "education", "Keio University") in found
    assert key("Akira Hoshino", "education", "University of Houston") in found


def test_research_at_a_university_is_not_an_education(nlp: Language) -> None:
    found = keys(nlp, "The biologist Ann Lee studies cells at Rice University.")
    assert not any(k[1] == "education" for k in found)


def test_an_opening_rank_among_a_countrys_people(nlp: Language) -> None:
    found = keys(nlp, "The tenth French citizen to fly in space, Raj Charan arrived at the station on April 24. "
                      "An Air Force veteran, Lena Ruiz flew too.")
    assert key("Raj Charan", "nationality", "France") in found
    assert not any(k[0] == "lena ruiz" and k[1] in ("employer", "nationality") for k in found)


@pytest.mark.parametrize("text, org", [
    ("An Air Force colonel and test pilot, Raj Charan graduated from the academy in 1999.", "Air Force"),
    ("A Navy jet pilot with a degree in engineering, Raj Charan joined NASA in 1966.", "Navy"),
])
def test_a_descriptor_that_opens_the_sentence(nlp: Language, text: str, org: str) -> None:
    assert key("Raj Charan", "employer", org) in keys(nlp, text)


def test_a_clause_before_a_name_is_no_descriptor(nlp: Language) -> None:
    found = keys(nlp, "After the launch by NASA, Raj Charan said the ride was smooth.")
    assert key("Raj Charan", "employer", "NASA") not in found


@pytest.mark.parametrize("text, degree", [
    ("Matt Olwen, who holds a doctorate in materials science, is the twelfth German to fly.", "Ph.D."),
    ("Matt Olwen earned a master's degree in 2001.", "M.S. 2001"),
])
def test_a_degree_without_its_school(nlp: Language, text: str, degree: str) -> None:
    assert key("Matt Olwen", "education", degree) in keys(nlp, text)


def test_holding_a_record_is_no_degree(nlp: Language) -> None:
    assert not any(k[1] == "education" for k in keys(nlp, "Matt Olwen held the record for a decade."))


def test_a_title_keeps_the_field_it_is_of(nlp: Language) -> None:
    found = keys(nlp, "Sara Bandel, the 34-year-old vice-president of government affairs and research operations "
                      "at Virgin Galactic, flew on Sunday.")
    assert key("Sara Bandel", "jobTitle", "vice-president of government affairs and research operations") in found
    assert key("Sara Bandel", "employer", "Virgin Galactic") in found



def test_each_name_of_a_list_gets_its_own_occupation(nlp: Language) -> None:
    found = keys(nlp, "The descent module carried Roscosmos cosmonauts Oleg Kerenko and Nikolay Chubin and NASA "
                      "astronaut Tracy Dawes. Later Artemov and his fellow cosmonauts Denis Matvey and Sergei Korsak "
                      "undocked.")
    for name in ("Oleg Kerenko", "Nikolay Chubin", "Denis Matvey", "Sergei Korsak"):
        assert key(name, "occupation", "cosmonaut") in found
    assert key("Tracy Dawes", "occupation", "astronaut") in found
    assert key("Tracy Dawes", "occupation", "cosmonaut") not in found


def test_a_pilot_seat_in_a_crew_is_not_a_trade(nlp: Language) -> None:
    found = keys(nlp, "Commander Raja Charan, pilot Tom Marsh and mission specialist and medical officer Kay Barr "
                      "were hoisted aboard. Navy pilot Ann Lee and test pilot Bo Tan watched.")
    assert key("Tom Marsh", "occupation", "pilot") not in found
    assert not any(k[0] == "kay barr" and k[1] in ("occupation", "jobTitle") for k in found)
    assert key("Ann Lee", "occupation", "pilot") in found
    assert key("Bo Tan", "occupation", "test pilot") in found


@pytest.mark.parametrize("text", [
    "Samanta Cristoni took command from the Russian Oleg Artem on Wednesday.\n\nThe 45-year-old Italian, a former "
    "pilot, is the fifth European commander.",
    "Samanta Cristoni handed over command on Monday. The Italian will return on Thursday.",
    "Command went to astronaut Samanta Cristoni, the Italian, on Monday.",
])
def test_a_demonym_that_stands_for_a_person(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Samanta Cristoni", "nationality", "Italy") in found
    assert key("Oleg Artem", "nationality", "Italy") not in found


def test_a_demonym_before_a_noun_is_not_a_person(nlp: Language) -> None:
    found = keys(nlp, "Ana Ruiz met the pilot Marco Bell. The Italian Air Force flew a salute.")
    assert not any(k[1] == "nationality" for k in found)


@pytest.mark.parametrize("text, org", [
    ("Chris Sembrow, 42, works as a data engineer at Lockheed Martin.", "Lockheed Martin"),
    ("Chris Sembrow works at the University of Cambridge.", "University of Cambridge"),
])
def test_work_at_an_organisation(nlp: Language, text: str, org: str) -> None:
    assert key("Chris Sembrow", "employer", org) in keys(nlp, text)


def test_training_at_a_school_is_no_job(nlp: Language) -> None:
    assert not any(k[1] == "employer" for k in keys(nlp, "Chris Sembrow trained at Rice University."))


@pytest.mark.parametrize("text", [
    "Riding with her are NASA's Kai Brandt, the pilot, and Pia Rensen of the European Space Agency.",
    "Lina Moor became the youngest flier; Kai Brandt, the mission's pilot, became the first Dane to fly.",
    "The pilot, retired Air Force Lt. Col. Kai Brandt, and mission specialist Pia Rensen stayed in their seats.",
])
def test_the_pilot_of_a_flight_is_a_seat_not_a_trade(nlp: Language, text: str) -> None:
    assert key("Kai Brandt", "occupation", "pilot") not in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Kai Brandt, a Navy pilot, reached the station on Friday.",
    "Kai Brandt, a test pilot, reached the station on Friday.",
])
def test_a_pilot_by_trade_is_still_an_occupation(nlp: Language, text: str) -> None:
    assert any(k[0] == "kai brandt" and k[1] == "occupation" and k[2].endswith("pilot") for k in keys(nlp, text))


@pytest.mark.parametrize("text", [
    "Poor eyesight ruled out her first dream, to become a NASA pilot or astronaut. Lina Moor flew anyway.",
    "Lina Moor, 51, a geologist, came close to becoming a NASA astronaut in 2009, when she was a finalist.",
    "Lina Moor had always hoped to become a NASA astronaut.",
])
def test_a_job_only_wished_for_is_no_occupation_or_employer(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not any(k[0] == "lina moor" and k[1] in ("occupation", "employer") and k[2] != "geologist"
                   for k in found)


def test_a_job_someone_went_on_to_hold_is_kept(nlp: Language) -> None:
    found = keys(nlp, "Lina Moor flew fighters for a decade and went on to become a NASA astronaut.")
    assert key("Lina Moor", "occupation", "astronaut") in found
