"""A region named by a compass word before a place ("West Texas") is the place the text names,
not the whole state (invented flights and people, several phrasings)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extract import Article, extract
from extract.components.regions import with_compass


def places(nlp: Language, text: str) -> set[str]:
    found = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    return {e.name for e in found.entities if "Place" in e.types}


@pytest.mark.parametrize(("text", "region"), [
    ("Tom Vela's partner Ana Ruiz picked her crewmates for NS-41, which lifted off from Blue Origin's West Texas "
     "base at 8:30 a.m. local time/9:30 a.m. EDT.", "West Texas"),
    ("The rocket lifted off from South Texas on Monday for NS-42.", "South Texas"),
    ("The NV-12 capsule took off from Vela's private facility in West Texas on Sunday.", "West Texas"),
])
def test_the_region_is_the_place(nlp: Language, text: str, region: str) -> None:
    assert region in places(nlp, text)


def test_a_compass_word_is_taken_in_only_when_it_names_no_other_thing(nlp: Language) -> None:
    doc = nlp.make_doc("They flew West Texas way, then west Texas roads, then Western, Texas.")
    assert isinstance(doc, Doc)
    spans = [doc.char_span(m, m + len("Texas"), label="GPE") for m in
             [i for i in range(len(doc.text)) if doc.text.startswith("Texas", i)]]
    widened = [s.text for s in with_compass(doc, [s for s in spans if s is not None])]
    assert widened == ["West Texas", "Texas", "Texas"]  # lower-case "west" and "Western," are no part of it
    taken = [s for s in [doc.char_span(doc.text.index("West"), doc.text.index("West") + 4, label="LOC"),
                         spans[0]] if s is not None]
    assert [s.text for s in with_compass(doc, taken)] == ["West", "Texas"]  # "West" is an entity of its own
