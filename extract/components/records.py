"""Records: who holds, held or is set to break which record.

A record sentence names a record ("the record for the most cumulative days in space",
"the longest single spaceflight by an American", "the previous record holder"). This
component finds the holder (the person who breaks, beats, sets, holds or reaches it), what
the record measures (cumulative time or one flight), among whom it counts (US, women,
all-time), the value, the previous holder ("beating X", "X's record", "held by X", the
"previous record holder"), the date, and whether it is reported or only planned ("is set
to break"). A record told over two sentences (the record, then whom it beat) is joined.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from extract.components.context import Context, entity, guarded, span_of, value

VERSION = "records/1"

_BEAT = {"beat", "beating", "pass", "surpass", "break", "eclipse", "overtake", "top", "exceed"}
_HOLD = {"break", "set", "hold", "take", "enter", "claim", "reach", "become", "beat", "pass", "surpass", "spend"}
_US = {"us", "u.s.", "american", "americans", "nasa", "united"}
_WOMEN = {"woman", "women", "female"}


@Language.factory(
    "astrokg_records",
    assigns=["doc._.astrokg_facts"],
    requires=["doc._.astrokg_facts", "doc._.astrokg_clusters"],
    default_config={},
)
def make_record_finder(nlp: Language, name: str) -> RecordFinder:
    return RecordFinder(nlp, name)


class RecordFinder:
    """Finds record holdings (see the module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("RECORD", [
            [{"LOWER": {"IN": ["record", "records", "mark"]}}],
            [{"LOWER": {"IN": ["longest", "single-longest"]}}, {"OP": "?"}, {"LOWER": {"IN": [
                "spaceflight", "flight", "stay", "mission", "spaceflights"]}}],
            [{"LOWER": "most"}, {"OP": "?"}, {"LOWER": {"IN": ["days", "time"]}}],
            [{"LOWER": "more"}, {"LOWER": {"IN": ["days", "time"]}}, {"OP": "*"}, {"LOWER": "anyone"}],
        ])

    def __call__(self, doc: Doc) -> Doc:
        ctx = Context(doc)
        sentences: dict[int, Span] = {}
        for _, start, _end in self.matcher(doc):
            sent = doc[start].sent
            sentences.setdefault(sent.start, sent)
        last: dict[str, Any] | None = None
        last_sent_end = -1
        found: list[dict[str, Any]] = []
        for sent in sorted(sentences.values(), key=lambda s: s.start):
            found.clear()
            guarded(self.collect, ctx, sent, found)
            if not found:
                continue
            holding = found[0]
            if last is not None and last_sent_end == sent.start and (
                    holding["holder"] in (None, last["holder"])) and not holding["measure"]:
                _merge(last, holding)
                last_sent_end = sent.end
                continue
            if last is not None:
                guarded(self.emit, ctx, last)
            last, last_sent_end = holding, sent.end
        if last is not None:
            guarded(self.emit, ctx, last)
        ctx.save()
        return doc

    def collect(self, ctx: Context, sent: Span, found: list[dict[str, Any]]) -> None:
        """Add the record holding a sentence states, if any, to ``found``."""
        holding = self.holding(ctx, sent)
        if holding is not None:
            found.append(holding)

    def holding(self, ctx: Context, sent: Span) -> dict[str, Any] | None:
        words = [t.lower_ for t in sent]
        wordset = set(words)
        measure = ("cumulative" if wordset & {"cumulative", "total", "career"} or "most" in wordset
                   and wordset & {"days", "time"} or "anyone" in wordset
                   else "single flight" if wordset & {"single", "consecutive", "single-longest", "longest"}
                   else "")
        scope = "US" if wordset & _US and _near_record(sent, _US) else \
            "women" if wordset & _WOMEN and _near_record(sent, _WOMEN) else ""
        holder = None
        previous = None
        previous_tok: Token | None = None
        for tok in sent:
            if tok.lemma_ in _HOLD and tok.pos_ in ("VERB", "AUX") or tok.lower_ in ("beating", "passing"):
                subj = ctx.subject_of(tok, limit=4)
                if subj is not None and holder is None and tok.lemma_ != "be":
                    holder = subj
            if tok.lemma_ in _BEAT or tok.lower_ in ("beating", "passing"):
                for t in tok.subtree:
                    p = ctx.person(t)
                    if p is not None and p != holder and t.i > tok.i:
                        previous, previous_tok = p, t
                        break
            if tok.lower_ in ("holder",) and any(c.lower_ == "previous" for c in tok.children):
                p = ctx.subject_of(tok, limit=3)
                if p is not None and p != holder:
                    previous, previous_tok = p, tok
            if tok.lower_ in ("held", "set") and tok.dep_ in ("acl",):
                agent = [t for t in tok.subtree if ctx.person(t) is not None]
                if agent and ctx.person(agent[0]) != holder:
                    previous, previous_tok = ctx.person(agent[0]), agent[0]
        if previous is None and not measure:
            return None
        values = [f for f in ctx.facts if f["p"] == "timeInSpace" and sent.start_char <= f["ev"][0] < sent.end_char]
        ordinals = [t for t in sent if t.ent_type_ == "ORDINAL" and t.text[:-2].isdigit()
                    and t.head.lower_ in ("day", "days")]
        planned = any(ctx.planned(t) for t in sent if t.lemma_ in ("break", "beat", "become", "set", "surpass"))
        dates = ctx.dates_in(sent)
        return {
            "holder": holder, "previous": previous, "previous_tok": previous_tok, "measure": measure,
            "scope": scope, "values": values, "ordinal": ordinals[0].text[:-2] if ordinals else None,
            "planned": planned, "date": dates[0] if dates else None, "sent": sent,
            "possessor": _possessor(ctx, sent, holder),
        }

    def emit(self, ctx: Context, h: dict[str, Any]) -> None:
        holder = h["holder"]
        sent: Span = h["sent"]
        if holder is None:
            holder = next((f["s"] for f in h["values"] if f["s"] != h["previous"]), None)
        if holder is None:
            return
        measure = h["measure"] or "single flight"
        value_fact = next((f for f in h["values"] if f["s"] == holder and f["mod"] == ("planned" if h["planned"]
                                                                                      else "reported")), None)
        amount = h["ordinal"] or (value_fact["o"]["v"] if value_fact else None)
        if amount is None:
            earlier = [f for f in ctx.facts if f["p"] == "timeInSpace" and f["s"] == holder and f["mod"] == "reported"]
            amount = earlier[-1]["o"]["v"] if earlier else None
        if amount is None:
            return
        scope = h["scope"] or "all-time"
        record = {"measure": _measure_text(measure), "scope": scope}
        q: list[list[Any]] = [["record", {"record": record}], ["unit", value("day")]]
        if h["previous"] is not None:
            q.append(["previousHolder", entity(h["previous"])])
        as_of = {"d": h["date"]} if h["date"] is not None else None
        ctx.add(holder, "holdsRecord", value(amount, "decimal"), sent, qualifiers=q, as_of=as_of,
                rule=f"{VERSION}:holding", confidence=0.7, modality="planned" if h["planned"] else "reported")
        owner = h["possessor"]
        if owner is not None and owner != holder:
            past = [f for f in ctx.facts if f["p"] == "timeInSpace" and f["s"] == owner]
            if past:
                ctx.add(owner, "holdsRecord", past[-1]["o"] if past[-1]["o"].get("v") else value("0", "decimal"),
                        span_of(*[t for t in sent if ctx.person(t) == owner][:1] or [sent[0]]),
                        qualifiers=[["record", {"record": record}], ["unit", value("day")]],
                        rule=f"{VERSION}:possessor", confidence=0.6)


def _merge(into: dict[str, Any], more: dict[str, Any]) -> None:
    for key in ("previous", "previous_tok", "ordinal", "date", "possessor"):
        if into.get(key) is None and more.get(key) is not None:
            into[key] = more[key]
    into["values"] = into["values"] + more["values"]


def _near_record(sent: Span, words: set[str]) -> bool:
    for tok in sent:
        if tok.lower_ in words:
            window = sent.doc[max(sent.start, tok.i - 10):min(sent.end, tok.i + 4)]
            if any(t.lower_ in ("record", "most", "longest", "single-longest", "mark", "anyone") for t in window):
                return True
    return False


def _possessor(ctx: Context, sent: Span, holder: int | None) -> int | None:
    """Whose record it was, from "X's record"."""
    for tok in sent:
        if tok.lower_ == "record":
            for child in tok.children:
                if child.dep_ == "poss" and ctx.person(child) is not None and ctx.person(child) != holder:
                    return ctx.person(child)
    return None


def _measure_text(measure: str) -> str:
    return "cumulative days in space" if measure == "cumulative" else "longest single spaceflight"
