"""Question words the reader mistyped: "Where did the crew lnad?", "Who lauched alone aboard
X?". A word is respelt only when it is no English word the model's lemmatizer knows (its
WordNet-based lists of nouns, verbs, adjectives and adverbs and their irregular forms) and one
word of the ontology's question vocabulary, in one of its inflections, is clearly the closest:
one edit away (two for long words), a swap of two letters counting as one, and closer than any
other, a reading with the same letters counting as closer still ("lnad" is "land", not "lead");
a word closest to a little word ("dwon": "down") is left alone, and a respelt question that
finds no answer must read the word it respelt (a relation's or a class's word), or the
respelling is not used.
The answer then says which word was read as which, as it does for a misspelt name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.language import Language

from kg.questions.match import Parsed
from kg.questions.vocabulary import Vocabulary

#: Endings an English word takes ("lands", "landed", "landing").
_ENDINGS = ("s", "es", "d", "ed", "ing")
#: Shortest word respelt: shorter ones are too close to too many words.
_SHORTEST = 4
#: How much closer than the next the best reading must be.
_CLEAR_LEAD = 0.5


class Speller:
    """The known English words and the vocabulary's words with their inflections."""

    def __init__(self, nlp: Language, vocabulary: Vocabulary) -> None:
        self.known = _english(nlp)
        self.little = frozenset(nlp.Defaults.stop_words)  # "down", "off": never a reading given
        words = [w for w in vocabulary.words if w.isalpha() and len(w) >= 3]
        self.forms = sorted({f for w in words for f in _inflected(w)} | self.little)
        self._forms = frozenset(self.forms)

    def respelt(self, parsed: Parsed) -> list[tuple[str, str]]:
        """The question's words read as another (written, read), each clearly the best."""
        named = {i for m in parsed.mentions for i in range(m.start, m.end)}
        found: list[tuple[str, str]] = []
        for t in parsed.tokens:
            word = t.lower
            if t.i in named or t.is_stop or not word.isalpha() or len(word) < _SHORTEST or t.is_capitalised \
                    or self._is_known(word, t.lemma.lower()):
                continue
            best = self._closest(word)
            if best is not None:
                found.append((t.text, best))
        return found

    def _is_known(self, word: str, lemma: str) -> bool:
        return word in self.known or lemma in self.known or word in self._forms or any(
            word.endswith(e) and (word[:-len(e)] in self.known or word[:-len(e)] + "e" in self.known)
            for e in _ENDINGS)

    def _closest(self, word: str) -> str | None:
        limit = 1 if len(word) < 8 else 2
        near = process.extract(word, self.forms, scorer=OSA.distance, score_cutoff=limit, limit=10)
        ranked = sorted((d - (0.5 if sorted(w) == sorted(word) else 0.0), w) for w, d, _ in near)
        if not ranked or len(ranked) > 1 and ranked[1][0] - ranked[0][0] < _CLEAR_LEAD or ranked[0][1] in self.little:
            return None  # "dwon" is "down", a little word: it is left as written
        return ranked[0][1]


def reads(parsed: Parsed, fixes: Sequence[tuple[str, str]]) -> bool:
    """Does the question as respelt read every word it respelt (a relation's or a class's
    word)? Otherwise, unless it found an answer, the respelling explains nothing."""
    read = {i for r in parsed.relations for i in r.tokens} | {i for c in parsed.classes for i in c.tokens}
    words = {w for _, w in fixes}
    return all(any(t.text == w and t.i in read for t in parsed.tokens) for w in words)


def respelt_text(parsed: Parsed, fixes: Sequence[tuple[str, str]]) -> str:
    """The question with each mistyped word replaced by its reading."""
    read = dict(fixes)
    return "".join((read.get(t.text, t.text)) + t.space for t in parsed.tokens).strip()


def read_as(fixes: Iterable[tuple[str, str]]) -> str:
    """What the answer says of the words it read otherwise."""
    return " ".join(f"I read “{written}” as “{read}”." for written, read in fixes)


def _inflected(word: str) -> set[str]:
    stem = word[:-1] if word.endswith("e") else word
    return {word, word + "s", word + "es", word + "ed", word + "d", stem + "ing", stem + "ed"}


def _english(nlp: Language) -> frozenset[str]:
    """The words the pipeline's lemmatizer knows: its lists of base forms and irregular forms."""
    try:
        tables = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    except KeyError:
        return frozenset()
    known: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        if not tables.has_table(name):
            continue
        table = tables.get_table(name)
        for pos in ("noun", "verb", "adj", "adv"):
            entries = table.get(pos) or ()
            known.update(str(w).lower() for w in entries)
    return frozenset(known)
