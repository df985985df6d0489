"""Who holds a title at an organisation: "Who is the head of X?", "Who heads X?", "Who is X's
director?", "Who was the administrator of X?". Of the people the articles say X employs, those
whose job title is the one asked (a verb "heads", "leads", "runs" asks for whoever leads it:
a head, director, chief, administrator, president or CEO). Employment alone says nothing of
rank, so a question naming a title is never answered with every employee."""

from __future__ import annotations

from collections.abc import Iterator

from kg.questions.match import Parsed
from kg.questions.readers import node, types_of
from kg.questions.templates import Context, Plan, Reader, Reply, template
from kg.questions.tenure import Tenure, holders_at, tenure_asked
from kg.questions.values import entities
from kg.store.sparql import Rows

#: titles a question may name, as their lower-case words
_TITLES = {"head", "director", "administrator", "chief", "president", "ceo", "chairman", "chairwoman", "chair",
           "commandant", "leader", "boss", "spokesperson", "spokesman", "spokeswoman"}
#: the titles that name an office only: "head", "chief", "leader" and "boss" also name a crew's
OFFICES = _TITLES - {"head", "chief", "leader", "boss"}
#: verbs of leading an organisation, and the titles of who does
LEAD_VERBS = {"head", "lead", "run"}
_LEADERS = {"head", "director", "administrator", "chief", "president", "ceo", "chairman", "chairwoman", "chair",
            "leader", "director general", "director-general"}


#: words that make a title another office than the one it qualifies: "Associate Administrator" and
#: "acting administrator" are not "the administrator", nor is a "flight director" the director
OFFICE_WORDS = {"associate", "deputy", "assistant", "vice", "acting", "interim", "former", "flight"}


def office_words(parsed: Parsed) -> frozenset[str]:
    """The words of :data:`OFFICE_WORDS` that qualify a title the question asks for ("Who was
    acting NASA administrator?": "acting")."""
    tokens = parsed.tokens
    return frozenset(t.lower for t in tokens if t.lower in OFFICE_WORDS and tokens[t.head].lower in _TITLES)


def title_asked(parsed: Parsed) -> tuple[set[str], bool]:
    """The titles a question asks for, and whether a job title must be one of them whole: the
    one it names, as a word of the title ("the director of X": "Director General" too), or a
    leader's whole title for a verb of leading ("Who heads X?": not a flight director)."""
    named = {t.lower for t in parsed.tokens if t.lower in _TITLES and t.pos in ("NOUN", "PROPN")}
    if named:
        return named, False
    if any(t.lemma in LEAD_VERBS and t.pos == "VERB" for t in parsed.tokens):
        return set(_LEADERS), True
    return set(), False


@template("titled_staff", priority=61)
def titled_staff(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The people an organisation employs under the title asked (see the module)."""
    organisations = ctx.vocabulary.family("Organization")
    named = [m for m in parsed.mentions if types_of(ctx, m.best.iri) & organisations]
    titles, whole = title_asked(parsed)
    if parsed.provenance or parsed.wh != "who" or not titles or len(named) != 1 or len(parsed.mentions) != 1:
        return
    mention = named[0]
    tenure = tenure_asked(parsed)
    said = ("head" if whole else sorted(titles)[0], mention.best.label) if tenure is not None else None
    yield Plan("titled_staff", "titled_staff", {"topic": node(mention.best.iri)},
               read_titled(titles, whole, tenure, said, office_words(parsed)),
               ((mention, mention.best),), empty=f"The articles name no {sorted(titles)[0]} of {mention.best.label}.")


def read_titled(titles: set[str], whole: bool, tenure: Tenure | None = None,
                said: tuple[str, str] | None = None, office: frozenset[str] = frozenset()) -> Reader:
    """The people whose job title is one of ``titles`` (``whole``), or holds one as a word
    ("Senior Director"), with the words of another office (:data:`OFFICE_WORDS`) the question
    gives (``office``) and no others; with a ``tenure``, those who held it at the time asked
    (:mod:`kg.questions.tenure`; ``said``: the title and the organisation, as a message says them)."""

    def fits(title: str) -> bool:
        title = title.lower()
        words = set(title.replace("-", " ").split())
        return (title in titles or not whole and bool(titles & words)) and words & OFFICE_WORDS == office

    def read(rows: Rows) -> Reply:
        kept = Rows(rows.variables, [r for r in rows if fits(r["title"].value)])
        found = entities(kept, "s", kind="entity")
        if tenure is None or said is None:
            return Reply(found)
        stated: dict[str, set[str]] = {}
        for r in kept:
            if "stated" in r:
                stated.setdefault(r["s"].value, set()).add(r["stated"].value[:10])
        return holders_at(found, stated, tenure, *said)

    return read
