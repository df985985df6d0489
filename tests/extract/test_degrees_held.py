"""Degrees told with "has", "had" or "holds", in any capitals ("a Bachelor Degree in
Aeronautical Engineering"), and "an alumnus of": schooling with its school, degree and field
("in physics", "an astronomy doctorate", "studied medicine"). Not
honorary doctorates, nor a school someone taught at, visited or whose researchers spoke, nor
a relative's (invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, Literal, extract
from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize(("text", "school", "degree"), [
    ("Rosa Lind, 31, has an astronomy doctorate from the University of Sussex.", "University of Sussex", "Ph.D."),
    ("Rosa Lind had a bachelor's degree in industrial management from Carnegie Mellon University and a "
     "doctorate in physics from the Massachusetts Institute of Technology.", "Carnegie Mellon University", "B.S."),
    ("Rosa Lind had a bachelor's degree in industrial management from Carnegie Mellon University and a "
     "doctorate in physics from the Massachusetts Institute of Technology.",
     "Massachusetts Institute of Technology", "Ph.D."),
    ("In 1982, Rosa Lind graduated with her Bachelor Degree in Aeronautical Engineering from Purdue University.",
     "Purdue University", "B.S."),
    ("Rosa Lind holds a master's in aeronautics from the Massachusetts Institute of Technology.",
     "Massachusetts Institute of Technology", "M.S."),
    ("Rosa Lind is an alumnus of Purdue University.", "Purdue University", None),
])
def test_a_degree_held_names_its_school(nlp: Language, text: str, school: str, degree: str | None) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert key("Rosa Lind", "almaMater", school) in found
    if degree is not None:
        told = key("Rosa Lind", "education", f"{degree} {school}")  # and the year, when given
        assert any(k[:2] == told[:2] and k[2].startswith(told[2]) for k in found)


@pytest.mark.parametrize("text", [
    "Rosa Lind also received four honorary doctorates from New Mexico State University, the University of "
    "Akron and Carnegie Mellon University.",
    "Rosa Lind has a dog from the University of Sussex.",
    "Rosa Lind had taught at Purdue University for a decade.",
    "Rosa Lind has visited Stanford University twice.",
    "University of Sussex researchers said Rosa Lind was healthy.",
    "Rosa Lind's son studies at Purdue University.",
    "Rosa Lind's daughter has a master's degree from Purdue University.",
])
def test_no_schooling_from_other_ties_to_a_school(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert not [k for k in found if k[0] == "Rosa Lind" and k[1] in ("almaMater", "education")]


@pytest.mark.parametrize(("text", "field"), [
    ("Rosa Lind, 31, has an astronomy doctorate from the University of Sussex.", "astronomy"),
    ("Rosa Lind had a doctorate in aeronautics and astronautics from the Massachusetts Institute of Technology.",
     "aeronautics and astronautics"),
    ("Rosa Lind graduated from the U.S. Naval Academy in 1990 and earned a master's degree in physics from "
     "Stanford University.", "physics"),
    ("Rosa Lind studied medicine at the University of Vienna.", "medicine"),
    ("Rosa Lind went on to earn a Ph.D. in geophysics in 1983.", "geophysics"),
    # the field in capitals, and a degree of no kind
    ("Rosa Lind earned a Bachelor's degree and Master's degree in Aerospace Engineering from the University of "
     "Tokyo.", "aerospace engineering"),
    ("Rosa Lind holds degrees in aerospace engineering from the University of Tokyo.", "aerospace engineering"),
    ("Rosa Lind earned a degree in physics at Lund University.", "physics"),
    ("Rosa Lind graduated in chemistry from Lund University.", "chemistry"),
])
def test_the_field_of_a_degree(nlp: Language, text: str, field: str) -> None:
    facts = next(extract(nlp, [Article(text, published="2024-06-10", id="t")])).facts
    fields = {q[1].value for f in facts if f.predicate == "education" for q in f.qualifiers
              if q[0] == "field" and isinstance(q[1], Literal)}
    assert fields == {field}


@pytest.mark.parametrize("text", [
    "After graduating from West Point with a bachelor of science degree, Rosa Lind flew jets.",
    "Rosa Lind earned a degree in 1990 from Purdue University.",
    "Rosa Lind earned a master's degree in Houston from Rice University.",
    "Rosa Lind obtained a masters degree from Lund University.",
])
def test_no_field_from_a_degree_s_name_a_year_or_a_place(nlp: Language, text: str) -> None:
    facts = next(extract(nlp, [Article(text, published="2024-06-10", id="t")])).facts
    assert not [q for f in facts if f.predicate == "education" for q in f.qualifiers if q[0] == "field"]


@pytest.mark.parametrize("text", [
    "In 1997, Rosa Lind enrolled at the Dunmore Air Force Aviation College.",
    "Rosa Lind enrolled in Purdue University in 1997 and later flew jets.",
])
def test_enrolling_at_a_school_makes_it_an_alma_mater(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text)
    assert any(k[0] == "rosa lind" and k[1] == "almaMater" for k in found)


def test_enrolling_someone_else_is_their_schooling(nlp: Language) -> None:
    found = reading.keys(nlp, "Rosa Lind enrolled her son at Purdue University in 2020.")
    assert not any(k[0] == "rosa lind" and k[1] == "almaMater" for k in found)


@pytest.mark.parametrize(("text", "told"), [
    ("Rosa Lind earned a bachelor\u2019s degree in physics from Purdue University in 2002.",
     {"B.S. Purdue University 2002"}),
    ("Rosa Lind then went to the University of Sussex for a master\u2019s degree in aerospace engineering.",
     {"M.S. University of Sussex"}),
    ("Rosa Lind studied electrical engineering at Stanford University, earning a master\u2019s degree (1981) and "
     "a doctorate (1985).", {"M.S. Stanford University 1981", "Ph.D. Stanford University 1985"}),
    ("Rosa Lind studied physics at Purdue University, receiving a bachelor's degree in 1990.",
     {"B.S. Purdue University 1990"}),
])
def test_each_degree_keeps_its_school_and_year(nlp: Language, text: str, told: set[str]) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert {key("Rosa Lind", "education", t) for t in told} <= found


@pytest.mark.parametrize("text", [
    "Rosa Lind studied physics at Purdue University, earning praise from her teachers.",
    "Rosa Lind visited Purdue University, earning a master's degree two years later.",
])
def test_a_participle_gives_no_degree_it_does_not_name_or_no_school_it_was_not_earned_at(
        nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert not [k for k in found if k[1] == "education" and "purdue" in k[2] and k[2] != "purdue university"]


@pytest.mark.parametrize(("text", "told"), [
    ("Rosa Lind obtained a masters degree from Lund University; and in 1979 she became a doctor in plasma physics "
     "at University of Leeds, England.", "Ph.D. University of Leeds 1979"),
    ("Rosa Lind became a doctor of medicine at the University of Leeds in 1985.", "M.D. University of Leeds 1985"),
    ("She obtained a masters degree in telecommunication systems from University of Essex, England; and in 1979 "
     "Rosa Lind became a doctor in electromagnetic radiation at University of Leeds, England.",
     "Ph.D. University of Leeds 1979"),
    ("Rosa Lind received a doctor's degree in engineering from Purdue University in 2004.",
     "Ph.D. Purdue University 2004"),
])
def test_becoming_a_doctor_of_a_field_at_a_school_is_a_doctorate(nlp: Language, text: str, told: str) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert key("Rosa Lind", "education", told) in found
    assert key("Rosa Lind", "occupation", "doctor") not in found


@pytest.mark.parametrize("text", [
    "Rosa Lind became a doctor in 1990.",
    "Rosa Lind became a doctor at the Leeds General Hospital.",
])
def test_becoming_a_doctor_without_a_field_and_a_school_is_a_trade(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert not [k for k in found if k[1] == "education"]
    assert key("Rosa Lind", "occupation", "doctor") in found


@pytest.mark.parametrize(("text", "school"), [
    ("In 1982, Rosa Lind graduated with her Bachelor Degree in Aeronautical Engineering from Tarn Engineering "
     "college in Ostby.", "Tarn Engineering college"),
    ("Rosa Lind, who studied at Ostby State university, was chosen in 2020.", "Ostby State university"),
])
def test_a_school_named_with_a_lower_case_noun_is_a_school(nlp: Language, text: str, school: str) -> None:
    assert key("Rosa Lind", "almaMater", school) in reading.keys(nlp, text, "2024-06-10")


@pytest.mark.parametrize("text", [
    "Rosa Lind studied at a Tarn Valley college before she was chosen in 2020.",
    "The Tarn Valley college gave Rosa Lind a post in 2020.",
    "Rosa Lind went to college in Ostby before she was chosen in 2020.",
])
def test_a_college_told_by_its_place_is_no_school_s_name(nlp: Language, text: str) -> None:
    assert not [k for k in reading.keys(nlp, text, "2024-06-10") if k[1] == "almaMater"]
