"""Text2KGBench adapter: sentences in, triples in the benchmark's exact string forms out.

Each sentence is run through the same pipeline as news articles, with the component for
the benchmark's own relations (state symbols, mascots, UTC offsets, affiliations, award
precedence) switched on for the run; its facts are then
written with the benchmark's 38 DBpedia relation names (:data:`RELATIONS` maps every
one of them from an ontology property, including those the train split never shows),
DBpedia-style resource names (``Glen_Ridge,_New_Jersey``, ``United_States``) and the
benchmark's literal forms (``"\\"1932-03-15\\""``, ``"\\"100305.0\\"(minutes)"``,
``"\\"UT Austin, B.S. 1955\\""``, bare years and COSPAR ids). No sentence or name is
special-cased: the forms follow DBpedia's conventions.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from spacy.language import Language

from extract.components import benchmark
from extract.facts import Article, Extraction, Fact, Literal
from extract.patterns import read_jsonl
from extract.pipeline import extract

#: benchmark relation -> the ontology property it comes from (the direction is the ontology's
#: unless listed in _INVERSE); every one of the benchmark's 38 relations is here
RELATIONS: dict[str, str] = {
    "mission": "crewMember", "crewMembers": "crewMember", "commander": "commander", "backupPilot": "backupPilot",
    "operator": "operator", "birthPlace": "birthPlace", "birthDate": "birthDate", "deathPlace": "deathPlace",
    "deathDate": "deathDate", "nationality": "nationality", "occupation": "occupation", "almaMater": "almaMater",
    "selectedByNasa": "selectionYear", "timeInSpace": "timeInSpace", "status": "status",
    "dateOfRetirement": "retirementDate", "award": "award", "ribbonAward": "award", "awards": "awardCount",
    "alternativeName": "alternativeName", "title": "jobTitle", "cosparId": "cosparId", "isPartOf": "locatedIn",
    "utcOffset": "utcOffset", "leader": "leader", "president": "president", "representative": "representative",
    "senators": "senator", "affiliation": "affiliation", "servedAsChiefOfTheAstronautOfficeIn":
    "chiefOfAstronautOffice", "mascot": "mascot", "bird": "stateBird", "fossil": "stateFossil",
    "gemstone": "stateGemstone", "competeIn": "competesIn", "part": "partOf", "partsType": "partsType",
    "higher": "outranks",
}
_QUOTED = {"birthDate", "deathDate", "dateOfRetirement", "status", "alternativeName", "almaMater"}
_DBPEDIA = {c["name"]: c["dbpedia"] for c in read_jsonl("countries")}
_US_STATES = {s["name"] for s in read_jsonl("us_states")}
_MINUTES = {"day": 1440.0, "hour": 60.0, "minute": 1.0}

Triple = list[str]


def run(nlp: Language, records: Iterable[dict[str, Any]], *, batch_size: int = 64) -> Iterator[dict[str, Any]]:
    """One output line per input record (``{"id", "sent"}``), in order, with its triples."""
    records = list(records)
    articles = (Article(str(r.get("sent", "")), id=str(r["id"])) for r in records)
    with benchmark.enabled(nlp):
        extractions = list(extract(nlp, articles, batch_size=batch_size))
    for record, extraction in zip(records, extractions, strict=True):
        yield {"id": record["id"], "triples": triples(extraction)}


def triples(extraction: Extraction) -> list[Triple]:
    """The benchmark triples of one sentence's extraction, without duplicates."""
    names = {e.key: e.name for e in extraction.entities}
    written = {e.key: _as_written(e.name, e.aliases) for e in extraction.entities}
    located = {f.subject: f.object for f in extraction.facts
               if f.predicate == "locatedIn" and isinstance(f.object, str)}
    dbpedia = {key: _resource(written[key], names.get(str(located.get(key))) if key in located else None)
               for key in names}
    main = _main_person(extraction)
    out: dict[tuple[str, str, str], None] = {}
    for f in _facts(extraction, names):
        for triple in _convert(f, extraction, dbpedia, names, main):
            out[tuple(triple)] = None  # type: ignore[index]
    return [list(t) for t in out]


def _facts(ex: Extraction, names: dict[str, str]) -> list[Fact]:
    """The facts to write, completed with DBpedia's habits: a birth place outside the US is
    also given at its larger places ("Zaoyang" and "Hubei"); ``isPartOf`` is transitive; a
    time in space stated twice in different units is given once, in the finer one."""
    facts = list(ex.facts)
    inside: dict[str, list[str]] = {}
    for f in facts:
        if f.predicate == "locatedIn" and isinstance(f.object, str):
            inside.setdefault(f.subject, []).append(f.object)

    def containers(key: str, seen: tuple[str, ...] = ()) -> list[str]:
        out = []
        for up in inside.get(key, []):
            if up not in seen:
                out += [up, *containers(up, (*seen, key))]
        return out

    extra: list[Fact] = []
    for f in facts:
        if f.predicate == "locatedIn" and isinstance(f.object, str):
            for up in containers(f.object):
                extra.append(replace(f, object=up))
        if f.predicate == "birthPlace" and isinstance(f.object, str):
            for up in containers(f.object):
                if names[up] not in _US_STATES and names[up] not in _DBPEDIA:
                    extra.append(replace(f, object=up))
    minutes = {f.subject for f in facts if f.predicate == "timeInSpace"
               and any(n == "unit" and isinstance(q, Literal) and q.value == "minute" for n, q in f.qualifiers)}
    kept = [f for f in facts if not (f.predicate == "timeInSpace" and f.subject in minutes and not any(
        n == "unit" and isinstance(q, Literal) and q.value == "minute" for n, q in f.qualifiers))]
    return kept + extra


