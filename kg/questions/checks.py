"""Last checks before an answer is given: a found answer that the question's own words rule
out is refused, since a wrong answer costs a reader more than none.

Each check is a rule about how people ask, never about a particular question:

- a unit the question names ("in minutes") is the answer's unit;
- a kind of thing the ontology has no class for ("which company") is answered only by a name
  that says it is one;
- "the youngest" ranks by age, never by another figure, and "the oldest person to fly" asks
  an age at a flight, which no age stated on an article's date is;
- "the first" or "the most" names one: a tie or an unranked list is no answer;
- a bound in time ("before Crew-5", "before he became a cosmonaut") is not met by a value
  that ignores it, and a name the answers do not use ("on Discovery") restricts them, so
  several answers that ignore it are refused, and those whose own name holds it ("University
  of Houston" for "in Houston") are kept (:func:`narrowed`);
- a flight named by its place in a series ("her first mission", "his last flight") is met only
  by a value whose sentence says so (:func:`unstated_ordinal`);
- "why" asks for a reason, which the graph never records (:func:`_reason`);
- a count of a group no fact tells ("how many women") or limited to a year it cannot use is none;
- a narrow kind of school ("which high school") is met only by a name that says it;
- a content verb no relation reads ("Who designed the X mission?") is not answered by the relation
  its object noun reads (the crew), nor is what "how many times" counts, a noun counted that no
  relation reads, a quality of the one asked ("had the medical concern") or a giver ("who awarded
  X the title") (:func:`_unread`);
- a property with one value ("died on"; a flight's commander, by the ontology's
  owl:maxCardinality) gives the value the articles clearly support best, else none
  (:func:`agreed`).

An age at a named event is looked up in the articles about the event, and planned facts are
kept apart from done ones, by the engine (:mod:`kg.questions.answer`), since both need the
store. Everything here is a pure function of the question and the answers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from pyoxigraph import NamedNode

from extract.frames.crafts import CRAFT_NOUNS
from extract.frames.groups import GROUPS, PEOPLE, country_of
from kg.namespaces import AKG
from kg.questions.changed_crews import CHANGED as CHANGED_WORDS
from kg.questions.changed_crews import CREW_LINKS, changed_word
from kg.questions.crew_pool import other_seat, pool_words
from kg.questions.degrees import NARROW_SCHOOLS, a_narrow_school
from kg.questions.earlier_flights import EARLIER
from kg.questions.flight_craft import ORBITER
from kg.questions.flights import HOME, UP, homeward
from kg.questions.linking import EntityIndex, Mention
from kg.questions.match import COMPANY, Parsed
from kg.questions.newest import group_asked
from kg.questions.one_flight import flight_types
from kg.questions.possessed import owned_elsewhere
from kg.questions.programmes import programme_word
from kg.questions.readers import walk_asked
from kg.questions.scopes import is_scope, scope_of
from kg.questions.studies import field_unstated
from kg.questions.templates import Item, Plan
from kg.questions.text import Token, subtree
from kg.questions.titles import OFFICES, office_named
from kg.questions.trip_links import COMPANION_LINKS
from kg.questions.types import CALENDAR, DURATIONS, Expected
from kg.questions.unknown_topics import unknown_topic
from kg.questions.values import with_unit
from kg.questions.verbs import (
    event_clause,
    giver_asked,
    outranked_verb,
    place_of_another_event,
    unread_attribute,
    unread_clause,
    unread_object,
    unread_qualifier,
    unread_verb,
)
from kg.questions.vocabulary import Vocabulary
from kg.questions.wording import joined as _and

#: Units of time as people name them in a question ("in minutes", "how many hours").
_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}
#: Adjectives of age: a ranking by them is a ranking by age or birth date.
_AGE = {"young", "old", "elderly"}
#: Words of a property that make it an age ("how old", "born").
_AGE_WORDS = {"age", "old", "born", "birth"}
#: Ordinals that ask for one of a series ("the first Japanese commander").
_ORDINALS = {"first", "last", "second", "third", "latest", "earliest"}
#: Words before a noun that describe what it names without narrowing it to part of what the graph
#: records of it ("the orbital station", "its maiden flight", "consecutive days", "the descent module")
_DESCRIBING = {"orbital", "maiden", "consecutive", "descent", "historic", "final"}
#: Words that place an age at an event ("how old was she when she launched", "on her flight").
_AT_EVENT = {"when", "during", "on", "at", "before", "after"}
#: Words that bound a question in time by an event it names ("before Crew-5").
_BOUNDS = {"before", "after", "since", "until"}
#: How likely the better supported of two values of a single-valued property must be the right one,
#: when one of them is (see :func:`one_of`), to be given: 0.85 against 0.75 is, 0.8 against 0.8 is not.
#: A share, not a difference of confidences: two articles at 0.95 (0.9975) against one at 0.95 differ
#: by 0.05 but make the first twenty times likelier.
AHEAD = 0.65


def refusal(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected, vocabulary: Vocabulary) -> str | None:
    """Why the question's words rule out these answers (None: they do not)."""
    for check in (_reason, _time_of_day, _backups, _changed_crew, _unknowable_group, _uncounted_year, _school_kind,
                  _unit, _walk_length, _other_seat, _trip_flight, _unknown_kind, _uncounted_kind, _unknown_quality,
                  _age_ranking, _one_asked, _ignored_bound, _ignored_name, _yearless, _unread_clause, _already_there,
                  _flown_thing, _no_orbiter, _unread, _owned, _unknown, _field, _office, _asker_named):
        reason = check(parsed, plan, items, want, vocabulary)
        if reason:
            return reason
    return None


def _asker_named(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                 vocabulary: Vocabulary) -> str | None:
    """ "Who helped X in the orbital module?" asks for someone beside X: X, found by a reading
    that left the question's verb aside, is no answer. A question that offers its names as the
    choices ("A or B?", "more than") or asks for a profile may answer with one of them."""
    if parsed.wh not in ("who", "whom") or not items or parsed.alternative or parsed.direction \
            or parsed.superlative or plan.template in ("description", "comparison"):
        return None
    named = {m.best.iri for m in parsed.mentions}
    if not all(i.iri in named for i in items):
        return None
    return f"The articles give only {_and([i.label for i in items[:3]])}, whom the question names itself."


#: the relations that state an office
_OFFICE_RELATIONS = {str(AKG.jobTitle), str(AKG.leader), str(AKG.founder)}


