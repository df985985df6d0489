"""The firsts template: "Who was the first woman to command the space station?", "Who was the
first Briton in space?", "Who was China's first astronaut?", "What firsts does X hold?".

A first (akg:First) states its achievement in words and its scope in canonical words (see
:mod:`extract.frames.groups`). A question's scope is read with the same word lists, so it
must equal the stated one ("the first woman" is not "the first American woman"); its
achievement is compared by meaning words ("command the ISS" and "lead the outpost" share
"command" and "station"), and must be the same: the first woman to command the station twice
is not the first woman to command it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pyoxigraph import NamedNode, Triple

from extract.frames.groups import (
    COUNTRY_PHRASES,
    DEMONYMS,
    DESCENT,
    GROUPS,
    NEUTRAL,
    PEOPLE,
    TRADES,
    country_of,
    left_out,
    scope_of,
)
from kg.questions.first_people import first_phrase
from kg.questions.linking import Mention
from kg.questions.match import Parsed
from kg.questions.readers import agent_classes, keeps
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.questions.text import Token
from kg.questions.values import PLANNED
from kg.store.sparql import Rows

#: words that mean one thing in an achievement, by that thing
_MEANING = {
    "command": "command commanded commands commanding commander lead led leads leading helm captain",
    "station": "station iss outpost laboratory lab platform",
    "space": "space spaceflight fly flew flown flies flying travel travelled traveled go went gone "
             "goes reach reached launch launched astronaut cosmonaut taikonaut spacefarer spaceflyer head headed "
             "enter entered enters entering traveller traveler",
    "walk": "walk walked walks walking spacewalk spacewalks spacewalking spacewalker eva step stepped steps stepping",
    "moon": "moon lunar",
    "mars": "mars martian",
    "live": "live lived lives living stay stayed stays",
    "visit": "visit visited visits",
    "pilot": "pilot piloted pilots piloting",
    "participate": "participate participated participates participating part",  # "take part in"
    "receive": "receive received receives receiving earn earned earns earning win won wins award awarded",
    "orbit": "orbit orbits orbited orbital",  # more than reaching space: the first American in space did not orbit
    "shuttle": "shuttle shuttles orbiter",  # a kind of craft: the first X on the Shuttle is no first X in space
}
_MEANS = {w: m for m, words in _MEANING.items() for w in words.split()}
#: words that carry no meaning of their own in an achievement ("perform a spacewalk")
_FILLER = frozenset({"the", "a", "an", "to", "in", "on", "of", "into", "aboard", "at", "international", "ever",
                     "perform", "performed", "make", "made", "carry", "carried", "out", "conduct", "conducted", "do",
                     "did", "complete", "completed", "be", "was", "is", "were", "become", "became", "board", "first",
                     "take", "took", "taken", "assume", "assumed", "orbiting", "earth", "s", "vacuum", "surface",
                     "onto"})
#: the second halves of a group word said by birth ("Indian-born"), a group as written, not a nationality
_BIRTH = frozenset({"born", "bred"})
#: words that end the group of a question and start its achievement ("first Briton in space")
_ACHIEVEMENT_STARTS = {"to", "in", "on", "into", "aboard", "around", "outside", "?", ".", "who", "that"}
_WORD = re.compile(r"[\w-]+")
_PHRASE_WORDS = re.compile(r"[\w']+|-")
#: meanings of nouns that name an event a group may do first ("the first commercial spacewalk")
_EVENTS = frozenset({"walk", "space"})


def meaning(text: str) -> frozenset[str]:
    """The meaning words of an achievement.

    >>> sorted(meaning("command the International Space Station")) == sorted(meaning("lead the ISS"))
    True
    >>> sorted(meaning("command the Vesta station"))
    ['command', 'station']
    >>> meaning("lead a crew on the orbiting platform") == meaning("command the space station")
    True
    >>> sorted(meaning("perform a spacewalk"))
    ['space', 'walk']
    >>> meaning("step out into the vacuum of space") == meaning("walk in space")
    True
    >>> meaning("step onto the lunar surface") == meaning("walk on the Moon")
    True
    >>> meaning("enter space") == meaning("in space") == meaning("travel in space") == meaning("space traveller")
    True
    >>> meaning("fly on a U.S. Shuttle") == meaning("fly on a US space shuttle") != meaning("in space")
    True
    """
    words = {_MEANS.get(w, w.rstrip("s") if len(w) > 3 else w)
             for w in (x.lower() for x in _WORD.findall(text) if not x[:1].isupper() or x.lower() in _MEANS)
             if w not in _FILLER}  # a name ("the Vesta station") is no part of what was done
    if "spacewalk" in text.lower() or "eva" in words:
        words |= {"walk", "space"}
    if "station" in words:  # the space station: "space" names the station, not a flight
        words.discard("space")
    if "command" in words:  # "lead a crew on the station" is commanding it
        words.discard("crew")
    return frozenset(words)


@template("first", priority=28)
def first(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """Who holds a first of a scope, or which firsts a person holds (see the module docstring)."""
    at = next((t.i for t in parsed.tokens if t.lower in ("first", "first-ever", "firsts")), None)
    if at is None or parsed.provenance or first_phrase(parsed) is not None:
        return  # "Who flew with the first Afghan cosmonaut?" asks of the holder (kg.questions.first_people)
    people = keeps(ctx, agent_classes(ctx))
    named = [m for m in parsed.mentions if people(m.best.iri) and not (m.start <= at < m.end)]
    if parsed.wh == "yesno":
        owner = next((m for m in parsed.mentions if m.end == at - 1), None)  # "Was X Kazakhstan's first cosmonaut?"
        yield from _is_first(parsed, [m for m in named if m.end <= at], at,
                             owner is not None and not people(owner.best.iri))
        return
    if parsed.tokens[at].lower == "firsts" or named and parsed.wh in ("what", "which", "list"):
        if parsed.tokens[at].lower != "firsts" and _ranks_a_relation(parsed, at):
            return  # "Which museum was X the first director of?": the museum X led, ranked (checks.unstated_ordinal)
        person = named[0]
        yield Plan("first", "firsts", {"s": NamedNode(person.best.iri)}, _read_firsts(), ((person, person.best),),
                   empty=f"The articles state no first of {person.best.label}.", final=True)
        return
    if parsed.wh not in ("who", "whom", "which", "what", "list"):
        return
    scope, achievement, told, event = question_first(parsed, at)
    if not achievement:
        return
    said = label(scope, achievement) if not event else f"first {achievement} by {scope}"
    # "the first woman to command ...": nothing else answers it (the station's commanders are
    # no answer); "China's first astronaut", "the first commander of X": other templates may
    yield Plan("first", "firsts", {}, _read_holders(scope, meaning(achievement), event, future=parsed.future),
               empty=f"The articles do not say who was the {said}.", final=told)


def _ranks_a_relation(parsed: Parsed, at: int) -> bool:
    """Does "first" rank a relation's own noun that the question asks through ("the first
    director of", read by the leader relation), not ask for a first someone holds?"""
    head = parsed.tokens[at].head
    return head != at and any(head in r.tokens and parsed.tokens[head].pos == "NOUN" for r in parsed.relations)


