""""Who is the only Romanian cosmonaut?": the one person of a class whom the named country or
agency qualifies (nationality, employer, affiliation, selecting agency, as for scopes). The
question says there is one: the answer is that one when the graph holds exactly one, and none
when it holds several (the graph cannot tell which the question means) or none."""

from __future__ import annotations

from collections.abc import Iterator

from pyoxigraph import Literal

from kg.questions.match import Parsed, qualifies_class
from kg.questions.readers import node
from kg.questions.scopes import VIA
from kg.questions.templates import Context, Plan, Reader, Reply, template
from kg.questions.values import entities
from kg.store.sparql import Rows

#: the word that says the answer is one of a kind
_ONLY = {"only", "sole"}


@template("only", priority=72)
def only_one(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The one member of the class the named entities qualify (see the module)."""
    if parsed.wh != "who" or not parsed.classes or not {t.lower for t in parsed.tokens} & _ONLY:
        return
    if not parsed.mentions or not all(qualifies_class(parsed.tokens, m, parsed.classes) for m in parsed.mentions):
        return
    cls = parsed.classes[-1].cls
    names: list[str] = []
    for m in parsed.mentions:
        named = ctx.index.entities.get(m.best.iri)
        names += [m.best.label, *(named.aliases if named else ())]
    via = [node(p.iri) for name in VIA if (p := ctx.vocabulary.properties.get(name)) is not None]
    what = f"{' '.join(m.text for m in parsed.mentions)} {cls.label}"
    yield Plan("only", "in_scope", {"class": [node(i) for i in cls.family],
                                    "name": [Literal(n) for n in dict.fromkeys(names)], "p": via},
               read_only(what), tuple((m, m.best) for m in parsed.mentions),
               empty=f"The articles name no {what}.", final=True)


def read_only(what: str) -> Reader:
    """The one entity found, or none with a note when there are several."""

    def read(rows: Rows) -> Reply:
        items = entities(rows, "x")
        if len(items) > 1:
            shown = ", ".join(i.label for i in items[:5])
            return Reply([], note=f"The articles name {len(items)} of them ({shown}), so not the only {what}.")
        return Reply(items)

    return read