def _convert(f: Fact, ex: Extraction, db: dict[str, str], names: dict[str, str], main: str | None) -> list[Triple]:
    s = db.get(f.subject, "")
    o = f.object
    p = f.predicate
    if p == "crewMember" and isinstance(o, str):
        return [[db[o], "mission", s]] if o == main or main is None else [[s, "crewMembers", db[o]]]
    if p in ("birthPlace", "deathPlace") and isinstance(o, str):
        if names[o] in _DBPEDIA:
            return [[s, "nationality", db[o]]] if p == "birthPlace" else [[s, p, db[o]]]
        return [[s, p, db[o]]]
    if p == "locatedIn" and isinstance(o, str):
        if names[o] in _US_STATES:
            return []  # the state is part of the place's DBpedia name ("Glen_Ridge,_New_Jersey")
        return [[s, "isPartOf", db[o]]]
    if p == "timeInSpace" and isinstance(o, Literal):
        unit = next((q.value for n, q in f.qualifiers if n == "unit" and isinstance(q, Literal)), "day")
        minutes = float(o.value) * _MINUTES.get(unit, 1440.0)
        return [[s, "timeInSpace", f'"{minutes:.1f}"(minutes)']]
    if p == "almaMater" and isinstance(o, str):
        edu = next((e for e in ex.facts if e.predicate == "education" and e.subject == f.subject
                    and dict(e.qualifiers).get("school") == o), None)
        text = _education(names[o], edu)  # DBpedia: a resource, or "School, Degree Year" when it says more
        return [[s, "almaMater", _quote(text) if text != names[o] else db[o]]]
    if p == "selectionYear" and isinstance(o, Literal):
        agencies = [names[str(x.object)] for x in ex.facts if x.predicate == "selectedBy" and x.subject == f.subject]
        return [[s, "selectedByNasa", o.value]] if not agencies or "NASA" in agencies else []
    if p in ("birthDate", "deathDate", "retirementDate") and isinstance(o, Literal):
        name = "dateOfRetirement" if p == "retirementDate" else p
        return [[s, name, _quote(_date(o))]]
    if p == "status" and isinstance(o, Literal):
        return [[s, "status", _quote(o.value.capitalize())]]
    if p == "award" and isinstance(o, str):
        return [[s, "ribbonAward" if "ribbon" in names[o].lower() else "award", db[o]]]
    if p == "alternativeName" and isinstance(o, Literal):
        return [[s, "alternativeName", _quote(_suffix_comma(o.value))]]
    if p == "senator" and isinstance(o, str):
        return [[s, "senators", db[o]]]
    if p == "occupation" and isinstance(o, Literal):
        return [[s, "occupation", o.value[:1].upper() + o.value[1:].replace(" ", "_")]]
    if p == "jobTitle" and isinstance(o, Literal):
        return [[s, "title", o.value.replace(" ", "_")]]
    bench = next((b for b, ours in RELATIONS.items() if ours == p and b not in ("mission", "crewMembers",
                                                                                  "ribbonAward")), None)
    if bench is None:
        return []
    if isinstance(o, Literal):
        return [[s, bench, _quote(o.value) if bench in _QUOTED else o.value]]
    if isinstance(o, str):
        return [[s, bench, db[o]]]
    return []


def _main_person(ex: Extraction) -> str | None:
    """The crew member a sentence is about, who gets ``mission`` (the others on the same
    mission are the mission's ``crewMembers``): the crew member named first. DBpedia states
    ``mission`` on the astronaut's own page and ``crewMembers`` on the mission's; a backup
    pilot or commander named first is not the sentence's crew member."""
    crew = {f.object for f in ex.facts if f.predicate == "crewMember" and isinstance(f.object, str)}
    if not crew:
        return None
    first = {m.entity: m.start for m in reversed(ex.mentions)}
    return min(crew, key=lambda k: first.get(k, 0))


def _as_written(name: str, aliases: tuple[str, ...]) -> str:
    """The name as the sentence spells it when that differs from the normal name only by a
    hyphen for a space ("Shenzhou 6" for "Shenzhou-6"), as DBpedia titles follow the
    common spelling."""
    key = name.replace("-", " ")
    return next((a for a in aliases if a.replace("-", " ") == key), name)


def _resource(name: str, container: str | None) -> str:
    """A DBpedia-style resource name: underscores for spaces, "City,_State" for US places,
    DBpedia's names for countries."""
    if name in _DBPEDIA:
        return str(_DBPEDIA[name])
    if container in _US_STATES:
        name = f"{name}, {container}"
    return name.replace(" ", "_")


def _education(school: str, edu: Fact | None) -> str:
    if edu is None:
        return school
    q = dict(edu.qualifiers)
    degree = edu.object.value if isinstance(edu.object, Literal) and edu.object.value != "degree" else ""
    year = q.get("year")
    tail = " ".join(x for x in (degree, year.value if isinstance(year, Literal) else "") if x)
    return f"{school}, {tail}" if tail else school


def _date(value: Literal) -> str:
    if value.datatype == "gYearMonth":
        year, month = value.value.split("-")
        return f"{calendar.month_name[int(month)]} {year}"
    return value.value


def _quote(text: str) -> str:
    return f'"{text}"'


def _suffix_comma(name: str) -> str:
    """DBpedia writes a generational suffix after a comma: "Edwin E. Aldrin, Jr."."""
    for suffix in (" Jr.", " Sr.", " III", " II"):
        if name.endswith(suffix) and not name.endswith("," + suffix):
            return name[: -len(suffix)] + "," + suffix
    return name
