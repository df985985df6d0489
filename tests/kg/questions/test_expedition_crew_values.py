"""An expedition's crew asked as such ("When did the Expedition 90 trio land?", "Where did the
crew of Expedition 90 land?") is answered by the value most of its crew share, as a flight's
crew is; an expedition asked alone ("When did Expedition 90 land?") says no one's landing, and
no value held by fewer than half of its crew, or by one member alone, answers. Hand-declared facts, invented names."""

from __future__ import annotations

import pytest

from extract.facts import Extraction
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, date, labels


def _expeditions() -> Extraction:
    b = ExtractionBuilder(
        "Expedition 90 flight engineers Ada Rusk, Ivo Penn and Una Sell landed near Zhezkent on 4 November 2031. "
        "Expedition 91 had Per Odd, Ola Brin and Eli Varn. Per Odd came home on 1 May 2031. Ola Brin came home on "
        "2 June 2031. Eli Varn came home on 3 July 2031. Expedition 92 had Kai Moor, who came home on 9 May 2032.",
        title="Expedition 90 is home", id="exp90", published="2031-11-05",
    )
    for name in ("Ada Rusk", "Ivo Penn", "Una Sell", "Per Odd", "Ola Brin", "Eli Varn", "Kai Moor"):
        b.entity(name, "Astronaut")
    for flight in ("Expedition 90", "Expedition 91", "Expedition 92"):
        b.entity(flight, "Expedition")
    b.entity("Zhezkent", "City")
    for name in ("Ada Rusk", "Ivo Penn", "Una Sell"):
        b.fact("Expedition 90", "crewMember", name, evidence="Expedition 90 flight engineers")
        b.fact(name, "returnDate", date("2031-11-04"), evidence="landed near Zhezkent on 4 November 2031")
        b.fact(name, "landingSite", "Zhezkent", evidence="landed near Zhezkent")
    for name, day in (("Per Odd", "2031-05-01"), ("Ola Brin", "2031-06-02"), ("Eli Varn", "2031-07-03")):
        b.fact("Expedition 91", "crewMember", name, evidence="Expedition 91 had")
        b.fact(name, "returnDate", date(day), evidence=f"{name} came home")
    b.fact("Expedition 92", "crewMember", "Kai Moor", evidence="Expedition 92 had Kai Moor")
    b.fact("Kai Moor", "returnDate", date("2032-05-09"), evidence="who came home on 9 May 2032")
    return b.build()


asker = asker_over(_expeditions)


@pytest.mark.parametrize("question", [
    "When did the Expedition 90 trio land?",
    "When did the Expedition 90 crew return to Earth?",
    "When did the crew of Expedition 90 land?",
    "When did the Expedition 90 astronauts come home?",
])
def test_an_expeditions_crew_shares_its_landing(asker: Asker, question: str) -> None:
    assert labels(asker.answer(question)) == ["4 November 2031"]


def test_where_an_expeditions_crew_landed(asker: Asker) -> None:
    assert labels(asker.answer("Where did the Expedition 90 crew land?")) == ["Zhezkent"]


@pytest.mark.parametrize("question", [
    "When did Expedition 90 land?",  # whose landing: not said
    "When did the Expedition 91 crew land?",  # each came home on another day
    "When did the Expedition 92 crew land?",  # one member's landing: perhaps another trip's
])
def test_no_shared_value_no_answer(asker: Asker, question: str) -> None:
    assert labels(asker.answer(question)) == []
