"""Stable, readable IRIs: one function mints each kind, so an entity, an article or a
qualified value gets the same IRI however many times and wherever it is written."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote, urlsplit

from pyoxigraph import NamedNode

from kg.namespaces import ART, RES

# Characters kept as they are in the local part of an IRI: letters and digits of any script,
# and a few safe marks. Everything else is percent-encoded, so the IRI is always valid.
_SAFE = "-._~,()'!*:@"
_PLAIN = re.compile(r"[A-Za-z0-9._~-]*")  # characters quote() never changes
_SLUG_CHARS = re.compile(r"[A-Za-z0-9._~-]+")


def name_slug(name: str) -> str:
    """The local part of an entity IRI: the name with spaces as underscores, Wikipedia style.

    >>> name_slug("Michael Lopez-Alegria")
    'Michael_Lopez-Alegria'
    >>> name_slug("Soyuz MS-22 / TMA")
    'Soyuz_MS-22_%2F_TMA'
    """
    text = unicodedata.normalize("NFC", " ".join(name.split()))
    return quote(text.replace(" ", "_"), safe=_SAFE)


def entity_iri(name: str, kind: str | None = None) -> NamedNode:
    """The IRI of an entity from its canonical name; ``kind`` puts non-things (records)
    in their own folder so a record can never collide with a person's name.

    >>> entity_iri("Scott Kelly").value
    'https://w3id.org/astrokg/resource/Scott_Kelly'
    >>> entity_iri("most cumulative days in space (US)", kind="record").value
    'https://w3id.org/astrokg/resource/record/most_cumulative_days_in_space_(US)'
    """
    slug = name_slug(name)
    return NamedNode(str(RES) + (f"{kind}/{slug}" if kind else slug))


def article_slug(key: str) -> str:
    """A short, readable, URL-safe id for an article key (its id, URL or text hash).

    >>> article_slug("nasa-2015-10-16")
    'nasa-2015-10-16'
    >>> article_slug("https://news.example/2015/10/kelly-breaks-record")
    'kelly-breaks-record-8be2b86920'
    """
    if _SLUG_CHARS.fullmatch(key) and len(key) <= 80:
        return key
    tail = urlsplit(key).path.rstrip("/").rsplit("/", 1)[-1] if "://" in key else key
    tail = "-".join(_SLUG_CHARS.findall(tail.rsplit(".", 1)[0]))[:48].strip("-._~")
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
    return f"{tail}-{digest}" if tail else digest


def article_iri(key: str) -> NamedNode:
    """The IRI of an article, which is also the name of the graph holding its facts."""
    return NamedNode(str(ART) + article_slug(key))


def slug_of_article(iri: str) -> str:
    """The article id part of an article IRI (for URLs such as /article/<id>)."""
    return iri[len(str(ART)):] if iri.startswith(str(ART)) else iri


def local_name(iri: str) -> str:
    """The readable last part of an entity IRI, for URLs such as /entity/<name>."""
    return iri[len(str(RES)):] if iri.startswith(str(RES)) else iri


def node_iri(subject: NamedNode, predicate: str, *parts: str) -> NamedNode:
    """The IRI of a qualified-value node, derived from what it says, so two articles that
    state the same value on the same date write the same node.

    >>> node_iri(NamedNode("https://w3id.org/astrokg/resource/Scott_Kelly"), "age", "51").value
    'https://w3id.org/astrokg/resource/Scott_Kelly/age/031b4af5197e'
    """
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return NamedNode(f"{subject.value}/{predicate}/{digest}")


def fragment_iri(article: NamedNode, fragment: str) -> NamedNode:
    """An IRI inside an article (a sentence, a mention, an assertion): ``<article>#fragment``."""
    if _PLAIN.fullmatch(fragment):  # the usual s-12-40, m-3-8, a-<hex>: nothing to quote
        return NamedNode(f"{article.value}#{fragment}")
    return NamedNode(f"{article.value}#{quote(fragment, safe=_SAFE)}")
