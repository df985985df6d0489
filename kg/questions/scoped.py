"""People answers of a question that names a scope ("Which Russian commanded the ISS?", "Which
cosmonaut flew on Soyuz MS-20?"): the templates that rank, count and list apply the scope in
their queries, the others answer the relation alone. So their answers are kept only when a fact
places them in the scope (nationality, employer, affiliation, selecting agency; see
:mod:`kg.questions.scopes`); when none is placed there, there is no answer, and the message
says who the articles give and that they do not place them among that group.
"""

from __future__ import annotations

from dataclasses import replace

from pyoxigraph import Literal, NamedNode

from kg.questions.linking import EntityIndex
from kg.questions.match import Parsed
from kg.questions.scopes import VIA, names_people, scope_of
from kg.questions.templates import Plan, Reply, query_text
from kg.questions.vocabulary import Vocabulary
from kg.questions.wording import joined
from kg.store import Store

#: Templates whose queries apply the scope themselves (or whose answers are no people of it).
_SCOPED = {"superlative", "threshold", "count", "list", "first", "record", "comparison", "only", "provenance",
           "description"}


def in_scope(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
             vocabulary: Vocabulary) -> Reply:
    """The reply's people that a fact places in the scope the question names (see the module)."""
    scope = scope_of(parsed)
    people = vocabulary.family("Person")
    if scope is None or plan.template in _SCOPED or plan.articles:
        return reply
    asked = [i for i in reply.items if i.iri is not None and (e := index.entities.get(i.iri)) is not None
             and set(e.types) & people]
    if names_people(parsed) and len(asked) < len(reply.items):  # "Which Russian flew on X?" is no rocket
        others = [i.label for i in reply.items if i not in asked]
        if not asked:
            return Reply([], note=f"The question asks for people, and the articles give only {joined(others[:5])}.")
        reply = replace(reply, items=asked)
    if not asked or any(i.iri == m.best.iri for i in asked for m in parsed.mentions):
        return reply  # no person answers, or the scope word is the answer's own name
    if not scope.names:
        return Reply([], note=f"The graph does not record who is among the {scope.word}, so it cannot say which "
                              f"of {joined([i.label for i in asked[:5]])} {'is' if len(asked) == 1 else 'are'}.")
    via = [NamedNode(p.iri) for name in VIA if (p := vocabulary.properties.get(name)) is not None]
    rows = store.select(query_text("scoped"), {"x": [NamedNode(i.iri) for i in asked if i.iri],
                                               "name": [Literal(n) for n in scope.names], "p": via})
    placed = {row["x"].value for row in rows}
    kept = [i for i in reply.items if i not in asked or i.iri in placed]
    if not any(i in asked for i in kept):
        return Reply([], note=f"The articles give {joined([i.label for i in asked[:5]])}, but do not place "
                              f"{'them' if len(asked) > 1 else 'that person'} among the {scope.word}.")
    return replace(reply, items=kept)