def _is_first(parsed: Parsed, named: list[Mention], at: int, a_country_s: bool) -> Iterator[Plan]:
    """ "Was X the first Cuban to fly in space?", "Was X Cuba's first cosmonaut?": yes when the
    articles give X that first; no only when they give X a later place in the same order ("the
    second Cuban to fly in space", "Cuba's third cosmonaut"); never no from another first of
    other words, or from none stated, which do not exclude it."""
    if len(named) != 1 or parsed.tokens[at - 1].lower != "the" and not a_country_s and not _worlds(parsed, at):
        return  # "Was it X's first spaceflight?" asks about a flight of X's, not a first of a group
    scope, achievement, _, event = question_first(parsed, at)
    if not achievement or event:
        return
    person = named[0]
    holders = _read_holders(scope, meaning(achievement), False, future=parsed.future)

    wanted = meaning(achievement)

    def read(rows: Rows) -> Reply:
        mine = [i for i in holders(rows).items if i.iri == person.best.iri]
        if mine:
            return Reply([Item("yes", True, kind="boolean", support=mine[0].support)])
        later = [row for row in rows.rows if "rank" in row and row["s"].value == person.best.iri
                 and str(row["scope"].value).lower() == scope.lower() and meaning(str(row["value"].value)) == wanted]
        for row in later[:1]:
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, NamedNode)
            return Reply([Item("no", False, kind="boolean", support=(Triple(s, p, o),))],
                         note=f"The articles give {person.best.label} place {row['rank'].value} in that order.")
        return Reply([])

    said = label(scope, achievement)
    yield Plan("first", "firsts", {}, read, ((person, person.best),),
               empty=f"The articles do not say whether {person.best.label} was the {said}.",
               parts=(("ranks", {}),))


