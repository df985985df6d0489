"""From parsed documents to the :class:`~extract.facts.Extraction` contract.

The components leave plain data on each document (clusters, references, dates, facts);
this module turns it into entities with ontology types, mentions, and facts whose dates
are resolved against the article's published date. A long article arrives as several
documents (chunks) with their offsets in the article; their entities are merged by name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc

from extract import calibration, extensions
from extract.components.aliases import orbiter_short_name
from extract.components.dates import DateMention, resolve
from extract.components.found import DateRef, Obj, RecordRef, Ref, TermRef, ThingRef, Val, from_plain
from extract.components.names import surname
from extract.components.page_date import story_date
from extract.facts import COMPANIONS, Article, Entity, Evidence, Extraction, Fact, Literal, Mention, Term, Value
from extract.frames.mood import told_past
from extract.patterns import read_jsonl
from extract.plausible import name_kind, plausible_name
from extract.rules.places import shore_of

#: cluster label -> ontology class
TYPES = {
    "PERSON": "Person", "AGENCY": "SpaceAgency", "ORG": "Organization", "SCHOOL": "School", "PLACE": "Place",
    "LAUNCH_SITE": "LaunchSite", "MISSION": "Spaceflight", "EXPEDITION": "Expedition",
    "SPACECRAFT": "Spacecraft", "STATION": "SpaceStation", "ROCKET": "LaunchVehicle", "AWARD": "Award",
    "CELESTIAL": "CelestialBody", "PROGRAM": "Programme",
}
#: facts that say someone has flown, so the person is an astronaut
_FLYER_FACTS = {"timeInSpace", "launchDate", "launchVehicle", "launchSite", "returnDate", "selectedBy",
                "selectionYear", "holdsRecord", "spacecraft", *COMPANIONS}
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
    pending: list[tuple[str, RecordRef]] = field(default_factory=list)  # records to describe
    told_from: str | None = None  # the date the story is told from (extract.components.page_date)

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
    b = _Builder(article, extractor, told_from=story_date(article.text, article.published))
    for doc, offset in docs:
        _add_doc(b, doc, offset)
    for info in b.entities.values():
        if "Person" in info["types"] and _flew(b, info["key"]):
            # most specific first; Person stays for stores that do no inference
            info["types"] = ["Astronaut"] + info["types"]
    for name, info in b.entities.items():
        short = orbiter_short_name(name) if "Spacecraft" in info["types"] else None
        if short and short not in info["aliases"]:
            info["aliases"].append(short)
    refused = {str(i["key"]) for name, i in b.entities.items() if not _readable(name, i["types"])}
    entities = tuple(Entity(str(i["key"]), name, tuple(i["types"]), tuple(i["aliases"]))
                     for name, i in b.entities.items() if str(i["key"]) not in refused)
    facts = _without_coarser(_without_superseded(_without_stand_ins(_without_implied(
        _without_refused(list(b.facts.values()), refused)))))
    names = {str(i["key"]): name for name, i in b.entities.items()}
    crafts = {str(i["key"]) for i in b.entities.values() if "Spacecraft" in i["types"]}
    told = [article.text[start:end] for start, end in b.sentences]
    facts = _without_shores(_without_vaguer(_the_one_named(facts, names, crafts), names), names, told)
    return Extraction(
        article=article,
        sentences=tuple(b.sentences),
        entities=entities,
        mentions=tuple(sorted((m for m in b.mentions if m.entity not in refused), key=lambda m: (m.start, m.end))),
        facts=tuple(facts),
        extractor=extractor,
        words=b.words,
    )


def _add_doc(b: _Builder, doc: Doc, offset: int) -> None:
    first_sentence = len(b.sentences)
    whole = extensions.text(doc)
    b.sentences.extend((s.start_char + offset, s.end_char + offset) for s in doc.sents
                       if whole[s.start_char:s.end_char].strip())  # Span.text joins its tokens anew
    starts = [s for s, _ in b.sentences]
    b.words += len(doc)
    clusters = doc._.astrokg_clusters or []
    # where each token starts and ends in the text: a mention's text is a slice of it (as Span.text
    # is, without joining its tokens anew)
    begins, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist()  # from the parse's arrays, not a Token per word
    ends = [b + n for b, n in zip(begins, lengths, strict=True)]

    def chars(s: int, e: int) -> tuple[int, int]:
        if e > s:
            return begins[s], ends[e - 1]
        span = doc[s:e]
        return span.start_char, span.end_char

    keys: list[str] = []
    for cluster in clusters:
        name = str(cluster["name"])
        label = str(cluster["label"])
        cls = TYPES[label]
        if label == "PLACE":
            cls = _place_class(name, doc, cluster["mentions"])
        key = b.entity(name, cls)
        for text in (" ".join(whole[slice(*chars(s, e))].split()) for s, e in cluster["mentions"]):
            b.entity(name, cls, text if label != "PLACE" or text[:1].isupper() else None)
            if label == "PERSON":
                b.entity(name, cls, called(text))
        if label == "PLACE":
            for s, e in cluster["mentions"]:
                b.entity(name, cls, _with_its_kind(doc, s, e))
        keys.append(key)
        for s, e in cluster["mentions"]:
            start, end = chars(s, e)
            b.mentions.append(Mention(start + offset, end + offset, key, doc[s].ent_type_ or label))
    published = b.told_from
    for f in from_plain(doc._.astrokg_facts):
        future = f.modality == "planned"
        obj = _value(b, f.object, keys, doc, published, future) if f.object is not None else None
        if obj is None and f.object is not None:
            continue
        qualifiers = []
        for name, raw in f.qualifiers:
            q = _value(b, raw, keys, doc, published, future)
            if q is not None:
                qualifiers.append((name, q))
        as_of = _value(b, f.as_of, keys, doc, published, future) if f.as_of is not None else None
        if as_of is None and f.predicate in _TIMELY and published:
            as_of = Literal(published[:10], {4: "gYear", 7: "gYearMonth"}.get(len(published[:10]), "date"))
        if not isinstance(as_of, Literal | None):
            as_of = None  # a day without its year stays: of two values, it tells which was stated later
        start, end = f.start + offset, f.end + offset
        sentence = max(first_sentence, bisect.bisect_right(starts, start) - 1) if starts else 0
        fact = Fact(
            subject=keys[f.subject], predicate=f.predicate, object=obj,
            evidence=Evidence(sentence, start, end, f.rule, calibration.table().confidence(
                f.rule, f.predicate, f.confidence)),
            qualifiers=tuple(qualifiers), as_of=as_of, modality=f.modality,
        )
        identity = (fact.subject, fact.predicate, fact.object, tuple(sorted(fact.qualifiers, key=repr)),
                    fact.modality)
        b.facts.setdefault(identity, fact)
        for key, record in b.pending:
            for prop, text in (("measure", record.measure), ("recordScope", record.scope)):
                b.facts.setdefault((key, prop, text), Fact(key, prop, Literal(text), fact.evidence))
        b.pending.clear()


def _readable(name: str, types: Sequence[str]) -> bool:
    """Whether an entity's name is a plausible one of its kind (:mod:`extract.plausible`): a
    person called "Payload Commander" or "Ann Voss and Ivo Lind" is refused at its source."""
    kind = name_kind(types)
    return kind is None or plausible_name(name, kind)


def _without_refused(facts: list[Fact], refused: set[str]) -> list[Fact]:
    """The facts less those of a refused entity (its subject, object or a qualifier): a fact
    about words read as a name is about no one."""
    if not refused:
        return facts
    return [f for f in facts if f.subject not in refused and f.object not in refused
            and not any(v in refused for _, v in f.qualifiers)]


def _value(b: _Builder, raw: Obj, keys: list[str], doc: Doc, published: str | None,
           future: bool) -> Value | None:
    if isinstance(raw, Ref):
        return keys[raw.cluster]
    if isinstance(raw, Val):
        return Literal(raw.value, raw.datatype)
    if isinstance(raw, DateRef):
        date = doc._.astrokg_dates[raw.index]
        return resolve(date, published, future=future, told_past=future and told_past(doc, DateMention.of(date).start),
                       anchored=not raw.recent)
    if isinstance(raw, TermRef):
        return Term(raw.name)
    if isinstance(raw, ThingRef):  # something the text names that no component recognised (a mascot, a bird)
        return b.entity(raw.name[:1].upper() + raw.name[1:], raw.cls)
    key = b.entity(f"{raw.measure} ({raw.scope})", "Record")
    b.pending.append((key, raw))
    return key


def _place_class(name: str, doc: Doc, mentions: list[tuple[int, int]]) -> str:
    """A country or US state by its name; another place by the words the text writes beside
    it: a town "in Tessby, Ohio", "the village of Tessby", "Tessby city"; a province "in
    Velmark Province", "Velmark oblast"; else a place of no known kind."""
    if name in _COUNTRIES:
        return "Country"
    if name in _STATES:
        return "State"
    kind = name.rsplit(" ", 1)[-1].lower() if " " in name else ""  # "Kemerovo Oblast", "Quebec City"
    if kind in _PROVINCE_WORDS:
        return "State"
    if kind in _TOWN_WORDS:
        return "City"
    for s, e in mentions:
        after = doc[e].lower_ if e < len(doc) else ""
        if after in _PROVINCE_WORDS:
            return "State"
        if after in _TOWN_WORDS and not doc[e].is_title or s >= 2 and doc[s - 1].lower_ == "of" \
                and doc[s - 2].lower_ in _TOWN_WORDS or after == "," and e + 1 < len(doc) \
                and doc[e + 1].ent_kb_id_ in _STATES or _near_in_a_country(doc, s, e):
            return "City"
    return "Place"


