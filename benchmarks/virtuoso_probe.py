"""Measure how Virtuoso 7.2 behaves over SPARQL HTTP, for the remote store design.

Starts a private server (tests/virtuoso.py), runs each probe and prints a
Markdown report: the exact SPARQL sent and what came back. Every fact in
docs/measurements/virtuoso-probe.md comes from a run of this script.

    python benchmarks/virtuoso_probe.py [--out report.md] [--slow] [--only a,b]

--slow adds the probes that take minutes (repeated timeout runs).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rdflib
from SPARQLWrapper import JSON, N3, POST, RDFXML, TURTLE, URLENCODED, SPARQLWrapper
from SPARQLWrapper import JSONLD as SW_JSONLD

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from virtuoso import VirtuosoServer

XSD = "http://www.w3.org/2001/XMLSchema#"
JSON_ACCEPT = "application/sparql-results+json"


@dataclass
class Reply:
    """One HTTP exchange with the endpoint."""

    status: int
    body: str
    seconds: float
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.body)

    def rows(self) -> list[dict[str, Any]]:
        """SELECT bindings; raises if the request failed."""
        if self.status != 200:
            raise RuntimeError(f"HTTP {self.status}: {self.body[:300]}")
        return list(self.json()["results"]["bindings"])

    def short(self, limit: int = 160) -> str:
        """First line of the body that says something, for the report."""
        text = " ".join(self.body.split())
        if self.status == 200 and '"callret-0"' in text:
            try:
                text = self.json()["results"]["bindings"][0]["callret-0"]["value"]
                text = " | ".join(text.split("\n"))
            except (KeyError, IndexError, ValueError):
                pass
        return text[:limit] + ("..." if len(text) > limit else "")


class Endpoint:
    """Raw form-encoded POSTs, so status codes and headers stay visible."""

    def __init__(self, url: str) -> None:
        self.url = url

    def post(
        self,
        params: dict[str, str | list[str]],
        accept: str = JSON_ACCEPT,
        timeout: float = 120.0,
    ) -> Reply:
        data = urllib.parse.urlencode(params, doseq=True).encode()
        request = urllib.request.Request(
            self.url,
            data=data,
            headers={
                "Accept": accept,
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                body = response.read().decode("utf-8")
                return Reply(
                    response.status,
                    body,
                    time.perf_counter() - start,
                    dict(response.headers),
                )
        except urllib.error.HTTPError as error:
            body = error.read().decode("utf-8", errors="replace")
            return Reply(
                error.code, body, time.perf_counter() - start, dict(error.headers)
            )

    def update(self, sparql: str, **params: str) -> Reply:
        return self.post({"update": sparql, **params})

    def query(self, sparql: str, accept: str = JSON_ACCEPT, **params: Any) -> Reply:
        return self.post({"query": sparql, **params}, accept)

    def count(self, graph: str) -> int:
        rows = self.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        ).rows()
        return int(rows[0]["n"]["value"])

    def ask(self, sparql: str) -> bool:
        """ASK comes back as a one-column SELECT here; a row means true."""
        reply = self.query(sparql)
        body = reply.json()
        if "boolean" in body:
            return bool(body["boolean"])
        return bool(body["results"]["bindings"])


class Report:
    """Collects Markdown lines and echoes them as they come."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, text: str = "") -> None:
        self.lines.append(text)
        print(text, flush=True)

    def sparql(self, text: str) -> None:
        self.add("```sparql")
        self.add(text)
        self.add("```")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def triples(prefix: str, count: int, start: int = 0) -> str:
    """count simple triples with distinct subjects, one per line."""
    return "\n".join(
        f'<{prefix}s{i}> <{prefix}p> "v{i}" .' for i in range(start, start + count)
    )


def request_body(client: SPARQLWrapper) -> str:
    """The form-encoded body SPARQLWrapper would POST."""
    data = client._createRequest().data
    return data.decode() if isinstance(data, bytes) else str(data)


def graph_block(graph: str, body: str) -> str:
    return f"GRAPH <{graph}> {{ {body} }}"


def graph_rows(ep: Endpoint, graphs: Iterable[str]) -> str:
    """Each graph's sorted triples, compactly, to show update effects."""
    parts = []
    for g in graphs:
        rows = ep.query(
            f"SELECT ?s ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }} ORDER BY ?s"
        ).rows()
        items = ", ".join(
            f"{r['s']['value'].rsplit(':', 1)[-1]}={r['o']['value']}" for r in rows
        )
        parts.append(f"<{g}>: {{{items}}}")
    return "; ".join(parts)


def wrapper(url: str, sparql: str, timeout: int = 30) -> SPARQLWrapper:
    """SPARQLWrapper set up the way the project will use it."""
    client = SPARQLWrapper(url)
    client.setMethod(POST)
    client.setRequestMethod(URLENCODED)
    client.setTimeout(timeout)
    client.setQuery(sparql)
    return client


# --------------------------------------------------------------------- a


def probe_a(ep: Endpoint, r: Report, slow: bool) -> None:
    r.add("## a. ADD / COPY / MOVE and INSERT ... WHERE between graphs")
    r.add()
    p = "urn:a:"
    show = [f"{p}A", f"{p}B", f"{p}C", f"{p}D"]
    setup = (
        f'INSERT DATA {{ GRAPH <{p}A> {{ <{p}s1> <{p}p> "1" . <{p}s2> <{p}p> "2" }} '
        f'GRAPH <{p}B> {{ <{p}s3> <{p}p> "3" }} '
        f'GRAPH <{p}C> {{ <{p}s9> <{p}p> "9" }} '
        f'GRAPH <{p}D> {{ <{p}s7> <{p}p> "7" }} }}'
    )
    ep.update(setup)
    r.add("Setup:")
    r.sparql(setup)
    r.add(f"State: {graph_rows(ep, show)}")
    r.add()
    for op in (
        f"ADD <{p}A> TO <{p}B>",
        f"COPY <{p}A> TO <{p}C>",
        f"MOVE <{p}A> TO <{p}D>",
        f"COPY <{p}nonexistent> TO <{p}C>",
        f"ADD <{p}nonexistent> TO <{p}B>",
        f"MOVE <{p}B> TO <{p}B>",
        f"INSERT {{ GRAPH <{p}A> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{p}D> {{ ?s ?p ?o }} }}",
    ):
        reply = ep.update(op)
        r.add(f"- `{op}` -> HTTP {reply.status} `{reply.short()}`  ")
        r.add(f"  after: {graph_rows(ep, show)}")
    r.add()
    # Cost of whole-graph operations on a bigger graph.
    n = 20000
    big = f"{p}big"
    body = " ".join(
        graph_block(big, triples(f"{p}x", 2000, k)) for k in range(0, n, 2000)
    )
    ep.update(f"INSERT DATA {{ {body} }}")
    r.add(f"Timing with a {ep.count(big)}-triple source graph <{big}>:")
    for op in (
        f"COPY <{big}> TO <{p}big2>",
        f"ADD <{big}> TO <{p}big3>",
        f"MOVE <{p}big3> TO <{p}big4>",
        f"INSERT {{ GRAPH <{p}big5> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{big}> {{ ?s ?p ?o }} }}",
        f"DROP SILENT GRAPH <{p}big5>",
    ):
        reply = ep.update(op)
        r.add(f"- `{op}` -> HTTP {reply.status}, {reply.seconds * 1000:.0f} ms")
    r.add(
        f"- counts after: big2={ep.count(p + 'big2')} big3={ep.count(p + 'big3')} "
        f"big4={ep.count(p + 'big4')} big5={ep.count(p + 'big5')}"
    )
    r.add()


