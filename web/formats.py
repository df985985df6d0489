"""Content negotiation: which representation a request wants, from ``?format=``, a
``.json`` suffix or the ``Accept`` header (parsed by Werkzeug), in that order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from flask import request

from web.errors import Problem

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

#: Short names accepted in ``?format=`` (YASGUI, curl users, links).
SHORT = {
    "html": HTML, "json": JSON, "ttl": TURTLE, "turtle": TURTLE, "nt": NTRIPLES, "ntriples": NTRIPLES,
    "n-triples": NTRIPLES, "rdf": RDFXML, "rdfxml": RDFXML, "xml": RESULTS_XML, "jsonld": JSONLD,
    "json-ld": JSONLD, "csv": CSV, "tsv": TSV, "srj": RESULTS_JSON, "srx": RESULTS_XML,
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
    """The best of ``offers`` for this request (``default`` when the client accepts anything).

    ``explicit`` is a format the URL names (``?format=`` or a ``.json`` suffix); it must be
    one of the offers. With an ``Accept`` header that allows none of them: 406.
    """
    aliases = aliases or {}
    wanted = explicit or request.args.get("format")
    if not wanted and request.method == "POST" and request.mimetype == "application/x-www-form-urlencoded":
        wanted = request.form.get("format")
    if wanted:
        media = aliases.get(SHORT.get(wanted.lower(), wanted), SHORT.get(wanted.lower(), wanted))
        if media not in offers:
            raise Problem(406 if explicit is None else 404, f"format {wanted!r} is not available here; use one of "
                          f"{', '.join(sorted(k for k, v in SHORT.items() if v in offers))}")
        return media
    accept = request.accept_mimetypes
    if not accept:
        return default
    candidates = [*offers, *aliases]
    best = accept.best_match(candidates)
    if best is None:
        raise Problem(406, f"cannot answer with any type the Accept header allows; available: {', '.join(offers)}")
    best = aliases.get(best, best)
    if accept.best == "*/*" or accept[best] == accept[default]:
        return default
    return best