def _near_in_a_country(doc: Doc, start: int, end: int) -> bool:
    """Whether a place is told as the one something is near, in a country or state named
    after it ("landed near Arkalyk in newly independent Kazakhstan", "near Tessby, Kazakhstan"):
    a town, the way reporters place a landing (a region or a sea takes "the" or is the
    country's own name)."""
    if start < 1 or doc[start - 1].lower_ not in ("near", "outside") or end >= len(doc) \
            or doc[end].lower_ not in ("in", ","):
        return False
    return any(t.ent_kb_id_ in _COUNTRIES or t.ent_kb_id_ in _STATES for t in doc[end + 1:end + 4])


def _without_implied(facts: list[Fact]) -> list[Fact]:
    """The facts less a crew membership its commander fact already says (``commander`` is a
    sub-property of ``crewMember`` in the ontology, so each crew seat is told once)."""
    commands = {(f.subject, f.object, f.modality) for f in facts if f.predicate == "commander"}
    return [f for f in facts if f.predicate != "crewMember" or (f.subject, f.object, f.modality) not in commands]


def _without_stand_ins(facts: list[Fact]) -> list[Fact]:
    """The facts less a crew membership that its own sentence gives as a backup seat ("the backup
    crew for X is A and B", "named A as backup commander for X"): read by the crew frames as a
    seat, it is none on the flight."""
    backups = {(f.subject, f.object, f.evidence.sentence) for f in facts if f.predicate == "backupPilot"}
    return [f for f in facts
            if f.predicate != "crewMember" or (f.subject, f.object, f.evidence.sentence) not in backups]