def _office(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected, vocabulary: Vocabulary) -> str | None:
    """ "Who was acting NASA administrator when the class was introduced?", "Which Chinese president
    talked with the crew?" ask for whoever held an office: people found through another relation
    (the class introduced that year) do not hold it, whatever else the question's words match."""
    if parsed.wh not in ("who", "which") or not items or plan.template in ("titled_staff", "description") \
            or parsed.provenance:
        return None  # "which Chinese president talked with the crew?" asks for the holder too
    asked = next((t for t in parsed.tokens if t.lower in OFFICES and t.pos in ("NOUN", "PROPN")), None)
    if asked is None or any(s.predicate.value in _OFFICE_RELATIONS for i in items for s in i.support):
        return None
    return f"The articles do not say who the {office_named(parsed, asked.i)} was: the people found are not stated " \
           "to hold that office."


def _time_of_day(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                 vocabulary: Vocabulary) -> str | None:
    """ "What time (of day) did X lift off?" asks for a time of day, which the graph never records:
    its dates have no hours, so a day is no answer ("what time of year" asks for a date)."""
    tokens = parsed.tokens
    asked = any(tokens[k].lower in ("what", "which") and tokens[k + 1].lower == "time"
                and not _of_year([t.lower for t in tokens[k + 2:k + 5]]) for k in range(len(tokens) - 1))
    dates = [i for i in items if i.kind == "date"]
    if not asked or not dates:
        return None
    return f"The articles give the day, {dates[0].label}: the graph records no time of day."


def _of_year(after: list[str]) -> bool:
    """Do the words after "what time" make it a time of year ("of year", "of the year")?"""
    return after[:2] == ["of", "year"] or after[:3] == ["of", "the", "year"]


def _reason(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected, vocabulary: Vocabulary) -> str | None:
    """ "Why did X name the craft Y?" asks for a reason, which no relation of the ontology
    records: the facts its other words read (the craft, where it flew) answer another question."""
    first = next((t for t in parsed.tokens if not t.is_punct), None)
    if first is None or first.lower != "why" or not items:
        return None
    return "The graph records what the articles state happened, not why: it cannot answer a question about a reason."


#: words of those who trained to fly in case the crew could not ("the backup crew", "his understudy")
_STANDBY = {"backup", "back-up", "backups", "back-ups", "understudy", "understudies", "reserve", "standby", "stand-in"}


def _backups(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected, vocabulary: Vocabulary) -> str | None:
    """ "Who were the backup crew for X?" is answered only by stated backups (akg:backupPilot),
    never by the crew who flew, which the rest of its words ("crew for X") read; "Which mission
    did X serve on as support crew?" by nothing the graph holds."""
    words = [t.lower for t in parsed.tokens]
    if items and any(w == "support" and words[i + 1:i + 2] in (["crew"], ["crews"], ["team"])
                     for i, w in enumerate(words)):
        return "The graph records who flew and who stood by as backup, never a support crew: " \
               "what was found is the crew's, not the support crew's."
    split = any(w == "back" and words[i + 1:i + 3] in (["-", "up"], ["up", "crew"]) for i, w in enumerate(words))
    if not items or not (split or any(w in _STANDBY for w in words)):  # "back-up" is three tokens
        return None
    backup = str(AKG.backupPilot)
    if all(t.predicate.value == backup for i in items for t in i.support) and any(i.support for i in items):
        return None
    return "The articles name no backup for that: the people found are the crew, not their backups."


def _changed_crew(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                  vocabulary: Vocabulary) -> str | None:
    """ "Who flew to Mir with X as his original flight engineer?": a crew's links hold everyone
    who flew with X, the one replaced and the one who replaced him alike, so they cannot say
    which was the original, the replacement or the one first planned (those the articles say
    were replaced are kept before this: :mod:`kg.questions.changed_crews`)."""
    word = changed_word(parsed)
    support = [t.predicate.value for i in items for t in i.support]
    if word is None or not support or not set(support) <= CREW_LINKS:
        return None
    word = {"originally": "original", "initially": "initial", "replacements": "replacement",
            "substitutes": "substitute"}.get(word, word)
    return f"The articles give {_and([i.label for i in items[:5]])}, but do not say who of them was the {word} one."


def _unknowable_group(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                      vocabulary: Vocabulary) -> str | None:
    """ "How many women are in X's class of 2021?": a count of a group no fact tells ("women")
    counts everyone the rest of the question reads, whichever template found them."""
    scope = scope_of(parsed)
    if want.item != "count" or scope is None or scope.names or not items:
        return None
    return f"The graph does not record who is among the {scope.word}, so it cannot count them."


def _uncounted_year(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                    vocabulary: Vocabulary) -> str | None:
    """ "How many astronauts did NASA select in 1966, the group X was part of?": a count of the
    things a relation links (everyone NASA selected) that no date of theirs limits ignores the
    year asked, which the in-year template applies when it can."""
    years = sorted(parsed.years)
    if want.item != "count" or not years or plan.template == "in-year" or not items:
        return None
    props = [vocabulary.by_iri(t.predicate.value) for i in items for t in i.support]
    if any(p is not None and p.kind == "date" for p in props):
        return None
    return f"The question limits the count to {years[0]}, and the articles' count does not use it."


def _unit(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected, vocabulary: Vocabulary) -> str | None:
    """ "How long did the spacewalk last, in minutes?" is not answered in days; "on the day she
    launched" names a time, not a unit; "how long" asks for a length, never a count."""
    tokens = parsed.tokens
    asked = {t.lemma for t in tokens if t.lemma in _UNITS
             and not (t.i > 0 and tokens[t.i - 1].lower in ("the", "that", "this"))
             and not (t.i > 0 and tokens[t.i - 1].lower == "-" and t.head > t.i)}  # "the 237-day record": a record
    if not asked and parsed.wh == "how long":
        return next((f"The articles give {i.label}, a count, not a length of time." for i in items
                     if i.kind == "number" and not i.unit and not _of_durations(i, vocabulary)), None)
    if not asked:
        return None
    for item in items:
        unit = (item.unit or "").lower().rstrip("s")
        if item.kind == "number" and unit and unit not in asked and _shown_unit(item) not in asked:
            return f"The articles give {item.label}, not a figure in {_plural(sorted(asked)[0])}."
        if item.kind == "number" and not unit and not _of_durations(item, vocabulary):
            return f"The articles give {item.label}, a count, not a figure in {_plural(sorted(asked)[0])}."
    return None


def _shown_unit(item: Item) -> str | None:
    """The largest unit an answer's label states: a length kept in minutes is shown in hours
    from an hour up ("343 hours", "216 hours and 42 minutes"), which answers "how many hours"."""
    found = re.search(r"\b(" + "|".join(sorted(_UNITS)) + r")s?\b", item.label)
    return found.group(1) if found else None


