"""A company's roster of its flyers, each entry a bulleted line of its own between blank lines
and each name after a title and the holder's number ("• Astronaut 027 Ron Rosaldo from the
United States"): the entries are no headlines, and the names are people's. Invented names."""

from __future__ import annotations

from spacy.language import Language

from extract import Article, extract
from extract.components.lines import headline_lines


def test_each_numbered_entry_of_a_bulleted_roster_is_a_person(nlp: Language) -> None:
    text = ("Galactic 09 lands in New Mexico\n\nThe company flew its ninth commercial flight on Thursday.\n\n"
            "Onboard ‘Galactic 09’:\n\n"
            "  • Astronaut 027 Ron Rosaldo from the United States of America\n\n"
            "  • Astronaut 028 Trevor Bannister from the United Kingdom\n\n"
            "  • Astronaut 029 Amina Qureshi from Pakistan, the first person to fly to space from that country.\n\n"
            "The flight lasted an hour.")
    ex = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    people = {e.name for e in ex.entities if "Astronaut" in e.types}
    assert {"Ron Rosaldo", "Trevor Bannister", "Amina Qureshi"} <= people
    assert not any(any(ch.isdigit() for ch in p) for p in people)


def test_a_bulleted_line_is_no_headline_and_a_short_paragraph_still_is() -> None:
    text = "Crew Lands\n\n• Astronaut 027 Ron Rosaldo\n\nSection Two\n\nThe crew landed on Friday."
    assert [text[s:e] for s, e in headline_lines(text)] == ["Crew Lands", "Section Two"]
