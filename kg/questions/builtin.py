"""The built-in question templates, registered like any other through ``@template``.

Each one recognises a shape of question and proposes plans (query + bound values + reader)
for each likely reading; the engine runs them in order. Nothing here names a domain
relation: relations come from the ontology's phrases, so they are whatever the ontology says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from pyoxigraph import Literal, NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.linking import Candidate, Mention
from kg.questions.match import Parsed, RelationMatch
from kg.questions.readers import Valued, entities, latest_per_subject, preferred, show, valued, with_unit
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.questions.text import Token, normalise
from kg.questions.vocabulary import ClassWords, PropertyWords
from kg.store.sparql import Result, Rows, Term

_XSD = "http://www.w3.org/2001/XMLSchema#"
#: How many readings of one ambiguous name are tried.
_READINGS = 3
_PREVIOUS = {"before", "previous", "prior", "earlier", "preceding", "former"}
#: Verbs of taking a record from someone: "whose record did X break?" asks for the previous holder.
_SURPASS = {"break", "pass", "beat", "surpass", "overtake", "eclipse", "top", "exceed", "topple", "outdo", "best"}
#: Words of a comparison between dates that pick the earlier or the later one.
_EARLIER = {"first", "early", "earlier", "earliest", "before", "soon", "sooner", "old", "older"}
_LATER = {"last", "late", "later", "latest", "after", "recently", "young", "younger"}
_SCOPE_WORDS = {
    "us": {"us", "american", "america", "united states", "usa", "nasa"},
    "world": {"world", "all time", "alltime", "all-time", "ever", "history", "anyone", "everyone", "absolute"},
    "women": {"woman", "women", "female"},
    "russia": {"russian", "russia", "cosmonaut"},
}


def _n(iri: str) -> NamedNode:
    return NamedNode(iri)


def _family(prop: PropertyWords) -> list[NamedNode]:
    return [_n(i) for i in prop.family]


def _rows(result: Result) -> Rows:
    assert isinstance(result, Rows), "template queries are SELECT queries"
    return result


def _candidates(mention: Mention) -> Sequence[Candidate]:
    return mention.candidates[:_READINGS]


def _relations(parsed: Parsed, kinds: Iterable[str] | None = None) -> list[RelationMatch]:
    """The relations worth trying: the best and any close to it; then weaker ones whose
    answers are of the kind the question word asks for ("what spacecraft" may be a launch
    vehicle), never a date for "where"."""
    wanted = set(kinds) if kinds is not None else None
    pool = [r for r in parsed.relations if wanted is None or r.prop.kind in wanted]
    if not pool:
        return []
    best = pool[0].score
    expected = set(parsed.expected_kinds)
    return [r for r in pool if r.score >= 0.8 * best or (r.score >= 0.5 * best and r.prop.kind in expected)]


def _numeric(parsed: Parsed) -> list[RelationMatch]:
    return _relations(parsed, ("number",))


def _of_class(cls: ClassWords | None) -> set[str] | None:
    return set(cls.family) if cls is not None else None


def _keeps(ctx: Context, family: set[str] | None) -> Callable[[str], bool]:
    """A test of whether an entity is of one of the given classes (anything, without classes)."""

    def keep(iri: str) -> bool:
        if family is None:
            return True
        named = ctx.index.entities.get(iri)
        return named is not None and bool(family & set(named.types))

    return keep


def _agents(ctx: Context) -> set[str]:
    """The classes a "who" question can be answered with: people and organizations."""
    return {iri for name in ("Person", "Organization") if name in ctx.vocabulary.classes
            for iri in ctx.vocabulary.classes[name].family}


def _head(parsed: Parsed, mention: Mention) -> Token:
    """The token of a name that attaches it to the rest of the question."""
    head = parsed.tokens[mention.end - 1]
    for t in parsed.tokens[mention.start:mention.end]:
        if parsed.tokens[t.head].i < mention.start or parsed.tokens[t.head].i >= mention.end:
            head = t
    return head


def _role(parsed: Parsed, mention: Mention) -> str | None:
    """Is the named entity the grammatical subject (or owner: "X's", "of X") of the
    question's relation, or its object?"""
    head = _head(parsed, mention)
    if head.dep in ("nsubj", "nsubjpass", "poss"):
        return "subject"
    if head.dep == "pobj" and parsed.tokens[head.head].lower == "of":
        return "subject"
    if head.dep in ("dobj", "pobj", "attr", "conj", "appos", "npadvmod"):
        return "object"
    return None


