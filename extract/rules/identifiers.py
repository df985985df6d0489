"""Names and codes written in a sentence: COSPAR ids of flights and other names a person is
known by ("also known as Buzz")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract.components.context import Context, value
from extract.rules.common import MISSIONS, VERSION, char_span

_COSPAR = re.compile(r"\b(\d{4}-\d{3}[A-Z]{1,3})\b")
_AKA = re.compile(r"\b(?:also (?:called|known as)|a\.k\.a\.|nicknamed|known as) ([A-Z][\w.]*(?:,? [A-Z][\w.]*){0,4})")


def cospar(ctx: Context, sent: Span) -> None:
    """"1969-059A": the COSPAR id of the last flight or craft named before it."""
    if not ctx.says(_COSPAR):
        return
    for m in _COSPAR.finditer(sent.text):
        missions = ctx.in_sentence(sent, *MISSIONS, "SPACECRAFT")
        if missions:
            ctx.add(missions[-1][1], "cosparId", value(m.group(1)), char_span(sent, m),
                    rule=f"{VERSION}:cospar", confidence=0.9)


def aka(ctx: Context, sent: Span) -> None:
    """"Edwin Aldrin, also known as Buzz": another name of the person the clause is about."""
    if not ctx.says(_AKA):
        return
    for m in _AKA.finditer(sent.text):
        span = char_span(sent, m)
        if _of_a_thing(ctx, span) or sent.text[m.end(1):m.end(1) + 1] in ("-", "/") or \
                sent.text[m.end(1):m.end(1) + 1].isdigit():
            continue  # "today's mission, known as NS-37": the mission's name, and a code is no nickname
        person = ctx.subject_of(span[0])
        if person is not None:
            name = re.sub(r",? (and|was|is|who)\b.*$", "", m.group(1)).rstrip(", ")
            name = name if re.search(r"\b(Jr|Sr)\.$", name) else name.rstrip(".")
            ctx.add(person, "alternativeName", value(name), span, rule=f"{VERSION}:aka", confidence=0.75)


def _of_a_thing(ctx: Context, span: Span) -> bool:
    """Whether "known as" describes a noun that is no person ("the mission, known as X"), not
    the one the clause is about."""
    verb = next((t for t in span if t.lower_ in ("known", "called", "nicknamed")), None)
    return verb is not None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and ctx.person(verb.head) is None
