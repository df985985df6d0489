"""The generic question templates, registered like any other through ``@template``.

Each one recognises a shape of question and proposes plans (query + bound values + reader)
for each likely reading; the engine runs them in order. Nothing here names a domain
relation: relations come from the ontology's phrases, so they are whatever the ontology says.
Records have their own templates (:mod:`kg.questions.records`); the readers that turn rows
into answers are in :mod:`kg.questions.readers`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from pyoxigraph import Literal

from kg.questions.class_sizes import class_parts
from kg.questions.crew_sizes import size_parts
from kg.questions.linking import Candidate, Mention
from kg.questions.match import Parsed, RelationMatch, qualifies_class
from kg.questions.readers import (
    agent_classes,
    iris_of,
    node,
    of_class,
    read_articles_counted,
    read_chain,
    read_comparison,
    read_count,
    read_dated,
    read_description,
    read_having,
    read_in_year,
    read_is_a,
    read_link,
    read_linked,
    read_list,
    read_mentioning,
    read_number_check,
    read_ranked,
    read_scoped,
    read_threshold,
    read_values,
    types_of,
)
from kg.questions.scopes import VIA, Scope, is_scope, names_people, scope_of
from kg.questions.templates import Context, Plan, Reader, Reply, template
from kg.questions.text import Token
from kg.questions.timeless import limited, timeless
from kg.questions.types import measured_unit
from kg.questions.verbs import tied_clause_words
from kg.questions.vocabulary import PREPOSITIONS, ClassWords, PropertyWords
from kg.questions.walk_bounds import flights_walks_for_people
from kg.store.sparql import Rows, Term

#: How many readings of one ambiguous name are tried.
_READINGS = 3


def candidates_of(mention: Mention) -> Sequence[Candidate]:
    return mention.candidates[:_READINGS]


#: Nouns for a flight's people that, said of the flight's name, name the flight.
_CREW_NOUNS = {"crew", "crews"}


def relations_to_try(parsed: Parsed, kinds: Iterable[str] | None = None) -> list[RelationMatch]:
    """The relations worth trying: the best and any close to it; then weaker ones whose
    answers are of the kind the question word asks for ("what spacecraft" may be a launch
    vehicle), never a date for "where"."""
    wanted = set(kinds) if kinds is not None else None
    pool = [r for r in parsed.relations if wanted is None or r.prop.kind in wanted]
    named = [r for r in pool if _says_what_a_name_is(parsed, r)]
    if any(r not in named and r.prop.range == n.prop.range for r in pool for n in named):
        pool = [r for r in pool if r not in named]
    if not pool:
        return []
    best = pool[0].score
    expected = set(parsed.expected_kinds)
    return [r for r in pool if (r.score >= 0.8 * best or (r.score >= 0.5 * best and r.prop.kind in expected))
            and not _part_of_best(parsed, pool[0], r)]


def _says_what_a_name_is(parsed: Parsed, rel: RelationMatch) -> bool:
    """Is the relation read only from the class noun right after a name ("the Crew-12 mission":
    "mission" is also a word of crew membership)? The noun says what the name is; when other
    words name a relation with answers of the same class ("Who leads the Crew-12 mission?": its
    commander), it asks nothing, or the whole crew would answer for the commander."""
    nouns = {i for c in parsed.classes if not c.target for i in c.tokens}
    return bool(rel.tokens) and (set(rel.tokens) <= nouns or _crew_of_a_name(parsed, rel)) and any(
        m.end == min(rel.tokens) and not (m.start and parsed.tokens[m.start - 1].lower in ("which", "what", "whose"))
        or m.start == max(rel.tokens) + 2 and parsed.tokens[max(rel.tokens) + 1].lower == "of"
        for m in parsed.mentions)  # "Which Apollo mission ...?" asks for the mission


def _crew_of_a_name(parsed: Parsed, rel: RelationMatch) -> bool:
    """Is the relation read only from "crew" said of a name ("Who commanded the X crew?", "Who
    led the crew of X?")? The crew of a flight names the flight, as "the X mission" does."""
    return all(parsed.tokens[i].lower in _CREW_NOUNS for i in rel.tokens)


def _part_of_best(parsed: Parsed, best: RelationMatch, other: RelationMatch) -> bool:
    """Is a weaker relation read from the best one's words but the preposition that makes
    them ask for a person, its values of another class? "Who worked outside Salyut 7 with X?":
    "worked with" (a crewmate), not "worked" (an employer) and its organisations; but "How
    many astronauts flew on X?" still counts those who "flew on" X as their launch vehicle.
    Also read from the best one's words but those that narrow its noun to other people: "Who
    was the X backup crew?" asks for the backups ("backup crew"), not the crew who flew ("crew")."""
    extra = set(best.tokens) - set(other.tokens)
    if not extra or not set(other.tokens) < set(best.tokens) or best.prop.range != "Person":
        return False
    if all(parsed.tokens[i].dep in _NARROWING and parsed.tokens[i].head in other.tokens for i in extra):
        return other.prop.range == "Person"
    return all(parsed.tokens[i].pos == "ADP" for i in extra) and other.prop.range not in (None, "Person")


#: how a word narrows the noun after it ("the backup crew")
_NARROWING = {"amod", "compound", "nmod"}


def numeric(parsed: Parsed) -> list[RelationMatch]:
    return relations_to_try(parsed, ("number",))


def head_of(parsed: Parsed, mention: Mention) -> Token:
    """The token of a name that attaches it to the rest of the question."""
    head = parsed.tokens[mention.end - 1]
    for t in parsed.tokens[mention.start:mention.end]:
        if parsed.tokens[t.head].i < mention.start or parsed.tokens[t.head].i >= mention.end:
            head = t
    return head


def _role(parsed: Parsed, mention: Mention) -> str | None:
    """Is the named entity the grammatical subject (or owner: "X's", "of X") of the
    question's relation, or its object?"""
    head = head_of(parsed, mention)
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


def reading(mention: Mention, candidate: Candidate) -> tuple[tuple[Mention, Candidate], ...]:
    return ((mention, candidate),)


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
        for candidate in candidates_of(mention):
            yield Plan("provenance", "mentions", {"topic": node(candidate.iri)}, read_mentioning(parsed),
                       reading(mention, candidate), empty=f"No article mentions {candidate.label}.")


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
    for rel in relations_to_try(parsed, ("number", "date")):
        topics = [node(first.best.iri), node(second.best.iri)]
        query = "values" if rel.prop.qualified else "objects"
        yield Plan("comparison", query, {"topic": topics, "p": iris_of(rel.prop)},
                   read_comparison(parsed, rel.prop, first.best, second.best),
                   ((first, first.best), (second, second.best)),
                   empty=f"The graph lacks the {rel.prop.word} of {first.best.label} or {second.best.label}.",
                   final=True)


#: words of a place in an order: a yes/no question with one asks for a stated first or rank
_RANKS = {"first", "first-ever", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}


@template("yes-no", priority=25)
def yes_no(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Is Mark Kelly married to Gabrielle Giffords?", "Is Scott Kelly an astronaut?",
    "Did Kelly spend 340 days in space?", "Was she born in 1960?" — yes when the articles
    state it, no when they state something that excludes it (another value of a property
    that has one value), and otherwise no answer: the articles do not say."""
    if parsed.wh != "yesno" or not parsed.mentions or parsed.direction and len(parsed.mentions) >= 2:
        return
    if any(t.lower in _RANKS for t in parsed.tokens):
        return  # "Was X Kazakhstan's first cosmonaut?" is no question of X's nationality: only a stated
        # first or place in an order answers it (the firsts template)
    first = parsed.mentions[0]
    if len(parsed.mentions) >= 2 and parsed.relations:
        second = parsed.mentions[1]
        for rel in relations_to_try(parsed):
            for a in candidates_of(first):
                others = candidates_of(second)
                yield Plan("yes-no", "touching", {"a": node(a.iri), "b": [node(c.iri) for c in others],
                                                  "p": iris_of(rel.prop)},
                           read_link(rel.prop, a, others, ctx), ((first, a), (second, second.best)),
                           empty=f"The graph does not link {a.label} and {second.best.label} by “{rel.prop.word}”.")
        return
    places = _narrowest_ranges(ctx, types_of(ctx, parsed.mentions[1].best.iri)) if len(parsed.mentions) == 2 \
        and not parsed.relations and not parsed.unexplained and not parsed.classes else []
    if places:  # "Is X American?": the name is the value of the relation that holds only its kind
        second = parsed.mentions[1]
        for a in candidates_of(first):
            yield Plan("yes-no", "touching", {"a": node(a.iri), "b": node(second.best.iri),
                                              "p": [node(i) for p in places for i in p.family]},
                       read_link(places[0], a, [second.best], ctx), ((first, a), (second, second.best)),
                       empty=f"The graph does not link {a.label} and {second.best.label}.")
        return
    if parsed.numbers and parsed.relations:
        for rel in relations_to_try(parsed, ("number", "date")):
            for a in candidates_of(first):
                query = "values" if rel.prop.qualified else "objects"
                yield Plan("yes-no", query, {"topic": node(a.iri), "p": iris_of(rel.prop)},
                           read_number_check(parsed, rel.prop), reading(first, a),
                           empty=f"The graph does not say that of {a.label}.")
        return
    target = next((c.cls for c in parsed.classes), None)
    if target is not None and not parsed.relations and len(parsed.mentions) == 2:
        second = parsed.mentions[1]  # "Is X a NASA astronaut?", "an American astronaut?": one, and linked to it
        props = _narrowest_ranges(ctx, types_of(ctx, second.best.iri), places_only=False)
        for a in candidates_of(first) if props else ():
            yield Plan("yes-no", "touching", {"a": node(a.iri), "b": node(second.best.iri),
                                              "p": [node(i) for p in props for i in p.family]},
                       _also_of_class(read_link(props[0], a, [second.best], ctx), ctx, a.iri, target),
                       ((first, a), (second, second.best)),
                       empty=f"The graph does not say that {a.label} is a {target.label} linked to "
                             f"{second.best.label}.")
        return
    if target is not None and not parsed.relations:
        for a in candidates_of(first):
            yield Plan("yes-no", "is_a", {"x": node(a.iri), "class": [node(i) for i in target.family]},
                       read_is_a, reading(first, a),
                       empty=f"The graph does not say that {a.label} is a {target.label}.")


def _also_of_class(read: Reader, ctx: Context, iri: str, target: ClassWords) -> Reader:
    """``read``, when the graph gives the entity the class; else no answer (the articles do not say)."""
    def checked(rows: Rows) -> Reply:
        return read(rows) if types_of(ctx, iri) & set(target.family) else Reply([])
    return checked


def _narrowest_ranges(ctx: Context, types: set[str], *, places_only: bool = True) -> list[PropertyWords]:
    """The properties whose range holds an entity of these types, for a place the narrowest: a
    country is the value of a nationality (range: country) before a hometown (range: place); an
    agency of an employer, a selector or an affiliation alike. Only for places when the question
    names no class (a bare organisation is the value of too many relations to guess), never for
    people."""
    classes = ctx.vocabulary.classes
    places, people = ctx.vocabulary.family("Place"), ctx.vocabulary.family("Person")
    if not types or types & people or places_only and not types & places:
        return []
    fitting = [p for p in ctx.vocabulary.askable() if p.is_object and not p.qualified and p.range in classes
               and types & set(classes[p.range].family)]
    if not types & places:
        return fitting
    narrowest = min((len(classes[p.range or ""].family) for p in fitting), default=0)
    return [p for p in fitting if len(classes[p.range or ""].family) == narrowest]


@template("superlative", priority=40)
def superlative(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Who has spent the most days in space?", "Who is the youngest astronaut?" """
    if not parsed.superlative or parsed.wh == "yesno":
        return
    for rel in numeric(parsed):
        query, bindings = _numbers_of(ctx, parsed, rel)
        yield Plan("superlative", query, bindings, read_ranked(parsed, ctx),
                   empty=_among(parsed, f"The graph has no {rel.prop.word} to compare"), final=True)


def _numbers_of(ctx: Context, parsed: Parsed, rel: RelationMatch) -> tuple[str, Mapping[str, Term | Sequence[Term]]]:
    """The query for everyone's numbers through a relation, within the scope the question
    names ("American", "cosmonauts"): a scope the graph cannot tell ("women") matches nobody."""
    scope = scope_of(parsed)
    if scope is None:
        return "numbers", {"p": iris_of(rel.prop)}
    via: list[Term] = [node(p.iri) for name in VIA if (p := ctx.vocabulary.properties.get(name)) is not None]
    return "numbers_in_scope", {"p": iris_of(rel.prop), "name": [Literal(n) for n in scope.names] or [Literal("")],
                                "via": via}


def _among(parsed: Parsed, message: str) -> str:
    scope = scope_of(parsed)
    if scope is None:
        return message + "."
    if not scope.names:
        return f"The graph does not record who is among the {scope.word}, so it cannot compare them."
    return f"{message} among the {scope.word}."


@template("threshold", priority=45)
def threshold(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Which astronauts have spent more than 380 days in space?", "Who spent 215 days in space?" """
    if not parsed.numbers or parsed.wh in ("yesno", "how many", "how long", "how old", "when") or any(
            not is_scope(m.text) for m in parsed.mentions):
        return
    for rel in numeric(parsed):
        query, bindings = _numbers_of(ctx, parsed, rel)
        yield Plan("threshold", query, bindings, read_threshold(ctx, parsed),
                   empty=_among(parsed, f"Nobody in the graph has that {rel.prop.word}"), final=True)
    years = parsed.years
    if years and not numeric(parsed) and parsed.threshold is None and parsed.wh in ("who", "whom", "which", "what",
                                                                                   "list"):
        # "Which astronauts were selected in 2009?"; not "Where were the 2009 candidates introduced?"
        for rel in relations_to_try(parsed, ("date",)):
            yield Plan("threshold", "dates", {"p": iris_of(rel.prop)}, read_in_year(ctx, parsed, years[0]),
                       empty=f"The articles name nobody whose {rel.prop.word} is in {years[0]}.", final=True)


@template("count", priority=50)
def count(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "How many astronauts are in the graph?" """
    target = parsed.target_class or next((c.cls for c in parsed.classes if _counted_noun(parsed, c.tokens)), None)
    if parsed.wh != "how many" or target is None:  # "how many women astronauts": the noun after another
        return
    named = [m for m in parsed.mentions if not is_scope(m.text)]
    if named:  # "How many articles mention X?"
        if target.name == "Article":
            mention = named[0]
            yield Plan("count", "mentions", {"topic": node(mention.best.iri)}, read_articles_counted,
                       reading(mention, mention.best), empty=f"No article mentions {mention.best.label}.")
        return
    if not _of_the_graph(parsed, target):
        return
    scope = scope_of(parsed)
    if scope is None:
        yield Plan("count", "count_class", {"class": [node(i) for i in target.family]}, read_count,
                   empty=f"The graph has no {target.label}.")
    else:
        yield _scoped(ctx, target, scope, counting=True)


#: words a count of what the graph holds may have after its class: "are in the graph", "are there",
#: "does the knowledge graph know", "do the articles mention"
_OF_THE_GRAPH = {"be", "there", "in", "the", "graph", "knowledge", "database", "store", "article", "do", "know",
                 "hold", "have", "contain", "mention", "name", "list", "total", "all", "altogether"}


def _of_the_graph(parsed: Parsed, target: ClassWords) -> bool:
    """Does the question ask only how many of the class the graph holds ("How many astronauts
    are in the graph?", "How many missions are there?")? A verb or noun of its own after the class
    ("How many cosmonauts have died in space?") asks for a count in the world, which the things
    the articles happen to name are not (:mod:`kg.questions.tallies`)."""
    ends = [max(c.tokens) for c in parsed.classes if c.cls == target and c.tokens]
    return not ends or all(t.is_punct or t.lemma.lower() in _OF_THE_GRAPH for t in parsed.tokens[ends[0] + 1:])


def _counted_noun(parsed: Parsed, tokens: tuple[int, ...]) -> bool:
    """Are the words the noun "how many" counts, perhaps after other words of its phrase ("how
    many women astronauts")? Not a noun later in the question: "How many children did X have,
    according to the article?" counts no articles."""
    many = next((t.i for t in parsed.tokens if t.lower == "many"), None)
    return many is not None and bool(tokens) and all(
        t.pos in ("NOUN", "PROPN", "ADJ") for t in parsed.tokens[many + 1:tokens[0]]) and tokens[0] - many <= 3


def _scoped(ctx: Context, target: ClassWords, scope: Scope, *, counting: bool) -> Plan:
    """The things of ``target`` in ``scope`` (counted or listed); a scope the graph cannot
    tell finds nothing and says so."""
    empty = f"The graph has no {target.label} that its facts place among the {scope.word}." if scope.names else \
        f"The graph does not record who is among the {scope.word}, so it cannot count or list them."
    names = [Literal(n) for n in scope.names] or [Literal("")]
    via = [node(p.iri) for name in VIA if (p := ctx.vocabulary.properties.get(name)) is not None]
    return Plan("count" if counting else "list", "in_scope",
                {"class": [node(i) for i in target.family], "name": names, "p": via},
                read_scoped(f"{target.label} among the {scope.word}", counting, bool(scope.names)), empty=empty,
                final=True)


@template("in-year", priority=58)
def in_year(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Who did ESA select in 2022?", "How many astronauts did NASA select in 2009?", "Who is
    in NASA's class of 2017?": the things a relation links to the named entity, kept when a
    date of the same event (a property worded like the relation: "selected by" and "selected")
    falls in the year."""
    names = [m for m in parsed.mentions if not is_scope(m.text)]
    years = parsed.years
    if len(names) != 1 or not years or parsed.wh in ("yesno", "when"):
        return
    mention = names[0]
    named = ctx.index.entities.get(mention.best.iri)
    types = set(named.types) if named else set()
    counting = parsed.wh == "how many"
    tried = relations_to_try(parsed)
    props = [r.prop for r in tried if r.prop.is_object and not r.prop.qualified and _dates_of(ctx, r.prop)]
    if not props:  # "Who is in NASA's class of 2017?", "the members of ...", "Who belongs to ...?": worded
        said = [r.prop for r in parsed.relations if r.prop.kind == "date"]  # as the date ("class of"), the
        # event's relation, however weakly beside "members of"
        props = [p for p in ctx.vocabulary.askable() if p.is_object and not p.qualified
                 and any(set(d.phrases) & _stems(p) for d in said)]
    for prop in props:
        dates = _dates_of(ctx, prop)
        if not dates:
            continue
        sides = ["s" if end == "b" else "o" for end in _ends(ctx, prop, types, toward=False)]
        if "o" in sides and _dates_subject(ctx, prop, dates):  # "Which agency selected X in 2017?": X's date
            sides.insert(sides.index("o") + 1, "t")
        for side in sides:
            yield Plan("in-year", f"in_year_{side}", {"topic": node(mention.best.iri), "p": iris_of(prop),
                                                     "d": [node(i) for p in dates for i in p.family]},
                       read_dated(parsed, ctx, years[0], counting, mention.best.label), reading(mention, mention.best),
                       empty=f"The articles name nobody with that {prop.word} in {years[0]}.",
                       final=not _asks_flights(parsed, ctx),  # flights asked: their launches may date them
                       parts=class_parts(ctx, mention.best.iri) if counting and scope_of(parsed) is None else ())


def _dates_of(ctx: Context, prop: PropertyWords) -> list[PropertyWords]:
    """The date relations of the event a relation tells, worded like it ("selected by" and
    "selected"); none for a relation with no date ("member of", "works for")."""
    return [p for p in ctx.vocabulary.askable() if p.kind == "date" and set(p.phrases) & _stems(prop)]


def _dates_subject(ctx: Context, prop: PropertyWords, dates: list[PropertyWords]) -> bool:
    """Do the event's dates belong to the relation's subject (a selection's date is the person's,
    whom "selected by" links to the agency), so that the thing it links to is dated by it?"""
    classes = ctx.vocabulary.classes
    domain = set(classes[prop.domain].family) if prop.domain in classes else set()
    return bool(domain) and all(d.domain in classes and classes[d.domain].iri in domain for d in dates)


def _stems(prop: PropertyWords) -> set[str]:
    """A relation's phrases without their last preposition ("selected by" -> "selected")."""
    words = [p.split() for p in (*prop.phrases, *prop.inverse_phrases)]
    return {" ".join(w[:-1]) for w in words if len(w) > 1 and w[-1] in PREPOSITIONS} | {" ".join(w) for w in words}


@template("fact", priority=60)
def fact(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Who is Scott Kelly's twin?", "When will Kelly return?", "Where did he launch from?",
    "How many days did Scott Kelly spend in space?", "Who has commanded the ISS?" """
    if parsed.wh == "yesno" or parsed.provenance or _unused_year(parsed, ctx):
        return
    yield from _fact_plans(parsed, ctx, "fact")


def _unused_year(parsed: Parsed, ctx: Context) -> bool:
    """Does the question limit its answer to a year ("chosen in 2022") that no relation it
    names can check? Then a fact's answers would ignore the limit: better none. A year beside
    a named flight ("on STS-8 in 1983") may only say when that flight flew, and one of flights
    asked for ("which mission ... in 2008") when they flew: the engine checks it against the
    flights' launches (kg.questions.answer)."""
    years = parsed.years
    flights = ctx.vocabulary.family("Mission") - ctx.vocabulary.family("Programme")
    return bool(years) and not any(r.prop.kind in ("date", "number") for r in relations_to_try(parsed)) and not any(
        types_of(ctx, m.best.iri) & flights for m in parsed.mentions) and not _asks_flights(parsed, ctx)


def _asks_flights(parsed: Parsed, ctx: Context) -> bool:
    """Does the question ask for flights ("which mission ...")? A year then says when they flew."""
    target = parsed.target_class
    return target is not None and target.iri in ctx.vocabulary.family("Mission") - ctx.vocabulary.family("Programme")


def _fact_plans(parsed: Parsed, ctx: Context, name: str) -> Iterator[Plan]:
    counting = parsed.wh == "how many" and measured_unit(parsed) is None  # "how many days" counts nothing
    yield from _linked_plans(parsed, ctx, name, counting)
    bounded = limited(parsed, ctx)
    for rel in _event_place_first(parsed, ctx, relations_to_try(parsed)):
        if bounded and timeless(rel.prop):
            continue  # "her job before becoming an astronaut": a trade has no time to check it against
        as_count = counting and rel.prop.kind != "number"
        for mention in parsed.mentions:
            for candidate in candidates_of(mention):
                if flights_walks_for_people(parsed, ctx, rel.prop.iri, candidate.iri):
                    continue  # "How many spacewalks did A make on X?": not X's count
                for direction in _directions(parsed, rel, mention):
                    yield Plan(name, direction, {"topic": node(candidate.iri), "p": iris_of(rel.prop)},
                               read_values(parsed, ctx, rel, direction, candidate, as_count),
                               reading(mention, candidate),
                               empty=f"The graph has no {rel.prop.word} for {candidate.label}.",
                               parts=size_parts(ctx, [candidate.iri]) if as_count and _crew([rel.prop]) else ())


def _event_place_first(parsed: Parsed, ctx: Context, relations: list[RelationMatch]) -> list[RelationMatch]:
    """ "In which country did X land?": the place relations the question's other words read
    (the landing site) are tried before one only the place noun asked reads (a nationality,
    from "country"), so a landing site of that kind answers; the nationality, tried after, is
    refused for it (:func:`kg.questions.verbs.place_of_another_event`)."""
    target = parsed.target_class
    if target is None or not set(target.family) <= ctx.vocabulary.family("Place"):
        return relations
    asked = {i for c in parsed.classes if c.target for i in c.tokens}
    by_noun = [r for r in relations if r.tokens and set(r.tokens) <= asked]
    return [r for r in relations if r not in by_noun] + by_noun


def _linked_plans(parsed: Parsed, ctx: Context, name: str, counting: bool) -> Iterator[Plan]:
    """ "Who flew on Crew-1?", "How many astronauts flew on Crew-1?": the people linked to the
    named entities by any relation the words match, either way round, so that a list is whole
    however each member was stated (as crew member, as flight, as crewmate)."""
    agents = agent_classes(ctx)
    target = of_class(parsed.target_class)
    group = names_people(parsed)
    wants_agents = parsed.wh in ("who", "whom") or group or (target is not None and bool(agents) and target <= agents)
    matches = [r for r in _worded_alike(parsed)
               if r.prop.is_object and not r.prop.qualified and r.prop.kind == "entity"]
    placing = tied_clause_words(parsed)  # "Who commanded X while Y was aboard?": "aboard" asks no crew
    matches = [r for r in matches if not set(r.tokens) <= placing] or matches
    props = [r.prop for r in matches] or _crew_of_group(parsed, ctx)
    if not parsed.mentions or not wants_agents or not props:
        return
    if not matches or any(_rides(parsed, r) for r in matches):
        props = _whole_crew(props, ctx)
    family = list(dict.fromkeys(i for p in props for i in p.family))
    mentions = _linking(parsed, ctx)
    topics = [m.best for m in mentions]
    names = " and ".join(t.label for t in topics)
    claimed = mentions + [m for m in parsed.mentions if m not in mentions and _destination(parsed, ctx, m)]
    yield Plan(name, "linked", {"topic": [node(t.iri) for t in topics], "p": [node(i) for i in family]},
               read_linked(parsed, ctx, names, counting), tuple((m, m.best) for m in claimed),
               empty=f"The graph has no {props[0].word} for {names}.",
               parts=size_parts(ctx, [t.iri for t in topics]) if _crew(props) else ())  # a list's part of it too


#: relations that link a flight to everyone who flew on it, not to some seats of it (a commander)
_WHOLE_CREW = {"crewMember", "launchVehicle", "spacecraft"}
#: relations that link a flight to some of its people only
_SEATS = {"commander", "backupPilot"}


def _crew(props: Sequence[PropertyWords]) -> bool:
    """Do the relations asked count a whole crew ("How many flew on X?", "How many launched on
    X?"), not some of its seats ("How many commanders did X have?")? Only then does a stated
    crew size answer."""
    return any(p.name in _WHOLE_CREW for p in props) and not any(p.name in _SEATS for p in props)


def _rides(parsed: Parsed, match: RelationMatch) -> bool:
    """Do a whole crew's words say who rode ("on board", "rode", "flew aboard", "the crew")?
    A craft's noun ("What did the X astronauts name their spacecraft?") says no such thing."""
    return match.prop.name in _WHOLE_CREW and any(
        parsed.tokens[i].pos != "NOUN" or parsed.tokens[i].lemma == "crew" for i in match.tokens)


def _whole_crew(props: list[PropertyWords], ctx: Context) -> list[PropertyWords]:
    """A crew asked by any word of a whole crew ("on board", "crew", "rode") is gathered by all
    of them: the articles state a crew as the flight's members or as the craft each rode, and
    "Soyuz MS-18" may be a flight or its capsule, so "Who was on board X?" and "Who rode X?"
    find the same people."""
    if not any(p.name in _WHOLE_CREW for p in props):
        return props
    whole = [p for name in sorted(_WHOLE_CREW) if (p := ctx.vocabulary.properties.get(name)) is not None]
    return props + [p for p in whole if p not in props]


def _crew_of_group(parsed: Parsed, ctx: Context) -> list[PropertyWords]:
    """ "Which Americans were on X?", "Which cosmonauts were on X?", "Who was on X?": people
    asked beside a flight or its craft, with no verb of a relation ("were on" says none), are
    its crew; a group then keeps those the articles place in it (:mod:`kg.questions.scoped`).
    "Who" counts only with "on" or "aboard" before the flight and no other word unread: "Who is
    X?" asks for X itself, "Who was the lunar module pilot on X?" for a seat."""
    crew = ctx.vocabulary.properties.get("crewMember")
    flights = ctx.vocabulary.family("Mission", "Spacecraft")
    named = [m for m in parsed.mentions if not is_scope(m.text)]
    target = of_class(parsed.target_class)
    people = names_people(parsed) or target is not None and target <= agent_classes(ctx) or (
        parsed.wh == "who" and len(named) == 1 and _aboard(parsed, named[0]) and not parsed.unexplained)
    if crew is None or not people or parsed.relations or len(named) != 1 or parsed.wh not in ("which", "list", "who") \
            or not types_of(ctx, named[0].best.iri) & flights:
        return []
    return [crew]


def _aboard(parsed: Parsed, mention: Mention) -> bool:
    """Is the question only "who" and a copula before "on" or "aboard" the name ("Who was on the
    X?", "Who is aboard X?", "Who were on board X?")? A noun between ("Who was the lunar module
    pilot on X?") asks for one seat, not the crew."""
    before = [t.lower for t in parsed.tokens[:mention.start] if t.lower != "the"]
    return len(before) > 1 and before[-1] in ("on", "aboard", "board") and set(before) <= _WHO_ABOARD


#: the words of "who was on board" before a flight's name
_WHO_ABOARD = frozenset({"who", "was", "is", "were", "are", "will", "be", "'s", "on", "aboard", "board"})


def _linking(parsed: Parsed, ctx: Context) -> list[Mention]:
    """The names whose links are the answers: a place named beside someone ("which university
    did X attend in Houston?") is no topic of its own, it restricts X's answers (see
    :mod:`kg.questions.checks`), so it is left out and the plan does not claim it."""
    places = ctx.vocabulary.family("Place")
    kept = [m for m in parsed.mentions if not types_of(ctx, m.best.iri) & places] or list(parsed.mentions)
    stations = ctx.vocabulary.family("SpaceStation")
    flights = ctx.vocabulary.family("Spacecraft", "Mission") - stations
    if any(types_of(ctx, m.best.iri) & flights for m in kept) and not _coordinated(parsed, kept):
        return [m for m in kept if not types_of(ctx, m.best.iri) & stations]  # "Who flew to the ISS on Soyuz
    return kept  # MS-18?": the craft's people, not everyone ever aboard the station


def _destination(parsed: Parsed, ctx: Context, mention: Mention) -> bool:
    """Is the name a station the flight asked about went to ("Who flew to the ISS on Soyuz
    MS-18?")? The question takes it as given; the flight's people answer it."""
    before = [t.lower for t in parsed.tokens[:mention.start] if t.lower != "the"]
    return bool(before) and before[-1] in ("to", "toward", "towards") and bool(
        types_of(ctx, mention.best.iri) & ctx.vocabulary.family("SpaceStation"))


#: words that join names into one list of topics ("Crew-1 and Crew-2", "Mir or the ISS")
_JOINING = {"and", "or", ",", "&", "the", "both", "either"}


def _coordinated(parsed: Parsed, mentions: list[Mention]) -> bool:
    """Are the names one list ("on Mir and the ISS"), each a topic of its own, rather than
    names in different parts of the sentence ("to the ISS on Soyuz MS-18")?"""
    ordered = sorted(mentions, key=lambda m: m.start)
    return all(all(t.lower in _JOINING for t in parsed.tokens[a.end:b.start])
               for a, b in zip(ordered, ordered[1:], strict=False))


def _worded_alike(parsed: Parsed) -> list[RelationMatch]:
    """The relations worth trying, and any other whose words all belong to the best one's
    ("flew on" is a crew member, a spacecraft and a launch vehicle alike)."""
    close = relations_to_try(parsed)
    best = set(parsed.relations[0].tokens) if parsed.relations else set()
    return close + [r for r in parsed.relations if r not in close and set(r.tokens) <= best
                    and not _part_of_best(parsed, parsed.relations[0], r)]


@template("chain", priority=55)
def chain(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Which agency selected the commander of Crew-5?", "Whom did the commander of Crew-5
    marry?": two facts chained through an entity the question does not name (Crew-5's
    commander), answered by one query. The relation next to the name is the first link;
    another relation, worded before it or after the name, is the second.
    Directions come from the ontology's domains and ranges, else both are tried."""
    if len(parsed.mentions) != 1 or parsed.wh in ("yesno", "how many") or parsed.provenance:
        return
    mention = parsed.mentions[0]
    links = [r for r in parsed.relations if r.prop.is_object and not r.prop.qualified]
    if len(links) < 2:
        return
    owned = [r for r in links if _owned(parsed, r.tokens, mention)]
    if not owned:
        return
    first = owned[0]
    seconds = [r for r in links if r is not first and not set(r.tokens) & set(first.tokens)
               and (max(r.tokens) < min(first.tokens) or min(r.tokens) >= mention.end)]  # "... X marry?"
    topic = mention.best
    named = ctx.index.entities.get(topic.iri)
    types = set(named.types) if named else set()
    for second in seconds[:2]:
        for one in _ends(ctx, first.prop, types, toward=False):
            for two in _ends(ctx, second.prop, set(), toward=True, want=parsed):
                yield Plan("chain", f"chain_{one}{two}", {"topic": node(topic.iri), "p1": iris_of(first.prop),
                                                          "p2": iris_of(second.prop)},
                           read_chain(first.prop, topic), reading(mention, topic),
                           empty=f"The graph has no {second.prop.word} of the {first.prop.word} of {topic.label}.")


def _owned(parsed: Parsed, tokens: Sequence[int], mention: Mention) -> bool:
    """Is the relation a noun owned by the name: "the commander of Crew-5", "Crew-5's commander",
    "the Crew-5 commander" (a noun right after "the" and the name)?"""
    words = parsed.tokens
    end = max(tokens)
    of = words[mention.start - 1].lower == "of" and end in (mention.start - 1, mention.start - 2)
    owner = mention.end < len(words) and words[mention.end].lower in ("'s", "’s") and mention.end + 1 == min(tokens)
    named = min(tokens) == mention.end and words[end].pos == "NOUN" and mention.start > 0 and \
        words[mention.start - 1].lower == "the"
    return of or owner or named


def _ends(ctx: Context, prop: PropertyWords, types: set[str], *, toward: bool, want: Parsed | None = None) -> list[str]:
    """Which way round a link of a chain is read: "f" when the known end is its subject, "b"
    when it is its object; both (the likelier first) when the ontology does not tell."""
    classes = ctx.vocabulary.classes
    domain = set(classes[prop.domain].family) if prop.domain in classes else set()
    range_ = set(classes[prop.range].family) if prop.range in classes else set()
    if toward:  # the answer's end: its class is the one asked for
        target = set(want.target_class.family) if want is not None and want.target_class else set()
        if target & range_ and not target & domain:
            return ["f"]
        if target & domain and not target & range_:
            return ["b"]
        return ["f", "b"]
    if types & domain and not types & range_:
        return ["f"]
    if types & range_ and not types & domain:
        return ["b"]
    return ["f", "b"]


@template("list", priority=70)
def listing(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Which astronauts are in the graph?", "List the space agencies." """
    target = parsed.target_class
    if target is None or any(not is_scope(m.text) for m in parsed.mentions) or parsed.wh in ("yesno", "how many"):
        return
    named = {i for c in parsed.classes for i in c.tokens}
    family = [node(i) for i in target.family]
    relations = [r for r in relations_to_try(parsed) if not set(r.tokens) <= named]
    plural = any(parsed.tokens[i].tag in ("NNS", "NNPS") for c in parsed.classes if c.target for i in c.tokens)
    if not plural and parsed.wh != "list":  # "what rocket launched X?" about an X the graph lacks: no list
        return
    scope = scope_of(parsed)
    if scope is not None and not relations:  # "List the Chinese astronauts."
        yield _scoped(ctx, target, scope, counting=False)
        return
    if not relations:
        if not parsed.unexplained:  # "Which missions ended early?": what no relation reads narrows the list
            yield Plan("list", "list_class", {"class": family}, read_list, empty=f"The graph has no {target.label}.")
        return
    for rel in relations:  # "Which astronauts have a twin?"
        yield Plan("list", "having", {"class": family, "p": iris_of(rel.prop)}, read_having,
                   empty=f"No {target.label} in the graph has a {rel.prop.word}.")


@template("description", priority=80)
def description(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Who is Amiko Kauderer?", "Tell me about Expedition 44." — roles, employer, relations."""
    if not parsed.describe or parsed.wh == "yesno" or _crew_of_group(parsed, ctx) \
            or any(_aboard(parsed, m) for m in parsed.mentions):
        return  # "Who was on X?" asks for X's crew, also when X is no flight the graph knows
    mention = next((m for m in parsed.mentions if not qualifies_class(parsed.tokens, m, parsed.classes)),
                   parsed.mentions[0])  # "Who is the Ardenian astronaut X?": X, not Ardenia
    for candidate in candidates_of(mention):
        yield Plan("description", "describe", {"topic": node(candidate.iri)}, read_description(ctx, candidate),
                   reading(mention, candidate), empty=f"The graph knows the name {candidate.label} but no facts.")
