"""Build extractions by hand, for tests of everything downstream of the extractor, and the
question engine over them.

The text is written for the tests; entities and facts are declared by name and located in
the text, so offsets, sentences and evidence are real, without running spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest
from spacy.language import Language

from extract import VERSION
from extract.facts import Article, Entity, Evidence, Extraction, Fact, Literal, Mention, Term, Value
from kg.ingest import graph_for
from kg.questions import Answer, Asker
from kg.store import Store
from kg.store.oxigraph import OxigraphStore

_SENTENCE = re.compile(r"[^.!?]+[.!?]*\s*")


@dataclass
class ExtractionBuilder:
    """Declare entities and facts by name; ``build()`` finds them in the text."""

    text: str
    title: str | None = None
    id: str | None = None
    url: str | None = None
    published: str | None = None
    _entities: dict[str, Entity] = field(default_factory=dict)
    _facts: list[Fact] = field(default_factory=list)

    def entity(self, name: str, *types: str, aliases: tuple[str, ...] = ()) -> str:
        """Declare an entity named in the text; returns its key."""
        key = f"e{len(self._entities)}"
        self._entities[name] = Entity(key, name, types or ("Person",), aliases)
        return key

    def fact(
        self, subject: str, predicate: str, obj: str | Value, *, evidence: str,
        qualifiers: dict[str, str | Value] | None = None, as_of: str | None = None,
        modality: str = "reported", confidence: float = 0.9,
    ) -> None:
        """Declare a fact between named entities (or with a literal/term object), stated by
        the words ``evidence`` (which must occur in the text)."""
        start = self.text.index(evidence)
        end = start + len(evidence)
        sentence = next(i for i, (s, e) in enumerate(self.sentences()) if s <= start < e)

        def value(v: str | Value) -> Value:
            return self._entities[v].key if isinstance(v, str) else v

        self._facts.append(Fact(
            subject=self._entities[subject].key,
            predicate=predicate,
            object=value(obj),
            evidence=Evidence(sentence, start, end, "test/1", confidence),
            qualifiers=tuple((k, value(v)) for k, v in (qualifiers or {}).items()),
            as_of=Literal(as_of, "date" if len(as_of) == 10 else "gYearMonth" if len(as_of) == 7 else "gYear")
            if as_of else None,
            modality=modality,
        ))

    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans, split at full stops (good enough for text written for tests)."""
        return [(m.start(), m.start() + len(m.group().rstrip())) for m in _SENTENCE.finditer(self.text)
                if m.group().strip()]

    def build(self) -> Extraction:
        """The extraction, with a mention for every occurrence of every name and alias."""
        mentions = []
        for entity in self._entities.values():
            for name in (entity.name, *entity.aliases):
                for m in re.finditer(rf"\b{re.escape(name)}\b", self.text):
                    mentions.append(Mention(m.start(), m.end(), entity.key, "PERSON"))
        unique = {(m.start, m.end): m for m in sorted(mentions, key=lambda m: (m.start, -m.end))}
        article = Article(self.text, self.title, self.url, self.published, self.id)
        return Extraction(
            article=article,
            sentences=tuple(self.sentences()),
            entities=tuple(self._entities.values()),
            mentions=tuple(sorted(unique.values(), key=lambda m: m.start)),
            facts=tuple(self._facts),
            extractor=VERSION,
            words=len(self.text.split()),
        )


def days(value: str) -> Literal:
    """A number of days as the ontology writes it."""
    return Literal(value, "decimal")


def date(value: str) -> Literal:
    """A full or partial date ("2019", "2019-10", "2019-10-03") with its precision kept."""
    return Literal(value, {4: "gYear", 7: "gYearMonth"}.get(len(value), "date"))


def integer(value: str) -> Literal:
    """A whole number: an age, a count."""
    return Literal(value, "integer")


def load_articles(store: Store, makers: Iterable[Callable[[], Extraction]]) -> None:
    """Write each hand-declared article into the store (real resolution and mapping)."""
    for make in makers:
        store.write([graph_for(store, make())])


@contextmanager
def stored(
    factory: pytest.TempPathFactory, name: str, makers: Iterable[Callable[[], Extraction]],
) -> Iterator[OxigraphStore]:
    """The articles in a fresh embedded store in a temporary folder, closed on leaving (it holds
    a lock and open files)."""
    store = OxigraphStore(factory.mktemp(name) / "store")
    try:
        load_articles(store, makers)
        yield store
    finally:
        store.close()


def asker_over(*makers: Callable[[], Extraction]) -> object:
    """A module-scoped fixture (assign it to the fixture's name): the question engine over a store
    of the articles. One store a module, closed after its last test: stores opened per test
    would keep hundreds of files open."""

    @pytest.fixture(scope="module")
    def asker(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
              nlp: Language) -> Iterator[Asker]:
        with stored(tmp_path_factory, request.module.__name__.rsplit(".", 1)[-1], makers) as store:
            yield Asker(store, nlp)

    return asker


def labels(answer: Answer) -> list[str]:
    """The labels of an answer's answers, in the order given."""
    return [a.label for a in answer.answers]


__all__ = ["ExtractionBuilder", "Literal", "Term", "asker_over", "date", "days", "integer", "labels",
           "load_articles", "stored"]
