"""Passages: a full-text index over the sentences the graph stores, for questions the graph
cannot answer (SQLite FTS5; docs/decisions/passages.md says why and what it costs).

The index is derived data. Its source of truth is the ``akg:Sentence`` nodes in each
article's graph (kg/mapping.py), so :meth:`PassageIndex.rebuild` (``kg reindex``) can make it
again from the store at any time. The stores keep it current as they write: sentences are
indexed after an article's transaction commits and removed before an article is deleted, so a
crash can leave an article unindexed (until the next rebuild) but never leave sentences of an
article the store does not hold. :func:`related` also checks every hit against the store's
content hashes, so passages from an article removed or replaced behind the index's back (a
SPARQL update, another process) are never shown.

The question is hostile input: it never reaches FTS5's query syntax. Its words are taken out
with a regular expression and each is written as a quoted string, so ``NEAR(``, ``OR``, ``*``
and quotes are plain words; the number of words, of results and the time a search may take
are bounded.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode

from kg.iris import slug_of_article
from kg.namespaces import AKG, SDO
from kg.store.sparql import Rows

if TYPE_CHECKING:
    from kg.mapping import ArticleGraph
    from kg.store import Store

log = logging.getLogger(__name__)

#: The index file's name in the data directory (beside the embedded store's own files).
PASSAGES_FILE = "passages.sqlite3"
#: Passages shown for an unanswered question.
LIMIT = 5
#: Passages of one article among them, so one long article does not fill the list.
PER_ARTICLE = 2
#: Least score of a passage, as a share of the best one's (a passage that shares one common
#: word with the question is left out when others share several).
MIN_SHARE = 1 / 3
#: Fewest words a passage has: shorter pieces are fragments of the sentence splitter.
MIN_WORDS = 3
_WORD = re.compile(r"\w+")
#: Most distinct words of a question searched for (a 10 kB question searches its first ones).
MAX_TERMS = 24
#: Longest a search may run before it is stopped, in seconds.
TIMEOUT = 0.5
#: SQLite steps between two looks at the clock during a search. Each look takes Python's
#: interpreter lock, so at 100 (about 2,400 looks per search) searches under concurrent
#: questions spent their time waiting for it; 10,000 still looks about every millisecond.
_PROGRESS_STEPS = 10_000
#: Articles one rebuild query lists (a page: a server may cap results, Virtuoso at 10,000 by
#: default) and articles whose sentences one query reads (a hundred long articles stay under it).
_LIST_PAGE = 10_000
_SENTENCE_BATCH = 100

#: What the index keeps of one article: IRI, content hash, title, (start, text) of each sentence.
_Row = tuple[str, str, str | None, list[tuple[int, str]]]

_WORD = re.compile(r"\w+")
_OPEN, _CLOSE = "\x02", "\x03"  # highlight() markers: control characters never stored in a sentence
_TITLE = "http://purl.org/dc/terms/title"
_TEXT, _START = str(SDO.text), str(AKG.startChar)  # made once: per quad they cost ingest 0.5 ms an article

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS article (
    id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, title TEXT);
CREATE TABLE IF NOT EXISTS sentence (
    id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES article(id), start INTEGER NOT NULL,
    text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sentence_article ON sentence(article);
CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5(
    text, content='sentence', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS sentence_added AFTER INSERT ON sentence BEGIN
    INSERT INTO sentence_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sentence_removed AFTER DELETE ON sentence BEGIN
    INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""

# Two steps: the best rows by BM25 first, then each of them marked (highlight() in the ranking
# query runs for every matching row before the sort: 4.3 ms against 3.0 ms at 11,000 sentences).
# bm25() ordered in the query itself, not FTS5's ``ORDER BY rank``: the same scores and rows,
# but SQLite keeps only the best ``LIMIT`` rows as it goes, where FTS5's own sorted scan sorts
# every matching row first (15.9 against 11.0 ms of CPU a question on 10,000 articles, where a
# question's names match some 20,000 sentences).
_RANKED = ("SELECT rowid, bm25(sentence_fts) AS score FROM sentence_fts WHERE sentence_fts MATCH ? "
           "ORDER BY score LIMIT ?")
_MARKED = f"""
SELECT article.iri, article.hash, article.title, sentence.text, highlight(sentence_fts, 0, '{_OPEN}', '{_CLOSE}')
FROM sentence_fts JOIN sentence ON sentence.id = sentence_fts.rowid JOIN article ON article.id = sentence.article
WHERE sentence_fts MATCH ? AND sentence_fts.rowid = ?
"""

# The article as subject and as graph name are two variables made equal by a FILTER: Virtuoso
# 7 matches ``GRAPH ?a { ?a ... }`` in any graph, the merged one too.
_ARTICLES = f"""SELECT ?a ?hash ?title WHERE {{
  GRAPH ?a {{ ?article <{AKG.contentHash}> ?hash OPTIONAL {{ ?article <{_TITLE}> ?title }} }}
  FILTER(?article = ?a)
}} ORDER BY ?a"""

_SENTENCES = f"""SELECT ?a ?text ?start WHERE {{
  GRAPH ?a {{ ?a <{AKG.sentence}> ?s . ?s <{SDO.text}> ?text ; <{AKG.startChar}> ?start }}
}}"""


@dataclass(frozen=True)
class Passage:
    """A sentence of an article related to a question, with the words it matched."""

    article: str  # the article's id, as in /article/<id>
    iri: str
    title: str | None
    sentence: str
    score: float  # higher is more related (BM25, sign flipped)
    marks: tuple[tuple[int, int], ...] = ()  # character spans of the matched words in ``sentence``

    def as_dict(self) -> dict[str, object]:
        """The JSON of one passage in ``/api/ask`` and ``kg ask --json``."""
        return {"article": self.article, "title": self.title, "sentence": self.sentence, "score": self.score,
                "iri": self.iri, "matched": [self.sentence[s:e] for s, e in self.marks]}

    def segments(self) -> list[tuple[str, bool]]:
        """The sentence cut into pieces, each with whether it is a matched word (for highlighting).

        >>> Passage("a", "i", None, "Ann flew home", 1.0, ((4, 8),)).segments()
        [('Ann ', False), ('flew', True), (' home', False)]
        """
        pieces: list[tuple[str, bool]] = []
        at = 0
        for start, end in self.marks:
            if start > at:
                pieces.append((self.sentence[at:start], False))
            pieces.append((self.sentence[start:end], True))
            at = end
        if at < len(self.sentence):
            pieces.append((self.sentence[at:], False))
        return pieces


@dataclass(frozen=True)
class Hit:
    """One row the index found, before it is checked against the store."""

    iri: str
    hash: str
    title: str | None
    sentence: str
    score: float
    marks: tuple[tuple[int, int], ...]


def fts_query(text: str, stop_words: frozenset[str] | set[str] = frozenset()) -> str:
    """An FTS5 query for any text: its distinct words (at most :data:`MAX_TERMS`), each a quoted
    string, joined by OR. Operators and quotes in the text are only words or separators.
    ``stop_words`` are left out, unless the text has no other words ("Who was first?").

    >>> fts_query('NEAR("xx" OR yy*) "AND"')
    '"near" OR "xx" OR "or" OR "yy" OR "and"'
    >>> fts_query("?!")
    ''
    """
    words = [w for w in dict.fromkeys(m.group().lower() for m in _WORD.finditer(text))
             if not (len(w) == 1 and w.isalpha())]
    words = [w for w in words if w not in stop_words] or words
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in words[:MAX_TERMS])


def _marked(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A highlight() result as the plain sentence and the spans between the markers."""
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    at, start = 0, 0
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", text):
        if piece == _OPEN:
            start = at
        elif piece == _CLOSE:
            marks.append((start, at))
        else:
            plain.append(piece)
            at += len(piece)
    return "".join(plain), tuple(marks)