def _worlds(parsed: Parsed, at: int) -> bool:
    """Whether the question's "first" is "the world's first"."""
    return at >= 2 and parsed.tokens[at - 1].lower in ("'s", "’s") and parsed.tokens[at - 2].lower == "world"


def question_first(parsed: Parsed, at: int) -> tuple[str, str, bool, bool]:
    """The scope and achievement a question's "first" asks about, whether the question tells
    the achievement in words of its own, and whether it asks for an event done first by a
    group: "the first Chinese woman to walk in space" -> ("China, woman", "walk in space",
    True, False); "China's first astronaut" -> ("China", "astronaut", False, False); "the
    first spacewalk by two women" -> ("woman", "spacewalk", False, True)."""
    tokens = parsed.tokens
    country = ""
    if at >= 2 and tokens[at - 1].lower in ("'s", "’s") and tokens[at - 2].lower != "world":  # "China's first
        # astronaut", "Ardenia's first ..."; "the world's first" is of all people
        country = country_of(tokens[at - 2].text) or tokens[at - 2].text
    group: list[str] = []
    said: list[Token] = []  # the group's words as the question writes them
    away: list[str] = []  # the countries it is from outside
    descents: list[str] = []  # "of African descent"
    i = at + 1
    if tokens[i:i + 2] and tokens[i].lower == "time" and tokens[i + 1:i + 2] and tokens[i + 1].lower in ("a", "an"):
        i += 2  # "the first time a Canadian took part in ...": the first Canadian to take part
    while i < len(tokens) and (tokens[i].pos not in ("VERB", "AUX") or _group_word(tokens[i].lower)) and (
            tokens[i].lower not in _ACHIEVEMENT_STARTS or _beyond(tokens, i) is not None):
        beyond = _beyond(tokens, i)
        if beyond is not None:  # "the first person (from) outside the US and Russia to command"
            i, away = beyond
            break
        if tokens[i].lower == "from":  # "the first woman from Belarus to fly"
            i += 1
            place: list[str] = []
            while i < len(tokens) and tokens[i].lower not in _ACHIEVEMENT_STARTS:
                place.append(tokens[i].text)
                i += 1
            country = country or country_of(" ".join(w for w in place if w.lower() != "the"))
            break
        descent = _descent(tokens, i)
        if descent is not None:  # "the first person of African descent": a group as written, as the extractor's
            descents.append(" ".join(t.text for t in tokens[i:descent + 1]))
            i = descent + 1
            continue
        group.append(tokens[i].lower)
        said.append(tokens[i])
        i += 1
        if _born_after(tokens, i - 1):  # "Indian-born": a word of the group however the parse tags "born"
            group += ["-", tokens[i + 1].lower]
            said += tokens[i:i + 2]
            i += 2
    rest = [t.text for t in tokens[i:] if t.lower not in ("?", ".", "!")]
    lows = [w.lower() for w in rest]
    if "from" in lows[1:] and not country:  # "the first person to fly to space from Chad": Chad's first
        at_from = len(lows) - 1 - lows[::-1].index("from")
        country = country_of(" ".join(w for w in rest[at_from + 1:] if w.lower() != "the"))
        rest = rest[:at_from] if country else rest
    achievement = " ".join(rest[1:] if rest and rest[0].lower() == "to" else rest)
    told = bool(achievement)
    trade = [w for w in group if w in TRADES or w.rstrip("s") in TRADES]
    if not achievement and trade:  # "China's first astronaut": the trade is the achievement
        start = group.index(trade[0])
        if start and f"{group[start - 1]} {trade[0]}" in TRADES:  # "the first space tourist"
            start -= 1
        achievement = " ".join(group[start:])
    elif not achievement and "by" in group and meaning(" ".join(group[:group.index("by")])) & _EVENTS:
        at_by = group.index("by")  # "the first spacewalk by two women"
        achievement, group = " ".join(group[:at_by]), group[at_by + 1:]
        return scope_of(group, country), achievement, False, True
    elif not achievement and group and meaning(group[-1]) & _EVENTS:  # "the first commercial spacewalk"
        scope = scope_of(group[:-1], country)
        national = scope == (country or country_of(" ".join(group[:-1])))  # "the first U.S. spacewalk": the first
        return scope, group[-1], False, not national  # of the country's people to walk in space
    left = left_out(group)  # "the first non-American and non-Soviet cosmonaut"
    if left is None:
        return "?", achievement, told, False  # "the first non-European": a group no scope says
    if left[1]:
        group = [w for k, w in enumerate(group) if k not in left[1]]
        said = [t for k, t in enumerate(said) if k not in left[1]]
        away += left[0]
    return scope_of(group, country, [*descents, *unnamed(said)], away), achievement, told, False


