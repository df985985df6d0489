"""Every `kg` command while a real `kg serve` owns the data directory: reads go through the
service and print what the command prints without it; writes need the service's token.

The same commands run first on a copy of the data directory (no service: the direct path),
then on the served directory, and their outputs are compared."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.client import find_service
from kg.errors import StoreLocked
from kg.store.oxigraph import OxigraphStore
from tests.fixtures import newsroom
from web.cli import cli

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "test-token-beside"
PAGE = 100

SELECT = "SELECT ?name WHERE { ?p a akg:Astronaut ; rdfs:label ?name } ORDER BY ?name"
CONSTRUCT = "CONSTRUCT { ?a akg:spouse ?b } WHERE { ?a akg:spouse ?b }"
ASK = "ASK { ?a akg:twinOf ?b }"
#: (command line, exit code): every read command in every format.
READS: list[tuple[tuple[str, ...], int]] = [
    (("ask", "Who is Scott Kelly's twin?"), 0),
    (("ask", "--json", "Who is Scott Kelly's twin?"), 0),
    (("ask", "--sparql", "How many days did Scott Kelly spend in space?"), 0),
    (("ask", "--json", "Who is Yuri Gagarin?"), 1),
    (("stats",), 0),
    (("stats", "--json"), 0),
    *[(("query", "--format", fmt, SELECT), 0) for fmt in ("table", "json", "csv", "tsv")],
    *[(("query", "--format", fmt, CONSTRUCT), 0) for fmt in ("table", "turtle", "ntriples")],
    *[(("query", "--format", fmt, ASK), 0) for fmt in ("table", "json")],
    *[(("export", "--format", fmt), 0) for fmt in ("nquads", "trig", "turtle", "ntriples")],
]
EXTRA = ('<https://w3id.org/astrokg/resource/Ada_Vance> <http://www.w3.org/2000/01/rdf-schema#label> "Ada Vance" .\n'
         '<https://w3id.org/astrokg/resource/Ada_Vance> <https://w3id.org/astrokg/ontology#spouse> '
         '<https://w3id.org/astrokg/resource/Scott_Kelly> <https://w3id.org/astrokg/graph/imported> .\n')


def run(data: Path, *args: str, token: str | None = None) -> Result:
    env = {"KG_API_TOKEN": token} if token else {"KG_API_TOKEN": ""}
    return CliRunner().invoke(cli, ["--data-dir", str(data), *args], env=env, catch_exceptions=False)


def run_alone(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, as a user runs it (``kg ask`` loads its own model:
    a pipeline shared with other tests may hold their state)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KG_API_TOKEN": ""}
    return subprocess.run([sys.executable, "-c", "from web.cli import main; main()", "--data-dir", str(data), *args],
                          env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def directories(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The newsroom in a data directory, and a copy of it for the direct path."""
    base = tmp_path_factory.mktemp("beside")
    store = OxigraphStore(base / "served")
    newsroom.load(store)
    store.close()
    shutil.copytree(base / "served", base / "direct")
    return base / "served", base / "direct"


@pytest.fixture(scope="module")
def served(directories: tuple[Path, Path]) -> Iterator[Path]:
    """`kg serve` (a real process, with a token) owning the first directory; its row limit is
    low, so an export reads the graph in many pages."""
    data = directories[0]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KG_API_TOKEN": TOKEN, "KG_MAX_ROWS": str(PAGE)}
    with subprocess.Popen([sys.executable, "-c", "from web.cli import main; main()", "--data-dir", str(data),
                           "serve", "--port", "0"], env=env, stderr=subprocess.DEVNULL) as server:
        deadline = time.monotonic() + 90
        while find_service(data) is None:
            assert server.poll() is None, "kg serve exited"
            assert time.monotonic() < deadline, "kg serve did not announce itself"
            time.sleep(0.1)
        try:
            yield data
        finally:
            server.terminate()
            server.wait(timeout=30)


@pytest.mark.parametrize(("args", "code"), READS, ids=[" ".join(a[:3]) for a, _ in READS])
def test_a_read_beside_the_service_prints_what_the_direct_path_prints(
    served: Path, directories: tuple[Path, Path], args: tuple[str, ...], code: int,
) -> None:
    through = run(served, *args)
    assert through.exit_code == code, through.output
    if args[0] == "ask":
        alone = run_alone(directories[1], *args)
        assert alone.returncode == code, alone.stderr
        expected = alone.stdout
    else:
        direct = run(directories[1], *args)
        assert direct.exit_code == code, direct.output
        expected = direct.stdout
    if "--json" in args and code:  # no answer: the example questions suggested are the engine's choice
        assert json.loads(through.stdout)["suggestions"]
        assert without_suggestions(through.stdout) == without_suggestions(expected)
    else:
        assert through.stdout == expected
    assert through.stdout.strip()


def without_suggestions(output: str) -> dict[str, object]:
    """An answer's JSON without its suggestions (which example questions a service suggests
    depends on what it has answered before)."""
    answer: dict[str, object] = json.loads(output)
    answer.pop("suggestions")
    return answer


def test_the_export_took_many_pages(directories: tuple[Path, Path]) -> None:
    assert int(json.loads(run(directories[1], "stats", "--json").stdout)["triples"]) > 5 * PAGE


def test_the_direct_path_is_refused_while_the_service_holds_the_directory(served: Path) -> None:
    """What made the service path necessary: the directory cannot be opened a second time."""
    with pytest.raises(StoreLocked):
        OxigraphStore(served)


def test_a_bad_query_through_the_service_is_a_usage_error(served: Path) -> None:
    result = run(served, "query", "SELECT ?x WHERE { ?x ")
    assert result.exit_code == 2
    assert "invalid SPARQL" in result.output


def test_import_through_the_service_needs_its_token_and_then_matches_the_direct_import(
    served: Path, directories: tuple[Path, Path], tmp_path: Path,
) -> None:
    dump = tmp_path / "extra.nq"
    dump.write_text(EXTRA, encoding="utf-8")
    refused = run(served, "import", str(dump))
    assert refused.exit_code == 1
    assert "token" in refused.output and "KG_API_TOKEN" in refused.output
    wrong = run(served, "import", str(dump), token="wrong")
    assert wrong.exit_code == 1 and "refused" in wrong.output
    done = run(served, "import", str(dump), token=TOKEN)
    direct = run(directories[1], "import", str(dump))
    assert done.exit_code == direct.exit_code == 0, done.output
    assert done.output == direct.output.replace(str(directories[1]), str(served))
    assert "imported" in done.output
    spouses = ("query", "--format", "csv", "SELECT ?who WHERE { GRAPH ?g { res:Ada_Vance akg:spouse ?who } }")
    assert "Scott_Kelly" in run(served, *spouses).stdout
    assert run(served, "export").stdout == run(directories[1], "export").stdout


def test_a_question_the_service_refuses_is_a_usage_error_as_without_it(served: Path) -> None:
    result = run(served, "ask", "   ")
    assert result.exit_code == 2
    assert "question" in result.output.lower()
