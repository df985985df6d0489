"""Words stated with no time or flight: a trade or a title ("cosmonaut", "flight surgeon")
is stored without when it held or on which flight. A question that limits it to a time
("before becoming a spacewalker", "after he left NASA") or a flight ("his job on the
station") cannot be answered from such a value: the value may be of another time."""

from __future__ import annotations

from kg.questions.match import Parsed
from kg.questions.readers import types_of
from kg.questions.templates import Context
from kg.questions.vocabulary import PropertyWords

#: words that tie a question to a time before or after another event
_TIMED = {"before", "after", "until", "since"}
#: words that tie a question to a flight or a stay
_ON = {"on", "aboard", "during"}
#: nouns for a flight or a stay that a bare phrase may name ("on the space station")
_FLIGHT_NOUNS = {"station", "flight", "mission", "spacewalk", "expedition", "voyage", "trip"}


def timeless(prop: PropertyWords) -> bool:
    """A plain word stored with no time or flight of its own (an occupation, a job title)."""
    return prop.kind == "value" and not prop.qualified and not prop.is_object


def limited(parsed: Parsed, ctx: Context) -> bool:
    """Does the question limit its answer to a time told by another event ("before
    becoming", "after he retired") or to a flight or stay ("on the station", "aboard
    Soyuz TMA-9")?"""
    tokens = parsed.tokens
    for k, tok in enumerate(tokens[:-1]):
        after = tokens[k + 1]
        if tok.lemma.lower() in _TIMED and (after.tag in ("VBG", "VBN") or after.pos in ("PRON", "PROPN", "DET")):
            return True  # "before becoming", "after he left", "before the flight"
    return on_a_flight(parsed, ctx)


def on_a_flight(parsed: Parsed, ctx: Context) -> bool:
    """Does the question limit its answer to a flight or stay ("on the station", "aboard Soyuz
    TMA-9", "on Soyuz-26", which the graph does not know)?"""
    tokens = parsed.tokens
    flights = ctx.vocabulary.family("Mission", "Vehicle", "SpaceStation")
    at = {i for m in parsed.mentions if types_of(ctx, m.best.iri) & flights for i in range(m.start, m.end)}
    at |= _unknown_at(parsed)  # "his role on Soyuz-26", a flight the graph does not know: still a flight
    for k, tok in enumerate(tokens):
        if tok.lemma.lower() not in _ON:
            continue
        rest = tokens[k + 1:k + 4]
        if any(t.i in at or t.lemma.lower() in _FLIGHT_NOUNS for t in rest):
            return True
    return False


def _unknown_at(parsed: Parsed) -> set[int]:
    """The positions of the question's names that name nothing in the graph ("Soyuz-26")."""
    unknown = {w for name in parsed.unknown_names for w in name.split()}
    return {t.i for t in parsed.tokens if t.text in unknown}
