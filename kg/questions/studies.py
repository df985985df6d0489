"""Fields of study. "What did X study?" ("What did X major in?") asks for the fields of X's
degrees (akg:field of each akg:Education), never a school. A field the question names: "Where
did X study geology?" asks where X studied that field; a school the articles give for X answers
"Where did X study?", not the narrower question, unless its own name says the field ("the
School of Geology")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pyoxigraph import NamedNode, Triple

from kg.questions.degrees import asked_kind
from kg.questions.linking import Candidate
from kg.questions.match import Parsed
from kg.questions.readers import iris_of, node, people_named
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.questions.text import Token
from kg.store.sparql import Rows

#: verbs whose object is a field of study
_STUDY = {"study", "major"}
#: nouns of a degree whose "in" tells its field ("a degree in physics", "her doctorate in medicine")
_DEGREE_NOUNS = {"degree", "degrees", "diploma", "doctorate", "phd", "master's", "bachelor's", "masters", "bachelors"}
#: words that ask for a school
_SCHOOL_WORDS = {"university", "college", "school", "institute", "academy", "institution"}


def field_unstated(parsed: Parsed, items: Sequence[Item], template: str = "") -> str | None:
    """Why schools found for the question's person do not answer it (None: they may)."""
    field = _field(parsed, degrees=False)  # "her doctorate in medicine": the degree template checks its kind
    if not items or field is None or template == "field-school" or any(field.lower() in i.label.lower()
                                                                         for i in items):
        return None
    names = ", ".join(i.label for i in items[:5])
    return f"The articles give {names} as where they studied, but not where they studied {field}."


def _field(parsed: Parsed, *, degrees: bool = True) -> str | None:
    """The words right after the verb of study ("study geology", "major in aerospace
    engineering") or a degree's "in" ("her degrees in aerospace engineering"), read by position:
    the small parser often takes "study X" for a noun compound."""
    tokens = parsed.tokens
    verb = _study_verb(parsed) or next((t for t in tokens[:-1] if degrees and t.lower in _DEGREE_NOUNS
                                        and tokens[t.i + 1].lower == "in"), None)
    if verb is None:
        return None
    words = tokens[verb.i + 1:]
    if words and words[0].lower == "in":
        words = words[1:]
    field = []
    for t in words:
        if t.pos not in ("NOUN", "ADJ"):
            break
        field.append(t)
    while field and field[-1].pos != "NOUN":  # "study hard": no field
        field.pop()
    return " ".join(t.text for t in field) or None


def _study_verb(parsed: Parsed) -> Token | None:
    """The question's verb of study ("study", "major"; "studied" and "majored" too, which the
    small model does not always lemmatise)."""
    return next((t for t in parsed.tokens if t.lemma in _STUDY or t.lower in ("studied", "majored")), None)


@template("field", priority=53)
def field_studied(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "What did X study?": the fields the articles give for X's degrees (see the module)."""
    voc = ctx.vocabulary
    named = people_named(parsed, ctx)
    tokens = parsed.tokens
    verb = _study_verb(parsed)
    if (parsed.wh != "what" or verb is None or len(named) != 1 or len(parsed.mentions) != 1
            or _field(parsed, degrees=False) or "education" not in voc.properties
            or any(t.tag == "IN" and t.lower != "in" for t in tokens[verb.i:])):
        return  # "What did X study at?" asks for the school
    mention = named[0]
    yield Plan("field", "degrees", {"topic": node(mention.best.iri), "p": iris_of(voc.properties["education"])},
               read_fields(mention.best), ((mention, mention.best),),
               empty=f"The articles give no subject of study of {mention.best.label}.", final=True)


def read_fields(topic: Candidate) -> Reader:
    """The fields of ``topic``'s degrees, each with the education that gives it."""

    def read(rows: Rows) -> Reply:
        found: dict[str, Item] = {}
        for row in rows:
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, NamedNode)
            if "field" in row:
                field = row["field"].value
                found.setdefault(field, Item(field, field, kind="value", support=(Triple(s, p, o),)))
        if found:
            return Reply(sorted(found.values(), key=lambda i: str(i.value)))
        return Reply([], note=f"The articles give no subject of study of {topic.label}.")

    return read


@template("field-school", priority=52)
def field_school(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Where did X study geology?", "Which university awarded X her degrees in aerospace
    engineering?": the schools of X's degrees of that field; a school of another field, or of
    none stated, is no answer."""
    voc = ctx.vocabulary
    named = people_named(parsed, ctx)
    field = _field(parsed)
    asks_school = parsed.wh == "where" or parsed.wh in ("which", "what") and any(
        t.lemma in _SCHOOL_WORDS for t in parsed.tokens)
    if field is None or not asks_school or len(named) != 1 or asked_kind(parsed) is not None \
            or parsed.provenance or "education" not in voc.properties:
        return  # a doctorate's school: the degree template
    mention = named[0]
    yield Plan("field-school", "degrees",
               {"topic": node(mention.best.iri), "p": iris_of(voc.properties["education"])},
               read_field_schools(mention.best, field), ((mention, mention.best),), final=True,
               empty=f"The articles give no degree of {mention.best.label} in {field}.")


def read_field_schools(topic: Candidate, field: str) -> Reader:
    """The schools of ``topic``'s degrees whose field is ``field``, or narrower: asked about
    "engineering", a degree in aerospace engineering answers; asked about aerospace engineering,
    a degree in engineering does not say it."""
    asked = field.lower().split()

    def read(rows: Rows) -> Reply:
        found: dict[str, Item] = {}
        for row in rows:
            if "field" not in row or "school" not in row:
                continue
            stated = str(row["field"].value).lower().split()
            if stated[-len(asked):] != asked:
                continue
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, NamedNode)
            school = row["school"].value
            found.setdefault(school, Item(row["label"].value, row["label"].value, school,
                                          support=(Triple(s, p, o),)))
        if found:
            return Reply(sorted(found.values(), key=lambda i: i.label))
        return Reply([], note=f"The articles give no degree of {topic.label} in {field}.")

    return read
