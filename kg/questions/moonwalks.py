"""A walk on the Moon asked ("Who walked on the Moon with X?", "Who was X's moonwalk partner?"):
the spacewalk partner relation holds walks in orbit and on the Moon alike, so only a link stated in
a sentence that speaks of the Moon answers; the partner of a walk outside a station is none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pyoxigraph import Triple

from kg.questions.match import Parsed
from kg.questions.templates import Reply, query_text
from kg.questions.vocabulary import Vocabulary
from kg.store import Store

#: Words of a question that place the walk on the Moon.
_MOON_WORDS = {"moon", "lunar", "moonwalk", "moonwalks", "moonwalked", "moonwalking", "moonwalker", "moonwalkers"}
#: The same in an article's sentence.
_MOON = re.compile(r"\b(?:moon|lunar|moonwalk\w*)\b", re.IGNORECASE)


def on_the_moon(store: Store, parsed: Parsed, reply: Reply, vocabulary: Vocabulary) -> Reply:
    """The reply without the spacewalk partners whose link no sentence about the Moon states,
    when the question asks about a walk on the Moon."""
    prop = vocabulary.properties.get("spacewalkPartner")
    if prop is None or not reply.items or not {t.lower for t in parsed.tokens} & _MOON_WORDS:
        return reply
    partner = set(prop.family)

    def walked(triple: Triple) -> bool:
        return triple.predicate.value in partner

    def on_moon(triple: Triple) -> bool:
        bindings = {"s": triple.subject, "p": triple.predicate, "o": triple.object}
        rows = store.select(query_text("stated_in"), bindings)  # type: ignore[arg-type]
        return any(_MOON.search(r["text"].value) for r in rows)

    kept = [i for i in reply.items if not any(walked(t) for t in i.support)
            or any(on_moon(t) for t in i.support if walked(t))]
    if len(kept) == len(reply.items):
        return reply
    dropped = ", ".join(i.label for i in reply.items if i not in kept)
    return replace(reply, items=kept, also=[*reply.also, *(i for i in reply.items if i not in kept)],
                   note=reply.note if kept else f"The articles give {dropped} as a spacewalk partner, but not on "
                                                f"the Moon.")
