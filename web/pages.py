"""The data behind the entity and article pages, computed once and shown as HTML, JSON or
RDF (Datasette's habit: one function computes, the format is chosen last)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field

from pyoxigraph import Literal, NamedNode, Triple

from kg.citing import article_name, is_hash_key, openings, sentence_shown
from kg.iris import slug_of_article
from kg.namespaces import AKG, ART, RES
from kg.questions.values import show, with_unit
from kg.questions.vocabulary import Vocabulary
from kg.store import Store
from kg.store.sparql import Rows, Term, query_file

_PLANNED = NamedNode(AKG.Planned)
_FORMER = str(AKG.Former)
_SINGLE = str(AKG.SingleFlight)


def page_query(name: str) -> str:
    """The text of ``web/queries/<name>.rq`` (read once)."""
    return query_file("web", name)


def _rows(store: Store, name: str, bindings: Mapping[str, Term | Sequence[Term]]) -> Rows:
    rows = store.select(page_query(name), bindings)
    return rows


@dataclass
class Cited:
    """A sentence that states a fact."""

    article: str
    title: str | None
    sentence: str


@dataclass
class Value:
    """One value of a relation on an entity page."""

    label: str
    iri: str | None = None
    as_of: str | None = None
    planned: bool = False
    detail: str | None = None  # the record, the previous holder
    former: bool = False  # every article states it as no longer true ("former NASA astronaut")
    sources: list[Cited] = field(default_factory=list)


@dataclass
class Group:
    """The values of one relation, in one direction."""

    relation: str  # read from the entity: "twin of", "commanded"
    property: str
    direction: str  # "out": the entity is the subject; "in": the object
    label: str = ""  # the property's own label, read from subject to object ("commander")
    values: list[Value] = field(default_factory=list)


@dataclass
class EntityPage:
    """Everything the graph says about one entity."""

    iri: str
    label: str
    aliases: list[str]
    types: list[str]
    groups: list[Group]
    articles: list[dict[str, object]]

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def entity_exists(store: Store, iri: str) -> bool:
    """Does the graph say anything about this IRI? (Not, when it is no IRI at all.)"""
    try:
        topic = NamedNode(iri)
    except ValueError:
        return False
    return bool(_rows(store, "exists", {"topic": topic}).rows)


def entity_page(store: Store, words: Vocabulary, iri: str) -> EntityPage:
    """Every fact about the entity grouped by relation, with the sentences that state them."""
    topic = NamedNode(iri)
    names = _rows(store, "entity_names", {"topic": topic})
    label = next((r["label"].value for r in names if "label" in r), iri.rsplit("/", 1)[-1].replace("_", " "))
    aliases = sorted({r["alias"].value for r in names if "alias" in r})
    types = sorted({words.label(r["type"].value) for r in names if "type" in r})
    groups: dict[tuple[str, str], Group] = {}
    values: dict[tuple[str, str, str], Value] = {}
    stated: dict[tuple[str, str, str], set[str]] = {}  # how the articles state each value
    facts = _rows(store, "entity_facts", {"topic": topic}).rows
    in_articles = _rows(store, "entity_articles", {"topic": topic}).rows
    named_by = openings(store, [r["article"].value for r in (*facts, *in_articles) if "article" in r
                                and "title" not in r])
    for row in facts:
        direction, p = row["dir"].value, row["p"].value
        prop = words.by_iri(p)
        if direction == "out":
            relation = prop.label if prop else words.label(p)
        else:
            relation = (prop.label if prop.symmetric else prop.inverse_phrases[0] if prop.inverse_phrases
                        else f"{prop.label} of") if prop else f"{words.label(p)} of"
        edge = prop.label if prop else words.label(p)
        group = groups.setdefault((direction, p), Group(relation, p, direction, edge))
        other = row["other"]
        key = (direction, p, str(other))
        value = values.get(key)
        if value is None:
            value = _value(row)
            values[key] = value
            group.values.append(value)
        if "article" in row:
            stated.setdefault(key, set()).add(row["stated"].value if "stated" in row else "")
        if "article" in row and "text" in row:
            title = _title(row, named_by)
            cited = Cited(slug_of_article(row["article"].value), title, sentence_shown(row["text"].value, title))
            if all(c.article != cited.article for c in value.sources):  # one sentence per article
                value.sources.append(cited)
    for key, modes in stated.items():
        values[key].former = modes == {_FORMER}
    ordered = sorted(groups.values(), key=lambda g: (g.direction != "out", g.relation))
    for group in ordered:
        group.values.sort(key=lambda v: (v.planned, v.former, "" if v.as_of is None else _later_first(v.as_of),
                                         v.label))
    articles: list[dict[str, object]] = [{"article": slug_of_article(r["article"].value), "iri": r["article"].value,
                 "title": _title(r, named_by),
                 "published": r["published"].value if "published" in r else None,
                 "mentions": int(r["mentions"].value)} for r in in_articles]
    return EntityPage(iri, label, aliases, types, ordered, articles)


def _value(row: Mapping[str, Term]) -> Value:
    other = row["other"]
    planned = row.get("modality") == _PLANNED
    as_of = row["asOf"].value if "asOf" in row else None
    if "value" in row:
        shown, number, _ = show(row["value"])
        text = with_unit(shown, number, row["unit"].value if "unit" in row else None)
        if "scope" in row and row["scope"].value == _SINGLE:
            text += " (single flight)"
        details = [x for x in (row["recordLabel"].value if "recordLabel" in row else None,
                               f"previously {row['previousLabel'].value}" if "previousLabel" in row else None) if x]
        return Value(text, None, as_of, planned, "; ".join(details) or None)
    if isinstance(other, NamedNode):
        label = row["label"].value if "label" in row else other.value.rsplit("/", 1)[-1].replace("_", " ")
        return Value(label, other.value, as_of, planned)
    if isinstance(other, Literal):
        return Value(show(other)[0], None, as_of, planned)
    return Value(str(other), None, as_of, planned)


def _later_first(text: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


def entity_triples(store: Store, iri: str) -> list[Triple]:
    """The entity's own triples, its qualified values and the triples that point at it."""
    triples = store.query(page_query("entity_rdf"), {"topic": NamedNode(iri)})
    assert isinstance(triples, list)
    return triples


