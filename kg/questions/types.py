"""The type of answer a question expects, and whether an answer is of that type.

The type comes from the question word and the noun it asks about ("where" wants a place,
"what rocket" a launch vehicle, "how many astronauts" a count, "how many days" a duration),
checked against the ontology: the classes an entity answer may have and the kind of value a
property gives. An answer of another type is never returned, so "Where did X land?" is
never answered with a date.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from kg.questions.linking import EntityIndex
from kg.questions.match import COMPANY, Parsed
from kg.questions.scopes import names_people
from kg.questions.templates import Item
from kg.questions.vocabulary import ClassWords, PropertyWords, Vocabulary

#: Entity types, each with the ontology classes (and their subclasses) its answers may have,
#: most specific first: a class of the question maps to the first type whose classes hold it.
_ENTITY_TYPES = (
    ("rocket", ("LaunchVehicle",)),
    ("spacecraft", ("Spacecraft",)),
    ("mission", ("Mission",)),
    ("organisation", ("Organization",)),
    ("person", ("Person",)),
    ("place", ("Place",)),
    ("article", ("Article",)),
)
#: Units of time: a number with one of them (or none) is a duration.
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}
#: Other units of measure: "how many kilometres" measures, it counts no things.
_MEASURES = {"kilometre", "kilometer", "km", "mile", "metre", "meter", "foot", "feet", "kilogram", "kg", "pound",
             "ton", "tonne", "percent"}
#: Nouns that make "what"/"which" ask for a date ("in what year").
CALENDAR = {"year", "date", "day", "month", "week", "time", "decade"}
#: Range classes of properties whose numbers are durations.
DURATIONS = {"TimeInSpace", "SpacewalkTime"}
#: "Where" also accepts the station a person is on and the organisation they work at.
_WHERE = ("Place", "SpaceStation", "Organization")
#: "Who" accepts people and organisations ("who selected her?" may be an agency).
_WHO = ("Person", "Organization")
#: nouns after "what" that ask for a figure as written ("what altitude did X reach", "what price
#: did X pay"): a value, whatever other relation the rest of the question names ("after the launch")
FIGURES = {"altitude", "apogee", "price"}
#: words of a docking ("dock", "docked", "docking")
_DOCK = {"dock", "docked", "docks", "docking"}
#: nouns that ask for a part of a station ("which module", "which port")
_PARTS = {"module", "port", "node"}
_NOT_COMPANIES = ("SpaceAgency", "School")
_NOT_COMPANY_NAME = re.compile(r"\b(?:agency|administration|air force|navy|army|corps|university|institute|ministry|"
                               r"academy|college|school|government|military|council|committee)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Expected:
    """What a question asks for: ``type`` is shown to users ("place", "list", ...); ``item``
    is the type of each answer; ``classes`` the class IRIs an entity answer may have (empty:
    any entity)."""

    type: str
    item: str
    classes: frozenset[str] = frozenset()
    what: str = ""  # the noun for messages: "place", "launch vehicle"
    excluded: frozenset[str] = frozenset()  # classes an entity answer must not have ("company": no agency)

    @property
    def many(self) -> bool:
        return self.type == "list"


def expected(parsed: Parsed, vocabulary: Vocabulary) -> Expected:
    """The type of answer ``parsed`` asks for (see the module docstring)."""
    item = _item(parsed, vocabulary)
    target = parsed.target_class
    plural = target is not None and any(parsed.tokens[i].tag in ("NNS", "NNPS") for i in _target_tokens(parsed))
    if item.item not in ("yes/no", "count", "description", "article") and (
            parsed.wh == "list" or plural and not parsed.superlative):
        return Expected("list", item.item, item.classes, item.what, item.excluded)
    return item


def by_number(parsed: Parsed) -> bool:
    """Does the question ask for a place by its number ("What number human in space was X?",
    "X was which person to fly, by number?")?"""
    lows = [t.lower for t in parsed.tokens]
    return any(lows[i] == "number" and (lows[i - 1] in ("what", "which") or lows[i - 1] == "by")
               for i in range(1, len(lows)))


def _target_tokens(parsed: Parsed) -> tuple[int, ...]:
    return next((c.tokens for c in parsed.classes if c.target), ())


def _item(parsed: Parsed, vocabulary: Vocabulary) -> Expected:
    wh, target = parsed.wh, parsed.target_class
    rel = parsed.relations[0].prop if parsed.relations else None
    if parsed.provenance:
        return Expected("article", "article", what="article")
    if wh == "yesno":
        return Expected("yes/no", "yes/no", what="yes or no")
    if parsed.describe:
        return Expected("description", "description", what="description")
    if wh == "how many":
        if rel is not None and rel.kind == "number" and (target is None or not _counts(parsed, target)):
            if not _counts_beside(parsed, rel):
                return _number(rel)
            other = next((r.prop for r in parsed.relations[1:] if r.prop.kind == "number"
                          and any(parsed.tokens[i].lemma.lower() == _counted(parsed) for i in r.tokens)), None)
            if other is not None:  # "How many orbits did X complete in space?": the orbits, not the time
                return _number(other)
        return _measured(parsed) or Expected("count", "count", what="count")
    if wh == "how long":
        return Expected("duration", "duration", what="duration")
    if wh == "how old":
        return Expected("number", "number", what="age")
    if wh in ("what", "which") and by_number(parsed):
        return Expected("number", "number", what="number")
    if wh == "when" or wh in ("what", "which") and _asks_date(parsed):
        return Expected("date", "date", what="date")
    if wh in ("what", "which") and _asked_noun(parsed) in COMPANY:
        return _company(vocabulary)
    if asks_module(parsed):
        return Expected("text", "text", what="module")
    if wh in ("what", "which") and _asked_noun(parsed) in FIGURES:
        return Expected("text", "text", what=_asked_noun(parsed))
    if wh == "where":
        return _entities("place", vocabulary, _WHERE, "place")
    if wh in ("who", "whom", "whose"):  # an agent; "who had the record": the class is not what is asked
        agents = _entities("person", vocabulary, _WHO, "person")
        if target is not None and set(target.family) <= agents.classes:
            return _of_class(target, vocabulary)
        if rel is not None and rel.is_object and [r.prop for r in parsed.relations if r.prop.is_object] == [rel] \
                and _owner_named(parsed, inverse=parsed.relations[0].inverse):
            told = _of_property(rel, vocabulary)  # "who does X work for?": an employer is an organisation
            if told.classes and told.classes < agents.classes:
                return told
        return agents
    if target is not None and wh in ("what", "which", "list", None, "how"):
        return _of_class(target, vocabulary)
    if wh in ("which", "what") and names_people(parsed):  # "Which Russian flew on X?": a person
        return _entities("person", vocabulary, ("Person",), "person")
    if rel is not None and wh == "what" and rel.bare_what and not parsed.relations[0].inverse \
            and not _preposition_asked(parsed):
        return Expected("text", "text", what=rel.bare_what)  # "what did X study?": a field (studies.py), no school
    if (parsed.superlative or parsed.threshold) and wh in ("which", "list") and not _owned_value(parsed):
        return _entities("person", vocabulary, _WHO, "person")  # "which American has spent the most days"
    if rel is not None and wh in ("what", "which", "how", None, "list"):
        if parsed.relations[0].inverse and rel.is_object:  # "what did X command?": the fact's subject
            return _of_domain(rel, vocabulary)
        return _of_property(rel, vocabulary)
    return Expected("thing", "thing", what="answer")


def _preposition_asked(parsed: Parsed) -> bool:
    """Does "what" stand for the object of a preposition of the relation's phrase ("what did
    she graduate from?", "what did he study at?"), so that it asks for the property's value?"""
    last = max(parsed.relations[0].tokens)
    return any(t.tag == "IN" for t in parsed.tokens if t.i in parsed.relations[0].tokens or t.i == last + 1)


