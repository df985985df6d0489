"""Who founded an organisation and who heads one, in the ways reporters say it, and titles
that lead no named organisation (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-07-20")


@pytest.mark.parametrize("text", [
    "Yuri Volk founded Skyhaven Ventures in 1998.",
    "In 1998, Yuri Volk founded the Skyhaven Ventures, a provider of trips in California.",
    "Yuri Volk flew on Monday. Skyhaven Ventures was founded by Volk in 1998.",
    "Yuri Volk, the circus owner who founded Skyhaven Ventures, flew.",
    "Skyhaven Ventures founder Yuri Volk flew.",
    "Yuri Volk, the founder of Skyhaven Ventures, flew.",
    "Yuri Volk co-founded Skyhaven Ventures with Ada Lind.",
])
def test_a_founder(nlp: Language, text: str) -> None:
    assert ("skyhaven ventures", "founder", "yuri volk") in triples(nlp, text, kind="founder")


def test_the_company_is_the_one_named_before(nlp: Language) -> None:
    text = "Yuri Volk flew on a rocket from Skyhaven's launch site. The company was founded by Volk in 1998."
    assert triples(nlp, text, kind="founder") == {("skyhaven", "founder", "yuri volk")}


@pytest.mark.parametrize("text", [
    "Yuri Volk was a founder of a chess club at school.",
    "Yuri Volk flew with NASA on Monday. The company was founded by Volk in 1998.",  # an agency is no company
])
def test_no_founder_of_what_is_not_a_named_company(nlp: Language, text: str) -> None:
    assert triples(nlp, text, kind="founder") == set()


@pytest.mark.parametrize(("text", "org"), [
    ("Yuri Volk, the head of Skyhaven Ventures, praised the crew.", "skyhaven ventures"),
    ("Skyhaven Ventures chief executive Yuri Volk praised the crew.", "skyhaven ventures"),
    ("Yuri Volk, the chief executive officer of Skyhaven Ventures, said the company would fly again.",
     "skyhaven ventures"),
    ("The final crew member was Yuri Volk, the CEO of Skyhaven Ventures.", "skyhaven ventures"),
    ('"All is well," said Yuri Volk, head of the Russian space agency Roscosmos, which managed the landing.',
     "roscosmos"),
])
def test_a_head_leads_the_organisation(nlp: Language, text: str, org: str) -> None:
    assert triples(nlp, text, kind="leader") == {(org, "leader", "yuri volk")}


@pytest.mark.parametrize("text", [
    "Yuri Volk, head of the medical team at NASA, spoke.",
    "Yuri Volk, the head of the astronaut office at NASA, spoke.",
    "Former NASA administrator Yuri Volk spoke.",
    "Yuri Volk, deputy head of Skyhaven Ventures, spoke.",
])
def test_a_head_of_a_part_or_a_former_head_leads_nothing(nlp: Language, text: str) -> None:
    assert triples(nlp, text, kind="leader") == set()


@pytest.mark.parametrize(("text", "when"), [
    ("Yuri Volk founded Skyhaven Ventures in 1998.", "1998"),
    ("In 1998, Yuri Volk founded the Skyhaven Ventures, a provider of trips in California.", "1998"),
    ("Yuri Volk flew on Monday. Skyhaven Ventures was founded by Volk in March 1998.", "1998-03"),
    ("Skyhaven Ventures, founded in 1998, flies tourists.", "1998"),
])
def test_the_year_of_a_founding(nlp: Language, text: str, when: str) -> None:
    assert triples(nlp, text, kind="foundingDate") == {("skyhaven ventures", "foundingDate", when)}


@pytest.mark.parametrize("text", [
    "Skyhaven Ventures founder Yuri Volk flew in 2001.",  # the year of the flight
    "The crater was found in 1998 by Yuri Volk.",
])
def test_no_founding_year_but_the_founding_s(nlp: Language, text: str) -> None:
    assert triples(nlp, text, kind="foundingDate") == set()