# --------------------------------------------------------------------- b


def probe_b(ep: Endpoint, r: Report, slow: bool) -> None:
    r.add("## b. Atomicity of one update operation and of a multi-operation request")
    r.add()
    n = 3000
    r.add(
        f"Single `INSERT DATA {{ GRAPH <g> {{ ... }} }}` of {n} triples "
        f'`<urn:b:s{{i}}> <urn:b:p> "v{{i}}" .`, triple #{n // 2} replaced by the bad one:'
    )
    r.add()
    bad_terms = {
        "syntax error": "<urn:b:bad> <urn:b:p> .",
        "IRI with space": '<urn:b:bad x> <urn:b:p> "x" .',
        "blank node": '_:b1 <urn:b:p> "x" .',
        "literal as subject": '"lit" <urn:b:p> "x" .',
        "bad xsd:integer lexical": f'<urn:b:bad> <urn:b:p> "abc"^^<{XSD}integer> .',
        "xsd:integer > 64 bit (typed)": f'<urn:b:bad> <urn:b:p> "99999999999999999999999"^^<{XSD}integer> .',
        "integer > 64 bit (bare)": "<urn:b:bad> <urn:b:p> 99999999999999999999999 .",
        "bad xsd:date lexical": f'<urn:b:bad> <urn:b:p> "not-a-date"^^<{XSD}date> .',
        "bad language tag": '<urn:b:bad> <urn:b:p> "x"@123 .',
    }
    for k, (name, bad) in enumerate(bad_terms.items()):
        graph = f"urn:b:atom{k}"
        lines = triples("urn:b:", n).split("\n")
        lines[n // 2] = bad
        reply = ep.update(
            f"INSERT DATA {{ GRAPH <{graph}> {{ {chr(10).join(lines)} }} }}"
        )
        stored = ep.count(graph)
        r.add(
            f"- {name}: `{bad}` -> HTTP {reply.status}, stored {stored}/{n}; `{reply.short(110)}`"
        )
    r.add()

    size_cases = [(4990, 1), (4991, 1), (4900, 2), (3000, 4), (2000, 10)]
    r.add("INSERT DATA size limit (k GRAPH blocks of n triples in one request):")
    for count, blocks in size_cases:
        body = " ".join(
            graph_block(f"urn:b:size{count}x{blocks}:{j}", triples("urn:b:", count))
            for j in range(blocks)
        )
        reply = ep.update(f"INSERT DATA {{ {body} }}")
        r.add(
            f"- {blocks} x {count}: HTTP {reply.status}, {reply.seconds:.2f} s; `{reply.short(100)}`"
        )
    r.add()

    if slow:
        r.add("Transaction size (one INSERT ... WHERE writing N^3 distinct triples):")
        body = "\n".join(f"<urn:b:n{i}> <urn:b:v> {i} ." for i in range(100))
        ep.update(f"INSERT DATA {{ GRAPH <urn:b:nums> {{ {body} }} }}")
        for size in (90, 100):
            graph = f"urn:b:tx{size}"
            where = " ".join(
                f"GRAPH <urn:b:nums> {{ ?{v} <urn:b:v> ?{w} FILTER(?{w} < {size}) }}"
                for v, w in (("a", "x"), ("b", "y"), ("c", "z"))
            )
            sparql = (
                f"INSERT {{ GRAPH <{graph}> {{ ?a <urn:b:q> ?o }} }} WHERE {{ {where} "
                "BIND(?x * 1000000 + ?y * 1000 + ?z AS ?o) }"
            )
            if size == 90:
                r.sparql(sparql)
            reply = ep.update(sparql)
            r.add(
                f"- N={size} ({size**3} triples): HTTP {reply.status} after {reply.seconds:.1f} s, "
                f"stored {ep.count(graph)}; `{reply.short(140)}`"
            )
        r.add()

    src = "urn:b:src"
    lines = [f'<urn:b:s{i}> <urn:b:p> "{i}" .' for i in range(n)]
    lines[n // 2] = f'<urn:b:s{n // 2}> <urn:b:p> "abc" .'
    ep.update(f"INSERT DATA {{ GRAPH <{src}> {{ {chr(10).join(lines)} }} }}")
    ep.update(f"COPY <{src}> TO <urn:b:src2>")
    r.add(
        f'Runtime failures: <{src}> holds {ep.count(src)} triples `<urn:b:sI> <urn:b:p> "I"`, '
        f'one object is "abc"; <urn:b:src2> is a copy.'
    )
    runtime = {
        "division by zero on one row": (
            "urn:b:rt1",
            (
                f"INSERT {{ GRAPH <urn:b:rt1> {{ ?s <urn:b:p> ?v }} }} WHERE {{ GRAPH <{src}> "
                '{ ?s <urn:b:p> ?o } BIND(IF(?o = "abc", 1/0, 1) AS ?v) }'
            ),
        ),
        "bif:signal on one row": (
            "urn:b:rt2",
            (
                f"INSERT {{ GRAPH <urn:b:rt2> {{ ?s <urn:b:p> ?v }} }} WHERE {{ GRAPH <{src}> "
                '{ ?s <urn:b:p> ?o } BIND(IF(?o = "abc", bif:signal("22023", "boom"), ?o) AS ?v) }'
            ),
        ),
        "literal subject on one row": (
            "urn:b:rt3",
            (
                f"INSERT {{ GRAPH <urn:b:rt3> {{ ?v <urn:b:p> ?o }} }} WHERE {{ GRAPH <{src}> "
                '{ ?s <urn:b:p> ?o } BIND(IF(?o = "abc", "lit", ?s) AS ?v) }'
            ),
        ),
        "xsd:integer cast failing on one row": (
            "urn:b:rt4",
            (
                f"PREFIX xsd: <{XSD}> INSERT {{ GRAPH <urn:b:rt4> {{ ?s <urn:b:p> ?v }} }} "
                f"WHERE {{ GRAPH <{src}> {{ ?s <urn:b:p> ?o }} BIND(xsd:integer(?o) AS ?v) }}"
            ),
        ),
        "DELETE+INSERT, insert template fails on one row": (
            "urn:b:rt5",
            (
                "DELETE { GRAPH <urn:b:src2> { ?s ?p ?o } } INSERT { GRAPH <urn:b:rt5> { ?v ?p ?o } } "
                'WHERE { GRAPH <urn:b:src2> { ?s ?p ?o } BIND(IF(?o = "abc", "lit", ?s) AS ?v) }'
            ),
        ),
    }
    for name, (target, sparql) in runtime.items():
        reply = ep.update(sparql)
        r.add(f"- {name}:")
        r.sparql(sparql)
        r.add(
            f"  -> HTTP {reply.status}; <{target}> has {ep.count(target)} triples, "
            f"<urn:b:src2> has {ep.count('urn:b:src2')}; `{reply.short(110)}`"
        )
    r.add()

    r.add("Multi-operation requests (`op1 ; op2`):")
    multi = {
        "op2 fails at runtime": (
            "urn:b:m1",
            (
                'INSERT DATA { GRAPH <urn:b:m1> { <urn:b:s> <urn:b:p> "op1" } } ; '
                "INSERT { GRAPH <urn:b:m1b> { <urn:b:s> <urn:b:p> ?v } } WHERE { BIND(1/0 AS ?v) }"
            ),
        ),
        "op1 = CLEAR, op2 fails at runtime": (
            "urn:b:m2",
            (
                'INSERT DATA { GRAPH <urn:b:m2> { <urn:b:s> <urn:b:p> "keep?" } } ;'
                " CLEAR GRAPH <urn:b:src2> ;"
                " INSERT { GRAPH <urn:b:m2b> { <urn:b:s> <urn:b:p> ?v } } WHERE { BIND(1/0 AS ?v) }"
            ),
        ),
        "op2 has a bad literal (compile-time error)": (
            "urn:b:m3",
            (
                'INSERT DATA { GRAPH <urn:b:m3> { <urn:b:s> <urn:b:p> "op1" } } ; '
                f'INSERT DATA {{ GRAPH <urn:b:m3b> {{ <urn:b:s> <urn:b:p> "abc"^^<{XSD}integer> }} }}'
            ),
        ),
        "op2 has a syntax error": (
            "urn:b:m4",
            (
                'INSERT DATA { GRAPH <urn:b:m4> { <urn:b:s> <urn:b:p> "op1" } } ; '
                "INSERT DATA { GRAPH <urn:b:m4b> { <urn:b:s> <urn:b:p> . } }"
            ),
        ),
    }
    for name, (target, sparql) in multi.items():
        reply = ep.update(sparql)
        r.add(f"- {name}:")
        r.sparql(sparql)
        r.add(
            f"  -> HTTP {reply.status}; op1's graph <{target}> has {ep.count(target)} triple(s); "
            f"<urn:b:src2> has {ep.count('urn:b:src2')}; `{reply.short(100)}`"
        )
    r.add()


# --------------------------------------------------------------------- c


def probe_c(ep: Endpoint, r: Report, slow: bool) -> None:
    r.add("## c. default-graph-uri / named-graph-uri")
    r.add()
    setup = (
        'INSERT DATA { GRAPH <urn:c:g1> { <urn:c:s1> <urn:c:p> "o1" . <urn:c:s2> <urn:c:p> "o2" } '
        'GRAPH <urn:c:g2> { <urn:c:s3> <urn:c:p> "o3" } '
        'GRAPH <urn:c:g3> { <urn:c:s4> <urn:c:p> "o4" } }'
    )
    ep.update(setup)
    r.sparql(setup)
    count_all = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    per_graph = (
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        'FILTER(STRSTARTS(STR(?g), "urn:c:")) } GROUP BY ?g ORDER BY ?g'
    )
    n_graphs = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }"
    subjects_in_default = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"

    def show(rows: list[dict[str, Any]]) -> str:
        return json.dumps(
            [{k: v["value"] for k, v in row.items()} for row in rows],
            ensure_ascii=False,
        )

    cases: list[tuple[str, str, dict[str, Any]]] = [
        ("no dataset parameters", count_all, {}),
        ("no dataset parameters", n_graphs, {}),
        ("default-graph-uri=urn:c:g1", count_all, {"default-graph-uri": "urn:c:g1"}),
        ("default-graph-uri=urn:c:g1", n_graphs, {"default-graph-uri": "urn:c:g1"}),
        ("default-graph-uri=urn:c:g1", per_graph, {"default-graph-uri": "urn:c:g1"}),
        (
            "default-graph-uri=urn:c:g1 and urn:c:g2",
            subjects_in_default,
            {"default-graph-uri": ["urn:c:g1", "urn:c:g2"]},
        ),
        (
            "default-graph-uri=urn:c:missing",
            count_all,
            {"default-graph-uri": "urn:c:missing"},
        ),
        ("named-graph-uri=urn:c:g2", count_all, {"named-graph-uri": "urn:c:g2"}),
        ("named-graph-uri=urn:c:g2", per_graph, {"named-graph-uri": "urn:c:g2"}),
        (
            "default-graph-uri=urn:c:g1, named-graph-uri=urn:c:g2",
            per_graph,
            {"default-graph-uri": "urn:c:g1", "named-graph-uri": "urn:c:g2"},
        ),
        (
            "default-graph-uri=urn:c:g1 plus FROM <urn:c:g2> in the query",
            "SELECT ?s FROM <urn:c:g2> WHERE { ?s ?p ?o } ORDER BY ?s",
            {"default-graph-uri": "urn:c:g1"},
        ),
        (
            "named-graph-uri=urn:c:g2 plus FROM NAMED <urn:c:g3> in the query",
            "SELECT ?g ?s FROM NAMED <urn:c:g3> WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s",
            {"named-graph-uri": "urn:c:g2"},
        ),
        (
            "no parameters, FROM <urn:c:g1>",
            "SELECT (COUNT(DISTINCT ?g) AS ?graphs) FROM <urn:c:g1> WHERE { GRAPH ?g { ?s ?p ?o } }",
            {},
        ),
    ]
    for label, sparql, params in cases:
        reply = ep.query(sparql, **params)
        r.add(f"- {label}: `{sparql}` -> {show(reply.rows())}")
    r.add()
    client = wrapper(ep.url, subjects_in_default)
    client.setReturnFormat(JSON)
    client.addDefaultGraph("urn:c:g1")
    result = client.query().convert()
    assert isinstance(result, dict)
    r.add(
        f"- SPARQLWrapper addDefaultGraph('urn:c:g1') sends `{request_body(client)[:60]}...`; "
        f"`{subjects_in_default}` -> {show(result['results']['bindings'])}"
    )
    client.setQuery(per_graph)
    result = client.query().convert()
    assert isinstance(result, dict)
    r.add(f"  same client, `{per_graph}` -> {show(result['results']['bindings'])}")
    client.addNamedGraph("urn:c:g2")
    result = client.query().convert()
    assert isinstance(result, dict)
    r.add(
        f"  after addNamedGraph('urn:c:g2') (sends named-graph-uri): "
        f"{show(result['results']['bindings'])}"
    )
    r.add()


# --------------------------------------------------------------------- d


def probe_d(ep: Endpoint, r: Report, slow: bool) -> None:
    r.add(
        "## d. Remove an article's triples from the merged graph unless another article has them"
    )
    r.add()
    sizes = [300, 3000] if slow else [300]
    for n_graphs in sizes:
        pre = f"urn:d{n_graphs}:"
        kg = f"{pre}kg"
        shared = [f'<{pre}sh{k}> <{pre}p> "shared {k}"' for k in range(200)]
        articles: dict[str, list[str]] = {}
        for i in range(n_graphs):
            unique = [f'<{pre}e{i}_{j}> <{pre}p> "unique {i} {j}"' for j in range(10)]
            pair = [
                f'<{pre}pair{i // 2}> <{pre}p> "pair"'
            ]  # shared by articles 2k, 2k+1
            pool = [shared[(i * 7 + k * 13) % len(shared)] for k in range(4)]
            articles[f"{pre}art{i}"] = unique + pair + pool
        items = list(articles.items())
        for k in range(0, len(items), 100):
            body = " ".join(
                graph_block(g, " . ".join(ts)) for g, ts in items[k : k + 100]
            )
            ep.update(f"INSERT DATA {{ {body} }}")
        merged = sorted({t for ts in articles.values() for t in ts})
        for k in range(0, len(merged), 2000):
            ep.update(
                f"INSERT DATA {{ {graph_block(kg, ' . '.join(merged[k : k + 2000]))} }}"
            )
        occurrences = Counter(t for ts in articles.values() for t in ts)
        r.add(
            f"Data: {n_graphs} article graphs, {sum(map(len, articles.values()))} article triples "
            f"(10 unique + 1 shared with the neighbour article + 4 from a pool of 200 per article); "
            f"<{kg}> holds the {ep.count(kg)} distinct triples."
        )
        times = []
        for i in range(10):
            art = f"{pre}art{i}"
            sparql = (
                f"DELETE {{ GRAPH <{kg}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{art}> {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g NOT IN (<{art}>, <{kg}>)) }} }}"
            )
            if i == 0:
                r.sparql(sparql)
            expected = sum(1 for t in articles[art] if occurrences[t] == 1)
            before = ep.count(kg)
            reply = ep.update(sparql)
            removed = before - ep.count(kg)
            times.append(reply.seconds)
            # The article graph goes too, as in a real article removal.
            ep.update(f"DROP SILENT GRAPH <{art}>")
            for t in articles[art]:
                occurrences[t] -= 1
            r.add(
                f"- {art}: HTTP {reply.status}, {reply.seconds * 1000:.1f} ms, removed {removed}, "
                f"expected {expected}"
            )
        times.sort()
        r.add(
            f"- median {times[len(times) // 2] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms"
        )
        r.add()


# --------------------------------------------------------------------- e

LITERALS: list[tuple[str, str]] = [
    ("ascii", '"Lopez-Alegria"'),
    ("accents", '"López-Alegría"'),
    ("quotes", r'"say \"hi\" and \'bye\'"'),
    ("backslash", r'"C:\\path\\to"'),
    ("escapes \\n \\t \\r", r'"line1\nline2\ttab\rcr"'),
    ('"""long""" with raw newline', '"""line1\nline2 "q" """'),
    ("curly quotes", '"“curly quotes” ‘single’"'),
    ("umlaut", '"Ü über"'),
    ("\\u escape", r'"\u00DCber"'),
    ("CJK", '"宇宙飞船"'),
    ("emoji (raw)", '"rocket 🚀 launch"'),
    ("emoji (\\U escape)", r'"moon \U0001F315 landing"'),
    ("empty", '""'),
    ("xsd:string", f'"typed"^^<{XSD}string>'),
    ("lang en", '"hello"@en'),
    ("lang en-GB", '"colour"@en-GB'),
    ("xsd:date", f'"2024-03-01"^^<{XSD}date>'),
    ("xsd:date with Z", f'"2024-03-01Z"^^<{XSD}date>'),
    ("xsd:dateTime Z", f'"2024-03-01T10:20:30Z"^^<{XSD}dateTime>'),
    ("xsd:dateTime +02:00", f'"2024-03-01T10:20:30+02:00"^^<{XSD}dateTime>'),
    ("xsd:dateTime no tz", f'"2024-03-01T10:20:30"^^<{XSD}dateTime>'),
    ("xsd:gYear", f'"1969"^^<{XSD}gYear>'),
    ("xsd:gYearMonth", f'"1969-07"^^<{XSD}gYearMonth>'),
    ("xsd:decimal", f'"3.14"^^<{XSD}decimal>'),
    ("xsd:decimal 1.50", f'"1.50"^^<{XSD}decimal>'),
    ("bare decimal", "2.50"),
    ("xsd:integer", f'"42"^^<{XSD}integer>'),
    ("xsd:integer 042", f'"042"^^<{XSD}integer>'),
    ("bare integer", "-7"),
    ("bare integer > 64 bit", "99999999999999999999999"),
    ("xsd:long", f'"42"^^<{XSD}long>'),
    ("xsd:int", f'"42"^^<{XSD}int>'),
    ("xsd:nonNegativeInteger", f'"42"^^<{XSD}nonNegativeInteger>'),
    ("xsd:double", f'"1.5e3"^^<{XSD}double>'),
    ("xsd:double 17 digits", f'"3.141592653589793"^^<{XSD}double>'),
    ("bare double", "6.02e23"),
    ("xsd:float", f'"0.1"^^<{XSD}float>'),
    ("xsd:boolean true", f'"true"^^<{XSD}boolean>'),
    ("xsd:boolean 1", f'"1"^^<{XSD}boolean>'),
    ("bare false", "false"),
    ("xsd:anyURI", f'"http://example.org/x"^^<{XSD}anyURI>'),
    ("custom datatype", '"abc"^^<urn:my:dt>'),
    ("invalid xsd:date", f'"not-a-date"^^<{XSD}date>'),
]


def sparql_term(binding: dict[str, str]) -> str:
    """A SPARQL JSON results binding written back as a SPARQL term."""
    if binding.get("type") == "uri":
        return f"<{binding['value']}>"
    text = binding.get("value", "(missing)")
    for raw, escaped in (
        ("\\", "\\\\"),
        ('"', '\\"'),
        ("\n", "\\n"),
        ("\r", "\\r"),
        ("\t", "\\t"),
    ):
        text = text.replace(raw, escaped)
    if "xml:lang" in binding:
        return f'"{text}"@{binding["xml:lang"]}'
    if "datatype" in binding:
        return f'"{text}"^^<{binding["datatype"]}>'
    return f'"{text}"'


def probe_e(ep: Endpoint, r: Report, slow: bool) -> None:
    r.add("## e. Literal round trips")
    r.add()
    g = "urn:e:lit"
    body = " .\n".join(
        f"<urn:e:{i}> <urn:e:p> {lit}" for i, (_, lit) in enumerate(LITERALS)
    )
    reply = ep.update(f"INSERT DATA {{ GRAPH <{g}> {{ {body} }} }}")
    r.add(
        f"One `INSERT DATA {{ GRAPH <{g}> {{ <urn:e:N> <urn:e:p> LITERAL . ... }} }}` "
        f"-> HTTP {reply.status}. Then `SELECT ?s ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}` "
        "(JSON), the same triples by CONSTRUCT as N-Triples, and "
        f"`ASK {{ GRAPH <{g}> {{ <urn:e:N> <urn:e:p> LITERAL }} }}` with the inserted text. "
        "The last three columns: `DELETE DATA { GRAPH <g> { <urn:e:N> <urn:e:p> OBJECT } }` "
        "with OBJECT = the inserted text / the JSON binding written back as a SPARQL term / "
        "the N-Triples object verbatim, each on its own copy of the graph; True means the "
        "triple is gone."
    )
    r.add()
    json_rows = ep.query(f"SELECT ?s ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows()
    by_subject = {row["s"]["value"]: row["o"] for row in json_rows}
    nt = ep.query(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}",
        accept="application/n-triples",
    ).body
    nt_objects = {}
    for line in nt.splitlines():
        if line.strip():
            subject, _, rest = line.partition("\t")
            obj = rest.partition("\t")[2].rstrip(" .")
            nt_objects[subject.strip("<>")] = obj
    rows = ep.query(
        f"SELECT (STR(?o) AS ?str) ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o "
        f"FILTER(DATATYPE(?o) = <{XSD}double>) }} }}"
    ).rows()
    doubles = json.dumps([{k: v["value"] for k, v in row.items()} for row in rows])
    g_json, g_nt = "urn:e:lit-json", "urn:e:lit-nt"
    ep.update(f"COPY <{g}> TO <{g_json}>")
    ep.update(f"COPY <{g}> TO <{g_nt}>")

    def cell(text: str) -> str:
        return "`" + text.replace("\n", "\\n").replace("|", "\\|") + "`"

    def delete_removes(graph: str, subject: str, term: str) -> bool:
        ep.update(
            f"DELETE DATA {{ GRAPH <{graph}> {{ <{subject}> <urn:e:p> {term} }} }}"
        )
        left = f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ <{subject}> ?p ?o }} }}"
        return not ep.query(left).rows()

    r.add(
        "| case | inserted | JSON binding | N-Triples object | exact ASK "
        "| DELETE DATA inserted text | from JSON | from N-Triples |"
    )
    r.add("|---|---|---|---|---|---|---|---|")
    for i, (name, lit) in enumerate(LITERALS):
        subject = f"urn:e:{i}"
        binding = dict(by_subject.get(subject, {}))
        nt_object = nt_objects.get(subject, '"(missing)"')
        matched = ep.ask(f"ASK {{ GRAPH <{g}> {{ <{subject}> <urn:e:p> {lit} }} }}")
        gone = delete_removes(g, subject, lit)
        gone_json = delete_removes(g_json, subject, sparql_term(binding))
        gone_nt = delete_removes(g_nt, subject, nt_object)
        r.add(
            f"| {name} | {cell(lit)} | {cell(json.dumps(binding, ensure_ascii=False))} "
            f"| {cell(nt_object)} | {matched} | {gone} | {gone_json} | {gone_nt} |"
        )
    r.add()
    r.add(
        "Doubles, `SELECT (STR(?o) AS ?str) ?o ... FILTER(DATATYPE(?o) = xsd:double)` "
        f"(before the deletes): {doubles}"
    )
    r.add()

    r.add('`"x"` versus `"x"^^xsd:string`:')
    s = "urn:e:str"
    setup = (
        f'INSERT DATA {{ GRAPH <{s}> {{ <urn:e:a> <urn:e:p> "x" . <urn:e:a> <urn:e:p> "x"^^<{XSD}string> . '
        f'<urn:e:b> <urn:e:p> "y" . <urn:e:c> <urn:e:p> "z"^^<{XSD}string> }} }}'
    )
    ep.update(setup)
    r.sparql(setup)
    r.add(f"- stored: {graph_rows(ep, [s])} ({ep.count(s)} triples)")
    for sparql in (
        f'DELETE DATA {{ GRAPH <{s}> {{ <urn:e:b> <urn:e:p> "y"^^<{XSD}string> . <urn:e:c> <urn:e:p> "z" }} }}',
        f'DELETE DATA {{ GRAPH <{s}> {{ <urn:e:b> <urn:e:p> "y" . <urn:e:c> <urn:e:p> "z"^^<{XSD}string> }} }}',
    ):
        reply = ep.update(sparql)
        r.add(f"- `{sparql}` -> HTTP {reply.status}; left: {graph_rows(ep, [s])}")
    for sparql in (
        f'SELECT ?s WHERE {{ GRAPH <{s}> {{ ?s ?p "x" }} }}',
        f'SELECT ?s WHERE {{ GRAPH <{s}> {{ ?s ?p "x"^^<{XSD}string> }} }}',
        f'SELECT ?o WHERE {{ GRAPH <{s}> {{ ?s ?p ?o FILTER(?o = "x") }} }}',
        f'SELECT ?o WHERE {{ GRAPH <{s}> {{ ?s ?p ?o FILTER(STR(?o) = "x") }} }}',
    ):
        r.add(f"- `{sparql}` -> {len(ep.query(sparql).rows())} row(s)")
    r.add()

    r.add("Non-BMP characters (emoji) and exact matching:")
    sat = "\U0001f6f0"  # the satellite emoji, sent raw as UTF-8
    escape = "\\U0001F6F0"  # the same character as a SPARQL \\U escape
    for k, (name, text) in enumerate(
        (("raw", f"sat {sat} A"), ("\\U-escaped", f"sat {escape} B"))
    ):
        graph = f"urn:e:emoji:{k}"
        ep.update(
            f'INSERT DATA {{ GRAPH <{graph}> {{ <urn:e:s1> <urn:e:p> "{text}" }} }}'
        )
        as_raw = text.replace(escape, sat)
        as_escape = text.replace(sat, escape)
        ask_raw = ep.ask(
            f'ASK {{ GRAPH <{graph}> {{ <urn:e:s1> <urn:e:p> "{as_raw}" }} }}'
        )
        ask_escape = ep.ask(
            f'ASK {{ GRAPH <{graph}> {{ <urn:e:s1> <urn:e:p> "{as_escape}" }} }}'
        )
        ep.update(
            f'DELETE DATA {{ GRAPH <{graph}> {{ <urn:e:s1> <urn:e:p> "{as_raw}" }} }}'
        )
        r.add(
            f'- inserted `"{text}"` ({name}) alone: exact ASK with raw text {ask_raw}, '
            f"with the \\U escape {ask_escape}; DELETE DATA with the raw text leaves "
            f"{ep.count(graph)} triple(s)"
        )
    graph = "urn:e:emoji:mixed"
    literal = f'"sat {sat} C"'
    mixed = (
        f"INSERT DATA {{ GRAPH <{graph}> {{ <urn:e:s1> <urn:e:p> {literal} . "
        f'<urn:e:s2> <urn:e:p> "sat {escape} C" }} }}'
    )
    ep.update(mixed)
    r.add("- the same string raw and \\U-escaped in one request:")
    r.sparql(mixed)
    for subject in ("urn:e:s1", "urn:e:s2"):
        ask = f"ASK {{ GRAPH <{graph}> {{ <{subject}> <urn:e:p> {literal} }} }}"
        r.add(f"  - `{ask}` -> {ep.ask(ask)}")
    delete = f"DELETE DATA {{ GRAPH <{graph}> {{ <urn:e:s1> <urn:e:p> {literal} }} }}"
    reply = ep.update(delete)
    r.add(f"  - `{delete}` -> HTTP {reply.status}; triples left {ep.count(graph)} of 2")
    later = "urn:e:emoji:later"
    ep.update(f"INSERT DATA {{ GRAPH <{later}> {{ <urn:e:s1> <urn:e:p> {literal} }} }}")
    ask = f"ASK {{ GRAPH <{later}> {{ <urn:e:s1> <urn:e:p> {literal} }} }}"
    by_str = f"SELECT ?o WHERE {{ GRAPH <{later}> {{ ?s ?p ?o FILTER(STR(?o) = {literal}) }} }}"
    r.add(
        f"  - the same raw string inserted afterwards, alone, into <{later}>: `{ask}` -> "
        f"{ep.ask(ask)}; `{by_str}` -> {len(ep.query(by_str).rows())} row(s)"
    )
    r.add()