def _owner_named(parsed: Parsed, *, inverse: bool) -> bool:
    """Is the one name of the question the relation's subject, so that the answer is its value:
    the grammatical subject of a forward phrase ("who does X work for?"; not "who works for
    X?"), the object of an inverse one ("who employs X?", "who selected X?")?"""
    if len(parsed.mentions) != 1:
        return False
    if inverse and any(t.lower in ("who", "whom") and t.dep == "dobj" for t in parsed.tokens):
        return False  # "Who did the X Agency select?": the one selected is asked, however the name was parsed
    return (parsed.tokens[parsed.mentions[0].end - 1].dep in ("dobj", "pobj")) == inverse


def _of_domain(prop: PropertyWords, vocabulary: Vocabulary) -> Expected:
    """The type of the subjects of a property ("what did X command?" -> whatever has a
    commander: the ontology gives no domain, so any entity)."""
    if prop.domain in vocabulary.classes:
        return _of_class(vocabulary.classes[prop.domain], vocabulary)
    return Expected("thing", "thing", what="answer")


def _asks_date(parsed: Parsed) -> bool:
    """ "In what year was X selected?", "On which day did Y launch?": the noun after the
    question word is a unit of the calendar, so the answer is a date."""
    return _asked_noun(parsed) in CALENDAR


