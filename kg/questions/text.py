"""Questions as plain tokens, and the small text operations the matcher needs.

A question is parsed by spaCy once and then turned into :class:`Token` values, so all the
matching downstream is pure and can be tested with hand-written tokens.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Pipeline components a question needs; an extractor's own components are skipped.
QUESTION_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


#: Numbers people write as words in questions ("Has she made four spacewalks?"); not "one",
#: which is as often a pronoun ("one of the crew") or "a single" ("on one flight").
_WORD_NUMBERS = {w: n for n, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")) if w != "one"}


@dataclass(frozen=True)
class Token:
    """One word of a question, with what spaCy said about it."""

    i: int
    text: str
    lemma: str
    pos: str = "X"
    tag: str = ""
    dep: str = ""
    head: int = 0
    is_stop: bool = False
    space: str = " "

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_punct(self) -> bool:
        return self.pos == "PUNCT" or (not any(c.isalnum() for c in self.text))

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def number(self) -> float | None:
        """The token's value when it is a number ("380", "1,000", "2.5", "four")."""
        if self.lower in _WORD_NUMBERS:
            return float(_WORD_NUMBERS[self.lower])
        text = self.text.replace(",", "")
        try:
            return float(text)
        except ValueError:
            return None


def parse_many(nlp: Language, texts: Iterable[str]) -> list[tuple[Token, ...]]:
    """Parse many short texts at once (the ontology's phrases), base components only. One
    text goes through the components directly: ``nlp.pipe`` costs a tenth more for it."""
    texts = list(texts)
    if len(texts) == 1:
        return [tokens_of(_reparsed(nlp, _parse(nlp, texts[0])))]
    skip = [name for name in nlp.pipe_names if name not in QUESTION_PIPES]
    return [tokens_of(_reparsed(nlp, _content_verbs(nlp, doc)))
            for doc in nlp.pipe(texts, disable=skip, batch_size=256)]


