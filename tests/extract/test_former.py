"""Former employers: an employer said with "former", "retired", "ex-" or "onetime"
(extract/rules/descriptors.py), one someone left, retired, resigned or stepped down from (the
retirement frame), and one whose time there ended ("worked for ESA until 2019", "spent 20
years at NASA before joining Axiom", "Before being selected, X was an engineer at Y":
extract/rules/careers.py) is read with the modality
"former"; it is still an employer fact (a former employer is an employer), so the gold counts
it. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import extracted_keys, key


def employers(nlp: Language, text: str) -> dict[tuple[str, str], str]:
    """(person, employer) -> modality, of the employer facts read from the text."""
    found = next(extract(nlp, [Article(text, published="2024-06-10", id="t")]))
    names = {e.key: e.name for e in found.entities}
    return {(names[f.subject], names[str(f.object)]): f.modality for f in found.facts if f.predicate == "employer"}


@pytest.mark.parametrize("text", [
    "Former NASA astronaut Pola Venn will command the private flight next spring.",
    "Retired NASA astronaut Pola Venn will command the private flight next spring.",
    "The private flight will be commanded by ex-NASA astronaut Pola Venn next spring.",
    "Pola Venn, a onetime NASA astronaut, will command the private flight next spring.",
    "Pola Venn, who left NASA in 2014, will command the private flight next spring.",
    "Pola Venn, an erstwhile NASA astronaut, will command the private flight next spring.",
])
def test_a_former_employer_is_read_as_former(nlp: Language, text: str) -> None:
    assert employers(nlp, text).get(("Pola Venn", "NASA")) == "former"


@pytest.mark.parametrize("text", [
    "NASA astronaut Pola Venn will command the next flight to the station.",
    "Pola Venn, a flight engineer with NASA, will command the next flight to the station.",
    # "former" qualifies the title here, not the employer: she may well still be at NASA
    "NASA's former chief astronaut Pola Venn will command the next flight to the station.",
])
def test_a_current_employer_stays_reported(nlp: Language, text: str) -> None:
    assert employers(nlp, text).get(("Pola Venn", "NASA")) == "reported"


@pytest.mark.parametrize(("text", "employer"), [
    ("Astronaut Pola Venn flew three times. Venn left NASA in 2014.", "NASA"),
    ("Astronaut Pola Venn was selected by NASA in 2004. She left the agency in 2014 to start a company.", "NASA"),
    ("Astronaut Pola Venn flew three times. Venn retired from NASA in 2019.", "NASA"),
    ("Astronaut Pola Venn flew three times. Venn retired from the Navy in 1990 and became a teacher.", "Navy"),
    ("Astronaut Pola Venn flew three times. Venn quit Roscosmos in 2010.", "Roscosmos"),
    ("Astronaut Pola Venn flew three times. Venn resigned from NASA in 2012.", "NASA"),
    ("Astronaut Pola Venn flew three times. Venn stepped down from JAXA in March.", "JAXA"),
    ("Astronaut Pola Venn flew three times. Her retirement from NASA in 2012 surprised many.", "NASA"),
    ("Astronaut Pola Venn flew three times. Venn worked for the European Space Agency until 2019.",
     "European Space Agency"),
    ("Astronaut Pola Venn, who worked for ESA until 2019, now flies for a private company.",
     "European Space Agency"),
    ("Astronaut Pola Venn flew three times. Venn served with the Canadian Space Agency from 2009 to 2020.",
     "Canadian Space Agency"),
    ("Astronaut Pola Venn flew three times. Venn spent 20 years at NASA before joining Axiom Space.", "NASA"),
    ("Astronaut Pola Venn flew three times. Venn spent two decades with NASA before she joined Axiom Space.",
     "NASA"),
    ("Astronaut Pola Venn flew three times. After 20 years at NASA, Venn joined Axiom Space.", "NASA"),
])
def test_an_employer_left_or_whose_time_ended_is_former(nlp: Language, text: str, employer: str) -> None:
    assert employers(nlp, text).get(("Pola Venn", employer)) == "former"


@pytest.mark.parametrize("text", [
    "Astronaut Pola Venn flew three times. He retired from NASA and the Navy in 1973 and wrote a book.",
    "Astronaut Pola Venn flew three times. He later retired from NASA and from the Navy, as a rear admiral.",
])
def test_each_employer_left_together_is_former(nlp: Language, text: str) -> None:
    found = employers(nlp, text)
    assert found.get(("Pola Venn", "NASA")) == found.get(("Pola Venn", "Navy")) == "former"


@pytest.mark.parametrize("text", [
    "Astronaut Pola Venn flew three times. Venn has spent a decade at NASA.",
    "Astronaut Pola Venn flew three times. Venn works for NASA until 2027.",
    "Astronaut Pola Venn flew three times. Venn worked for NASA in 2019.",
])
def test_a_job_without_its_end_stays_reported(nlp: Language, text: str) -> None:
    assert employers(nlp, text).get(("Pola Venn", "NASA")) == "reported"


def test_a_retirement_still_to_come_leaves_no_former_employer(nlp: Language) -> None:
    found = employers(nlp, "Astronaut Pola Venn flew three times. Venn will retire from NASA next year.")
    assert "former" not in found.values()


@pytest.mark.parametrize(("text", "employer"), [
    ("The flight is commanded by Pola Venn, who is both a former NASA astronaut and a current Axiom employee.",
     "NASA"),
    ("Pola Venn is a former NASA astronaut and a private pilot.", "NASA"),
    ("Pola Venn, a retired Army colonel, commands the flight.", "Army"),
    ("Pola Venn, a former Air France pilot, commands the flight.", "Air France"),
])
def test_a_former_employer_in_a_description_is_former(nlp: Language, text: str, employer: str) -> None:
    assert employers(nlp, text).get(("Pola Venn", employer)) == "former"


@pytest.mark.parametrize(("text", "employer"), [
    ("Before being selected, Ivo Marsh was a pilot, while Pola Venn was an engineer at Boeing.", "Boeing"),
    ("Before she became an astronaut, Pola Venn was a professor at Purdue University.", "Purdue University"),
    ("Before being chosen in 2010, Pola Venn was an engineer at the Harbin Academy of Space Technology.",
     "Harbin Academy of Space Technology"),
])
def test_a_job_held_before_selection_is_former(nlp: Language, text: str, employer: str) -> None:
    assert employers(nlp, text).get(("Pola Venn", employer)) == "former"


@pytest.mark.parametrize(("text", "employer"), [
    ("After she was selected, Pola Venn was an engineer at Boeing.", "Boeing"),
    ("Before the launch, Pola Venn was an engineer at Boeing.", "Boeing"),
    ("Pola Venn, a professor at Purdue University, flew in 2010.", "Purdue University"),
])
def test_a_job_held_after_selection_or_before_anything_else_stays_reported(
        nlp: Language, text: str, employer: str) -> None:
    assert employers(nlp, text).get(("Pola Venn", employer)) == "reported"


@pytest.mark.parametrize("text", [
    "The flight is commanded by Pola Venn, who is both a former NASA astronaut and a current Axiom employee.",
    "Pola Venn, an Axiom Space employee, commands the flight.",
    "Astronaut Pola Venn is an employee of Axiom Space.",
])
def test_an_employee_works_for_the_company_named(nlp: Language, text: str) -> None:
    found = next(extract(nlp, [Article(text, published="2024-06-10", id="t")]))
    assert employers(nlp, text).get(("Pola Venn", "Axiom Space")) == "reported"
    assert not any(f.predicate in ("occupation", "jobTitle") and getattr(f.object, "value", "") == "employee"
                   for f in found.facts)


def test_a_former_title_is_no_former_employer(nlp: Language) -> None:
    found = employers(nlp, "Pola Venn, the former commander of the station, spoke to NASA reporters on Friday.")
    assert "former" not in found.values()


def test_a_former_employer_still_counts_as_an_employer_in_the_gold(nlp: Language) -> None:
    found = next(extract(nlp, [Article("Former NASA astronaut Pola Venn spoke on Friday.", id="t")]))
    assert key("Pola Venn", "employer", "NASA") in extracted_keys(found)
