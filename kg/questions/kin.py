"""Spouses asked with the time of the marriage: "Who is X's ex-wife?", "X's former husband",
"Who is X's widow?", "Who was X's late husband?".

The ontology has one spouse relation; an article that states a marriage as over ("his
ex-wife, A") gives it the modality akg:Former. So an ex-spouse is a spouse every article gives
as former, never a current one; and a widow is the spouse of someone the articles say has
died (a death date or place), a late husband a spouse who has died. When the graph does not
say so, no answer, with what it does say: a current spouse is not an ex-spouse.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pyoxigraph import NamedNode, Triple

from kg.questions.linking import Candidate, Mention
from kg.questions.match import Parsed
from kg.questions.readers import iris_of, node, people_named
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.store.sparql import Rows, Term

#: Properties with one value at a time, not for life: another value at another time excludes
#: nothing ("Was X married to Y?" of a man whose current wife is Z).
AT_A_TIME = frozenset({"spouse"})
#: Words before "wife" or "husband" that ask for a marriage that is over ("ex-wife", "former husband").
_ENDED = {"ex", "former", "divorced", "estranged"}
#: Words for the spouse of one who died ("X's widow": X died).
_WIDOWED = {"widow", "widower", "widows", "widowers"}
#: Words before "wife" or "husband" for a spouse who died ("X's late husband").
_LATE = {"late"}
#: The nouns of a spouse those words qualify.
_SPOUSES = {"wife", "husband", "spouse", "wives", "husbands", "spouses"}


def asks_kin(parsed: Parsed, ctx: Context) -> str | None:
    """Which spouse the question asks for: "ended", "widowed" (of one who died), "late" (who
    died); None for any other question (a plain "wife" is the fact template's)."""
    if "spouse" not in ctx.vocabulary.properties or parsed.provenance:
        return None
    words = [t.lower for t in parsed.tokens]
    for at, word in enumerate(words):
        parts = word.split("-")
        if parts[-1] in _WIDOWED:
            return "widowed"
        if parts[-1] in _SPOUSES:
            before = {*parts[:-1], *(w for w in words[max(0, at - 2):at])}
            if before & _ENDED:
                return "ended"
            if before & _LATE:
                return "late"
    return None


@template("kin", priority=24)
def kin(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The spouse of the time asked, or whether one person is it of another (see the module)."""
    asked = asks_kin(parsed, ctx)
    named = people_named(parsed, ctx)
    checking = parsed.wh == "yesno" and len(named) == 2
    if asked is None or not (checking or len(named) == 1 and parsed.wh in ("who", "whom", "what", "which")):
        return
    mention, other = named[0], None
    if checking:  # "Is A B's widow?", "Is B's widow A?": the one with "'s" is whose spouse is asked
        owner = next((m for m in named if _owns(parsed, m)), named[-1])
        mention, other = owner, next(m for m in named if m is not owner)
    bound: dict[str, Term | Sequence[Term]] = {"topic": node(mention.best.iri),
                                                "p": iris_of(ctx.vocabulary.properties["spouse"])}
    used = tuple((m, m.best) for m in named)
    yield Plan("kin", "partners", bound, read_kin(mention.best, asked, other.best if other else None), used,
               empty=f"The articles name no spouse of {mention.best.label}.", final=True,
               parts=(("partners_back", bound),))


def _owns(parsed: Parsed, mention: Mention) -> bool:
    """Is the name followed by a possessive ("B's")?"""
    after = parsed.tokens[mention.end].lower if mention.end < len(parsed.tokens) else ""
    return after in ("'s", "'", "’s") or parsed.tokens[mention.end - 1].dep == "poss"


def read_kin(topic: Candidate, asked: str, other: Candidate | None = None) -> Reader:
    """The spouses that fit ``asked`` (with ``other``, "yes" when it is one of them); else no
    answer, saying which spouses the articles give."""

    def read(rows: Rows) -> Reply:
        modes: dict[str, set[str]] = {}  # spouse -> modalities its articles state ("" reported)
        facts: dict[str, Triple] = {}
        labels: dict[str, str] = {}
        gone: set[str] = set()
        widowed = False
        for row in rows:
            x = row["x"].value
            said = row["modality"].value if "modality" in row else ""
            modes.setdefault(x, set()).add(said.rsplit("#", 1)[-1])
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, NamedNode)
            facts.setdefault(x, Triple(s, p, o))
            labels[x] = row["label"].value if "label" in row else x.rsplit("/", 1)[-1]
            if "gone" in row:
                gone.add(x)
            widowed = widowed or "widowed" in row
        ended = {x for x, said in modes.items() if said == {"Former"}}
        if asked == "ended":
            fit = sorted(ended)
        elif asked == "widowed":
            fit = sorted(x for x in modes if x not in ended) if widowed else []
        else:
            fit = sorted(x for x in modes if x in gone)
        if other is not None:
            if other.iri in fit:
                return Reply([Item("yes", True, kind="boolean", support=(facts[other.iri],),
                                   former=other.iri in ended)])
            if other.iri not in modes:
                return Reply([], note=f"The articles do not say {other.label} and {topic.label} were married.")
        elif fit:
            return Reply([Item(labels[x], labels[x], x, support=(facts[x],), former=x in ended) for x in fit])
        if not modes:
            return Reply([])
        shown = ", ".join(sorted(labels.values()))
        why = {"ended": "they do not say the marriage ended",
               "widowed": f"they do not say {topic.label} has died",
               "late": "they do not say the spouse has died"}[asked]
        return Reply([], note=f"The articles give {shown} as the spouse of {topic.label}, but {why}.")

    return read