# --------------------------------------------------------------------- f

FORMATS = {
    "application/n-triples": "nt",
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}


def probe_f(ep: Endpoint, r: Report, slow: bool) -> None:
    r.add("## f. Result formats through SPARQLWrapper 2.0")
    r.add()
    ep.update(
        'INSERT DATA { GRAPH <urn:f:g> { <urn:f:s1> <urn:f:p> "o1" . '
        '<urn:f:s1> <urn:f:p> "Ü 🚀"@en-GB } }'
    )
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <urn:f:g> { ?s ?p ?o } }"
    select = "SELECT ?s ?o WHERE { GRAPH <urn:f:g> { ?s ?p ?o } }"
    r.add(f"CONSTRUCT: `{construct}`; SELECT: `{select}`")
    r.add()
    cases: list[tuple[str, str, str | None, str | None, bool]] = [
        ("CONSTRUCT", construct, TURTLE, None, False),
        ("CONSTRUCT", construct, N3, None, False),
        ("CONSTRUCT", construct, RDFXML, None, False),
        ("CONSTRUCT", construct, SW_JSONLD, None, False),
        ("CONSTRUCT", construct, None, "application/n-triples", False),
        ("CONSTRUCT", construct, None, "application/n-triples", True),
        ("CONSTRUCT", construct, TURTLE, None, True),
        ("SELECT", select, JSON, None, False),
        ("SELECT", select, JSON, None, True),
    ]
    import warnings

    for form, sparql, fmt, accept, conneg in cases:
        client = wrapper(ep.url, sparql)
        if fmt:
            client.setReturnFormat(fmt)
        if accept:
            client.addCustomHttpHeader("Accept", accept)
        client.setOnlyConneg(conneg)
        request = client._createRequest()
        params = urllib.parse.parse_qs(request_body(client))
        fmt_param = params.get("format", ["(none)"])[0]
        label = (
            f"{form} setReturnFormat({fmt!r})" if fmt else f"{form} Accept: {accept}"
        ) + (" + setOnlyConneg(True)" if conneg else "")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                result = client.query()
                content_type = result.response.headers.get("Content-Type")
                body = result.response.read()
                converted = client.query().convert()
            kind = type(converted).__name__
            r.add(
                f"- {label}: sends Accept `{request.get_header('Accept')}`, format=`{fmt_param}` "
                f"-> `{content_type}`, convert() gives {kind}; body starts "
                f"`{body[:110].decode(errors='replace')!r}`"
            )
        except Exception as error:  # noqa: BLE001 - the failure is the finding
            r.add(
                f"- {label}: sends Accept `{request.get_header('Accept')}`, format=`{fmt_param}` "
                f"-> {type(error).__name__}: {str(error)[:80]}"
            )
    r.add()
    numbers = [
        f'"3.141592653589793"^^<{XSD}double>',
        f'"1.5e3"^^<{XSD}double>',
        f'"0.1"^^<{XSD}float>',
        f'"42"^^<{XSD}long>',
        f'"1.50"^^<{XSD}decimal>',
        f'"true"^^<{XSD}boolean>',
        f'"1969"^^<{XSD}gYear>',
    ]
    number_data = " . ".join(
        f"<urn:f:n{i}> <urn:f:p> {lit}" for i, lit in enumerate(numbers)
    )
    ep.update(f"INSERT DATA {{ GRAPH <urn:f:num> {{ {number_data} }} }}")
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <urn:f:num> { ?s ?p ?o } }"
    r.add(
        f"Typed literals through each CONSTRUCT format, parsed with rdflib "
        f"{rdflib.__version__} (`{construct}`, raw HTTP with the given Accept):"
    )
    r.add()
    r.add("| inserted | " + " | ".join(FORMATS) + " |")
    r.add("|---|" + "---|" * len(FORMATS))
    parsed: dict[str, dict[str, str]] = {}
    for accept, rdflib_format in FORMATS.items():
        graph = rdflib.Graph()
        graph.parse(data=ep.query(construct, accept=accept).body, format=rdflib_format)
        parsed[accept] = {str(s): o.n3() for s, _, o in graph}
    for i, lit in enumerate(numbers):
        cells = [parsed[accept].get(f"urn:f:n{i}", "(missing)") for accept in FORMATS]
        r.add(f"| `{lit}` | " + " | ".join(f"`{c}`" for c in cells) + " |")
    r.add()
    reply = ep.query("ASK { GRAPH <urn:f:g> { <urn:f:s1> ?p ?o } }")
    r.add(
        f"ASK: `ASK {{ GRAPH <urn:f:g> {{ <urn:f:s1> ?p ?o }} }}` with Accept {JSON_ACCEPT} -> "
        f"`{' '.join(reply.body.split())}`"
    )
    reply = ep.query("ASK { GRAPH <urn:f:g> { <urn:f:nobody> ?p ?o } }")
    r.add(f"false ASK -> `{' '.join(reply.body.split())}`")
    r.add()


