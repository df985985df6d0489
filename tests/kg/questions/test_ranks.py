"""A rank asked of a role ("the first commander of X") is answered only from a sentence that
states that rank of the noun asked; a commander the articles never call the first is no answer
(invented names, hand-declared facts)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from extract.facts import Extraction
from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore
from tests.factories import ExtractionBuilder, load_articles


def station_commanders() -> Extraction:
    b = ExtractionBuilder(
        "Europe's First Lyra Station Commander Takes Charge\n\n"
        "Ada Rinn took command of Lyra station on Monday, becoming the first Canadian ever to command it. "
        "Omar Haddad commanded Orin station last year. Ida Soren, the first ever to command Vela station, "
        "retired.",
        title="Europe's First Lyra Station Commander Takes Charge", id="lyra-command", published="2031-03-02",
    )
    b.entity("Ada Rinn", "Astronaut", aliases=("Rinn",))
    b.entity("Omar Haddad", "Astronaut", aliases=("Haddad",))
    b.entity("Lyra station", "SpaceStation")
    b.entity("Orin station", "SpaceStation")
    b.fact("Lyra station", "commander", "Ada Rinn", evidence="the first Canadian ever to command it")
    b.fact("Orin station", "commander", "Omar Haddad", evidence="Omar Haddad commanded Orin station last year")
    b.entity("Ida Soren", "Astronaut", aliases=("Soren",))
    b.entity("Vela station", "SpaceStation")
    b.fact("Vela station", "commander", "Ida Soren", evidence="the first ever to command Vela station")
    return b.build()


@pytest.fixture(scope="module")
def ranks(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    store = OxigraphStore(Path(tmp_path_factory.mktemp("ranks")) / "store")
    load_articles(store, [station_commanders])
    yield Asker(store, nlp)
    store.close()


@pytest.mark.parametrize("station", ["Lyra station", "Orin station"])
def test_a_commander_is_no_first_commander_unless_a_sentence_says_so(ranks: Asker, station: str) -> None:
    """Lyra's one commander is its first Canadian one, under a headline that makes her Europe's
    first; Orin's is never ranked. Neither is the station's first commander."""
    assert len(ranks.answer(f"Who commanded {station}?").answers) == 1
    answer = ranks.answer(f"Who was the first commander of {station}?")
    assert answer.answers == () and "first commander" in (answer.message or "")
    assert ranks.answer(f"Who was the last commander of {station}?").answers == ()


def test_the_rank_stated_in_the_answers_sentence_answers(ranks: Asker) -> None:
    """"the first ever to command Vela station" says the rank; a headline's "Europe's first Lyra
    station commander" is no first commander of the station."""
    assert [a.label for a in ranks.answer("Who was the first commander of Vela station?").answers] == ["Ida Soren"]
