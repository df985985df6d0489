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
from kg.questions.scopes import VIA, Scope, names_people, scope_of
from kg.questions.tallies import unstated
from kg.questions.templates import Item, Plan, Reply, query_text
from kg.questions.vocabulary import Vocabulary
from kg.questions.wording import joined
from kg.store import Store

#: Templates whose queries apply the scope themselves (or whose answers are no people of it).
_SCOPED = {"superlative", "threshold", "count", "list", "first", "rank-number", "record", "comparison", "only",
           "provenance", "description"}


def in_scope(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
             vocabulary: Vocabulary) -> Reply:
    """The reply's people that a fact places in the scope the question names (see the module)."""
    scope = scope_of(parsed) or _named_scope(parsed, reply, index, vocabulary)
    people = vocabulary.family("Person")
    if scope is None or plan.template in _SCOPED or plan.articles:
        return reply
    if ([i.kind for i in reply.items] == ["count"] or reply.final) and reply.also:  # "How many Americans flew on X?"
        return _counted(store, reply, scope, [i for i in reply.also if _person(i, index, people)], vocabulary)
    asked = [i for i in reply.items if _person(i, index, people)]
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
    placed = _placed(store, asked, scope, vocabulary)
    kept = [i for i in reply.items if i not in asked or i.iri in placed]
    if not any(i in asked for i in kept):
        return Reply([], note=f"The articles give {joined([i.label for i in asked[:5]])}, but do not place "
                              f"{'them' if len(asked) > 1 else 'that person'} among the {scope.word}.")
    unknown = _unplaced(store, [i for i in asked if i not in kept], vocabulary)
    note = " ".join(part for part in (reply.note, _unknown_note(unknown, scope)) if part)
    return replace(reply, items=kept, note=note or None)


def _named_scope(parsed: Parsed, reply: Reply, index: EntityIndex, vocabulary: Vocabulary) -> Scope | None:
    """An agency or country the graph knows, named before the class of people asked and tied to
    no answer by its facts ("Which NASA astronaut flew on X?", "Which JAXA astronauts ..."): a
    scope of the people it covers, like a demonym's."""
    tied = {str(getattr(node, "value", "")) for i in reply.items for t in i.support for node in (t.subject, t.object)}
    groups = vocabulary.family("Organization", "Country")
    people = vocabulary.family("Person")
    asked = {i for c in parsed.classes if c.target and set(c.cls.family) & people for i in c.tokens}
    for m in parsed.mentions:
        named = index.entities.get(m.best.iri)
        if m.end not in asked or named is None or named.iri in tied or not set(named.types) & groups:
            continue
        return Scope(f"people of {named.label}", (named.label, *named.aliases))
    return None


def _person(item: Item, index: EntityIndex, people: set[str]) -> bool:
    return item.iri is not None and (e := index.entities.get(item.iri)) is not None and bool(set(e.types) & people)


def _via(vocabulary: Vocabulary) -> list[NamedNode]:
    return [NamedNode(p.iri) for name in VIA if (p := vocabulary.properties.get(name)) is not None]


def _placed(store: Store, people: list[Item], scope: Scope, vocabulary: Vocabulary) -> set[str]:
    """The people a fact places in the scope."""
    rows = store.select(query_text("scoped"), {"x": [NamedNode(i.iri) for i in people if i.iri],
                                               "name": [Literal(n) for n in scope.names], "p": _via(vocabulary)})
    return {row["x"].value for row in rows}


def _unplaced(store: Store, people: list[Item], vocabulary: Vocabulary) -> list[Item]:
    """The people no fact places in any country or agency: whether they are of a group, the
    articles do not tell."""
    if not people:
        return []
    rows = store.select(query_text("placed"), {"x": [NamedNode(i.iri) for i in people if i.iri],
                                               "p": _via(vocabulary)})
    placed = {row["x"].value for row in rows}
    return [i for i in people if i.iri not in placed]


def _unknown_note(unknown: list[Item], scope: Scope) -> str:
    if not unknown:
        return ""
    return f"The articles do not say whether {joined([i.label for i in unknown[:5]])} " \
           f"{'is' if len(unknown) == 1 else 'are'} among the {scope.word}."


def _counted(store: Store, reply: Reply, scope: Scope, members: list[Item], vocabulary: Vocabulary) -> Reply:
    """A count of a crew's people in the scope asked: those a fact places there, never the whole
    crew; only when the articles name the whole crew they state and place each of its people,
    else no answer, listing those placed (:mod:`kg.questions.tallies`; also of a count already
    refused, whose ``also`` are those named)."""
    if not members:
        return reply
    if not scope.names:
        return Reply([], note=f"The graph does not record who is among the {scope.word}, so it cannot count them.")
    placed = _placed(store, members, scope, vocabulary)
    kept = [i for i in members if i.iri in placed]
    unknown = _unplaced(store, [i for i in members if i not in kept], vocabulary)
    if not kept:
        return Reply([], note=f"The articles give {joined([i.label for i in members[:5]])}, but do not place "
                              f"{'them' if len(members) > 1 else 'that person'} among the {scope.word}."
                              f"{' ' + _unknown_note(unknown, scope) if unknown else ''}")
    if unknown or not reply.items or reply.items[0].value != len(members):  # some not placed, or the crew not all named
        refused = unstated(kept, f"{scope.word} there were")
        return replace(refused, note=" ".join(part for part in (refused.note, _unknown_note(unknown, scope)) if part))
    n = len(kept)
    count = replace(reply.items[0], label=str(n), value=n, support=tuple(t for i in kept for t in i.support))
    note = f"I counted {joined([i.label for i in kept])}, whom the articles place among the {scope.word}."
    return Reply([count], also=kept, note=note)
