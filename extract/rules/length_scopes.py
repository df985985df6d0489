"""Is a person's figure of time a total over several flights, read from the figure's own
phrase and verb rather than from words anywhere in its sentence?

Reporters tell a total over the flights it sums ("197 days over two missions", "across her two
flights", "Over his two flights he has spent 678 days", "bringing her time in space to 197 days
over two missions"), or call it combined ("a combined 197 days"), and those words outweigh a
landing or a "mission" told beside it ("With this flight, she has spent a combined 197 days").
They also tell a career's running total in the present perfect ("X, who has spent 180 days in
space, will launch on Soyuz 41", "has already logged 189 days"): a figure of everything up to
now, never the length of a flight told beside it. A past perfect ("the crew had spent 371 days
in space" when it landed), a future perfect ("will have spent 328 days") or a participle
("having spent 197 days") tells one flight's time as often as not, so it says nothing here.
"""

from __future__ import annotations

from spacy.tokens import Token

#: nouns for one flight, whose plural a total is told over ("over two missions")
_FLIGHTS = {"flight", "mission", "spaceflight", "trip", "expedition", "stay", "journey", "voyage"}
#: prepositions whose phrase gives the flights a total spans ("over", "across her two flights")
_OVER = {"over", "across", "between", "throughout", "spanning"}
#: prepositions whose phrase gives them only with whose or how many flights ("on her two flights", not
#: "during missions to the station")
_ON = {"on", "during", "in", "from", "through", "with"}
#: words of a figure that sum several ("a combined 197 days")
_SUMMED = {"combined", "cumulative", "aggregate"}
#: verbs of adding up time in space, whose present perfect is a running total ("has logged")
_ADDING = {"spend", "log", "accumulate", "clock", "amass", "rack", "chalk", "notch", "total"}
#: the present of "have" that makes a perfect ("has spent", "she's logged")
_HAVE = {"has", "have", "'s", "'ve"}


def over_flights(unit: Token) -> bool:
    """Is the figure whose unit is ``unit`` told over several flights, or as a sum (see the
    module)? Only the figure's own phrase and the clause it is in count: "one of the longest
    missions" or "the first of her two missions" does not."""
    if any(c.dep_ == "amod" and c.lower_ in _SUMMED for c in unit.children):
        return True
    for tok in _up_to_verb(unit):
        preps = [tok] if tok.dep_ == "prep" else []
        preps += [c for c in tok.children if c.dep_ == "prep"]
        if any(p.lower_ in _OVER | _ON and any(_plural_flights(o) and (p.lower_ in _OVER or _counted(o))
                                               for o in p.children if o.dep_ == "pobj") for p in preps):
            return True
    return False


def perfect_total(unit: Token) -> bool:
    """Is the figure the object of a present perfect of adding up time ("has spent 180 days in
    space", "have logged 209 days"): a running total (see the module)?"""
    verb = next((a for a in unit.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ not in _ADDING or verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return any(a.lower_ in _HAVE and a.tag_ in ("VBZ", "VBP") for a in auxes) and not any(a.tag_ == "MD" for a in auxes)


def _up_to_verb(unit: Token) -> list[Token]:
    """The figure's unit and the words above it, up to and with its verb."""
    found = [unit]
    for up in unit.ancestors:
        found.append(up)
        if up.pos_ in ("VERB", "AUX"):
            break
    return found


def _counted(noun: Token) -> bool:
    """Does the noun say whose or how many it is ("her flights", "two missions")?"""
    return any(c.dep_ in ("poss", "nummod") for c in noun.children)


def _plural_flights(noun: Token) -> bool:
    """Does the noun name several flights ("two missions", "her flights")?"""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in _FLIGHTS
