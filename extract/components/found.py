"""What the rule components find on one document, as small typed records.

A :class:`Found` fact names entities by their cluster index on the document (``Ref``), and
dates by their index among the document's date expressions (``DateRef``);
:mod:`extract.assemble` turns them into :class:`~extract.facts.Fact` records of the
article. On the document itself (``doc._.astrokg_facts``) they are kept as plain lists, so
that documents still travel between processes (``nlp.pipe(n_process=...)`` sends them as
msgpack): :func:`to_plain` and :func:`from_plain` are that one boundary.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from extract.facts import MODALITIES


@dataclass(frozen=True, slots=True)
class Ref:
    """An entity of the document: its cluster index."""

    cluster: int


@dataclass(frozen=True, slots=True)
class Val:
    """A literal value and its XML Schema datatype."""

    value: str
    datatype: str = "string"


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date expression of the document; ``recent``: a day and month without a year are
    completed from the article's date even inside a story of long ago (a death in an obituary)."""

    index: int
    recent: bool = False


@dataclass(frozen=True, slots=True)
class TermRef:
    """A named individual of the ontology (``Cumulative``, ``SingleFlight``)."""

    name: str


@dataclass(frozen=True, slots=True)
class ThingRef:
    """Something the text names that no component recognised (a mascot, a bird, a craft's
    type), with the ontology class to give it."""

    name: str
    cls: str = "Thing"


@dataclass(frozen=True, slots=True)
class RecordRef:
    """A record, by what it measures and among whom it counts."""

    measure: str
    scope: str


Obj = Ref | Val | DateRef | TermRef | ThingRef | RecordRef


@dataclass(frozen=True, slots=True)
class Found:
    """One fact a rule read from a document (see the module docstring)."""

    subject: int  # cluster index
    predicate: str
    object: Obj | None  # None: a qualified value whose amount the text does not give
    start: int  # evidence, character offsets in the document
    end: int
    rule: str  # "relations/1:launch"
    confidence: float
    qualifiers: tuple[tuple[str, Obj], ...] = ()
    modality: str = "reported"
    as_of: Obj | None = None

    def __post_init__(self) -> None:
        if self.modality not in MODALITIES:
            raise ValueError(f"unknown modality {self.modality!r}; use one of {', '.join(MODALITIES)}")

    @property
    def entity(self) -> int | None:
        """The object's cluster, when the object is an entity."""
        return self.object.cluster if isinstance(self.object, Ref) else None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression the date component found: character offsets and the parts the text
    gives (0 or "" for the others); ``anchor`` is the year of a narrative it belongs to."""

    start: int
    end: int
    year: int
    month: int
    day: int
    weekday: int
    relative: str
    anchor: int = 0

    @classmethod
    def of(cls, raw: Sequence[Any]) -> DateMention:
        return cls(int(raw[0]), int(raw[1]), int(raw[2]), int(raw[3]), int(raw[4]), int(raw[5]), str(raw[6]),
                   int(raw[7]) if len(raw) > 7 else 0)


def as_obj(raw: Obj | dict[str, Any]) -> Obj:
    """An object given as a record, or in the older dict form ({"c": 3}, {"thing": "..."})."""
    if not isinstance(raw, dict):
        return raw
    if "c" in raw:
        return Ref(int(raw["c"]))
    if "v" in raw:
        return Val(str(raw["v"]), raw.get("t", "string"))
    if "d" in raw:
        return DateRef(int(raw["d"]), bool(raw.get("recent")))
    if "term" in raw:
        return TermRef(str(raw["term"]))
    if "thing" in raw:
        return ThingRef(str(raw["thing"]))
    if "record" in raw:
        return RecordRef(str(raw["record"]["measure"]), str(raw["record"]["scope"]))
    raise ValueError(f"not a fact object: {raw!r}")


_TAGS: dict[type, str] = {Ref: "c", Val: "v", DateRef: "d", TermRef: "t", ThingRef: "x", RecordRef: "r"}
_TYPES = {tag: cls for cls, tag in _TAGS.items()}


def _obj_plain(o: Obj | None) -> list[Any] | None:
    if o is None:
        return None
    return [_TAGS[type(o)], *(getattr(o, f) for f in o.__slots__)]


def _obj_back(raw: Sequence[Any] | None) -> Obj | None:
    if raw is None:
        return None
    obj: Obj = _TYPES[raw[0]](*raw[1:])
    return obj


def to_plain(facts: Iterable[Found]) -> list[list[Any]]:
    """Facts as lists of strings and numbers (what a document carries)."""
    return [[f.subject, f.predicate, _obj_plain(f.object), f.start, f.end, f.rule, f.confidence,
             [[n, _obj_plain(q)] for n, q in f.qualifiers], f.modality, _obj_plain(f.as_of)] for f in facts]


def from_plain(rows: Iterable[Sequence[Any]] | None) -> list[Found]:
    """The facts a document carries, as records again."""
    out: list[Found] = []
    for s, p, o, start, end, rule, conf, qs, mod, as_of in rows or ():
        qualifiers = tuple((str(n), q) for n, raw in qs if (q := _obj_back(raw)) is not None)
        out.append(Found(int(s), str(p), _obj_back(o), int(start), int(end), str(rule), float(conf), qualifiers,
                         str(mod), _obj_back(as_of)))
    return out
