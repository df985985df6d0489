"""The SPARQL 1.1 Protocol endpoint at /sparql.

Queries by GET, POST form and POST ``application/sparql-query``; updates by POST form and
``application/sparql-update`` with the bearer token. The engine's own serialization is sent
back (JSON, XML, CSV, TSV for SELECT/ASK; Turtle, N-Triples, RDF/XML, JSON-LD for
CONSTRUCT/DESCRIBE), from worker processes that are killed at the time limit; updates are
rehearsed in one first (kg/store/query_pool.py). Results beyond the row or byte limit are cut
and flagged in headers. Every query and update is checked before it runs
(kg/store/policy.py: size, nesting, SERVICE, LOAD); reads are open to other origins (CORS);
GET without a query describes the service (or shows the editor to a browser). Every
protocol error or refusal is a 400 that says what was wrong.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request, url_for
from flask.typing import ResponseReturnValue

from kg.errors import BadQuery, StoreUnavailable
from kg.namespaces import RES
from kg.prefixes import PREDECLARED, declarations, with_prefixes
from kg.sparql_errors import explain, shifted
from kg.store.policy import Limits, Refused, check_query, check_update, with_dataset
from kg.store.query_process import Output
from kg.store.sparql import query_form
from web import get_service
from web.auth import check_token
from web.errors import Problem
from web.formats import GRAPH_ALIASES, GRAPH_TYPES, HTML, RESULT_ALIASES, RESULT_TYPES, RESULTS_JSON, TURTLE, negotiate

log = logging.getLogger(__name__)
bp = Blueprint("sparql", __name__)

#: Relative IRIs in queries resolve against the resource namespace: <Scott_Kelly> works.
BASE_IRI = str(RES)
_SH = "http://www.w3.org/ns/shacl#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"
_UPDATE = "application/sparql-update"
_CORS = {"Access-Control-Allow-Origin": "*",
         "Access-Control-Expose-Headers": "X-Result-Limit, X-Result-Byte-Limit, X-Result-Rows, X-Result-Truncated, "
                                          "X-Queue-Wait, Content-Type"}
EXAMPLE = """# The things the graph knows best: how many articles name each of them.
SELECT ?thing ?name (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?thing rdfs:label ?name .
  GRAPH ?article { ?mention akg:denotes ?thing }
}
GROUP BY ?thing ?name
ORDER BY DESC(?articles) ?name
LIMIT 20
"""


@bp.route("/sparql", methods=["GET", "POST"], provide_automatic_options=False)
def endpoint() -> ResponseReturnValue:
    """Answer a SPARQL query or update, describe the service, or show the editor."""
    query, update, default_graphs, named_graphs = _operation()
    if update is not None:
        return _update(update, default_graphs, named_graphs)
    if query is None:
        if negotiate([*GRAPH_TYPES, HTML], TURTLE, GRAPH_ALIASES) == HTML:
            return _editor(None)
        return _description()
    return _query(query, default_graphs, named_graphs)


@bp.route("/sparql", methods=["OPTIONS"])
def preflight() -> ResponseReturnValue:
    """CORS preflight: any origin may read; writes (which need a token) are not offered."""
    return Response(status=204, headers={**_CORS, "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                         "Access-Control-Allow-Headers": "Content-Type, Accept",
                                         "Access-Control-Max-Age": "86400"})


def _operation() -> tuple[str | None, str | None, list[str], list[str]]:
    """The query or update of the request and its dataset, checked against the protocol."""
    args = request.args
    if request.method in ("GET", "HEAD"):  # HEAD is a GET without the body (RFC 9110)
        if "update" in args:
            raise Problem(400, "a SPARQL update must be sent by POST (form field 'update' or an "
                               "application/sparql-update body), never by GET")
        return _one(args.getlist("query"), "query"), None, args.getlist("default-graph-uri"), \
            args.getlist("named-graph-uri")
    mimetype = request.mimetype
    if mimetype == _FORM:
        form = request.form
        queries, updates = form.getlist("query"), form.getlist("update")
        if "query" in args or "update" in args:
            raise Problem(400, "with a form POST, send 'query' or 'update' in the body, not in the URL")
        if queries and updates:
            raise Problem(400, "the request has both a query and an update; send one operation at a time")
        if updates:
            return None, _one(updates, "update"), form.getlist("using-graph-uri"), \
                form.getlist("using-named-graph-uri")
        if not queries:
            raise Problem(400, "the form has no 'query' (or 'update') field")
        return _one(queries, "query"), None, form.getlist("default-graph-uri"), form.getlist("named-graph-uri")
    if mimetype == _QUERY:
        if "query" in args:
            raise Problem(400, "with an application/sparql-query body, the URL must not carry a 'query' too")
        return _body(), None, args.getlist("default-graph-uri"), args.getlist("named-graph-uri")
    if mimetype == _UPDATE:
        return None, _body(), args.getlist("using-graph-uri"), args.getlist("using-named-graph-uri")
    raise Problem(400, f"a SPARQL POST must be {_FORM}, {_QUERY} or {_UPDATE}, not "
                       f"{mimetype or 'without a Content-Type'}")


def _one(values: Sequence[str], name: str) -> str | None:
    if len(values) > 1:
        raise Problem(400, f"the request has {len(values)} '{name}' parameters; send exactly one")
    if values and not values[0].strip():
        raise Problem(400, f"the '{name}' parameter is empty")
    return values[0] if values else None


def _body() -> str:
    text = request.get_data(as_text=True)
    if not text.strip():
        raise Problem(400, "the request body is empty; it should hold the SPARQL text")
    return text


def _limits() -> Limits:
    settings = get_service().settings
    return Limits(max_bytes=settings.max_query_bytes, max_depth=settings.max_query_depth,
                  allow_load=settings.allow_load)


def _query(user_query: str, default_graphs: list[str], named_graphs: list[str]) -> ResponseReturnValue:
    limits = _limits()
    checked = _checked if len(user_query) <= _KEPT_TEXT else _checked.__wrapped__
    query, added, form = checked(user_query, limits)
    for graph in (*default_graphs, *named_graphs):
        try:
            ox.NamedNode(graph)
        except ValueError:
            raise Problem(400, f"{graph!r} is not an absolute IRI for a graph") from None
    graph_form = form in ("CONSTRUCT", "DESCRIBE")
    offers = [*(GRAPH_TYPES if graph_form else RESULT_TYPES), HTML]
    media = negotiate(offers, TURTLE if graph_form else RESULTS_JSON, GRAPH_ALIASES if graph_form else RESULT_ALIASES)
    if media == HTML and request.args.get("format", request.form.get("format")) != "html":
        return _editor(user_query)
    wire = media if media != HTML else TURTLE if graph_form else RESULTS_JSON
    with _said_for_people(user_query, added):
        output = _run(query, wire, default_graphs, named_graphs, graph_form)
    if media == HTML:
        return _table(user_query, output, graph_form)
    response = Response(output.data, content_type=output.media_type, headers=_CORS)
    _limit_headers(response, output)
    return response


#: Longest query text whose verdict is kept (with the 1,024 texts kept, at most about 4 MB).
_KEPT_TEXT = 2_000


@lru_cache(maxsize=1024)
def _checked(user_query: str, limits: Limits) -> tuple[str, int, str]:
    """The query as it runs (the predeclared prefixes it uses added; the checks see this
    text), the number of lines added, and its form, once the policy has let it through.
    A pure function of the text and the limits, so kept for the texts clients send again
    (results are never kept); a refusal raises, and is not kept."""
    prefixed = with_prefixes(user_query)
    with _said_for_people(user_query, prefixed.added):
        check_query(prefixed.text, limits)
    return prefixed.text, prefixed.added, query_form(prefixed.text)


def _run(query: str, media: str, default_graphs: list[str], named_graphs: list[str], graph_form: bool) -> Output:
    runner = get_service().sparql
    try:
        return runner.run(query, results_type=RESULTS_JSON if graph_form else media,
                          graph_type=media if graph_form else TURTLE, default_graphs=default_graphs,
                          named_graphs=named_graphs, base_iri=BASE_IRI)
    except ValueError as error:
        raise Problem(406, str(error)) from error


def _limit_headers(response: Response, output: Output) -> None:
    settings = get_service().settings
    response.headers["X-Result-Limit"] = str(settings.max_rows)
    response.headers["X-Result-Byte-Limit"] = str(settings.max_response_bytes)
    response.headers["X-Queue-Wait"] = f"{output.waited:.3f}"
    if output.rows is not None:
        response.headers["X-Result-Rows"] = str(output.rows)
    if output.truncated:
        response.headers["X-Result-Truncated"] = "true"
        limit = f"{settings.max_response_bytes} bytes" if output.cut_by == "bytes" else f"{settings.max_rows} rows"
        response.headers["Warning"] = (f'199 astrokg "result cut to the first {output.rows} rows (the limit is '
                                       f'{limit}); add LIMIT/OFFSET to page"')


@contextmanager
def _said_for_people(user_text: str, added_lines: int) -> Iterator[None]:
    """Refusals and syntax errors as a 400 that points into the text the user wrote (the
    predeclared prefixes above it not counted) and says what was expected in words."""
    try:
        yield
    except BadQuery as error:
        raise _for_people(user_text, error, added_lines) from error


def _for_people(user_text: str, error: BadQuery, added_lines: int) -> Problem:
    if isinstance(error, Refused) and " cannot be read at " not in str(error):  # a refusal, not a typo
        message = shifted(str(error), added_lines)
        found = re.search(r"line (\d+), column (\d+)", message)
        return Problem(400, message, details={"line": int(found.group(1)), "column": int(found.group(2))}
                       if found else None)
    problem = explain(user_text, str(error), added_lines, frozenset(PREDECLARED))
    return Problem(400, problem.message, details={"line": problem.line, "column": problem.column}
                   if problem.line is not None else None)


def _update(user_update: str, default_graphs: list[str], named_graphs: list[str]) -> ResponseReturnValue:
    check_token()
    prefixed = with_prefixes(user_update)
    with _said_for_people(user_update, prefixed.added):
        tokens = check_update(prefixed.text, _limits(), base_iri=BASE_IRI)
        update = with_dataset(prefixed.text, tokens, default_graphs, named_graphs)
    try:
        waited = get_service().sparql.update(update, base_iri=BASE_IRI)
    except (BadQuery, StoreUnavailable) as error:
        if any(t.keyword == "LOAD" for t in tokens):
            # One answer for every failure of an update that loads: what a fetched document held,
            # or whether its port was open, is not told back.
            log.warning("update with LOAD failed: %s", error)
            raise Problem(502, "the update failed: a LOAD source could not be fetched or read, or the update "
                               "is malformed; nothing was written") from error
        if isinstance(error, BadQuery):
            raise _for_people(user_update, error, prefixed.added) from error
        raise
    return Response(status=204, headers={"X-Queue-Wait": f"{waited:.3f}"})


def _editor(query: str | None) -> ResponseReturnValue:
    """The YASGUI editor, pre-filled with the ontology's prefixes and an example (or the query)."""
    text = query if query is not None else declarations() + "\n" + EXAMPLE
    return render_template("sparql.html", query=text, run=query is not None, result=None,
                           endpoint=url_for("sparql.endpoint", _external=True), prefixes=PREDECLARED)


