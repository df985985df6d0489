"""A new astronaut class listed after a colon (inline or one bulleted line per candidate),
with invented names; and colons that list no class."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2025-09-23")


@pytest.mark.parametrize(("text", "agency", "year"), [
    ("NASA unveiled its 2025 astronaut candidate class in Houston on Monday. The new candidates, seated in the "
     "front row, are: Lena Voss, Petr Galkin and Tomas Kell.", "NASA", "2025"),
    ("NASA announced its latest class of astronauts on Monday. The 2021 astronaut candidates are:\n"
     "• Air Force Maj. Lena Voss, 32, flies fighter jets.\n"
     "• Petr Galkin, 37, grew up in Ohio.\n"
     "• Tomas Kell, 35, teaches chemistry in Tucson.\n", "NASA", "2021"),
    ("The European Space Agency presented its new astronaut class in Paris, the first since 2009. "
     "Five career astronauts were chosen from more than 22,000 applicants: Lena Voss of France, a pilot; "
     "Petr Galkin of Spain, an engineer; "
     "and Tomas Kell of Britain, a doctor.", "European Space Agency", None),
    ("JAXA's class of 2023 includes: Lena Voss, Petr Galkin and Tomas Kell.", "JAXA", "2023"),
    ('NASA introduced its 10 newest astronaut candidates. "Today we welcome ten new explorers," the administrator '
     'said. "Alone, each candidate has the right stuff: out of many, one."\nThe 2021 astronaut candidates are:\n'
     "• Lena Voss, 32, is a pilot.\n• Petr Galkin, 37, grew up in Ohio.\n• Tomas Kell, 35, is a doctor.\n",
     "NASA", "2021"),  # the announcement two quotes before the list
    ("NASA unveiled its 2025 astronaut class on Monday. The candidates are: Army Capt. Lena Voss, Navy Lt. "
     "Cmdr. Petr Galkin, and Dr. Tomas Kell. Photo: NASA. Administrator Ivo Brandt praised them.",
     "NASA", "2025"),  # the parser ends sentences at "Cmdr." and "Dr."
])
def test_each_one_listed_was_selected(nlp: Language, text: str, agency: str, year: str | None) -> None:
    found = keys(nlp, text)
    for name in ("Lena Voss", "Petr Galkin", "Tomas Kell"):
        assert key(name, "selectedBy", agency) in found
        assert (key(name, "selectionYear", year) in found) if year else not any(
            k[0] == name.lower() and k[1] == "selectionYear" for k in found)


def test_a_bullet_is_no_part_of_a_name(nlp: Language) -> None:
    found = keys(nlp, "The 2021 astronaut candidates are:\n• Lena Voss, 32, is a pilot.\n")
    assert key("Lena Voss", "age", "32") in found


@pytest.mark.parametrize("text", [
    "Three astronauts are aboard: Lena Voss, Petr Galkin and Tomas Kell.",
    "NASA named the Crew-12 crew on Monday: Lena Voss, Petr Galkin and Tomas Kell.",
    "The agenda was simple: Lena Voss would speak, then Petr Galkin.",
])
def test_a_colon_that_lists_no_class_selects_nobody(nlp: Language, text: str) -> None:
    assert not any(k[1] in ("selectedBy", "selectionYear") for k in keys(nlp, text))


def test_a_list_ends_with_its_sentence(nlp: Language) -> None:
    found = keys(nlp, "NASA introduced its new class. The candidates are: Dr. Lena Voss and Petr Galkin. "
                      "Credit: NASA. Administrator Ivo Brandt praised them.")
    assert key("Lena Voss", "selectedBy", "NASA") in found
    assert not any(k[0] == "ivo brandt" and k[1] == "selectedBy" for k in found)
