"""A flight told by its span ("first flew on STS-55 from 26 April to 6 May 1993", "launched
from Baikonur ... and spent the time from Nov. 19 to Dec. 5"): the span's first day is the
launch (read by the frame as its date), its last the return to Earth."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, date
from extract.components.date_ranges import JOINS, OPENS
from extract.frames.dating import dates
from extract.frames.event_dates import range_part

VERSION = "frames/1"


def span_end(ctx: Context, tok: Token, span: Span, people: list[int], words: list[Token], sure: float,
             modality: str) -> None:
    """The return of those who flew, dated by the last day of the span whose first day is the
    flight's own date (no fact when the flight is not dated by a span)."""
    if modality != "reported" or not _opens_spans(ctx) or all(ctx.labels[one] != "PERSON" for one in people):
        return  # most flights: no span to read, so the clause's dates are not weighed again
    told = dates(ctx, tok, words)[:1]
    if not told:
        return
    d, how = told[0]
    first = ctx.doc.char_span(ctx.dates[d].start, ctx.dates[d].end, alignment_mode="expand")
    if first is None or range_part(first) != "start" or d + 1 >= len(ctx.dates):
        return
    last = ctx.doc.char_span(ctx.dates[d + 1].start, ctx.dates[d + 1].end, alignment_mode="expand")
    if last is None or range_part(last) != "end" or not ctx.dates[d + 1].day:
        return
    for one in people:
        if ctx.labels[one] == "PERSON":
            ctx.add(one, "returnDate", date(d + 1), span, rule=f"{VERSION}:span",
                    confidence=round(min(sure, how) - 0.05, 2), modality=modality)


def _opens_spans(ctx: Context) -> bool:
    """Whether any date of the document stands between a span's opening and joining words
    ("from 26 April to"), as a span's first day must (asked once per document)."""
    found = ctx.memo.get(__name__)
    if found is None:
        doc = ctx.doc
        spans = (doc.char_span(d.start, d.end, alignment_mode="expand") for d in ctx.dates)
        found = ctx.memo[__name__] = any(
            s is not None and s.start > 0 and s.end < len(doc) and doc[s.start - 1].lower_ in OPENS
            and doc[s.end].lower_ in JOINS for s in spans)
    return bool(found)