def _without_superseded(facts: list[Fact]) -> list[Fact]:
    """The facts less a reported one that its sentence also states as former or later: "former
    NASA astronaut A" is read by two rules, only one of which sees the "former"."""
    former = {(f.subject, f.predicate, f.object, f.evidence.sentence) for f in facts
              if f.modality in ("former", "later")}
    return [f for f in facts if f.modality != "reported"
            or (f.subject, f.predicate, f.object, f.evidence.sentence) not in former]


def called(name: str) -> str | None:
    """The name a nickname in quotes makes with the surname, as readers say it: 'James A.
    "Jim" Lovell Jr.' is also "Jim Lovell"."""
    m = _NICKNAMED.search(name)
    return f"{m.group(1)} {surname(_NICKNAMED.sub(' ', name))}" if m else None


#: a nickname in quotes or brackets inside a full name
_NICKNAMED = re.compile(r' ["“(]([^"”()]+)["”)](?= )')


def _without_coarser(facts: list[Fact]) -> list[Fact]:
    """The facts less a year or month that a fuller date of the same fact contains: "the first
    spacewalk in 1965" and "on March 18, 1965" are one date, not two that disagree."""
    dates = {(f.subject, f.predicate, f.modality, f.object.value) for f in facts if isinstance(f.object, Literal)
             and _DATE.fullmatch(f.object.value)}
    return [f for f in facts if not (isinstance(f.object, Literal) and _PARTIAL.fullmatch(f.object.value) and any(
        (f.subject, f.predicate, f.modality) == d[:3] and d[3].startswith(f.object.value + "-") for d in dates))]