def asks_module(parsed: Parsed) -> bool:
    """Does the question ask for the station module or port a craft docked at ("Which ISS module
    did X dock with?", "What port did X dock at?"), a name as written, never the station?"""
    words = {t.lower for t in parsed.tokens} | {t.lemma.lower() for t in parsed.tokens}
    return parsed.wh in ("which", "what") and bool(words & _DOCK) and bool(words & _PARTS)


def _asked_noun(parsed: Parsed) -> str:
    """The lemma of the word after the question word ("which company": "company"), or ""."""
    at = next((t.i for t in parsed.tokens if t.lower == parsed.wh), None)
    noun = parsed.tokens[at + 1] if at is not None and at + 1 < len(parsed.tokens) else None
    return noun.lemma.lower() if noun is not None else ""


def _company(vocabulary: Vocabulary) -> Expected:
    """ "Which company ...?": an organisation that is no agency or school (see :data:`COMPANY`)."""
    found = _entities("organisation", vocabulary, ("Organization",), "company")
    excluded = frozenset(vocabulary.family(*_NOT_COMPANIES))
    return Expected(found.type, found.item, found.classes - excluded, "company", excluded)


def _owned_value(parsed: Parsed) -> bool:
    """Does the question ask for someone's value ("which was X's longest flight")?"""
    return any(t.lower in ("'s", "’s") for t in parsed.tokens)


def _counts(parsed: Parsed, target: ClassWords) -> bool:
    """Does "how many" count the target class ("how many astronauts") rather than measure
    ("how many days": a relation's number)? The class's words come right after "how many"."""
    tokens = _target_tokens(parsed)
    return bool(tokens) and parsed.relations[0].tokens != tokens and not set(parsed.relations[0].tokens) <= set(tokens)


def measured_unit(parsed: Parsed) -> str | None:
    """The unit "how many" asks an amount of ("How many days did X last?": "day"; "how many
    flight hours": "hour", the last noun of the words after it), or None when it counts things
    ("how many astronauts", "how many flights")."""
    unit = _counted(parsed)
    return unit if unit in _TIME_UNITS | _MEASURES else None


def _counted(parsed: Parsed) -> str:
    """The noun "how many" counts or measures ("flying hours": "hour"; "orbits": "orbit"), or ""."""
    if parsed.wh != "how many":
        return ""
    at = next((t.i for t in parsed.tokens if t.lower == "many"), None)
    if at is None:
        return ""
    words = itertools.takewhile(lambda t: t.tag.startswith(("NN", "JJ", "VBG")), parsed.tokens[at + 1:at + 4])
    nouns = [t for t in words if t.tag.startswith("NN")]  # "flying hours", "days long"
    return nouns[-1].lemma.lower() if nouns else ""


