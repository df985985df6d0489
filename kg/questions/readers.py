"""Readers: what a plan's rows say in answer to its question, as a
:class:`~kg.questions.templates.Reply` (entities, values, yes or no, counts, rankings,
descriptions). Pure functions of the question and the rows; no store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from pyoxigraph import NamedNode, Triple

from kg.questions.as_of import period_asked, stated_by
from kg.questions.class_sizes import stated_class, without_class_sizes
from kg.questions.crew_sizes import crew, planned_note, some_of, stated_sizes
from kg.questions.group_sizes import Stated, stated_size
from kg.questions.linking import Candidate, Mention
from kg.questions.match import Parsed, RelationMatch, bounds_in_time
from kg.questions.one_flight import flight_types, one_flight
from kg.questions.scopes import scope_of
from kg.questions.tallies import unstated
from kg.questions.templates import Context, Item, Reader, Reply
from kg.questions.text import normalise
from kg.questions.types import counts_things
from kg.questions.values import (
    CUMULATIVE,
    SINGLE,
    SINGLE_WALK,
    Valued,
    beyond_any_flight,
    entities,
    in_scope,
    latest_per_subject,
    no_flight,
    number_of,
    preferred,
    show,
    valued,
    with_unit,
    year_or_value_in,
)
from kg.questions.vocabulary import ClassWords, PropertyWords
from kg.store.sparql import Rows, Term


def node(iri: str) -> NamedNode:
    return NamedNode(iri)


def iris_of(prop: PropertyWords) -> list[NamedNode]:
    return [node(i) for i in prop.family]


def of_class(cls: ClassWords | None) -> set[str] | None:
    return set(cls.family) if cls is not None else None


def keeps(ctx: Context, family: set[str] | None) -> Callable[[str], bool]:
    """A test of whether an entity is of one of the given classes (anything, without classes)."""

    def keep(iri: str) -> bool:
        if family is None:
            return True
        named = ctx.index.entities.get(iri)
        return named is not None and bool(family & set(named.types))

    return keep


def _with_figure(item: Item, rows: Rows) -> Item:
    """A record held, with the holding's figure first: "803 days (cumulative days in space,
    all-time)", which is what "What record did X set?" asks; the record alone when no figure is
    stated ("broke the record")."""
    row = next((r for r in rows if r.get("record") == NamedNode(item.iri or "") and "value" in r), None)
    if row is None:
        return item
    label, value, _ = show(row["value"])
    unit = row["unit"].value if "unit" in row else None
    said = item.label.replace(" (", ", ").replace(")", "")
    figure = f"{with_unit(label, value, unit)} ({said})"
    return replace(item, label=figure, value=figure)


def agent_classes(ctx: Context) -> set[str]:
    """The classes a "who" question can be answered with: people and organizations."""
    return ctx.vocabulary.family("Person", "Organization")


def read_values(parsed: Parsed, ctx: Context, rel: RelationMatch, direction: str, topic: Candidate,
                 count: bool = False) -> Reader:
    """The reader for one relation: entities, literals or qualified values, whichever the
    rows hold; a count when the question asks "how many". The entities the question names
    are never among the answers (who flew with X is not X)."""
    target = parsed.target_class
    named = named_in(parsed, topic.iri)
    family = of_class(target)
    relaxed = target is not None and any(
        normalise(w) in {normalise(p) for p in (*rel.prop.phrases, *rel.prop.inverse_phrases)} for w in target.words)
    who = keeps(ctx, agent_classes(ctx))
    stations = {m.best.iri for m in parsed.mentions if m.best.iri in ctx.index.entities and set(
        ctx.index.entities[m.best.iri].types) & ctx.vocabulary.family("SpaceStation")}

    def read(rows: Rows) -> Reply:
        rows, sizes = stated_sizes(rows)
        if direction == "subjects":
            items = entities(rows, "s", kind=entity_kind(rel.prop))
        elif any("record" in row for row in rows):
            items = [_with_figure(i, rows) for i in entities(rows, "record", "recordLabel")]
        else:
            stays = stations if rel.prop.name == "timeInSpace" else set()
            values = _on_mission(parsed, topic, narrowest(_news(ctx, topic, valued(rows))), stays)
            if values is None:
                return Reply([])
            if values:
                return _reply_values(parsed, rel.prop, values, count, topic)
            items = entities(rows, "o", kind=entity_kind(rel.prop))
        items = [i for i in items if i.iri not in named]
        kept = [i for i in items if keeps(ctx, family)(i.iri or "")]
        if not kept and relaxed:
            kept = items
        if parsed.wh in ("who", "whom"):
            kept = [i for i in kept if who(i.iri or "")]
        if count:
            people = bool(kept) and all(who(i.iri or "") for i in kept)
            return crew_counted(kept, f"{rel.prop.word} of {topic.label}", people and _flight(ctx, [topic.iri]),
                                sizes, topic.label, parsed.future)
        return Reply(kept)

    return read


def _on_mission(parsed: Parsed, topic: Candidate, values: list[Valued], stays: set[str]) -> list[Valued] | None:
    """The values of the flight the question names ("her role on Crew-5"), when they are
    stated per flight; None when none is of that flight (another flight's role is no answer).
    A station a time in space was spent on (``stays``: "How many days did X spend on the ISS?")
    names no flight: :mod:`kg.questions.station_stays` checks it."""
    if not any(v.mission for v in values):
        return values
    named = {c.iri for m in parsed.mentions if not _the_earth(m) and not bounds_in_time(parsed.tokens, m)
             and m.best.iri not in stays
             for c in m.candidates[:3] if c.iri != topic.iri}  # "before Crew-5" bounds a total, names no flight of it
    if not named:
        return values
    mine = [v for v in values if v.mission in named]
    return mine or None


def _the_earth(mention: Mention) -> bool:
    """Is the name the Earth every flight circles ("orbits of the Earth", "orbit the Earth")? It
    names no flight of the values."""
    return mention.best.label.lower() == "earth"


def _news(ctx: Context, topic: Candidate, values: list[Valued]) -> list[Valued]:
    """The values that say more than the topic's classes do: asked for her profession, an
    astronaut's answer is "astrophysicist", not "astronaut" nor "cosmonaut" (any word of the
    class), unless that is all there is."""
    named = ctx.index.entities.get(topic.iri)
    words = {c.iri: c.words for c in ctx.vocabulary.classes.values()}
    classes = {normalise(w) for t in named.types for w in (ctx.vocabulary.label(t), *words.get(t, ()))} \
        if named else set()
    news = [v for v in values if normalise(show(v.value)[0]) not in classes]
    return news or values


#: endings of the trades a bare "scientist" is the broader word for ("geologist", "astrophysicist")
_SCIENCES = ("logist", "physicist", "chemist", "astronomer", "mathematician", "scientist")


def narrowest(values: list[Valued]) -> list[Valued]:
    """The words that say most: a trade named once plainly and once fully ("engineer",
    "aerospace engineer"; "scientist", "geologist") is the full one, since the plain one
    only repeats it less exactly. Only plain words compare (no dates, numbers or entities)."""
    texts = [show(v.value) for v in values]
    words = [normalise(label) if kind == "value" and not any(c.isdigit() for c in label) else ""
             for label, _, kind in texts]

    def broader(mine: str, other: str) -> bool:
        return bool(mine and other and mine != other) and (
            other.endswith(" " + mine) or mine == "scientist" and other.endswith(_SCIENCES))

    return [v for v, w in zip(values, words, strict=True) if not any(broader(w, o) for o in words)]


def named_in(parsed: Parsed, *also: str) -> set[str]:
    """The entities the question names (in their likeliest reading, and ``also``), which are
    not what it asks for; a question about sources names both ends of the fact it looks for."""
    return set() if parsed.provenance else {m.best.iri for m in parsed.mentions} | set(also)


def counted(items: Sequence[Item], what: str) -> Reply:
    """A count of distinct answers over a scope the graph defines (the articles that mention X,
    the astronauts it holds), saying what was counted and listing it. It rests on the facts of
    everything counted, so it is as sure as the least sure of them."""
    if not items:
        return Reply([])
    n = len(items)
    listed = "; ".join(i.label for i in items)
    support = tuple(dict.fromkeys(t for i in items for t in i.support))
    sure = [i.confidence for i in items if i.confidence is not None]
    return Reply([Item(str(n), n, kind="count", support=support, confidence=min(sure) if sure else None)],
                 also=list(items),
                 note=f"I counted each distinct {what} once: {listed}.")


def crew_counted(items: Sequence[Item], what: str, flight: bool, sizes: Sequence[Stated] = (), label: str = "",
                 future: bool = False) -> Reply:
    """A count of the people linked to a flight or a thing: the crew size the articles state, when
    they state one (:mod:`kg.questions.crew_sizes`); else no answer, since those the articles name
    may be only some of them (:mod:`kg.questions.tallies`)."""
    if flight:
        stated = stated_size(items, sizes, crew(label), future)
        if stated is not None:
            return stated
        refused = unstated(items, "flew")
        return replace(refused, note=f"{refused.note}{planned_note(sizes, label)}") if refused.note else refused
    return unstated(items, "there are", what)


def _flight(ctx: Context, iris: Iterable[str]) -> bool:
    """Whether the entities name a flight or a craft and no one ("How many flew on X?" counts its
    crew; "How many flew with A on X?" may rightly count one)."""
    flights = ctx.vocabulary.family("Mission", "Spaceflight", "Spacecraft")
    kinds = [types_of(ctx, iri) for iri in iris]
    return any(k & flights for k in kinds) and not any(k & agent_classes(ctx) for k in kinds)


def entity_kind(prop: PropertyWords) -> str:
    return "place" if prop.kind == "place" else "entity"


#: words of a question about a spacewalk, whose length is never the walker's time in space
_WALKS = {"spacewalk", "spacewalks", "moonwalk", "eva", "extravehicular"}
#: words of a question about a delay or a part of a flight ("How long was the return delayed?", "the weightless
#: portion", "How long did it take to travel to the station?"), whose length is no time in space
_PARTS = {"delay", "delayed", "delays", "late", "earlier", "portion", "part", "phase", "weightless", "weightlessness",
          "ascent", "descent", "travel", "traveled", "travelled", "coast", "coasted"}


def walk_asked(parsed: Parsed) -> bool:
    """Does the question name a spacewalk ("How long did the X spacewalk last?") outside a
    name ("Eva Moss" asks of no EVA)?"""
    names = {i for m in parsed.mentions for i in range(m.start, m.end)}
    tokens = parsed.tokens
    return any((t.lemma.lower() in _WALKS or t.lemma.lower() == "walk" and (
        t.i > 0 and tokens[t.i - 1].lower == "space" or [u.lower for u in tokens[t.i + 1:t.i + 3]] == ["in", "space"]))
               and t.i not in names for t in tokens)  # "a space walk", "walked in space"


def part_of_flight(parsed: Parsed) -> bool:
    """Does the question ask how long a delay or a part of a flight lasted, not the flight?"""
    return any(t.lower in _PARTS for t in parsed.tokens)


def _reply_values(parsed: Parsed, prop: PropertyWords, values: list[Valued], count: bool,
                  topic: Candidate) -> Reply:
    if prop.name == "timeInSpace" and walk_asked(parsed):
        return Reply([], note=f"The articles give {topic.label}'s time in space, not how long a spacewalk lasted.")
    if prop.name == "timeInSpace" and counts_things(parsed):
        return Reply([], note=f"The articles give {topic.label}'s time in space, not a count.")
    if prop.name == "timeInSpace" and part_of_flight(parsed):
        return Reply([], note=f"The articles give {topic.label}'s time in space, not how long a delay or a part of "
                              f"a flight lasted.")
    if _total_asked(parsed):  # a "single flight" longer than any flown can only be a total
        values = [replace(v, scope=CUMULATIVE) if beyond_any_flight(v) else v for v in values]
        if prop.name == "spacewalkDuration":  # a career's time on spacewalks: never one walk's length
            values = [v for v in values if v.scope != SINGLE_WALK]
            if not values:
                return Reply([], note=f"The articles give how long a spacewalk of {topic.label} lasted, not the "
                                      f"total of them.")
    elif prop.name == "spacewalkDuration" and _one_walk(parsed):  # "X's first spacewalk": never a career's total
        values = [v for v in values if v.scope != CUMULATIVE]
        if not values:
            return Reply([], note=f"The articles give only {topic.label}'s total time on spacewalks, not how long "
                                  f"one lasted.")
        if any(t.lower in _LATER_WALKS and any(u.lower in _WALKS for u in parsed.tokens[t.i + 1:t.i + 3])
               for t in parsed.tokens):  # "her second spacewalk", not "did it last"
            return Reply([], note=f"The articles do not tie a stated length to {topic.label}'s spacewalk of that "
                                  f"rank.")
    ranked = preferred(values, future=parsed.future, scope=parsed.scope)
    if parsed.scope == "single" and prop.kind == "number":  # one flight asked: never a figure no flight reached
        flights = [v for v in ranked if not no_flight(v)]
        if not flights:
            return Reply([], note=f"The articles give only {ranked[0].item().label}, longer than any single "
                                  f"flight: a total, not one flight's time.")
        ranked = flights
    kind = ranked[0].item().kind
    if count:  # "how many times did X launch": the distinct launch dates
        reported = [v for v in ranked if not v.planned] or ranked
        return unstated(distinct([v.item() for v in reported]), "there were", f"{prop.word} of {topic.label}")
    if kind == "date" or prop.kind == "date":
        wanted = [v for v in ranked if v.planned == ranked[0].planned]
        if ranked[0].planned:  # plans get revised: the latest stated plan stands
            wanted = wanted[:1]
        items = distinct([v.item() for v in wanted])
        others = distinct([v.item() for v in ranked if v not in wanted and v.item().value not in
                            {i.value for i in items}])
        dated = [i for i in items if not _yearless(i)]
        if items and not dated:
            return Reply([], also=items + others, note=f"The articles give {items[0].label} without its year.")
        note = None
        if dated and dated[0].planned and parsed.past and not parsed.future:  # "When did X return?": not a plan
            return Reply([], also=dated + others, note=f"The articles give {dated[0].label} only as planned, not as "
                                                       f"the date it happened.")
        if dated and dated[0].planned and not parsed.future:
            note = "This is a planned date: the graph does not report it as having happened."
        return Reply(dated, also=others, note=note)
    if prop.kind == "number" or kind == "number":
        best = ranked[0]
        clash = _contradiction(ranked) or (_undecided(ranked, topic.label) if prop.name == "timeInSpace" else None)
        if clash:
            return Reply([], note=clash)
        if best.scope == SINGLE and _total_asked(parsed):  # a total was asked; only flights are stated
            return Reply([], note=f"The articles give only the time of single flights ({best.item().label}), "
                                  f"not a total.")
        if best.scope == CUMULATIVE and parsed.scope == "single":
            return Reply([], note=f"The articles give only a total ({best.item().label}), not one flight's time.")
        main = best.item()
        if best.planned and not parsed.future:
            main = replace(main, label=main.label + " (planned)")
        others = distinct([v.item() for v in ranked[1:] if (v.value, v.as_of, v.scope) !=
                           (best.value, best.as_of, best.scope)])
        return Reply([main], also=others)
    return Reply(distinct([v.item() for v in ranked]))


#: words that ask for one walk of several other than the first ("her second spacewalk", "his last"): a stated
#: length carries no walk's rank, so it may be another walk's (the first's, told beside it)
_LATER_WALKS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
                "latest", "final", "previous", "next"}


def _one_walk(parsed: Parsed) -> bool:
    """Does the question ask how long one spacewalk lasted ("How long did X's first spacewalk
    last?", "How long was her spacewalk?"), not all of them ("X's spacewalks", "in total")?"""
    return any(t.lower in ("spacewalk", "eva", "moonwalk") for t in parsed.tokens)


def _yearless(item: Item) -> bool:
    """A day or month without its year ("4 July", from an article that gives no year): it
    does not say when, and guessing the year would be a wrong answer as often as a right one."""
    return isinstance(item.value, str) and item.value.startswith("--")


def _contradiction(values: list[Valued]) -> str | None:
    """One flight longer than the career total it is part of, or than any flight ever flown: the
    articles (or their reading) contradict each other, so neither figure is given."""
    flights = [v for v in values if v.scope == SINGLE]
    endless = [v for v in flights if beyond_any_flight(v)]
    if endless:
        return (f"The articles are read as giving one flight of "
                f"{endless[0].item().label.replace(' (single flight)', '')}, longer than any flight ever flown: "
                f"a total, or another person's figure, misread; no figure is given for one flight.")
    totals = [v for v in values if v.scope == CUMULATIVE]
    if not totals or not flights:
        return None
    latest_total = max(number_of(v) for v in totals)
    longest = max(flights, key=number_of)
    if number_of(longest) <= latest_total:
        return None
    total = max(totals, key=number_of)
    return (f"The articles give one flight of {longest.item().label.replace(' (single flight)', '')}, "
            f"longer than the total of {total.item().label}: the figures contradict each other.")


def _undecided(values: list[Valued], whose: str) -> str | None:
    """Two times in space of the same person as of the same day (or none), neither said to be a
    total or one flight's ("175 days" and "139 days" read of one cosmonaut from a story of two
    records): nothing ranks one above the other, so neither is given. A figure and its rounding
    ("175 days", "175 days and 36 minutes") agree."""
    best = values[0]
    if best.scope is not None:
        return None
    rivals = [v for v in values[1:] if v.scope is None and v.as_of == best.as_of and v.planned == best.planned
              and v.unit == best.unit and abs(number_of(v) - number_of(best)) >= 1]
    if not rivals:
        return None
    return (f"The articles give {best.item().label} and {rivals[0].item().label} for {whose}, "
            f"as of the same day and neither placed, and nothing that tells which is meant.")


def _total_asked(parsed: Parsed) -> bool:
    """Does the question ask for a career total: its words say so, or it asks what someone
    "has spent" so far or "had spent" before something (not what they spent on a flight, or will
    have when they land)?"""
    if parsed.scope is not None:
        return parsed.scope == "cumulative"
    perfect = any(t.lower in ("has", "have", "had", "'s") and (t.pos == "AUX" or any(
        u.tag == "VBN" for u in parsed.tokens[t.i + 1:])) for t in parsed.tokens)  # "had ... spent": a tagger's VERB
    return not parsed.future and perfect


def distinct(items: Iterable[Item]) -> list[Item]:
    seen: dict[tuple[object, bool], Item] = {}
    for item in items:
        seen.setdefault((item.value, item.planned), item)
    return list(seen.values())


def read_articles(rows: Rows) -> Reply:
    """The articles that name something, each as sure as its readings of the name (read like a
    class, see :data:`CLASS_READ`: every mention is another reading)."""
    items = []
    for row in rows:
        article = row["article"].value
        title = row["title"].value if "title" in row else article
        readings = int(row["mentions"].value) if "mentions" in row else 1
        items.append(Item(title, article.rsplit("/", 1)[-1], iri=article, kind="article",
                          confidence=round(1 - (1 - CLASS_READ) ** readings, 3)))
    return Reply(items)


def read_mentioning(parsed: Parsed) -> Reader:
    """The articles that name something, for a question that may ask more of them ("which
    article reports X's death?"): words the graph does not understand are not checked, so those
    answers are marked uncertain."""
    def read(rows: Rows) -> Reply:
        items = read_articles(rows).items
        if parsed.unexplained:
            items = [replace(i, confidence=min(i.confidence or 0.0, UNCHECKED)) for i in items]
        return Reply(items)

    return read


#: Words of a comparison between dates that pick the earlier or the later one.
_EARLIER = {"first", "early", "earlier", "earliest", "before", "soon", "sooner", "old", "older"}


_LATER = {"last", "late", "later", "latest", "after", "recently", "young", "younger"}


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


def read_comparison(parsed: Parsed, prop: PropertyWords, a: Candidate, b: Candidate) -> Reader:
    def read(rows: Rows) -> Reply:
        best = {v.subject: v for v in latest_per_subject(valued(rows), scope=parsed.scope)}
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
        if x == y:  # neither is longer: naming both would answer a question nobody asked
            return Reply([], note=f"The articles give them the same {prop.word}: {summary}")
        winner = a if (x > y) == larger else b  # type: ignore[operator]
        return Reply([Item(winner.label, winner.label, winner.iri, support=support)], note=summary)

    return read


def read_link(prop: PropertyWords, a: Candidate, others: Sequence[Candidate], ctx: Context) -> Reader:
    """Yes when a fact links ``a`` to one of ``others`` (either way round), with the other
    values of a property that has one for its subject (a flight's commander) as rivals to weigh;
    no when the property has one value and a stated one is another (a symmetric one: for either
    of the two; a flight's commander: for the flight); else nothing, since the articles do not
    say."""
    wanted = {c.iri for c in others}

    def one_value(subject: str) -> bool:
        return not prop.single and prop.one_value_for(
            flight_types(ctx.vocabulary, ctx.index, subject, types_of(ctx, subject)))

    def read(rows: Rows) -> Reply:
        facts = [(row["s"].value, row["o"].value, row) for row in rows]
        labels = {r["o"].value: r["label"].value for r in rows if "label" in r}
        linked = [r for s, o, r in facts if a.iri in (s, o) and {s, o} & wanted]
        if linked:
            held = {(r["s"].value, r["p"].value) for r in linked if one_value(r["s"].value)}
            rivals = [Item(labels.get(o, show(r["o"])[0]), o, o, support=(_triple(r),)) for s, o, r in facts
                      if (s, r["p"].value) in held and o not in wanted | {a.iri}]
            return Reply([Item("yes", True, kind="boolean", support=tuple(_triple(r) for r in linked))], rivals=rivals)
        ends = {a.iri} | (wanted if prop.symmetric else set())
        excluding = [(s, o, r) for s, o, r in facts if (prop.single and (s in ends or prop.symmetric and o in ends))
                     or (s in wanted | {a.iri} and one_value(s))]
        if not excluding:
            return Reply([])
        said = "; ".join(sorted(f"{_name(s, labels, a)} — {labels.get(o, show(r['o'])[0])}"
                                for s, o, r in excluding)[:3])  # sorted: backends return rows in any order
        owner = next((ctx.index.entities[s].label for s, _, _ in excluding
                      if one_value(s) and s in ctx.index.entities), None)
        one = f"{owner} has one {prop.word}" if owner else f"A {prop.word} has one value"
        return Reply([Item("no", False, kind="boolean", support=tuple(_triple(r) for _, _, r in excluding))],
                     settled=False, note=f"{one}, and the articles state another ({said}).")

    return read


def _name(iri: str, labels: dict[str, str], a: Candidate) -> str:
    return a.label if iri == a.iri else labels.get(iri, iri.rsplit("/", 1)[-1].replace("_", " "))


def read_number_check(parsed: Parsed, prop: PropertyWords) -> Reader:
    """Yes when a stated value is the number asked (a year, for a date); no when the
    property has one value and it is another; else nothing. A value stated only as planned
    ("is due back in February") answers no question about what happened."""

    def read(rows: Rows) -> Reply:
        wanted = set(parsed.numbers)
        values = valued(rows)
        hits = [v for v in values if year_or_value_in(v, wanted)]
        if hits and parsed.past and all(v.planned for v in hits):
            return Reply([], note=f"The articles give {hits[0].item().label} only as planned, not as having "
                                  "happened.")
        if hits:
            return Reply([Item("yes", True, kind="boolean", support=tuple(v.triple for v in hits))],
                         also=[hits[0].item()])
        if prop.single and values:
            return Reply([Item("no", False, kind="boolean", support=tuple(v.triple for v in values))],
                         also=[values[0].item()], settled=False,
                         note=f"The articles give another {prop.word}: {values[0].item().label}.")
        return Reply([])

    return read


#: How sure one article's reading of an entity's class is: a class is read from the names and
#: words around a mention, or implied by a flight fact (read at 0.6 to 0.9), and no confidence
#: is stored for it, so the middle of that range; articles that each say so are independent.
CLASS_READ = 0.75
#: The confidence of an answer that leaves words of the question unchecked: below the mark.
UNCHECKED = 0.5


def read_is_a(rows: Rows) -> Reply:
    """Yes when some article gives the entity the class, as sure as the articles saying so."""
    if not rows.rows:
        return Reply([])
    articles = max(int(row["articles"].value) for row in rows)
    return Reply([Item("yes", True, kind="boolean", confidence=round(1 - (1 - CLASS_READ) ** articles, 3))])


def read_ranked(parsed: Parsed, ctx: Context) -> Reader:
    """The subjects with the largest (or smallest) latest value in the scope asked."""
    keep = keeps(ctx, of_class(parsed.target_class))

    period = period_asked(parsed)

    def read(rows: Rows) -> Reply:
        values = sorted(in_scope((v for v in valued(rows) if keep(v.subject) and (
            period is None or stated_by(v.as_of, period))), parsed.scope), key=number_of,
                        reverse=parsed.direction != "smaller")
        if not values:
            return Reply([], note=f"The articles date no such figure by {period}." if period else None)
        top = number_of(values[0])
        winners = [v for v in values if number_of(v) == top]
        items = distinct(Item(v.subject_label or v.subject, v.subject_label or v.subject, v.subject,
                              support=(v.triple,)) for v in winners)
        detail = winners[0]
        note = f"{with_unit(show(detail.value)[0], show(detail.value)[1], detail.unit)}" + (
            " (single flight)" if detail.scope == SINGLE else "") + (
            f" as of {detail.as_of}" if detail.as_of else "") + "."
        others = distinct(v.item(label_prefix=f"{v.subject_label}: ") for v in values[len(winners):])
        scope = scope_of(parsed)
        if scope is not None:
            note += f" Of those the articles place among the {scope.word}."
        return Reply(items, also=others[:5], note=note)

    return read


_COMPARE: dict[str | None, Callable[[float, float], bool]] = {
    ">": lambda a, b: a > b, ">=": lambda a, b: a >= b, "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
    None: lambda a, b: a == b,
}


def read_threshold(ctx: Context, parsed: Parsed) -> Reader:
    """The subjects whose latest value in the scope asked passes the threshold."""
    keep = keeps(ctx, of_class(parsed.target_class))
    compare, limit = _COMPARE[parsed.threshold], parsed.numbers[0]

    def read(rows: Rows) -> Reply:
        bounds = parsed.threshold in (">", ">=", None)
        values = sorted((v for v in in_scope((v for v in valued(rows) if keep(v.subject)), parsed.scope,
                                             lower_bounds=bounds) if compare(number_of(v), limit)),
                        key=number_of, reverse=True)
        items = distinct(Item(v.subject_label or v.subject, v.subject_label or v.subject, v.subject,
                              support=(v.triple,)) for v in values)
        return Reply(items, also=distinct(v.item(label_prefix=f"{v.subject_label}: ") for v in values))

    return read


def read_scoped(what: str, counting: bool, knowable: bool) -> Reader:
    """The members of a scope, listed or counted (nothing when the scope is unknowable)."""

    def read(rows: Rows) -> Reply:
        if not knowable:
            return Reply([])
        items = entities(rows, "x")
        return counted(items, what) if counting else Reply(items)

    return read


def read_articles_counted(rows: Rows) -> Reply:
    """How many articles mention something, listing them."""
    return counted(read_articles(rows).items, "article")


def read_in_year(ctx: Context, parsed: Parsed, year: float) -> Reader:
    """The subjects with a reported date in the year asked (a selection class, a launch year)."""
    keep = keeps(ctx, of_class(parsed.target_class))

    def read(rows: Rows) -> Reply:
        values = [v for v in valued(rows) if keep(v.subject) and not v.planned and year_or_value_in(v, {year})]
        return Reply(distinct(Item(v.subject_label or v.subject, v.subject_label or v.subject, v.subject,
                                   support=(v.triple,)) for v in values))

    return read


def read_dated(parsed: Parsed, ctx: Context, year: float, counting: bool, topic: str = "") -> Reader:
    """The things whose date (of the same event) falls in the year asked, each supported by
    its link and its date. Asked how many, only the size an article states of ``topic``'s class
    of the year (:mod:`kg.questions.class_sizes`), else no answer: those the articles name may be
    only some of the year's ("How many did X select in 1966?"; :mod:`kg.questions.tallies`)."""
    keep = keeps(ctx, of_class(parsed.target_class))

    def read(whole: Rows) -> Reply:
        rows = without_class_sizes(whole)
        found: dict[str, Item] = {}
        for row in rows:
            x = row["x"]
            if not keep(x.value) or x.value in found or not year_or_value_in(_dated(row), {year}):
                continue
            label = row["label"].value if "label" in row else x.value
            found[x.value] = Item(label, label, x.value, support=(
                _triple(row), Triple(row.get("ds", x), row["d"], row["dated"])))  # type: ignore[arg-type]
        items = list(found.values())
        what = parsed.target_class.label if parsed.target_class else "one"
        if not counting:
            return Reply(items)
        return stated_class(whole, int(year), items, topic) or unstated(
            items, f"there were in {int(year)}", f"{what} of {int(year)}")

    return read


def _dated(row: dict[str, Term]) -> Valued:
    return Valued(row["x"].value, None, Triple(row.get("ds", row["x"]), row["d"], row["dated"]),  # type: ignore[arg-type]
                  row["value"], None, None, False, None)


def read_count(rows: Rows) -> Reply:
    """How many things of a class the graph holds: each was given the class by at least one
    article, so the count is at least as sure as one reading of a class (its least sure member
    is usually named by one article)."""
    n = int(rows.rows[0]["count"].value) if rows.rows else 0
    return Reply([Item(str(n), n, kind="count", confidence=CLASS_READ)] if n else [])


def read_linked(parsed: Parsed, ctx: Context, names: str, counting: bool) -> Reader:
    """Who is linked to the named entities. Naming a person and a flight ("Who flew with X on
    Shenzhou-14?") asks for that flight's crew, so then only those linked to the flight count:
    X's crewmates of other flights are not the answer."""
    keep = keeps(ctx, of_class(parsed.target_class) or agent_classes(ctx))
    named = named_in(parsed)
    flights = flights_named(parsed, ctx)
    types = {f for f in flights if not one_flight(ctx.vocabulary, ctx.index, f)}  # "on the Soyuz": no one crew
    types -= stations_aboard(parsed, ctx)  # "on Skylab": those linked to the station, not any crewmate
    flights -= types
    types |= vessels_of_a_flight(parsed, ctx)  # "aboard Atlantis on STS-132": STS-132's crew, not Atlantis's

    def weighed(row: dict[str, Term]) -> bool:
        """Is the row's fact one the engine weighs against rivals (a flight's commander)? Another
        link of the same answer is its better support."""
        prop = ctx.vocabulary.by_iri(row["p"].value)
        return prop is not None and not prop.single and prop.one_value_for(types_of(ctx, row["s"].value))

    def read(rows: Rows) -> Reply:
        rows, sizes = stated_sizes(rows)
        on_flight = {row["x"].value for row in rows if row["s"].value in flights or row["o"].value in flights}
        elsewhere = _not_aboard(ctx, named - flights - types, on_flight) if flights else []
        rows = Rows(rows.variables, [r for r in rows.rows if not {r["s"].value, r["o"].value} & types])
        first = {row["x"].value: n for n, row in reversed(list(enumerate(rows)))}  # the query's order, by label
        ordered = Rows(rows.variables, sorted(rows.rows, key=weighed))
        items = sorted((i for i in entities(ordered, "x") if i.iri not in named and keep(i.iri or "")
                        and (not flights or i.iri in on_flight)), key=lambda i: first.get(i.iri or "", 0))
        if counting:
            what = parsed.target_class.label if parsed.target_class else "person"
            whole = _flight(ctx, (m.best.iri for m in parsed.mentions))  # a crew asked, no person named
            if flights and not whole:
                # "How many astronauts did A lead on X?": X's crew the articles name beside A, maybe not all;
                # X's stated crew less A, when A is one of it
                return companions(parsed, ctx, flights, on_flight, sizes, items) or unstated(
                    items, "flew with them", f"{what} linked to {names}")
            return crew_counted(items, f"{what} linked to {names}", whole, sizes,
                                names, parsed.future)
        if elsewhere and items:  # "Who flew with A on X?" asked of an A no article puts on X
            where = " or ".join(ctx.index.entities[f].label for f in sorted(flights) if f in ctx.index.entities)
            return Reply(items, note=f"These are the people the articles put on {where}; they do not put "
                                     f"{' or '.join(elsewhere)} on it.")
        if _flight(ctx, (m.best.iri for m in parsed.mentions)):  # "Who flew on X?": a part of X's stated crew?
            return Reply(items, note=some_of(items, sizes, names))
        return Reply(items)

    return read


def _not_aboard(ctx: Context, named: set[str], on_flight: set[str]) -> list[str]:
    """The people a question names beside a flight whom no fact links to that flight."""
    people = ctx.vocabulary.family("Person")
    return sorted(ctx.index.entities[i].label for i in named
                  if i not in on_flight and i in ctx.index.entities and types_of(ctx, i) & people)


def companions(parsed: Parsed, ctx: Context, flights: set[str], on_flight: set[str], sizes: Sequence[Stated],
               named: Sequence[Item]) -> Reply | None:
    """ "How many people flew with A on X?", "How many astronauts did A lead on X?": X's crew
    as the articles state it ("a crew of six other astronauts", "the four-person crew"), less
    A, when A is of the crew named and one size is reported that the people named with A do
    not outnumber; None otherwise (a group asked, "How many Americans flew with A on X?", is
    no whole crew)."""
    people = [m.best for m in parsed.mentions if m.best.iri in on_flight - flights]
    if len(flights) != 1 or len(people) != 1 or scope_of(parsed) is not None:
        return None
    flight = ctx.index.entities[next(iter(flights))].label if next(iter(flights)) in ctx.index.entities else ""
    member = Item(people[0].label, people[0].label, people[0].iri)
    whole = stated_size([*named, member], sizes, crew(flight))  # X's stated crew, A among the people named
    size = whole.items[0] if whole is not None and whole.items else None
    if size is None or not isinstance(size.value, int) or size.value < 2:
        return None
    return Reply([Item(str(size.value - 1), size.value - 1, kind="count", support=size.support)], also=list(named),
                 note=f"The articles state a crew of {size.value} for {flight or 'the flight'}, {people[0].label} "
                      "among them.")


def flights_named(parsed: Parsed, ctx: Context) -> set[str]:
    """The missions a question names beside someone it names ("with X on Shenzhou-14"): they
    scope a crew. Empty unless it names both. (A craft does not: a Soyuz capsule's crew is
    stated less often than its flight's, so its links alone would miss crewmates.)"""
    missions = ctx.vocabulary.family("Mission", "Spaceflight")  # "Apollo 13" may be typed only a spaceflight
    kinds = {m.best.iri: types_of(ctx, m.best.iri) for m in parsed.mentions}
    flights = {iri for iri, types in kinds.items() if types & missions} | stations_aboard(parsed, ctx)
    return flights if any(types & agent_classes(ctx) for types in kinds.values()) else set()


def vessels_of_a_flight(parsed: Parsed, ctx: Context) -> set[str]:
    """The crafts a question names beside a flight ("aboard Atlantis on STS-132", "on Soyuz
    TMA-1 during Expedition 6"): the flight says whose crew is asked; the craft's own links are
    everyone who rode it on any flight. Empty unless it names a flight too."""
    missions = ctx.vocabulary.family("Mission", "Spaceflight")
    crafts = ctx.vocabulary.family("Spacecraft") - missions
    kinds = {m.best.iri: types_of(ctx, m.best.iri) for m in parsed.mentions}
    if not any(types & missions for types in kinds.values()):
        return set()
    return {iri for iri, types in kinds.items() if types & crafts and not types & missions}


def stations_aboard(parsed: Parsed, ctx: Context) -> set[str]:
    """The stations a question names as where something happened ("with X on Skylab", "aboard
    Mir"): they scope a crew as a flight does. "To the station" does not: everyone flies there."""
    stations = ctx.vocabulary.family("SpaceStation")
    return {m.best.iri for m in parsed.mentions if m.start > 0 and parsed.tokens[m.start - 1].lower in ("on", "aboard")
            and types_of(ctx, m.best.iri) & stations}


def types_of(ctx: Context, iri: str) -> set[str]:
    """The classes the graph gives a thing (:meth:`EntityIndex.types_of`)."""
    return ctx.index.types_of(iri)


def people_named(parsed: Parsed, ctx: Context) -> list[Mention]:
    """The question's mentions whose best reading is a person (of any subclass)."""
    people = ctx.vocabulary.family("Person")
    return [m for m in parsed.mentions if types_of(ctx, m.best.iri) & people]


def read_chain(first: PropertyWords, topic: Candidate) -> Reader:
    """The ends of a chain of two facts, each supported by both, saying whom it went through."""

    def read(rows: Rows) -> Reply:
        found: dict[str, Item] = {}
        through: dict[str, str] = {}
        for row in rows:
            x, mid = row["x"], row["mid"]
            label = row["label"].value if "label" in row else x.value.rsplit("/", 1)[-1].replace("_", " ")
            through[mid.value] = row["midLabel"].value if "midLabel" in row else mid.value
            support = (Triple(row["s1"], row["p1"], row["o1"]), _triple(row))  # type: ignore[arg-type]
            item = found.get(x.value)
            found[x.value] = Item(label, label, x.value, support=support + (item.support if item else ()))
        if not found:
            return Reply([])
        note = f"Through {', '.join(through.values())}, the {first.word} of {topic.label}."
        return Reply(list(found.values()), note=note)

    return read


def read_having(rows: Rows) -> Reply:
    return Reply(entities(rows, "x"))


def read_list(rows: Rows) -> Reply:
    items = []
    for row in rows:
        iri, label = row["x"].value, row["label"].value
        items.append(Item(label, label, iri))
    return Reply(items)


def read_description(ctx: Context, topic: Candidate) -> Reader:
    vocabulary = ctx.vocabulary

    def read(rows: Rows) -> Reply:
        items: list[Item] = []
        named = ctx.index.entities.get(topic.iri)
        types = set(named.types) if named else set()
        family = {c.iri: set(c.family) for c in vocabulary.classes.values()}
        broader = {t for t in types if any(u != t and u in family.get(t, ()) for u in types)}  # astronaut > person
        for type_iri in sorted(types - broader):
            label = vocabulary.label(type_iri)
            items.append(Item(f"is {'an' if label[:1] in 'aeiou' else 'a'} {label}", label, kind="value",
                              relation="type"))
        facts: list[tuple[str, Item]] = []  # (the property's name, the fact)
        linked: list[tuple[str, Item]] = []  # facts where the topic is the object ("commander of: ...")
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
                facts.append((prop.name, Item(f"{prop.label}: {label}", label, o.value, kind=entity_kind(prop),
                                              relation=prop.label, support=(_triple(row),))))
            else:
                shown, value, kind = show(o)
                facts.append((prop.name, Item(f"{prop.label}: {shown}", value, kind=kind, relation=prop.label,
                                              support=(_triple(row),))))
        for name, values in qualified.items():
            prop = vocabulary.properties[name]
            best = preferred(values, future=False, scope=None)[0]
            facts.append((name, best.item(relation=prop.label, label_prefix=f"{prop.label}: ")))
        for row in rows:
            if row["dir"].value != "in":
                continue
            prop = vocabulary.by_iri(row["p"].value)
            if prop is None or not isinstance(row["s"], NamedNode):
                continue
            phrase = prop.inverse_phrases[0] if prop.inverse_phrases else f"{prop.label} of"
            if prop.symmetric:
                phrase = prop.label
            label = row["subjectLabel"].value if "subjectLabel" in row else row["s"].value
            linked.append((prop.name, Item(f"{phrase}: {label}", label, row["s"].value, relation=phrase,
                                           support=(_triple(row),))))
        roles = {normalise(str(i.value)) for i in items}  # "occupation: astronaut" repeats "is an astronaut"
        described = [f for f in _distinct_facts(_profile_order(facts, linked))
                     if not (f.kind == "value" and normalise(str(f.value)) in roles)]
        items += described
        note = None if described else f"The graph holds no other facts about {topic.label} yet."
        return Reply(items, note=note)

    return read


#: The order of a profile: what a reader asks first about someone (what they do and for whom,
#: when and where born, their flights, their records, their family), then the details of their
#: flights, then the rest.
_PROFILE_FIRST = ("occupation", "jobTitle", "employer", "nationality", "birthDate", "birthPlace", "deathDate",
                  "crewMember", "commander", "spacecraft", "launchVehicle", "flewWith", "launchedWith", "landedWith",
                  "holdsRecord", "holdsFirst",
                  "spouse", "twinOf", "siblingOf", "partner",
                  "launchDate", "returnDate", "timeInSpace", "spacewalkCount")
#: The rest by kind: roles (words such as "doctor"), then employer and relations, places, what
#: others say of the topic, then figures and dates (which need their context to read).
_PROFILE = ("value", "entity", "place", "linked", "number", "date")


def _profile_order(facts: list[tuple[str, Item]], linked: list[tuple[str, Item]]) -> list[Item]:
    """A description's facts in the order a reader wants them (see ``_PROFILE_FIRST``), one
    fact of each relation before a second of any (a second employer must not push the
    birthplace out of what a reader takes in), and within a relation by value, so that every
    store gives the same profile."""
    def rank(name: str, item: Item, inward: bool) -> tuple[int, int, str, str]:
        kind = "linked" if inward else item.kind
        first = _PROFILE_FIRST.index(name) if name in _PROFILE_FIRST else len(_PROFILE_FIRST)
        return first, _PROFILE.index(kind) if kind in _PROFILE else len(_PROFILE), item.relation or "", item.label

    ranked = sorted([(rank(n, f, False), f) for n, f in facts] + [(rank(n, f, True), f) for n, f in linked],
                    key=lambda rf: rf[0])
    seen: set[str | None] = set()
    once: list[Item] = []
    again: list[Item] = []
    for _, item in ranked:
        (again if item.relation in seen else once).append(item)
        seen.add(item.relation)
    return once + again


def _distinct_facts(items: list[Item]) -> list[Item]:
    seen: dict[tuple[str | None, object], Item] = {}
    for item in items:
        seen.setdefault((item.relation, item.value), item)
    return list(seen.values())


def _triple(row: dict[str, Term]) -> Triple:
    s, p = row["s"], row["p"]
    assert isinstance(s, NamedNode) and isinstance(p, NamedNode)
    return Triple(s, p, row["o"])
