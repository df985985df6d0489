"""Records: who holds, held or is set to break which record (the "record" frame).

A record sentence names a record ("the record for the most cumulative days in space",
"the longest single flight by a Briton", "the previous record holder", "the
first person to spend 1,000 days in space", "the most spacewalking time of any woman"); its
words and token patterns are data in ``extract/patterns/frames.jsonl``. This reader finds the
holder (the person who breaks, beats, sets, holds or reaches it; "Y" of "X was passed by Y";
"X" of a record "set by X" that nothing in the sentence breaks; else the person whose time in
space the story just gave), what the record measures (one flight when the text says so, else
cumulative time; spacewalk time or count), among whom it counts (a country, women,
all-time), the value, the previous holder ("beating X", "more than X", "X's record", "held
by X", "taking the record from X", "X, who set the previous record", "the old mark belonged
to X"), the date (never one of the old record's own phrase), and whether it is reported or
only planned ("is set to break", figures still to come). A record someone "could break" or
"would pass if ..." is none, and "only X has stayed longer" names no holder. A record told
over two sentences is joined. A holding whose value the text does not give is kept without
one.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from extract.components.context import Context, entity, guarded, span_of, value
from extract.components.found import DateRef, Found, Obj, RecordRef, TermRef, Val
from extract.frames.lexicon import Frame
from extract.frames.mood import mood
from extract.patterns import read_jsonl

VERSION = "records/3"

_BEAT = {"beat", "beating", "pass", "surpass", "break", "eclipse", "overtake", "top", "exceed", "outstrip"}
_HOLD = {"break", "set", "hold", "take", "enter", "claim", "reach", "become", "beat", "pass", "surpass", "spend",
         "exceed", "eclipse", "overtake", "outstrip"}
_WOMEN = {"woman", "women", "female"}
#: verbs of taking a record from someone ("taking the record from X")
_TAKE = {"take", "wrest", "snatch", "grab", "claim"}
#: spacewalk records: what they measure, in the words reporters use, and the figure that gives them
_SPACEWALKS = (
    ("single spacewalk", re.compile(r"\blongest (?:single )?space ?walk\b", re.IGNORECASE)),
    ("spacewalks", re.compile(r"\b(?:most|number of) (?:\w+ )?space ?walks\b", re.IGNORECASE)),
    ("spacewalk time", re.compile(r"\b(?:most|total|cumulative|record) (?:\w+ ){0,2}"
                                  r"(?:spacewalking|space ?walk(?:ing)?) time\b|\bmost time (?:spent )?spacewalking\b"
                                  r"|\btime spent (?:on |in |doing )?space ?walk(?:s|ing)\b"
                                  r"|\bspacewalking record\b", re.IGNORECASE)),
)
_VALUES = {"single spacewalk": "spacewalkDuration", "spacewalks": "spacewalkCount",
           "spacewalk time": "spacewalkDuration"}
_UNITS = {"single spacewalk": "minute", "spacewalks": "spacewalk", "spacewalk time": "minute"}
#: what makes a record the one that was broken
_OLD = {"previous", "old", "former", "earlier", "standing", "existing"}
#: words that put a figure set by someone behind the new one ("well past the 355 days set by X")
_PAST_IT = {"past", "beyond", "surpassing", "eclipsing", "topping", "bettering"}
_SINGLE = re.compile(r"\b(?:single|consecutive|continuous(?:ly)?|in a row|single-longest|in one go|"
                     r"one (?:flight|mission|trip|stay|spaceflight))\b", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:cumulative|total|career|overall|combined|in all)\b", re.IGNORECASE)
_MOST = re.compile(r"\b(?:most (?:days|time)|more (?:days|time)|longest|anyone|ever|in history|"
                   r"first (?:person|man|woman|human|astronaut|cosmonaut) to "
                   r"(?:spend|log|reach|pass|clock|accumulate))\b", re.IGNORECASE)
#: country name -> the scope written for records among its people ("US" as the press writes it)
_SCOPES = {c["name"]: c.get("scope", c["name"]) for c in read_jsonl("countries")}
#: a country's space agency -> the scope of the records it keeps ("NASA's record": the US record)
_AGENCY_SCOPES = {c["agency"]: c.get("scope", c["name"]) for c in read_jsonl("countries") if c.get("agency")}


#: what other records measure: a height, a speed, a distance ("the rocket plane altitude record")
_OTHER_MEASURES = {"altitude", "height", "speed", "distance", "mach", "velocity", "range", "depth", "attendance",
                   "sales", "temperature", "weight", "payload", "launches", "landings"}


def _other_record(sent: Span) -> bool:
    """Whether the sentence names a record of another measure than time in space or spacewalks:
    a word of one next to "record" or "mark" ("a record height", "the altitude record", "a
    speed record of Mach 6.7"); read only where no measure of ours is named."""
    records = [t for t in sent if t.lower_ in ("record", "records", "mark")]
    return any(
        any(x.lower_ in _OTHER_MEASURES for x in (*t.children, t.head, *t.doc[max(sent.start, t.i - 3):t.i]))
        for t in records)


class RecordReader:
    """Reads the record frame (a rule of the relation component, like the other frames). A
    record is told over a sentence or two, with figures other rules read, so each trigger only
    marks its sentence; once the document's other facts are read (``ctx.later``), the first
    mark reads every marked sentence in order (see the module docstring)."""

    def __init__(self, frame: Frame) -> None:
        self.frame = frame
        self.__name__ = f"frame_{frame.name}"

    def __call__(self, ctx: Context, tok: Token, span: Span) -> None:
        ctx.later.append((self.read, tok, span))

    def read(self, ctx: Context, tok: Token, span: Span) -> None:
        first = next(t for again, t, _ in ctx.later if again == self.read)
        if tok.i != first.i:
            return  # the first mark read them all
        sentences = {t.sent.start: t.sent for again, t, _ in ctx.later if again == self.read}
        last: dict[str, Any] | None = None
        last_sent_end = -1
        found: list[dict[str, Any]] = []
        for sent in sorted(sentences.values(), key=lambda s: s.start):
            found.clear()
            guarded(self.collect, ctx, sent, found)
            if not found:
                continue
            holding = found[0]
            if last is not None and not holding["measure"] and (
                    last_sent_end == sent.start and holding["holder"] in (None, last["holder"])
                    or _only_the_old(holding) and last["old_value"] is None and last["previous"] is None):
                _merge(last, holding)
                last_sent_end = sent.end
                continue
            if last is not None:
                guarded(self.emit, ctx, last)
            last, last_sent_end = holding, sent.end
        if last is not None:
            guarded(self.emit, ctx, last)

    def collect(self, ctx: Context, sent: Span, found: list[dict[str, Any]]) -> None:
        """Add the record holding a sentence states, if any, to ``found``."""
        holding = self.holding(ctx, sent)
        if holding is not None:
            found.append(holding)

    def holding(self, ctx: Context, sent: Span) -> dict[str, Any] | None:
        if _personal_best(sent):
            return None
        measure = _measure(sent.text)
        if not measure and _other_record(sent):
            return None  # "a record height of 367,442 feet", "broke the altitude record": not time in space
        holder = None
        verb: Token | None = None  # the verb that says who holds it: its mood is the holding's
        previous = None
        setter = None  # "the record of 290 days, set by X in 2017"
        old: set[int] = set()  # the words that tell of the old record (its date is not the new one's)
        for tok in sent:
            if tok.dep_ == "nsubj" and any(c.lower_ == "only" for c in tok.children) and ctx.person(tok) is not None:
                return None  # "only X has stayed longer": X is above the figure, not its holder
            if tok.lemma_ in _HOLD and tok.pos_ in ("VERB", "AUX") or tok.lower_ in ("beating", "passing"):
                subj = ctx.subject_of(tok, limit=4)
                if subj is not None and holder is None and tok.lemma_ != "be" and not _old_record_verb(tok) \
                        and not (tok.dep_ == "acl" and tok.lower_ in ("held", "set")):
                    holder, verb = subj, tok
            if tok.lemma_ in _BEAT or tok.lower_ in ("beating", "passing"):
                for t in tok.subtree:
                    p = ctx.person(t)
                    if p is not None and p != holder and t.i > tok.i and t.i not in old:
                        previous = p
                        break
            if tok.lemma_ in _TAKE and previous is None:  # "taking the record from X"
                for child in tok.subtree:  # "from" may hang from the verb or from "record"
                    if child.dep_ == "prep" and child.lower_ == "from" and child.i > tok.i:
                        previous = next((ctx.person(t) for t in child.subtree if ctx.person(t) is not None), None)
            if tok.lower_ in ("holder",) and any(c.lower_ in _OLD for c in tok.children):
                p = ctx.subject_of(tok, limit=3)
                if p is not None and p != holder:
                    previous = p
            if tok.lower_ in ("held", "set") and tok.dep_ in ("acl", "advcl") and any(
                    c.dep_ == "agent" for c in tok.children):
                old |= {t.i for t in tok.subtree}  # "set by three cosmonauts in 1984": the old record's words
                agent = [t for t in tok.subtree if ctx.person(t) is not None]
                if tok.dep_ == "acl" and agent and ctx.person(agent[0]) != holder:
                    setter = ctx.person(agent[0])
            if tok.lower_ == "than" and tok.head.lower_ in ("more", "longer", "beyond"):  # "a day more than X"
                p = next((ctx.person(t) for t in tok.subtree if ctx.person(t) is not None), None)
                if p is not None and p != holder:
                    previous = p
            if tok.lower_ in ("record", "mark") and previous is None:
                p = _old_holder(ctx, tok)
                if p is not None and p != holder:
                    previous = p
        passed = next((t for t in sent if t.lemma_ in _BEAT and any(c.dep_ == "nsubjpass" for c in t.children)), None)
        if passed is not None:  # "X was passed by Y": Y holds it, X held it
            by = [ctx.person(t) for c in passed.children if c.dep_ == "agent" for t in c.subtree if ctx.person(t)]
            was = ctx.subject_of(passed, limit=2)
            if by and was is not None and by[0] != was:
                holder, verb, previous = by[0], passed, was
        if setter is not None:  # set by X: X's record, unless the sentence breaks it
            if any(t.lemma_ in _BEAT and t.pos_ == "VERB" or t.lower_ in _PAST_IT for t in sent) or any(
                    t.lower_ in ("record", "mark") and any(c.lower_ in _OLD for c in t.children) for t in sent):
                previous = previous or setter
            else:
                holder, verb, previous = setter, None, None
        figure = _old_figure(sent)
        old |= {figure.i} if figure is not None else set()
        if previous is None and not measure and setter is None and figure is None:
            measure = _measure_before(sent) if holder is not None and _names_record(sent) else ""
            measure = measure or _record_figure(ctx, sent)
            if not measure:
                return None
        modality = "reported"
        if verb is not None:
            said = mood(ctx, verb)
            if said is None or _supposed(verb):
                return None  # "could break the record", "would pass X if the mission is extended"
            modality = "planned" if said == "planned" or any(
                c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) else "reported"
        predicate = _VALUES.get(measure, "timeInSpace")
        values = [f for f in ctx.facts if f.predicate == predicate and sent.start_char <= f.start < sent.end_char
                  and not (figure is not None and f.start <= figure.idx < f.end)]
        ordinals = [t for t in sent if t.ent_type_ == "ORDINAL" and t.text[:-2].isdigit()
                    and t.head.lower_ in ("day", "days")]
        planned = modality == "planned" or any(
            ctx.planned(t) for t in sent if t.lemma_ in ("break", "beat", "become", "set", "surpass"))
        dates = [d for d in ctx.dates_in([t for t in sent if t.i not in old])]
        return {
            "holder": holder, "previous": previous, "measure": measure, "scope": _scope(ctx, sent),
            "values": values, "ordinal": ordinals[0].text[:-2] if ordinals else None,
            "planned": planned, "date": dates[0] if dates else None, "sent": sent,
            "possessor": _possessor(ctx, sent, holder),
            "old_value": figure.text.replace(",", "") if figure is not None and predicate == "timeInSpace" else None,
        }

    def emit(self, ctx: Context, h: dict[str, Any]) -> None:
        holder = h["holder"]
        sent: Span = h["sent"]
        if holder is None:
            holder = next((f.subject for f in h["values"] if f.subject != h["previous"]), None)
        if holder is None:
            holder = _told_before(ctx, sent, h["previous"])
        if holder is None and h["old_value"] is not None:
            holder = _record_breaker(ctx, sent)
        if holder is None:
            return
        told = _record_told(ctx, holder)  # "She beat the mark of 188 days": the record just named
        measure = h["measure"] or (("cumulative" if told.measure == _measure_text("cumulative") else "single flight")
                                   if told is not None else _measured_by(ctx, holder, sent) if h["old_value"] else
                                   "") or ("cumulative" if h["previous"] is not None or not h["old_value"] else "")
        modality = "planned" if h["planned"] or _only_planned(h["values"], holder) else "reported"
        value_fact = next((f for f in h["values"] if f.subject == holder and f.modality == modality), None)
        amount = h["ordinal"] or (_amount(value_fact) if value_fact else None)
        if amount is None and measure in ("cumulative", "single flight"):
            earlier = [f for f in ctx.facts if f.predicate == "timeInSpace" and f.subject == holder
                       and f.modality == "reported"]
            amount = _amount(earlier[-1]) if earlier else None
        if not measure:
            return  # only an old record's figure, and nothing says whether of one flight or in all
        record = RecordRef(_measure_text(measure), h["scope"] or (
            told.scope if told is not None and not h["measure"] else "all-time"))
        q: list[tuple[str, Obj]] = [("record", record), ("unit", value(_UNITS.get(measure, "day")))]
        if h["previous"] is not None and h["previous"] != holder:
            q.append(("previousHolder", entity(h["previous"])))
        if h["old_value"] is not None and h["old_value"] != amount:
            q.append(("previousValue", value(h["old_value"], "decimal")))
        as_of = DateRef(h["date"]) if h["date"] is not None else None
        ctx.add(holder, "holdsRecord", value(amount, "decimal") if amount is not None else None, sent,
                qualifiers=q, as_of=as_of, rule=f"{VERSION}:holding", confidence=0.7, modality=modality)
        owner = h["possessor"]
        if owner is not None and owner != holder:
            past = [f for f in ctx.facts if f.predicate == "timeInSpace" and f.subject == owner]
            if past:
                ctx.add(owner, "holdsRecord", value(_amount(past[-1]) or "0", "decimal"),
                        span_of(*[t for t in sent if ctx.person(t) == owner][:1] or [sent[0]]),
                        qualifiers=[("record", record), ("unit", value("day"))],
                        rule=f"{VERSION}:possessor", confidence=0.6)


def _record_told(ctx: Context, holder: int) -> RecordRef | None:
    """The record the article last gave this holder, for a sentence that names a record
    without saying what it measures ("the mark", "the record")."""
    return next((q for f in reversed(ctx.facts) if f.predicate == "holdsRecord" and f.subject == holder
                 for name, q in f.qualifiers if name == "record" and isinstance(q, RecordRef)), None)


def _amount(f: Found) -> str | None:
    """The figure of a time-in-space fact."""
    return f.object.value if isinstance(f.object, Val) else None


def _only_the_old(holding: dict[str, Any]) -> bool:
    """Whether a holding tells only the record broken, for the one the article last gave ("X
    returned after a record 326 days in space. [...] The old record was 237 days")."""
    return holding["holder"] is None and holding["previous"] is None and holding["old_value"] is not None


def _merge(into: dict[str, Any], more: dict[str, Any]) -> None:
    for key in ("previous", "ordinal", "date", "possessor", "scope", "old_value"):
        if into.get(key) in (None, "") and more.get(key) not in (None, ""):  # 0 is a cluster or date index
            into[key] = more[key]
    into["values"] = into["values"] + more["values"]


def _measure(text: str) -> str:
    """"single flight", "cumulative", a spacewalk record ("spacewalk time", "spacewalks",
    "single spacewalk"), or "" when the words do not say: words that say it outright
    ("single", "total") win over words that only lean ("longest", "most")."""
    for measure, words in _SPACEWALKS:
        if words.search(text):
            return measure
    if _SINGLE.search(text):
        return "single flight"
    if _TOTAL.search(text):
        return "cumulative"
    leaning = {m.group(0).lower() for m in _MOST.finditer(text)}
    if leaning:
        return "single flight" if "longest" in leaning else "cumulative"
    return ""


#: superlatives of a record's words ("the longest flight", "the most days")
_SUPERLATIVES = {"longest", "most"}


def _personal_best(sent: Span) -> bool:
    """Whether a sentence's only "longest" or "most" is someone's own best, no record: "his
    longest space flight has been eight days", "Ann Lee's longest mission lasted 190 days".
    A record word elsewhere in the sentence ("... and the record for a woman") keeps it."""
    best = [t for t in sent if t.lower_ in _SUPERLATIVES]
    return bool(best) and all(any(c.dep_ == "poss" for c in t.head.children) and t.dep_ == "amod" for t in best) \
        and not any(t.lower_ in ("record", "records", "mark") for t in sent)


def _old_figure(sent: Span) -> Token | None:
    """The figure, in days, of the record a sentence says was broken: "breaking the previous
    record of 237 days", "the previous record was 237 days", "the old record, 237 days,", "broke
    the 237-day endurance record", "to exceed the US record of 84 days, set by three
    astronauts"; none for a record set ("set a record of 326 days", "a 326-day record")."""
    for tok in sent:
        if tok.lower_ not in ("record", "mark"):
            continue
        old = any(c.lower_ in _OLD for c in tok.children)
        if not (old or tok.dep_ == "dobj" and tok.head.lemma_ in _BEAT):
            continue
        told = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj"] + [c for c in tok.children if c.dep_ in ("compound", "appos")]  # "237-day"
        if old and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ == "be":
            told += [c for c in tok.head.children if c.dep_ == "attr"]
        for noun in told:
            figure = next((c for c in noun.children if c.dep_ == "nummod" and c.text.replace(",", "").isdigit()),
                          None)
            if noun.lemma_ == "day" and figure is not None:
                return figure
    return None


def _names_record(sent: Span) -> bool:
    """Does the sentence name a record with its figure ("holds the American record at 340 days")?"""
    return any(t.lower_ in ("record", "mark") for t in sent) and any(t.like_num for t in sent)


def _record_figure(ctx: Context, sent: Span) -> str:
    """What a record told as an adjective of someone's time in space measures ("returned after a
    record 326 days in space"): what that time is, one flight or all of them; "" when "record"
    describes no such time ("a record pool of applicants")."""
    for tok in sent:
        if tok.lower_ != "record" or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue  # "the record of 326 days" is a record's own figure, whoever holds it
        figure = tok.head if tok.dep_ in ("amod", "compound", "nmod") else next(
            (c for c in tok.children if c.dep_ in ("npadvmod", "appos", "nummod") and c.i > tok.i), tok)  # "after
        # a record 326 days", parsed with the days hung from "record"
        if figure.lemma_ == "day":
            told = [f for f in ctx.facts if f.predicate == "timeInSpace" and f.start <= figure.idx < f.end]
            if told:
                return "single flight" if ("scope", TermRef("SingleFlight")) in told[0].qualifiers else "cumulative"
    return ""


def _measure_before(sent: Span) -> str:
    """What a record measures when its sentence does not say ("X holds the world record at 800
    days"): what the sentence before was about ("few have logged more time in orbit", "among
    the longest flights")."""
    if sent.start == 0:
        return ""
    return _measure(sent.doc[sent.start - 1].sent.text)


def _scope(ctx: Context, sent: Span) -> str:
    """Among whom a record counts: a country ("by an American", "the Japanese record", "the
    old US mark", "NASA's record"), women, or both; "" when the words name neither."""
    country = ""
    women = False
    for tok in sent:
        c = ctx.cluster(tok)
        label = ctx.labels[c] if c is not None else None
        name = ctx.clusters[c]["name"] if c is not None and label == "PLACE" else None
        if c is not None and label == "AGENCY" and ctx.clusters[c]["name"] in _AGENCY_SCOPES:
            name = _AGENCY_SCOPES[ctx.clusters[c]["name"]]
            name = next((n for n, scope in _SCOPES.items() if scope == name), name)
        if name not in _SCOPES and tok.lower_ not in _WOMEN:
            continue
        if not _qualifies_record(tok):
            continue
        if name in _SCOPES:
            country = country or _SCOPES[name]
        else:
            women = True
    return " ".join(x for x in (country, "women" if women else "") if x)


def _qualifies_record(tok: Token) -> bool:
    """Whether a country or "woman" says among whom a record counts: "by an American", "for a
    woman", "of any Briton" near a record word; "the US record", "the old Japanese mark";
    "the Briton with the most time"; "the first woman to spend 300 days"."""
    doc, sent = tok.doc, tok.sent
    before = [t.lower_ for t in doc[max(sent.start, tok.i - 2):tok.i]]
    after = [t.lower_ for t in doc[tok.i + 1:min(sent.end, tok.i + 5)]]
    if after[:2] == ["with", "the"] and after[2:3] in (["most"], ["longest"]):
        return True
    if any(c.lower_ == "first" for c in tok.children) and after[:1] == ["to"]:
        return True
    for word in after:
        if word in ("record", "records", "mark"):
            return True
        if word not in ("single", "-", "flight", "single-flight", "endurance", "spaceflight", "space", "time",
                        "spacewalking", "spacewalk", "'s"):  # "the previous female spacewalking record"
            break
    by = before[-1:] in (["by"], ["for"], ["among"]) or len(before) == 2 and before[0] in ("by", "for", "among", "of") \
        and before[1] in ("a", "an", "any") or before == ["any", "other"]  # "more time than any other American"
    if by:
        window = doc[max(sent.start, tok.i - 12):min(sent.end, tok.i + 4)]
        return any(t.lower_ in ("record", "mark", "most", "longest", "single-longest", "anyone", "more", "longer")
                   for t in window)
    return False


def _old_record_verb(verb: Token) -> bool:
    """A verb whose subject or object is the broken record ("the old mark was set by X")."""
    deps = ("nsubj", "nsubjpass") if verb.lemma_ in _BEAT else ("nsubj", "nsubjpass", "dobj")  # "broke the old mark"
    return any(c.dep_ in deps and c.lower_ in ("record", "mark")
               and any(m.lower_ in _OLD for m in c.children) for c in verb.children)


def _old_holder(ctx: Context, noun: Token) -> int | None:
    """Who held a broken record, from the words around "record" or "mark": "X, who set the
    previous record", "the old mark was set by X", "the previous record belonged to X"."""
    if not any(c.lower_ in _OLD for c in noun.children):
        return None
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass"):
        for child in verb.children:
            if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_ == "belong":
                return next((ctx.person(t) for t in child.subtree if ctx.person(t) is not None), None)
        return None
    if noun.dep_ == "dobj" and verb.lemma_ in ("set", "hold", "own"):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            return ctx.person(verb.head)
        return ctx.person(subj) if subj is not None else None
    return None


def _told_before(ctx: Context, sent: Span, previous: int | None) -> int | None:
    """The person whose time in space the sentence before gave: the holder of a record the
    next sentence describes without naming them ("X landed after 371 days. No American has
    flown longer on one mission")."""
    if sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    told = [f.subject for f in ctx.facts if f.predicate == "timeInSpace" and f.modality == "reported"
            and before.start_char <= f.start < before.end_char and f.subject != previous]
    return told[-1] if told else None


def _measured_by(ctx: Context, holder: int, sent: Span) -> str:
    """What a record broken measures when its words do not say ("the previous endurance record
    was 237 days"): one flight when the holder's last time in space told by then was one
    flight's, else the total; without one, one flight for an "endurance" record, else unknown ("")."""
    told = [f for f in ctx.facts if f.predicate == "timeInSpace" and f.subject == holder and f.start < sent.end_char]
    if not told:  # "the space endurance record": in the press, the longest stay
        return "single flight" if any(t.lower_ == "endurance" for t in sent) else ""
    return "single flight" if ("scope", TermRef("SingleFlight")) in told[-1].qualifiers else "cumulative"


def _record_breaker(ctx: Context, sent: Span) -> int | None:
    """Whom the article earlier gave a record time in space, for a sentence that tells only
    the record broken ("X returned after a record 326 days in space. [...] The previous record
    was 237 days, set by three cosmonauts")."""
    told = [f for f in ctx.facts
            if f.predicate == "timeInSpace" and f.modality == "reported" and f.end <= sent.start_char]
    for f in reversed(told):
        said = ctx.doc.char_span(f.start, f.end, alignment_mode="expand")
        if said is not None and any(t.lower_ in ("record", "records") for t in said.sent):
            return f.subject
    return None


def _possessor(ctx: Context, sent: Span, holder: int | None) -> int | None:
    """Whose record it was, from "X's record"."""
    for tok in sent:
        if tok.lower_ == "record":
            for child in tok.children:
                if child.dep_ == "poss" and ctx.person(child) is not None and ctx.person(child) != holder:
                    return ctx.person(child)
    return None


def _measure_text(measure: str) -> str:
    return {"cumulative": "cumulative days in space", "spacewalk time": "cumulative spacewalk time",
            "spacewalks": "cumulative spacewalk count", "single spacewalk": "longest single spacewalk",
            }.get(measure, "longest single spaceflight")


def _supposed(verb: Token) -> bool:
    """A verb that says what would happen on a condition: "would pass X if the flight is
    extended"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


def _only_planned(values: list[Found], holder: int) -> bool:
    """Whether the figures a sentence gives its holder are all still to come ("will have
    spent 328 days, the longest single flight by a woman")."""
    mine = [f for f in values if f.subject == holder]
    return bool(mine) and all(f.modality == "planned" for f in mine)