def _walk_length(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                 vocabulary: Vocabulary) -> str | None:
    """ "How long did the X spacewalk last?" is answered only by a spacewalk's length
    (akg:spacewalkDuration), never by the time in space of the flight it was made on, whichever
    template found it."""
    asked = parsed.wh == "how long" or any(t.lemma in _UNITS for t in parsed.tokens)
    if not items or want.item not in ("duration", "number") or not asked or not walk_asked(parsed):
        return None
    walks = str(AKG.spacewalkDuration)
    if all(t.predicate.value == walks for i in items for t in i.support) and all(i.support for i in items):
        return None
    return f"The articles give {items[0].label}, not how long a spacewalk lasted."


#: relations that say who holds a seat on a flight
_SEATS = {str(AKG.commander), str(AKG.crewRole), str(AKG.crewMember)}


def _other_seat(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                vocabulary: Vocabulary) -> str | None:
    """ "Who was the payload commander on X?" is not answered by X's commander, nor "the station
    commander" by the flight's: words before the role make it another seat
    (:func:`kg.questions.crew_pool.other_seat`), whichever template read the bare role or the crew.
    The role template answers a seat the extractor reads ("payload commander") by its stated holder."""
    seat = other_seat(parsed.tokens, parsed.mentions) if items else None
    if seat is None:
        return None
    seats = _SEATS - {str(AKG.crewRole)} if seat.known else _SEATS  # a known seat's stated holder answers
    if not any(t.predicate.value in seats for i in items for t in i.support):
        return None
    return f"The articles name no {seat.words} of it: {_and([i.label for i in items[:5]])} held another seat."


#: nouns a question asks for a flight with ("On which mission did X return?")
_FLIGHT_NOUNS = {"mission", "flight", "expedition"}


def _trip_flight(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                 vocabulary: Vocabulary) -> str | None:
    """ "On which mission did X return home?" asks for the one flight of a trip (up or home): a
    crew may go up on one flight and come down on another, so several flights X was in the crew
    of, which say nothing of the trip, are no answer."""
    words = {t.lower for t in parsed.tokens} | {t.lemma.lower() for t in parsed.tokens}
    if want.many or len(items) < 2 or parsed.wh not in ("which", "what") or not words & _FLIGHT_NOUNS \
            or bool(words & HOME) == bool(words & UP) or not all(
            i.support and all(t.predicate.value in _SEATS for t in i.support) for i in items):
        return None
    trip = "came home on" if words & HOME else "went up on"
    return f"The articles put {_and([i.label for i in items[:5]])} in its crew, but do not say which one it {trip}."


#: verbs that read a launch alone ("When did X fly?") but also take a thing flown ("fly a plane")
_PILOTING = {"fly", "launch"}


def _flown_thing(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                 vocabulary: Vocabulary) -> str | None:
    """ "When did X fly a jet?", "... fly as a test pilot?" ask when X flew that thing or so, which
    no launch date of X's says: the verb read as a launch has an object no word of the graph
    reads (a calendar noun only says the answer is a date: "What year did X fly?")."""
    if not items or plan.template not in _RELATION_TEMPLATES or not parsed.relations:
        return None
    read = parsed.relations[0].tokens
    for verb in (parsed.tokens[i] for i in read):
        if verb.lemma.lower() not in _PILOTING or len(read) > 1:
            continue
        things = [t for t in parsed.tokens if t.pos == "NOUN" and t.text in parsed.unexplained
                  and t.lemma.lower() not in CALENDAR and (
            t.head == verb.i and t.dep == "dobj"
            or parsed.tokens[t.head].head == verb.i and parsed.tokens[t.head].lower == "as")]
        if things:
            return f"I do not understand “{verb.text} … {things[0].text}” here: no relation in the ontology reads " \
                   f"it, so the articles' {_and([i.label for i in items[:5]])} may not be what the question asks for."
    return None


def _no_orbiter(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                vocabulary: Vocabulary) -> str | None:
    """ "Which orbiter carried X?" asks for a Space Shuttle orbiter ("Space Shuttle Columbia"): a
    capsule ("Soyuz MS-18") is a spacecraft, but no orbiter, so it is no answer."""
    if not any(t.lemma.lower() == "orbiter" for t in parsed.tokens):
        return None
    others = [i.label for i in items if i.kind == "entity" and not ORBITER.match(i.label)]
    if not others:
        return None
    return f"“orbiter” asks for a shuttle orbiter, and the articles do not call {_and(others[:5])} one."


def _of_durations(item: Item, vocabulary: Vocabulary) -> bool:
    """Is the answer read through a relation of lengths of time (time in space, on spacewalks)?"""
    props = [vocabulary.by_iri(t.predicate.value) for t in item.support]
    return any(p is not None and p.range in DURATIONS for p in props)


#: Templates that answer through a relation the question's words matched, not through verbs of their own
#: (a record template reads "break" and "beat" itself).
_RELATION_TEMPLATES = {"fact", "list"}


def _already_there(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                   vocabulary: Vocabulary) -> str | None:
    """ "Who was already aboard the ISS when X's Soyuz arrived?" asks for those there before the
    event the "when" clause tells: a relation's answer (aboard the station at some time; the one
    who flew X there among them) says nothing of before, so it is none."""
    if not items or plan.template not in _RELATION_TEMPLATES:
        return None
    tokens = parsed.tokens
    already = next((t for t in tokens if t.lower in ("already", "still") and t.dep == "advmod"), None)
    when = next((t for t in tokens if t.lower in ("when", "as") and t.dep == "advmod" and t.head != t.i
                 and tokens[t.head].dep == "advcl"), None)
    if already is None or when is None or already.i in subtree(tokens, when.head):
        return None  # "when Y was already aboard": the clause's own word, which places the question
    return f"“{already.text}” asks who was there before the time the “{when.text}” clause tells, and the articles " \
           f"do not say {_and([i.label for i in items[:5]])} were there before then."


