""""Who are the new ESA astronauts?", "Who is in NASA's newest astronaut class?": the people of
the latest selection by the named agency that the articles report.

The latest is the year of selection the articles give (a year, or a date's year); people
whose selection has no year belong to it only when an article that dates it names them too
(a class list below a dated announcement). When no one's selection has a year, the people
selected are one selection only if one article names them all; people of several undated
articles may be several classes, and the answer says it cannot tell which is the newest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pyoxigraph import NamedNode, Triple

from kg.questions.match import Parsed
from kg.questions.readers import iris_of, node, types_of
from kg.questions.tallies import unstated
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.store.sparql import Rows

#: words that ask for the latest selection
NEW_WORDS = {"new", "newest", "latest"}
#: words of the group a selection makes
GROUPS = {"class", "group", "corps", "intake"}
#: ... and of the people it selects
_SELECTED = {"astronaut", "cosmonaut", "taikonaut", "recruit", "candidate", *GROUPS}


def group_asked(parsed: Parsed) -> bool:
    """Does the question ask for a selection's group or its people ("Who is in NASA's newest
    class?", "the newest astronauts"), not one person ("NASA's newest astronaut")?"""
    return any(t.lemma.lower() in GROUPS or t.lemma.lower() in _SELECTED and t.lower != t.lemma.lower()
               for t in parsed.tokens)  # a plural ("recruits", which the model may take for a verb)


@template("newest", priority=57)
def newest(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The people of the named agency's latest selection (see the module)."""
    lemmas = {t.lemma.lower() for t in parsed.tokens} | {t.lower for t in parsed.tokens}
    if parsed.wh not in ("who", "which", "how many") or not lemmas & NEW_WORDS or not lemmas & _SELECTED:
        return
    if len(parsed.mentions) != 1 or parsed.years:
        return  # a year asked is the in-year template's
    voc = ctx.vocabulary
    mention = parsed.mentions[0]
    if not types_of(ctx, mention.best.iri) & voc.family("Organization") or "selectedBy" not in voc.properties:
        return
    dates = [i for name in ("selectionYear", "selectionDate") if name in voc.properties
             for i in iris_of(voc.properties[name])]
    agency = mention.best.label
    yield Plan("newest", "newest", {"topic": node(mention.best.iri), "p": iris_of(voc.properties["selectedBy"]),
                                    "d": dates},
               read_newest(agency, counting=parsed.wh == "how many"), ((mention, mention.best),),
               empty=f"The articles name nobody {agency} selected.", final=True)


def read_newest(agency: str, *, counting: bool) -> Reader:
    """The people of the latest selection: the latest year given, with the undated people of
    the articles that give it; else the undated people of one article."""

    def read(rows: Rows) -> Reply:
        people: dict[str, tuple[str, Triple]] = {}
        articles: dict[str, set[str]] = {}
        years: dict[str, int] = {}
        for row in rows:
            x = row["x"]
            assert isinstance(x, NamedNode)
            people.setdefault(x.value, (row["label"].value if "label" in row else x.value,
                                        Triple(row["s"], row["p"], row["o"])))  # type: ignore[arg-type]
            articles.setdefault(x.value, set()).add(row["g"].value)
            year = re.match(r"\d{4}", row["value"].value) if "value" in row else None
            if year:
                years[x.value] = max(years.get(x.value, 0), int(year.group()))
        if not people:
            return Reply([])
        if years:
            latest = max(years.values())
            told = {a for x, y in years.items() if y == latest for a in articles[x]}
            chosen = [x for x in people if years.get(x) == latest or x not in years and articles[x] & told]
            what = f"selected by {agency} in {latest}, the latest selection the articles date"
        else:
            told = set.intersection(*articles.values())
            if not told:
                return Reply([], note=f"The articles name people {agency} selected but give no years, so they "
                                      "cannot tell which selection is the newest.")
            chosen = list(people)
            what = f"selected by {agency}, the one selection the articles report"
        items = [Item(people[x][0], people[x][0], x, support=(people[x][1],)) for x in chosen]
        if counting:
            return unstated(items, f"{agency} selected then", f"people {what}")
        return Reply(items, note=f"These are the people {what}.")

    return read
