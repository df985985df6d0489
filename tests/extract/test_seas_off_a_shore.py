"""A splashdown told in a sea off the coast of a state or a country ("in the Pacific Ocean off
the coast of Southern California") was in the sea: the state is only its shore. A town the capsule
came down off stays the point (issue 16), and a shore with no sea named stays what the article
gives. Invented names, several phrasings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _sites(nlp: Language, text: str, who: str) -> set[str]:
    return {t[2] for t in reading.triples(nlp, text, kind="landingSite") if t[0] == who}


@pytest.mark.parametrize(("text", "sea"), [
    ("Ann Lee and Bo Tan splashed down in the Pacific Ocean off the coast of Southern California on Tuesday.",
     "pacific ocean"),
    ("Ann Lee and Bo Tan splashed down in the Atlantic Ocean off the coast of Florida on Tuesday.", "atlantic ocean"),
    ("Ann Lee and Bo Tan splashed down off the coast of Florida in the Gulf of Mexico on Tuesday.", "gulf of mexico"),
    ("Crew Ends Mission With Splashdown off California Coast\n\nAnn Lee and Bo Tan splashed down in the Pacific "
     "Ocean off the coast of Southern California on Tuesday.", "pacific ocean"),
])
def test_a_sea_off_a_states_coast_is_the_landing_site(nlp: Language, text: str, sea: str) -> None:
    assert _sites(nlp, text, "ann lee") == {sea}


@pytest.mark.parametrize(("text", "site"), [
    ("Ann Lee and Bo Tan splashed down in the Atlantic Ocean off the coast of Pensacola on Tuesday.", "pensacola"),
    ("Ann Lee and Bo Tan splashed down off the coast of Florida on Tuesday.", "florida"),
    ("Ann Lee and Bo Tan landed in the Kazakh steppe near Arkalyk on Tuesday.", "arkalyk"),
])
def test_a_town_or_a_shore_alone_stays_the_site(nlp: Language, text: str, site: str) -> None:
    assert _sites(nlp, text, "ann lee") == {site}


def test_a_sea_told_apart_from_the_shore_leaves_both(nlp: Language) -> None:
    text = "Ann Lee and Bo Tan splashed down in the Atlantic Ocean on Saturday.\n\nThe crew splashed down off the " \
        "coast of Florida, NASA said."
    assert _sites(nlp, text, "ann lee") == {"atlantic ocean", "florida"}
