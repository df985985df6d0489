"""Start and stop a throwaway ``oxigraph serve``: a generic SPARQL 1.1 server for the remote store's
tests, beside Virtuoso. Unlike Virtuoso it follows the protocol to the letter (a request that
names a default graph and no named graphs sees no named graphs), so it keeps astrokg's SPARQL
standard. The binary comes with the ``oxigraph`` test dependency.

    with OxigraphServer(tmp_path) as server:
        RemoteStore(server.query_url, update_url=server.update_url)
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from shutil import which
from types import TracebackType
from typing import Self


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` command: on PATH, or beside this Python (a virtual environment's bin)."""
    beside = Path(sys.executable).parent / "oxigraph"
    return which("oxigraph") or (str(beside) if beside.exists() else None)


class OxigraphServer:
    """One ``oxigraph serve`` on a free loopback port, its data in ``directory``."""

    def __init__(self, directory: Path, start_timeout: float = 30.0) -> None:
        self.directory = Path(directory)
        self.start_timeout = start_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    @property
    def update_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/update"

    def start(self) -> Self:
        binary = oxigraph_binary()
        if binary is None:
            raise RuntimeError("the oxigraph binary is missing (pip install oxigraph)")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        log = (self.directory / "oxigraph.log").open("wb")
        self.process = subprocess.Popen(
            [binary, "serve", "--location", str(self.directory / "db"), "--bind", f"127.0.0.1:{self.port}"],
            stdout=log, stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {(self.directory / 'oxigraph.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(self.query_url + "?query=ASK%7B%7D", timeout=2) as answer:
                    if answer.status == 200:
                        return self
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"oxigraph serve did not answer within {self.start_timeout:g} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()