def _directions(parsed: Parsed, rel: RelationMatch, mention: Mention) -> list[str]:
    """Which way round to read the relation for this entity, most likely first."""
    if rel.prop.qualified:
        return ["values"]
    if not rel.prop.is_object:
        return ["objects"]
    role = _role(parsed, mention)
    forward_first = (role != "object") if not rel.inverse else (role == "object")
    return ["objects", "subjects"] if forward_first else ["subjects", "objects"]


def _reading(mention: Mention, candidate: Candidate) -> tuple[tuple[Mention, Candidate], ...]:
    return ((mention, candidate),)


# ---------------------------------------------------------------------------- readers


def _read_values(parsed: Parsed, ctx: Context, rel: RelationMatch, direction: str, topic: Candidate,
                 count: bool = False) -> Reader:
    """The reader for one relation: entities, literals or qualified values, whichever the
    rows hold; a count when the question asks "how many". The entities the question names
    are never among the answers (who flew with X is not X)."""
    target = parsed.target_class
    named = _named(parsed, topic.iri)
    family = _of_class(target)
    relaxed = target is not None and any(
        normalise(w) in {normalise(p) for p in (*rel.prop.phrases, *rel.prop.inverse_phrases)} for w in target.words)
    who = _keeps(ctx, _agents(ctx))

    def read(result: Result) -> Reply:
        rows = _rows(result)
        if direction == "subjects":
            items = entities(rows, "s", kind=_entity_kind(rel.prop))
        elif any("record" in row for row in rows):
            items = entities(rows, "record", "recordLabel")
        else:
            values = _news(ctx, topic, valued(rows))
            if values:
                return _reply_values(parsed, rel.prop, values, count, topic)
            items = entities(rows, "o", kind=_entity_kind(rel.prop))
        items = [i for i in items if i.iri not in named]
        kept = [i for i in items if _keeps(ctx, family)(i.iri or "")]
        if not kept and relaxed:
            kept = items
        if parsed.wh in ("who", "whom"):
            kept = [i for i in kept if who(i.iri or "")]
        if count:
            return _counted(kept, f"{rel.prop.word} of {topic.label}")
        return Reply(kept)

    return read


def _news(ctx: Context, topic: Candidate, values: list[Valued]) -> list[Valued]:
    """The values that say more than the topic's classes do: asked for her profession, an
    astronaut's answer is "astrophysicist", not "astronaut" (unless that is all there is)."""
    named = ctx.index.entities.get(topic.iri)
    classes = {normalise(ctx.vocabulary.label(t)) for t in named.types} if named else set()
    news = [v for v in values if normalise(show(v.value)[0]) not in classes]
    return news or values


def _named(parsed: Parsed, *also: str) -> set[str]:
    """The entities the question names (in their likeliest reading, and ``also``), which are
    not what it asks for; a question about sources names both ends of the fact it looks for."""
    return set() if parsed.provenance else {m.best.iri for m in parsed.mentions} | set(also)


def _counted(items: Sequence[Item], what: str) -> Reply:
    """A count of distinct answers, saying what was counted and listing it."""
    if not items:
        return Reply([])
    n = len(items)
    listed = "; ".join(i.label for i in items)
    return Reply([Item(str(n), n, kind="count")], also=list(items),
                 note=f"I counted each distinct {what} once: {listed}.")


def _entity_kind(prop: PropertyWords) -> str:
    return "place" if prop.kind == "place" else "entity"


