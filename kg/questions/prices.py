"""What a person paid for a trip to space (akg:pricePaid): "How much did X pay for his
flight?", "How much did X's trip cost?", "What was the estimated cost of X's trip?", "What
price did X pay?". Each amount is given as the articles wrote it ("$35m", "£22m"), never a
budget or a figure of another kind; with none, the message says the articles give no price.

A question that names no person ("How much did a seat on NS-19 cost?") is not one of these:
the graph keeps what people paid, not a flight's list price."""

from __future__ import annotations

from collections.abc import Iterator

from pyoxigraph import NamedNode

from kg.namespaces import AKG
from kg.questions.amounts import read_amounts
from kg.questions.match import Parsed
from kg.questions.readers import node, people_named
from kg.questions.templates import Context, Plan, template

#: verbs that ask what was paid ("how much did X pay", "how much did X's trip cost")
_VERBS = {"pay", "paid", "cost"}
#: verbs that ask what was paid when money is named ("how much money did X spend on the trip")
_SPEND = {"spend", "spent"}
#: nouns that ask for a price ("the estimated cost of X's trip", "what price did X pay")
_NOUNS = {"cost", "price", "fee", "fare"}


@template("price", priority=52)
def price_paid(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "How much did X pay?": the prices the articles give for X (see the module)."""
    named = people_named(parsed, ctx)
    if len(named) != 1 or not _asks_price(parsed) or "pricePaid" not in ctx.vocabulary.properties:
        return
    mention = named[0]
    empty = f"The articles give no price {mention.best.label} paid."
    yield Plan("price", "amounts", {"topic": node(mention.best.iri), "p": NamedNode(str(AKG.pricePaid))},
               read_amounts(empty), ((mention, mention.best),), empty=empty, final=True)


def _asks_price(parsed: Parsed) -> bool:
    """Whether the question asks for an amount paid: "how much" with a verb of paying, or a
    noun of a price asked with "what" ("What was the cost of ...?", "What price did X pay?")."""
    lemmas = [t.lemma.lower() for t in parsed.tokens]
    words = [t.lower for t in parsed.tokens]
    much = next((i for i, (a, b) in enumerate(zip(words, words[1:], strict=False)) if (a, b) == ("how", "much")), None)
    if much is not None:
        after = parsed.tokens[much + 2] if much + 2 < len(parsed.tokens) else None
        if after is not None and after.pos in ("NOUN", "PROPN") and after.lower != "money":
            return False  # "how much time has X spent": another amount
        money = "money" in words
        return any(w in _VERBS or money and w in _SPEND for w in (*lemmas, *words))
    return parsed.wh == "what" and any(w in _NOUNS for w in lemmas)
