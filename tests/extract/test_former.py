"""Former employers (extract/rules/descriptors.py): an employer said with "former",
"retired", "ex-", "onetime" or "who left" is read with the modality "former"; it is still an
employer fact (a former employer is an employer), so the gold counts it. Invented names."""

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


def test_a_former_title_is_no_former_employer(nlp: Language) -> None:
    found = employers(nlp, "Pola Venn, the former commander of the station, spoke to NASA reporters on Friday.")
    assert "former" not in found.values()


def test_a_former_employer_still_counts_as_an_employer_in_the_gold(nlp: Language) -> None:
    found = next(extract(nlp, [Article("Former NASA astronaut Pola Venn spoke on Friday.", id="t")]))
    assert key("Pola Venn", "employer", "NASA") in extracted_keys(found)
