"""The template registry: every way of answering a question registers here with
``@template(name, priority=...)`` — built-in templates and any added later alike.

A template is a pure function from a :class:`~kg.questions.match.Parsed` question (and the
:class:`Context`: vocabulary and entity index) to :class:`Plan` values: a SPARQL query
from ``queries/``, the values to bind into it, and a reader that turns its rows into
answers. The engine runs plans in order until one finds something.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from pyoxigraph import Triple

from kg.questions.linking import Candidate, EntityIndex, Mention
from kg.questions.match import Parsed
from kg.questions.vocabulary import Vocabulary
from kg.store.sparql import Rows, Term, query_file

#: A value in an answer, as JSON shows it.
Value = str | int | float | bool


@dataclass(frozen=True)
class Item:
    """One answer: what to show, its value, and the stated triples that support it."""

    label: str
    value: Value
    iri: str | None = None
    kind: str = "entity"  # entity, place, date, number, value, boolean, count, article, fact
    unit: str | None = None
    as_of: str | None = None
    planned: bool = False
    former: bool = False  # every article states its fact as no longer true ("former NASA astronaut")
    relation: str | None = None  # for descriptions: which relation this fact is
    support: tuple[Triple, ...] = ()
    confidence: float | None = None  # from the statements of its facts (see kg.questions.answer)
    corroborated: bool = False  # each supporting fact alone gives the answer (a flight's date from each of
    # its crew): they add up, instead of the least sure ruling as in a chain of facts

    def as_dict(self) -> dict[str, object]:
        """The answer as JSON shows it (empty fields left out)."""
        data: dict[str, object] = {"label": self.label, "value": self.value}
        for key in ("iri", "unit", "as_of", "relation"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        data["kind"] = self.kind
        if self.planned:
            data["planned"] = True
        if self.former:
            data["former"] = True
        if self.confidence is not None:
            data["confidence"] = self.confidence
        return data


@dataclass(frozen=True)
class Reply:
    """What a plan's reader made of its rows."""

    items: list[Item]
    also: list[Item] = field(default_factory=list)  # other values worth showing (earlier, planned)
    note: str | None = None
    settled: bool = True  # False: a later plan of the same template may give a better answer (a "no")
    rivals: list[Item] = field(default_factory=list)  # a "yes": other values of a one-valued property, to weigh
    happened: bool = False  # the question asks what happened, whatever its tense ("has X been to space?")
    final: bool = False  # no answer, and no later plan may give one (a count the articles do not state)


Reader = Callable[[Rows], Reply]


@dataclass(frozen=True)
class Plan:
    """One way to answer: a query, its bound values, and how to read the result."""

    template: str
    query: str  # file name in queries/ without .rq
    bindings: Mapping[str, Term | Sequence[Term]]
    read: Reader
    used: tuple[tuple[Mention, Candidate], ...] = ()  # the entity readings this plan assumes
    empty: str = "The graph has nothing that answers this."
    articles: bool = False  # answer with the articles that state the facts found
    final: bool = False  # when it finds nothing, no later template is tried
    parts: tuple[tuple[str, Mapping[str, Term | Sequence[Term]]], ...] = ()  # more queries (file, bindings)
    # whose rows the reader gets after the first's: simple queries instead of one UNION


@dataclass(frozen=True)
class Context:
    """What templates may consult besides the question: the ontology's words and the names."""

    vocabulary: Vocabulary
    index: EntityIndex
    about: tuple[str, ...] = ()  # entity IRIs the conversation is about (for "he", "she")


Template = Callable[[Parsed, Context], Iterable[Plan]]

_REGISTRY: dict[str, tuple[int, Template]] = {}


def template(name: str, *, priority: int) -> Callable[[Template], Template]:
    """Register a template; lower priorities are tried first. Registering a name again
    replaces the earlier template (so a test or plugin can override a built-in)."""

    def register(function: Template) -> Template:
        _REGISTRY[name] = (priority, function)
        return function

    return register


def registered() -> list[tuple[str, Template]]:
    """The templates in the order they are tried."""
    return [(name, fn) for name, (_, fn) in sorted(_REGISTRY.items(), key=lambda kv: (kv[1][0], kv[0]))]


def query_text(name: str) -> str:
    """The text of ``kg/questions/queries/<name>.rq`` (read once)."""
    return query_file("kg.questions", name)
