"""Where or when someone earned one kind of degree: "Where did X earn her doctorate?", "Which
university gave X his PhD?", "Where did X get her medical degree?", "When did X earn a
master's?".

The articles' degrees are akg:Education nodes (akg:education): the degree as written, the
school and the year. Only a degree of the kind asked answers: the school of a degree the
articles name only as "a degree" is no answer to where a doctorate was earned, nor is every
school the person attended (akg:almaMater). Without one of that kind, no answer, saying which
degrees the articles do give.

A degree the articles do not name ("earned a degree") answers no "What degree did X earn?"; a
school below a university (a high school) is no school of a degree; "Which other school ...?"
leaves out the school the question or the conversation names, and with none named has no answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from pyoxigraph import NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.linking import Candidate
from kg.questions.match import Parsed
from kg.questions.readers import iris_of, node, people_named
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.questions.values import show
from kg.questions.wording import joined
from kg.store.sparql import Rows

#: Kinds of degree: the question's words for each, and a pattern the degree as written matches.
KINDS: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    "doctorate": (frozenset({"doctorate", "phd", "ph.d.", "ph.d", "doctoral", "dphil"}),
                  re.compile(r"ph\.?\s?d|doctor(?!\s+of\s+medicine)|doctoral|d\.?\s?phil|sc\.?\s?d\b", re.I)),
    "medical degree": (frozenset({"medical", "md", "m.d."}),
                       re.compile(r"medical|medicine|\bm\.?\s?d\b", re.I)),
    "master's degree": (frozenset({"master", "master's", "masters", "msc", "m.sc.", "mba"}),
                        re.compile(r"master|\bm\.?\s?sc?\b\.?|\bm\.?\s?a\b\.?|\bmba\b", re.I)),
    "bachelor's degree": (frozenset({"bachelor", "bachelor's", "bachelors", "undergraduate", "bsc", "b.sc."}),
                          re.compile(r"bachelor|\bb\.?\s?sc?\b\.?|\bb\.?\s?a\b\.?|undergraduate", re.I)),
}
#: Verbs and nouns of earning a degree; without one of these a kind word is no degree asked
#: ("Who is the medical officer?").
_EARNING = {"earn", "get", "receive", "obtain", "take", "complete", "gain", "award", "give", "degree", "do"}


def asked_kind(parsed: Parsed) -> str | None:
    """The kind of degree the question asks about, if it asks about one."""
    words = [t.lower for t in parsed.tokens]
    lemmas = {t.lemma.lower() for t in parsed.tokens}
    if not lemmas & _EARNING:
        return None
    for kind, (said, _) in KINDS.items():
        if kind == "medical degree" and "medical" in words and "degree" not in words and "school" not in words:
            continue  # "medical" alone: a medical officer, not a degree
        if said & set(words):
            return kind
    return None


@template("degree", priority=54)
def degree(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The school (or year) of the degree of the kind asked (see the module)."""
    voc = ctx.vocabulary
    named = people_named(parsed, ctx)
    kind = asked_kind(parsed)
    if (kind is None or parsed.provenance or len(named) != 1 or "education" not in voc.properties
            or parsed.wh not in ("where", "which", "what", "when")):
        return
    mention = named[0]
    yield Plan("degree", "degrees", {"topic": node(mention.best.iri), "p": iris_of(voc.properties["education"])},
               read_degree(mention.best, kind, when=parsed.wh == "when"), ((mention, mention.best),),
               empty=f"The articles give no degree of {mention.best.label}.", final=True)


#: words that ask for a school ("Which university did X get her degree from?")
_SCHOOL_NOUNS = {"university", "universities", "college", "colleges", "school", "schools", "institution",
                 "institutions"}


