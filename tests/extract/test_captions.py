"""Photo captions left in an article's text ("A (left) welcomes B (middle) and C (right)"):
a "they" of the story after one means the people the story told of before it, not whom the
photo shows (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def keys(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2024-06-20")


@pytest.mark.parametrize("story", [
    ("On June 3, Lin Dao and cosmonaut Ivan Petrak were launched from Baikonur on board the Soyuz 77 mission.",
     "Cosmonaut Oleg Rusk (left) welcomes Lin (middle) and Petrak (right) to the station.",
     "They docked at the station, stayed for seven days, and returned on June 11."),
    ("On June 3, Lin Dao and cosmonaut Ivan Petrak lifted off from Baikonur aboard the Soyuz 77 mission.",
     "Cosmonaut Oleg Rusk (center) greets Lin and Petrak at the station.",
     "They stayed for seven days and returned on June 11."),
    ("On June 3, Lin Dao and cosmonaut Ivan Petrak were launched from Baikonur on the Soyuz 77 mission.",
     "Cosmonaut Oleg Rusk (second from left) poses with Lin and Petrak aboard the station.",
     "They spent eight days in orbit and returned on June 11."),
    ("On June 3, Lin Dao and cosmonaut Ivan Petrak were launched on board the Soyuz 77 mission.",
     "Cosmonaut Oleg Rusk (pictured) welcomes Lin and Petrak to the station.",
     "They docked at the station, stayed for seven days, and landed on June 11."),
    ("On June 3, Lin Dao and cosmonaut Ivan Petrak were launched from Baikonur on board the Soyuz 77 mission.",
     "Cosmonaut Oleg Rusk (R) welcomes Lin and Petrak (L) to the station.",
     "They stayed for a week and returned on June 11."),
])
def test_they_after_a_caption_is_not_who_the_photo_shows(nlp: Language, story: tuple[str, str, str]) -> None:
    found = keys(nlp, "\n\n".join(story))  # the launch, the caption, the stay
    assert key("Lin Dao", "returnDate", "2024-06-11") in found
    assert not any("oleg rusk" in (k[0], k[2]) and k[1] in ("flewWith", "returnDate", "timeInSpace") for k in found)


def test_they_after_a_caption_that_leads_the_story_is_who_it_shows(nlp: Language) -> None:
    found = keys(nlp, "Astronauts return home\n\nAstronauts Ada Rinn (C), Tomas Kell (R) and Lena Voss wave after "
                      "their landing.\n\nThey returned to Earth on June 11 after three months in orbit.")
    for name in ("Ada Rinn", "Tomas Kell", "Lena Voss"):
        assert key(name, "returnDate", "2024-06-11") in found


@pytest.mark.parametrize("filler", ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"])
def test_a_pages_filler_line_does_not_break_a_they(nlp: Language, filler: str) -> None:
    """"Advertisement" between two paragraphs: the "they" after it still means the crew told of
    before it."""
    text = (f"Crew home\n\nLin Dao, Ivan Petrak and Oleg Rusk touched down in Kazakhstan on Tuesday. They left "
            f"the station at 8:40 p.m.\n\n{filler}\n\nThey spent 197 days in space.\n")
    found = keys(nlp, text)
    for name in ("Lin Dao", "Ivan Petrak", "Oleg Rusk"):
        assert key(name, "timeInSpace", "197") in found


def test_a_filler_line_names_no_one_for_a_they(nlp: Language) -> None:
    text = ("Crew home\n\nLin Dao and Ivan Petrak touched down in Kazakhstan on Tuesday.\n\nAdvertisement\n\n"
            "Officials said the weather was fine. They spent 197 days on the plan.\n")
    assert not {k for k in keys(nlp, text) if k[1] == "timeInSpace"}


@pytest.mark.parametrize("filler", ["Subscribe now", "Sign up", "Read more"])
def test_a_filler_line_is_no_one(nlp: Language, filler: str) -> None:
    """A page's button ("Subscribe now"), which the model may tag a person, is no one a
    description after it can mean."""
    text = (f"Malaysian flies\n\n{filler}\n\nThe Malaysian astronaut, Ada Rinn, is flying with the new commander "
            "of the International Space Station, astronaut Tomas Kell.\n")
    found = keys(nlp, text)
    assert not {k for k in found if filler.split()[0].lower() in k[0] or filler.split()[0].lower() in k[2]}
    assert key("Tomas Kell", "crewRole", "commander") in found
