"""Where someone is from: "Where is X from?", "Where does X come from?", "X's hometown"; where
someone grew up: "Where was X raised?", "Where did X grow up?", the hometown alone (a
birthplace is not where someone grew up).

A hometown the articles state answers it; else the birthplace, and the answer says which it
is. A region or country read beside a town (a birthplace "Marsh Province" beside "Hollin, a
town in the Marsh Province") holds the town, so it is no answer of its own: only the
narrowest places are kept, as of every answer (:mod:`kg.questions.places`). Asked where
someone is from (not for a hometown), a place of no known kind ("grew up in eastern Alberta":
town or region?) is no answer; one the articles put inside another ("from Lebanon, Mo.") is a
town or a region.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.questions.linking import Candidate
from kg.questions.match import Parsed
from kg.questions.readers import iris_of, node, people_named, types_of
from kg.questions.templates import Context, Plan, Reader, Reply, template
from kg.questions.values import entities
from kg.store.sparql import Rows

#: Verbs of "where is X from?" and "where does X come / hail from?".
FROM_VERBS = {"be", "come", "hail"}
#: The relations "where ... from" may be read as ("where" a place is, "from" an employer).
_FROM_WORDED = {"employer", "hometown", "birthPlace", "locatedIn"}


def asks_hometown(parsed: Parsed) -> bool:
    """Does the question name the hometown ("What is X's hometown?", "X's home town")?"""
    lemmas = [t.lemma.lower() for t in parsed.tokens]
    return "hometown" in lemmas or any(a == "home" and b == "town" for a, b in zip(lemmas, lemmas[1:], strict=False))


def asks_origin(parsed: Parsed) -> bool:
    """ "Where is X from?", "Where does X come from?", "What is X's hometown?", "X's hometown?" """
    lemmas = {t.lemma.lower() for t in parsed.tokens}
    if parsed.wh == "where" and "from" in {t.lower for t in parsed.tokens}:
        return bool(lemmas & FROM_VERBS) and all(r.prop.name in _FROM_WORDED for r in parsed.relations)
    return asks_hometown(parsed) and parsed.wh in ("what", "which", "where", None)


#: verbs of growing up, with the particle each needs ("grow up", "brought up"; "raised" alone)
_UPBRINGING = {"grow": "up", "bring": "up", "raise": ""}


def asks_upbringing(parsed: Parsed) -> bool:
    """ "Where was X raised?", "Where did X grow up?", "Where was X brought up?": where the person
    named grew up. Not what someone raised ("Where did X raise money?", "How much did X
    raise?"): "raised" and "brought up" only passive, of the person, with no object."""
    if parsed.wh != "where":
        return False
    tokens = parsed.tokens
    for verb in (t for t in tokens if t.pos == "VERB" and t.lemma.lower() in _UPBRINGING):
        kids = [c for c in tokens if c.head == verb.i and c.i != verb.i]
        particle = _UPBRINGING[verb.lemma.lower()]
        if any(c.dep in ("dobj", "obj") for c in kids) \
                or particle and not any(c.dep == "prt" and c.lower == particle for c in kids):
            continue
        if verb.lemma.lower() == "grow" or any(c.dep == "auxpass" for c in kids):
            return True
    return False


@template("origin", priority=57)
def origin(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """A person's hometown, else birthplace; where someone grew up, the hometown (see the module)."""
    voc = ctx.vocabulary
    named = people_named(parsed, ctx)
    upbringing = asks_upbringing(parsed)
    if parsed.provenance or len(parsed.mentions) != 1 or len(named) != 1 or not (upbringing or asks_origin(parsed)):
        return
    if "hometown" not in voc.properties or "birthPlace" not in voc.properties:
        return
    mention = named[0]
    props = [*iris_of(voc.properties["hometown"]), *([] if upbringing else iris_of(voc.properties["birthPlace"]))]
    yield Plan("origin", "origin", {"topic": node(mention.best.iri), "p": props},
               read_origin(ctx, mention.best, known_kind=not (upbringing or asks_hometown(parsed))),
               ((mention, mention.best),), final=True,
               empty=f"The articles do not say where {mention.best.label} grew up." if upbringing else
               f"The articles give neither a hometown nor a birthplace of {mention.best.label}.")


def read_origin(ctx: Context, topic: Candidate, *, known_kind: bool) -> Reader:
    """The hometowns, else the birthplaces (the narrowest of them are kept as of every answer,
    see :mod:`kg.questions.places`); with ``known_kind`` only places whose kind the graph gives
    or that it puts inside another place."""
    kinds = ctx.vocabulary.family("Country", "State", "City")
    home = set(ctx.vocabulary.properties["hometown"].family)

    def read(rows: Rows) -> Reply:
        known = [r for r in rows if not known_kind or "within" in r or types_of(ctx, r["o"].value) & kinds]
        vague = [r["label"].value for r in rows if "label" in r and r not in known]
        towns = Rows(rows.variables, [r for r in known if r["p"].value in home])
        births = Rows(rows.variables, [r for r in known if r["p"].value not in home])
        if not known and vague:
            return Reply([], note=f"The articles give {', '.join(sorted(set(vague)))} for {topic.label}, a place "
                                  "they do not say is a town or a region.")
        if towns.rows:
            return Reply(entities(towns, "o", kind="place"), note=f"The articles give {topic.label}'s hometown.")
        found = entities(births, "o", kind="place")
        if not found:
            return Reply([])
        return Reply(found, note=f"The articles give no hometown of {topic.label}: this is where "
                                 f"{topic.label} was born.")

    return read