# ---------------------------------------------------------------------------- articles


@dataclass
class ArticleFact:
    """One fact an article states."""

    subject: str
    subject_iri: str
    relation: str
    value: str
    value_iri: str | None
    sentence: str
    planned: bool = False
    as_of: str | None = None
    confidence: float | None = None
    extractor: str | None = None


@dataclass
class ArticlePage:
    """An article, where it names entities, and the facts taken from it."""

    id: str
    iri: str
    title: str | None
    url: str | None
    published: str | None
    source_id: str | None
    text: str
    mentions: list[dict[str, object]]
    facts: list[ArticleFact]

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def article_iri_of(article_id: str) -> str:
    """The article IRI for an id as it appears in /article/<id>."""
    return str(ART) + article_id


def article_page(store: Store, words: Vocabulary, article_id: str) -> ArticlePage | None:
    """The article's text, mentions and facts, or None when there is no such article."""
    iri = article_iri_of(article_id)
    try:
        bound = {"article": NamedNode(iri)}
    except ValueError:  # no valid IRI (a space, '>', '{', a stray '%'): no such article
        return None
    info = _rows(store, "article", bound).rows
    if not info:
        return None
    row = info[0]

    def text(name: str) -> str | None:
        return row[name].value if name in row else None

    mentions = []
    for m in _rows(store, "article_mentions", bound):
        types = m["types"].value.split() if "types" in m else []
        mentions.append({"start": int(m["start"].value), "end": int(m["end"].value), "entity": m["entity"].value,
                         "label": m["label"].value if "label" in m else None,
                         "type": words.label(types[0]) if types else None,
                         "types": [words.label(t) for t in types]})
    facts = []
    for f in _rows(store, "article_facts", bound):
        p = f["p"].value
        prop = words.by_iri(p)
        o = f["o"]
        if "value" in f:
            shown, number, _ = show(f["value"])
            value = with_unit(shown, number, f["unit"].value if "unit" in f else None)
            if "recordLabel" in f:
                value += f" ({f['recordLabel'].value})"
            value_iri = None
        elif isinstance(o, NamedNode):
            value, value_iri = (f["oLabel"].value if "oLabel" in f else o.value), o.value
        else:
            value, value_iri = show(o)[0] if isinstance(o, Literal) else str(o), None
        facts.append(ArticleFact(
            subject=f["sLabel"].value if "sLabel" in f else f["s"].value, subject_iri=f["s"].value,
            relation=prop.label if prop else words.label(p), value=value, value_iri=value_iri,
            sentence=f["text"].value, planned=f.get("modality") == _PLANNED,
            as_of=f["asOf"].value if "asOf" in f else None,
            confidence=float(f["confidence"].value) if "confidence" in f else None,
            extractor=f["extractor"].value if "extractor" in f else None,
        ))
    title = text("title") or (article_name(None, article_id, text("body")) if is_hash_key(article_id) else None)
    return ArticlePage(article_id, iri, title, text("url"), text("published"), text("sourceId"),
                       text("body") or "", mentions, facts)


def recent_articles(store: Store) -> list[dict[str, object]]:
    """Articles, newest first (at most 200)."""
    rows = store.select(page_query("articles")).rows
    named_by = openings(store, [r["article"].value for r in rows if "title" not in r])
    return [{"article": slug_of_article(r["article"].value), "iri": r["article"].value,
             "title": _title(r, named_by),
             "published": r["published"].value if "published" in r else None} for r in rows]


def _title(row: Mapping[str, Term], named_by: Mapping[str, str]) -> str | None:
    """The row's article title, else the first words of an article known only by its text."""
    if "title" in row:
        return row["title"].value
    article = row["article"].value
    return article_name(None, slug_of_article(article), named_by[article]) if article in named_by else None


def is_entity_iri(iri: str) -> bool:
    """Is this one of our resource IRIs?"""
    return iri.startswith(str(RES))
