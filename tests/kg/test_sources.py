"""Reading articles: every format, lazily, and bad input reported without stopping the rest."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from extract.facts import Article
from kg.sources import Note, Problem, html_article, read_bytes, read_paths, read_stream
from tests.corpus import articles, write_jsonl, write_mixed


def _split(items: list[object]) -> tuple[list[Article], list[Problem], list[Note]]:
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)],
            [i for i in items if isinstance(i, Note)])


def test_a_folder_tree_of_every_format_reads_every_article(tmp_path: Path) -> None:
    records = write_mixed(tmp_path, 18, seed=3)
    found, problems, _ = _split(list(read_paths([str(tmp_path)])))
    assert problems == []
    assert len(found) == len(records)
    by_text = {" ".join(a.text.split()): a for a in found}
    for record in records:
        article = by_text[" ".join(record["text"].split())]
        if article.origin and article.origin.endswith((".md", ".html", ".json", ".jsonl.gz")):
            assert article.title == record["title"]
        if article.origin and article.origin.endswith((".html", ".json", ".jsonl.gz")):
            assert article.published == record["published"]
        if article.origin and article.origin.endswith((".json", ".jsonl.gz")):
            assert article.key == record["id"]


def test_globs_and_stdin(tmp_path: Path) -> None:
    records = list(articles(3, seed=1))
    for r in records[:2]:
        (tmp_path / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    stdin = io.BufferedReader(io.BytesIO("".join(json.dumps(r) + "\n" for r in records[2:]).encode()))
    found, problems, _ = _split(list(read_paths([str(tmp_path / "*.txt"), "-"], stdin)))
    assert problems == []
    assert [a.text for a in found] == [r["text"] for r in records]
    assert found[2].origin == "-:1"


def test_a_malformed_line_is_reported_with_its_number_and_the_others_load(tmp_path: Path) -> None:
    good = list(articles(3, seed=2))
    lines = [json.dumps(good[0]), '{"text": "unterminated', json.dumps(good[1]), json.dumps({"title": "no text"}),
             "", json.dumps(good[2])]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found, problems, _ = _split(list(read_paths([str(feed)])))
    assert [a.id for a in found] == [r["id"] for r in good]
    assert [(p.origin, p.reason.split(":")[0]) for p in problems] == [
        (f"{feed}:2", "invalid JSON"), (f"{feed}:4", "no 'text' field")]


def test_binary_empty_and_unsupported_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "blank.json").write_bytes(b"  \n ")
    (tmp_path / "slides.pdf").write_bytes(b"%PDF-1.4")
    paths = [str(tmp_path / n) for n in ("image.txt", "empty.md", "blank.json", "slides.pdf")]
    found, problems, _ = _split(list(read_paths(paths)))
    assert found == []
    assert [p.reason.split(" ")[0:2] for p in problems] == [
        ["looks", "like"], ["empty", "file"], ["empty", "file"], ["unsupported", "file"]]


def test_text_in_another_encoding_is_decoded_and_the_repair_reported(tmp_path: Path) -> None:
    text = "Thomas Pesquet a rejoint l'équipage à Cologne après une année d'entraînement très éprouvante."
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "wide.txt").write_bytes(text.encode("utf-16"))
    found, problems, notes = _split(list(read_paths([str(tmp_path)])))
    assert problems == []
    assert [a.text for a in found] == [text, text]
    assert len(notes) == 2 and all("decoded as" in n.message for n in notes)


def test_a_truncated_gzip_keeps_the_lines_before_the_damage(tmp_path: Path) -> None:
    whole = write_jsonl(tmp_path / "whole.jsonl.gz", articles(40, seed=4)).read_bytes()
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    found, problems, _ = _split(list(read_paths([str(cut)])))
    assert 0 < len(found) < 40
    assert len(problems) == 1 and problems[0].origin == str(cut) and "cannot read" in problems[0].reason


def test_a_huge_article_arrives_whole_from_every_container(tmp_path: Path) -> None:
    huge = ("Peggy Whitson spent another long day on the station. " * 60_000).strip()  # about 3 MB
    write_jsonl(tmp_path / "big.jsonl.gz", [{"id": "big", "text": huge}])
    (tmp_path / "big.json").write_text(json.dumps([{"id": "small", "text": "Short."}, {"id": "big2", "text": huge}]))
    (tmp_path / "big.txt").write_text(huge, encoding="utf-8")
    found, problems, _ = _split(list(read_paths([str(tmp_path)])))
    assert problems == []
    assert sorted(len(a.text) for a in found) == [len("Short."), len(huge), len(huge), len(huge)]


class _Counting(io.RawIOBase):
    """A byte stream that counts what has been read from it."""

    def __init__(self, data: bytes) -> None:
        self.inner, self.read_bytes = io.BytesIO(data), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        n = self.inner.readinto(buffer)
        self.read_bytes += n
        return n


def test_json_lists_and_json_lines_are_read_lazily() -> None:
    records = list(articles(400, seed=5))
    for data in (json.dumps(records).encode(), "".join(json.dumps(r) + "\n" for r in records).encode()):
        raw = _Counting(data)
        items = read_stream(io.BufferedReader(raw), "feed")
        first = next(iter(items))
        assert isinstance(first, Article) and first.id == records[0]["id"]
        assert raw.read_bytes < len(data) / 4
        assert len(list(items)) == len(records) - 1


def test_hidden_folders_are_skipped(tmp_path: Path) -> None:
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.txt").write_text("An old cached copy.", encoding="utf-8")
    (tmp_path / "news.txt").write_text("Koichi Wakata flew again.", encoding="utf-8")
    found, _, _ = _split(list(read_paths([str(tmp_path)])))
    assert [a.text for a in found] == ["Koichi Wakata flew again."]


def test_gzipped_json_list(tmp_path: Path) -> None:
    records = list(articles(5, seed=6))
    with gzip.open(tmp_path / "dump.json.gz", "wt", encoding="utf-8") as handle:
        json.dump(records, handle)
    found, problems, _ = _split(list(read_paths([str(tmp_path / "dump.json.gz")])))
    assert problems == [] and [a.id for a in found] == [r["id"] for r in records]
    assert found[3].origin == f"{tmp_path / 'dump.json.gz'}[3]"


# ---------------------------------------------------------------- one bad article alone (issue 12)


@pytest.mark.issue(12)
def test_a_lone_surrogate_is_refused_with_a_reason_and_the_next_line_still_reads(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "bad", "text": "Ann Baker flew \\ud800 twice."}\n'
                    '{"id": "good", "text": "Ann Baker flew twice."}\n'
                    '{"id": "bad-title", "title": "x\\udfff", "text": "Ann Baker flew."}\n', encoding="utf-8")
    items = list(read_paths([str(feed)]))
    assert [type(i).__name__ for i in items] == ["Problem", "Article", "Problem"]
    assert items[0].origin.endswith(":1") and "lone surrogate (U+D800)" in items[0].reason
    assert "'title'" in items[2].reason


@pytest.mark.issue(12)
def test_control_characters_become_spaces() -> None:
    (article,) = read_bytes(json.dumps({"id": "c", "title": "Lift\x07off", "text": "Ann\x00 Baker\x1b flew.\tTwice\n"
                                        }).encode(), ".json", "request")
    assert isinstance(article, Article)
    assert article.text == "Ann  Baker  flew.\tTwice" and article.title == "Lift off"


@pytest.mark.issue(12)
def test_content_hash_never_raises() -> None:
    assert len(Article(text="half a pair \ud83d", title="\udc00").content_hash) == 64


@pytest.mark.issue(12)
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_deeply_nested_json_is_a_problem_not_a_recursion_error(suffix: str) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    body = b'{"text": ' + deep + b"}"
    (item,) = read_bytes(body, suffix, "request")
    assert isinstance(item, Problem) and "nested too deeply" in item.reason


@pytest.mark.issue(12)
def test_a_script_url_from_html_is_not_kept() -> None:
    page = ('<html><head><meta property="og:url" content="javascript:alert(1)"></head>'
            "<body><p>Ann Baker flew.</p></body></html>")
    assert html_article(page, "a.html").url is None
    page = page.replace("javascript:alert(1)", "https://news.example/a")
    assert html_article(page, "a.html").url == "https://news.example/a"


# ---------------------------------------------------------------- titles of text articles (issue 13)


@pytest.mark.issue(13)
@pytest.mark.parametrize(("first", "title"), [
    ("Orla Menhir Sets a Spacewalk Record", "Orla Menhir Sets a Spacewalk Record"),
    ("Will Tavi Ostrand fly again?", "Will Tavi Ostrand fly again?"),
    ("Brannock crew returns after 200 days  ", "Brannock crew returns after 200 days"),
    ("Orla Menhir has set a spacewalk record.", None),  # a sentence
    ("Orla Menhir said: \u201cWe will fly again.\u201d", None),  # a sentence before a closing quote
    ("KOROLYOV, Russia \u2014", None),  # a dateline
    ("Update", None),  # one word
    ("Orla Menhir flew. Tavi Ostrand stayed", None),  # two sentences
    ("Orla Menhir " + "and her crew " * 12 + "landed safely", None),  # too long for a headline
])
def test_a_text_articles_first_line_is_its_title_when_it_reads_as_a_headline(
        tmp_path: Path, first: str, title: str | None) -> None:
    body = "Orla Menhir spent 41 days aboard the station.\n\nShe landed in the steppe."
    for suffix in (".txt", ".md"):
        path = tmp_path / f"news{suffix}"
        path.write_text(f"{first}\n\n{body}\n\n", encoding="utf-8")
        (article,) = read_paths([str(path)])
        assert isinstance(article, Article)
        assert article.title == title
        assert article.text == f"{first}\n\n{body}"  # the text stays whole


@pytest.mark.issue(13)
def test_a_first_line_without_a_blank_line_after_it_is_not_a_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Orla Menhir Sets a Record\nShe spent 41 days aboard.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Orla Menhir Lands\n\nShe spent 41 days aboard.\n", encoding="utf-8")
    a, b = read_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.md")])
    assert isinstance(a, Article) and a.title is None
    assert isinstance(b, Article) and b.title == "Orla Menhir Lands" and b.text == "She spent 41 days aboard."


# ---------------------------------------------------------------- JSON lists through ijson (issue 13)


@pytest.mark.issue(13)
def test_a_json_list_reports_its_bad_element_by_index() -> None:
    good = list(articles(3, seed=7))
    body = ("\ufeff[" + json.dumps(good[0]) + ", " + json.dumps(good[1]) + ", {\"text\": \"cut").encode()
    items = list(read_bytes(body, ".json", "dump.json"))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Problem"]
    assert items[2].origin == "dump.json[2]" and items[2].reason.startswith("invalid JSON")
    (item,) = read_bytes(b'[{"text": "caf\xe9"}]', ".json", "latin.json")
    assert isinstance(item, Problem) and "must be UTF-8" in item.reason


@pytest.mark.issue(13)
def test_a_deeply_nested_list_element_is_refused_before_it_is_built() -> None:
    deep = b"[" * 200_000 + b"]" * 200_000  # building it with its paths would take gigabytes
    items = list(read_bytes(b'[{"id": "a", "text": "Ann Baker flew."}, {"text": ' + deep + b"}]", ".json", "d.json"))
    assert isinstance(items[0], Article) and items[0].id == "a"
    assert isinstance(items[1], Problem) and items[1].origin == "d.json[1]" and "nested too deeply" in items[1].reason


@pytest.mark.issue(13)
def test_json_lines_are_read_by_one_reader_that_names_each_line(tmp_path: Path) -> None:
    from kg.sources import json_lines

    data = b'{"id": 1}\n\nnot json\n{"id": 2}\n'
    items = list(json_lines(io.BufferedReader(io.BytesIO(data)), "in.jsonl"))
    assert items[0] == ("in.jsonl:1", {"id": 1}) and items[2] == ("in.jsonl:4", {"id": 2})
    assert isinstance(items[1], Problem) and items[1].origin == "in.jsonl:3" and "invalid JSON" in items[1].reason
