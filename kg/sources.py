"""Reading articles from files, folders, globs and stdin, lazily, one at a time.

Yields :class:`~extract.facts.Article` for every article it can read, :class:`Problem` for
every one it cannot and :class:`Note` for what it had to repair (a guessed encoding), so one
bad file or line is reported and the rest still load. Nothing here holds more than one
article in memory: JSON Lines are read line by line and JSON lists element by element, also
when gzipped. Formats: .txt .md .html .htm .json (one article or a list) .jsonl .ndjson, each
optionally gzipped (.gz); '-' reads stdin (JSON Lines or JSON when it starts with '{' or
'[', else one text). Nothing is truncated: a huge article arrives whole.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import io
import json
import logging
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, cast
from urllib.parse import urlsplit

from extract.facts import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

#: Bytes looked at to tell text from binary.
_SNIFF = 8192
#: Deepest nesting of arrays and objects inside one element of a JSON list (an article is
#: an object of strings; deeper input is refused before it is built).
MAX_DEPTH = 32
#: Why a JSON value nested deeper than Python's parser can follow is refused.
TOO_DEEP = "invalid JSON: nested too deeply (an article is an object of strings)"
#: Errors a damaged file raises while it is being read (gzip: truncated or corrupt data).
_READ_ERRORS = (OSError, EOFError, zlib.error)


@dataclass(frozen=True)
class Problem:
    """An input that could not be read as an article, and why."""

    origin: str  # "feed.jsonl:12", "notes.pdf", "-"
    reason: str


@dataclass(frozen=True)
class Note:
    """Something that was repaired on the way in (e.g. a guessed encoding): reported, not fatal."""

    origin: str
    message: str


Item = Article | Problem | Note


def read_paths(paths: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every article in the given paths, in order: files, folders (recursive, sorted, hidden
    entries and unknown extensions left out) and globs."""
    for entry in expand(paths):
        if isinstance(entry, Problem):
            yield entry
        elif isinstance(entry, Path):
            yield from read_file(entry)
        elif stdin is None:
            yield Problem("-", "stdin is not available")
        else:
            yield from read_stream(stdin, "-")


def expand(paths: Iterable[str]) -> Iterator[Path | Problem | str]:
    """The files the paths name (folders and globs expanded), '-' for stdin, and a Problem
    for a path that names nothing readable."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield Problem(raw, "no file matches this pattern")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                files = files_in(path)
                if not files:
                    yield Problem(str(path), f"folder holds no readable articles ({', '.join(sorted(SUFFIXES))})")
                yield from files
            elif not path.exists():
                yield Problem(str(path), "no such file or folder")
            else:
                yield path


def estimate(paths: Iterable[str]) -> int | None:
    """About how many inputs the paths hold, for a progress bar's ETA: files count one,
    JSON Lines their non-blank lines, JSON lists their "text" keys. A quick scan of bytes,
    no parsing; None when stdin is among them (its length is unknown)."""
    total = 0
    for entry in expand(paths):
        if entry == "-":
            return None
        if not isinstance(entry, Path) or _suffix(entry) not in JSONL_SUFFIXES | JSON_SUFFIXES:
            total += 1
            continue
        try:
            with _open(entry) as handle:
                if _suffix(entry) in JSONL_SUFFIXES:
                    total += sum(1 for line in handle if line.strip())
                else:
                    total += max(1, sum(chunk.count(b'"text"') for chunk in iter(lambda: handle.read(1 << 20), b"")))
        except _READ_ERRORS:
            total += 1
    return total


def files_in(folder: Path) -> list[Path]:
    """The article files under a folder, recursively, in a stable order."""
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and _suffix(p) in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def read_file(path: Path) -> Iterator[Item]:
    """The articles in one file, by its extension (after any .gz)."""
    origin = str(path)
    suffix = _suffix(path)
    if suffix not in SUFFIXES:
        yield Problem(origin, f"unsupported file type {suffix or '(none)'}; use {', '.join(sorted(SUFFIXES))}")
        return
    try:
        handle = _open(path)
    except OSError as error:
        yield Problem(origin, f"cannot read: {error.strerror or error}")
        return
    with handle:
        yield from _read(handle, suffix, origin)


def _open(path: Path) -> IO[bytes]:
    """A buffered binary stream of the file's content, decompressed when it ends in .gz."""
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))  # noqa: SIM115 (the caller closes it)
    return path.open("rb")


