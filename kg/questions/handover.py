"""Handovers of command: "From whom did X take command?", "Who handed over command to X?",
"Who did X succeed as commander of the station?", "Who took over from X?".

A handover an article states ("A handed command to B", "B took command from A") is an
akg:handedCommandTo fact, and answers first. Else the order comes from a numbered series of
expeditions: the commander of Expedition 56 hands the station over to the commander of
Expedition 57, so X's predecessor is the commander the articles give for the expedition
numbered one below X's, the successor one above; the answer says it is read so, and rests on
both commanders' facts. Never from another commander alone: a station has many commanders, one
after another, and another of them is not thereby the one before or after X. Without a stated
handover or such a neighbour, no answer, with what X commanded.

A replacement asked without a word of command ("Who replaced X on Mir?", "Who was X's
replacement?", "Who took X's place?", "Whom did Y replace?") is a place on a crew or a station
taken, not command handed over: only an akg:replacedBy fact answers it, never a crewmate, a
handover of command or the commander of a neighbouring expedition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pyoxigraph import NamedNode, Triple

from kg.questions.linking import Candidate, Mention
from kg.questions.match import Parsed
from kg.questions.readers import iris_of, node, people_named
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.store.sparql import Rows

#: Words of command.
_COMMAND = {"command", "commander", "commanders", "helm", "commanding"}
#: Verbs of a succession, whose subject comes after their object ("X succeeded Y").
_SUCCESSION = {"succeed", "relieve", "replace"}
#: Words of one person taking another's place ("replaced", "X's replacement", "a substitute for X")
_REPLACEMENT = {"replace", "replacement", "substitute"}
#: Nouns of a place taken ("took X's place", "took his seat")
_PLACE = {"place", "seat", "spot"}
#: A numbered expedition's name: the series and the number.
_NUMBERED = re.compile(r"^(.*?\bexpedition)\s+(\d+)$", re.IGNORECASE)


def asks_replacement(parsed: Parsed) -> bool:
    """Does the question ask who took someone's place, with no word of command ("Who replaced
    X on Mir?", "Who took X's place?")?"""
    words = {t.lemma.lower() for t in parsed.tokens}
    return not words & _COMMAND and bool(words & _REPLACEMENT or "take" in words and words & _PLACE)


def asks_handover(parsed: Parsed) -> bool:
    """Does the question ask who handed command to whom, or who came before or after someone?"""
    words = {t.lemma.lower() for t in parsed.tokens}
    command = bool(words & _COMMAND)
    if asks_replacement(parsed):
        return True
    if words & {"predecessor", "successor"}:
        return True
    if "hand" in words and (command or "over" in words):  # "handed (over) command to X", "handed over to X"
        return True
    if "take" in words and "from" in words and (command or "over" in words):  # "took command / over from X"
        return True
    return bool(words & _SUCCESSION) and (command or parsed.wh in ("who", "whom"))


def direction(parsed: Parsed, mention: Mention) -> str | None:
    """Whether the question asks who came "before" the person named or "after" them: "X took
    command from whom?" and "who handed command to X?" ask before, "who took over from X?" and
    "to whom did X hand over?" after; None when the words do not say."""
    words = {t.lemma.lower() for t in parsed.tokens}
    if "predecessor" in words or "successor" in words:
        return "before" if "predecessor" in words else "after"
    subject = any(parsed.tokens[i].dep in ("nsubj", "nsubjpass") for i in range(mention.start, mention.end))
    if "hand" in words:  # the word before the name tells it when the parse does not ("to whom did A hand ...")
        before = [t.text.lower() for t in parsed.tokens[:mention.start]]
        if "to" in before[-2:]:
            return "before"  # "who handed command to (astronaut) X"
        after = [t.text.lower() for t in parsed.tokens[mention.end:] if t.text.isalpha()]
        return "after" if subject or "whom" in before or after[-1:] == ["to"] else "before"  # "... hand it to?"
    if words & ({"take"} | _SUCCESSION | _REPLACEMENT):  # "Whose replacement was Y?" asks before
        return "before" if subject else "after"
    return None