def asks_degree_school(parsed: Parsed) -> bool:
    """ "Where did X earn her degree?", "Which universities did X receive his degrees from?":
    the schools of X's degrees of any kind, asked by "where" or by a school noun right after the
    question word, with a verb of earning; a degree of one kind, a year, a school named or a
    word before the noun ("which other university", "which earlier university") is another
    question."""
    lemmas = {t.lemma.lower() for t in parsed.tokens}
    tokens = parsed.tokens
    asks_school = parsed.wh == "where" or parsed.wh in ("which", "what") and any(
        t.lower == parsed.wh and t.i + 1 < len(tokens) and tokens[t.i + 1].lower in _SCHOOL_NOUNS for t in tokens)
    return ("degree" in lemmas and bool(lemmas & (_EARNING - {"degree", "do", "give"})) and asks_school
            and asked_kind(parsed) is None and not parsed.numbers)


@template("degree-schools", priority=54)
def degree_schools(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The schools of someone's degrees, of any kind: those of the degrees the articles give
    with a school, and the schools they say the person graduated from (akg:almaMater)."""
    voc = ctx.vocabulary
    named = people_named(parsed, ctx)
    if (parsed.provenance or len(named) != 1 or len(parsed.mentions) != 1 or not asks_degree_school(parsed)
            or "education" not in voc.properties or "almaMater" not in voc.properties):
        return
    mention = named[0]
    yield Plan("degree-schools", "degree_schools",
               {"topic": node(mention.best.iri), "edu": iris_of(voc.properties["education"]),
                "alma": iris_of(voc.properties["almaMater"])},
               read_schools, ((mention, mention.best),),
               empty=f"The articles give no school {mention.best.label} earned a degree from.", final=True)


def read_schools(rows: Rows) -> Reply:
    """One answer per school, supported by the fact that names it; never a school below a
    university (a high school named as an alma mater): no degree is earned there."""
    found: dict[str, Item] = {}
    below: set[str] = set()
    for row in rows:
        s, p, o = row["s"], row["p"], row["o"]
        assert isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, NamedNode)
        school, label = row["school"].value, row["label"].value
        if a_narrow_school(label):
            below.add(label)
            continue
        found.setdefault(school, Item(label, label, school, support=(Triple(s, p, o),)))
    return Reply(list(found.values()), note=f"The articles give only {', '.join(sorted(below))}, where no degree "
                                            "is earned." if below and not found else None)


#: what an education's value is when the article names no kind of degree ("earned a degree
#: from X"): never an answer to which degree
_NO_KIND = {"degree", "degrees", "a degree", "diploma"}


def named_degrees(reply: Reply) -> Reply:
    """The answers less the degrees the articles do not name: "What degree did X earn?" is not
    answered "degree", and with no other the reply says so."""
    education = str(AKG.education)
    kept = [i for i in reply.items if not (i.label.lower() in _NO_KIND and any(
        t.predicate.value == education for t in i.support))]
    if len(kept) == len(reply.items):
        return reply
    return replace(reply, items=kept) if kept else Reply(
        [], note="The articles say a degree was earned, but not which degree.")


#: words that ask for a school other than one named ("Which other school did X attend?")
_OTHER = {"other", "another"}


def other_schools(parsed: Parsed, reply: Reply, about: Sequence[str]) -> Reply:
    """ "Which other school did X attend (besides Y)?": the schools less those the question names
    beside X and those the conversation is about; when it names none and the conversation is
    about none of them, no answer rather than every school, the one meant to be left out among
    them."""
    tokens = parsed.tokens
    if not reply.items or not any(t.lower in _OTHER and t.i + 1 < len(tokens) and tokens[t.i + 1].lower
                                  in _SCHOOL_NOUNS for t in tokens):
        return reply
    topics = {t.subject.value for i in reply.items for t in i.support if isinstance(t.subject, NamedNode)}
    named = {m.best.iri for m in parsed.mentions} - topics | {i.iri for i in reply.items if i.iri in about}
    if not named:
        return Reply([], note="The question asks for another school than one it does not name; the articles give "
                              f"{joined([i.label for i in reply.items])}.", final=True)
    left = [i for i in reply.items if i.iri not in named]
    return replace(reply, items=left) if left else Reply(
        [], note=f"The articles give no school other than {joined([i.label for i in reply.items])}.", final=True)


#: kinds of school below a university: no degree is earned at one, and only one whose name says
#: so answers a question that names the kind ("Kestow High School")
NARROW_SCHOOLS = {"high school", "secondary school", "middle school", "elementary school", "grammar school"}


def a_narrow_school(label: str) -> bool:
    """Does a school's name say it is a school below a university ("Keio University Senior High
    School", "Harvard-Westlake Middle School")?"""
    low = label.lower()
    return any(kind in low for kind in NARROW_SCHOOLS) or "senior high" in low or "junior high" in low


#: words of schooling: a question with one of them asks about an education
_SCHOOLING = {"graduate", "study", "attend", "school", "university", "college", "academy", "educate", "degree"}


@template("schooling", priority=54)
def schooling(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """An education told by its year or its school, not its kind: "Which university did X
    graduate from in 1976?" is the school of X's degree of that year; "When did X graduate from
    the Air Force Academy?" the year of X's degree from that school. Schools only known as an
    alma mater, with no year, answer neither."""
    voc = ctx.vocabulary
    named = people_named(parsed, ctx)
    if (asked_kind(parsed) is not None or parsed.provenance or len(named) != 1 or "education" not in voc.properties
            or not {t.lemma for t in parsed.tokens} & _SCHOOLING):
        return
    mention = named[0]
    years = set(parsed.years)
    schools = {m.best.iri for m in parsed.mentions if m is not mention}
    if parsed.wh == "when" and len(schools) == 1 and not years:
        reader = read_schooling(mention.best, school=schools.pop())
    elif parsed.wh in ("where", "which", "what") and len(years) == 1 and not schools:
        reader = read_schooling(mention.best, year=years.pop())
    else:
        return
    yield Plan("schooling", "degrees", {"topic": node(mention.best.iri), "p": iris_of(voc.properties["education"])},
               reader, ((mention, mention.best),), empty=f"The articles give no degree of {mention.best.label}.",
               final=True)


def read_schooling(topic: Candidate, *, school: str | None = None, year: int | None = None) -> Reader:
    """The years of ``topic``'s degrees from ``school``, or the schools of those of ``year``."""

    def read(rows: Rows) -> Reply:
        found: dict[str, Item] = {}
        for row in rows:
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, NamedNode)
            if "school" not in row or "year" not in row:
                continue
            support = (Triple(s, p, o),)
            if school is not None and row["school"].value == school:
                label, value, shown = show(row["year"])
                found.setdefault(str(value), Item(label, value, kind=shown, support=support))
            elif year is not None and str(row["year"].value).startswith(str(year)):
                iri = row["school"].value
                found.setdefault(iri, Item(row["label"].value, row["label"].value, iri, support=support))
        if found:
            return Reply(sorted(found.values(), key=lambda i: str(i.value)))
        asked = f"in {year}" if year is not None else "with a year from that school"
        return Reply([], note=f"The articles give no degree of {topic.label} {asked}.")

    return read


def read_degree(topic: Candidate, kind: str, *, when: bool) -> Reader:
    """The schools (or years) of ``topic``'s degrees of ``kind``."""
    pattern = KINDS[kind][1]

    def read(rows: Rows) -> Reply:
        found: dict[str, Item] = {}
        held: list[str] = []
        for row in rows:
            written = row["degree"].value
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, NamedNode)
            where = f" from {row['label'].value}" if "label" in row else ""
            held.append(f"{written}{where}")
            if not pattern.search(written):
                continue
            support = (Triple(s, p, o),)
            if when and "year" in row:
                label, value, shown = show(row["year"])
                found.setdefault(str(value), Item(label, value, kind=shown, support=support))
            elif not when and "school" in row:
                school = row["school"].value
                found.setdefault(school, Item(row["label"].value, row["label"].value, school, support=support))
        if found:
            return Reply(sorted(found.values(), key=lambda i: str(i.value)))
        if not held:
            return Reply([])
        return Reply([], note=f"The articles give {topic.label}'s {', '.join(sorted(set(held)))}, but no {kind} "
                              f"with its {'year' if when else 'school'}.")

    return read
