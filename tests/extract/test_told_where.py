"""Where news of a death was told is not where the death was: "the death of X was announced in
Warsaw", "Y said in Warsaw that X died". Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "The death of Ludo Varga was announced in Warsaw by Dale Korvin, a member of parliament.",
    "The death of cosmonaut Ludo Varga was confirmed in Warsaw on Tuesday.",
    "Ludo Varga's death was reported in Warsaw on Tuesday by the agency.",
    "Ludo Varga, a former pilot, has died aged 81, his son-in-law Dale Korvin said on Tuesday in Warsaw.",
    "Ludo Varga died on Tuesday. Dale Korvin, who announced the death in Warsaw, called him a hero.",
])
def test_where_a_death_was_told_is_no_death_place(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] == "deathPlace" and k[2] == "warsaw"}


@pytest.mark.parametrize("text", [
    "Dale Korvin, a spokesman for the agency, announced in Houston that astronaut Ludo Varga had died in Warsaw.",
    "Ludo Varga died in Warsaw on Tuesday, the agency announced.",
    "The agency said Ludo Varga died on Tuesday in Warsaw.",
])
def test_where_the_death_was_stays(nlp: Language, text: str) -> None:
    assert ("ludo varga", "deathPlace", "warsaw") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "The pilot's death was announced on Twitter by his son-in-law, parliament member Dale Korvin, who told the "
    "press that he died in a Warsaw hospital.",
    "Ludo Varga was a pilot. His son Dale Korvin said he died in a Warsaw hospital on Tuesday.",
    "Ludo Varga retired in 1990. Dale Korvin said that he died in Warsaw on Tuesday.",
    "Ludo Varga flew in 1978. His brother, Dale Korvin, told reporters that he died in Warsaw.",
    "Dale Korvin, Ludo Varga's nephew, wrote that he died in Warsaw on Tuesday.",
])
def test_the_teller_of_a_death_is_not_the_one_who_died(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[0] == "dale korvin" and k[1].startswith("death")}


@pytest.mark.parametrize("text", [
    "Gen. Ludo Varga. Photo PAP/Dale Korvin\nLudo Varga, Poland's only cosmonaut, has died at the age of 81.",
    "Ludo Varga after landing. (AP Photo/Dale Korvin)\nLudo Varga landed near Dzhezkazgan on Friday.",
    "Ludo Varga after landing. Photo: Reuters/Dale Korvin\nLudo Varga landed near Dzhezkazgan on Friday.",
    "Ludo Varga in 1978. Photo PAP/Dale Korvin\nLudo Varga flew aboard Soyuz 40 in 1978.",
    "Gen. Ludo Varga. Foto PAP/Dale Korvin\nLudo Varga, Poland's only cosmonaut, has died at the age of 81.",
])
def test_a_picture_s_credit_is_no_employer_and_no_one(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not {k for k in found if k[1] == "employer" or "korvin" in k[0] or "korvin" in k[2]}