#: what a person rode, where a craft's family name is vaguer than the craft ("Soyuz", "Soyuz TMA-16")
_CRAFT = frozenset({"launchVehicle", "spacecraft"})


def _without_vaguer(facts: list[Fact], names: dict[str, str]) -> list[Fact]:
    """The facts less a craft that a named craft of the same fact begins with: "aboard a
    Russian Soyuz capsule" and "the Soyuz TMA-16 spacecraft carrying him" are one ride, and
    "Soyuz" is no second answer beside "Soyuz TMA-16"."""
    rides: dict[tuple[str, str, str], list[str]] = {}
    for f in facts:
        if f.predicate in _CRAFT and isinstance(f.object, str):
            rides.setdefault((f.subject, f.predicate, f.modality), []).append(names.get(f.object, ""))
    return [f for f in facts if not (f.predicate in _CRAFT and isinstance(f.object, str) and (name := names.get(
        f.object, "")) and any(o.startswith(name + " ") for o in rides[(f.subject, f.predicate, f.modality)]))]


def _without_shores(facts: list[Fact], names: dict[str, str], sentences: list[str]) -> list[Fact]:
    """The facts less a landing site that is a state or a country when the article puts the
    same landing in a sea in a sentence that names that state as its shore: "Splashdown off
    California Coast" over a story that says "in the Pacific Ocean off the coast of Southern
    California" came down in the ocean, not the state. A sea told apart from the shore ("bobbed
    in the Atlantic" beside "splashed down off the coast of Florida") leaves both."""
    seas: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for f in facts:
        if f.predicate == "landingSite" and isinstance(f.object, str):
            seas.setdefault((f.subject, f.modality), []).append((names.get(f.object, ""), f.evidence.sentence))
    return [f for f in facts if not (f.predicate == "landingSite" and isinstance(f.object, str) and any(
        shore_of(land := names.get(f.object, ""), sea) and _named_apart(land, sea, sentences[at])
        for sea, at in seas[(f.subject, f.modality)]))]


def _named_apart(land: str, sea: str, sentence: str) -> bool:
    """Whether a sentence names the land as a word of its own, not inside the sea's name ("India"
    in "the Indian Ocean", "Mexico" in "the Gulf of Mexico")."""
    bare = sentence.lower().replace(sea.lower(), " ") if sea else sentence.lower()
    return re.search(rf"\b{re.escape(land.lower())}\b", bare) is not None


#: words of a town's kind: "the village of Lipno", "Zaoyang city"
_TOWN_WORDS = {"city", "town", "village"}
#: words after a region's name that make it a country's province ("Gansu province", "Kemerovo Oblast")
_PROVINCE_WORDS = {"province", "oblast", "prefecture", "krai"}
#: words after a region's name that are part of how it is called ("Gansu province")
_REGION_WORDS = {"province", "oblast", "prefecture", "region", "county", "krai"}


def _with_its_kind(doc: Doc, start: int, end: int) -> str | None:
    """A region named with the word for its kind after it ("in Gansu province", "Kemerovo
    Oblast"): that is how it is called too, an alternative name of the place."""
    if end < len(doc) and doc[end].lower_ in _REGION_WORDS and doc[start].text[:1].isupper():
        return f"{' '.join(doc[start:end].text.split())} {doc[end].lower_}"
    return None


def _the_one_named(facts: list[Fact], names: dict[str, str], crafts: set[str]) -> list[Fact]:
    """A ride on a craft named only by its family ("a Soyuz capsule carrying X") is a ride on the
    one numbered craft of that family the article names ("the Soyuz TMA-19M spacecraft
    undocked"): the article tells of that flight. With two or more numbered ones, which is not said."""
    def numbered(family: str) -> list[str]:
        return [k for k in crafts if names.get(k, "").startswith(family + " ") and any(
            c.isdigit() for c in names[k][len(family):])]

    kept = []
    for f in facts:
        family = names.get(f.object, "") if f.predicate == "spacecraft" and isinstance(f.object, str) else ""
        found = numbered(family) if family and not any(c.isdigit() for c in family) else []
        kept.append(replace(f, object=found[0]) if len(found) == 1 else f)
    return kept


_DATE = re.compile(r"\d{4}(-\d{2}){0,2}")
_PARTIAL = re.compile(r"\d{4}(-\d{2})?")


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
