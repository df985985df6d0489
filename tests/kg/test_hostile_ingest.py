"""Property-based hostile files for the readers and ``kg ingest`` (issue 12): whatever bytes
a file holds, each article that cannot be read is reported and skipped, the others load,
and nothing half-written stays in the store. Derandomized, as in tests/web/test_hostile.py
(``ASTROKG_HYPOTHESIS=explore`` searches at random)."""

from __future__ import annotations

import codecs
import gzip
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given
from hypothesis import strategies as st
from spacy.language import Language

from extract import Article
from kg.iris import article_iri
from kg.namespaces import AKG
from kg.sources import Note, Problem, read_file
from kg.store.oxigraph import OxigraphStore
from tests.web.test_hostile import NASTY, NEWS, PROFILE, RAW_TEXT, TEXT, hostile
from web.cli import cli

pytestmark = pytest.mark.issue(12)

SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl", ".ndjson", ".json.gz", ".jsonl.gz", ".txt.gz", ".pdf", ""]
#: Reasons that would mean the reader let through what extraction or the store then failed on.
INTERNAL = ("extraction failed", "internal error", "store error", "the extraction worker")


def line(value: object) -> bytes:
    return json.dumps(value).encode("utf-8")


#: One line of a JSON Lines file: an article, a broken line, bytes that are not UTF-8, NULs.
LINES = st.one_of(
    st.builds(lambda text, extra: line({"text": text, **extra}), NEWS,
              st.fixed_dictionaries({}, optional={"title": TEXT, "id": st.one_of(TEXT, st.integers()),
                                                  "url": NASTY, "published": TEXT})),
    st.sampled_from([b"{", b'{"text": "cut', b'{"text": 5}', b"[]", b"null", b'{"text": "\\ud800 x"}',
                     b'{"text": "\\q"}', b'{"text": "a\x00b"}', b"\x00\x00", b'{"title": "no text"}', b"  ",
                     b'{"text": "' + b"\xff" * 10 + b'"}', b"\xef\xbb\xbf{}", b'{"text": ""}', b'{"text": "   "}']),
    RAW_TEXT,
    st.builds(lambda text: line({"text": text}), TEXT),
)


#: One 5 MB line of each kind, made when a test asks for it.
HUGE: dict[str, Callable[[], bytes]] = {
    "unterminated": lambda: b'{"text": "' + b"x" * 5_000_000,
    "brackets": lambda: b"[" * 5_000_000,
    "padded": lambda: b'{"text": 1, "pad": "' + b"y" * 5_000_000 + b'"}',
    "blank-then-byte": lambda: b" " * 5_000_000 + b"\x80",
    "blank-then-article": lambda: b"\n" * 5_000_000 + line({"text": "Ann Baker flew."}),
}


