"""The contract between ``extract/`` and ``kg/``: plain records, no spaCy and no RDF.

Everything here is a frozen dataclass of strings, numbers and tuples, so an
:class:`Extraction` pickles cheaply across ``nlp.pipe(n_process=...)`` and Dask
workers, and ``kg/`` can turn it into RDF without knowing how it was made.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

#: Literal datatypes the ontology uses (XML Schema local names).
DATATYPES = ("string", "integer", "decimal", "date", "gYearMonth", "gYear", "gMonthDay", "boolean")

#: Whether a fact is reported as true, only planned ("is scheduled to return"), no longer true ("former")
#: or true only after the events told ("future director", "later became").
MODALITIES = ("reported", "planned", "former", "later")
#: who was in space with whom: on one flight (flewWith), or, as narrower kinds of it, on its
#: launch or its landing (a crew may go up on one craft and come home on another)
COMPANIONS = frozenset({"flewWith", "launchedWith", "landedWith"})


@dataclass(frozen=True, slots=True)
class Article:
    """One article as it came in: its text and what its source said about it.

    >>> Article(text="Kelly launched.", id="a1").key
    'a1'
    """

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date, "YYYY-MM-DD", when known
    id: str | None = None  # the source's own id, when it has one
    origin: str | None = None  # where it was read from ("feed.jsonl:12"), for reports

    @property
    def key(self) -> str:
        """The article's identity: its id, else its URL, else a hash of its text."""
        return self.id or self.url or "sha256-" + _sha256(self.text)[:24]

    @property
    def content_hash(self) -> str:
        """Changes whenever anything that ends up in the graph changes."""
        return _sha256("\x1f".join((self.text, self.title or "", self.url or "", self.published or "")))


@dataclass(frozen=True, slots=True)
class Literal:
    """A literal value: a lexical form and one of :data:`DATATYPES`.

    Partial dates keep their precision: "2016-03" is a gYearMonth, never a made-up day.
    """

    value: str
    datatype: str = "string"

    def __post_init__(self) -> None:
        if self.datatype not in DATATYPES:
            raise ValueError(f"unknown datatype {self.datatype!r}; use one of {', '.join(DATATYPES)}")


@dataclass(frozen=True, slots=True)
class Term:
    """A named individual of the ontology, such as ``Cumulative`` or ``SingleFlight``."""

    name: str


#: The object of a fact or a qualifier: an entity key (str), a literal or an ontology term.
Value = str | Literal | Term


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing as this article knows it.

    ``key`` is local to the extraction ("e3"); ``kg`` maps it to a global IRI.
    ``name`` is the fullest proper name the article uses ("Scott Kelly"), ``aliases`` the
    other names it uses for the same thing ("Kelly", "Scott").
    """

    key: str
    name: str
    types: tuple[str, ...]  # ontology class local names, most specific first
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of article text that names an entity (character offsets, end exclusive)."""

    start: int
    end: int
    entity: str  # entity key
    label: str  # a display label such as PERSON, ORG, GPE, SPACECRAFT


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: its sentence, the words that state it, who made it, how sure."""

    sentence: int  # index into Extraction.sentences
    start: int  # evidence span in the article text
    end: int
    extractor: str  # component, version and rule, e.g. "relations/1:crew"
    confidence: float  # the rule's measured precision (see extract.calibration)


@dataclass(frozen=True, slots=True)
class Fact:
    """One typed fact: ``subject predicate object``, with its evidence.

    ``predicate`` is an ontology property's local name ("twinOf"). When its range is an
    ``akg:QualifiedValue`` (time in space, age, event dates, record holdings) the object is
    the value and ``qualifiers`` fill in the rest of the node, e.g.
    ``(("unit", Literal("day")), ("scope", Term("Cumulative")), ("record", "e9"))``; of any
    other property they are literals about the statement itself, the span it held
    (``(("since", Literal("2009", "gYear")), ("until", Literal("2017", "gYear")))``).
    ``as_of`` is when the fact was true or stated; ``modality`` is "reported", "planned" or
    "former" (true once and no longer: "former NASA astronaut") or "later" (true only after the
    events told: "future center director A").
    The object is None only for a qualified value whose amount the text does not give (a
    record broken without a figure): the node then has its qualifiers and no value.
    """

    subject: str
    predicate: str
    object: Value | None
    evidence: Evidence
    qualifiers: tuple[tuple[str, Value], ...] = ()
    as_of: Literal | None = None
    modality: str = "reported"

    def __post_init__(self) -> None:
        if self.modality not in MODALITIES:
            raise ValueError(f"unknown modality {self.modality!r}; use one of {', '.join(MODALITIES)}")


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the pipeline found in one article."""

    article: Article
    sentences: tuple[tuple[int, int], ...]  # (start, end) offsets of each sentence
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]
    extractor: str  # pipeline name and version, e.g. "astrokg-extract/0.1.0"
    words: int = 0  # tokens parsed, for throughput reports


def _sha256(text: str) -> str:
    # surrogatepass: a lone surrogate (JSON allows "\\ud800") must not make hashing raise
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