@template("handover", priority=22)
def handover(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The neighbour in a numbered series of expeditions, else no answer (see the module)."""
    voc = ctx.vocabulary
    named = people_named(parsed, ctx)
    if parsed.provenance or not named or not asks_handover(parsed) or "commander" not in voc.properties \
            or "handedCommandTo" not in voc.properties:
        return
    if asks_replacement(parsed):
        if "replacedBy" not in voc.properties:
            return
        replaced = iris_of(voc.properties["replacedBy"])
        people = [m.best for m in named]
        yield Plan("handover", "replacements", {"x": [node(p.iri) for p in people], "p": replaced},
                   read_replacement(people, direction(parsed, named[0]), {r.value for r in replaced}),
                   tuple((m, m.best) for m in named), final=True,
                   empty=f"The articles do not say who took the place of {_names(people)} or whose place "
                         f"{_names(people)} took.")
        return
    if len(named) != 1:
        return
    mention = named[0]
    topic = node(mention.best.iri)
    expeditions = voc.family("Expedition")
    series = sorted(iri for iri, named_as in ctx.index.entities.items()
                    if set(named_as.types) & expeditions and _NUMBERED.match(named_as.label))
    commander = iris_of(voc.properties["commander"])
    handed = iris_of(voc.properties["handedCommandTo"])
    yield Plan("handover", "subjects", {"topic": topic, "p": commander},
               read_handover(mention.best, direction(parsed, mention), {h.value for h in handed}),
               ((mention, mention.best),), final=True,
               empty="The graph holds who commanded what, not who handed command to whom.",
               parts=(("subjects", {"topic": topic, "p": handed}), ("objects", {"topic": topic, "p": handed}),
                      ("handovers", {"x": [node(i) for i in series], "p": commander})))


def read_handover(person: Candidate, asked: str | None, handed: set[str]) -> Reader:
    """The handover stated of the person, else the commanders of the expedition numbered next
    to the person's, else no answer with what the person commanded."""

    def read(rows: Rows) -> Reply:
        stated = _stated(rows, person, asked, handed)
        if stated:
            return Reply(stated)
        held = sorted({row["label"].value for row in rows if "label" in row and row["o"].value == person.iri
                       and row["p"].value not in handed})
        commanders: dict[tuple[str, int], list[tuple[Triple, str, str]]] = {}  # (series, number) -> facts
        names: dict[tuple[str, int], str] = {}
        for row in rows:
            s, p, o = row["s"], row["p"], row["o"]
            found = _NUMBERED.match(row["label"].value) if "label" in row and row["p"].value not in handed else None
            if found and isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, NamedNode):
                name = row["name"].value if "name" in row else o.value.rsplit("/", 1)[-1]
                key = (found.group(1).lower(), int(found.group(2)))
                commanders.setdefault(key, []).append((Triple(s, p, o), o.value, name))
                names[key] = row["label"].value
        step = {"before": -1, "after": 1}.get(asked or "")
        items: dict[str, Item] = {}
        read_as: list[str] = []
        for (series, number), facts in sorted(commanders.items()):
            mine = [f for f in facts if f[1] == person.iri]
            if not mine or step is None:
                continue
            for fact, iri, name in commanders.get((series, number + step), []):
                if iri != person.iri:
                    items.setdefault(iri, Item(name, name, iri, support=(fact, mine[0][0])))
                    read_as.append(f"{name} commanded {names[(series, number + step)]}, {person.label} "
                                   f"{names[(series, number)]}")
        if items:
            return Reply(sorted(items.values(), key=lambda i: i.label),
                         note=f"Read from the numbered expeditions ({'; '.join(sorted(set(read_as)))}): the "
                              "commander of one hands the station to the commander of the next.")
        said = f" The articles give {person.label} as commander of {', '.join(held)}." if held else ""
        return Reply([], note="The graph holds who commanded a station or a flight, not who handed command to "
                              f"whom, so it cannot say who came before or after {person.label}.{said}")

    return read


def read_replacement(people: list[Candidate], asked: str | None, replaced: set[str]) -> Reader:
    """Whom the articles say took the people's places ("after") or whose places they took
    ("before"), else no answer: a crewmate is no replacement."""

    def read(rows: Rows) -> Reply:
        stated = {i.iri: i for person in people for i in _stated(rows, person, asked, replaced)}
        if stated:
            return Reply(sorted(stated.values(), key=lambda i: i.label))
        whom = "whose places they took" if asked == "before" else "who took their places"
        return Reply([], note=f"The articles do not say {whom}: they name no replacement of or by "
                              f"{_names(people)}.")

    return read


def _names(people: list[Candidate]) -> str:
    labels = [p.label for p in people]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


def _stated(rows: Rows, person: Candidate, asked: str | None, handed: set[str]) -> list[Item]:
    """Whom the articles say handed command to the person ("before") or took it from them
    ("after"), from akg:handedCommandTo facts with the person at one end."""
    items: dict[str, Item] = {}
    for row in rows:
        s, p, o = row["s"], row["p"], row["o"]
        if p.value not in handed or not isinstance(s, NamedNode) or not isinstance(p, NamedNode) \
                or not isinstance(o, NamedNode):
            continue
        other = s if asked == "before" and o.value == person.iri else o if asked == "after" and s.value == \
            person.iri else None
        if other is not None and other.value != person.iri:
            name = row["label"].value if "label" in row else other.value.rsplit("/", 1)[-1]
            items.setdefault(other.value, Item(name, name, other.value, support=(Triple(s, p, o),)))
    return sorted(items.values(), key=lambda i: i.label)
