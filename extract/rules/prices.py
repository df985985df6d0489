"""What a person paid for a trip to space, as ``pricePaid``: "X paid $20 million for his
flight", "X, who paid a reported $35m (£22m) for a seat", "X reportedly paid $20 million to
travel as a tourist", "X's trip cost $20 million", "At an estimated cost of $20 million, X
became the first ...". Each amount is kept as written with its hedge ("about $20 million") and
its currency, with what it bought ("seat", "flight") and the flight when the phrase names one;
an amount in brackets after it ("$35m (£22m)") is the same price converted, and is left out.

Only a person pays: an agency's or a company's money ("NASA paid Boeing $4.2 billion", "the
programme cost $20 billion") is no ticket, and a person's money for anything but a trip ("paid
$1 million for the company", "spent $5 billion on his rocket firm") is none either."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from extract.components.context import Context, entity, value
from extract.frames.mood import mood
from extract.rules.common import MISSIONS, VERSION

#: currency signs the trigger words are, and the currency each names
CURRENCIES = {"$": "US dollar", "us$": "US dollar", "£": "pound sterling", "€": "euro"}
#: an amount after its sign: "$20 million", "$35m", "$450,000", "£11 million"
_AMOUNT = re.compile(r"(?:US)?[$£€] ?\d[\d,]*(?:\.\d+)?(?:(?: |-)?(?:million|billion|thousand)\b|(?:m|bn|k)\b)?")
#: words before an amount that say how exact it is, kept with it ("about $20 million", "more than
#: $20 million"); "a reported" and "an estimated" say who gives the figure, and stay out of it
_KEPT = {"about", "around", "roughly", "some", "nearly", "almost", "approximately", "over", "under"}
_KEPT_PAIRS = {("more", "than"), ("less", "than"), ("at", "least"), ("up", "to")}
#: nouns of what a ticket buys ("paid $20 million for his flight", "the cost of a seat")
TRIP_NOUNS = {"flight", "trip", "seat", "ticket", "ride", "journey", "voyage", "adventure", "mission", "stay", "visit",
              "holiday", "vacation", "excursion", "spaceflight", "tour", "jaunt", "place", "berth", "passage",
              "privilege", "chance", "opportunity", "experience"}
#: verbs whose "to" clause is the trip paid for ("paid $20 million to travel as a tourist")
_TRIP_VERBS = {"fly", "travel", "go", "visit", "ride", "spend", "launch", "become", "join", "stay", "orbit", "blast"}
#: nouns of a price ("at an estimated cost of $20 million", "the price of his seat")
_PRICE_NOUNS = {"cost", "price", "fee", "fare", "tag", "sum"}


def price(ctx: Context, tok: Token, span: Span) -> None:
    """Read the amount a currency sign starts and the payer and trip around it (see the module)."""
    currency = CURRENCIES.get(tok.lower_)
    found = _AMOUNT.match(ctx.text, tok.idx)
    doc = ctx.doc
    if currency is None or found is None or _converted(tok):
        return
    end = next((t.i for t in doc[tok.i:] if t.idx + len(t) >= found.end()), tok.i)
    amount = doc[tok.i:end + 1]
    number = next((t for t in amount if not tok.i <= t.head.i <= end or t.head.i == t.i), amount[-1])
    read = _paid(ctx, number) or _costed(ctx, number)
    if read is None:
        return
    person, verb, bought = read
    modality = mood(ctx, verb)
    if modality is None:
        return
    written = _hedge(doc[tok.i - 2:tok.i] if tok.i >= 2 else doc[:tok.i]) + ctx.text[tok.idx:found.end()]
    q: list[list[Any]] = [["unit", value(currency)]]
    if bought is not None:
        q.append(["bought", value(bought.lemma_.lower())])
        flight = next((c for t in bought.subtree if (c := ctx.cluster(t)) is not None and ctx.is_a(t, *MISSIONS)),
                      None)
        if flight is not None:
            q.append(["mission", entity(flight)])
    evidence = doc[min(tok.i, verb.i):max(end, verb.i) + 1]
    ctx.add(person, "pricePaid", value(written), evidence, rule=f"{VERSION}:price", confidence=0.8, qualifiers=q,
            modality=modality)


def _paid(ctx: Context, number: Token) -> tuple[int, Token, Token | None] | None:
    """The person who paid an amount, the verb "pay" and what it bought: the amount is the
    object of "pay" (or stands in apposition to one that is: "$35m (£22m)"), and the verb has a
    trip as its "for" object or a trip's verb as its "to" clause (which the parser may hang from
    the amount: "paid $20 million to travel")."""
    t = number
    while t.dep_ in ("appos", "conj", "compound", "quantmod", "nmod", "nummod") and t.head.i != t.i:
        t = t.head
    verb = t.head
    if t.dep_ not in ("dobj", "npadvmod", "attr") or verb.lemma_ != "pay":
        return None
    bought = _trip_bought(ctx, verb)
    clauses = [*verb.children, *t.children]  # "to travel" hangs from the verb or from the amount
    if bought is None and not any(c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.lemma_ in _TRIP_VERBS
                                  for c in clauses):
        return None
    person = ctx.subject_of(verb, limit=3)
    return (person, verb, bought) if person is not None else None


def _costed(ctx: Context, number: Token) -> tuple[int, Token, Token | None] | None:
    """The person whose trip cost an amount: "X's trip cost $20 million", "the flight cost him
    $20 million", or a fronted "At a cost of $20 million, X flew"."""
    t = number
    while t.dep_ in ("appos", "conj", "compound", "quantmod", "nmod", "nummod") and t.head.i != t.i:
        t = t.head
    head = t.head
    if head.lemma_ == "cost" and head.pos_ in ("VERB", "AUX") and t.dep_ in ("dobj", "npadvmod", "attr"):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in TRIP_NOUNS:
            return None
        payer = next((c for c in head.children if c.dep_ == "dative" and ctx.person(c) is not None), None)
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        person = ctx.person(payer) if payer is not None else ctx.person(owner) if owner is not None else None
        return (person, head, subject) if person is not None else None
    if t.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in _PRICE_NOUNS:
        noun = head.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.pos_ in ("VERB", "AUX"):
            verb = noun.head.head
            person = next((ctx.person(c) for c in verb.children if c.dep_ == "nsubj"), None)
            return (person, verb, None) if person is not None else None
    return None


def _trip_bought(ctx: Context, verb: Token) -> Token | None:
    """The trip a payment bought, the "for" object of "pay": a noun of a trip ("for his flight",
    "for a seat on the Soyuz") or a named flight ("for Axiom-3")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and (obj.lemma_.lower() in TRIP_NOUNS or ctx.is_a(obj, "MISSION")):
                return obj
    return None


def _converted(sign: Token) -> bool:
    """Whether an amount in brackets converts the one before it ("$35m (£22m)"): the same price
    in another currency, not a second one."""
    doc = sign.doc
    return sign.i >= 2 and doc[sign.i - 1].text == "(" and (doc[sign.i - 2].like_num or doc[sign.i - 2].lower_ in (
        "million", "billion", "thousand", "m", "bn", "k"))


def _hedge(before: Span) -> str:
    """The words before an amount that say how exact it is ("about ", "more than "), or ""."""
    words = [t.lower_ for t in before]
    if len(words) == 2 and tuple(words) in _KEPT_PAIRS:
        return before.text + " "
    if words and words[-1] in _KEPT:
        return before[-1].text + " "
    return ""
