"""Comparing extracted facts with gold facts written by hand, for tests and benchmarks.

A fact becomes a key ``(subject, predicate, object, modality)`` of lower-cased names and
values, so gold can be written as plain data (``["Scott Kelly", "twinOf", "Mark Kelly"]``):

- names are compared by their canonical form, so "Shenzhou 15", "Shenzhou-15" and
  "Shenzhou XV" are one name (:func:`extract.components.gazetteer.canonical_name`);
- a qualified value (time in space, age, dates) is compared by its value;
- a record holding by what it measures ("cumulative" or "single flight"), and its previous
  holder as a separate key ``(holder, "previousHolder", name)``;
- a first (``holdsFirst``) by its scope, the group it counts among in canonical words: a
  country by its name, then other groups as written (an organisation by its name: "the
  first British astronaut of the European Space Agency" is "United Kingdom, European Space
  Agency"; "with a prosthesis"), then "woman" or "man", joined by ", ";
  "anyone" for the first person of all. "The first Chinese woman to walk in space" is
  ``["Wang Yaping", "holdsFirst", "China, woman"]``, "the first Briton in space"
  ``[..., "United Kingdom"]``, "the first private astronaut to ..." ``[..., "private
  astronaut"]``, "the first person to walk on the Moon" ``[..., "anyone"]``; the achievement
  itself is not compared (two firsts of one scope in one article are one key);
- a place after the first (``holdsRank``) by its scope and its place: "the third European to
  command the station" is ``["Luca Parmitano", "holdsRank", "European 3"]``;
- an education as "degree school year" (parts the text does not give are left out);
- symmetric relations (twin, sibling, spouse, partner, flew with) in name order;
- a record's own description (measure, scope) is not compared;
- a fact stated as former ("former NASA astronaut") or later ("future director A") is keyed as
  reported: a former employer is an employer, and gold written before the modality existed
  stays right.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extract.components.gazetteer import canonical_name
from extract.facts import Extraction, Fact, Literal, Term

Key = tuple[str, str, str, str]
SYMMETRIC = {"twinOf", "siblingOf", "spouse", "partner", "flewWith", "launchedWith", "landedWith", "spacewalkPartner"}
#: narrower properties and the property they are kinds of (rdfs:subPropertyOf in the ontology)
BROADER = {"launchedWith": "flewWith", "landedWith": "flewWith"}
_SKIP = {"measure", "recordScope"}


def normal(text: str) -> str:
    return " ".join(text.split()).lower()


def key(subject: str, predicate: str, obj: str, modality: str = "reported") -> Key:
    """The comparison key of one fact given by names and values."""
    s, o = normal(canonical_name(subject)), normal(canonical_name(obj))
    if predicate in SYMMETRIC and o < s:
        s, o = o, s
    return (s, predicate, o, modality)


def gold_keys(rows: Iterable[Sequence[str]]) -> set[Key]:
    """Keys of gold facts written as ``[subject, predicate, object]`` or with ``"planned"``."""
    return {key(*row) for row in rows}


def as_written(got: set[Key], gold: set[Key]) -> set[Key]:
    """Extracted keys in the words of a gold that uses only the broader property: a fact of a
    narrower kind ("landed with") is also a fact of the broader one ("flew with"), so it meets
    the gold's broader fact instead of counting as an extra.

    >>> as_written({key("A", "landedWith", "B")}, {key("A", "flewWith", "B")})
    {('a', 'flewWith', 'b', 'reported')}
    """
    written = {k[1] for k in gold}
    return {(k[0], BROADER[k[1]], k[2], k[3]) if k[1] in BROADER and k[1] not in written else k for k in got}


def entailed(keys: set[Key]) -> set[Key]:
    """``keys`` with the broader fact each narrower one entails ("landed with" is also "flew
    with"), as a reasoner over the ontology's rdfs:subPropertyOf would read them.

    >>> sorted(entailed({key("A", "launchedWith", "B")}))
    [('a', 'flewWith', 'b', 'reported'), ('a', 'launchedWith', 'b', 'reported')]
    """
    return keys | {(k[0], BROADER[k[1]], k[2], k[3]) for k in keys if k[1] in BROADER}


def extracted_keys(extraction: Extraction) -> set[Key]:
    """Keys of every fact of an extraction."""
    return {k for _, keys in fact_keys(extraction) for k in keys}


def fact_keys(extraction: Extraction) -> list[tuple[Fact, tuple[Key, ...]]]:
    """Each compared fact of an extraction with its keys (the fact's own first; a record
    holding's previous holder after it), so that a fact can be judged alone."""
    names = {e.key: e.name for e in extraction.entities}
    out: list[tuple[Fact, tuple[Key, ...]]] = []
    for f in extraction.facts:
        if f.predicate in _SKIP:
            continue
        subject = names[f.subject]
        modality = "reported" if f.modality in ("former", "later") else f.modality
        keys = [key(subject, f.predicate, _object(f, names), modality)]
        if f.predicate == "holdsRecord":
            keys += [key(subject, "previousHolder", names[value], modality)
                     for name, value in f.qualifiers if name == "previousHolder" and isinstance(value, str)]
        out.append((f, tuple(keys)))
    return out


def _object(f: Fact, names: dict[str, str]) -> str:
    qualifiers = dict(f.qualifiers)
    if f.predicate == "holdsRecord":
        record = qualifiers.get("record")
        return "cumulative" if isinstance(record, str) and "cumulative" in names[record] else "single flight"
    if f.predicate == "holdsFirst":
        scope = qualifiers.get("firstScope")
        return scope.value if isinstance(scope, Literal) else "anyone"
    if f.predicate == "holdsRank":
        scope, rank = qualifiers.get("firstScope"), qualifiers.get("rankNumber")
        return f"{scope.value if isinstance(scope, Literal) else ''} {rank.value if isinstance(rank, Literal) else ''}"
    if f.predicate == "education":
        degree = f.object.value if isinstance(f.object, Literal) and f.object.value != "degree" else ""
        school = qualifiers.get("school")
        year = qualifiers.get("year")
        parts = [degree, names[school] if isinstance(school, str) else "",
                 year.value if isinstance(year, Literal) else ""]
        return " ".join(p for p in parts if p)
    if isinstance(f.object, Literal):
        return f.object.value
    if isinstance(f.object, Term):
        return f.object.name
    return names[f.object] if f.object is not None else ""


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of extracted keys against gold keys."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def score(extracted: set[Key], gold: set[Key]) -> Score:
    """How well the extracted keys match the gold keys.

    >>> s = score({key("A", "twinOf", "B")}, {key("B", "twinOf", "A"), key("A", "age", "51")})
    >>> (s.tp, s.fp, s.fn, s.precision, s.recall)
    (1, 0, 1, 1.0, 0.5)
    """
    return Score(len(extracted & gold), len(extracted - gold), len(gold - extracted))