def _reply_values(parsed: Parsed, prop: PropertyWords, values: list[Valued], count: bool,
                  topic: Candidate) -> Reply:
    ranked = preferred(values, future=parsed.future, scope=parsed.scope)
    kind = ranked[0].item().kind
    if count:  # "how many times did X launch": the distinct launch dates
        reported = [v for v in ranked if not v.planned] or ranked
        return _counted(_distinct([v.item() for v in reported]), f"{prop.word} of {topic.label}")
    if kind == "date" or prop.kind == "date":
        wanted = [v for v in ranked if v.planned == ranked[0].planned]
        if ranked[0].planned:  # plans get revised: the latest stated plan stands
            wanted = wanted[:1]
        items = _distinct([v.item() for v in wanted])
        others = _distinct([v.item() for v in ranked if v not in wanted and v.item().value not in
                            {i.value for i in items}])
        note = None
        if items and items[0].planned and not parsed.future:
            note = "This is a planned date: the graph does not report it as having happened."
        return Reply(items, also=others, note=note)
    if prop.kind == "number" or kind == "number":
        main = ranked[0].item()
        others = _distinct([v.item() for v in ranked[1:] if (v.value, v.as_of, v.scope) !=
                            (ranked[0].value, ranked[0].as_of, ranked[0].scope)])
        return Reply([main], also=others)
    return Reply(_distinct([v.item() for v in ranked]))


def _distinct(items: Iterable[Item]) -> list[Item]:
    seen: dict[tuple[object, bool], Item] = {}
    for item in items:
        seen.setdefault((item.value, item.planned), item)
    return list(seen.values())


# ---------------------------------------------------------------------------- templates