def _unread(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected, vocabulary: Vocabulary) -> str | None:
    """ "Who designed the Corvid 16 mission?" is not answered with the crew the noun reads as: the
    verb asks for someone else, and no relation of the ontology reads it (:mod:`kg.questions.verbs`)."""
    if not items or plan.template not in _RELATION_TEMPLATES:
        return None
    names = _and([i.label for i in items[:5]])
    names = f"count, {names}," if all(i.kind == "count" for i in items) else names
    verb = unread_verb(parsed, vocabulary)
    if verb is not None:
        return f"I do not understand “{verb.text}” here: no relation in the ontology reads it, so the articles' " \
               f"{names} may not be what the question asks for."
    done = _group_did(parsed, items, vocabulary) if want.item == "count" else None
    if done is not None:
        return f"“{done.text}” says what they did, and the articles' {names} only counts the people of that " \
               f"group, not those who did it."
    counted = _counted_unread(parsed) if want.item == "count" else None
    if counted is not None:
        return f"I do not understand “{counted.text}” here: no relation in the ontology counts them, so the " \
               f"articles' {names} may not be what the question asks for."
    giver = giver_asked(parsed)
    if giver is not None:
        return f"“{giver.text}” asks who gave it: the graph records who received such a thing, not who gave it, " \
               f"so the articles' {names} may not be what the question asks for."
    unread = unread_object(parsed) or unread_attribute(parsed)
    if unread is not None:
        phrase = " ".join(t.text for t in parsed.tokens if t.i in _phrase_of(parsed, unread))
        return f"I do not understand “{phrase}” here: no relation in the ontology reads it, so the articles' " \
               f"{names} may not be what the question asks for."
    qualifier = unread_qualifier(parsed, CHANGED_WORDS | EARLIER | _ORDINALS | _DESCRIBING)
    if qualifier is not None:
        noun = parsed.tokens[qualifier.head].text
        return f"I do not understand “{qualifier.text}” in “{qualifier.text} {noun}” here: nothing the graph " \
               f"records reads it, so the articles' {names} answer the question without it, not this one."
    answered = {t.predicate.value for i in items for t in i.support}
    outranked = outranked_verb(parsed, answered)
    if outranked is not None:
        return f"“{outranked[0].text}” asks for a {outranked[1]}, and the articles' {names} are linked to it " \
               f"otherwise."
    clause = event_clause(parsed, vocabulary, answered)
    if clause is not None:
        verb, why = clause
        return {"own": f"“{verb.text}” only says when: the articles' {names} answer it, not what is asked then.",
                "undated": f"The question ties the answer to “{verb.text}”, which the graph gives no time, so the "
                           f"articles' {names} may not be of that time."}.get(
            why, f"The question ties the answer to “{verb.text}”, which no relation of the ontology reads, so the "
                 f"articles' {names} may not be of that time.")
    places = {c.name for c in vocabulary.classes.values() if set(c.family) <= vocabulary.family("Place")}
    elsewhere = place_of_another_event(parsed, answered, places | {"School"})  # "Which college did X work for?"
    if elsewhere is not None:
        return f"“{elsewhere[0].text}” asks for a {elsewhere[1]}, and the articles' {names} answer another " \
               "relation, not that one."
    return None


def _unread_clause(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                   vocabulary: Vocabulary) -> str | None:
    """ "Where were X and Y flown after landing for rehabilitation?" is not answered by any plan
    that reads no word of the clause but its verb: whatever the template, the answers are of the
    question without it (:func:`~kg.questions.verbs.unread_clause`)."""
    clause = unread_clause(parsed, vocabulary) if items else None
    if clause is None:
        return None
    verb, words = clause
    return f"The question ties the answer to “{verb.text}” with words no relation of the ontology reads " \
           f"({_and([f'“{t.text}”' for t in words[:4]])}), so the articles' {_and([i.label for i in items[:5]])} " \
           f"may not be what it asks for."


def _group_did(parsed: Parsed, items: Sequence[Item], vocabulary: Vocabulary) -> Token | None:
    """The main verb of "How many Russians were chosen for X?" when the count rests only on the
    nationality the group word reads: what they did is checked by no fact of it, so it would count
    every Russian the graph knows."""
    placing = {p.iri for name in ("nationality",) if (p := vocabulary.properties.get(name)) is not None}
    answered = {t.predicate.value for i in items for t in i.support}
    root = next((t for t in parsed.tokens if t.dep == "ROOT"), None)
    if not answered or not answered <= placing or root is None or root.pos not in ("VERB", "AUX") \
            or root.lemma.lower() in ("be", "have"):
        return None
    return root


def _counted_unread(parsed: Parsed) -> Token | None:
    """The noun "how many" counts when no word of the graph reads it ("How many children did X
    and his wife have?": a relation the rest reads, the wife, counts something else); "times"
    counts the verb (:func:`~kg.questions.verbs.unread_verb`)."""
    many = next((t.i for t in parsed.tokens if t.lower == "many"), None)
    noun = _head_noun(parsed, many + 1) if many is not None else None
    if noun is None or noun.lemma.lower() == "time" or noun.text not in parsed.unexplained:
        return None
    return noun


def _phrase_of(parsed: Parsed, head: Token) -> set[int]:
    """The indexes of a noun and the words before it that modify it ("the medical concern")."""
    return {t.i for t in parsed.tokens if t.i == head.i or t.head == head.i and t.i < head.i}


def _owned(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected, vocabulary: Vocabulary) -> str | None:
    """ "How old is X's wife?" is not answered with X's age (:mod:`kg.questions.possessed`)."""
    return owned_elsewhere(parsed, plan, items, vocabulary)


def _unknown(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected, vocabulary: Vocabulary) -> str | None:
    """ "Who commanded VMS Eve on Galactic 6?" is no question about Galactic 6 (:mod:`kg.questions.unknown_topics`)."""
    return unknown_topic(parsed, plan, items)


def _field(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected, vocabulary: Vocabulary) -> str | None:
    """ "Where did X study geology?" is not answered by a school without the field (:mod:`kg.questions.studies`)."""
    return field_unstated(parsed, items, plan.template)


def _yearless(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
              vocabulary: Vocabulary) -> str | None:
    """ "When did X launch?" is not answered by a day without its year ("1 April", ``--04-01``),
    whichever template found it: guessing the year is as often wrong as right."""
    dates = [i for i in items if i.kind == "date"]
    if not dates or len(dates) != len(items) or not all(str(i.value).startswith("--") for i in dates):
        return None
    return f"The articles give {_and([i.label for i in dates[:5]])} without its year."


def age_at_event(parsed: Parsed) -> bool:
    """Does the question ask an age at an event ("how old was X when Y launched?", "on Y")?"""
    return parsed.wh == "how old" and (_past(parsed) or parsed.past) and any(
        t.lower in _AT_EVENT for t in parsed.tokens)  # "at what age did she fly?" too


def _age_ranking(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                 vocabulary: Vocabulary) -> str | None:
    """ "The youngest" ranks by age; and "the oldest person to fly" asks the age at a flight,
    which no stated age (given on an article's date) is."""
    if not parsed.superlative or not any(t.lemma in _AGE for t in parsed.tokens):
        return None
    props = [vocabulary.by_iri(t.predicate.value) for i in items for t in i.support]
    if any(p is None or not _AGE_WORDS & {w for ph in p.phrases for w in ph.split()} for p in props):
        return "The articles give no ages to rank by."
    event = _past(parsed) or any(t.pos == "VERB" and t.lemma not in ("be", "have") for t in parsed.tokens)
    if event:
        return "The articles give ages on the dates they were written, not at the time asked."
    return None