def _descent(tokens: Sequence[Token], i: int) -> int | None:
    """Where an "of ... descent" phrase that starts at ``i`` ends ("of African descent", "of
    Indian origin"), or None."""
    if tokens[i].lower != "of":
        return None
    end = next((k for k in range(i + 1, min(i + 5, len(tokens))) if tokens[k].lower in DESCENT), None)
    return end if end is not None and all(t.lower not in _ACHIEVEMENT_STARTS for t in tokens[i + 1:end]) else None


def _born_after(tokens: Sequence[Token], k: int) -> bool:
    """Do "-born" (or "-bred") follow word ``k`` ("Indian-born": a group as written, not India's)?"""
    return [t.lower for t in tokens[k + 1:k + 3]] in (["-", b] for b in _BIRTH)


def _group_word(low: str) -> bool:
    """A word for people that a question's parse may tag as a verb ("the first NASA astronaut")."""
    return bool({low, low.rstrip("s")} & (PEOPLE | _TRADE_WORDS))


def _beyond(tokens: Sequence[Token], i: int) -> tuple[int, list[str]] | None:
    """Where a group's "(from) outside X and Y" ends and its countries, when the words at ``i``
    say one ("from outside the US and Russia")."""
    start = i + 1 if tokens[i].lower == "from" else i
    if start >= len(tokens) or tokens[start].lower != "outside":
        return None
    end = start + 1
    while end < len(tokens) and tokens[end].lower not in _ACHIEVEMENT_STARTS:
        end += 1
    countries = _countries([t.text for t in tokens[start + 1:end]])
    return (end, countries) if countries else None


def _countries(words: list[str]) -> list[str]:
    """The countries of a list of names ("the US and Russia"); none when a name is no country."""
    names: list[list[str]] = [[]]
    for w in words:
        if w.lower() in ("and", "or", ",", "nor"):
            names.append([])
        elif w.lower() not in ("the", "of"):
            names[-1].append(w)
    found = [country_of(" ".join(n)) for n in names if n]
    return found if found and all(found) else []


#: the words of the trades, which name no group ("flight engineer")
_TRADE_WORDS = frozenset(w for trade in TRADES for w in trade.split())
#: groups and countries of more than one word, as a question's words ("native american", "african -
#: american", "south korean")
_PHRASES = [_PHRASE_WORDS.findall(g) for g in [*GROUPS, *COUNTRY_PHRASES] if " " in g or "-" in g]


