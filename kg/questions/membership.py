"""The organisation someone belongs to, asked without a verb of working: "Which agency is X an
astronaut of?", "Which agency is X a member of?", "What organisation is X part of?".

The question names an organisation class and a person and no relation of its own (the class's
word may match one: "agency" is an operator's), so the person's employer of that class answers
it; else the agency that selected them, and the answer says which. Tried after the templates
that read a relation from the question's words.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.questions.linking import Candidate
from kg.questions.match import Parsed
from kg.questions.readers import iris_of, keeps, node, of_class, types_of
from kg.questions.templates import Context, Plan, Reader, Reply, template
from kg.questions.values import entities
from kg.store.sparql import Rows

#: The relations that make someone one of an organisation's people, most direct first.
_BELONGING = ("employer", "selectedBy")


@template("membership", priority=63)
def membership(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """Someone's employer, else selecting agency, of the class asked (see the module)."""
    voc = ctx.vocabulary
    target = parsed.target_class
    organisations = voc.family("Organization")
    people = voc.family("Person")
    if (target is None or not set(target.family) <= organisations or parsed.wh not in ("which", "what")
            or len(parsed.mentions) != 1 or parsed.provenance):
        return
    mention = parsed.mentions[0]
    worded = {i for c in parsed.classes for i in c.tokens}
    if not types_of(ctx, mention.best.iri) & people or any(not set(r.tokens) <= worded for r in parsed.relations):
        return
    for name in _BELONGING:
        if name in voc.properties:
            prop = voc.properties[name]
            yield Plan("membership", "objects", {"topic": node(mention.best.iri), "p": iris_of(prop)},
                       _read(ctx, mention.best, name, of_class(target)), ((mention, mention.best),),
                       empty=f"The articles give no {target.label} of {mention.best.label}.")


def _read(ctx: Context, topic: Candidate, relation: str, family: set[str] | None) -> Reader:
    keep = keeps(ctx, family)

    def read(rows: Rows) -> Reply:
        found = entities(rows, "o", keep=keep)
        if not found or relation == _BELONGING[0]:
            return Reply(found)
        return Reply(found, note=f"The articles give no employer of {topic.label}: this is the agency that "
                                 f"selected {topic.label}.")

    return read
