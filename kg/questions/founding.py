"""When someone founded an organisation: "When did A found Acme?" is answered with the
founding date of Acme (akg:foundingDate) only when the articles say A founded it (akg:founder);
asked of anyone else, the date answers nothing, and the reply says so.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from kg.namespaces import AKG
from kg.questions.match import Parsed
from kg.questions.templates import Reply, query_text
from kg.store import Store

_DATE = str(AKG.foundingDate)
_FOUNDER = str(AKG.founder)


def founded_by(store: Store, parsed: Parsed, reply: Reply) -> Reply:
    """``reply`` when every other name of the question founded the organisation whose
    founding date it gives; else no answer."""
    facts = [s for item in reply.items for s in item.support]
    if not facts or any(s.predicate.value != _DATE or not isinstance(s.subject, NamedNode) for s in facts):
        return reply
    orgs = {s.subject.value: s.subject for s in facts if isinstance(s.subject, NamedNode)}
    for who in (m.best for m in parsed.mentions if m.best.iri not in orgs):
        for iri, org in orgs.items():
            rows = store.select(query_text("link"), {"a": org, "b": NamedNode(who.iri), "p": [NamedNode(_FOUNDER)]})
            if not rows.rows:
                name = next((m.best.label for m in parsed.mentions if m.best.iri == iri), iri.rsplit("/", 1)[-1])
                return Reply([], note=f"The articles give when {name} was founded, but not that {who.label} "
                                      f"founded it.")
    return reply
