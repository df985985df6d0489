"""Latency and throughput of /sparql and /api/ask under concurrent clients, next to
``oxigraph serve`` answering the same SPARQL over the same data in the same run.

Prepare the data once (see benchmarks/synth.py), then run:

    python benchmarks/synth.py --articles 10000 -o /tmp/news.nq
    kg --data-dir /tmp/kg-data import /tmp/news.nq
    oxigraph load --location /tmp/ox-data --file /tmp/news.nq
    python benchmarks/serve_bench.py --kg-data /tmp/kg-data --oxigraph-data /tmp/ox-data

It starts ``kg serve`` (waitress, query worker processes) and ``oxigraph serve-read-only``
on free ports, sends an entity-neighbourhood query across ``GRAPH ?g`` (hundreds of rows,
rotating over entities) from N client threads to each for a fixed time, then questions to
/api/ask (questions never asked before, from 1 client, then from several), and prints p50/p95
latency, throughput, the ratio to Oxigraph's own server (aim >= 0.90) and how new questions
scale from 1 client to 4 (aim >= 1.6, with a 1-client p50 of at most 15 ms). Beside the
throughput it prints each server's CPU per request (its process and its children: for
astrokg the query workers), which other work on a shared machine does not change: on a
machine both servers keep busy, the throughput ratio tends to the inverse CPU ratio.
It also compares Oxigraph's JSON writer with converting terms to JSON in Python.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import psutil

NEIGHBOURHOOD = "SELECT ?g ?p ?o WHERE {{ GRAPH ?g {{ <{entity}> ?p ?o }} }}"
POPULAR = """SELECT ?e (COUNT(*) AS ?n) WHERE {
  ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l ; a <https://w3id.org/astrokg/ontology#Astronaut> .
  GRAPH ?g { ?e ?p ?o } } GROUP BY ?e ORDER BY DESC(?n) LIMIT 60"""
QUESTIONS = (
    "How many days has {p} spent in space?", "Where did {p} launch from?", "Who does {p} work for?",
    "When will {p} return to Earth?", "When did {p} launch?", "What did {p} launch on?",
    "Is {p} the twin of {q}?", "Who commanded Expedition {n}?", "Who is {p}?",
)


@dataclass
class Run:
    """What one load run measured."""

    name: str
    latencies: list[float]
    seconds: float
    errors: int
    rows: int = 0
    cpu: float = 0.0  # CPU seconds the server (and its child processes) spent during the run
    own: float = 0.0  # of which the server's own process (for astrokg: where one interpreter lock serialises)

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds

    def line(self) -> str:
        lat = sorted(self.latencies)
        p50 = 1000 * statistics.median(lat)
        p95 = 1000 * lat[int(0.95 * (len(lat) - 1))]
        cpu = f"  CPU {1000 * self.cpu_per_request:.2f} ms/req" if self.cpu else ""
        if self.own:
            cpu += f" ({1000 * self.own / len(self.latencies):.2f} in the service process)"
        return (f"{self.name:<34} {len(lat):>6} req  {self.throughput:>7.1f} req/s  p50 {p50:>6.1f} ms  "
                f"p95 {p95:>6.1f} ms  errors {self.errors}{cpu}")

    @property
    def cpu_per_request(self) -> float:
        return self.cpu / len(self.latencies)


def cpu_seconds(pid: int, *, children: bool = True) -> float:
    """User and system CPU of a process and (unless told otherwise) its live children
    (astrokg's query and question workers)."""
    total = 0.0
    process = psutil.Process(pid)
    for p in (process, *(process.children(recursive=True) if children else ())):
        try:
            times = p.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int, path: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path)
            if conn.getresponse().status < 500:
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"no server on port {port}")


def get(conn: http.client.HTTPConnection, path: str, accept: str) -> tuple[int, bytes]:
    conn.request("GET", path, headers={"Accept": accept})
    response = conn.getresponse()
    return response.status, response.read()


