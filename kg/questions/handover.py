"""Handovers of command: "From whom did X take command?", "Who handed over command to X?",
"Who did X succeed as commander of the station?", "Who took over from X?".

The ontology holds who commanded a station, flight or expedition (akg:commander), never who
handed command to whom: a station has many commanders, one after another, and another of them
is not thereby the one before or after X. What does give the order is a numbered series of
expeditions: the commander of Expedition 56 hands the station over to the commander of
Expedition 57. So X's predecessor is the commander the articles give for the expedition
numbered one below X's, the successor one above; the answer says it is read so, and rests on
both commanders' facts. Without such a neighbour, no answer, with what X commanded.
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
#: A numbered expedition's name: the series and the number.
_NUMBERED = re.compile(r"^(.*?\bexpedition)\s+(\d+)$", re.IGNORECASE)


def asks_handover(parsed: Parsed) -> bool:
    """Does the question ask who handed command to whom, or who came before or after someone?"""
    words = {t.lemma.lower() for t in parsed.tokens}
    command = bool(words & _COMMAND)
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
    if "hand" in words:
        return "after" if subject else "before"
    if words & ({"take"} | _SUCCESSION):
        return "before" if subject else "after"
    return None


@template("handover", priority=22)
def handover(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The neighbour in a numbered series of expeditions, else no answer (see the module)."""
    voc = ctx.vocabulary
    named = people_named(parsed, ctx)
    if parsed.provenance or len(named) != 1 or not asks_handover(parsed) or "commander" not in voc.properties:
        return
    mention = named[0]
    expeditions = voc.family("Expedition")
    series = sorted(iri for iri, named_as in ctx.index.entities.items()
                    if set(named_as.types) & expeditions and _NUMBERED.match(named_as.label))
    commander = iris_of(voc.properties["commander"])
    yield Plan("handover", "subjects", {"topic": node(mention.best.iri), "p": commander},
               read_handover(mention.best, direction(parsed, mention)), ((mention, mention.best),), final=True,
               empty="The graph holds who commanded what, not who handed command to whom.",
               parts=(("handovers", {"x": [node(i) for i in series], "p": commander}),))


def read_handover(person: Candidate, asked: str | None) -> Reader:
    """The commanders of the expedition numbered next to the person's, else no answer with
    what the person commanded."""

    def read(rows: Rows) -> Reply:
        held = sorted({row["label"].value for row in rows if "label" in row and row["o"].value == person.iri})
        commanders: dict[tuple[str, int], list[tuple[Triple, str, str]]] = {}  # (series, number) -> facts
        names: dict[tuple[str, int], str] = {}
        for row in rows:
            s, p, o = row["s"], row["p"], row["o"]
            found = _NUMBERED.match(row["label"].value) if "label" in row else None
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