def read_stream(source: IO[bytes], origin: str = "-") -> Iterator[Item]:
    """Articles from a byte stream of unknown type (stdin): JSON Lines or JSON when it starts
    with '{' or '[', plain text otherwise."""
    head = _peek(source).lstrip()
    if head.startswith(b"{"):
        return _read(source, ".jsonl", origin)
    if head.startswith(b"["):
        return _read(source, ".json", origin)
    return _read(source, ".txt", origin)


def read_bytes(data: bytes, suffix: str, origin: str) -> Iterator[Item]:
    """Articles from bytes in a known format, named by its file suffix (".json", ".jsonl",
    ".txt", ".md", ".html"): for inputs that are not files, such as an HTTP request body."""
    if suffix not in SUFFIXES:
        raise ValueError(f"unknown format {suffix!r}; use {', '.join(sorted(SUFFIXES))}")
    return _read(io.BufferedReader(io.BytesIO(data)), suffix, origin)


def _read(handle: IO[bytes], suffix: str, origin: str) -> Iterator[Item]:
    """Parse one opened input; read errors (a truncated .gz) end it with a Problem."""
    try:
        head = _peek(handle)
        if not head.strip():
            handle = _past_blank(handle)
            head = _peek(handle)
            if not head:
                yield Problem(origin, "empty file")
                return
        if _is_binary(head):
            yield Problem(origin, "looks like a binary file, not text")
            return
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl(handle, origin)
        elif suffix in JSON_SUFFIXES:
            yield from _json(handle, origin)
        else:
            yield from _document(handle.read(), suffix, origin)
    except _READ_ERRORS as error:
        yield Problem(origin, f"cannot read the rest of the file: {error}")


def _past_blank(handle: IO[bytes]) -> IO[bytes]:
    """The stream from its first byte that is not white space, with the line breaks before
    it kept (a JSON Lines file's line numbers stay right); empty when it is all blank. Only a
    count is held while skipping, however long the blank start."""
    newlines = 0
    while (chunk := handle.read(_SNIFF)) and not chunk.strip():
        newlines += chunk.count(b"\n")
    if not chunk:
        return io.BufferedReader(io.BytesIO(b""))
    return io.BufferedReader(_Joined(b"\n" * newlines + chunk, handle))


def _peek(handle: IO[bytes]) -> bytes:
    peek = getattr(handle, "peek", None)
    if peek is None:
        raise TypeError("read_stream needs a buffered stream (with peek), such as sys.stdin.buffer")
    head: bytes = peek(_SNIFF)[:_SNIFF]
    return head


def _is_binary(head: bytes) -> bool:
    """NUL bytes mean binary, except in UTF-16 text, which starts with its byte-order mark."""
    return b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _document(data: bytes, suffix: str, origin: str) -> Iterator[Item]:
    """One article per file: plain text, Markdown or HTML."""
    decoded = _decode(data, origin)
    if isinstance(decoded, Problem):
        yield decoded
        return
    text, note = decoded
    if note is not None:
        yield note
    if suffix in HTML_SUFFIXES:
        yield _checked(html_article(text, origin))
    else:
        yield _checked(text_article(text, origin, markdown=suffix != ".txt"))