def open_index(path: Path, store: Store) -> PassageIndex:
    """The passage index in ``path`` for ``store``, built from the store's sentences when the
    file is new (a data directory from before the index, a new machine for a remote store) or
    not a readable index (it is derived data: a damaged file is made again)."""
    try:
        index = PassageIndex(path)
    except sqlite3.DatabaseError as error:
        log.warning("the passage index %s cannot be read (%s); building it again", path, error)
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            stale.unlink(missing_ok=True)
        index = PassageIndex(path)
    if not index.built:
        log.info("building the passage index %s from the store (once; about 3 s per 1,000 articles)", path)
        index.rebuild(store)
    return index


class _Reader(sqlite3.Connection):
    """A search connection (a subclass only so that the index can hold it weakly)."""


class PassageIndex:
    """The sentences of the stored articles in an SQLite FTS5 index in one file.

    Safe to share between threads: writes go through one connection, under a lock; each
    thread searches through a connection of its own, so searches (10-20 ms on 10,000 articles)
    run beside each other and beside a write, in WAL mode, instead of one at a time. Several
    processes may open the same file (a remote store written by the CLI while the service
    answers questions): SQLite locks it, and its readers do not wait either.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._local = threading.local()
        #: Every thread's search connection, closed with the index (a thread's own goes with it).
        self._readers: weakref.WeakSet[_Reader] = weakref.WeakSet()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30.0)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error:
            self._db.close()
            raise

    # ------------------------------------------------------------------ state

    @property
    def built(self) -> bool:
        """Has the index been built from its store (since then the store keeps it current)?"""
        with self._lock:
            return self._db.execute("SELECT 1 FROM meta WHERE key = 'built'").fetchone() is not None

    def hashes(self) -> dict[str, str]:
        """The content hash of every indexed article, by IRI."""
        with self._lock:
            return dict(self._db.execute("SELECT iri, hash FROM article").fetchall())

    def __len__(self) -> int:
        """How many sentences the index holds."""
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM sentence").fetchone()[0])

    # ------------------------------------------------------------------ writing

    def put(self, graphs: Iterable[ArticleGraph]) -> None:
        """Index the sentences of stored articles (replacing an article's earlier ones), in one
        transaction. Call it after the store has committed them. An index that cannot be
        written (disk full, locked too long) is logged, not raised: the store's write stands,
        the article lacks passages until ``kg reindex``."""
        rows = [(g.iri.value, g.content_hash, _title(g), list(_sentences(g))) for g in graphs]
        try:
            with self._lock, self._transaction():
                self._put(rows)
        except sqlite3.Error:
            log.exception("cannot index %d article(s) in %s; run kg reindex", len(rows), self.path)

    def remove(self, iris: Iterable[NamedNode | str]) -> None:
        """Forget articles' sentences. Call it before the store deletes them. A failure is
        logged, not raised: passages of articles the store no longer holds are never shown."""
        keys = [i.value if isinstance(i, NamedNode) else i for i in iris]
        try:
            with self._lock, self._transaction():
                self._remove(keys)
        except sqlite3.Error:
            log.exception("cannot remove %d article(s) from %s; run kg reindex", len(keys), self.path)

    def rebuild(self, store: Store) -> int:
        """Index again every sentence the store holds, in one transaction (a crash keeps the old
        index whole); returns how many articles were indexed."""
        articles = 0
        with self._lock, self._transaction():
            self._db.execute("DELETE FROM sentence")
            self._db.execute("DELETE FROM article")
            for batch in _stored_articles(store):
                self._put(batch)
                articles += len(batch)
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('built', ?)", (time.strftime("%Y-%m-%dT%H:%M:%S"),))
            self._db.execute("INSERT INTO sentence_fts(sentence_fts) VALUES ('optimize')")
        log.info("passage index rebuilt: %d articles", articles)
        return articles

    def _put(self, rows: Sequence[_Row]) -> None:
        """Write articles' rows; an article already indexed in the same version is left alone,
        and of one article given twice the last wins."""
        latest = {row[0]: row for row in rows}
        known = self._known(list(latest))
        todo = [row for iri, row in latest.items() if known.get(iri) != row[1]]
        self._remove([iri for iri, *_ in todo])
        for iri, content_hash, title, sentences in todo:
            article = self._db.execute("INSERT INTO article(iri, hash, title) VALUES (?, ?, ?)",
                                       (iri, content_hash, title)).lastrowid
            self._db.executemany("INSERT INTO sentence(article, start, text) VALUES (?, ?, ?)",
                                 [(article, start, text.strip()) for start, text in sentences if text.strip()])

    def _known(self, iris: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for iri in iris:
            row = self._db.execute("SELECT hash FROM article WHERE iri = ?", (iri,)).fetchone()
            if row is not None:
                found[iri] = row[0]
        return found

    def _remove(self, iris: Sequence[str]) -> None:
        for iri in iris:
            self._db.execute("DELETE FROM sentence WHERE article = (SELECT id FROM article WHERE iri = ?)", (iri,))
            self._db.execute("DELETE FROM article WHERE iri = ?", (iri,))

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    # ------------------------------------------------------------------ searching

    def search(self, text: str, *, limit: int = LIMIT * 4, timeout: float = TIMEOUT,
               stop_words: frozenset[str] | set[str] = frozenset()) -> list[Hit]:
        """The sentences most related to ``text``, best first (at most ``limit``, within
        ``timeout`` seconds: a search that runs longer is stopped and finds nothing)."""
        query = fts_query(text, stop_words)
        if not query:
            return []
        deadline = time.monotonic() + timeout
        db = self._reader()
        db.set_progress_handler(lambda: int(time.monotonic() > deadline), _PROGRESS_STEPS)
        try:
            ranked = db.execute(_RANKED, (query, max(1, min(limit, 200)))).fetchall()
            rows = [(rank, *row) for rowid, rank in ranked
                    if (row := db.execute(_MARKED, (query, rowid)).fetchone()) is not None]
            overran = time.monotonic() > deadline  # past it between two looks at the clock
        except sqlite3.OperationalError as error:
            if "interrupt" not in str(error):
                raise
            overran = True
        finally:
            db.set_progress_handler(None, 0)
        if overran:
            log.warning("passage search stopped after %.1f s: %r", timeout, text[:80])
            return []
        hits = []
        for rank, iri, content_hash, title, sentence, marked in rows:
            plain, marks = _marked(marked)
            hits.append(Hit(iri, content_hash, title, sentence, round(-rank, 3), marks if plain == sentence else ()))
        return hits

    def _reader(self) -> _Reader:
        """This thread's search connection, opened on its first search."""
        db: _Reader | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, factory=_Reader, check_same_thread=False, isolation_level=None,
                                 timeout=30.0)
            with self._lock:
                self._readers.add(db)
            self._local.db = db
        return db

    def close(self) -> None:
        """Close the file (a WAL checkpoint folds the log back into it)."""
        with self._lock:
            for reader in list(self._readers):
                reader.close()
            self._db.close()


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on an error (the connection is in autocommit
    mode so that the transaction's bounds are exactly these)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


def _title(graph: ArticleGraph) -> str | None:
    for t in graph.facts:
        if t.subject == graph.iri and t.predicate.value == _TITLE:
            return str(t.object.value)  # type: ignore[union-attr]  # always a literal
    return None


def _sentences(graph: ArticleGraph) -> Iterator[tuple[int, str]]:
    """(start offset, text) of every sentence an article graph stores, in text order."""
    text: dict[object, str] = {}
    start: dict[object, int] = {}
    for t in graph.provenance:
        predicate = t.predicate.value
        if predicate == _TEXT:
            text[t.subject] = str(t.object.value)  # type: ignore[union-attr]
        elif predicate == _START and "#s-" in str(t.subject):
            start[t.subject] = int(str(t.object.value))  # type: ignore[union-attr]
    yield from sorted((start[s], words) for s, words in text.items() if s in start)


def _stored_articles(store: Store) -> Iterator[list[_Row]]:
    """Every stored article with its sentences, a batch of articles at a time (paged, so a
    server's result-size cap never cuts the list short without notice)."""
    offset = 0
    while True:
        rows = store.query(f"{_ARTICLES} LIMIT {_LIST_PAGE} OFFSET {offset}")
        assert isinstance(rows, Rows)
        listed = [(r["a"].value, r["hash"].value, r["title"].value if "title" in r else None) for r in rows]
        for at in range(0, len(listed), _SENTENCE_BATCH):
            batch = listed[at:at + _SENTENCE_BATCH]
            found = store.query(_SENTENCES, {"a": [NamedNode(iri) for iri, _, _ in batch]})
            assert isinstance(found, Rows)
            sentences: dict[str, list[tuple[int, str]]] = {}
            for r in found:
                sentences.setdefault(r["a"].value, []).append((int(r["start"].value), r["text"].value))
            yield [(iri, h, title, sorted(sentences.get(iri, []))) for iri, h, title in batch]
        if len(listed) < _LIST_PAGE:
            return
        offset += _LIST_PAGE


def related(store: Store, question: str, limit: int = LIMIT) -> tuple[Passage, ...]:
    """The sentences of the stored articles most related to a question, best first: at most
    ``limit``, :data:`PER_ARTICLE` per article, scoring at least :data:`MIN_SHARE` of the best,
    only from articles the store holds in the version that was indexed. Empty when the store
    keeps no index or the search fails: passages help an unanswered question, they must never
    break its reply."""
    index = store.passages
    if index is None:
        return ()
    try:
        hits = index.search(question, limit=limit * 4, stop_words=_stop_words())
        current = store.article_hashes([NamedNode(iri) for iri in dict.fromkeys(h.iri for h in hits)])
    except Exception:  # an edge: the reply goes out without passages, the log says why
        log.exception("passage search failed for %r", question[:80])
        return ()
    passages: list[Passage] = []
    per_article: dict[str, int] = {}
    for hit in hits:
        if current.get(hit.iri) != hit.hash or per_article.get(hit.iri, 0) >= PER_ARTICLE \
                or not _says_more(hit.sentence, hit.title):
            continue
        if passages and hit.score < MIN_SHARE * passages[0].score:
            break
        per_article[hit.iri] = per_article.get(hit.iri, 0) + 1
        passages.append(Passage(slug_of_article(hit.iri), hit.iri, hit.title, hit.sentence, hit.score, hit.marks))
        if len(passages) == limit:
            break
    return tuple(passages)


def _says_more(sentence: str, title: str | None) -> bool:
    """Whether a sentence tells more than the article's name shown beside it: not its headline
    again, not a fragment the sentence splitter left (a lone name, a byline)."""
    words = _WORD.findall(sentence.lower())
    return len(words) >= MIN_WORDS and (title is None or words != _WORD.findall(title.lower()))


def _stop_words() -> frozenset[str]:
    """English function words ("what", "the", "did"): they match most sentences and say nothing."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
