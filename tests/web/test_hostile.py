"""Property-based hostile input (issues 12 and 13): Hypothesis searches every route for a
request that crashes or stalls the service, instead of a list of inputs someone thought of.

For any request: never a 5xx (a 503 only for a query stopped at its time limit), an answer
within the time limit plus a margin, an error as JSON unless the client prefers HTML, a
4xx that says why, and a store that holds exactly what it held before unless the request
carried the token. The search is derandomized (the same examples on every run and in CI);
``ASTROKG_HYPOTHESIS=explore`` (with ``--timeout=0``) runs many more examples, drawn at random, to
look for new failures.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from werkzeug.test import TestResponse

from kg.store import Stats
from tests.web.fixtures import TOKEN, make_app, newsroom_dir
from web import close_app, get_service, get_store

pytestmark = pytest.mark.issue(12)

settings.register_profile("astrokg-ci", max_examples=60, deadline=None, derandomize=True, database=None,
                          print_blob=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("astrokg-explore", parent=settings.get_profile("astrokg-ci"), max_examples=1000,
                          derandomize=False)
PROFILE = settings.get_profile("astrokg-" + os.environ.get("ASTROKG_HYPOTHESIS", "ci"))


def hostile(max_examples: int | None = None, **changes: Any) -> settings:
    """The settings of every property here (fewer examples where each is dear)."""
    if max_examples is not None and PROFILE.max_examples <= settings.get_profile("astrokg-ci").max_examples:
        changes["max_examples"] = max_examples
    return settings(PROFILE, **changes)


AUTH = {"Authorization": f"Bearer {TOKEN}"}
#: Seconds beyond the time limit (and the wait for a worker) that a busy shared machine may add.
MARGIN = 3.0

# --- what a hostile client sends ------------------------------------------------------------

#: Any text a URL or a form can carry (lone surrogates cannot be sent as text: see RAW_TEXT).
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
#: Characters that trip up parsers and pages: controls, bidi marks, quotes, markup, escapes.
NASTY = st.sampled_from(["\x00", "\x1b", "\x7f", "\u0085", "\u200f", "\u202e", "\u2066", "\ufeff", "\uffff",
                         "\U0010ffff", "'", '"', "<", ">", "&", "\\", "%", "%00", "%zz", "{", "}", "\r", "\n",
                         "<script>alert(1)</script>", "javascript:alert(1)", "../../etc/passwd", "?s", "$x",
                         "SELECT * WHERE { ?s ?p ?o }", "\u0647\u0644", "\U0001f680", "e\u0301"])
WORDY = st.lists(st.one_of(TEXT, NASTY), max_size=8).map("".join)
#: Percent-encoded bytes that are not UTF-8: lone surrogates (as CESU-8), stray continuation
#: bytes, overlong forms, truncated sequences.
RAW_TEXT = st.lists(st.one_of(
    st.sampled_from([b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\x80", b"\xc0\xaf", b"\xe2\x82", b"\xff\xfe", b"\x00"]),
    st.binary(max_size=20), st.text(max_size=10).map(str.encode)), max_size=8).map(b"".join)

KEYWORDS = ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "FILTER", "OPTIONAL", "UNION", "MINUS", "GRAPH",
            "SERVICE", "SILENT", "LOAD", "INSERT", "DELETE", "DATA", "CLEAR", "DROP", "ALL", "CREATE", "COPY",
            "MOVE", "ADD", "INTO", "TO", "WITH", "USING", "NAMED", "FROM", "VALUES", "BIND", "AS", "GROUP BY",
            "ORDER BY", "HAVING", "LIMIT", "OFFSET", "DISTINCT", "REDUCED", "PREFIX", "BASE", "COUNT", "SUM",
            "GROUP_CONCAT", "SEPARATOR", "REGEX", "REPLACE", "SUBSTR", "STR", "LANG", "IRI", "BNODE", "EXISTS",
            "NOT", "IN", "a", "true", "false", "UNDEF", "DESC", "ASC", "STRLEN", "CONCAT", "SHA512", "NOW", "RAND",
            "UUID", "COALESCE", "IF", "TRIPLE", "LATERAL", "DEFAULT"]
PUNCTUATION = ["{", "}", "(", ")", "[", "]", ".", ";", ",", "*", "/", "|", "^", "^^", "+", "-", "?", "!", "=",
               "!=", "<", ">", "<=", "&&", "||", "<<", ">>", "{|", "|}", "@en", "~"]
TERMS = ["?s", "?p", "?o", "$x", "?\u00e9", "<http://example.org/x>", "<Scott_Kelly>", "<>", "<file:///etc/passwd>",
         "<http://127.0.0.1:1/sparql>", "<\\u0041>", "<a b>", "akg:name", "rdfs:label", "res:Scott_Kelly", "nope:x",
         "akg:", ":x", "_:b0", "[]", '"x"', "'y'", '"""long\n"""', "'''q'''", '"x"@en', '"1"^^xsd:integer',
         '"\\q"', '"\\u12"', '"\\U0010FFFF"', '"unterminated', "'\\'", "9" * 400, "1e999", "-0.0", ".5e-9999",
         "0x10", '"2015-13-45"^^xsd:date', "# a comment\r", "#\n"]
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\r", "\t", "", "#c\r", "\u00a0", "\u3000"])
TOKEN_TEXT = st.one_of(st.sampled_from(KEYWORDS), st.sampled_from(KEYWORDS).map(str.lower),
                       st.sampled_from(PUNCTUATION), st.sampled_from(TERMS), NASTY, TEXT.map(lambda t: t[:12]))


@st.composite
def soup(draw: st.DrawFn) -> str:
    """SPARQL-looking text: tokens of the grammar in any order, with any separators."""
    parts = draw(st.lists(st.tuples(TOKEN_TEXT, SEPARATORS), max_size=40))
    return "".join(token + separator for token, separator in parts)


@st.composite
def nested(draw: st.DrawFn) -> str:
    """Brackets nested from shallow to far beyond the limit, balanced or not."""
    opening, closing = draw(st.sampled_from([("(", ")"), ("{", "}"), ("[", "]"), ("<<", ">>")]))
    depth = draw(st.integers(1, 6000))
    inner = draw(st.sampled_from(["1", "?s ?p ?o", "?x", "", "?s ?p ?o ."]))
    tail = draw(st.sampled_from(["", closing * depth, closing * (depth - 1)]))
    prefix = draw(st.sampled_from(["SELECT * WHERE { FILTER", "ASK ", "SELECT * WHERE ", "INSERT DATA ",
                                   "SELECT (", ""]))
    return prefix + opening * depth + inner + tail + draw(st.sampled_from(["", "}", ")"]))


#: Queries that run, with a hostile piece in them: paths, huge numbers, functions on odd input.
RUNNABLE = st.tuples(
    st.sampled_from([
        "SELECT * WHERE {{ ?s {0} ?o }} LIMIT 5",
        "SELECT (STRLEN({0}) AS ?n) WHERE {{}}",
        "SELECT * WHERE {{ BIND({0} AS ?x) }}",
        "ASK {{ FILTER({0}) }}",
        "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }} LIMIT {0}",
        "SELECT * WHERE {{ ?s ?p ?o }} OFFSET {0} LIMIT 3",
        "DESCRIBE {0}",
        "SELECT * WHERE {{ VALUES ?x {{ {0} }} }}",
        "SELECT ?o WHERE {{ ?s rdfs:label ?o FILTER(REGEX(?o, {0})) }} LIMIT 5",
    ]),
    st.sampled_from(["(rdfs:label|^rdfs:label)*", "!(a|^a)", "akg:x+/rdfs:label?", "^akg:y*", "<Scott_Kelly>",
                     "9" * 400, "1e999", '"x"', "-1", "0", '"(a+)+$"', '"["', '"\\\\"', "?s", "res:Scott_Kelly",
                     "18446744073709551616", '"\\u0000"', "UNDEF", "<>", "akg:name{2}"]),
).map(lambda pair: pair[0].format(pair[1]))

QUERIES = st.one_of(soup(), nested(), RUNNABLE, TEXT, st.sampled_from([
    "SELECT * WHERE { ?s ?p ?o } LIMIT 3", "ASK {}", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", "LOAD <file:///etc/passwd>",
    "DROP ALL", "INSERT DATA { <a> <b> <c> }", "SELECT * WHERE { #\rSERVICE <http://x/> {} }",
    "DESCRIBE <Scott_Kelly>", "SELECT ?x WHERE { ?s akg:nope ?x }",
]))


MEDIA = st.sampled_from(["text/html", "application/json", "application/sparql-results+json", "text/turtle",
                         "application/ld+json", "image/svg+xml", "text/csv", "*/*", "text/*", "application/*",
                         "image/*", "application/xml", "text/plain", "x/y", "*", "/", "", ";", "text/html;level=1",
                         "application/sparql-results+xml", "application/n-triples", "\u00e9/\u00e9"])
Q_VALUE = st.one_of(st.none(), st.sampled_from(["1", "0", "0.5", "0.001", "1.0001", "-1", "abc", "", "1e3", "NaN",
                                                "0." + "9" * 50]))


@st.composite
def accept_headers(draw: st.DrawFn) -> str:
    """Accept headers, well formed or not: media types, wildcards, q-values, junk."""
    entries = []
    for _ in range(draw(st.integers(0, 6))):
        media, q = draw(MEDIA), draw(Q_VALUE)
        entries.append(media if q is None else f"{media};q={q}")
    junk = draw(st.sampled_from(["", ",", ",,", ";;", " ;q=1", "\t", ", text/html;q", "=;=", ";charset=\"x"]))
    return ",".join(entries) + junk


HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7e), max_size=60)
ACCEPT = st.one_of(accept_headers(), HEADER_TEXT)


def ascii_header(value: str) -> str:
    """Headers travel as latin-1; anything else is turned into its UTF-8 bytes read as latin-1."""
    return value.encode("utf-8").decode("latin-1")


# --- what every answer must be -----------------------------------------------------------------


def prefers_html(accept: str | None, asked: str | None) -> bool:
    """Could a client with this Accept header, asking for this ``?format=``, prefer HTML?
    (If neither mentions it, it cannot.)"""
    if asked is not None and asked.lower() == "html":
        return True
    return accept is not None and ("html" in accept.lower() or "text/*" in accept or "*/*" in accept)


def check(response: TestResponse, seconds: float, limit: float, accept: str | None = None) -> None:
    """The properties every response has, whatever was asked."""
    status = response.status_code
    event(f"status {status}")
    text = response.get_data(as_text=True)
    assert "Traceback" not in text
    assert seconds <= limit + MARGIN, f"answered after {seconds:.1f} s (limit {limit:g} s)"
    if status >= 500:
        assert status == 503, (status, text[:300])
        message = json.loads(text)["message"] if response.mimetype == "application/json" else text
        assert "longer than" in message or "stayed busy" in message, (status, text[:300])
    if status < 400 or response.request.method == "HEAD":
        return
    if response.mimetype == "application/json":
        body = response.get_json()
        assert body["ok"] is False and body["status"] == status and body["message"].strip()
    else:
        assert response.mimetype == "text/html", (status, response.mimetype)
        assert response.request.path.startswith("/api/") is False
        assert prefers_html(accept, response.request.args.get("format")), (status, accept)
        assert '<p class="message">' in text and '<p class="message"></p>' not in text


def state(app: Flask) -> tuple[int | None, Stats]:
    """What the store holds, cheaply: its generation (changes with every write) and counts."""
    store = get_store(app)
    return store.generation, store.stats()


def limit_of(app: Flask) -> float:
    """The longest a request may take: a wait for a worker (at most twice the time limit) and the limit."""
    settings_ = get_service(app).settings
    return 3 * max(settings_.query_timeout, settings_.question_timeout)


def timed(client: FlaskClient, *args: Any, **kwargs: Any) -> tuple[TestResponse, float]:
    started = time.monotonic()
    response = client.open(*args, **kwargs)
    return response, time.monotonic() - started


@pytest.fixture(scope="module")
def before(loaded_app: Flask) -> Iterator[tuple[int | None, Stats]]:
    """The read-only app's store before the module; the same after every request."""
    held = state(loaded_app)
    yield held
    assert state(loaded_app) == held