# --------------------------------------------------------------------- g


def first_value(reply: Reply) -> str:
    """The first binding's first value, or what came instead."""
    if reply.status != 200:
        return f"(HTTP {reply.status})"
    rows = reply.rows()
    if not rows:
        return "(no rows)"
    return str(next(iter(rows[0].values()))["value"])


def _cross(n: int) -> str:
    return " ".join(
        f"GRAPH <urn:g:big> {{ ?{v} <urn:g:p> ?{w} FILTER(?{w} < {n}) }}"
        for v, w in (("a", "x"), ("b", "y"), ("c", "z"))
    )


def _server_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _seconds_until_idle(pid: int, start: float, limit: float = 120.0) -> str:
    last = _server_cpu(pid)
    while time.perf_counter() - start < limit:
        time.sleep(0.5)
        now = _server_cpu(pid)
        if now - last < 0.02:
            return f"{time.perf_counter() - start:.1f} s"
        last = now
    return f"still busy after {limit:.0f} s"


def probe_g(ep: Endpoint, r: Report, slow: bool, pid: int) -> None:
    r.add("## g. Timeouts")
    r.add()
    lines = "\n".join(f"<urn:g:s{i}> <urn:g:p> {i} ." for i in range(2000))
    ep.update(f"INSERT DATA {{ GRAPH <urn:g:big> {{ {lines} }} }}")
    r.add(
        "Data: <urn:g:big> holds `<urn:g:sI> <urn:g:p> I` for I < 2000. "
        "`CROSS(N)` below is the 3-way cross product "
        f"`{_cross(0).replace('< 0', '< N')}` (N^3 rows)."
    )
    r.add()
    count_q = f"SELECT (COUNT(*) AS ?n) WHERE {{ {_cross(400)} }}"
    reply = ep.query(count_q)
    r.add(
        f"- Reference, no timeout: `SELECT (COUNT(*) AS ?n) WHERE {{ CROSS(400) }}` -> "
        f"{first_value(reply)} in {reply.seconds:.1f} s"
    )
    count_q = f"SELECT (COUNT(*) AS ?n) WHERE {{ {_cross(800)} }}"
    for timeout in ("2000", "5000"):
        reply = ep.query(count_q, timeout=timeout)
        r.add(
            f"- `SELECT (COUNT(*) AS ?n) WHERE {{ CROSS(800) }}` (true answer 512000000) with "
            f"`timeout={timeout}` -> HTTP {reply.status} after {reply.seconds:.2f} s, "
            f"result {first_value(reply)}, "
            f"X-SQL-State `{reply.headers.get('X-SQL-State')}`, "
            f"X-SQL-Message `{reply.headers.get('X-SQL-Message', '')[:90]}`"
        )
    none_q = f"SELECT ?a WHERE {{ {_cross(800)} FILTER(?x + ?y + ?z = -1) }}"
    reply = ep.query(none_q, timeout="2000")
    r.add(
        f"- `SELECT ?a WHERE {{ CROSS(800) FILTER(?x + ?y + ?z = -1) }}` with `timeout=2000` -> "
        f"HTTP {reply.status} after {reply.seconds:.2f} s, {len(reply.rows())} rows, "
        f"X-SQL-State `{reply.headers.get('X-SQL-State')}`"
    )
    template = "?a <urn:g:q> ?o"
    where = "CROSS(100) BIND(?x * 1000000 + ?y * 1000 + ?z AS ?o)"
    for attempt in range(3):
        graph = f"urn:g:out{attempt}"
        insert_q = (
            f"INSERT {{ GRAPH <{graph}> {{ {template} }} }} WHERE {{ {_cross(100)} "
            "BIND(?x * 1000000 + ?y * 1000 + ?z AS ?o) }"
        )
        reply = ep.update(insert_q, timeout="2000")
        r.add(
            f"- run {attempt + 1}: `INSERT {{ GRAPH <{graph}> {{ {template} }} }} WHERE {{ {where} }}` "
            f"(1,000,000 distinct triples) with `timeout=2000` -> HTTP {reply.status} after "
            f"{reply.seconds:.2f} s, X-SQL-State `{reply.headers.get('X-SQL-State')}`, "
            f"<{graph}> now has {ep.count(graph)} triples; `{reply.short(90)}`"
        )
    if slow:
        distinct_q = f"SELECT DISTINCT ?a ?b WHERE {{ {_cross(800)} }}"
        for attempt in range(3):
            reply = ep.query(distinct_q, timeout="2000")
            rows = "-"
            if reply.status == 200:
                rows = str(len(reply.rows()))
            r.add(
                f"- run {attempt + 1}: `SELECT DISTINCT ?a ?b WHERE {{ CROSS(800) }}` (640000 rows) "
                f"with `timeout=2000` -> HTTP {reply.status} after {reply.seconds:.1f} s, "
                f"Content-Type `{reply.headers.get('Content-Type')}`, rows {rows}, "
                f"X-SQL-State `{reply.headers.get('X-SQL-State')}`, {len(reply.body)} bytes"
            )
    r.add()
    r.add(
        "Client-side timeout (SPARQLWrapper `setTimeout(2)`), server CPU watched in /proc:"
    )
    for label, sparql in (
        (
            "`SELECT (COUNT(*) AS ?n) WHERE { CROSS(1600) }` (minutes to run)",
            f"SELECT (COUNT(*) AS ?n) WHERE {{ {_cross(1600)} }}",
        ),
        (
            "`INSERT { GRAPH <urn:g:client> { ?a <urn:g:q> ?b } } WHERE { CROSS(150) }` (about 45 s)",
            f"INSERT {{ GRAPH <urn:g:client> {{ ?a <urn:g:q> ?b }} }} WHERE {{ {_cross(150)} }}",
        ),
    ):
        client = wrapper(ep.url, sparql, timeout=2)
        client.setReturnFormat(JSON)
        start = time.perf_counter()
        try:
            client.query()
            outcome = "no exception"
        except Exception as error:  # noqa: BLE001 - the exception type is the finding
            outcome = f"{type(error).__module__}.{type(error).__name__}({error})"
        raised = time.perf_counter() - start
        idle = _seconds_until_idle(pid, start)
        r.add(
            f"- {label}: {outcome} after {raised:.1f} s; server CPU idle again {idle} after "
            f"the request started"
        )
    r.add(f"- <urn:g:client> afterwards: {ep.count('urn:g:client')} triples")
    r.add()


