"""Life and career events read as frames (extract/frames): selection by an agency,
retirement, birth, death and crew announcements, on texts written for these tests with
invented names, each in several phrasings (active, passive, nominal, apposition, relative
clause, coordination) and the cases that are not facts (negated, supposed, someone else's
event in the same sentence)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, Extraction, extract
from extract.gold import Key, extracted_keys, key


def run(nlp: Language, text: str, published: str = "2024-06-10") -> Extraction:
    return next(extract(nlp, [Article(text, published=published, id="t")]))


def keys(nlp: Language, text: str) -> set[Key]:
    return extracted_keys(run(nlp, text))


# ---------------------------------------------------------------------- selection

@pytest.mark.parametrize("text", [
    "Astronaut Tova Rask was selected by the European Space Agency in 2009.",
    "The European Space Agency selected Tova Rask in 2009.",
    "Tova Rask joined the European Space Agency's astronaut corps in 2009.",
    "Tova Rask's selection by the European Space Agency in 2009 surprised nobody.",
    "Tova Rask, who was chosen by the European Space Agency in 2009, flew twice.",
    "Tova Rask was chosen as one of six new astronauts by the European Space Agency in 2009.",
    "Tova Rask, the 41-year-old engineer, was hired by the European Space Agency in 2009.",
])
def test_selection_phrasings(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Tova Rask", "selectedBy", "European Space Agency") in found
    assert key("Tova Rask", "selectionYear", "2009") in found


@pytest.mark.parametrize("text", [
    "Tova Rask and Ilan Peres were picked by the European Space Agency in 2009.",
    "The European Space Agency chose three astronauts in 2009: Tova Rask, Ilan Peres and Jon Hale.",
])
def test_a_selection_of_several_people(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Tova Rask", "Ilan Peres"):
        assert key(name, "selectedBy", "European Space Agency") in found
        assert key(name, "selectionYear", "2009") in found


@pytest.mark.parametrize(("text", "year"), [
    ("Tova Rask became an astronaut in 1993. Two years later, she flew on STS-64.", "1993"),
    ("Tova Rask became a NASA astronaut in 2009.", "2009"),
    ("In 1998 Tova Rask became a cosmonaut, and she flew twice.", "1998"),
])
def test_becoming_an_astronaut_in_a_year_is_the_selection_year(nlp: Language, text: str, year: str) -> None:
    assert key("Tova Rask", "selectionYear", year) in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Tova Rask became the first woman to command the station in 2009.",
    "In 2009 Tova Rask became a mother.",
    "Tova Rask came close to becoming a NASA astronaut in 2009, when she was a finalist.",
    "Tova Rask hoped to become an astronaut in 2009.",
])
def test_becoming_something_else_is_no_selection(nlp: Language, text: str) -> None:
    assert not any(k[1] == "selectionYear" for k in keys(nlp, text))


def test_joining_as_an_astronaut_is_a_job_there(nlp: Language) -> None:
    found = keys(nlp, "Tova Rask joined the European Space Agency as an astronaut in 2009.")
    assert key("Tova Rask", "selectedBy", "European Space Agency") in found
    assert key("Tova Rask", "employer", "European Space Agency") in found


def test_each_selection_keeps_its_own_agency_and_year(nlp: Language) -> None:
    found = keys(nlp, "Tova Rask, who flew with Ilan Peres, was selected by the European Space Agency in 2009, "
                      "five years after Peres joined Nasa in 2004.")
    assert key("Tova Rask", "selectionYear", "2009") in found
    assert key("Ilan Peres", "selectedBy", "NASA") in found
    assert key("Ilan Peres", "selectionYear", "2004") in found
    assert key("Tova Rask", "selectedBy", "NASA") not in found
    assert key("Ilan Peres", "selectionYear", "2009") not in found


@pytest.mark.parametrize("text", [
    "Tova Rask was not selected by the European Space Agency in 2009.",
    "Tova Rask could have been selected by the European Space Agency in 2009 if she had applied.",
    "Tova Rask was selected for Crew-31 in 2023.",
    "Astronaut Tova Rask selected the landing site in 2009.",
    "Tova Rask joined the crew of Crew-31 in 2023.",
    "Tova Rask was chosen to command Crew-31 in 2023.",
    '"Tova Rask was selected by the European Space Agency in 2009," the spoof began.',
])
def test_what_is_no_selection_by_an_agency(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not any(k[1] in ("selectedBy", "selectionYear") for k in found)


# ---------------------------------------------------------------------- retirement

@pytest.mark.parametrize("text", [
    "Astronaut Oren Vale retired from Nasa in 2021.",
    "Oren Vale, who retired from the agency in 2021, now teaches physics.",
    "Oren Vale left Nasa in 2021 after three flights.",
    "Oren Vale flew three times. He departed Nasa in 2021.",
    "Oren Vale departed the agency in 2021 after three flights.",
    "Oren Vale's retirement from Nasa in 2021 ended a long career.",
    "The 61-year-old Oren Vale stepped down from Nasa in 2021.",
    "Oren Vale and Mila Strand retired from Nasa in 2021.",
])
def test_retirement_phrasings(nlp: Language, text: str) -> None:
    assert key("Oren Vale", "retirementDate", "2021") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Retired astronaut Oren Vale spoke at the school.",
    "Oren Vale is now retired.",
    "Nasa will honour Oren Vale, a retired astronaut who lives in Ohio.",
])
def test_retired_as_a_status(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Oren Vale", "status", "Retired") in found
    assert not any(k[1] == "retirementDate" for k in found)


def test_a_retirement_in_the_same_sentence_is_its_own(nlp: Language) -> None:
    found = keys(nlp, "Oren Vale retired from Nasa in 2021, two years after Mila Strand left the agency in 2019.")
    assert key("Oren Vale", "retirementDate", "2021") in found
    assert key("Mila Strand", "retirementDate", "2019") in found
    assert key("Oren Vale", "retirementDate", "2019") not in found


@pytest.mark.parametrize("text", [
    "Oren Vale did not retire from Nasa in 2021.",
    "Oren Vale might retire from Nasa in 2021 if the budget is cut.",
    "Oren Vale, a retired Navy captain, flew twice.",
    "Oren Vale, a retired colonel, flew twice.",  # a military rank's, also without its service
    "Oren Vale, a retired commander, flew twice.",
    "Oren Vale, the retired general, flew twice.",
    "Oren Vale left the station in 2021.",
    "Oren Vale departed the station in 2021.",
    "Oren Vale departed Baikonur on Soyuz MS-20 in 2021.",
    "Oren Vale departed Nasa headquarters in 2021 for the launch site.",
    '"Oren Vale retired from Nasa in 2021," the novel begins.',
])
def test_what_is_no_retirement(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not any(k[0] == "oren vale" and k[1] in ("retirementDate", "status") for k in found)


def test_a_retirement_to_come_is_planned(nlp: Language) -> None:
    found = keys(nlp, "Oren Vale will retire from Nasa in 2025.")
    assert key("Oren Vale", "retirementDate", "2025", "planned") in found
    assert key("Oren Vale", "retirementDate", "2025") not in found


# ---------------------------------------------------------------------- birth

@pytest.mark.parametrize("text", [
    "Astronaut Keri Lomax was born in Tacoma on May 4, 1980.",
    "Born in Tacoma on May 4, 1980, Keri Lomax flew jets for the navy.",
    "Keri Lomax, born in Tacoma on May 4, 1980, flew twice.",
    "Keri Lomax, who was born in Tacoma on May 4, 1980, flew twice.",
    "Keri Lomax and her twin Uma Lomax were born in Tacoma on May 4, 1980.",
])
def test_birth_phrasings(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Keri Lomax", "birthPlace", "Tacoma") in found
    assert key("Keri Lomax", "birthDate", "1980-05-04") in found


@pytest.mark.parametrize(("text", "kind", "told"), [
    ("The birthplace of astronaut Keri Lomax is Tacoma.", "birthPlace", "Tacoma"),
    ("Astronaut Keri Lomax's date of birth is May 4, 1980.", "birthDate", "1980-05-04"),
])
def test_birth_told_by_a_noun(nlp: Language, text: str, kind: str, told: str) -> None:
    assert key("Keri Lomax", kind, told) in keys(nlp, text)


def test_a_birth_told_in_a_relative_clause_is_its_persons(nlp: Language) -> None:
    found = keys(nlp, "Keri Lomax flew with Dag Ruud, who was born in Tacoma on May 4, 1980.")
    assert key("Dag Ruud", "birthPlace", "Tacoma") in found
    assert not any(k[0] == "keri lomax" and k[1] in ("birthPlace", "birthDate") for k in found)


@pytest.mark.parametrize("text", [
    "Keri Lomax\n\nKeri Lomax is a Norwegian engineer who flew in 2001.\n\nCountry: Norway\nBorn: May 4, 1980\n"
    "Birth Place: Tacoma.\nSpace missions: 1\n",
    "Keri Lomax\n\nKeri Lomax flew in 2001.\nAstronaut info\nStatus: Retired\nBorn: May 4, 1980\n"
    "  \u2022 Engineer (founder of Fjord Works)\nBirthplace: Tacoma.\n",
])
def test_a_profile_field_line_tells_of_the_person_its_title_names(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Keri Lomax", "birthDate", "1980-05-04") in found
    assert key("Keri Lomax", "birthPlace", "Tacoma") in found


@pytest.mark.parametrize("text", [
    "Launch schedule\n\nKeri Lomax flew in 2001.\nBorn: May 4, 1980\n",
    "Keri Lomax flew in 2001 with Dag Ruud. Ruud said: Born: May 4, 1980 is a date I remember.\n",
])
def test_a_field_line_of_a_page_no_person_titles_is_no_one_s(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Keri Lomax", "birthDate", "1980-05-04") not in found


@pytest.mark.parametrize("text", [
    "Keri Lomax, 33, was born in Norway and grew up in Tacoma.",
    "Born in Norway in 1980, Keri Lomax flew jets for the navy.",
])
def test_a_country_is_the_birthplace_when_it_is_the_one_place_named(nlp: Language, text: str) -> None:
    assert key("Keri Lomax", "birthPlace", "Norway") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Keri Lomax was born in Tacoma, Norway.",
    "Keri Lomax, a Norwegian, was born in 1980.",
    "Norwegian-born Keri Lomax flew in 2019.",
    "Keri Lomax was born to Norwegian parents in 1980.",
])
def test_a_country_beside_a_town_or_as_a_demonym_is_no_birthplace(nlp: Language, text: str) -> None:
    assert key("Keri Lomax", "birthPlace", "Norway") not in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Keri Lomax was not born in Tacoma.",
    "Keri Lomax, a native of Tacoma, flew twice.",
    "Keri Lomax gave birth to a daughter in Tacoma on May 4, 2010.",
    'In the film, "Keri Lomax was born in Tacoma on May 4, 1980," the narrator says.',
])
def test_what_is_no_birth(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not any(k[1] in ("birthPlace", "birthDate") for k in found)


@pytest.mark.parametrize("text", [
    "Keri Lomax, 33, was born in Norway and grew up in Tacoma.",
    "Keri Lomax was born in Norway in 1980.",
    "Born in Norway in 1980, Keri Lomax flew jets for the navy.",
])
def test_a_country_is_the_birthplace_when_no_narrower_place_is_said(nlp: Language, text: str) -> None:
    assert key("Keri Lomax", "birthPlace", "Norway") in keys(nlp, text)


def test_a_country_beside_a_town_is_no_birthplace_of_its_own(nlp: Language) -> None:
    found = keys(nlp, "Keri Lomax was born in Bergen, Norway, in 1980.")
    assert key("Keri Lomax", "birthPlace", "Bergen") in found
    assert key("Keri Lomax", "birthPlace", "Norway") not in found


@pytest.mark.parametrize("text", [
    "Keri Lomax, born in 1993, will become the youngest astronaut to fly.",
    "Keri Lomax, born in 1993, is to fly next year.",
])
def test_a_birth_beside_a_name_is_told_as_done_whatever_follows(nlp: Language, text: str) -> None:
    assert key("Keri Lomax", "birthDate", "1993") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Keri Lomax hopes her son, to be born in May 2025, will fly one day.",
    "Keri Lomax hopes her son, born in May 2025, will fly one day.",
])
def test_a_birth_still_to_come_or_of_a_child_is_none_of_the_parent(nlp: Language, text: str) -> None:
    assert not any(k[0] == "keri lomax" and k[1] in ("birthPlace", "birthDate") for k in keys(nlp, text))


# ---------------------------------------------------------------------- death: age and status

@pytest.mark.parametrize("text", [
    "Former astronaut Pell Orrin died on May 3, 2024 in Tucson at the age of 79.",
    "Former astronaut Pell Orrin died at 79 on May 3, 2024 in Tucson.",
    "Pell Orrin, who died aged 79 in Tucson on May 3, 2024, flew twice.",
])
def test_the_age_at_death_is_dated_by_the_death(nlp: Language, text: str) -> None:
    extraction = run(nlp, text)
    assert key("Pell Orrin", "deathDate", "2024-05-03") in extracted_keys(extraction)
    age = next(f for f in extraction.facts if f.predicate == "age")
    assert getattr(age.object, "value", None) == "79"
    assert age.as_of is not None and age.as_of.value == "2024-05-03"


@pytest.mark.parametrize("text", [
    "Apollo 19 astronaut Pell Orrin, the sixth man to walk on the moon, died on Thursday in Tucson at age 85.",
    "Gemini 14 pilot Pell Orrin, who later ran a bank, died in Tucson on Thursday.",
])
def test_a_death_of_a_name_that_a_flight_titles_is_the_name_s(nlp: Language, text: str) -> None:
    assert key("Pell Orrin", "deathPlace", "Tucson") in keys(nlp, text)


def test_a_death_told_after_a_headline_is_the_person_s_not_the_flight_s(nlp: Language) -> None:
    text = ("OBITUARY: Apollo 12 astronaut Tom Garner, sixth man to walk on moon, dies Thursday| Video, graphic\n\n"
            "View Comments\n\nApollo 12 astronaut Tom Garner, the sixth man to walk on the moon, died on Friday in "
            "Tucson after a short illness.")  # parsed with two subjects, "Apollo" and "Garner"
    assert key("Tom Garner", "deathPlace", "Tucson") in keys(nlp, text)


def test_a_time_of_day_is_no_age(nlp: Language) -> None:
    found = keys(nlp, "Pell Orrin died at 9 pm on Friday in Tucson.")
    assert key("Pell Orrin", "deathDate", "2024-06-07") in found
    assert not any(k[1] == "age" for k in found)


def test_a_death_in_a_later_clause_keeps_its_own_place_and_no_borrowed_date(nlp: Language) -> None:
    found = keys(nlp, "Pell Orrin passed away in Tucson on Friday, two years after Ada Voss died in Reno.")
    assert key("Pell Orrin", "deathDate", "2024-06-07") in found
    assert key("Ada Voss", "deathPlace", "Reno") in found
    assert key("Ada Voss", "deathDate", "2024-06-07") not in found
    assert key("Pell Orrin", "deathPlace", "Reno") not in found


def test_deceased_is_a_status(nlp: Language) -> None:
    assert key("Pell Orrin", "status", "Deceased") in keys(nlp, "Pell Orrin, now deceased, flew twice.")


# ---------------------------------------------------------------------- crew announcements

@pytest.mark.parametrize("text", [
    "Nasa named Rhea Solis, Dan Okoro and Ivo Brandt to the Artemis V crew on Monday.",
    "The agency announced the crew of Artemis V on Monday: Rhea Solis, Dan Okoro and Ivo Brandt.",
    "Nasa has assigned Rhea Solis, Dan Okoro and Ivo Brandt to Artemis V.",
    "Rhea Solis, Dan Okoro and Ivo Brandt were named to the crew of Artemis V on Monday.",
    "Nasa picked Rhea Solis, Dan Okoro and Ivo Brandt for Artemis V on Monday.",
])
def test_crew_announcement_phrasings(nlp: Language, text: str) -> None:
    found = {k[:3] for k in keys(nlp, text)}
    for name in ("Rhea Solis", "Dan Okoro", "Ivo Brandt"):
        assert key("Artemis V", "crewMember", name)[:3] in found


def test_an_announced_commander_and_crew(nlp: Language) -> None:
    found = {k[:3] for k in keys(nlp, "Nasa named Rhea Solis as commander of Artemis V on Monday. Rhea Solis, "
                                      "who was assigned to Artemis V with Dan Okoro, flew twice before.")}
    assert key("Artemis V", "commander", "Rhea Solis")[:3] in found
    assert key("Artemis V", "crewMember", "Rhea Solis")[:3] not in found  # a commander is not told again


@pytest.mark.parametrize("text", [
    "Nasa did not name Rhea Solis to the Artemis V crew.",
    "Nasa could name Rhea Solis to the Artemis V crew if Dan Okoro withdraws.",
    "Astronaut Rhea Solis announced the launch date of Artemis V on Monday.",
    "The Artemis V team named its new rover after astronaut Rhea Solis.",
])
def test_what_is_no_crew_announcement(nlp: Language, text: str) -> None:
    assert not any(k[1] in ("crewMember", "commander") for k in keys(nlp, text))


@pytest.mark.parametrize(("text", "modality"), [
    ("Nasa named Rhea Solis, Dan Okoro and Ivo Brandt to the Artemis V crew on Monday.", "planned"),
    ("Rhea Solis was named to the crew of Artemis V on Monday. Artemis V lifted off on Friday from Kennedy Space "
     "Center.", "reported"),
    ("Rhea Solis was assigned to Artemis V in 1999.", "reported"),
])
def test_an_announced_seat_is_a_plan_until_the_mission_flies(nlp: Language, text: str, modality: str) -> None:
    seats = {k for k in keys(nlp, text) if k[1] == "crewMember" and k[2] == "rhea solis"}
    assert seats == {key("Artemis V", "crewMember", "Rhea Solis", modality)}


@pytest.mark.parametrize("text", [
    "Astronaut Tova Rask was chosen to command Crew-31.",
    "Astronaut Tova Rask was assigned to fly Crew-31 with Ilan Peres.",
    "Astronaut Tova Rask has been named to command Crew-31.",
])
def test_chosen_or_assigned_to_fly_is_a_plan(nlp: Language, text: str) -> None:
    told = {k for k in keys(nlp, text) if k[0] == "crew-31" and "tova rask" in k}
    assert told and all(k[3] == "planned" for k in told)


@pytest.mark.parametrize(("name", "text"), [  # surnames in -ly, which the small parser takes for adverbs
    ("Tom Wetherly", "A Navy jet pilot with a degree in aeronautical engineering, Wetherly joined the European "
                     "Space Agency in 1996."),
    ("Tom Wetherly", "A former test pilot, Wetherly joined the European Space Agency in 1996."),
    ("Tom Ansly", "A former test pilot, Ansly joined the European Space Agency in 1996."),
])
def test_a_name_the_parser_left_beside_its_verb_is_the_subject(nlp: Language, name: str, text: str) -> None:
    found = keys(nlp, f"Astronaut {name} lives in Oslo. " + text)
    assert key(name, "selectedBy", "European Space Agency") in found
    assert key(name, "selectionYear", "1996") in found


@pytest.mark.parametrize(("text", "agency"), [
    ("Ada Rinn, who flies the F-22, is the first of Nasa's 2021 astronaut class to be assigned to a flight.", "NASA"),
    ("Ada Rinn, a member of Nasa's 2021 astronaut class, flew twice.", "NASA"),
    ("The European Space Agency selected Tom Wexler in 2021, in the same class as astronaut Ada Rinn.",
     "European Space Agency"),
    ("Ada Rinn joined the second group of astronauts in May 2021.", None),
    ("Ada Rinn was selected in the third batch of astronauts in 2021.", None),
])
def test_a_class_of_astronauts_gives_its_agency_and_year(nlp: Language, text: str, agency: str | None) -> None:
    found = keys(nlp, text)
    assert key("Ada Rinn", "selectionYear", "2021") in found
    if agency:
        assert key("Ada Rinn", "selectedBy", agency) in found


def test_a_class_of_students_is_no_selection(nlp: Language) -> None:
    found = keys(nlp, "Astronaut Ada Rinn taught a class of students in 2009 and joined a group of hikers in 2010.")
    assert not any(k[1] in ("selectedBy", "selectionYear") for k in found)


@pytest.mark.parametrize(("text", "told"), [
    ("Astronaut Tova Rask flew in 2019. The 41-year-old was selected by the European Space Agency in 2009.",
     ("Tova Rask", "selectionYear", "2009")),
    ("Astronaut Oren Vale flew twice. The 61-year-old retired from Nasa in 2021.",
     ("Oren Vale", "retirementDate", "2021")),
    ("Astronaut Pell Orrin flew twice. The 79-year-old died in Tucson on May 3, 2024.",
     ("Pell Orrin", "deathPlace", "Tucson")),
    ("Astronaut Keri Lomax flew in 2019. The 41-year-old was born in Tacoma on May 4, 1980.",
     ("Keri Lomax", "birthPlace", "Tacoma")),
    ("Tova Rask, an engineer selected by the European Space Agency in 2009, flew twice.",
     ("Tova Rask", "selectedBy", "European Space Agency")),
    ("Oren Vale, an engineer who left Nasa in 2021, now teaches physics.", ("Oren Vale", "retirementDate", "2021")),
])
def test_events_of_the_n_year_old_and_of_an_apposition(nlp: Language, text: str, told: tuple[str, str, str]) -> None:
    assert key(*told) in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Ilan Peres said Tova Rask was selected by the European Space Agency in 2009.",
    "Ilan Peres, whose colleague Tova Rask was selected by the European Space Agency in 2009, flew twice.",
])
def test_the_speaker_or_the_colleague_is_not_the_one_selected(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Tova Rask", "selectionYear", "2009") in found
    assert not any(k[0] == "ilan peres" and k[1] in ("selectedBy", "selectionYear") for k in found)


def test_a_recent_retirement_gives_the_date_and_the_status_an_old_one_the_date(nlp: Language) -> None:
    found = keys(nlp, "Astronaut Oren Vale retired from Nasa this year. Astronaut Mila Strand retired from Nasa "
                      "in 2011.")
    assert key("Oren Vale", "retirementDate", "2024") in found
    assert key("Oren Vale", "status", "Retired") in found
    assert key("Mila Strand", "retirementDate", "2011") in found
    assert key("Mila Strand", "status", "Retired") not in found


# ---------------------------------------------------------------------- age and origin, by the shared strategy


@pytest.mark.parametrize("text", [
    "Astronaut Tova Rask, 41, will command the flight.",
    "Astronaut Tova Rask will command the flight. Rask is 41.",
    "Astronaut Tova Rask, aged 41, will command the flight.",
    "Astronaut Tova Rask will command the flight at the age of 41.",
    "At 41, astronaut Tova Rask is the youngest member of the crew.",
    "The 41-year-old Tova Rask will command the flight.",
    "Astronaut Tova Rask will command the flight. The 41-year-old said she was ready.",
    "Astronaut Tova Rask, a 41-year-old engineer, will command the flight.",
    "Tova Rask, the 41-year-old commander of the flight, waved to the crowd.",
    "Astronaut Tova Rask, who retired aged 41, now teaches.",
])
def test_age_phrasings(nlp: Language, text: str) -> None:
    assert key("Tova Rask", "age", "41") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Astronaut Tova Rask and Ivo Brandt, 52, will fly next month.",
    "Astronaut Tova Rask flew with astronaut Ivo Brandt. Brandt, who is 52, said the crew was ready.",
])
def test_an_age_is_its_own_persons(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Ivo Brandt", "age", "52") in found
    assert key("Tova Rask", "age", "52") not in found


@pytest.mark.parametrize("text", [
    "The 10-year-old record fell when astronaut Tova Rask landed.",
    "Astronaut Tova Rask flew on a 41-year-old design.",
])
def test_the_age_of_a_thing_is_no_persons(nlp: Language, text: str) -> None:
    assert not any(k[1] == "age" for k in keys(nlp, text))


@pytest.mark.parametrize(("text", "predicate", "place"), [
    ("Astronaut Tova Rask is from Zaoyang.", "hometown", "Zaoyang"),
    ("Tova Rask, an astronaut from Spokane, flew with Ivo Brandt.", "hometown", "Spokane"),
    ("Astronaut Tova Rask, who is from Tacoma, flew with Ivo Brandt.", "hometown", "Tacoma"),
    ("Astronaut Tova Rask from China flew with Ivo Brandt.", "nationality", "China"),
])
def test_where_someone_is_from(nlp: Language, text: str, predicate: str, place: str) -> None:
    found = keys(nlp, text)
    assert key("Tova Rask", predicate, place) in found
    assert key("Ivo Brandt", predicate, place) not in found


# ---------------------------------------------------------------------- ages told another way

@pytest.mark.parametrize(("text", "age"), [
    ("On June 16, 1963, cosmonaut Ada Ross -- who turns 70 today -- became the first woman in space.", "70"),
    ("Ada Ross, who turns 70 on Monday, flew in 1963.", "70"),
    ("Ada Ross turned 60 on Sunday.", "60"),
    ("Ada Ross will turn 50 next year.", None),
    ("Ada Ross turned 90 degrees to face the camera.", None),
    ("Ivan Orlov passed the record of Ada Ross in February, the same month he turned 60.", None),
    ("Ada Ross owns most of Blue Lantern, a juggling troupe that turned 25 this year.", None),
    ("Ada Ross sold Harbor Foods, a company that turned 40 in May.", None),
    ("Ada Ross, a pilot that turned 60 on Sunday, flew in 1963.", "60"),
])
def test_an_age_told_by_a_birthday(nlp: Language, text: str, age: str | None) -> None:
    found = {k[2] for k in keys(nlp, text) if k[1] == "age"}
    assert found == ({age} if age else set())


@pytest.mark.parametrize("text", [
    "The three 42-year-old fighter-pilot astronauts -- Ivan Orlov, Pavel Dudin and Tom Pike -- were orbiting.",
    "The three 42-year-old astronauts, Ivan Orlov, Pavel Dudin and Tom Pike, were orbiting.",
    "The three 42-year-old fighter-pilot astronauts -- Ivan Orlov, Pavel Dudin and Tom Pike -- were orbiting about "
    "213 miles above Earth late Thursday, the agency said.",
])
def test_an_age_said_of_a_group_is_each_of_its_names(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert all(key(name, "age", "42") in found for name in ("Ivan Orlov", "Pavel Dudin", "Tom Pike"))


def test_an_age_of_a_group_with_a_clause_after_it_names_no_one(nlp: Language) -> None:
    found = keys(nlp, "The 35-year-old astronauts, who trained in Russia, met Ivan Orlov.")
    assert not any(k[1] == "age" for k in found)
