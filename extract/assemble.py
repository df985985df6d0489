"""From parsed documents to the :class:`~extract.facts.Extraction` contract.

The components leave plain data on each document (clusters, references, dates, facts);
this module turns it into entities with ontology types, mentions, and facts whose dates
are resolved against the article's published date. A long article arrives as several
documents (chunks) with their offsets in the article; their entities are merged by name.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from extract.components.dates import resolve
from extract.facts import Article, Entity, Evidence, Extraction, Fact, Literal, Mention, Term, Value
from extract.patterns import read_jsonl

#: cluster label -> ontology class
TYPES = {
    "PERSON": "Person", "AGENCY": "SpaceAgency", "ORG": "Organization", "SCHOOL": "School", "PLACE": "Place",
    "LAUNCH_SITE": "LaunchSite", "MISSION": "Spaceflight", "EXPEDITION": "Expedition",
    "SPACECRAFT": "Spacecraft", "STATION": "SpaceStation", "ROCKET": "LaunchVehicle", "AWARD": "Award",
    "CELESTIAL": "CelestialBody", "PROGRAM": "Programme",
}
#: facts that say someone has flown, so the person is an astronaut
_FLYER_FACTS = {"timeInSpace", "launchDate", "launchVehicle", "launchSite", "returnDate", "selectedBy",
                "selectionYear", "holdsRecord", "flewWith", "spacecraft"}
_FLYER_WORDS = {r["term"] for r in read_jsonl("roles") if r.get("flyer")}
#: facts that change over time: stated "as of" the article's date when the text gives none
_TIMELY = {"timeInSpace", "age", "holdsRecord", "status", "employer", "jobTitle"}


@dataclass
class _Builder:
    article: Article
    extractor: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> {key, types, aliases}
    mentions: list[Mention] = field(default_factory=list)
    facts: dict[tuple[Any, ...], Fact] = field(default_factory=dict)
    words: int = 0
    pending: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # records to describe

    def entity(self, name: str, cls: str, alias: str | None = None) -> str:
        found = self.entities.get(name)
        if found is None:
            found = self.entities[name] = {"key": f"e{len(self.entities)}", "types": [], "aliases": []}
        if cls not in found["types"]:
            found["types"].append(cls)
        if alias and alias != name and alias not in found["aliases"]:
            found["aliases"].append(alias)
        return str(found["key"])


def to_extraction(docs: Sequence[tuple[Doc, int]], article: Article, extractor: str) -> Extraction:
    """One article's extraction from its parsed chunks (each with its offset in the text)."""
    b = _Builder(article, extractor)
    for doc, offset in docs:
        _add_doc(b, doc, offset)
    for info in b.entities.values():
        if "Person" in info["types"] and _flew(b, info["key"]):
            # most specific first; Person stays for stores that do no inference
            info["types"] = ["Astronaut"] + info["types"]
    entities = tuple(Entity(str(i["key"]), name, tuple(i["types"]), tuple(i["aliases"]))
                     for name, i in b.entities.items())
    return Extraction(
        article=article,
        sentences=tuple(b.sentences),
        entities=entities,
        mentions=tuple(sorted(b.mentions, key=lambda m: (m.start, m.end))),
        facts=tuple(b.facts.values()),
        extractor=extractor,
        words=b.words,
    )


def _add_doc(b: _Builder, doc: Doc, offset: int) -> None:
    first_sentence = len(b.sentences)
    b.sentences.extend((s.start_char + offset, s.end_char + offset) for s in doc.sents
                       if s.text.strip())
    starts = [s for s, _ in b.sentences]
    b.words += len(doc)
    clusters = doc._.astrokg_clusters or []
    keys: list[str] = []
    for cluster in clusters:
        name = str(cluster["name"])
        label = str(cluster["label"])
        cls = TYPES[label]
        if label == "PLACE":
            cls = _place_class(name)
        key = b.entity(name, cls)
        for text in (" ".join(doc[s:e].text.split()) for s, e in cluster["mentions"]):
            b.entity(name, cls, text if label != "PLACE" or text[:1].isupper() else None)
        keys.append(key)
        for s, e in cluster["mentions"]:
            span = doc[s:e]
            b.mentions.append(Mention(span.start_char + offset, span.end_char + offset, key,
                                      doc[s].ent_type_ or label))
    published = b.article.published
    for f in doc._.astrokg_facts or []:
        future = f["mod"] == "planned"
        obj = _value(b, f["o"], keys, doc, published, future) if f["o"] is not None else None
        if obj is None and f["o"] is not None:
            continue
        qualifiers = []
        for name, raw in f["q"]:
            q = _value(b, raw, keys, doc, published, future)
            if q is not None:
                qualifiers.append((name, q))
        as_of = _value(b, f["asof"], keys, doc, published, future) if f["asof"] else None
        if as_of is None and f["p"] in _TIMELY and published:
            as_of = Literal(published[:10], {4: "gYear", 7: "gYearMonth"}.get(len(published[:10]), "date"))
        if not isinstance(as_of, Literal | None):
            as_of = None  # a day without its year stays: of two values, it tells which was stated later
        start, end = f["ev"][0] + offset, f["ev"][1] + offset
        sentence = max(first_sentence, bisect.bisect_right(starts, start) - 1) if starts else 0
        fact = Fact(
            subject=keys[f["s"]], predicate=f["p"], object=obj,
            evidence=Evidence(sentence, start, end, f["rule"].rsplit(":", 1)[0], float(f["conf"])),
            qualifiers=tuple(qualifiers), as_of=as_of, modality=f["mod"],
        )
        identity = (fact.subject, fact.predicate, fact.object, tuple(sorted(fact.qualifiers, key=repr)),
                    fact.modality)
        b.facts.setdefault(identity, fact)
        for key, record in b.pending:
            for prop, text in (("measure", record["measure"]), ("recordScope", record["scope"])):
                b.facts.setdefault((key, prop, text), Fact(key, prop, Literal(text), fact.evidence))
        b.pending.clear()


def _value(b: _Builder, raw: dict[str, Any], keys: list[str], doc: Doc, published: str | None,
           future: bool) -> Value | None:
    if "c" in raw:
        return keys[int(raw["c"])]
    if "v" in raw:
        return Literal(str(raw["v"]), raw.get("t", "string"))
    if "d" in raw:
        return resolve(doc._.astrokg_dates[raw["d"]], published, future=future, anchored=not raw.get("recent"))
    if "term" in raw:
        return Term(raw["term"])
    if "thing" in raw:  # something the text names that no component recognised (a mascot, a bird)
        name = str(raw["thing"])
        return b.entity(name[:1].upper() + name[1:], "Thing")
    if "record" in raw:
        record = raw["record"]
        name = f"{record['measure']} ({record['scope']})"
        key = b.entity(name, "Record")
        b.pending.append((key, record))
        return key
    return None


def _place_class(name: str) -> str:
    if name in _COUNTRIES:
        return "Country"
    if name in _STATES:
        return "State"
    return "Place"


def _flew(b: _Builder, key: str) -> bool:
    for f in b.facts.values():
        if f.subject == key and (f.predicate in _FLYER_FACTS or f.predicate == "occupation"
                                 and isinstance(f.object, Literal) and f.object.value in _FLYER_WORDS):
            return True
        if f.object == key and f.predicate in ("crewMember", "commander", "backupPilot"):
            return True
    return False


_COUNTRIES = {c["name"] for c in read_jsonl("countries")}
_STATES = {s["name"] for s in read_jsonl("us_states")}