@template("provenance", priority=10)
def provenance(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Which article says that Scott Kelly is Mark Kelly's twin?" — the articles that state
    the fact (or, with only a name, the articles that mention it)."""
    if not parsed.provenance or not parsed.mentions:
        return
    if parsed.relations:
        for plan in _fact_plans(parsed, ctx, "provenance"):
            yield Plan(**{**plan.__dict__, "articles": True,
                          "empty": "No article in the graph states that."})
        return
    for mention in parsed.mentions:
        for candidate in _candidates(mention):
            yield Plan("provenance", "mentions", {"topic": _n(candidate.iri)}, _read_articles,
                       _reading(mention, candidate), empty=f"No article mentions {candidate.label}.")


def _read_articles(result: Result) -> Reply:
    items = []
    for row in _rows(result):
        article = row["article"].value
        title = row["title"].value if "title" in row else article
        items.append(Item(title, article.rsplit("/", 1)[-1], iri=article, kind="article"))
    return Reply(items)


@template("comparison", priority=20)
def comparison(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Who spent longer in space, Scott Kelly or Michael Fincke?", "Who was born first, A or
    B?" and "Is X older than Y?" — answered with one of the two, never with a bare value, so
    when nothing compares them no later template answers either."""
    if len(parsed.mentions) < 2 or not (parsed.alternative or parsed.direction) or parsed.superlative:
        return
    if parsed.wh not in ("who", "which", "yesno", None):
        return
    first, second = parsed.mentions[0], parsed.mentions[1]
    for rel in _relations(parsed, ("number", "date")):
        topics = [_n(first.best.iri), _n(second.best.iri)]
        query = "values" if rel.prop.qualified else "objects"
        yield Plan("comparison", query, {"topic": topics, "p": _family(rel.prop)},
                   _read_comparison(parsed, rel.prop, first.best, second.best),
                   ((first, first.best), (second, second.best)),
                   empty=f"The graph lacks the {rel.prop.word} of {first.best.label} or {second.best.label}.",
                   final=True)


def _wants_larger(parsed: Parsed, prop: PropertyWords) -> bool:
    """Does the comparison pick the larger value? For dates, "first", "earlier" and "older"
    (born earlier) pick the earlier one, "last", "later" and "younger" the later one."""
    if prop.kind != "date":
        return parsed.direction != "smaller"
    lemmas = {t.lemma for t in parsed.tokens} | {t.lower for t in parsed.tokens}
    return bool(lemmas & _LATER) and not lemmas & _EARLIER


def _shown(v: Valued) -> str:
    label, value, _ = show(v.value)
    return with_unit(label, value, v.unit) + (f" (as of {v.as_of})" if v.as_of else "")


def _read_comparison(parsed: Parsed, prop: PropertyWords, a: Candidate, b: Candidate) -> Reader:
    def read(result: Result) -> Reply:
        best = {v.subject: v for v in latest_per_subject(valued(_rows(result)), scope=parsed.scope)}
        known = [c for c in (a, b) if c.iri in best]
        if len(known) == 1:
            (have,) = known
            lacking = b if have is a else a
            return Reply([], note=f"I cannot compare them: the graph has the {prop.word} of {have.label}, "
                                  f"{_shown(best[have.iri])}, but not of {lacking.label}.")
        if len(known) < 2:
            return Reply([])
        va, vb = best[a.iri], best[b.iri]
        x, y = show(va.value)[1], show(vb.value)[1]
        if type(x) is not type(y) and not {type(x), type(y)} <= {int, float}:
            return Reply([])
        larger = _wants_larger(parsed, prop)
        summary = f"{a.label}: {_shown(va)}; {b.label}: {_shown(vb)}."
        support = (va.triple, vb.triple)
        if parsed.wh == "yesno":
            truth = x > y if larger else x < y  # type: ignore[operator]
            return Reply([Item("yes" if truth else "no", truth, kind="boolean", support=support)], note=summary)
        if x == y:
            return Reply([Item(a.label, a.label, a.iri, support=support), Item(b.label, b.label, b.iri,
                                                                              support=support)], note=summary)
        winner = a if (x > y) == larger else b  # type: ignore[operator]
        return Reply([Item(winner.label, winner.label, winner.iri, support=support)], note=summary)

    return read


@template("yes-no", priority=25)
def yes_no(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Is Mark Kelly married to Gabrielle Giffords?", "Is Scott Kelly an astronaut?",
    "Did Kelly spend 340 days in space?" — yes when the graph states it, else no."""
    if parsed.wh != "yesno" or not parsed.mentions or parsed.direction and len(parsed.mentions) >= 2:
        return
    first = parsed.mentions[0]
    no = Item("no", False, kind="boolean")
    if len(parsed.mentions) >= 2 and parsed.relations:
        second = parsed.mentions[1]
        for rel in _relations(parsed):
            for a in _candidates(first):
                yield Plan("yes-no", "link", {"a": _n(a.iri), "b": [_n(c.iri) for c in _candidates(second)],
                                              "p": _family(rel.prop)},
                           _read_yes(ctx, second), ((first, a), (second, second.best)),
                           empty=f"The graph does not link {a.label} and {second.best.label} by “{rel.prop.word}”.",
                           negative=no)
        return
    if parsed.numbers and parsed.relations:
        for rel in _numeric(parsed):
            for a in _candidates(first):
                query = "values" if rel.prop.qualified else "objects"
                yield Plan("yes-no", query, {"topic": _n(a.iri), "p": _family(rel.prop)},
                           _read_number_check(parsed), _reading(first, a),
                           empty=f"The graph does not say that of {a.label}.", negative=no)
        return
    target = next((c.cls for c in parsed.classes), None)
    if target is not None and not parsed.relations:
        for a in _candidates(first):
            yield Plan("yes-no", "is_a", {"x": _n(a.iri), "class": [_n(i) for i in target.family]},
                       _read_is_a, _reading(first, a),
                       empty=f"The graph does not say that {a.label} is a {target.label}.", negative=no)


def _read_yes(ctx: Context, second: Mention) -> Reader:
    def read(result: Result) -> Reply:
        rows = _rows(result)
        if not rows.rows:
            return Reply([])
        support = []
        for row in rows:
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode)
            support.append(Triple(s, p, o))
        return Reply([Item("yes", True, kind="boolean", support=tuple(support))])

    return read


def _read_number_check(parsed: Parsed) -> Reader:
    def read(result: Result) -> Reply:
        wanted = set(parsed.numbers)
        hits = [v for v in valued(_rows(result)) if float(show(v.value)[1]) in wanted]
        if not hits:
            return Reply([])
        return Reply([Item("yes", True, kind="boolean", support=tuple(v.triple for v in hits))],
                     also=[hits[0].item()])

    return read


def _read_is_a(result: Result) -> Reply:
    return Reply([Item("yes", True, kind="boolean")] if _rows(result).rows else [])


@template("record", priority=30)
def record(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Who holds the record for the most cumulative days in space?", "Which American holds
    the record ...?", "Who held the US record before Scott Kelly?" """
    rels = [r for r in parsed.relations if "RecordHolding" in (r.prop.range, r.prop.domain)]
    if not rels or parsed.wh == "yesno":
        return
    holding = next(r.prop for r in rels if r.prop.range == "RecordHolding") if any(
        r.prop.range == "RecordHolding" for r in rels) else next(
        (p for p in ctx.vocabulary.properties.values() if p.range == "RecordHolding"), None)
    if holding is None:
        return
    lemmas = {t.lemma for t in parsed.tokens}
    holder = _holder(parsed, ctx)
    owned = holder is not None and _possessive(parsed, holder)  # "Who broke X's record?"
    before = holder is not None and bool(lemmas & _PREVIOUS or parsed.wh == "whose" or lemmas & _SURPASS and not owned)
    after = holder is not None and not before and bool(lemmas & _SURPASS)
    if holder is not None and after:
        yield Plan("record", "records", {"p": _family(holding)}, _read_records(parsed, holder, after=True),
                   ((holder, holder.best),), final=True,
                   empty=f"The graph names nobody who took a record from {holder.best.label}.")
        return
    yield Plan("record", "records", {"p": _family(holding)}, _read_records(parsed, holder if before else None),
               ((holder, holder.best),) if holder else (),
               empty=f"The graph names nobody who held that record before {holder.best.label}."
               if before and holder else "The graph states no record that matches these words.", final=before)


def _possessive(parsed: Parsed, mention: Mention) -> bool:
    """Is the name an owner ("X's record")?"""
    after = parsed.tokens[mention.end] if mention.end < len(parsed.tokens) else None
    return _head(parsed, mention).dep == "poss" or after is not None and after.lower in ("'s", "’s", "'")


def _holder(parsed: Parsed, ctx: Context) -> Mention | None:
    """The record holder a question names: a person, preferably the one after "before"
    (in "the US record ... before Scott Kelly", "US" is a scope, not a holder)."""
    people = _keeps(ctx, _agents(ctx))
    named = [m for m in parsed.mentions if people(m.best.iri)]
    after = [m for m in named if any(t.lemma in _PREVIOUS for t in parsed.tokens[:m.start])]
    chosen = after or named
    return chosen[-1] if chosen else None


def _read_records(parsed: Parsed, before: Mention | None, *, after: bool = False) -> Reader:
    words = {t.lemma for t in parsed.tokens if not t.is_stop and not t.is_punct} | \
            {t.lower for t in parsed.tokens if not t.is_stop and not t.is_punct}
    text = " " + normalise(parsed.text) + " "
    asked_scopes = {scope for scope, names in _SCOPE_WORDS.items() if any(f" {n} " in text for n in names)}
    holder = before.best.iri if before else None

    def score(row: dict[str, Term]) -> float:
        names = " ".join(str(getattr(row.get(k), "value", "")) for k in ("recordLabel", "measure"))
        record_words = set(normalise(names).split())
        overlap = len(words & record_words)
        scope = normalise(str(getattr(row.get("recordScope"), "value", "")) or names)
        scope_of = {s for s, ns in _SCOPE_WORDS.items() if any(n in scope.split() or n == scope for n in ns)}
        if asked_scopes:
            overlap += 3 if asked_scopes & scope_of else -3
        elif scope_of - {"world"}:
            overlap -= 1
        return overlap

    def read(result: Result) -> Reply:
        rows = _rows(result).rows
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


@template("superlative", priority=40)
def superlative(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Who has spent the most days in space?", "Who is the youngest astronaut?" """
    if not parsed.superlative or parsed.wh == "yesno":
        return
    for rel in _numeric(parsed):
        query = "ranked_min" if parsed.direction == "smaller" else "ranked_max"
        yield Plan("superlative", query, {"p": _family(rel.prop)}, _read_ranked(parsed, ctx),
                   empty=f"The graph has no {rel.prop.word} to compare.")


def _read_ranked(parsed: Parsed, ctx: Context) -> Reader:
    keep = _keeps(ctx, _of_class(parsed.target_class))

    def read(result: Result) -> Reply:
        values = [v for v in valued(_rows(result)) if keep(v.subject)]
        if parsed.scope:
            scoped = [v for v in values if (v.scope == str(AKG.SingleFlight)) == (parsed.scope == "single")]
            values = scoped or values
        if not values:
            return Reply([])
        top = show(values[0].value)[1]
        winners = [v for v in values if show(v.value)[1] == top]
        items = _distinct(Item(v.subject_label or v.subject, v.subject_label or v.subject, v.subject,
                               support=(v.triple,)) for v in winners)
        detail = winners[0]
        note = f"{with_unit(show(detail.value)[0], top, detail.unit)}" + (
            f" as of {detail.as_of}" if detail.as_of else "") + "."
        others = _distinct(v.item(label_prefix=f"{v.subject_label}: ") for v in values if v not in winners)
        return Reply(items, also=others[:5], note=note)

    return read


@template("threshold", priority=45)
def threshold(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Which astronauts have spent more than 380 days in space?", "Who spent 215 days in space?" """
    if not parsed.numbers or parsed.wh in ("yesno", "how many", "how long", "how old", "when") or parsed.mentions:
        return
    sign = {">": 1, ">=": 2, "<": -1, "<=": -2, None: 0}[parsed.threshold]
    for rel in _numeric(parsed):
        yield Plan("threshold", "threshold",
                   {"p": _family(rel.prop), "limit": Literal(repr(parsed.numbers[0]),
                                                             datatype=NamedNode(_XSD + "double")),
                    "sign": Literal(str(sign), datatype=NamedNode(_XSD + "integer"))},
                   _read_threshold(ctx, parsed),
                   empty=f"Nobody in the graph has that {rel.prop.word}.")


def _read_threshold(ctx: Context, parsed: Parsed) -> Reader:
    keep = _keeps(ctx, _of_class(parsed.target_class))

    def read(result: Result) -> Reply:
        values = [v for v in valued(_rows(result)) if keep(v.subject)]
        items = _distinct(Item(v.subject_label or v.subject, v.subject_label or v.subject, v.subject,
                               support=(v.triple,)) for v in values)
        return Reply(items, also=_distinct(v.item(label_prefix=f"{v.subject_label}: ") for v in values))

    return read


@template("count", priority=50)
def count(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "How many astronauts are in the graph?" """
    target = parsed.target_class
    if parsed.wh != "how many" or target is None or parsed.mentions:
        return
    yield Plan("count", "count_class", {"class": [_n(i) for i in target.family]}, _read_count,
               empty=f"The graph has no {target.label}.")


def _read_count(result: Result) -> Reply:
    rows = _rows(result)
    n = int(rows.rows[0]["count"].value) if rows.rows else 0
    return Reply([Item(str(n), n, kind="count")] if n else [])


@template("fact", priority=60)
def fact(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Who is Scott Kelly's twin?", "When will Kelly return?", "Where did he launch from?",
    "How many days did Scott Kelly spend in space?", "Who has commanded the ISS?" """
    if parsed.wh == "yesno" or parsed.provenance:
        return
    yield from _fact_plans(parsed, ctx, "fact")


def _fact_plans(parsed: Parsed, ctx: Context, name: str) -> Iterator[Plan]:
    counting = parsed.wh == "how many"
    yield from _linked_plans(parsed, ctx, name, counting)
    for rel in _relations(parsed):
        as_count = counting and rel.prop.kind != "number"
        for mention in parsed.mentions:
            for candidate in _candidates(mention):
                for direction in _directions(parsed, rel, mention):
                    yield Plan(name, direction, {"topic": _n(candidate.iri), "p": _family(rel.prop)},
                               _read_values(parsed, ctx, rel, direction, candidate, as_count),
                               _reading(mention, candidate),
                               empty=f"The graph has no {rel.prop.word} for {candidate.label}.")


def _linked_plans(parsed: Parsed, ctx: Context, name: str, counting: bool) -> Iterator[Plan]:
    """ "Who flew on Crew-1?", "How many astronauts flew on Crew-1?": the people linked to the
    named entities by any relation the words match, either way round, so that a list is whole
    however each member was stated (as crew member, as flight, as crewmate)."""
    agents = _agents(ctx)
    target = _of_class(parsed.target_class)
    wants_agents = parsed.wh in ("who", "whom") or (target is not None and bool(agents) and target <= agents)
    rels = [r for r in _worded_alike(parsed) if r.prop.is_object and not r.prop.qualified and r.prop.kind == "entity"]
    if not parsed.mentions or not wants_agents or not rels:
        return
    family = list(dict.fromkeys(i for r in rels for i in r.prop.family))
    topics = [m.best for m in parsed.mentions]
    names = " and ".join(t.label for t in topics)
    yield Plan(name, "linked", {"topic": [_n(t.iri) for t in topics], "p": [_n(i) for i in family]},
               _read_linked(parsed, ctx, names, counting), tuple((m, m.best) for m in parsed.mentions),
               empty=f"The graph has no {rels[0].prop.word} for {names}.")


def _worded_alike(parsed: Parsed) -> list[RelationMatch]:
    """The relations worth trying, and any other whose words all belong to the best one's
    ("flew on" is a crew member, a spacecraft and a launch vehicle alike)."""
    close = _relations(parsed)
    best = set(parsed.relations[0].tokens) if parsed.relations else set()
    return close + [r for r in parsed.relations if r not in close and set(r.tokens) <= best]


def _read_linked(parsed: Parsed, ctx: Context, names: str, counting: bool) -> Reader:
    keep = _keeps(ctx, _of_class(parsed.target_class) or _agents(ctx))
    named = _named(parsed)

    def read(result: Result) -> Reply:
        items = [i for i in entities(_rows(result), "x") if i.iri not in named and keep(i.iri or "")]
        if counting:
            what = parsed.target_class.label if parsed.target_class else "person"
            return _counted(items, f"{what} linked to {names}")
        return Reply(items)

    return read


@template("list", priority=70)
def listing(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Which astronauts are in the graph?", "List the space agencies." """
    target = parsed.target_class
    if target is None or parsed.mentions or parsed.wh in ("yesno", "how many"):
        return
    named = {i for c in parsed.classes for i in c.tokens}
    family = [_n(i) for i in target.family]
    relations = [r for r in _relations(parsed) if not set(r.tokens) <= named]
    if not relations:
        yield Plan("list", "list_class", {"class": family}, _read_list, empty=f"The graph has no {target.label}.")
        return
    for rel in relations:  # "Which astronauts have a twin?"
        yield Plan("list", "having", {"class": family, "p": _family(rel.prop)}, _read_having,
                   empty=f"No {target.label} in the graph has a {rel.prop.word}.")


def _read_having(result: Result) -> Reply:
    return Reply(entities(_rows(result), "x"))


def _read_list(result: Result) -> Reply:
    items = []
    for row in _rows(result):
        iri, label = row["x"].value, row["label"].value
        items.append(Item(label, label, iri))
    return Reply(items)


@template("description", priority=80)
def description(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Who is Amiko Kauderer?", "Tell me about Expedition 44." — roles, employer, relations."""
    if not parsed.describe or parsed.wh == "yesno":
        return
    mention = parsed.mentions[0]
    for candidate in _candidates(mention):
        yield Plan("description", "describe", {"topic": _n(candidate.iri)}, _read_description(ctx, candidate),
                   _reading(mention, candidate), empty=f"The graph knows the name {candidate.label} but no facts.")


def _read_description(ctx: Context, topic: Candidate) -> Reader:
    vocabulary = ctx.vocabulary

    def read(result: Result) -> Reply:
        rows = _rows(result)
        items: list[Item] = []
        named = ctx.index.entities.get(topic.iri)
        types = set(named.types) if named else set()
        family = {c.iri: set(c.family) for c in vocabulary.classes.values()}
        broader = {t for t in types if any(u != t and u in family.get(t, ()) for u in types)}  # astronaut > person
        for type_iri in sorted(types - broader):
            label = vocabulary.label(type_iri)
            items.append(Item(f"is {'an' if label[:1] in 'aeiou' else 'a'} {label}", label, kind="value",
                              relation="type"))
        facts: list[Item] = []
        linked: list[Item] = []  # facts where the topic is the object ("commander of: ...")
        qualified: dict[str, list[Valued]] = {}
        out = [r for r in rows if r["dir"].value == "out"]
        for row in out:
            prop = vocabulary.by_iri(row["p"].value)
            if prop is None or prop.name in ("sourceId", "contentHash"):
                continue
            if "value" in row:
                qualified.setdefault(prop.name, []).extend(valued(Rows([], [row])))
                continue
            o = row["o"]
            if isinstance(o, NamedNode):
                label = row["label"].value if "label" in row else vocabulary.label(o.value)
                facts.append(Item(f"{prop.label}: {label}", label, o.value, kind=_entity_kind(prop),
                                  relation=prop.label, support=(_triple(row),)))
            else:
                shown, value, kind = show(o)
                facts.append(Item(f"{prop.label}: {shown}", value, kind=kind, relation=prop.label,
                                  support=(_triple(row),)))
        for name, values in qualified.items():
            prop = vocabulary.properties[name]
            best = preferred(values, future=False, scope=None)[0]
            facts.append(best.item(relation=prop.label, label_prefix=f"{prop.label}: "))
        for row in rows:
            if row["dir"].value != "in":
                continue
            prop = vocabulary.by_iri(row["p"].value)
            if prop is None or not isinstance(row["s"], NamedNode):
                continue
            phrase = prop.inverse_phrases[0] if prop.inverse_phrases else f"{prop.label} of"
            if prop.symmetric:
                phrase = prop.label
            label = row["label"].value if "label" in row else row["s"].value
            linked.append(Item(f"{phrase}: {label}", label, row["s"].value, relation=phrase,
                               support=(_triple(row),)))
        roles = {normalise(str(i.value)) for i in items}  # "occupation: astronaut" repeats "is an astronaut"
        facts = [f for f in _distinct_facts(_profile_order(facts, linked))
                 if not (f.kind == "value" and normalise(str(f.value)) in roles)]
        items += facts
        note = None if facts else f"The graph holds no other facts about {topic.label} yet."
        return Reply(items, note=note)

    return read


#: The order of a profile: roles (words such as "doctor"), then employer and relations, places,
#: what others say of the topic, then figures and dates (which need their context to read).
_PROFILE = ("value", "entity", "place", "linked", "number", "date")


def _profile_order(facts: list[Item], linked: list[Item]) -> list[Item]:
    """A description's facts in the order a reader wants them (see ``_PROFILE``)."""
    ranked = [(_PROFILE.index(f.kind) if f.kind in _PROFILE else len(_PROFILE), f) for f in facts]
    ranked += [(_PROFILE.index("linked"), f) for f in linked]
    return [f for _, f in sorted(ranked, key=lambda rf: rf[0])]


def _distinct_facts(items: list[Item]) -> list[Item]:
    seen: dict[tuple[str | None, object], Item] = {}
    for item in items:
        seen.setdefault((item.relation, item.value), item)
    return list(seen.values())


def _triple(row: dict[str, Term]) -> Triple:
    s, p = row["s"], row["p"]
    assert isinstance(s, NamedNode) and isinstance(p, NamedNode)
    return Triple(s, p, row["o"])