def load(name: str, port: int, paths: list[str], accept: str, clients: int, seconds: float,
         *, once: bool = False) -> Run:
    """``clients`` threads, each on its own keep-alive connection, for ``seconds`` (or, with
    ``once``, until every path has been requested once: no request is repeated)."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    queue = iter(paths)

    def client(k: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: list[float] = []
        i = k
        while time.monotonic() < deadline:
            if once:
                with lock:
                    path = next(queue, None)
                if path is None:
                    break
            else:
                path = paths[i % len(paths)]
                i += clients
            started = time.perf_counter()
            status, _ = get(conn, path, accept)
            mine.append(time.perf_counter() - started)
            if status != 200:
                with lock:
                    errors[0] += 1
        with lock:
            latencies.extend(mine)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return Run(name, latencies, time.monotonic() - started, errors[0])


def serialization(data_dir: Path, entities: list[str], repeat: int = 30) -> None:
    """Oxigraph's own JSON writer against converting every term in Python."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(data_dir))
    queries = [NEIGHBOURHOOD.format(entity=e) for e in entities]

    def native(q: str) -> bytes:
        data = store.query(q).serialize(format=ox.QueryResultsFormat.JSON)
        assert data is not None
        return data

    def python(q: str) -> bytes:
        result = store.query(q)
        names = [v.value for v in result.variables]
        rows = []
        for solution in result:
            row = {}
            for name in names:
                term = solution[name]
                if term is None:
                    continue
                if isinstance(term, ox.NamedNode):
                    row[name] = {"type": "uri", "value": term.value}
                elif isinstance(term, ox.BlankNode):
                    row[name] = {"type": "bnode", "value": term.value}
                else:
                    cell = {"type": "literal", "value": term.value}
                    if term.language:
                        cell["xml:lang"] = term.language
                    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                        cell["datatype"] = term.datatype.value
                    row[name] = cell
            rows.append(row)
        return json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}).encode()

    def query_only(q: str) -> int:
        return sum(1 for _ in store.query(q))

    timings: dict[str, float] = {}
    for label, fn in (("query only (iterate rows)", query_only), ("native JSON writer", native),
                      ("Python term conversion", python)):
        for q in queries[:3]:
            fn(q)
        started = time.perf_counter()
        for _ in range(repeat):
            for q in queries:
                fn(q)
        timings[label] = 1000 * (time.perf_counter() - started) / (repeat * len(queries))
    rows = statistics.mean(query_only(q) for q in queries)
    print(f"\nSerialization of the neighbourhood query ({rows:.0f} rows on average), ms per query:")
    for label, ms in timings.items():
        print(f"  {label:<28} {ms:7.2f}")
    print(f"  Python / native: {timings['Python term conversion'] / timings['native JSON writer']:.2f}x slower; "
          "the endpoint keeps the native writer")


