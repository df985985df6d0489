"""The record templates: who holds a record, who held it before someone, who took it from
someone. Records are qualified values (a holding names the record, its value, the previous
holder and a date), so they get templates of their own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from pyoxigraph import NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.generic import head_of
from kg.questions.linking import Mention
from kg.questions.match import Parsed
from kg.questions.readers import agent_classes, iris_of, keeps
from kg.questions.scopes import covered
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.questions.text import normalise
from kg.questions.values import entities, show, with_unit
from kg.store.sparql import Rows, Term

_PREVIOUS = {"before", "previous", "prior", "earlier", "preceding", "former"}
#: words that, with no holder named, ask for the holder before the current one ("Who held the
#: previous record for ...?"); not "former", which describes the holder ("Which former astronaut ...")
_PRIOR = {"before", "previous", "prior", "earlier", "preceding"}


#: Verbs of taking a record from someone: "whose record did X break?" asks for the previous holder.
_SURPASS = {"break", "pass", "beat", "surpass", "overtake", "eclipse", "top", "exceed", "topple", "outdo", "best"}


_SCOPE_WORDS = {
    "us": {"us", "american", "america", "united states", "usa", "nasa"},
    "world": {"world", "all time", "alltime", "all-time", "ever", "history", "anyone", "everyone", "absolute"},
    "women": {"woman", "women", "female"},
    "russia": {"russian", "russia", "cosmonaut"},
}

#: the words of what a record measures, of a flight and of a spacewalk: a question that names one
#: kind never asks for a record of the other
_OF_KINDS = ({"spaceflight", "flight", "mission", "stay"}, {"spacewalk", "walk", "eva", "spacewalking", "moonwalk"})
_KINDS = set().union(*_OF_KINDS)

#: the words of a record of a length, not a count
_LENGTHS = {"longest", "shortest", "long"}

#: the words of the scopes, which say among whom a record counts, not what it measures
_SCOPE_NAMES = {w for names in _SCOPE_WORDS.values() for n in names for w in n.split()}


@template("record", priority=30)
def record(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Who holds the record for the most cumulative days in space?", "Which American holds
    the record ...?", "Who held the US record before Scott Kelly?" """
    rels = [r for r in parsed.relations if "RecordHolding" in (r.prop.range, r.prop.domain)]
    if not rels or parsed.wh in ("yesno", "how old"):  # "How old was X when he broke the record?": an age
        return
    holding = next(r.prop for r in rels if r.prop.range == "RecordHolding") if any(
        r.prop.range == "RecordHolding" for r in rels) else next(
        (p for p in ctx.vocabulary.properties.values() if p.range == "RecordHolding"), None)
    if holding is None:
        return
    lemmas = {t.lemma for t in parsed.tokens}
    holder = _holder(parsed, ctx)
    steps = _successions(parsed)
    if holder is not None and steps >= 1 and holder.start > 0 and parsed.tokens[holder.start - 1].lower == "from":
        # "Who took the record from X?"; "Who broke the record of the cosmonaut who took it from X?": two on
        yield Plan("record", "records", {"p": iris_of(holding)}, _read_succession(parsed, holder, steps),
                   ((holder, holder.best),), final=True,
                   empty=f"The graph does not name {steps} holders after {holder.best.label}.")
        return
    owned = holder is not None and _possessive(parsed, holder)  # "Who broke X's record?"
    before = holder is not None and bool(lemmas & _PREVIOUS or parsed.wh == "whose" or lemmas & _SURPASS and not owned)
    after = holder is not None and not before and bool(lemmas & _SURPASS)
    if holder is not None and (before or after) and parsed.wh in ("what", "which") and lemmas & {"record", "mark"}:
        # "What was the record before X's flight?", "What record did X break?": the old figure, not a holder
        yield Plan("record", "records", {"p": iris_of(holding)}, _read_old_figure(parsed, holder),
                   ((holder, holder.best),), final=True,
                   empty=f"The graph states no figure of the record {holder.best.label} broke or was to break.")
        return
    if holder is not None and after:
        yield Plan("record", "records", {"p": iris_of(holding)}, _read_records(parsed, holder, after=True),
                   ((holder, holder.best),), final=True,
                   empty=f"The graph names nobody who took a record from {holder.best.label}.")
        return
    prior = holder is None and bool(lemmas & _PRIOR)
    asked = "record" in lemmas and holder is None  # "the record ... by an American": a holding of that scope
    # answers, never the largest figure of the people the graph happens to place in it (or of all it knows)
    yield Plan("record", "records", {"p": iris_of(holding)},
               _read_records(parsed, holder if before else None, prior=prior),
               ((holder, holder.best),) if holder else (),
               empty=f"The graph names nobody who held that record before {holder.best.label}."
               if before and holder else "The graph names nobody who held that record before its holder."
               if prior else "The graph states no record that matches these words.", final=before or prior or asked)


