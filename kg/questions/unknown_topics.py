"""A question whose topic is a name the graph does not know: "Who commanded VMS Eve on Galactic
6?" asks about VMS Eve (the verb's object), and Galactic 6 only says when; the commander of
Galactic 6 answers another question. A name the graph does not know that the question's verb
acts on (its subject or object) is the question's topic, so answers about the other names are
refused. An unknown name in a phrase of its own ("on Soyuz TMA-9", "with X") only restricts.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.questions.match import Parsed
from kg.questions.templates import Item, Plan

#: the roles of a word the question's verb acts on, or that the question asks to identify
_TOPIC = {"dobj", "nsubj", "nsubjpass"}
#: question words that make a noun the kind of thing asked for ("which Dane")
_ASKED = {"which", "what", "whose"}


def unknown_topic(parsed: Parsed, plan: Plan, items: Sequence[Item]) -> str | None:
    """Why answers about the question's known names do not answer it (None: they may)."""
    if not items or not parsed.unknown_names or not plan.used:
        return None
    unknown = {w for name in parsed.unknown_names for w in name.split()}
    tokens = parsed.tokens
    for t in tokens:
        if t.text not in unknown or t.dep not in _TOPIC or tokens[t.head].pos not in ("VERB", "AUX"):
            continue
        if any(w.head == t.i and w.lower in _ASKED for w in tokens):
            continue  # "Which Dane flew with X?": the noun asked for, a kind of answer, not a topic
        name = next(n for n in parsed.unknown_names if t.text in n.split())
        known = ", ".join(c.label for _, c in plan.used)
        return (f"The question asks about {name}, which the graph does not know; what the articles say of "
                f"{known} answers another question.")
    return None