# --- /sparql ---------------------------------------------------------------------------------


GRAPHS = st.dictionaries(st.sampled_from(["default-graph-uri", "named-graph-uri"]),
                         st.lists(st.one_of(WORDY, st.sampled_from(["https://w3id.org/astrokg/resource/kelly-record",
                                                                    "urn:x", "<http://x/>", "file:///etc/passwd",
                                                                    "http://x/ y"])), max_size=2), max_size=2)
#: A query that runs until it is stopped: the time limit must hold.
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY RAND()"


@hostile()
@given(query=QUERIES, method=st.sampled_from(["GET", "form", "body"]), accept=st.one_of(st.none(), ACCEPT),
       graphs=GRAPHS)
@example(query="SELECT * WHERE { ?s ?p ?o } LIMIT 1", method="GET", accept="text/html;q=0.5,*/*;q=0.1", graphs={})
@example(query=RUNAWAY, method="body", accept=None, graphs={})
def test_any_sparql_query_is_answered_or_refused_with_a_reason(
        loaded_client: FlaskClient, loaded_app: Flask, before: tuple[int | None, Stats], query: str, method: str,
        accept: str | None, graphs: dict[str, list[str]]) -> None:
    headers = {"Accept": ascii_header(accept)} if accept is not None else {}
    if method == "GET":
        response, seconds = timed(loaded_client, "/sparql", method="GET", query_string={"query": query, **graphs},
                                  headers=headers)
    elif method == "form":
        response, seconds = timed(loaded_client, "/sparql", method="POST", data={"query": query, **graphs},
                                  headers=headers)
    else:
        response, seconds = timed(loaded_client, "/sparql", method="POST", data=query.encode("utf-8"),
                                  content_type="application/sparql-query", headers=headers, query_string=graphs)
    check(response, seconds, limit_of(loaded_app), headers.get("Accept"))
    assert state(loaded_app) == before