def _one_asked(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
               vocabulary: Vocabulary) -> str | None:
    """ "Who has the most ...?" and "Who was the first ...?" name one: a tie the articles do not
    break, or several answers with nothing to rank them, is no answer."""
    if want.many or len(items) < 2 or want.item in ("description", "count", "yes/no", "article"):
        return None
    ordinal = any(t.lower in _ORDINALS and t.pos in ("ADJ", "ADV", "NUM") for t in parsed.tokens)
    if not (parsed.superlative or ordinal) or plan.template in ("comparison", "first", "rookies") or \
            plan.template == "newest" and group_asked(parsed):  # a first may be shared; a class is a group
        return None
    names = _and([i.label for i in items[:5]])
    if parsed.superlative and plan.template == "superlative":
        return f"The articles give the same figure for {names}, and nothing that tells them apart."
    return f"The articles name {names}, but not which one the question asks for."


def _ignored_name(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                  vocabulary: Vocabulary) -> str | None:
    """ "When did X launch on Discovery?": an answer that does not use a name of the question
    ignores what that name restricts; with several answers it cannot tell which one is meant,
    and with one it was a guess when the name it used could be several things ("Who commanded
    the Soyuz that carried X home?" answered for whichever Soyuz has a commander)."""
    guessed = any(c.iri != m.best.iri for m, c in plan.used)  # a reading other than the name's best
    one = len({i.label for i in items}) < 2  # one answer, however many facts state it (planned, then done)
    if not items or plan.articles or plan.template in ("description", "comparison") \
            or not plan.used:
        return None
    used = {m.start for m, _ in plan.used}
    tied = {i.iri for i in items} | {str(getattr(node, "value", "")) for i in items for t in i.support
                                     for node in (t.subject, t.object)}  # a fact of it: "before Lumen-7"
    ignored = [m for m in parsed.mentions if m.start not in used and not is_scope(m.text) and not homeward(parsed, m)
               and m.best.iri not in tied and not all(_holds(i, m) for i in items)]
    if not ignored:
        return None
    if one and not guessed:  # "When did A fly aboard Atlantis?" answered by Atlantis's own launch: not A's
        subject = next((m for m in ignored if _subject(parsed, m) and not _owns_used(parsed, m, used)), None) \
            if _trip_dated(items[0]) else None
        return None if subject is None else f"The articles do not tie {items[0].label} to {subject.best.label}."
    if one:
        return f"The articles do not tie {items[0].label} to {ignored[0].best.label}."
    return f"The articles do not say which of {_and([i.label for i in items[:5]])} is tied to {ignored[0].best.label}."


def _trip_dated(item: Item) -> bool:
    """Is the answer the date of a launch or a return, which each flyer has of their own?"""
    return item.kind == "date" and bool(item.support) and all(
        t.predicate.value in (str(AKG.launchDate), str(AKG.returnDate)) for t in item.support)


#: auxiliaries a question's subject follows ("When did X launch?", "Was X aboard?")
_BEFORE_SUBJECT = {"did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will"}


def _owns_used(parsed: Parsed, mention: Mention, used: set[int]) -> bool:
    """Is the name the owner of a name the answer used, right after it ("When did Columbia's
    STS-107 mission launch?")? It qualifies that name, whose own date is asked, and is no subject."""
    tokens = parsed.tokens
    return mention.end < len(tokens) and tokens[mention.end].lower in ("'s", "’s") and mention.end + 1 in used


def _subject(parsed: Parsed, mention: Mention) -> bool:
    """Is the name the question's subject: parsed as one, or right after its auxiliary (the
    model reads "When did A launch aboard X?" with "launch" a noun)?"""
    tokens = parsed.tokens
    return any(tokens[i].dep in ("nsubj", "nsubjpass") for i in range(mention.start, mention.end)) or \
        mention.start > 0 and tokens[mention.start - 1].lower in _BEFORE_SUBJECT


def narrowed(parsed: Parsed, plan: Plan, items: Sequence[Item]) -> list[Item]:
    """ "Which university did X attend in Houston?": a name the answers do not use restricts
    them, and an answer whose own name holds it ("University of Houston") meets it where the
    others ("Keio University") do not say; so those are kept (all, when none or all hold it).
    A kind of school the question names ("go to university", "high school") is kept so too."""
    items = list(items)
    used = {m.start for m, _ in plan.used}
    for m in parsed.mentions:
        if m.start in used or is_scope(m.text) or plan.articles:
            continue
        holding = [i for i in items if _holds(i, m)]
        if holding and len(holding) < len(items):
            items = holding
    named = {i for m in parsed.mentions for i in range(m.start, m.end)}
    for kind in {t.lemma.lower() for t in parsed.tokens if t.i not in named and t.lemma.lower() in _SCHOOL_KINDS}:
        holding = [i for i in items if i.kind in ("entity", "place") and re.search(rf"\b{kind}\b", i.label, re.I)
                   and not a_narrow_school(i.label)]  # not "Keio University Senior High School"
        if holding and len(holding) < len(items):  # "Where did X go to university?": not his pilot school
            items = holding
        above = [i for i in items if i.kind not in ("entity", "place") or not a_narrow_school(i.label)]
        if not holding and above and len(above) < len(items):  # "Which university did X graduate from?": not
            items = above  # "Blume High School", which says it is none; "Purdue", which does not say, may be
    narrow = _narrow_school(parsed)
    holding = [i for i in items if i.kind not in ("entity", "place") or narrow in i.label.lower()] if narrow else []
    if holding:  # "Which high school did X attend?": never the university after it (none: refused)
        items = holding
    return items