def _parse(nlp: Language, text: str) -> Doc:
    """One question through the components a question needs, directly (no ``nlp.pipe``)."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name in QUESTION_PIPES:
            doc = component(doc)
    return _content_verbs(nlp, doc)


def _content_verbs(nlp: Language, doc: Doc) -> Doc:
    """A word the small model tags as an auxiliary that is none ("Who piloted STS-134?":
    "piloted" as AUX) is the question's verb: tagged so, and lemmatised as one, so that no
    reading takes the question for one without a verb ("Who is STS-134?")."""
    wrong = [t for t in doc if t.pos_ == "AUX" and not t.is_stop and t.text.isalpha()]
    if wrong and "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        for t in wrong:
            t.pos_ = "VERB"
            t.lemma_ = lemmatizer.rule_lemmatize(t)[0]  # type: ignore[attr-defined]
    return doc


#: A name the model reads as a name wherever it stands, put in place of a designation it took for a verb.
_STAND_IN = "Gemini"


def _reparsed(nlp: Language, doc: Doc) -> Doc | _Restored:
    """The question parsed again with a stand-in name for each designation the model took for a
    verb ("Who piloted STS-134?": "STS-134" the main verb, "piloted" its auxiliary), so that the
    words around it are read as they are said; the designation keeps its own text. The first
    parse when none is misread or the stand-in changes the words."""
    misread = [t for t in doc if t.pos_ in ("VERB", "AUX") and _designation(t.pos_, t.text)]
    if not misread:
        return doc
    text, shift = doc.text, 0
    for t in misread:
        at = t.idx + shift
        text = text[:at] + _STAND_IN + text[at + len(t.text):]
        shift += len(_STAND_IN) - len(t.text)
    again = _parse(nlp, text)
    if len(again) != len(doc):
        return doc
    return _Restored(again, {t.i: t.text for t in misread})


class BatchParser:
    """Parses questions for many threads: questions that arrive while the model is busy are
    parsed together in one ``nlp.pipe`` call, about four times cheaper per question than one
    by one. The thread that gets the model parses everything waiting (no thread of its own)."""

    def __init__(self, nlp: Language, lock: threading.Lock, max_batch: int = 64) -> None:
        self._nlp, self._lock, self._max = nlp, lock, max_batch
        self._waiting: list[tuple[str, Future[tuple[Token, ...]]]] = []
        self._guard = threading.Lock()

    def __call__(self, text: str) -> tuple[Token, ...]:
        future: Future[tuple[Token, ...]] = Future()
        with self._guard:
            self._waiting.append((text, future))
        while not future.done():
            with self._lock:
                with self._guard:
                    batch, self._waiting = self._waiting[:self._max], self._waiting[self._max:]
                if not batch:
                    continue
                try:
                    parsed = parse_many(self._nlp, [t for t, _ in batch])
                except BaseException as error:
                    for _, waiting in batch:
                        waiting.set_exception(error)
                else:
                    for (_, waiting), tokens in zip(batch, parsed, strict=True):
                        waiting.set_result(tokens)
        return future.result()


@dataclass(frozen=True)
class _Restored:
    """A parse made with stand-in names, and the words they stand for (by position)."""

    doc: Doc
    words: dict[int, str]


def tokens_of(parsed: Doc | _Restored) -> tuple[Token, ...]:
    """The plain tokens of a parsed document. A designation the small model mistags ("Ax-2" as
    punctuation, "Tx-1" as a pronoun, "Vx-4" as a number) is taken for the name it is."""
    doc, words = (parsed.doc, parsed.words) if isinstance(parsed, _Restored) else (parsed, {})
    tokens = []
    for t in doc:
        text = words.get(t.i, t.text)
        lemma = text.lower() if t.i in words else t.lemma_.lower() or t.lower_
        pos, tag = ("PROPN", "NNP") if _designation(t.pos_, text) else (t.pos_, t.tag_)
        tokens.append(Token(t.i, text, lemma, pos, tag, t.dep_, t.head.i, t.is_stop, t.whitespace_))
    return tuple(tokens)


def _designation(pos: str, text: str) -> bool:
    """A capitalised word of letters and digits ("Ax-2", "MS-24"): a name, whatever its tag."""
    return pos != "PROPN" and text[:1].isupper() and any(c.isalpha() for c in text) and any(
        c.isdigit() for c in text)


def simple_tokens(text: str) -> tuple[Token, ...]:
    """Tokens without a model (split at spaces and punctuation; lemma = lower case), for
    tests and for phrases when no model is at hand."""
    words = re.findall(r"\w+(?:[-'’]\w+)*|'s|[^\w\s]", text)
    return tuple(Token(i, w, w.lower(), "PUNCT" if not w[0].isalnum() else "X") for i, w in enumerate(words))


_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
_SPACES = re.compile(r"\s+")
_DROP = re.compile(r"[.\u2019'\"“”‘,;:!?()\[\]]")


def normalise(name: str) -> str:
    """A name as the entity index keys it: case-folded, accents and punctuation gone,
    a trailing possessive dropped, a leading "the" dropped.

    >>> normalise("  The Baikonur  Cosmodrome's ")
    'baikonur cosmodrome'
    >>> normalise("U.S.")
    'us'
    """
    text = unicodedata.normalize("NFKD", name.strip())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", text.replace("’", "'"))
    text = _DROP.sub("", text.casefold())
    text = _SPACES.sub(" ", text.replace("-", " ")).strip()
    return text[4:] if text.startswith("the ") else text


def subtree(tokens: Sequence[Token], root: int) -> set[int]:
    """The indices of the word at ``root`` and of every word whose heads lead to it."""
    inside = {root}
    grown = True
    while grown:
        more = {t.i for t in tokens if t.head in inside and t.i not in inside and t.head != t.i}
        grown = bool(more)
        inside |= more
    return inside


def span_text(tokens: Sequence[Token]) -> str:
    """The text of consecutive tokens as written (keeping the question's spacing)."""
    return "".join(t.text + t.space for t in tokens).strip()


@dataclass(frozen=True)
class Phrase:
    """A phrase of the ontology as words to find in a question: lower-case forms and lemmas."""

    text: str
    words: tuple[str, ...]
    lemmas: tuple[str, ...]

    @classmethod
    def of(cls, text: str, tokens: Sequence[Token]) -> Phrase:
        words = tuple(t.lower for t in tokens if not t.is_punct)
        lemmas = tuple(t.lemma for t in tokens if not t.is_punct)
        return cls(text, words, lemmas)


class Words:
    """A question's words ready for phrase search: which positions hold each form and lemma."""

    def __init__(self, tokens: Sequence[Token], skip: Iterable[int] = ()) -> None:
        skipped = set(skip)
        self.usable = [t for t in tokens if t.i not in skipped and not t.is_punct]
        self.at: dict[str, list[int]] = {}
        for k, t in enumerate(self.usable):
            self.at.setdefault(t.lower, []).append(k)
            if t.lemma != t.lower:
                self.at.setdefault(t.lemma, []).append(k)

    def find(self, phrase: Phrase, max_gap: int = 3) -> tuple[int, ...]:
        """Token indices of the best occurrence of ``phrase``: its words in order, each
        matching by form or lemma, at most ``max_gap`` other words between two of them.
        Empty when it does not occur."""
        where = self.at
        if not phrase.words or (phrase.words[0] not in where and phrase.lemmas[0] not in where):
            return ()  # most phrases of the ontology are not in a given question: answer those fast
        starts = sorted(set(where.get(phrase.words[0], ())) | set(where.get(phrase.lemmas[0], ())))
        usable = self.usable
        best: tuple[int, ...] = ()
        best_gaps = max_gap * len(phrase.words) + 1
        for start in starts:
            found, gaps, at = [usable[start].i], 0, start + 1
            for k in range(1, len(phrase.words)):
                for step in range(max_gap + 1):
                    if at + step < len(usable) and _same(usable[at + step], phrase, k):
                        found.append(usable[at + step].i)
                        gaps += step
                        at += step + 1
                        break
                else:
                    break
            if len(found) == len(phrase.words) and gaps < best_gaps:
                best, best_gaps = tuple(found), gaps
        return best


def find(tokens: Sequence[Token], phrase: Phrase, skip: Iterable[int] = (), max_gap: int = 3) -> tuple[int, ...]:
    """Indices of the best occurrence of ``phrase`` in ``tokens`` (see :meth:`Words.find`);
    tokens in ``skip``, such as entity names, neither match nor count as gaps.

    >>> find(simple_tokens("How many days did she spend in space"), Phrase("days in space",
    ...      ("days", "in", "space"), ("day", "in", "space")))
    (2, 6, 7)
    """
    return Words(tokens, skip).find(phrase, max_gap)


def _same(token: Token, phrase: Phrase, k: int) -> bool:
    return token.lower == phrase.words[k] or token.lemma == phrase.lemmas[k]
