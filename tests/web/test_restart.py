"""What survives a crash of `kg serve`, with real server processes and kill -9 (issue 12):
queued ingest jobs resume after a restart, worker processes die with the server, and a
second server on the same data directory says why in one line."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from kg.client import find_service
from kg.store.oxigraph import OxigraphStore

pytestmark = pytest.mark.issue(12)

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "test-token-restart"
SERVE = [sys.executable, "-c", "from web.cli import main; main()"]


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "KG_API_TOKEN": TOKEN, **extra}


@contextmanager
def serving(data: Path, **env: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`kg serve` on a free port over ``data``; yields the process and its URL."""
    stale = find_service(data)
    with subprocess.Popen([*SERVE, "--data-dir", str(data), "serve", "--port", "0"], env=_env(**env),
                          stderr=subprocess.PIPE, text=True) as server:
        try:
            deadline = time.monotonic() + 90
            while (found := find_service(data)) is None or found == stale or found.pid != server.pid:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "kg serve did not announce itself"
                time.sleep(0.1)
            yield server, found.url.rstrip("/")
        finally:
            if server.poll() is None:
                server.terminate()
            server.wait(timeout=60)
            if server.stderr:
                server.stderr.close()


def _call(url: str, body: bytes | None = None, media: str = "application/x-ndjson") -> tuple[int, Any]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": media,
                                                              "Authorization": f"Bearer {TOKEN}"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _until(check: Callable[[], Any], seconds: float, what: str) -> Any:
    deadline = time.monotonic() + seconds
    while not (value := check()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)
    return value


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    """Running (a zombie left for a parent that does not reap it counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _articles(n: int) -> list[dict[str, str]]:
    names = ["Ann Baker", "Tom Reyes", "Lena Ortiz", "Raj Patel"]
    return [{"id": f"resume-{i}", "text": f"{names[i % 4]} flew to the station aboard Soyuz MS-{i + 40} in 2019."}
            for i in range(n)]


def _long_job(url: str) -> dict[str, Any]:
    """Queue a job whose first article takes seconds to extract; returns it once it runs."""
    long = {"id": "resume-long", "text": " ".join(
        f"Astronaut Name{i} Okafor flew to the station aboard Soyuz MS-{i % 30} in March 20{i % 20:02d}."
        for i in range(800))}
    body = "\n".join(json.dumps(r) for r in [long, *_articles(3)]).encode()
    status, job = _call(url + "/api/articles", body)
    assert status == 202
    running = _until(lambda: (j := _call(url + job["url"])[1])["status"] == "running" and j, 90, "the job to start")
    assert running["done"] == 0, "the job must still be running when the server is killed"
    return dict(job)


def test_a_job_survives_kill_9_and_its_articles_load_after_the_restart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with serving(data, KG_INGEST_SYNC_LIMIT="1") as (server, url):
        job = _long_job(url)
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=30)
    with serving(data, KG_INGEST_SYNC_LIMIT="1") as (server, url):
        status, resumed = _call(url + job["url"])
        assert status == 200 and resumed["id"] == job["id"] and resumed["total"] == 4
        done = _until(lambda: (j := _call(url + job["url"])[1])["status"] not in ("queued", "running") and j,
                      180, "the resumed job")
        assert done["status"] == "done" and done["failed"] == 0 and done["done"] == 4
        assert _call(url + "/api/stats")[1]["articles"] == 4
        assert _call(url + "/article/resume-2.json")[0] == 200


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_the_ingest_worker_dies_with_a_killed_server(tmp_path: Path) -> None:
    with serving(tmp_path / "data", KG_INGEST_SYNC_LIMIT="1") as (server, url):
        _long_job(url)
        workers = _until(lambda: _children(server.pid), 30, "the ingest worker process")
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=30)
        assert _until(lambda: not any(_alive(w) for w in workers), 15, "the workers of the killed server to exit")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_a_query_worker_running_away_dies_with_a_killed_server(tmp_path: Path) -> None:
    with serving(tmp_path / "data", KG_QUERY_TIMEOUT="300", KG_INGEST_SYNC_LIMIT="10") as (server, url):
        body = "\n".join(json.dumps(a) for a in _articles(4)).encode()
        assert _call(url + "/api/articles", body)[0] == 200
        runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"

        def ask() -> None:
            with contextlib.suppress(OSError):  # the server is killed under it
                _call(url + "/sparql?query=" + urllib.parse.quote(runaway))

        asking = threading.Thread(target=ask, daemon=True)
        asking.start()
        time.sleep(1.0)  # the query now runs in a worker
        workers = _children(server.pid)
        assert workers and asking.is_alive()
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=30)
        # left alone, the runaway worker would go on for many seconds; the watchdog ends it in one
        assert _until(lambda: not any(_alive(w) for w in workers), 5, "the query workers of the killed server to exit")


def test_a_second_server_on_the_same_data_directory_says_why_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with serving(data):
        second = subprocess.run([*SERVE, "--data-dir", str(data), "serve", "--port", "0"], env=_env(),
                                capture_output=True, text=True, timeout=120)
    assert second.returncode == 1
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in second.stderr, second.stderr
    assert "in use by another astrokg process" in lines[0]


def test_a_locked_store_stops_serve_with_one_line(tmp_path: Path) -> None:
    holder = OxigraphStore(tmp_path / "data")
    try:
        result = subprocess.run([*SERVE, "--data-dir", str(tmp_path / "data"), "serve", "--port", "0"], env=_env(),
                                capture_output=True, text=True, timeout=120)
    finally:
        holder.close()
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("Error: the data directory")


_ORPHAN = """
import os, sys, time
parent = os.getpid()
child = os.fork()
if child == 0:
    die_with_parent(parent, poll=0.05)
    while True:  # a runaway: only the watchdog ends it
        pass
print(child, flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_runaway_child_exits_when_its_parent_is_killed() -> None:
    with subprocess.Popen([sys.executable, "-c", _ORPHAN], env=_env(), stdout=subprocess.PIPE, text=True) as parent:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert _alive(child)
        parent.kill()
        parent.wait()
        _until(lambda: not _alive(child), 15, "the orphaned child to exit")


def test_a_port_in_use_stops_serve_with_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([*SERVE, "--data-dir", str(tmp_path / "data"), "serve", "--port", str(port)],
                                env=_env(), capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"Error: cannot listen on 127.0.0.1:{port}")