# --------------------------------------------------------------------- h


def probe_h(ep: Endpoint, r: Report, slow: bool) -> None:
    r.add("## h. INSERT DATA throughput, 200 graphs x 300 triples, one client")
    r.add()
    n_graphs, per_graph = 200, 300
    r.add(
        "Triples look like article data: "
        '`<urn:h:R:eI_J> <urn:h:name> "Name I J"@en`, `<urn:h:R:eI_J> <urn:h:date> "2024-01-02"^^xsd:date`, '
        "`<urn:h:R:eI_J> <urn:h:link> <urn:h:R:eI_K>`. A batch is one `INSERT DATA` "
        "with one `GRAPH` block per graph it touches (graphs filled in order)."
    )
    r.add()

    def quads(run: str) -> list[tuple[str, str]]:
        out = []
        for i in range(n_graphs):
            graph = f"urn:h:{run}:g{i}"
            for j in range(per_graph // 3):
                s = f"<urn:h:{run}:e{i}_{j}>"
                out.append((graph, f'{s} <urn:h:name> "Name {i} {j}"@en'))
                out.append((graph, f'{s} <urn:h:date> "2024-01-02"^^<{XSD}date>'))
                out.append(
                    (graph, f"{s} <urn:h:link> <urn:h:{run}:e{i}_{(j + 1) % 100}>")
                )
        return out

    def batches(items: list[tuple[str, str]], size: int) -> list[str]:
        requests = []
        for k in range(0, len(items), size):
            chunk = items[k : k + size]
            blocks: dict[str, list[str]] = {}
            for graph, triple in chunk:
                blocks.setdefault(graph, []).append(triple)
            body = " ".join(graph_block(g, " . ".join(ts)) for g, ts in blocks.items())
            requests.append(f"INSERT DATA {{ {body} }}")
        return requests

    # Two rounds, interleaved, so a burst of load elsewhere skews both sizes alike.
    sizes = [
        ("one request per graph (300)", per_graph),
        ("500", 500),
        ("2000", 2000),
        ("4500", 4500),
    ]
    for round_no, (label, size) in enumerate(sizes * 2):
        run = f"b{size}r{round_no}"
        items = quads(run)
        requests = batches(items, size)
        start = time.perf_counter()
        for sparql in requests:
            reply = ep.update(sparql)
            if reply.status != 200:
                raise RuntimeError(reply.body[:300])
        elapsed = time.perf_counter() - start
        stored = sum(ep.count(f"urn:h:{run}:g{i}") for i in (0, n_graphs - 1))
        drop_start = time.perf_counter()
        for i in range(n_graphs):
            ep.update(f"DROP SILENT GRAPH <urn:h:{run}:g{i}>")
        dropped = time.perf_counter() - drop_start
        r.add(
            f"- round {round_no // len(sizes) + 1}, batch {label}: {len(requests)} requests, "
            f"{len(items)} triples in {elapsed:.2f} s "
            f"= {len(items) / elapsed:,.0f} triples/s ({elapsed / len(requests) * 1000:.0f} ms/request); "
            f"first+last graph hold {stored}; then 200 x `DROP SILENT GRAPH` took {dropped:.2f} s"
        )
    r.add()


# --------------------------------------------------------------------- main

PROBES: dict[str, Callable[[Endpoint, Report, bool], None]] = {
    "a": probe_a,
    "b": probe_b,
    "c": probe_c,
    "d": probe_d,
    "e": probe_e,
    "f": probe_f,
    "h": probe_h,
}


def _virtuoso_version() -> str:
    """Second line of `virtuoso-t -?`, e.g. "Version 7.2.5.3229-pthreads ..."."""
    out = subprocess.run(
        ["virtuoso-t", "-?"], capture_output=True, text=True, check=False
    )
    lines = (out.stdout + out.stderr).splitlines()
    return lines[1].strip() if len(lines) > 1 else "unknown version"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the report here")
    parser.add_argument(
        "--slow", action="store_true", help="include probes taking minutes"
    )
    parser.add_argument(
        "--only", default="abcdefgh", help="letters of the probes to run"
    )
    parser.add_argument(
        "--dir", type=Path, help="server directory (default: a temp dir)"
    )
    args = parser.parse_args(argv)
    report = Report()
    with tempfile.TemporaryDirectory(prefix="virtuoso-probe-") as tmp:
        directory = args.dir or Path(tmp) / "server"
        with VirtuosoServer(directory) as server:
            version = _virtuoso_version()
            report.add(f"# Virtuoso probe report ({version}; SPARQLWrapper 2.0)")
            report.add()
            ep = Endpoint(server.sparql_url)
            for letter in args.only.replace(",", ""):
                if letter == "g":
                    assert server.pid is not None
                    probe_g(ep, report, args.slow, server.pid)
                else:
                    PROBES[letter](ep, report, args.slow)
    if args.out:
        args.out.write_text(report.text(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