def unnamed(said: list[Token]) -> list[str]:
    """The words of a question's group that no scope word, people noun or trade accounts
    for, as written: "the first ESA astronaut" counts among "ESA", as the extractor writes
    a modifier it cannot name (:func:`extract.frames.firsts._narrows`), so that a first of
    all people never answers for a narrower group the word lists do not know.

    >>> from kg.questions.text import Token
    >>> unnamed([Token(0, "ESA", "ESA"), Token(1, "astronaut", "astronaut")])
    ['ESA']
    >>> unnamed([Token(0, "Chinese", "chinese"), Token(1, "woman", "woman")])
    []
    >>> unnamed([Token(0, "Native", "native"), Token(1, "American", "american"), Token(2, "woman", "woman")])
    []
    """
    lows = [t.lower for t in said]
    phrased = {k for words in _PHRASES for i in range(len(lows)) if lows[i:i + len(words)] == words
               for k in range(i, i + len(words))}  # "Native American": one group word
    runs: list[list[Token]] = [[]]
    for k, t in enumerate(said):
        low = t.lower
        known = not _born_after(said, k) and (  # "Indian-born" is no Indian
            k in phrased or low in GROUPS or country_of(low) or low in NEUTRAL or low in ("the", "a", "an")
            or {low, low.rstrip("s")} & (PEOPLE | _TRADE_WORDS))
        if not known and not t.is_punct or t.text == "-" and runs[-1]:
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    return ["".join(t.text + t.space for t in run).strip(" -") for run in runs if run]


def label(scope: str, achievement: str) -> str:
    """A first in words: ("China, woman", "walk in space") -> "first Chinese woman to walk in
    space"; an event done first by a group as written: "first spacewalk by two women".

    >>> label("outside Soviet Union and United States", "walk in space")
    'first person from outside Soviet Union and United States to walk in space'
    >>> label("outside Russia", "astronaut")
    'first astronaut from outside Russia'
    """
    if " by " in achievement:
        return f"first {achievement}"
    parts = [p for p in scope.split(", ") if p != "anyone"]
    country = next((p for p in parts if p in DEMONYMS), "")
    away = next((f"from {p}" for p in parts if p.startswith("outside ")), "")  # "from outside Russia and ..."
    groups = [p for p in parts if p != country and p not in ("woman", "man") and not p.startswith("outside ")]
    sex = next((p for p in parts if p in ("woman", "man")), "")
    trade = achievement.split()[-1:] and achievement.split()[-1].lower() in TRADES
    noun = sex or ("" if trade else groups.pop() if groups else "person")
    words = [DEMONYMS.get(country, ""), *groups, noun, away if noun else ""]
    link = "" if trade or achievement.split()[0].lower() in _ACHIEVEMENT_STARTS - {"to"} else "to "
    return " ".join(w for w in ["first", *words, link + achievement, "" if noun else away] if w)


def _read_holders(scope: str, wanted: frozenset[str], event: bool, *, future: bool) -> Reader:
    """The holders of the firsts of the scope whose achievement means what is asked; an event
    done first by a group ("spacewalk by two women") answers only a question about the
    event, never "the first woman to walk in space"."""

    def read(rows: Rows) -> Reply:
        found: dict[str, Item] = {}
        for row in rows.rows:
            if "rank" in row:
                continue  # a later place in the order (ranks.rq), no first
            done, by, _ = str(row["value"].value).partition(" by ")
            if str(row["scope"].value).lower() != scope.lower() or bool(by) != event or meaning(done) != wanted:
                continue
            planned = row.get("modality") == NamedNode(PLANNED)
            if planned and not future:
                continue  # "is expected to become the first": not the first yet
            s, o = row["s"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(o, NamedNode)
            name = row["label"].value if "label" in row else s.value
            found.setdefault(s.value, Item(name, name, s.value, planned=planned,
                                           as_of=row["asOf"].value if "asOf" in row else None,
                                           support=(Triple(s, NamedNode(row["p"].value), o),)))
        return Reply(list(found.values()))

    return read


def _read_firsts() -> Reader:
    def read(rows: Rows) -> Reply:
        found: dict[str, Item] = {}
        for row in rows.rows:
            s, o = row["s"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(o, NamedNode)
            first = label(str(row["scope"].value), str(row["value"].value))  # one answer per first,
            said = str(row["stated"].value) if "stated" in row else first  # however many wordings it has
            found.setdefault(first, Item(said, said, kind="value", planned=row.get("modality") == NamedNode(PLANNED),
                                        as_of=row["asOf"].value if "asOf" in row else None,
                                        support=(Triple(s, NamedNode(row["p"].value), o),)))
        return Reply(list(found.values()))

    return read

