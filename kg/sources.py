"""Reading articles from files, folders, globs and stdin, lazily, one at a time.

Yields :class:`~extract.facts.Article` for every article it can read and :class:`Problem`
for every one it cannot, so one bad file or line is reported and the rest still load.
Formats: .txt .md .html .htm .json (one article or a list) .jsonl .ndjson, each optionally
gzipped (.gz); '-' reads stdin (JSON Lines when it starts with '{', else one text).
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from extract.facts import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES


@dataclass(frozen=True)
class Problem:
    """An input that could not be read as an article, and why."""

    origin: str  # "feed.jsonl:12", "notes.pdf", "-"
    reason: str


Item = Article | Problem


def read_paths(paths: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every article in the given paths, in order: files, folders (recursive, sorted) and globs."""
    for raw in paths:
        if raw == "-":
            if stdin is None:
                yield Problem("-", "stdin is not available")
                continue
            yield from read_stream(stdin.read(), "-")
            continue
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield Problem(raw, "no file matches this pattern")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in SUFFIXES)
                if not files:
                    yield Problem(str(path), f"folder holds no readable articles ({', '.join(sorted(SUFFIXES))})")
                for file in files:
                    yield from read_file(file)
            elif not path.exists():
                yield Problem(str(path), "no such file or folder")
            else:
                yield from read_file(path)


def read_file(path: Path) -> Iterator[Item]:
    """The articles in one file, by its extension (after any .gz)."""
    origin = str(path)
    suffix = _suffix(path)
    if suffix not in SUFFIXES:
        yield Problem(origin, f"unsupported file type {suffix or '(none)'}; use {', '.join(sorted(SUFFIXES))}")
        return
    try:
        data = path.read_bytes()
        if path.suffix.lower() == ".gz":
            data = gzip.decompress(data)
    except (OSError, EOFError) as error:
        yield Problem(origin, f"cannot read: {error}")
        return
    yield from _parse(data, suffix, origin)


def read_stream(data: bytes, origin: str) -> Iterator[Item]:
    """Articles from raw bytes of unknown type (stdin): JSON Lines or JSON when it looks
    like JSON, plain text otherwise."""
    stripped = data.lstrip()
    if stripped.startswith(b"{"):
        return _parse(data, ".jsonl", origin)
    if stripped.startswith(b"["):
        return _parse(data, ".json", origin)
    return _parse(data, ".txt", origin)


def read_bytes(data: bytes, suffix: str, origin: str) -> Iterator[Item]:
    """Articles from bytes in a known format, named by its file suffix (".json", ".jsonl",
    ".txt", ".md", ".html"): for inputs that are not files, such as an HTTP request body."""
    return _parse(data, suffix, origin)


def _parse(data: bytes, suffix: str, origin: str) -> Iterator[Item]:
    if b"\x00" in data[:8192]:
        yield Problem(origin, "looks like a binary file, not text")
        return
    try:
        text = decode(data)
    except UnicodeDecodeError:
        yield Problem(origin, "cannot decode the text (not UTF-8 and no other encoding fits)")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl(text, origin)
    elif suffix in JSON_SUFFIXES:
        yield from _json(text, origin)
    elif suffix in HTML_SUFFIXES:
        yield _checked(html_article(text, origin))
    else:
        yield _checked(text_article(text, origin, markdown=suffix != ".txt"))


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else the encoding charset-normalizer detects."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise
        log.info("decoded input as %s", best.encoding)
        return str(best)


def text_article(text: str, origin: str, *, markdown: bool = False) -> Article:
    """A plain-text or Markdown article; a leading '# Heading' becomes the title."""
    title = None
    if markdown:
        first, _, rest = text.lstrip().partition("\n")
        if first.startswith("#"):
            title, text = first.lstrip("#").strip(), rest
    return Article(text=text.strip(), title=title, origin=origin)


def html_article(html: str, origin: str) -> Article:
    """The readable text of an HTML page, with its title and publication date when present."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser  # selectolax 1.x dropped the Modest backend

    tree = HTMLParser(html)
    meta = {
        (node.attributes.get("property") or node.attributes.get("name") or "").lower(): node.attributes.get("content")
        for node in tree.css("meta")
    }
    title_node = tree.css_first("title")
    title = meta.get("og:title") or (title_node.text(strip=True) if title_node is not None else None)
    published = meta.get("article:published_time") or meta.get("date") or meta.get("pubdate")
    time = tree.css_first("time[datetime]")
    if not published and time is not None:
        published = time.attributes.get("datetime")
    url = meta.get("og:url")
    for node in tree.css("script, style, noscript, nav, header, footer, aside, form"):
        node.decompose()
    body = tree.css_first("article") or tree.body or tree.root
    blocks = []
    for node in body.css("h1, h2, h3, h4, p, li, blockquote, pre, td") if body else []:
        line = " ".join(node.text(separator=" ").split())
        if line:
            blocks.append(line)
    text = "\n\n".join(blocks) if blocks else " ".join((body.text(separator=" ") if body else "").split())
    return Article(text=text, title=title or None, url=url or None, published=normalise_date(published), origin=origin)


def _json(text: str, origin: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield Problem(origin, f"invalid JSON: {error.msg} at line {error.lineno} column {error.colno}")
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        yield _record(record, f"{origin}[{index}]" if isinstance(data, list) else origin)


def _jsonl(text: str, origin: str) -> Iterator[Item]:
    for number, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(where, f"invalid JSON: {error.msg} at column {error.colno}")
            continue
        yield _record(record, where)


def _record(record: Any, origin: str) -> Item:
    """An article from a JSON object with text, title, url, published and id fields."""
    if not isinstance(record, dict):
        return Problem(origin, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        return Problem(origin, "no 'text' field" if text is None else "'text' is not a string")
    fields = {k: record.get(k) for k in ("title", "url", "published", "id")}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str | int):
            return Problem(origin, f"'{key}' is not a string")
    article = Article(
        text=_html_to_text(text) if _looks_like_html(text) else text.strip(),
        title=_str(fields["title"]),
        url=_str(fields["url"]),
        published=normalise_date(_str(fields["published"])),
        id=_str(fields["id"]),
        origin=origin,
    )
    return _checked(article)


def _checked(article: Article) -> Item:
    if not article.text.strip():
        return Problem(article.origin or "?", "the article has no text")
    return article


def _str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


_TAG = re.compile(r"<(p|div|br|html|body|article|span|a|h[1-6])[\s>/]", re.IGNORECASE)


def _looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text[:2000]))


def _html_to_text(text: str) -> str:
    return html_article(text, "").text


def normalise_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date or timestamp in a common format, else None.

    >>> normalise_date("2015-10-16T09:30:00Z"), normalise_date("October 16, 2015"), normalise_date("soon")
    ('2015-10-16', '2015-10-16', None)
    """
    if not value:
        return None
    from dateutil import parser

    try:
        return str(parser.isoparse(value).date().isoformat())
    except ValueError:
        pass
    try:
        return str(parser.parse(value, fuzzy=False).date().isoformat())
    except (ValueError, OverflowError):
        log.warning("ignoring unreadable date %r", value)
        return None


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""