@hostile()
@given(body=RAW_TEXT, content_type=st.sampled_from(["application/sparql-query", "application/sparql-update",
                                                     "application/x-www-form-urlencoded", "text/plain", "",
                                                     "application/sparql-query; charset=latin-1"]))
def test_sparql_bodies_that_are_not_utf8_are_refused(loaded_client: FlaskClient, loaded_app: Flask,
                                                     before: tuple[int | None, Stats], body: bytes,
                                                     content_type: str) -> None:
    response, seconds = timed(loaded_client, "/sparql", method="POST", data=b"query=" + body
                              if content_type.endswith("urlencoded") else body, content_type=content_type)
    check(response, seconds, limit_of(loaded_app))
    assert state(loaded_app) == before


@hostile()
@given(update=QUERIES, token=st.sampled_from([None, "Bearer wrong", f"Bearer {TOKEN}", TOKEN, "Basic eDp5"]),
       by_form=st.booleans())
def test_no_update_writes_to_a_read_only_service(loaded_client: FlaskClient, loaded_app: Flask,
                                                 before: tuple[int | None, Stats], update: str, token: str | None,
                                                 by_form: bool) -> None:
    headers = {"Authorization": token} if token else {}
    if by_form:
        response, seconds = timed(loaded_client, "/sparql", method="POST", data={"update": update}, headers=headers)
    else:
        response, seconds = timed(loaded_client, "/sparql", method="POST", data=update.encode("utf-8"),
                                  content_type="application/sparql-update", headers=headers)
    check(response, seconds, limit_of(loaded_app))
    assert response.status_code >= 400
    assert state(loaded_app) == before


