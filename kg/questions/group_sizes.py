"""A group's size as the articles state it (a flight's crew, an agency's class of a year), read
against the people they name in it: one reading for every count of a group, so that each refuses
alike. Sizes that disagree, a size given only as planned when what happened is asked, or a size
the people named outnumber, are no answer, and the note says why rather than guess between them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pyoxigraph import Triple

from kg.questions.templates import Item, Reply


@dataclass(frozen=True)
class Stated:
    """One stated size of a group: the number, its triple, and whether it is a plan."""

    n: int
    triple: Triple
    planned: bool


@dataclass(frozen=True)
class Group:
    """A group whose size is asked, in the words the notes name it with."""

    noun: str  # "crew", "class"
    whose: str  # what the size is of, after the noun and its number: "for Crew-9", "for NSA in 2021"
    whole: str  # the group by name: "the Crew-9 crew", "NSA's class of 2021"
    among: str  # where the people named are: "on it", "in it"
    final: bool = False  # a refusal ends the question: no later plan may count the group either


def stated_size(named: Sequence[Item], sizes: Sequence[Stated], group: Group, future: bool = False) -> Reply | None:
    """The answer to how many are in ``group`` from its stated ``sizes``, given the people the
    articles ``named`` in it; None when no size decides it (none is reported, and no one plan
    is when the future is asked).

    >>> from pyoxigraph import Literal, NamedNode
    >>> size = Stated(4, Triple(NamedNode("http://x/Kestra-3"), NamedNode("http://x/crewSize"), Literal("4")), False)
    >>> crew = Group("crew", "for Kestra-3", "the Kestra-3 crew", "on it")
    >>> stated_size([Item("Ann Lee", "Ann Lee")], [size], crew).note
    'The articles state a crew of 4 for Kestra-3. They name 1 of them: Ann Lee.'
    """
    reported = [s for s in sizes if not s.planned]
    plans = [s for s in sizes if s.planned]
    if len(reported) > 1:
        told = " and ".join(str(s.n) for s in reported)
        return Reply([], also=list(named), final=group.final,
                     note=f"The articles state different sizes of {group.whole}: {told}.")
    if not reported and (len(plans) != 1 or not future):
        return None
    size = reported[0] if reported else plans[0]
    stated = f"a {group.noun} of {size.n} {group.whose}"
    listed = "; ".join(i.label for i in named)
    if len(named) > size.n:
        return Reply([], also=list(named), final=group.final,
                     note=f"The articles state {stated}, but name {len(named)} people {group.among} ({listed}); "
                          "they do not tell which is right.")
    item = Item(str(size.n), size.n, kind="count", planned=size.planned, support=(size.triple,))
    told = f" They name {len(named)} of them: {listed}." if named else ""
    plan = " as planned" if size.planned else ""
    return Reply([item], also=list(named), note=f"The articles state {stated}{plan}.{told}")