def in_asked_unit(parsed: Parsed, items: Sequence[Item]) -> list[Item]:
    """ "How long was the spacewalk, in minutes?": a figure kept in minutes is shown in minutes,
    not in the hours and minutes it is shown in otherwise (:func:`~kg.questions.values.with_unit`);
    "How many hours did X log?": one of whole hours ("343 hours") is that many hours."""
    asked = {t.lemma for t in parsed.tokens if t.lemma in _UNITS}
    if asked == {"hour"}:
        return [replace(i, value=i.value // 60, unit="hour") if i.kind == "number" and i.unit == "minute"
                and isinstance(i.value, int) and i.value >= 60 and not i.value % 60 else i for i in items]
    if asked != {"minute"}:
        return list(items)
    return [replace(i, label=i.label.replace(with_unit(str(i.value), i.value, "minute"), f"{i.value} minutes"))
            if i.kind == "number" and i.unit == "minute" and isinstance(i.value, int) else i for i in items]


#: kinds of school a question may name that a school's own name says ("University of Texas")
_SCHOOL_KINDS = {"university", "college"}


def _narrow_school(parsed: Parsed) -> str | None:
    """The narrow kind of school the question names outside a name ("which high school")."""
    named = {i for m in parsed.mentions for i in range(m.start, m.end)}
    for a, b in zip(parsed.tokens, parsed.tokens[1:], strict=False):
        if a.i not in named and f"{a.lower} {b.lower}" in NARROW_SCHOOLS:
            return f"{a.lower} {b.lower}"
    return None


def _school_kind(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                 vocabulary: Vocabulary) -> str | None:
    """ "Which high school did X graduate from?" is not answered by the university X went to
    next: a narrow kind of school answers only by a name that says it (:func:`narrowed` keeps those)."""
    kind = _narrow_school(parsed)
    if plan.articles:
        return None
    if kind is None:
        named = {i for m in parsed.mentions for i in range(m.start, m.end)}
        broad = next((t.lemma.lower() for t in parsed.tokens if t.i not in named and t.lemma.lower() in _SCHOOL_KINDS),
                     None)  # "Which university did X attend?" is not met by "Y University Senior High School"
        schools = [i for i in items if i.kind in ("entity", "place") and a_narrow_school(i.label)]
        return f"The articles give {_and([i.label for i in schools[:5]])}, which is no {broad}." \
            if broad is not None and schools else None
    others = [i for i in items if i.kind in ("entity", "place") and kind not in i.label.lower()]
    if not others:
        return None
    return f"The articles give {_and([i.label for i in others[:5]])}, but do not say that it is a {kind}."


def _holds(item: Item, mention: Mention) -> bool:
    """Does the answer's name hold the name as written or as the graph has it?"""
    return item.kind in ("entity", "place") and any(
        re.search(rf"\b{re.escape(name)}\b", item.label, re.IGNORECASE) for name in {mention.text, mention.best.label})


def _unknown_kind(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                  vocabulary: Vocabulary) -> str | None:
    """ "Which company does X work for?": a kind of thing the ontology has no class for cannot be
    checked, so an employer that is an agency would pass for a company; an entity answer is
    given only when its name says it is one ("Which university": "Keio University")."""
    if parsed.wh not in ("which", "what") or plan.articles or parsed.provenance:
        return None
    at = next((t.i for t in parsed.tokens if t.lower == parsed.wh), None)
    first = at
    if first is not None:  # "which small satellite", "which Chinese president": the noun after its adjectives
        while first + 2 < len(parsed.tokens) and (parsed.tokens[first + 1].pos == "ADJ" or is_scope(
                parsed.tokens[first + 1].text)) and parsed.tokens[first + 2].pos == "NOUN" and \
                parsed.tokens[first + 2].lemma.lower() not in CRAFT_NOUNS:  # "which lunar module": the craft
            first += 1  # templates read the kind whole
    noun = parsed.tokens[first + 1] if first is not None and first + 1 < len(parsed.tokens) else None
    head = _head_noun(parsed, first + 1) if noun is not None and first is not None else None
    if head is not None and items and all(i.kind == "date" for i in items) and head.lemma.lower() not in CALENDAR \
            and not any(head.i in c.tokens for c in parsed.classes) and not any(
            head.i in r.tokens for r in parsed.relations[:1]):  # "from which launch center": no date is one
        return f"The articles give {_and([i.label for i in items[:5]])}, not a {head.lemma}."
    if noun is None or noun.pos != "NOUN" or any(noun.i in c.tokens for c in parsed.classes) or any(
            noun.i in r.tokens for r in parsed.relations[:1]) or want.excluded and noun.lemma.lower() in COMPANY \
            or is_scope(noun.text) or at is not None and noun.i in pool_words(parsed.tokens, {at}, parsed.mentions) \
            or programme_word(parsed.tokens) is not None:  # "which Soyuz mission": of_the_programme checks it
        return None  # a kind the answer's type already checked ("which company"), a scope ("which Swedes"),
        # or the crew the role asked is held in ("which crew member of X was its commander")
    entities = [i for i in items if i.kind in ("entity", "place")]
    if not entities or all(noun.lemma.lower() in i.label.lower() for i in entities):
        return None
    if noun.lemma.lower() in _CREW_NOUNS and all(
            i.support and {t.predicate.value for t in i.support} <= COMPANION_LINKS for i in entities):
        return None  # "Which outgoing crew was X to return to Earth with?": the people X came home with are it
    return f"The articles give {_and([i.label for i in entities[:5]])}, but do not say that it is a {noun.lemma}."


def _uncounted_kind(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                   vocabulary: Vocabulary) -> str | None:
    """ "How many applicants did X's class come from?": the things counted are named right after
    "how many"; when nothing of the question reads that noun, a group's stated size (a class's, a
    crew's) is a count of something else, never of them."""
    if parsed.wh != "how many" or not items or not all(
            i.support and {t.predicate.value for t in i.support} <= _GROUP_SIZES for i in items):
        return None
    at = next((t.i for t in parsed.tokens if t.lower == "many"), None)
    noun = next((t for t in parsed.tokens[at + 1:] if t.pos != "ADJ"), None) if at is not None else None
    if noun is None or noun.pos != "NOUN" or noun.text not in parsed.unexplained or noun.lemma.lower() in _MEMBERS:
        return None
    return f"The articles give {_and([i.label for i in items[:5]])}, but that is no count of {noun.text}."


#: nouns of the people a group is made of, whose number its stated size is ("how many trainees")
_MEMBERS = {"member", "candidate", "trainee", "selectee", "recruit", "person", "people", "astronaut", "cosmonaut",
            "taikonaut", "woman", "man", "crewmember", "pilot", "flyer"}


#: the stated sizes of a group of people
_GROUP_SIZES = {str(AKG.classSize), str(AKG.crewSize)}
#: nouns of a crew, which the people someone flew with make up
_CREW_NOUNS = {"crew", "crewmate", "crewmates"}


#: words that say the answer is one of a kind ("the only Ardenian cosmonaut")
_ONE_OF_A_KIND = {"only", "sole"}


def _unknown_quality(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                     vocabulary: Vocabulary) -> str | None:
    """ "Who were the new astronauts on X?": a quality the question puts on the people it asks
    for that no word of the graph explains ("new", "rookie") cannot be checked, and the people
    linked to X without it (its pilots) would pass for them."""
    people = vocabulary.family("Person")
    nouns = {i for c in parsed.classes if c.cls.iri in people for i in c.tokens}
    quality = next((t for t in parsed.tokens if (t.pos, t.dep) in (("ADJ", "amod"), ("NOUN", "compound"))
                    and t.head in nouns and t.text in parsed.unexplained and not is_scope(t.text)), None)
    ranked = parsed.superlative or any(t.lower in _ORDINALS | _ONE_OF_A_KIND for t in parsed.tokens)
    if quality is None or ranked or not items or plan.articles or want.item in ("count", "yes/no") \
            or plan.template in ("newest", "rank-number"):
        return None  # "the first British person", "the only Ardenian", "the new ESA astronauts", "what
        # number person": their templates read the word
    return f"The articles give {_and([i.label for i in items[:5]])}, but do not say who of them is {quality.lower}."


def _head_noun(parsed: Parsed, at: int) -> Token | None:
    """The last noun of the run of nouns starting at ``at`` ("launch center": center)."""
    head = None
    for t in parsed.tokens[at:]:
        if t.pos != "NOUN":
            break
        head = t
    return head


def _ignored_bound(parsed: Parsed, plan: Plan, items: Sequence[Item], want: Expected,
                   vocabulary: Vocabulary) -> str | None:
    """ "How many days had X spent in space before Y?": a value not tied to Y is the latest
    one, which may well be after it."""
    tied = {str(getattr(node, "value", "")) for i in items for t in i.support for node in (t.subject, t.object)}
    bounds = [m for m in parsed.mentions if m.start > 0 and parsed.tokens[m.start - 1].lower in _BOUNDS
              and m.best.iri not in tied]  # a bound is met by a fact of it (an earlier flight: its launch date)
    if plan.articles or not items or plan.template == "rookies":  # "never flown before" is a first flight
        return None
    if not bounds:  # "where did X work before he became a cosmonaut?": undated answers cannot be placed
        bound = next((t.lower for t in parsed.tokens if t.lower in _BOUNDS), None)
        if bound is None or len(items) < 2 or want.many or any(i.kind == "date" for i in items):
            return None
        return f"The articles give {_and([i.label for i in items[:5]])}, but not which was {bound} that."
    word = parsed.tokens[bounds[0].start - 1].lower
    return f"The articles give {items[0].label}, but do not say it was {word} {bounds[0].best.label}."


def agreed(items: Sequence[Item], want: Expected, vocabulary: Vocabulary, index: EntityIndex,
           asked: Collection[str]) -> tuple[list[Item], str | None]:
    """The answers of a property with one value for their subject ("birth place", "death date",
    a flight's commander) stated with several values, when the question ``asked`` about that
    property (not about a crew that happens to be stated as two commanders): the clearly
    best-supported one, with its confidence lowered by its rivals', else none (the articles
    disagree)."""
    items = list(items)
    current = [i for i in items if not i.former]  # a value no longer true is no rival of today's (a former wife)
    if len(current) < 2 or want.many:
        return items, None
    facts = {(t.subject, t.predicate) for i in items for t in i.support}
    if len(facts) != 1:
        return items, None
    ((subject, predicate),) = facts
    if predicate.value not in asked:
        return items, None
    prop = vocabulary.by_iri(predicate.value)
    named = index.entities.get(subject.value) if isinstance(subject, NamedNode) else None
    if prop is None or not prop.one_value_for(
            flight_types(vocabulary, index, named.iri, named.types) if named else ()):
        return items, None
    ranked = sorted(current, key=lambda i: -(i.confidence or 0.0))
    best, runner_up = ranked[0].confidence or 0.0, ranked[1].confidence or 0.0
    if ahead(best, runner_up):
        chosen = replace(ranked[0], confidence=one_of([i.confidence or 0.0 for i in ranked])[0])
        return [chosen, *(i for i in items if i.former)], \
            f"The articles also give {_and([i.label for i in ranked[1:]])}, with less support."
    owner = f"{named.label} has one {prop.word}" if named else f"a {prop.word} has one value"
    return [], f"The articles disagree: {owner}, and they give {_and([i.label for i in current])}."


def contested(asked: Item, rivals: Sequence[Item], vocabulary: Vocabulary, index: EntityIndex) -> tuple[
        list[Item], str | None]:
    """ "Did X command Crew-9?" when the articles name another commander of that flight too (it
    has one): yes when X is clearly the better supported, no when another one is, else no answer
    (the articles disagree). ``asked`` is X with the stated link as its support."""
    facts = {t.predicate.value for t in asked.support}
    chosen, note = agreed([asked, *rivals], Expected("yes/no", "entity"), vocabulary, index, facts)
    if len(chosen) > 1:  # no one-valued property is at stake
        return [replace(asked, label="yes", value=True, kind="boolean", iri=None)], None
    if not chosen:
        return [], note
    best = chosen[0]
    if best.support == asked.support:
        return [replace(best, label="yes", value=True, kind="boolean", iri=None)], note
    fact = best.support[0]
    prop = vocabulary.by_iri(fact.predicate.value)
    owner = index.entities.get(fact.subject.value) if isinstance(fact.subject, NamedNode) else None
    one = f"{owner.label} has one {prop.word}" if owner and prop else "It has one"
    return [Item("no", False, kind="boolean", support=best.support, confidence=best.confidence)], (
        f"{one}, and the articles give {best.label}, with more support than {asked.label}.")


def ahead(confidence: float, rival: float) -> bool:
    """Is a value stated with ``confidence`` clearly better supported than one stated with ``rival``?

    >>> ahead(0.85, 0.75), ahead(0.8, 0.8), ahead(0.9975, 0.95), ahead(0.95, 0.9975)
    (True, False, True, False)
    """
    return one_of([confidence, rival])[0] >= AHEAD


def one_of(confidences: Sequence[float]) -> list[float]:
    """How likely each of several rival values is the right one, when one of them is: each
    value's confidence that it is stated rightly while every rival is stated wrongly, shared
    out among them (0.85 against 0.75 is 0.65; 0.96 against 0.75 is 0.9).

    >>> one_of([0.85, 0.75])
    [0.654, 0.346]
    """
    alone = [c * math.prod(1 - d for j, d in enumerate(confidences) if j != i) for i, c in enumerate(confidences)]
    total = sum(alone)
    return [round(a / total, 3) if total else 0.0 for a in alone]


def _past(parsed: Parsed) -> bool:
    return any(t.lower in ("was", "were") for t in parsed.tokens)


def _plural(unit: str) -> str:
    return unit + "s"






#: Words that place a flight in someone's series, with the words a sentence may say them with.
_SERIES = {"first": ("first", "maiden", "debut"), "last": ("last", "final", "latest", "most recent"),
             "latest": ("last", "final", "latest", "most recent"), "final": ("last", "final", "latest"),
             "maiden": ("first", "maiden", "debut"), "second": ("second",), "third": ("third",),
             "fourth": ("fourth",), "fifth": ("fifth",), "previous": ("previous", "earlier", "prior"),
             "next": ("next", "upcoming", "coming")}
#: Ordinals of a later place in a series, which only the words themselves state ("36th", "sixth").
_COUNTED_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth")
#: Nouns of one flight or outing that an ordinal picks out.
_OUTINGS = {"mission", "flight", "spaceflight", "trip", "journey", "expedition", "stay", "spacewalk", "launch"}
#: Words after an ordinal that make it place an outing ("her first trip", "first flew", "for the first
#: time"), not a group ("one of the first Canadian astronauts", which places no flight of theirs).
_PLACED = re.compile(r"(?:" + "|".join(sorted(_OUTINGS)) + r")s?|journeys?|voyages?|trips?|fl(?:y|ies|ew|own|ying)"
                     r"|launch\w*|lift\w*|blast\w*|rocket\w*|went|travel\w*|orbit\w*|time")


def _places_an_outing(said: str, ordinals: Sequence[str]) -> bool:
    """Does an ordinal of the text (lower case) place an outing, within three words and before any
    word for people ("her first space flight", "first flew"; not "the first Chilean astronauts")?"""
    for w in ordinals:
        for m in re.finditer(rf"\b{re.escape(w)}\b((?:\W+[\w-]+){{0,3}})", said):
            for word in re.findall(r"[\w-]+", m.group(1)):
                if _PLACED.fullmatch(word):
                    return True
                if {word, word.rstrip("s")} & PEOPLE or word in GROUPS or country_of(word):
                    break
    return False
#: Little words between a rank and its noun ("the first one to command", "the first ever to").
_LITTLE = {"to", "the", "a", "an", "one", "ever", "of", "person", "man", "woman"}
#: Templates that read the place of a flight (or of a selection: "the latest") themselves.
_ORDINAL_TEMPLATES = {"first", "first-flight", "flights", "record", "description", "newest", "rookies"}


def unstated_ordinal(parsed: Parsed, plan: Plan, items: Sequence[Item], sentences: Sequence[str]) -> str | None:
    """ "How long was X's first spaceflight?": the answer is a value whose sentence (or the
    headline of its article) places its flight so ("on her first mission, she spent 199 days");
    a figure of a flight they do not place ("their mission lasted 374 days") may be any of X's
    flights, so it is no answer."""
    if plan.template in _ORDINAL_TEMPLATES or plan.articles or not items or all(
            i.kind in ("boolean", "count") for i in items):
        return None
    said = " ".join(sentences).lower()
    asked = _ordinal_outing(parsed)
    if asked is not None:
        ordinal, noun = asked
        if _places_an_outing(said, _SERIES.get(ordinal, (ordinal,))):
            return None
        return f"The articles give {_and([i.label for i in items[:5]])}, but do not say it was of the {ordinal} {noun}."
    ranked = _ordinal_noun(parsed)
    if ranked is None or rank_said(parsed, ranked, said):
        return None
    ordinal, noun = ranked
    return f"The articles give {_and([i.label for i in items[:5]])}, but do not say who or what was the {ordinal} " \
           f"{noun}."


def outing_series(parsed: Parsed) -> tuple[str, ...] | None:
    """The words a sentence may place the flight or outing a question asks for with ("her
    first spacewalk": "first", "maiden", "debut"), when it asks for one by its place."""
    asked = _ordinal_outing(parsed)
    return None if asked is None else _SERIES.get(asked[0], (asked[0],))


def rank_of_noun(parsed: Parsed) -> tuple[str, str] | None:
    """The rank and the noun it ranks when the question asks for one of a role ("the first French
    commander of X"), not for a flight of a series ("her first mission")."""
    return _ordinal_noun(parsed) if _ordinal_outing(parsed) is None else None


def rank_said(parsed: Parsed, ranked: tuple[str, str], said: str) -> bool:
    """Does the text (lower case) give the rank of the noun asked ("the first French commander";
    "the first Canadian to command"), narrowed only by words of the question ("Europe's first
    space station commander" is no first commander)?"""
    ordinal, noun = ranked
    stem = re.escape(re.sub(r"(?<=\w{4})(?:er|or)$", "", noun.rstrip("s")))  # "commander": "to command" too
    words = {t.lower for t in parsed.tokens} | _LITTLE
    for w in _SERIES[ordinal]:
        for m in re.finditer(rf"\b{re.escape(w)}\W+([\w-]+)((?:\W+[\w-]+){{0,8}})", said):
            following, rest = m.group(1), m.group(2)
            owner = re.search(r"([\w-]+)['\u2019]s\W*$", said[:m.start()])  # "Europe's first": a rank in Europe
            if owner is not None and owner.group(1) not in words:
                continue
            if (following in words or re.match(stem, following)) and re.search(rf"\b{stem}", following + rest):
                return True
    return False


def _ordinal_noun(parsed: Parsed) -> tuple[str, str] | None:
    """The ordinal and the noun it ranks when that noun is no outing ("the first commander of
    the ISS", "the last crew of Mir"): answering without the rank ("a commander of the ISS") names
    someone the articles may never put first. A rank inside a name does not count."""
    for t in parsed.tokens:
        if t.lower not in _SERIES or t.pos != "ADJ" or any(m.covers(t.i) for m in parsed.mentions):
            continue
        head = parsed.tokens[t.head] if 0 <= t.head < len(parsed.tokens) else None
        if head is not None and head.i > t.i and head.pos == "NOUN" and head.lower.rstrip("s") not in _OUTINGS:
            return t.lower, head.lower
    return None


def _ordinal_outing(parsed: Parsed) -> tuple[str, str] | None:
    """The ordinal and the flight noun it places ("first", "spaceflight"; "last space mission";
    "36th", "flight" of "Blue Origin's 36th New Shepard flight", past the name of its vehicle),
    if the question has one."""
    tokens = parsed.tokens
    for t in tokens:
        if t.lower not in _SERIES and not _COUNTED_ORDINAL.fullmatch(t.lower):
            continue
        for after in tokens[t.i + 1:t.i + 5]:
            if after.lower.rstrip("s") in _OUTINGS:
                return t.lower, after.lower
            if after.lower not in ("space", "crewed") and not any(m.covers(after.i) for m in parsed.mentions):
                break
    return None
