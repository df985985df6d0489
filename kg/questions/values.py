"""Values in query rows, as people read them: showing literals with their units, and choosing
among values that changed over time (the latest reported one, the planned one when the
question is about the future, the scope asked: one flight or a career). Pure functions of
rows; no store, no question."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from pyoxigraph import Literal, NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.templates import Item, Value
from kg.store.sparql import Rows, Term

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {_XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger",
                               "positiveInteger", "short")}
#: The ontology IRIs of a planned value and of the two scopes of a time in space.
PLANNED = str(AKG.Planned)
CUMULATIVE = str(AKG.Cumulative)
SINGLE = str(AKG.SingleFlight)
SINGLE_WALK = str(AKG.SingleSpacewalk)
#: Counts that only grow over a career: of two stated the same day, the larger is the later.
RUNNING = {str(AKG.spacewalkCount)}
#: How a single flight's figure is labelled, so it is never read as a total.
SINGLE_MARK = " (single flight)"


def show(term: Term) -> tuple[str, Value, str]:
    """A literal as people read it: (label, JSON value, kind).

    >>> show(Literal("2016-03-02", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#date")))
    ('2 March 2016', '2016-03-02', 'date')
    >>> show(Literal("383.0", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#decimal")))
    ('383', 383, 'number')
    >>> show(Literal("--03-27", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#gMonthDay")))
    ('27 March', '--03-27', 'date')
    """
    if not isinstance(term, Literal):
        return term.value, term.value, "entity"
    datatype = term.datatype.value
    text = term.value
    if datatype in _NUMERIC:
        number = float(text)
        value: int | float = int(number) if number.is_integer() else number
        return f"{value:,}".replace(",", "\u2009") if abs(value) >= 10000 else str(value), value, "number"
    if datatype == _XSD + "date":
        try:
            day = dt.date.fromisoformat(text[:10])
            return f"{day.day} {day:%B %Y}", text, "date"
        except ValueError:
            return text, text, "date"
    if datatype == _XSD + "gYearMonth":
        try:
            month = dt.date.fromisoformat(text[:7] + "-01")
            return f"{month:%B %Y}", text, "date"
        except ValueError:
            return text, text, "date"
    if datatype == _XSD + "gYear":
        return text, text, "date"
    if datatype == _XSD + "gMonthDay":  # a day the article gave without its year: "--03-27"
        try:
            day = dt.date.fromisoformat("2000" + text[1:7])
            return f"{day.day} {day:%B}", text, "date"
        except ValueError:
            return text, text, "date"
    if datatype == _XSD + "boolean":
        return ("yes" if text in ("true", "1") else "no"), text in ("true", "1"), "boolean"
    return text, text, "value"


def with_unit(label: str, value: Value, unit: str | None) -> str:
    """ "383 days", "51 years": a number with its unit in the plural when needed; minutes from
    an hour up in hours and minutes, as reporters give them ("216 hours and 42 minutes", not
    "13 002 minutes").

    >>> with_unit("13 002", 13002, "minute"), with_unit("4920", 4920, "minute"), with_unit("45", 45, "minute")
    ('216 hours and 42 minutes', '82 hours', '45 minutes')
    """
    if not unit:
        return label
    if unit == "day" and isinstance(value, float) and len(repr(value).split(".")[1]) > 2:
        return _days_and_hours(round(value * 1440))
    if unit == "minute" and isinstance(value, int) and value >= 60:
        hours, minutes = divmod(value, 60)
        shown = f"{hours} hour{'s' if hours != 1 else ''}"
        return f"{shown} and {minutes} minute{'s' if minutes != 1 else ''}" if minutes else shown
    plural = unit if value == 1 or unit.endswith("s") else unit + "s"
    return f"{label} {plural}"


def _days_and_hours(minutes: int) -> str:
    """ "13 days, 3 hours and 53 minutes": a length of whole minutes in its nonzero parts."""
    days, rest = divmod(minutes, 1440)
    parts = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in ((days, "day"), (rest // 60, "hour"),
                                                                 (rest % 60, "minute")) if n]
    return ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]


@dataclass(frozen=True)
class Valued:
    """One stated value of a qualified property (or a plain literal), with its qualifiers."""

    subject: str
    subject_label: str | None
    triple: Triple
    value: Term
    unit: str | None
    as_of: str | None
    planned: bool
    scope: str | None  # ontology IRI of the scope
    mission: str | None = None  # the flight the value belongs to (a crew role, a time in space)

    def item(self, *, kind: str | None = None, relation: str | None = None, label_prefix: str = "") -> Item:
        label, value, shown = show(self.value)
        text = with_unit(label, value, self.unit)
        if self.scope == SINGLE:
            text += SINGLE_MARK
        # A date is its own time, and a value of one flight (a seat on it) is of that flight's:
        # only what changes over a career (days in space, counts, titles) is given as of a date.
        as_of = None if shown == "date" or self.mission is not None else self.as_of
        return Item(
            label=label_prefix + text, value=value, kind=kind or shown, unit=self.unit, as_of=as_of,
            planned=self.planned, relation=relation, support=(self.triple,),
            iri=self.value.value if isinstance(self.value, NamedNode) else None,
        )


def valued(rows: Rows, subject: str = "s", subject_label: str = "label") -> list[Valued]:
    """The values in rows of objects.rq / ranked_*.rq / threshold.rq, one per distinct node
    (dated by the latest article that states it when the value itself has no date)."""
    found: dict[tuple[str, str, str], Valued] = {}
    for row in rows:
        value = row.get("value") or row.get("o")
        if value is None or isinstance(value, NamedNode) and "value" not in row:
            continue
        s, p, o = row[subject], row["p"], row["o"]
        assert isinstance(s, NamedNode) and isinstance(p, NamedNode)
        key = (s.value, p.value, str(o))
        as_of = row["asOf"].value if "asOf" in row else row["stated"].value if "stated" in row else None
        known = found.get(key)
        if known is not None:
            if as_of and "asOf" not in row and (known.as_of or "") < as_of:
                found[key] = replace(known, as_of=as_of)
            continue
        label = row.get(subject_label)
        found[key] = Valued(
            subject=s.value, subject_label=label.value if label is not None else None,
            triple=Triple(s, p, o), value=value,
            unit=row["unit"].value if "unit" in row else None, as_of=as_of,
            planned=row.get("modality") == NamedNode(PLANNED),
            scope=row["scope"].value if "scope" in row else None,
            mission=row["mission"].value if "mission" in row else None,
        )
    return list(found.values())


def preferred(values: Sequence[Valued], *, future: bool, scope: str | None) -> list[Valued]:
    """Values best first: the planned ones when the question is about the future, else the
    reported ones; the scope the question asks for (else cumulative first); latest first. Of
    running totals stated for the same day, the largest is the latest (a total only grows): "his
    first spacewalk" told in a story of his 16 is a count that was 1 once. Of lengths stated as of
    the same day, one in days goes before one in months ("is to spend 174 days" over "will spend
    the next six months"), a rounded figure of the same stay.
    A question that names its scope ("in total") takes a value stated in that scope before
    one stated in none: "410 days over three flights" answers it, not a dated "180 days aboard"
    an older paragraph gave."""
    want_scope = SINGLE if scope == "single" else CUMULATIVE

    def fit(v: Valued) -> int:
        if v.scope == want_scope:
            return 0
        if v.scope is None:
            return 1 if scope else 0
        return 2

    def rank(v: Valued) -> tuple[int, int, int, str, int, float]:
        total = show(v.value)[1] if v.scope == CUMULATIVE or v.triple.predicate.value in RUNNING else 0
        return (0 if v.planned == future else 1, fit(v), 0 if v.as_of else 1, _negate(v.as_of or ""),
                1 if v.unit == "month" else 0, -total if isinstance(total, int | float) else 0)

    return sorted(values, key=rank)


def latest_per_subject(values: Iterable[Valued], *, future: bool = False, scope: str | None = None) -> list[Valued]:
    """Each subject's best value (see :func:`preferred`), in first-seen order."""
    by_subject: dict[str, list[Valued]] = {}
    for v in values:
        by_subject.setdefault(v.subject, []).append(v)
    return [preferred(vs, future=future, scope=scope)[0] for vs in by_subject.values()]


def _negate(text: str) -> str:
    """A sort key that puts later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


def entities(rows: Rows, column: str, label: str = "label", *, keep: Callable[[str], bool] = lambda _: True,
             kind: str = "entity") -> list[Item]:
    """Distinct entities of one column, each supported by the triple of its row."""
    found: dict[str, Item] = {}
    for row in rows:
        term = row.get(column)
        if not isinstance(term, NamedNode) or not keep(term.value):
            continue
        if term.value in found:
            continue
        name = row[label].value if label in row else term.value.rsplit("/", 1)[-1].replace("_", " ")
        s, p, o = row["s"], row["p"], row["o"]
        assert isinstance(s, NamedNode) and isinstance(p, NamedNode)
        found[term.value] = Item(name, name, iri=term.value, kind=kind, support=(Triple(s, p, o),))
    return list(found.values())


#: Days of the longest spaceflight ever flown (Valeri Polyakov's, 1994-95), with a margin: a
#: "single flight" longer than this is a career total, or another person's, misread.
LONGEST_FLIGHT_DAYS = 440


def beyond_any_flight(v: Valued) -> bool:
    """Is this a single flight in days longer than any ever flown? Then it is misread: a total
    (it may rank among totals and answer one), or another person's figure (so it never answers
    what one flight took)."""
    return v.scope == SINGLE and (v.unit or "").startswith("day") and number_of(v) > LONGEST_FLIGHT_DAYS


def no_flight(v: Valued) -> bool:
    """Is this a figure in days no single flight has lasted, whatever scope it was stated
    in? Then it never answers what one flight took ("her tally is 650 days" is no answer to how
    long her last mission was, even when the text did not say it was a total)."""
    return v.scope != CUMULATIVE and (v.unit or "").startswith("day") and number_of(v) > LONGEST_FLIGHT_DAYS


def in_scope(values: Iterable[Valued], scope: str | None, *, lower_bounds: bool = False) -> list[Valued]:
    """Each subject's latest reported value in the scope asked: one flight when the question
    says so, else the cumulative total. Single-flight and cumulative figures are never ranked
    together; with ``lower_bounds`` (a "more than" question) a subject with only a
    single-flight figure keeps it, since a total is at least as large. A length in months is
    left out (it is no number of days)."""
    by_subject: dict[str, list[Valued]] = {}
    for v in values:
        if v.unit != "month":  # a length in months is no number of days: never ranked beside them
            by_subject.setdefault(v.subject, []).append(v)
    chosen = []
    for mine in by_subject.values():
        if scope == "single":
            mine = [v for v in mine if v.scope == SINGLE and not beyond_any_flight(v)]
        else:
            mine = [v for v in mine if v.scope != SINGLE or beyond_any_flight(v)] or (mine if lower_bounds else [])
        if mine:
            chosen.append(preferred(mine, future=False, scope=scope)[0])
    return chosen


def number_of(v: Valued) -> float:
    value = show(v.value)[1]
    return float(value) if isinstance(value, int | float) else 0.0


def year_or_value_in(v: Valued, wanted: set[float]) -> bool:
    label, value, kind = show(v.value)
    if kind == "date":
        year = str(value)[:4]
        return year.isdigit() and float(year) in wanted
    return isinstance(value, int | float) and not isinstance(value, bool) and float(value) in wanted