def counts_things(parsed: Parsed) -> bool:
    """Does "how many" count a noun that is no unit of time ("How many orbits / times / spacewalks
    did X make in space?")? Then no length of time answers it."""
    counted = _counted(parsed)
    return bool(counted) and counted not in _TIME_UNITS


def _counts_beside(parsed: Parsed, prop: PropertyWords) -> bool:
    """ "How many orbits did X complete in space?": a length of time ("in space") does not answer
    a count of a noun that is no unit of time."""
    return prop.range in DURATIONS and counts_things(parsed)


def _measured(parsed: Parsed) -> Expected | None:
    """ "How many days did X last?" with no relation of numbers is still a duration (or a
    number), never a count of the things linked to X (its crew): an answer of that type or none."""
    unit = measured_unit(parsed)
    if unit is None:
        return None
    return Expected("duration" if unit in _TIME_UNITS else "number", "duration" if unit in _TIME_UNITS else "number",
                    what=f"number of {unit}s")


def _number(prop: PropertyWords) -> Expected:
    if prop.range in DURATIONS:
        return Expected("duration", "duration", what=prop.word)
    return Expected("number", "number", what=prop.word)


def _of_class(cls: ClassWords, vocabulary: Vocabulary) -> Expected:
    """The entity type of a class the question asks for ("what rocket" -> rocket)."""
    for type_name, roots in _ENTITY_TYPES:
        for root in roots:
            if root in vocabulary.classes and cls.iri in vocabulary.classes[root].family:
                if type_name == "article":
                    return Expected("article", "article", what=cls.label)
                return Expected(type_name, type_name, frozenset(cls.family), cls.label)
    if cls.name == "Vehicle":
        return Expected("spacecraft", "spacecraft", frozenset(cls.family), cls.label)
    return Expected("thing", "thing", frozenset(cls.family), cls.label)


def _of_property(prop: PropertyWords, vocabulary: Vocabulary) -> Expected:
    """The type of the values of a property ("what is X's hometown" -> place)."""
    if prop.kind == "date":
        return Expected("date", "date", what=prop.word)
    if prop.kind == "number":
        return _number(prop)
    if prop.kind == "value":
        return Expected("text", "text", what=prop.word)
    if prop.kind == "place":
        return _entities("place", vocabulary, _WHERE, prop.word)
    if prop.range in vocabulary.classes and prop.range != "RecordHolding":
        found = _of_class(vocabulary.classes[prop.range], vocabulary)
        return Expected(found.type, found.item, found.classes, prop.word)
    return Expected("thing", "thing", what=prop.word)


def _entities(type_name: str, vocabulary: Vocabulary, roots: tuple[str, ...], what: str) -> Expected:
    classes = frozenset(vocabulary.family(*roots))
    return Expected(type_name, type_name, classes, what)


def fits(item: Item, want: Expected, index: EntityIndex) -> bool:
    """Is ``item`` an answer of the type ``want``? Entities are checked by their classes in
    the graph, values by their kind (a date is never a place, a person never a number)."""
    kind = want.item
    if item.relation is not None and kind != "description":  # a line of a profile is no answer of its own
        return False
    if kind in ("description", "thing") and not want.classes:
        return item.kind not in ("boolean", "count") or kind == "description"
    if kind == "yes/no":
        return item.kind == "boolean"
    if kind == "count":
        return item.kind == "count"
    if kind == "article":
        return item.kind == "article"
    if kind == "date":
        return item.kind == "date"
    if kind in ("number", "duration"):
        if item.kind != "number":
            return False
        return kind == "number" or item.unit is None or item.unit.rstrip("s").lower() in _TIME_UNITS
    if kind == "text":
        return item.kind == "value"
    if item.iri is None or item.kind not in ("entity", "place"):
        return False
    if not want.classes:
        return True
    named = index.entities.get(item.iri)
    if named is None or want.excluded & set(named.types):
        return False
    if want.what == "company" and _NOT_COMPANY_NAME.search(named.label):
        return False
    return bool(want.classes & set(named.types))
