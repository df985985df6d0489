"""A person's place in a group's order, asked by its number: "What number Japanese space
traveller is X?", "What number human in space did X become?", "Which number woman to walk in
space was X?", "X was which person in the world to fly into space, by number?".

The articles state such a place as a rank (akg:holdsRank: "the 10th Japanese to travel into
space", "the 568th human in space"). The question's group and achievement are read as a first's
are (:func:`kg.questions.firsts.question_first`) from its words without the person and the verb,
and only a rank of the same group whose achievement means the same answers: "the 10th Japanese
to travel into space" is not the person's place among Japanese who stayed on the station.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from pyoxigraph import NamedNode, Triple

from extract.frames.groups import GROUPS, PEOPLE, TRADES, country_of
from kg.questions.firsts import meaning, question_first
from kg.questions.linking import Candidate
from kg.questions.match import Parsed
from kg.questions.readers import agent_classes, keeps
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.questions.types import by_number
from kg.store.sparql import Rows

#: the words of the trades ("space traveller"), which name people too
_TRADE_WORDS = frozenset(w for trade in TRADES for w in trade.split()) - {"space"}
#: words of the question that are no part of the group or the achievement asked
_ASKING = {"is", "was", "are", "were", "be", "did", "does", "do", "become", "became", "becomes", "?", ",", "."}


@template("rank-number", priority=27)  # before "first", which reads "which person ... to fly" as a first
def rank_number(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The number of the person's place in the group asked (see the module)."""
    tokens = parsed.tokens
    lows = [t.lower for t in tokens]
    if not by_number(parsed) or parsed.provenance:
        return
    at = next((i for i in range(1, len(tokens)) if lows[i] == "number" and lows[i - 1] in ("what", "which")),
              None)  # "What number human ...", else "X was which person ..., by number?"
    at = at if at is not None else next((i for i, w in enumerate(lows) if w == "which"), None)
    if at is None:
        return
    people = keeps(ctx, agent_classes(ctx))
    named = [m for m in parsed.mentions if people(m.best.iri)]
    if len(named) != 1:
        return
    person = named[0]
    skip = set(range(person.start, person.end))
    skip |= {k for i in range(len(lows)) for n, phrase in ((2, ["by", "number"]), (3, ["in", "the", "world"]))
             if lows[i:i + n] == phrase for k in range(i, i + n)}  # "the 103rd person in the world": of all people
    words = [tokens[at], *(t for t in tokens[at + 1:] if t.i not in skip and t.lower not in _ASKING)]
    if not any(_of_people(t.lower) for t in words[1:]):
        return  # "What number spacewalk was it?": a place in a series of events, not among people
    scope, achievement, _, _ = question_first(replace(parsed, tokens=tuple(words)), 0)
    if not achievement or "?" in scope:
        return
    yield Plan("rank-number", "ranks", {}, _read_rank(person.best, scope, meaning(achievement)),
               ((person, person.best),), final=True,
               empty=f"The articles give {person.best.label} no place in that order.")


def _of_people(word: str) -> bool:
    """Does the word name people of a group ("human", "Japanese", "woman", "astronaut")?"""
    return bool({word, word.rstrip("s")} & (PEOPLE | GROUPS.keys() | _TRADE_WORDS)) or bool(country_of(word))


def _read_rank(person: Candidate, scope: str, wanted: frozenset[str]) -> Reader:
    """The place of ``person`` in the order of ``scope`` for the achievement meant, when one
    number is stated."""

    def read(rows: Rows) -> Reply:
        found: dict[int, Item] = {}
        for row in rows.rows:
            if row["s"].value != person.iri or str(row["scope"].value).lower() != scope.lower() \
                    or meaning(str(row["value"].value)) != wanted:
                continue
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, NamedNode)
            place = int(row["rank"].value)
            found.setdefault(place, Item(str(place), place, kind="number", support=(Triple(s, p, o),)))
        if len(found) == 1:
            return Reply(list(found.values()))
        if found:
            return Reply([], note=f"The articles give {person.label} several places in that order.")
        return Reply([])

    return read
