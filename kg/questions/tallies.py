"""A count the articles do not state is no answer: the people, flights or things the graph
happens to link are those some article names, not all there were ("How many US astronauts
served on Mir?" of an article that names two of seven). A tally of them, even shown as a lower
bound, answers a question that asks for an exact number with a number of another kind, so a
count is answered only from a stated figure ("a crew of six", "his third spaceflight", "four
spacewalks") or over a scope the graph itself defines ("How many articles are in the graph?").
Otherwise there is no answer, the message says so and lists what the articles name; those
named are shown beside it (``also``), never as answers, and no later plan answers instead (the
crew's stated size is no answer to how many flew with one of them).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.questions.templates import Item, Reply
from kg.questions.wording import UNSAID, joined


def unstated(items: Sequence[Item], unsaid: str, what: str = "") -> Reply:
    """No answer to "how many ``unsaid``", listing the ``items`` the articles name (``what``
    they are, when the clause does not say it): "The articles do not say how many flew; they
    name 2: Ann Lee and Bo Park."

    >>> unstated([Item("Ann Lee", "Ann Lee"), Item("Bo Park", "Bo Park")], "flew").note
    'The articles do not say how many flew; they name 2: Ann Lee and Bo Park.'
    """
    if not items:
        return Reply([])
    kind = f" ({what})" if what else ""
    names = joined([i.label for i in items])
    return Reply([], also=list(items), final=True,
                 note=f"{UNSAID} how many {unsaid}; they name {len(items)}{kind}: {names}.")
