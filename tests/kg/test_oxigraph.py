"""Things only the embedded store does: its directory lock and persistence across processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import StoreLocked
from kg.ingest import graph_for
from kg.store.oxigraph import OxigraphStore
from tests.kg.conftest import twins_article


def test_a_second_opener_gets_a_clear_lock_error(tmp_path: Path) -> None:
    first = OxigraphStore(tmp_path / "db")
    try:
        with pytest.raises(StoreLocked, match="in use by another astrokg process"):
            OxigraphStore(tmp_path / "db")
    finally:
        first.close()


def test_the_graph_persists_across_processes(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "db")
    store.write([graph_for(store, twins_article())])
    store.close()
    reader = (
        "from kg.store.oxigraph import OxigraphStore\n"
        f"s = OxigraphStore({str(tmp_path / 'db')!r})\n"
        "print(s.stats().articles)\n"
    )
    done = subprocess.run([sys.executable, "-c", reader], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"


def test_closing_releases_the_lock(tmp_path: Path) -> None:
    OxigraphStore(tmp_path / "db").close()
    again = OxigraphStore(tmp_path / "db")  # raises if the first one still holds the lock
    assert again.stats().articles == 0
    again.close()
