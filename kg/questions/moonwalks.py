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

#: Words that place a walk on the Moon, in a question or an article's sentence.
_MOON = re.compile(r"\b(?:moon|lunar|moonwalk\w*)\b", re.IGNORECASE)


def on_the_moon(store: Store, parsed: Parsed, reply: Reply, vocabulary: Vocabulary) -> Reply:
    """The reply without the spacewalk partners whose link no sentence about the Moon states,
    when the question asks about a walk on the Moon."""
    prop = vocabulary.properties.get("spacewalkPartner")
    if prop is None or not reply.items or not _MOON.search(parsed.text):
        return reply
    partner = set(prop.family)

    def on_moon(triple: Triple) -> bool:
        """Does a sentence that states the link speak of the Moon?"""
        bindings = {"s": triple.subject, "p": triple.predicate, "o": triple.object}
        rows = store.select(query_text("stated_in"), bindings)  # type: ignore[arg-type]
        return any(_MOON.search(r["text"].value) for r in rows)

    kept = [i for i in reply.items
            if not (walks := [t for t in i.support if t.predicate.value in partner]) or any(map(on_moon, walks))]
    if len(kept) == len(reply.items):
        return reply
    dropped = ", ".join(i.label for i in reply.items if i not in kept)
    return replace(reply, items=kept, also=[*reply.also, *(i for i in reply.items if i not in kept)],
                   note=reply.note if kept else f"The articles give {dropped} as a spacewalk partner, but not on "
                                                f"the Moon.")