def decode(data: bytes) -> tuple[str, str]:
    """Text and its encoding: UTF-8 (with or without BOM), UTF-16 with a BOM, else the
    encoding charset-normalizer detects. Raises UnicodeDecodeError when none fits."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
        if not matches:
            raise
        # Short texts fit several code pages equally well; among equals prefer Windows-1252,
        # the usual legacy encoding of Western news sites.
        best = min(matches, key=lambda m: (m.chaos, -m.coherence, m.encoding != "cp1252"))
        return str(best), best.encoding


def _decode(data: bytes, origin: str) -> tuple[str, Note | None] | Problem:
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        return Problem(origin, "cannot decode the text (not UTF-8 and no other encoding fits)")
    if encoding == "utf-8":
        return text, None
    log.warning("%s: not UTF-8, decoded as %s", origin, encoding)
    return text, Note(origin, f"not UTF-8; decoded as {encoding}")


def text_article(text: str, origin: str, *, markdown: bool = False) -> Article:
    """A plain-text or Markdown article. A Markdown '# Heading' becomes the title and leaves
    the text; a first line that reads as a :func:`headline` becomes the title and stays in
    the text (the extraction reads it as the article's first sentence, as it always has)."""
    title = None
    if markdown:
        first, _, rest = text.lstrip().partition("\n")
        if first.startswith("#"):
            title, text = first.lstrip("#").strip(), rest
    return Article(text=text.strip(), title=title or headline(text), origin=origin)


#: Longest first line taken for a headline, in characters.
HEADLINE_CHARS = 120
#: Last characters that end a sentence, a lead-in or a dateline, never a headline ('?' and
#: '!' may end either, and are allowed).
_NOT_HEADLINE_END = tuple(".:;,-\u2013\u2014")
_CLOSING = "\"'\u2019\u201d)]"
_TWO_SENTENCES = re.compile(r"[.!?][\"'\u2019\u201d]?\s+[A-Z]")
_PARAGRAPH_BREAK = re.compile(r"[ \t\r]*\n[ \t\r]*\n")


def headline(text: str) -> str | None:
    """The first line of a text when it reads as a headline, else None: a line of at most
    :data:`HEADLINE_CHARS` characters and two words or more, followed by a blank line and
    more text, that does not end as a sentence or a lead-in does (a final '.', ':', ';', ','
    or dash, also before a closing quote) and holds no second sentence.

    >>> headline("Kelly Breaks US Record\\n\\nScott Kelly has spent 383 days in space.")
    'Kelly Breaks US Record'
    >>> headline("Scott Kelly has spent 383 days in space.\\n\\nHe flew twice.") is None
    True
    >>> headline("Kelly breaks a record\\nScott Kelly has spent 383 days in space.") is None
    True
    """
    first, _, rest = text.lstrip().partition("\n")
    line = first.strip()
    if (not line or len(line) > HEADLINE_CHARS or len(line.split()) < 2 or line.startswith("#")
            or not _PARAGRAPH_BREAK.match("\n" + rest) or not rest.strip()):
        return None
    if line.rstrip(_CLOSING).endswith(_NOT_HEADLINE_END) or _TWO_SENTENCES.search(line):
        return None
    return line


def html_article(html: str, origin: str) -> Article:
    """The readable text of an HTML page, with its title and publication date when present."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    meta = {
        (node.attributes.get("property") or node.attributes.get("name") or "").lower(): node.attributes.get("content")
        for node in tree.css("meta")
    }
    heading = tree.css_first("title")
    title = meta.get("og:title") or (heading.text(strip=True) if heading is not None else None)
    published = meta.get("article:published_time") or meta.get("date") or meta.get("pubdate")
    time = tree.css_first("time[datetime]")
    if not published and time is not None:
        published = time.attributes.get("datetime")
    url = http_url(meta.get("og:url"))
    for node in tree.css("script, style, noscript, nav, header, footer, aside, form"):
        node.decompose()
    body = tree.css_first("article") or tree.body or tree.root
    blocks = []
    for node in body.css("h1, h2, h3, h4, p, li, blockquote, pre, td") if body else []:
        line = " ".join(node.text(separator=" ").split())
        if line:
            blocks.append(line)
    if blocks and title and blocks[0] == " ".join(title.split()):
        blocks = blocks[1:]  # the headline is the title, not the first paragraph
    text = "\n\n".join(blocks) if blocks else " ".join((body.text(separator=" ") if body else "").split())
    return Article(text=text, title=title or None, url=url or None, published=normalise_date(published), origin=origin)


#: A JSON value read from an input, with where it was read ("feed.jsonl:12", "dump.json[3]").
Value = tuple[str, Any]


def json_lines(handle: IO[bytes], origin: str) -> Iterator[Value | Problem | Note]:
    """The values of a JSON Lines input, one per line, lazily; a line that is not JSON is a
    Problem naming its line, and the lines after it still load. A first line that opens a
    JSON object it does not close is read as one pretty-printed JSON value (stdin)."""
    repaired = False
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        where = f"{origin}:{number}"
        decoded = _decode(raw, where)
        if isinstance(decoded, Problem):
            yield decoded
            continue
        line, note = decoded
        if note is not None and not repaired:  # say it once per file
            repaired = True
            yield Note(where, f"{note.message} (from this line on, where needed)")
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as error:
            if number == 1 and line.lstrip().startswith("{") and error.pos >= len(line.rstrip()):
                yield from json_values(io.BufferedReader(_Joined(raw, handle)), origin)
                return
            yield Problem(where, f"invalid JSON: {error.msg} at column {error.colno}")
        except RecursionError:
            yield Problem(where, TOO_DEEP)


def read_json_lines(path: str, stdin: IO[bytes] | None = None) -> Iterator[Value | Problem | Note]:
    """The values of a JSON Lines file ('-' for stdin, .gz decompressed), as :func:`json_lines`
    gives them; a file that cannot be opened is a Problem."""
    if path == "-":
        if stdin is None:
            yield Problem("-", "stdin is not available")
        else:
            yield from json_lines(stdin, "-")
        return
    try:
        handle = _open(Path(path))
    except OSError as error:
        yield Problem(path, f"cannot read: {error.strerror or error}")
        return
    with handle:
        try:
            yield from json_lines(handle, path)
        except _READ_ERRORS as error:
            yield Problem(path, f"cannot read the rest of the file: {error}")


def json_values(handle: IO[bytes], origin: str) -> Iterator[Value | Problem]:
    """The elements of a top-level JSON list, one at a time as ijson reads them (a list of a
    million articles is never held whole), or the one value a JSON document holds."""
    if _peek_nonblank(handle) != b"[":
        data = handle.read()
        try:
            value = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield Problem(origin, "cannot decode the JSON (JSON must be UTF-8)")
        except json.JSONDecodeError as error:
            yield Problem(origin, "invalid JSON: extra data after the first value (JSON Lines files should be "
                                  "named .jsonl)" if error.msg == "Extra data" else
                          f"invalid JSON: {error.msg} at line {error.lineno} column {error.colno}")
        except RecursionError:
            yield Problem(origin, TOO_DEEP)
        else:
            yield origin, value
        return
    import ijson

    index, depth, built = 0, 0, None
    # ijson's pure-Python backend, not its C one: yajl turns JSON's escape of a lone surrogate
    # ("\udfff") into bytes it cannot decode, which failed the whole list, and joins "\ud800\u0041"
    # into a wrong character; this backend reads both as json.loads does, so the one article
    # is refused with its reason and its neighbours load. It reads some 50 MB/s, a thousand
    # times what extraction takes in.
    events = ijson.get_backend("python").basic_parse(handle, use_float=True)
    try:
        next(events)  # the list's start
        for event, value in events:
            if built is None:
                if event == "end_array":
                    if index == 0:  # said, not silently loaded as nothing
                        yield Problem(origin, "the JSON list is empty: it holds no articles")
                    return
                built = ijson.ObjectBuilder()
            depth += event in ("start_map", "start_array")
            depth -= event in ("end_map", "end_array")
            if depth > MAX_DEPTH:  # no article is this deep; building it would fill the memory
                yield Problem(f"{origin}[{index}]", TOO_DEEP)
                return
            built.event(event, value)
            if depth == 0:
                yield f"{origin}[{index}]", built.value
                built, index = None, index + 1
    except (ijson.JSONError, ValueError) as error:  # ValueError: a string's bad escape ("\\q")
        reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error).split("\n")[0]
        yield Problem(f"{origin}[{index}]", "cannot decode the JSON (JSON must be UTF-8)"
                      if "can't decode" in reason else f"invalid JSON: {reason}")


def _peek_nonblank(handle: IO[bytes]) -> bytes:
    """The first byte that is not white space (a UTF-8 byte-order mark is skipped), left unread."""
    peek = getattr(handle, "peek", None)
    if peek is None:
        return b""
    while True:
        head: bytes = peek(_SNIFF)
        if head.startswith(codecs.BOM_UTF8):
            handle.read(len(codecs.BOM_UTF8))
            continue
        stripped = head.lstrip()
        if stripped or not head:
            return stripped[:1]
        handle.read(len(head))  # white space only: drop it and look further


def _jsonl(handle: IO[bytes], origin: str) -> Iterator[Item]:
    """One article per line; a bad line is reported with its number and the rest load."""
    for item in json_lines(handle, origin):
        yield _record(item[1], item[0]) if isinstance(item, tuple) else item


def _json(handle: IO[bytes], origin: str) -> Iterator[Item]:
    """One article (an object) or many (a list, read element by element)."""
    for item in json_values(handle, origin):
        yield _record(item[1], item[0]) if isinstance(item, tuple) else item


class _Joined(io.RawIOBase):
    """Bytes already read, then the rest of their stream: one stream again."""

    def __init__(self, first: bytes, rest: IO[bytes]) -> None:
        self._first, self._rest = first, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._first:
            size = min(len(view), len(self._first))
            view[:size], self._first = self._first[:size], self._first[size:]
            return size
        data = self._rest.read(len(view))
        view[:len(data)] = data
        return len(data)


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
    refusal = unicode_problem(text)
    if refusal:  # before the HTML parser, which would fail on it
        return Problem(origin, f"'text' {refusal}")
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
    """The article with its text normalised, or a Problem saying why it cannot be loaded."""
    for name in ("text", "title", "url", "published", "id"):
        value = getattr(article, name)
        refusal = unicode_problem(value) if value else None
        if refusal:
            return Problem(article.origin or "?", f"'{name}' {refusal}")
    article = replace(article, text=clean(article.text).strip(),
                      **{k: clean(v) for k in ("title", "url", "id") if (v := getattr(article, k))})
    if not article.text:
        return Problem(article.origin or "?", "the article has no text")
    return article


_SURROGATE = re.compile("[\ud800-\udfff]")
#: Control characters other than tab, line feed and carriage return (C0, DEL, C1).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def unicode_problem(text: str) -> str | None:
    """Why this text is not valid Unicode, or None. A lone surrogate (JSON's "\\ud800"
    without its pair) cannot be encoded, stored or shown: the article is refused.

    >>> unicode_problem("ok"), unicode_problem("bad \\ud800 here")
    (None, 'holds a lone surrogate (U+D800) at character 4, which is not valid Unicode; fix the source')
    """
    found = _SURROGATE.search(text)
    if found is None:
        return None
    return (f"holds a lone surrogate (U+{ord(found.group()):04X}) at character {found.start()}, "
            "which is not valid Unicode; fix the source")


def clean(text: str) -> str:
    """The text with control characters (other than tab and line breaks) made spaces.

    >>> clean("Lift\\x00off\\x1b!")
    'Lift off !'
    """
    return _CONTROL.sub(" ", text)


def http_url(value: str | None) -> str | None:
    """The value when it is an absolute http(s) URL, else None: only these may become links
    (``javascript:`` and ``data:`` URLs run script when clicked).

    >>> http_url("https://news.example/a"), http_url("javascript:alert(1)"), http_url(" //x.example")
    ('https://news.example/a', None, None)
    """
    if not value:
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


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