def questions(entities: list[str], labels: dict[str, str], rng: random.Random, count: int) -> list[str]:
    out = []
    for _ in range(count):
        p, q = rng.sample(entities, 2)
        out.append(rng.choice(QUESTIONS).format(p=labels[p], q=labels[q], n=rng.randint(1, 90)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kg-data", type=Path, required=True)
    parser.add_argument("--oxigraph-data", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=4, help="kg serve --query-workers")
    parser.add_argument("--question-workers", type=int, default=2,
                        help="kg serve --question-workers (0: questions answered in the service process)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating /sparql rounds per server")
    parser.add_argument("--skip-sparql", action="store_true", help="only the /api/ask runs")
    parser.add_argument("--ask-clients", type=int, default=4, help="concurrent clients asking new questions")
    args = parser.parse_args()
    bin_dir = Path(sys.executable).parent
    kg_port, ox_port = free_port(), free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}

    import pyoxigraph as ox

    probe = ox.Store.read_only(str(args.oxigraph_data))
    ranked = [(r["e"].value, int(r["n"].value)) for r in probe.query(POPULAR)]  # type: ignore[union-attr]
    entities = [e for e, n in ranked if 200 <= n <= 1200][:25] or [e for e, _ in ranked[:25]]
    labels = {r["e"].value: r["l"].value for r in probe.query(  # type: ignore[union-attr]
        "SELECT ?e ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l ; "
        "a <https://w3id.org/astrokg/ontology#Astronaut> }")}
    quads = len(probe)
    del probe
    rows = statistics.mean(n for e, n in ranked if e in entities)
    print(f"graph: {quads} quads; neighbourhood query over {len(entities)} entities, {rows:.0f} rows on average; "
          f"{args.clients} clients, {args.seconds:g} s per run, {os.cpu_count()} CPUs")
    if not args.skip_sparql:
        serialization(args.oxigraph_data, entities)

    servers = [
        subprocess.Popen([str(bin_dir / "kg"), "--data-dir", str(args.kg_data), "serve", "--port", str(kg_port),
                          "--threads", "8", "--query-workers", str(args.workers),
                          "--question-workers", str(args.question_workers)], env=env,
                         stderr=subprocess.DEVNULL),
        subprocess.Popen([str(bin_dir / "oxigraph"), "serve-read-only", "--location", str(args.oxigraph_data),
                          "--bind", f"127.0.0.1:{ox_port}"], stderr=subprocess.DEVNULL),
    ]
    try:
        wait_for(kg_port, "/health")
        wait_for(ox_port, "/query?query=ASK%7B%7D")
        sparql = [NEIGHBOURHOOD.format(entity=e) for e in entities]
        kg_paths = ["/sparql?" + urllib.parse.urlencode({"query": q}) for q in sparql]
        ox_paths = ["/query?" + urllib.parse.urlencode({"query": q}) for q in sparql]
        accept = "application/sparql-results+json"
        if not args.skip_sparql:
            for port, paths in ((kg_port, kg_paths), (ox_port, ox_paths)):  # warm caches and workers
                load("warm-up", port, paths, accept, args.clients, 3)
            runs: dict[str, list[Run]] = {"kg": [], "ox": []}
            print(f"\n/sparql, entity neighbourhood across GRAPH ?g, {args.clients} concurrent clients:")
            for _ in range(args.rounds):
                for key, name, port, paths, pid in (
                        ("kg", "astrokg /sparql (waitress+workers)", kg_port, kg_paths, servers[0].pid),
                        ("ox", "oxigraph serve-read-only /query", ox_port, ox_paths, servers[1].pid)):
                    before = cpu_seconds(pid)
                    run = load(name, port, paths, accept, args.clients, args.seconds)
                    run.cpu = cpu_seconds(pid) - before
                    runs[key].append(run)
                    print("  " + run.line())
            kg_tp = statistics.mean(r.throughput for r in runs["kg"])
            ox_tp = statistics.mean(r.throughput for r in runs["ox"])
            ratios = [k.throughput / o.throughput for k, o in zip(runs["kg"], runs["ox"], strict=True)]
            cpu = statistics.median(o.cpu_per_request / k.cpu_per_request for k, o in zip(runs["kg"], runs["ox"],
                                                                                         strict=True))
            print(f"  throughput ratio astrokg / oxigraph serve: {kg_tp / ox_tp:.2f} (aim >= 0.90; per round "
                  f"{min(ratios):.2f} to {max(ratios):.2f}); CPU per request, oxigraph / astrokg: {cpu:.2f}")

        rng = random.Random(11)
        asked = list(dict.fromkeys(questions(list(labels), labels, rng, 6000)))
        ask_paths = ["/api/ask?" + urllib.parse.urlencode({"q": q}) for q in asked]
        conn = http.client.HTTPConnection("127.0.0.1", kg_port, timeout=120)
        check = ask_paths[-100:]
        # Warm up as many question workers as clients will use (each builds its entity index on
        # its first question), with questions the runs below do not ask.
        load("warm-up", kg_port, check, "application/json", args.ask_clients, args.seconds, once=True)
        answered = sum(1 for p in check if json.loads(get(conn, p, "application/json")[1])["answers"])
        print(f"\n/api/ask, questions about random people ({answered}/{len(check)} of a sample answered), "
              f"{args.clients} concurrent clients:")
        pid = servers[0].pid
        before = (cpu_seconds(pid), cpu_seconds(pid, children=False))
        single = load("astrokg /api/ask, new, 1 client", kg_port, ask_paths[:-100], "application/json", 1,
                      args.seconds, once=True)
        after = (cpu_seconds(pid), cpu_seconds(pid, children=False))
        single.cpu, single.own = after[0] - before[0], after[1] - before[1]
        rest = ask_paths[len(single.latencies):-100]
        many = load(f"astrokg /api/ask, new, {args.ask_clients} clients", kg_port, rest, "application/json",
                    args.ask_clients, args.seconds, once=True)
        many.cpu, many.own = cpu_seconds(pid) - after[0], cpu_seconds(pid, children=False) - after[1]
        for run in (single, many):
            print("  " + run.line())
        print(f"  new questions, throughput {args.ask_clients} clients / 1 client: "
              f"x{many.throughput / single.throughput:.2f} (aim >= 1.6); 1-client p50 "
              f"{1000 * statistics.median(single.latencies):.1f} ms (aim <= 15)")
        again = ask_paths[:300]
        warm = load("astrokg /api/ask, 300 asked again", kg_port, again, "application/json", args.clients,
                    args.seconds)
        print("  " + warm.line())
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