def _successions(parsed: Parsed) -> int:
    """How many times the question passes a record on ("broke", "took it from")."""
    words = parsed.tokens
    return sum(1 for t in words if t.lemma in _SURPASS or
               t.lemma == "take" and any(u.lower == "from" for u in words[t.i + 1:]))


def _read_succession(parsed: Parsed, start: Mention, steps: int) -> Reader:
    """The holder ``steps`` records on from ``start``, each step as :func:`_next_holder`
    reads it, all from one query's rows; the note names the holders in between."""
    score = _scorer(parsed)

    def read(result: Rows) -> Reply:
        holder, chain = start.best.iri, [start.best.label]
        support: list[Triple] = []
        reply = Reply([])
        for _ in range(steps):
            reply = _next_holder(result.rows, holder, score)
            if not reply.items or reply.items[0].iri is None:
                return Reply([])
            holder = reply.items[0].iri
            chain.append(reply.items[0].label)
            support += reply.items[0].support
        (last,) = reply.items[:1]
        return Reply([replace(last, support=tuple(support))], note="Holders in turn: " + " → ".join(chain) + ".")

    return read


def _possessive(parsed: Parsed, mention: Mention) -> bool:
    """Is the name an owner ("X's record")?"""
    after = parsed.tokens[mention.end] if mention.end < len(parsed.tokens) else None
    return head_of(parsed, mention).dep == "poss" or after is not None and after.lower in ("'s", "’s", "'")


def _holder(parsed: Parsed, ctx: Context) -> Mention | None:
    """The record holder a question names: a person, preferably the one after "before"
    (in "the US record ... before Scott Kelly", "US" is a scope, not a holder)."""
    people = keeps(ctx, agent_classes(ctx))
    named = [m for m in parsed.mentions if people(m.best.iri)]
    after = [m for m in named if any(t.lemma in _PREVIOUS for t in parsed.tokens[:m.start])]
    chosen = after or named
    return chosen[-1] if chosen else None


def _scorer(parsed: Parsed) -> Callable[[dict[str, Term]], float]:
    """How well a record holding matches the question's words and the scope it asks for."""
    words = {t.lemma for t in parsed.tokens if not t.is_stop and not t.is_punct} | \
            {t.lower for t in parsed.tokens if not t.is_stop and not t.is_punct}
    asked_scopes = _asked_scopes(parsed)
    one_flight, total = parsed.scope == "single", parsed.scope == "cumulative"
    counted = any(t.lower in ("most", "fewest") for t in parsed.tokens) and any(
        t.tag == "NNS" and t.lemma in _KINDS for t in parsed.tokens)  # "the most spacewalks"

    def score(row: dict[str, Term]) -> float:
        names = " ".join(str(getattr(row.get(k), "value", "")) for k in ("recordLabel", "measure"))
        record_words = set(normalise(names).split())
        overlap = len(words & record_words - _SCOPE_NAMES)
        if not overlap:
            return 0  # a record is what it measures: its scope alone ("the U.S. record") names none
        if one_flight and "cumulative" in record_words or total and "single" in record_words:
            return 0  # "the longest mission" is no career total, nor "the most days in all" one flight
        if any(kind & words and not kind & record_words and (_KINDS - kind) & record_words for kind in _OF_KINDS):
            return 0  # "the longest single spaceflight" is no record of a spacewalk, and the other way round
        if counted and record_words & _LENGTHS or words & _LENGTHS and "count" in record_words:
            return 0  # "the most spacewalks" is no record of the longest one, nor "the longest" of a count
        stated = normalise(str(getattr(row.get("recordScope"), "value", "")))
        scope = stated or normalise(names)
        held = {s for s, ns in _SCOPE_WORDS.items() if any(n in scope.split() or n == scope for n in ns)}
        held |= {stated} if stated else set()
        if held and not (asked_scopes or {"world"}) & held:
            return 0  # a record among women never answers one asked among Americans, nor China's the world's
        if asked_scopes:
            overlap += 3 if asked_scopes & held else -3
        return overlap

    return score


def _asked_scopes(parsed: Parsed) -> set[str]:
    """The scopes a question's words ask a record in ("by an American": "us"; "the Chinese
    record": "china" and the other names of China), none for the world's record unless said."""
    text = " " + normalise(parsed.text) + " "
    asked = {scope for scope, names in _SCOPE_WORDS.items() if any(f" {n} " in text for n in names)}
    return asked | {normalise(n) for t in parsed.tokens for n in covered(t.text)}