# --- questions -------------------------------------------------------------------------------

QUESTIONS = st.one_of(WORDY, TEXT, st.builds("{}{}{}".format, st.sampled_from(["Who is ", "When did ", "How many ",
                                                                               "Who flew with ", ""]),
                                             WORDY, st.sampled_from(["?", "", "??", " \u200f?"])),
                      st.integers(400, 100_000).map(lambda n: "Who " * (n // 4)))


@hostile()
@given(question=QUESTIONS, route=st.sampled_from(["/api/ask", "/ask"]), about=st.lists(WORDY, max_size=4),
       accept=st.one_of(st.none(), ACCEPT))
@example(question="\u202eWho is Scott Kelly's twin?\u200f", route="/ask", about=["<script>"], accept="text/html")
def test_any_question_is_answered_or_refused_with_a_reason(
        loaded_client: FlaskClient, loaded_app: Flask, before: tuple[int | None, Stats], question: str,
        route: str, about: list[str], accept: str | None) -> None:
    headers = {"Accept": ascii_header(accept)} if accept is not None else {}
    response, seconds = timed(loaded_client, route, query_string={"q": question, "about": about}, headers=headers)
    check(response, seconds, limit_of(loaded_app), headers.get("Accept"))
    if response.status_code == 200 and response.mimetype == "application/json":
        assert response.get_json()["question"].strip()
    assert state(loaded_app) == before


@pytest.fixture(scope="module")
def answered_by_workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """The newsroom with its questions answered in a worker process, as ``kg serve`` does."""
    app = make_app(newsroom_dir(tmp_path_factory.mktemp("workers") / "data"), question_workers=1,
                   question_timeout=5.0, query_workers=1)
    yield app
    close_app(app)


@hostile(max_examples=30)
@given(question=QUESTIONS, about=st.lists(WORDY, max_size=2))
def test_any_question_is_answered_by_a_worker_or_refused_with_a_reason(answered_by_workers: Flask, question: str,
                                                                      about: list[str]) -> None:
    held = state(answered_by_workers)
    response, seconds = timed(answered_by_workers.test_client(), "/api/ask",
                              query_string={"q": question, "about": about})
    check(response, seconds, limit_of(answered_by_workers))
    assert state(answered_by_workers) == held


@hostile()
@given(raw=RAW_TEXT, route=st.sampled_from(["/api/ask", "/ask", "/api/entities", "/entity/", "/articles", "/",
                                            "/sparql"]),
       name=st.sampled_from(["q", "about", "prefix", "limit", "iri", "format", "query", "x"]))
def test_query_strings_that_are_not_utf8_are_answered(loaded_client: FlaskClient, loaded_app: Flask,
                                                      before: tuple[int | None, Stats], raw: bytes, route: str,
                                                      name: str) -> None:
    response, seconds = timed(loaded_client, route, query_string=f"{name}={quote(raw, safe='')}")
    check(response, seconds, limit_of(loaded_app))
    assert state(loaded_app) == before


# --- pages, names and negotiation ------------------------------------------------------------------

PAGES = ["/", "/index.json", "/ask?q=Who+is+Scott+Kelly", "/articles", "/articles.json", "/article/kelly-record",
         "/article/kelly-record.json", "/entity/Scott_Kelly", "/entity/Scott_Kelly.svg", "/entity/scott_kelly",
         "/entity/", "/api/entities", "/api/stats", "/health", "/sparql", "/api/jobs/0123456789abcdef"]
PARAMETERS = st.dictionaries(st.sampled_from(["format", "q", "about", "prefix", "limit", "iri", "query", "x",
                                              "default-graph-uri", "named-graph-uri", "update", ""]),
                             st.one_of(WORDY, st.sampled_from(["json", "html", "svg", "ttl", "bogus", "-1",
                                                               "99999999999999999999", "0", "nan", "JSON"])),
                             max_size=4)


@hostile()
@given(page=st.sampled_from(PAGES), parameters=PARAMETERS, accept=st.one_of(st.none(), ACCEPT),
       method=st.sampled_from(["GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]))
@example(page="/entity/Scott_Kelly", parameters={"format": "svg"}, accept="image/svg+xml;q=0", method="GET")
@example(page="/sparql", parameters={"query": "ASK {}"}, accept=None, method="HEAD")  # was a 400
def test_every_page_answers_any_parameters_and_accept_header(
        loaded_client: FlaskClient, loaded_app: Flask, before: tuple[int | None, Stats], page: str,
        parameters: dict[str, str], accept: str | None, method: str) -> None:
    headers = {"Accept": ascii_header(accept)} if accept is not None else {}
    path, _, query = page.partition("?")
    response, seconds = timed(loaded_client, path, method=method, headers=headers,
                              query_string=query + ("&" if query and parameters else "")
                              + "&".join(f"{quote(k)}={quote(v)}" for k, v in parameters.items()))
    check(response, seconds, limit_of(loaded_app), headers.get("Accept"))
    if method == "HEAD":  # the same answer as GET, without the body
        query_string = response.request.query_string.decode()
        assert response.status_code == loaded_client.get(path, headers=headers, query_string=query_string).status_code
    assert state(loaded_app) == before


SEGMENTS = st.one_of(WORDY, st.sampled_from(["Scott_Kelly", "scott_kelly", "Scott_Kelly.json", ".", "..", "...",
                                             ".json", ".svg", "a/b", "a%2Fb", "%2F", "%2e%2e", "%", "%%", "%zz",
                                             "x" * 5000, "Scott_Kelly/", "//", "Scott Kelly", "%00", "\u0000",
                                             "Scott_Kelly.svg.json", "res:Scott_Kelly", "http://x/y"]),
                     st.integers(1, 20_000).map(lambda n: "a" * n))


@hostile()
@given(name=SEGMENTS, safe=st.sampled_from(["", "/", "/.%", "/%"]), kind=st.sampled_from(["entity", "article"]),
       suffix=st.sampled_from(["", ".json", ".svg", ".ttl", ".nt", ".rdf", ".jsonld", ".html"]),
       accept=st.one_of(st.none(), ACCEPT))
@example(name="%", safe="/.%", kind="entity", suffix="", accept=None)
@example(name="a/b", safe="/", kind="article", suffix=".json", accept="text/html")
def test_any_entity_or_article_name_is_a_page_or_a_404(
        loaded_client: FlaskClient, loaded_app: Flask, before: tuple[int | None, Stats], name: str, safe: str,
        kind: str, suffix: str, accept: str | None) -> None:
    headers = {"Accept": ascii_header(accept)} if accept is not None else {}
    response, seconds = timed(loaded_client, f"/{kind}/{quote(name, safe=safe)}{suffix}", headers=headers)
    check(response, seconds, limit_of(loaded_app), headers.get("Accept"))
    assert response.status_code in (200, 308, 404, 406), response.status_code
    assert state(loaded_app) == before


@hostile()
@given(iri=st.one_of(WORDY, st.sampled_from(["http://x.example/%7B", "https://w3id.org/astrokg/resource/Scott_Kelly",
                                             "<>", "_:b0", "urn:x", "javascript:alert(1)", "http://[::1]:x/",
                                             "http://x/\u0000"])),
       accept=st.one_of(st.none(), ACCEPT))
def test_any_entity_iri_is_a_page_or_a_404(loaded_client: FlaskClient, loaded_app: Flask,
                                           before: tuple[int | None, Stats], iri: str, accept: str | None) -> None:
    headers = {"Accept": ascii_header(accept)} if accept is not None else {}
    response, seconds = timed(loaded_client, "/entity/", query_string={"iri": iri}, headers=headers)
    check(response, seconds, limit_of(loaded_app), headers.get("Accept"))
    assert response.status_code in (200, 404, 406), response.status_code


# --- the ingest route ------------------------------------------------------------------------------

#: Articles are kept short: each one that can be read is parsed by the real pipeline.
FIELD = st.one_of(st.none(), WORDY.map(lambda t: t[:80]), st.integers(-2**70, 2**70), st.floats(), st.booleans(),
                  st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
                  st.sampled_from(["javascript:alert(1)", "2015-02-30", "\ud800", "x\udfffy", "", " ", "\x00"]))
#: Newsy sentences about invented people, with hostile pieces where the extraction reads.
NEWS = st.lists(st.builds(
    "{} {} {} {}{}".format,
    st.sampled_from(["Ann Baker", "Tom Reyes", "Col. Lena Ortiz", "Raj Patel's", "\u0410\u043d\u043d\u0430 "
                     "\u0411\u0435\u043a\u0435\u0440", "O'Brien-Ng", "Dr. \u202eMia Chen", "She", "Ann Baker, 45,",
                     "The crew of Soyuz TMA-" + "9" * 30]),
    st.sampled_from(["flew to", "launched on", "commanded", "landed at", "spent", "walked in space for",
                     "was selected by", "returned from", "was born in", "did not fly"]),
    st.one_of(st.sampled_from(["the station", "Baikonur", "February 30, 2015", "9" * 400 + " days",
                               "nineteen trillion hours", "1e999 minutes", "the year 99999", "Expedition -1",
                               "NASA in 1066", "\u0663\u0664 days", "0 days", "31/12/9999", "Shenzhou-\U0001f680"]),
              NASTY, WORDY.map(lambda t: t[:40])),
    st.sampled_from(["", " and Tom Reyes", " with 3 others", " in 1998", " on 2015-10-16T09:30:00Z"]),
    st.sampled_from([".", "!", "?", "", ".\n\n", "\u3002"])), min_size=1, max_size=4).map(" ".join)
ARTICLE = st.fixed_dictionaries({}, optional={"text": st.one_of(FIELD, NEWS, st.sampled_from([
    "Ann Baker flew to the station.", "<p>Tom Reyes <b>walked</b> in space.</p>", "\ud800 lone", "\u202e\x00\x1b"])),
    "title": FIELD, "url": FIELD, "published": FIELD, "id": FIELD, "extra": FIELD})
JSON_VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                           max_leaves=10)


def as_json(value: object) -> bytes:
    """JSON as a client may send it: lone surrogates written as escapes (valid JSON text)."""
    return json.dumps(value).encode("utf-8")


@st.composite
def bodies(draw: st.DrawFn) -> tuple[bytes, str]:
    """A request body for POST /api/articles and its media type."""
    kind = draw(st.sampled_from(["news", "news", "one", "list", "ndjson", "nested", "bytes", "huge", "value"]))
    media = draw(st.sampled_from(["application/json"] * 4 + ["application/x-ndjson"] * 3 + [
        "application/jsonl", "text/plain", "", "application/json; charset=latin-1", "multipart/form-data"]))
    if kind == "news":
        story = st.fixed_dictionaries({"text": NEWS}, optional={"title": FIELD, "url": FIELD, "published": FIELD,
                                                                "id": FIELD})
        body = as_json(draw(st.lists(story, min_size=1, max_size=3)))
        media = "application/json"
    elif kind == "one":
        body = as_json(draw(ARTICLE))
    elif kind == "list":
        body = as_json(draw(st.lists(st.one_of(ARTICLE, JSON_VALUES), max_size=4)))
    elif kind == "ndjson":
        lines = draw(st.lists(st.one_of(ARTICLE.map(as_json), JSON_VALUES.map(as_json), RAW_TEXT), max_size=4))
        body = b"\n".join(lines)
    elif kind == "nested":
        depth = draw(st.integers(1, 100_000))
        opening = draw(st.sampled_from([b"[", b'{"text":', b'{"a":[']))
        body = opening * depth + draw(st.sampled_from([b"", b"1", b'"x"'])) + draw(st.sampled_from([b"", b"]" * depth]))
    elif kind == "huge":
        body = b'{"text": "' + b"Ann flew. " * draw(st.integers(600, 30_000)) + b'"}'
    elif kind == "value":
        body = as_json(draw(JSON_VALUES))
    else:
        body = draw(RAW_TEXT)
    return body, media


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Flask]:
    """The newsroom behind a token, with small limits so that hostile bodies meet them."""
    app = make_app(newsroom_dir(tmp_path_factory.mktemp("hostile") / "data"), nlp, api_token=TOKEN,
                   ingest_sync_limit=50, max_body=200_000, max_article=5_000, query_timeout=2.0, query_workers=1)
    yield app
    close_app(app)


@hostile()
@given(body=bodies(), token=st.sampled_from([None, "Bearer wrong", TOKEN, f"bearer {TOKEN}x", "Bearer ", "Bearer\t",
                                             f"Basic {TOKEN}", "Bearer \u00e9"]))
def test_no_write_without_the_token(guarded: Flask, body: tuple[bytes, str], token: str | None) -> None:
    held = state(guarded)
    headers = {"Authorization": ascii_header(token)} if token is not None else {}
    data, media = body
    response, seconds = timed(guarded.test_client(), "/api/articles", method="POST", data=data, content_type=media,
                              headers=headers)
    check(response, seconds, limit_of(guarded))
    assert response.status_code == 401
    assert state(guarded) == held


@hostile(max_examples=25)
@given(body=bodies())
@example(body=(b'[{"text": "Ann Baker flew.", "id": {"a": 1}}]', "application/json"))
@example(body=(b'[{"text": "x\\udfffy"}]', "application/json"))  # was a 500
def test_any_body_with_the_token_loads_what_it_can_and_says_why_not_the_rest(guarded: Flask,
                                                                            body: tuple[bytes, str]) -> None:
    articles = state(guarded)[1].articles
    data, media = body
    response, seconds = timed(guarded.test_client(), "/api/articles", method="POST", data=data, content_type=media,
                              headers=AUTH)
    check(response, seconds, limit_of(guarded))
    assert response.status_code in (200, 400, 413, 415), response.status_code
    if response.status_code != 200:
        assert state(guarded)[1].articles == articles
        return
    report = response.get_json()
    failed = [r["reason"] for r in report["results"] if r["status"] == "failed"]
    assert all(failed), report
    # An article that could be read is loaded: it never fails inside the extraction or the store.
    assert not [r for r in failed if r.startswith(("extraction failed", "internal error", "store error", "the "
                                                   "extraction worker"))], failed
    assert state(guarded)[1].articles == articles + report["loaded"]


@hostile()
@given(update=QUERIES, token=st.sampled_from([None, "Bearer wrong", TOKEN, "Bearer " + TOKEN[:-1]]),
       by_form=st.booleans())
def test_no_update_without_the_token(guarded: Flask, update: str, token: str | None, by_form: bool) -> None:
    held = state(guarded)
    headers = {"Authorization": token} if token else {}
    client = guarded.test_client()
    if by_form:
        response, seconds = timed(client, "/sparql", method="POST", data={"update": update}, headers=headers)
    else:
        response, seconds = timed(client, "/sparql", method="POST", data=update.encode("utf-8"),
                                  content_type="application/sparql-update", headers=headers)
    check(response, seconds, limit_of(guarded))
    assert response.status_code in (400, 401), response.status_code
    assert state(guarded) == held


@pytest.mark.parametrize("escape", ["\\udfff", "\\ud800\\u0041", "\\ud800"])
def test_a_lone_surrogate_in_a_json_list_fails_its_article_alone(guarded: Flask, escape: str) -> None:
    """Found by the search: ijson's C parser could not decode JSON's escape of a lone low
    surrogate (a 500, nothing loaded; ``kg ingest`` of such a list stopped with a traceback),
    and read a high one followed by another escape as one wrong character."""
    body = f'[{{"id": "bad", "text": "Ann {escape} Baker flew."}}, {{"id": "good", "text": "Tom Reyes flew."}}]'
    response = guarded.test_client().post("/api/articles", data=body, content_type="application/json",
                                          headers=AUTH)
    assert response.status_code == 200
    results = {r["origin"]: r for r in response.get_json()["results"]}
    assert results["request[0]"]["status"] == "failed" and "lone surrogate" in results["request[0]"]["reason"]
    assert results["request[1]"]["status"] in ("loaded", "unchanged")


def test_head_of_the_sparql_endpoint_is_its_get(loaded_client: FlaskClient) -> None:
    """Found by the search: HEAD /sparql?query=... was read as a POST without a body (400)."""
    for url in ("/sparql?query=ASK%20%7B%7D", "/sparql"):
        head, get = loaded_client.head(url), loaded_client.get(url)
        assert head.status_code == get.status_code == 200
        assert head.headers["Content-Type"] == get.headers["Content-Type"] and not head.get_data()
