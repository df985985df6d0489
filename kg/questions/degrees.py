"""Where someone earned the degree a question names: "Where did X earn his master's degree?",
"Which university gave X her PhD?", "Where did X get a bachelor's?". Of the schools the
articles give with a degree, the ones of that degree's level; the alma mater alone (every
school, whatever was earned there) would answer a master's with the bachelor's school too.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.questions.match import Parsed
from kg.questions.readers import node, types_of
from kg.questions.templates import Context, Plan, Reader, Reply, template
from kg.questions.values import entities
from kg.store.sparql import Rows

#: words of a question that name a degree, and its level
_ASKED = {"master": "master", "masters": "master", "ms": "master", "m.s.": "master", "msc": "master",
          "m.a.": "master", "mba": "master", "bachelor": "bachelor", "bachelors": "bachelor", "bs": "bachelor",
          "b.s.": "bachelor", "bsc": "bachelor", "b.a.": "bachelor", "undergraduate": "bachelor",
          "phd": "doctorate", "ph.d.": "doctorate", "ph.d": "doctorate", "doctorate": "doctorate",
          "doctoral": "doctorate", "sc.d.": "doctorate"}


#: nouns of a school a "which" question may ask for ("Which university gave X her PhD?")
_SCHOOLS = {"university", "school", "college", "institution", "institute", "academy"}


def level_asked(parsed: Parsed) -> str | None:
    """The degree level a question names ("his master's degree": master), if any."""
    for t in parsed.tokens:
        word = t.lower.removesuffix("'s").removesuffix("’s")
        if word in _ASKED:
            return _ASKED[word]
    return None


def level_of(degree: str) -> str | None:
    """The level of a degree as the articles write it: "M.S." a master, "Ph.D." a doctorate."""
    plain = degree.replace(".", "").replace(" ", "").lower()
    if plain.startswith(("phd", "scd", "doctor", "dphil", "md")):
        return "doctorate"
    if plain.startswith(("m", "master")):
        return "master"
    if plain.startswith(("b", "bachelor")):
        return "bachelor"
    return None


@template("degree_school", priority=56)
def degree_school(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The school of the degree asked about (see the module)."""
    people = ctx.vocabulary.family("Person")
    named = [m for m in parsed.mentions if types_of(ctx, m.best.iri) & people]
    level = level_asked(parsed)
    schools = {t.lemma.lower() for t in parsed.tokens} & _SCHOOLS
    if parsed.provenance or level is None or len(named) != 1 or len(parsed.mentions) != 1 \
            or not (parsed.wh == "where" or parsed.wh in ("which", "what") and schools):
        return
    mention = named[0]
    yield Plan("degree_school", "degree_school", {"topic": node(mention.best.iri)}, read_school(level),
               ((mention, mention.best),), empty=f"The articles give no school of {mention.best.label}'s {level}'s "
                                                  "degree.".replace("doctorate's degree", "doctorate"))


def read_school(level: str) -> Reader:
    """The schools whose degree is of ``level``."""

    def read(rows: Rows) -> Reply:
        kept = Rows(rows.variables, [r for r in rows if level_of(r["degree"].value) == level])
        return Reply(entities(kept, "o", kind="entity"))

    return read
