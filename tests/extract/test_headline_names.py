"""A saved page's title gives no name of its own: a title word after a name ("Karen Holloway
Biography") is no part of it, and a page that repeats its headline above the story ("Title",
a blank line, "Title" again, a byline) has a headline there too, whose title-case words
("Return") name no one unless the body writes them as a name. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.components.lines import headline_lines


def _people(nlp: Language, text: str) -> set[str]:
    ex = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    return {e.name for e in ex.entities if "Person" in e.types}


@pytest.mark.parametrize("word", ["Biography", "Profile", "Obituary"])
def test_a_page_titles_word_after_a_name_is_no_part_of_it(nlp: Language, word: str) -> None:
    name = "Karen Holloway"
    text = (f"{name} {word}\n\nFacts about {name}\n{name} {word}\n{name} was a high school teacher from "
            "Dover, New Hampshire, who died with six other astronauts in 1991. Holloway was chosen from 900 "
            f"teachers.\n\nAbout {name} {word} pages")
    assert _people(nlp, text) == {name}


def test_a_repeated_headlines_title_case_words_name_no_one(nlp: Language) -> None:
    title = "China's Shenzhou-30 Astronauts Return To Earth After Window Cracks Incident"
    text = (f"{title}\n\n{title}\nDaily Feed @dailyfeed\nChina's Shenzhou-30 taikonauts successfully returned "
            "to Earth on Friday, touching down at the landing site. The crew, consisting of Commander Li Wen, "
            "Bo Tan, and Wu Lei, launched on April 24. Their return was delayed by nine days.")
    people = _people(nlp, text)
    assert "Return" not in people and {"Li Wen", "Bo Tan", "Wu Lei"} <= people


@pytest.mark.parametrize(("text", "name"), [
    ("Li Wen Returns Home\n\nLi Wen returned to Earth on Friday, the agency said.", "Li Wen"),
    ("Jim Harlow, commander of Apollo 19, dies at 95 in Lake Forest\n\nLAKE FOREST, Ill. -- Jim Harlow, who "
     "commanded Apollo 19, died on Thursday, his family said.", "Lake Forest"),  # the dateline in capitals
])
def test_a_name_the_body_uses_stays_in_a_headline(nlp: Language, text: str, name: str) -> None:
    ex = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    assert name in {e.name for e in ex.entities}


def test_a_line_repeating_the_headline_is_a_headline_line() -> None:
    text = "Crew Lands Safely\n\nCrew Lands Safely\nBy-line here\nThe crew landed. Crew Lands Safely"
    assert [text[s:e] for s, e in headline_lines(text)] == ["Crew Lands Safely", "Crew Lands Safely"]


def test_a_date_repeated_above_the_story_is_a_dateline_not_a_headline() -> None:
    text = "Oct 2 1984\n\nOct 2 1984\nFrom The Library\nThree cosmonauts returned to Earth after 237 days."
    assert [text[s:e] for s, e in headline_lines(text)] == ["Oct 2 1984"]