@st.composite
def contents(draw: st.DrawFn) -> bytes | str:
    """What a hostile file holds."""
    kind = draw(st.sampled_from(["lines", "bytes", "blank", "list", "utf16", "nul", "huge"]))
    if kind == "lines":
        return b"\n".join(draw(st.lists(LINES, max_size=5)))
    if kind == "blank":
        return draw(st.sampled_from([b"", b" ", b"\n\n\n", b"\t \r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"]))
    if kind == "list":
        return b"[" + b", ".join(draw(st.lists(LINES, max_size=4))) + draw(st.sampled_from([b"]", b"", b",]"]))
    if kind == "utf16":
        return codecs.BOM_UTF16_LE + draw(NEWS).encode("utf-16-le") + draw(st.sampled_from([b"", b"\x00\xd8"]))
    if kind == "nul":
        return draw(NEWS).encode() + b"\x00" + draw(st.binary(max_size=20))
    if kind == "huge":  # one 5 MB line, named (a failing example would print it whole)
        return draw(st.sampled_from(sorted(HUGE)))
    return draw(st.binary(max_size=3000))


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = HUGE[data]()
    if path.name.endswith(".gz"):  # compressed; cut short (a broken download) when the data starts with 0x80
        data = gzip.compress(data)[: len(data) // 2 + 20] if data[:1] == b"\x80" else gzip.compress(data)
    path.write_bytes(data)
    return path


@hostile()
@given(data=contents(), suffix=st.sampled_from(SUFFIXES))
@example(data=b'[{"text": "x\\udfffy"}, {"text": "Ann Baker flew."}]', suffix=".json")
@example(data=b'[{"text": "Ann Baker flew."}, {"text": "\\q"}]', suffix=".json")
@example(data=b"[ ]", suffix=".json")  # was no article and no reason
def test_any_file_gives_articles_and_reasons_never_an_error(data: bytes | str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        items = list(read_file(write(Path(folder) / f"input{suffix}", data)))
    assert items, "every file gives at least one article or one reason"
    for item in items:
        if isinstance(item, Article):
            assert item.text.strip()
            item.text.encode("utf-8")  # no lone surrogate left
            assert not any(ord(c) < 32 and c not in "\t\n\r" for c in item.text)
            assert item.content_hash
        else:
            assert isinstance(item, Problem | Note)
            assert (item.reason if isinstance(item, Problem) else item.message).strip()
            assert item.origin.startswith(folder)


@pytest.mark.parametrize("suffix", [".jsonl", ".json", ".txt", ".jsonl.gz"])
def test_a_file_that_starts_with_many_blank_lines_still_loads(tmp_path: Path, suffix: str) -> None:
    """Found by the search: when the first 8 kB of a file were blank, the emptiness check read
    the whole stream away, and the articles after them vanished without a word."""
    article = line({"id": "late", "text": "Orla Menhir flew to the station."})
    data = b"\n" * 5_000 + b" \t" * 5_000 + (article if suffix != ".txt" else b"Orla Menhir flew to the station.")
    (item,) = read_file(write(tmp_path / f"blank{suffix}", data))
    assert isinstance(item, Article) and "Orla Menhir" in item.text
    if suffix.startswith(".jsonl"):
        assert item.origin.endswith(":5001")  # the line numbers still count the blank lines
    (empty,) = read_file(write(tmp_path / f"all-blank{suffix}", b"\n \t" * 10_000))
    assert isinstance(empty, Problem) and empty.reason == "empty file"


GOOD = [{"id": f"good-{n}", "text": f"{name} flew to the station in 201{n}."}
        for n, name in enumerate(["Orla Menhir", "Tavi Quell"])]


# The fixture only hands the commands the session's pipeline: the same for every example.
@hostile(max_examples=8, suppress_health_check=[*PROFILE.suppress_health_check, HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(contents(), st.sampled_from(SUFFIXES)), min_size=1, max_size=3))
@example(files=[(b'[{"text": "Ann \\udfff flew."}, {"id": "x", "text": "Ann flew."}]', ".json")])
def test_kg_ingest_loads_the_good_articles_and_reports_every_bad_one(session_nlp_for_commands: Language,
                                                                    files: list[tuple[bytes | str, str]]) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        inputs = folder / "inputs"
        inputs.mkdir()
        write(inputs / "good.jsonl", b"\n".join(line(a) for a in GOOD))
        for number, (data, suffix) in enumerate(files):
            # A 5 MB text file is a 5 MB article, which the command line parses whole (minutes).
            write(inputs / f"hostile-{number}{suffix if isinstance(data, bytes) else '.jsonl'}", data)
        result = CliRunner().invoke(cli, ["--data-dir", str(folder / "data"), "ingest", "--quiet", "--jobs", "1",
                                          "--report", str(folder / "report.json"), str(inputs)])
        assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception,
                                                                                           SystemExit)
        report = json.loads((folder / "report.json").read_text())
        assert result.exit_code == (1 if report["failures"] else 0), result.output
        reasons = [f["reason"] for f in report["failures"]]
        assert all(reasons) and not [r for r in reasons if r.startswith(INTERNAL)], reasons
        store = OxigraphStore(folder / "data")
        try:
            assert len(store.article_hashes([article_iri(a["id"]) for a in GOOD])) == len(GOOD)
            assert store.stats().articles == report["loaded"]
            # Every named graph is a whole article: it has its content hash.
            graphs = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
            hashed = store.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g <{AKG.contentHash}> ?h }} }}")
            assert len(graphs.rows) == len(hashed.rows) == report["loaded"]
        finally:
            store.close()