def _read_records(parsed: Parsed, before: Mention | None, *, after: bool = False, prior: bool = False) -> Reader:
    """The holder of the record the question names; with ``before``, who held it before that
    person (or after, with ``after``); with ``prior``, who held it before its current holder."""
    holder = before.best.iri if before else None
    score = _scorer(parsed)

    def read(result: Rows) -> Reply:
        rows = result.rows
        if holder is not None:
            return _next_holder(rows, holder, score) if after else _previous_holder(rows, holder, score)
        if not rows:
            return Reply([])
        best = max(score(r) for r in rows)
        if best <= 0:
            return Reply([])
        records = {r["record"].value for r in rows if score(r) == best}
        chosen = [r for r in rows if r["record"].value in records]
        reported = [r for r in chosen if r.get("modality") != NamedNode(AKG.Planned)] or chosen
        reported.sort(key=lambda r: r["asOf"].value if "asOf" in r else "", reverse=True)
        top = reported[0]
        if prior:  # "Who held the previous record ...?": not the holder the graph has now
            return _previous_holder([r for r in rows if r["record"].value in records], top["s"].value, score)
        items = entities(Rows([], [top]), "s", "label")
        label = top["recordLabel"].value if "recordLabel" in top else None
        note = f"Record: {label}." if label else None
        if "value" in top:
            shown, value, _ = show(top["value"])
            unit = top["unit"].value if "unit" in top else None
            note = (note or "") + f" Value: {with_unit(shown, value, unit)}" + (
                f" as of {top['asOf'].value}." if "asOf" in top else ".")
        return Reply(items, note=note)

    return read


def _read_old_figure(parsed: Parsed, holder: Mention) -> Reader:
    """The figure of the record the holder broke (or, asked of a plan, is to break), as the
    holding states it ("breaking the previous record of 237 days"), of the best-matching of
    their holdings that state one; none when two match as well with different figures."""
    score = _scorer(parsed)

    def read(result: Rows) -> Reply:
        mine = [r for r in result.rows if r["s"].value == holder.best.iri and "previousValue" in r
                and (parsed.future or r.get("modality") != NamedNode(AKG.Planned))]  # "did X break": done only
        if not mine:
            return Reply([])
        best = max(score(r) for r in mine)
        top = [r for r in mine if score(r) == best]
        if len({r["previousValue"].value for r in top}) > 1:
            return Reply([])
        row = top[0]
        shown, figure, _ = show(row["previousValue"])
        unit = row["unit"].value if "unit" in row else None
        s, p, o = row["s"], row["p"], row["o"]
        assert isinstance(s, NamedNode) and isinstance(p, NamedNode)
        label = row["recordLabel"].value if "recordLabel" in row else None
        # the record itself, shown by the figure asked ("What record did X break?" wants a record)
        return Reply([Item(with_unit(shown, figure, unit), figure, iri=row["record"].value, unit=unit,
                           planned=row.get("modality") == NamedNode(AKG.Planned), support=(Triple(s, p, o),))],
                     note=f"Record: {label}, before {holder.best.label}." if label else None)

    return read


def _previous_holder(rows: list[dict[str, Term]], holder: str, score: Callable[[dict[str, Term]], float]) -> Reply:
    """Who held the record ``holder`` took (the best-matching of theirs): the holding's stated
    previous holder, else the other holder of that record with the largest value below it."""
    mine = sorted((r for r in rows if r["s"].value == holder), key=lambda r: (score(r), "previous" in r),
                  reverse=True)
    if not mine:
        return Reply([])
    top = mine[0]
    note = f"Record: {top['recordLabel'].value}." if "recordLabel" in top else None
    if "previous" in top:
        return Reply(entities(Rows([], [top]), "previous", "previousLabel"), note=note)
    if "value" not in top:
        return Reply([])
    mark = float(top["value"].value)
    below = [r for r in rows if r["record"] == top["record"] and r["s"].value != holder and "value" in r
             and float(r["value"].value) < mark]
    if not below:
        return Reply([])
    runner_up = max(below, key=lambda r: float(r["value"].value))
    return Reply(entities(Rows([], [runner_up]), "s", "label"), note=note)


def _next_holder(rows: list[dict[str, Term]], holder: str, score: Callable[[dict[str, Term]], float]) -> Reply:
    """Who took a record from ``holder`` (the best-matching record they held): whoever names
    them as previous holder, else its holder with the smallest value above theirs."""
    theirs = [r for r in rows if r["s"].value == holder or r.get("previous") == NamedNode(holder)]
    if not theirs:
        return Reply([])
    top = max(theirs, key=lambda r: (score(r), r["s"].value != holder))
    if top["s"].value != holder:
        return Reply(entities(Rows([], [top]), "s", "label"))
    if "value" not in top:
        return Reply([])
    mark = float(top["value"].value)
    above = [r for r in rows if r["record"] == top["record"] and r["s"].value != holder and "value" in r
             and float(r["value"].value) > mark]
    if not above:
        return Reply([])
    return Reply(entities(Rows([], [min(above, key=lambda r: float(r["value"].value))]), "s", "label"))
