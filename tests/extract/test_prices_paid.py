"""What a person paid for a trip to space (invented names): "paid $20 million for his flight",
"who paid $35m (£22m) for a seat" (the bracketed conversion is no second price), "had paid $20
million to travel as a tourist", "her trip cost $20 million", "at an estimated cost of $20
million, X flew" give ``pricePaid``, each amount as written with its hedge and its currency; an
agency's or a company's money, a person's money for anything but a trip, and a denied payment
give none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, Literal, extract


def _prices(nlp: Language, text: str) -> set[tuple[str, str, str, str | None, str]]:
    """(payer, amount, currency, what it bought, modality) of each price read."""
    ex = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    out = set()
    for f in ex.facts:
        if f.predicate == "pricePaid" and isinstance(f.object, Literal):
            q = {k: v.value for k, v in f.qualifiers if isinstance(v, Literal)}
            out.add((names[f.subject], f.object.value, q["unit"], q.get("bought"), f.modality))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("Ivo Renner paid a reported $30 million for his space adventure in 2003.",
     {("Ivo Renner", "$30 million", "US dollar", "adventure", "reported")}),
    ("Ivo Renner, who plans to spend nine days in orbit, paid $30m (£19m) for his flight.",
     {("Ivo Renner", "$30m", "US dollar", "flight", "reported")}),
    ("Ivo Renner paid £19m for a ride to the station.", {("Ivo Renner", "£19m", "pound sterling", "ride", "reported")}),
    ("Mara Voss flew in 2012. She reportedly had paid $25 million to travel as a tourist.",
     {("Mara Voss", "$25 million", "US dollar", None, "reported")}),
    ("Mara Voss paid about $50 million for a seat on the capsule.",
     {("Mara Voss", "about $50 million", "US dollar", "seat", "reported")}),
    ("Mara Voss paid more than €40 million for the trip.",
     {("Mara Voss", "more than €40 million", "euro", "trip", "reported")}),
    ("Mara Voss's trip cost $20 million.", {("Mara Voss", "$20 million", "US dollar", "trip", "reported")}),
    ("Mara Voss will pay $55 million for her seat.", {("Mara Voss", "$55 million", "US dollar", "seat", "planned")}),
])
def test_a_price_paid_for_a_trip(nlp: Language, text: str, expected: set[tuple[str, ...]]) -> None:
    assert _prices(nlp, text) == expected


def test_a_fronted_cost_is_the_subject_s(nlp: Language) -> None:
    text = "At an estimated cost of $20 million (£11 million), Mara Voss became the first woman to fly as a tourist."
    assert {(p, a) for p, a, *_ in _prices(nlp, text)} == {("Mara Voss", "$20 million")}


@pytest.mark.parametrize("text", [
    "NASA paid Tarn Aerospace $4.2 billion for the capsule program.",
    "The programme cost $20 billion.",
    "Mara Voss paid $1 million for the company.",
    "Ivo Renner spent $5 billion on his rocket firm.",
    "Mara Voss did not pay $20 million for the flight.",
    "The flight cost NASA $90 million per seat.",
    "Ivo Renner donated $10 million to the museum.",
])
def test_no_price_from_other_money(nlp: Language, text: str) -> None:
    assert _prices(nlp, text) == set()
