"""Handovers of command: "From whom did X take command?", "Who handed over command to X?",
"Who did X succeed as commander of the station?", "Who took over from X?".

The ontology holds who commanded a station, flight or expedition (akg:commander), never who
handed command to whom, nor in what order: a station has many commanders, one after another,
and another of them is not thereby the one before or after X. So such a question gets no
answer, with the commanders the graph does give, never one of them as the predecessor.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.questions.match import Parsed
from kg.questions.readers import iris_of, node, types_of
from kg.questions.templates import Context, Plan, Reader, Reply, template
from kg.store.sparql import Rows

#: Words of command.
_COMMAND = {"command", "commander", "commanders", "helm", "commanding"}
#: Words of a succession: who came before or after whom.
_SUCCESSION = {"predecessor", "successor", "succeed", "relieve", "replace"}


def asks_handover(parsed: Parsed) -> bool:
    """Does the question ask who handed command to whom, or who came before or after someone?"""
    lemmas = [t.lemma.lower() for t in parsed.tokens]
    words = set(lemmas)
    command = bool(words & _COMMAND)
    if "hand" in words and (command or "over" in words):  # "handed (over) command to X", "handed over to X"
        return True
    if "take" in words and "from" in words and (command or "over" in words):  # "took command / over from X"
        return True
    if "over" in words and "from" in words and command:  # "X's command passed over from"
        return True
    return bool(words & _SUCCESSION) and (command or parsed.wh in ("who", "whom"))


@template("handover", priority=22)
def handover(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """No answer, with the commanders the graph gives (see the module)."""
    voc = ctx.vocabulary
    people = voc.family("Person")
    named = [m for m in parsed.mentions if types_of(ctx, m.best.iri) & people]
    if parsed.provenance or not named or not asks_handover(parsed) or "commander" not in voc.properties:
        return
    mention = named[0]
    yield Plan("handover", "subjects", {"topic": node(mention.best.iri), "p": iris_of(voc.properties["commander"])},
               read_handover(mention.best.label), ((mention, mention.best),), final=True,
               empty="The graph holds who commanded what, not who handed command to whom.")


def read_handover(person: str) -> Reader:
    """No answer: what the person commanded, as the articles give it."""

    def read(rows: Rows) -> Reply:
        held = sorted({row["label"].value for row in rows if "label" in row})
        said = f" The articles give {person} as commander of {', '.join(held)}." if held else ""
        return Reply([], note="The graph holds who commanded a station or a flight, not who handed command to "
                              f"whom nor in what order, so it cannot say who came before or after {person}.{said}")

    return read
