"""Content negotiation: which representation a request wants, from ``?format=``, a
``.json`` suffix or the ``Accept`` header (parsed by Werkzeug), in that order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from flask import request
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import HTTPException, NotAcceptable, NotFound
from werkzeug.http import parse_accept_header

HTML = "text/html"
JSON = "application/json"
TURTLE = "text/turtle"
NTRIPLES = "application/n-triples"
RDFXML = "application/rdf+xml"
JSONLD = "application/ld+json"
RESULTS_JSON = "application/sparql-results+json"
RESULTS_XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
SVG = "image/svg+xml"

#: Short names accepted in ``?format=`` (YASGUI, curl users, links).
SHORT = {
    "html": HTML, "json": JSON, "ttl": TURTLE, "turtle": TURTLE, "nt": NTRIPLES, "ntriples": NTRIPLES,
    "n-triples": NTRIPLES, "rdf": RDFXML, "rdfxml": RDFXML, "xml": RESULTS_XML, "jsonld": JSONLD,
    "json-ld": JSONLD, "csv": CSV, "tsv": TSV, "svg": SVG, "srj": RESULTS_JSON, "srx": RESULTS_XML,
}
#: What SELECT/ASK results can be written as (aliases first map to the canonical type).
RESULT_TYPES = (RESULTS_JSON, RESULTS_XML, CSV, TSV)
RESULT_ALIASES = {JSON: RESULTS_JSON, "application/xml": RESULTS_XML, "text/xml": RESULTS_XML}
#: What CONSTRUCT/DESCRIBE graphs can be written as.
GRAPH_TYPES = (TURTLE, NTRIPLES, RDFXML, JSONLD)
GRAPH_ALIASES = {"application/x-turtle": TURTLE, "text/plain": NTRIPLES, "application/xml": RDFXML,
                 "text/xml": RDFXML, JSON: JSONLD}


def negotiate(offers: Sequence[str], default: str, aliases: Mapping[str, str] | None = None,
              *, explicit: str | None = None) -> str:
    """The best of ``offers`` for this request (``default`` when the client accepts anything
    or likes the default as much as the best).

    ``explicit`` is a format the URL names (``?format=`` or a ``.json`` suffix); it must be
    one of the offers (else 404). With an ``Accept`` header or ``?format=`` that allows
    none of them: 406. Every route chooses its representation here, and errors too
    (through :func:`preferred`).
    """
    aliases = aliases or {}
    wanted = explicit or request.args.get("format")
    if not wanted and request.method == "POST" and request.mimetype == "application/x-www-form-urlencoded":
        wanted = request.form.get("format")
    if wanted:
        media = aliases.get(SHORT.get(wanted.lower(), wanted), SHORT.get(wanted.lower(), wanted))
        if media not in offers:
            error = NotFound if explicit is not None else NotAcceptable
            raise error(f"format {wanted!r} is not available here; use one of "
                        f"{', '.join(sorted(k for k, v in SHORT.items() if v in offers))}")
        return media
    return _by_accept(offers, default, aliases)


def _by_accept(offers: Sequence[str], default: str, aliases: Mapping[str, str]) -> str:
    header = request.headers.get("Accept", "")
    choose = _chosen if len(header) <= _KEPT_HEADER else _chosen.__wrapped__
    chosen = choose(header, tuple(offers), default, tuple(aliases.items()))
    if chosen is None:
        raise NotAcceptable(f"cannot answer with any type the Accept header allows; available: {', '.join(offers)}")
    return chosen


#: Longest Accept header whose choice is kept (the same few headers come again and again).
_KEPT_HEADER = 500


@lru_cache(maxsize=512)
def _chosen(header: str, offers: tuple[str, ...], default: str, aliases: tuple[tuple[str, str], ...]) -> str | None:
    """The offer an Accept header prefers (None: it allows none of them); a pure function
    of its arguments, kept for the headers seen most."""
    accept = parse_accept_header(header, MIMEAccept)
    if not accept:
        return default
    names = dict(aliases)
    matched = accept.best_match([*offers, *names])
    if matched is None:
        return None
    if accept.best == "*/*" or accept[matched] <= accept[default]:
        return default
    return names.get(matched, matched)


def preferred(offers: Sequence[str], default: str, aliases: Mapping[str, str] | None = None) -> str:
    """Like :func:`negotiate`, for a response that must be sent anyway (an error): the
    ``Accept`` alone when ``?format=`` names none of the offers, else the default."""
    for choose in (negotiate, _by_accept):
        try:
            return choose(offers, default, aliases or {})
        except HTTPException:
            continue
    return default