def _table(query: str, output: Output, graph_form: bool) -> ResponseReturnValue:
    """Results as a plain HTML table, for browsers without JavaScript."""
    result: dict[str, object]
    if graph_form:
        result = {"text": output.data.decode("utf-8")}
    else:
        data = json.loads(output.data)
        if "boolean" in data:
            result = {"boolean": data["boolean"]}
        else:
            names = data["head"]["vars"]
            result = {"vars": names, "rows": [[row.get(v, {}).get("value", "") for v in names]
                                              for row in data["results"]["bindings"]]}
    result.update(truncated=output.truncated, limit=output.rows)
    return render_template("sparql.html", query=query, run=False, result=result,
                           endpoint=url_for("sparql.endpoint", _external=True), prefixes=PREDECLARED)


def _description() -> ResponseReturnValue:
    """The SPARQL 1.1 service description of this endpoint, in the RDF format asked for."""
    media = negotiate(GRAPH_TYPES, TURTLE, GRAPH_ALIASES)
    sd = "http://www.w3.org/ns/sparql-service-description#"
    formats = "http://www.w3.org/ns/formats/"
    n, lit = ox.NamedNode, ox.Literal
    service, dataset = ox.BlankNode("service"), ox.BlankNode("dataset")
    default = ox.BlankNode("default")
    a = n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    settings = get_service().settings
    triples = [
        ox.Triple(service, a, n(sd + "Service")),
        ox.Triple(service, n(sd + "endpoint"), n(url_for("sparql.endpoint", _external=True))),
        ox.Triple(service, n(sd + "supportedLanguage"), n(sd + "SPARQL11Query")),
        ox.Triple(service, n(sd + "defaultDataset"), dataset),
        ox.Triple(dataset, a, n(sd + "Dataset")),
        ox.Triple(dataset, n(sd + "defaultGraph"), default),
        ox.Triple(default, a, n(sd + "Graph")),
        ox.Triple(default, n("http://www.w3.org/2000/01/rdf-schema#comment"), lit(
            "The merged knowledge graph: each fact once, however many articles state it. Each article's facts "
            "and their provenance are also in a named graph whose name is the article's IRI.")),
        ox.Triple(service, n("http://www.w3.org/2000/01/rdf-schema#comment"), lit(
            f"Queries and updates stop after {settings.query_timeout:g} s; results are cut at {settings.max_rows} "
            f"rows or {settings.max_response_bytes} bytes (flagged by the X-Result-Truncated header); SERVICE is "
            f"refused, and LOAD {'of http(s) IRIs only' if settings.allow_load else 'too'}; queries larger than "
            f"{settings.max_query_bytes} bytes or nested deeper than {settings.max_query_depth} are refused; "
            f"{'updates need a bearer token' if settings.api_token else 'this endpoint is read-only'}; relative IRIs "
            f"resolve against {BASE_IRI}; the prefixes {', '.join(p + ':' for p in PREDECLARED)} are predeclared "
            "(each listed as an sh:declare).")),
    ]
    if settings.api_token:  # updates are possible only with a token configured
        triples.append(ox.Triple(service, n(sd + "supportedLanguage"), n(sd + "SPARQL11Update")))
    for prefix, namespace in PREDECLARED.items():
        # Predeclared prefixes, in the SHACL vocabulary for prefix declarations.
        declaration = ox.BlankNode(f"prefix_{prefix}")
        triples += [ox.Triple(service, n(_SH + "declare"), declaration),
                    ox.Triple(declaration, n(_SH + "prefix"), lit(prefix)),
                    ox.Triple(declaration, n(_SH + "namespace"), lit(namespace, datatype=n(_XSD + "anyURI")))]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "RDF_XML", "JSON-LD"):
        triples.append(ox.Triple(service, n(sd + "resultFormat"), n(formats + name)))
    form = {TURTLE: ox.RdfFormat.TURTLE}.get(media) or ox.RdfFormat.from_media_type(media)
    assert form is not None
    data = ox.serialize(triples, format=form, prefixes={"sd": sd, "formats": formats, "sh": _SH, **PREDECLARED}
                        if media == TURTLE else None)
    return Response(data, content_type=form.media_type, headers=_CORS)

