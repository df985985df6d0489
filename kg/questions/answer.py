"""Answering a question: parse, link, try the templates' plans, attach sources.

:class:`Asker` holds what is worth keeping between questions (the entity index, rebuilt
when the graph changes, and the ontology's phrases tokenised once); :func:`answer` is the
one-shot form. Both return an :class:`Answer`, which ``kg ask``, ``/api/ask`` and ``/ask``
all show. "I don't know" is a valid answer: no answers, a message saying why, suggestions.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from pyoxigraph import NamedNode, Triple

from kg.citing import article_name, openings, sentence_shown
from kg.errors import BadQuestion
from kg.iris import slug_of_article
from kg.namespaces import AKG
from kg.passages import Passage, related
from kg.questions import altitudes as _altitudes  # noqa: F401  (registers the built-in templates)
from kg.questions import crew_values as _crew_values  # noqa: F401
from kg.questions import crewmates as _crewmates  # noqa: F401
from kg.questions import degrees as _degrees  # noqa: F401
from kg.questions import docking as _docking  # noqa: F401
from kg.questions import firsts as _firsts  # noqa: F401
from kg.questions import flight_craft as _flight_craft  # noqa: F401
from kg.questions import flight_lengths as _flight_lengths  # noqa: F401
from kg.questions import flights as _flights  # noqa: F401
from kg.questions import flown_before as _flown_before  # noqa: F401
from kg.questions import generic as _generic  # noqa: F401
from kg.questions import handover as _handover  # noqa: F401
from kg.questions import kin as _kin  # noqa: F401
from kg.questions import membership as _membership  # noqa: F401
from kg.questions import newest as _newest  # noqa: F401
from kg.questions import only as _only_one  # noqa: F401
from kg.questions import origin as _origin  # noqa: F401
from kg.questions import prices as _prices  # noqa: F401
from kg.questions import rank_numbers as _rank_numbers  # noqa: F401
from kg.questions import records as _records  # noqa: F401
from kg.questions import rockets as _rockets  # noqa: F401
from kg.questions import roles as _roles  # noqa: F401
from kg.questions import rookies as _rookies  # noqa: F401
from kg.questions import spaceflight as _spaceflight  # noqa: F401
from kg.questions import titles as _titles  # noqa: F401
from kg.questions.agency_flights import agency_flight
from kg.questions.bounds import bounded_total
from kg.questions.changed_crews import as_changed
from kg.questions.checks import (
    age_at_event,
    agreed,
    ahead,
    contested,
    in_asked_unit,
    narrowed,
    one_of,
    refusal,
    unstated_ordinal,
)
from kg.questions.clauses import trailing_clause, without_source
from kg.questions.confidence import rate_unrated
from kg.questions.craft_types import of_a_type, of_the_programme
from kg.questions.crew_orbits import crew_orbits
from kg.questions.crew_trades import trade_asked
from kg.questions.dates import sharpest
from kg.questions.degrees import named_degrees, other_schools
from kg.questions.earlier_flights import earlier_only
from kg.questions.event_years import event_years, year_of
from kg.questions.first_dates import first_launch
from kg.questions.first_people import first_phrase
from kg.questions.flights import (
    carried_by_station,
    craft_crew,
    craft_riders_trip,
    craft_trip,
    not_destination,
    on_flight,
    trip_companions,
    went_to,
)
from kg.questions.founding import founded_by
from kg.questions.kin import AT_A_TIME
from kg.questions.linking import Candidate, EntityIndex, Mention, Named
from kg.questions.match import PLAN_WORDS, Parsed, PhraseBook, planning, read
from kg.questions.moonwalks import on_the_moon
from kg.questions.one_flight import flight_types, without_family
from kg.questions.placed_outings import placed
from kg.questions.places import narrowest
from kg.questions.ranks_said import ranked_among, ranked_elsewhere
from kg.questions.readable import readable
from kg.questions.readers import counted
from kg.questions.respell import Speller, read_as, reads, respelt_text
from kg.questions.scoped import in_scope
from kg.questions.scopes import scope_of
from kg.questions.seats import seated, seated_rivals
from kg.questions.selection_dates import selection_date
from kg.questions.shared_trips import shared_by
from kg.questions.station_stays import station_stay
from kg.questions.templates import Context, Item, Plan, Reply, query_text, registered
from kg.questions.text import BatchParser, Token, parse_many
from kg.questions.tied_lengths import untied_length
from kg.questions.titles import later_asked
from kg.questions.totals_before import total_before
from kg.questions.trip_links import trip_links
from kg.questions.types import Expected, expected, fits
from kg.questions.vocabulary import Vocabulary, vocabulary
from kg.questions.walk_bounds import outgrown
from kg.questions.wording import corrected, joined, missing
from kg.store import Store
from kg.store.sparql import Rows, Term, bind

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

#: Longest question worth parsing, in characters.
MAX_QUESTION = 500
#: Answers kept until the graph changes (the same question asked again costs nothing).
ANSWER_CACHE = 2048
#: Facts of one answer whose sources are looked up (a list of fifty names cites the first ones).
MAX_CITED_FACTS = 8
#: Facts of one answer whose confidence is looked up (a list of fifty names is rated by its first ones;
#: the rest are rated as the least sure of those, see kg.questions.confidence).
MAX_RATED_FACTS = 64
#: Sentences shown for one fact.
SOURCES_PER_FACT = 3
#: Below this confidence an answer is marked as uncertain. A fact's confidence is its rule's
#: measured precision (see extract.calibration), and two articles stating a fact at 0.6 each make
#: it 0.84. On the development sets answers between 0.5 and 0.8 were right as often as those above.
LOW_CONFIDENCE = 0.65
#: Below this confidence an answer is withheld: more likely wrong than right, it is not given, and
#: the reply says what the articles suggest and shows their sentences. On the development sets
#: (their answers right 97% of the time) no higher floor removed more wrong answers than right ones.
WITHHOLD = 0.5
#: The date that reports the event a fact of a flight is part of: a launch site is planned until
#: the launch is reported.
EVENT_DATES = {str(AKG[p]): str(AKG[d]) for p, d in (
    ("launchSite", "launchDate"), ("launchVehicle", "launchDate"), ("landingSite", "returnDate"))}
#: What an answer says when nothing of the question was found in the graph.
_NOTHING = "I could not find anything from the graph in this question."
#: How long a remote store's entity index is trusted (the embedded store says when it changes).
_REMOTE_INDEX_SECONDS = 30.0


@dataclass(frozen=True)
class Source:
    """A sentence of an article that states a fact an answer rests on."""

    article: str  # the article's id, as in /article/<id>
    iri: str
    title: str | None
    sentence: str
    url: str | None = None
    published: str | None = None
    confidence: float | None = None  # the article's most confident statement of the facts cited

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"article": self.article, "title": self.title, "sentence": self.sentence,
                                   "iri": self.iri}
        if self.url:
            data["url"] = self.url
        if self.published:
            data["published"] = self.published
        return data


@dataclass(frozen=True)
class Reading:
    """Which entity a name in the question was taken to mean."""

    mention: str
    label: str
    iri: str
    question: str | None = None  # the question asked about this entity instead

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"mention": self.mention, "label": self.label, "iri": self.iri}
        if self.question:
            data["question"] = self.question
        return data


@dataclass(frozen=True)
class Answer:
    """The reply to one question, with the SPARQL that produced it and its sources."""

    question: str
    answers: tuple[Item, ...] = ()
    sparql: str | None = None
    template: str | None = None
    sources: tuple[Source, ...] = ()
    message: str | None = None
    entities: tuple[Reading, ...] = ()
    alternatives: tuple[Reading, ...] = ()
    suggestions: tuple[str, ...] = ()
    also: tuple[Item, ...] = ()
    corrected: tuple[Reading, ...] = ()  # names spelt differently from the graph's, and the reading used
    expects: str | None = None  # the type of answer the question asks for (see kg.questions.types)
    expects_item: str | None = None  # for a list: the type of each item
    passages: tuple[Passage, ...] = ()  # unanswered only: related sentences, never answers
    disputed: bool = False  # unanswered because the articles disagree: the passages state the rival values
    confidence: float | None = None  # of the least certain answer (None: no answer, or not known)
    withheld: tuple[Item, ...] = ()  # answers found but not given: below WITHHOLD, never in `answers`

    @property
    def low_confidence(self) -> bool:
        """Is the answer uncertain enough to be marked as such?"""
        return self.confidence is not None and self.confidence < LOW_CONFIDENCE

    def as_dict(self) -> dict[str, object]:
        """The JSON of ``/api/ask`` and ``kg ask --json`` (see DESIGN.md)."""
        data: dict[str, object] = {
            "question": self.question,
            "answers": [a.as_dict() for a in self.answers],
            "sparql": self.sparql,
            "template": self.template,
            "sources": [s.as_dict() for s in self.sources],
            "expects": self.expects,
        }
        if self.confidence is not None:
            data["confidence"] = self.confidence
            data["low_confidence"] = self.low_confidence
        if self.corrected:
            data["corrected"] = [r.as_dict() for r in self.corrected]
        if self.expects == "list":
            data["expects_item"] = self.expects_item
        if self.message:
            data["message"] = self.message
        data["entities"] = [r.as_dict() for r in self.entities]
        data["alternatives"] = [r.as_dict() for r in self.alternatives]
        data["suggestions"] = list(self.suggestions)
        if self.also:
            data["also"] = [a.as_dict() for a in self.also]
        data["passages"] = [p.as_dict() for p in self.passages]
        if self.disputed:
            data["disputed"] = True
        if self.withheld:
            data["withheld"] = [a.as_dict() for a in self.withheld]
        return data


@dataclass
class _Cache:
    index: EntityIndex | None = None
    generation: object = None
    built: float = 0.0
    cost: float = 0.0
    examples: list[str] = field(default_factory=list)
    working: set[str] = field(default_factory=set)  # properties whose example questions work
    answers: OrderedDict[tuple[str, tuple[str, ...], bool], Answer] = field(default_factory=OrderedDict)


class Asker:
    """Answers questions about one store with one spaCy pipeline; safe to share between
    threads (the pipeline is used under a lock, the index is swapped whole)."""

    def __init__(self, store: Store, nlp: Language | Callable[[], Language], words: Vocabulary | None = None,
                 *, max_length: int = MAX_QUESTION, nlp_lock: threading.Lock | None = None) -> None:
        """``nlp`` is the pipeline, or a function that loads it on the first question (the
        web service's pages that need only the entity index then never load it)."""
        self.store = store
        given = hasattr(nlp, "pipe")  # a pipeline, not its loader
        self._nlp = cast("Language", nlp) if given else None
        self._load_nlp = cast("Callable[[], Language]", nlp)
        self.vocabulary = words or vocabulary()
        self.max_length = max_length
        self._nlp_lock = nlp_lock or threading.Lock()
        self._load_lock = threading.Lock()
        self._parser: BatchParser | None = None
        self._index_lock = threading.Lock()
        self._answers_lock = threading.Lock()
        self._cache = _Cache()
        self._phrases: PhraseBook | None = None
        self._speller: Speller | None = None
        self.tokens = lru_cache(maxsize=4096)(self._tokens)

    # ------------------------------------------------------------------ shared state

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (loaded now if it was given as a loader)."""
        if self._nlp is None:
            with self._load_lock:
                if self._nlp is None:
                    self._nlp = self._load_nlp()
        return self._nlp

    def _tokens(self, text: str) -> tuple[Token, ...]:
        """The question parsed by the model (questions asked at the same time are parsed in
        one batch; ``tokens`` remembers the last few thousand, since questions repeat)."""
        if self._parser is None:
            nlp = self.nlp
            with self._load_lock:
                if self._parser is None:
                    self._parser = BatchParser(nlp, self._nlp_lock)
        return self._parser(text)

    @property
    def phrases(self) -> PhraseBook:
        """The ontology's phrases tokenised by the model, once."""
        if self._phrases is None:
            with self._nlp_lock:
                self._phrases = PhraseBook.build(self.vocabulary, lambda texts: parse_many(self.nlp, texts))
        return self._phrases

    def index(self) -> EntityIndex:
        """The graph's names, rebuilt when the store has changed since (for a remote store,
        every half minute). A large graph is re-read at most every ten times its cost."""
        generation = self.store.generation
        cache = self._cache
        now = time.monotonic()
        fresh = cache.index is not None and (
            generation == cache.generation if generation is not None else now - cache.built < _REMOTE_INDEX_SECONDS)
        throttled = cache.index is not None and cache.cost > 0.1 and now - cache.built < 10 * cache.cost
        if fresh or throttled:
            assert cache.index is not None
            return cache.index
        with self._index_lock:
            if self._cache is cache:
                started = time.monotonic()
                index = _build_index(self.store)
                self._cache = _Cache(index, generation, time.monotonic(), time.monotonic() - started)
                log.info("entity index: %d names in %.0f ms", len(index), 1000 * self._cache.cost)
            assert self._cache.index is not None
            return self._cache.index

    # ------------------------------------------------------------------ answering

    def answer(self, question: str, *, about: Sequence[str] = (), inner: bool = False) -> Answer:
        """Answer one question. ``about`` names entities the conversation is about, so a
        follow-up such as "When will he return?" can be understood. ``inner``: the question is
        one the engine asks itself for another (without its trailing clause, through the holder
        of a first, for a crew of a trade): it gets none of those retries again."""
        text = " ".join(question.split())
        if not text:
            raise BadQuestion("the question is empty; ask something such as: Who is Scott Kelly's twin?")
        if len(text) > self.max_length:
            raise BadQuestion(f"the question is {len(text)} characters long; the limit is {self.max_length}")
        bare = without_source(text)
        if bare != text:  # "..., according to the article?": every answer is the articles'
            return replace(self.answer(bare, about=about, inner=inner), question=text)
        index = self.index()
        cache, key = self._cache, (text, tuple(about), inner)  # an inner reply is read without the retries
        with self._answers_lock:
            known = cache.answers.get(key)
        if known is not None:  # the graph has not changed since this was answered
            return known
        parsed = _resolve_pronoun(self.read(text), index, about)
        want = expected(parsed, self.vocabulary)
        attempt = self._attempt(parsed, Context(self.vocabulary, index, tuple(about)), want)
        if attempt.found is None:
            reply = self._unanswered(parsed, self._count_refused(parsed, attempt, want, index), index, want)
        else:
            plan, replied, sparql = attempt.found
            plan = self._with_vessel(parsed, plan)
            if age_at_event(parsed):
                replied = self._aged_at(parsed, plan, replied)
            elif parsed.wh == "how old" and _years(parsed):
                replied = _aged_in(_years(parsed), replied)
            replied = (self._former_marked(replied) if plan.template == "description" else
                       self._in_tense(parsed, self._later_asked(parsed, plan, replied)))
            plan, replied = on_flight(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = total_before(self.store, parsed, replied, index, self.vocabulary)
            replied = untied_length(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = crew_orbits(self.store, parsed, replied, index, self.vocabulary)
            replied = station_stay(self.store, parsed, replied, index, self.vocabulary, self._sentences)
            replied = craft_crew(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = went_to(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = on_the_moon(self.store, parsed, replied, self.vocabulary)
            replied = trip_links(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = trip_companions(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = craft_trip(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = craft_riders_trip(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = bounded_total(self.store, parsed, replied)
            replied = outgrown(self.store, replied)
            replied = selection_date(self.store, parsed, replied)
            replied = founded_by(self.store, parsed, replied)
            replied = as_changed(self.store, parsed, replied)
            replied = first_launch(self.store, parsed, replied, self.vocabulary)
            replied = self._in_flight_year(parsed, plan, replied)
            replied = named_degrees(not_destination(parsed, replied, index, self.vocabulary))
            replied = other_schools(parsed, replied, about)
            replied = replace(replied, items=in_asked_unit(parsed, without_family(sharpest(
                narrowed(parsed, plan, replied.items)))))
            replied = earlier_only(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = of_a_type(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = of_the_programme(parsed, plan, replied, index, self.vocabulary)
            replied = agency_flight(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = in_scope(self.store, parsed, plan, replied, index, self.vocabulary)
            replied = replace(replied, items=ranked_among(self.store, parsed, replied.items))
            replied = placed(parsed, replied, self._sentences)
            replied = shared_by(self.store, parsed, plan, replied, self.vocabulary)
            replied = readable(replied, index, self.vocabulary)
            reason = refusal(parsed, plan, replied.items, want, self.vocabulary) or (
                None if replied.items else replied.note)
            finished = reason or self._finish(parsed, plan, replied, sparql, want, index)
            if isinstance(finished, Answer):
                reply = finished
            else:  # the question's words rule the answers out, or the articles disagree
                why, shown = (finished, ()) if isinstance(finished, str) else finished
                attempt = _Attempt(None, replace(plan, empty=why), attempt.dropped, why)
                reply = self._unanswered(parsed, attempt, index, want, shown)
        if not reply.answers and not reply.disputed and not inner:
            reply = self._respelt(parsed, about) or self._without_clause(parsed, reply, want, about)
        if not reply.answers and not reply.disputed and not inner:
            reply = self._crew_of_trade(parsed, self._through_first(parsed, reply, about), about)
        with self._answers_lock:
            cache.answers[key] = reply
            while len(cache.answers) > ANSWER_CACHE:
                cache.answers.popitem(last=False)
        return reply

    def _respelt(self, parsed: Parsed, about: Sequence[str]) -> Answer | None:
        """The answer to the question with its mistyped words read as the vocabulary's
        (:mod:`kg.questions.respell`), saying so; None when no word is clearly mistyped."""
        if self._speller is None:
            self._speller = Speller(self.nlp, self.vocabulary)
        fixes = self._speller.respelt(parsed)
        if not fixes:
            return None
        text = respelt_text(parsed, fixes)
        reply = self.answer(text, about=about)
        if not reply.answers and not reads(self.read(text), fixes):
            return None  # the respelt word explains nothing: "mauer" (a name) is no "mater"
        return replace(reply, question=parsed.text, message=" ".join(m for m in (read_as(fixes), reply.message) if m))

    def _without_clause(self, parsed: Parsed, reply: Answer, want: Expected, about: Sequence[str]) -> Answer:
        """The answer to the question without a trailing clause the engine cannot read, when it
        is exactly one thing (a craft, a person; never a figure or a date, which the clause would
        change), saying the clause was not used; else the unanswered ``reply``."""
        clause = trailing_clause(parsed) if want.item not in ("count", "yes/no", "description") else None
        if clause is None:
            return reply
        bare = self.answer(clause.without, about=about, inner=True)
        if len(bare.answers) != 1 or bare.answers[0].kind != "entity" or not bare.answers[0].iri \
                or bare.template == "description":
            return reply  # a figure or a date changes with the occasion: "days in space on her first flight"
        note = f"I could not read “{clause.text}”, so it was not used: without it the articles give one answer."
        return replace(bare, question=parsed.text, message=" ".join(m for m in (note, bare.message) if m))

    def _through_first(self, parsed: Parsed, reply: Answer, about: Sequence[str]) -> Answer:
        """The answer to a question about a person named by a first they hold ("Where was the
        first Afghan cosmonaut born?", :mod:`kg.questions.first_people`): the question about the
        one holder the articles state, resting on the first's facts too; else ``reply``."""
        phrase = first_phrase(parsed)
        if phrase is None:
            return reply
        holder = self.answer(phrase.holder_question, about=about, inner=True)
        if len(holder.answers) != 1 or holder.template != "first" or not holder.answers[0].iri:
            return reply
        name = holder.answers[0]
        through = self.answer(phrase.with_name(name.label), about=about, inner=True)
        if not through.answers:
            return reply
        sure = holder.confidence
        answers = tuple(a if sure is None or a.confidence is None else replace(a, confidence=min(a.confidence, sure))
                        for a in through.answers)
        note = f"I read “{phrase.text}” as {name.label}, whom the articles call so."
        return replace(through, question=parsed.text, answers=answers,
                       sources=tuple(dict.fromkeys((*holder.sources, *through.sources))),
                       confidence=min((a.confidence for a in answers if a.confidence is not None), default=None),
                       message=" ".join(m for m in (note, through.message) if m))

    def _crew_of_trade(self, parsed: Parsed, reply: Answer, about: Sequence[str]) -> Answer:
        """The members of a flight's crew whose stated trade is the one asked ("Who was the
        physician on the Voskhod crew?", :mod:`kg.questions.crew_trades`); else ``reply``."""
        asked = trade_asked(parsed, self.index(), self.vocabulary) if not reply.answers else None
        if asked is None:
            return reply
        crew = self.answer(asked.crew_question, about=about, inner=True)
        occupation = NamedNode(str(AKG.occupation))
        kept: list[tuple[Item, Triple]] = []
        for person in crew.answers:
            if not person.iri:
                continue
            rows = self.store.select(query_text("objects"), {"topic": NamedNode(person.iri), "p": occupation})
            said = next((row["o"] for row in rows if asked.holds(str(row["o"].value))), None)
            if said is not None:
                kept.append((person, Triple(NamedNode(person.iri), occupation, said)))
        if not kept:
            return reply
        sources, sure = self._sources([fact for _, fact in kept])
        answers = tuple(replace(person, confidence=min(person.confidence or 1.0, sure.get(fact, 1.0)))
                        for person, fact in kept)
        note = f"Of the crew the articles give for {asked.flight.best.label}, they call " \
               f"{joined([a.label for a in answers])} a {asked.trade}."
        others = [c.label for c in asked.flight.candidates if c.iri != asked.flight.best.iri]
        if others:  # the flight asked again by its label: its other readings are said here
            note += f" “{asked.flight.text}” could also mean {_or(others)}; I used {asked.flight.best.label}."
        return replace(crew, question=parsed.text, answers=answers,
                       sources=tuple(dict.fromkeys((*sources, *crew.sources))),
                       confidence=min((a.confidence for a in answers if a.confidence is not None), default=None),
                       message=" ".join(m for m in (note, crew.message) if m))

    def read(self, text: str) -> Parsed:
        """The question as the templates see it."""
        index = self.index()
        return read(self.tokens(index.cased(text)), self.vocabulary, self.phrases, index, text)

    def _attempt(self, parsed: Parsed, ctx: Context, want: Expected | None = None) -> _Attempt:
        """Run the templates' plans in order; the first that finds an answer of the expected
        type wins (answers of another type are dropped, and remembered for the message). An
        unsettled answer (a "no") stands only when no other plan of its template does better; a
        question about the future prefers an answer from planned facts.
        A reader that finds no answer but says why (a note) gives the message of the failure."""
        first_empty: Plan | None = None
        told: Plan | None = None
        note: str | None = None
        dropped: list[Item] = []
        later: tuple[Plan, Reply, str] | None = None  # an answer of stated facts to a question about the future
        for name, make in registered():
            plans = list(make(parsed, ctx))
            unsettled: tuple[Plan, Reply, str] | None = None
            for plan in plans:
                sparql = bind(query_text(plan.query), plan.bindings)
                try:
                    rows = self.store.select(sparql)
                    for query, bindings in plan.parts:
                        more = bind(query_text(query), bindings)
                        rows = Rows(rows.variables, rows.rows + self.store.select(more).rows)
                        sparql += "\n\n" + more
                    reply = plan.read(rows)
                except Exception:  # a template bug must not turn into a 500
                    log.exception("template %s failed on %r", name, parsed.text)
                    continue
                if want is not None and not plan.articles:
                    kept = [i for i in reply.items if fits(i, want, ctx.index)
                            and not carried_by_station(parsed, i, ctx.index, ctx.vocabulary)]
                    dropped += [i for i in reply.items if i not in kept]
                    reply = replace(reply, items=kept, also=[i for i in reply.also if _also_fits(i, want, ctx)])
                if reply.items and reply.settled and parsed.future and not plan.articles and not any(
                        i.planned for i in reply.items) and not self._planned_only(
                        [i.support[0] for i in reply.items if i.support]):
                    later = later or (plan, reply, sparql)  # asked what will happen: a plan answers better
                    continue
                if reply.items and reply.settled:
                    return _Attempt((plan, reply, sparql), told or first_empty, dropped, note)
                if reply.items:
                    unsettled = unsettled or (plan, reply, sparql)
                    continue
                first_empty = first_empty or plan
                if reply.final:  # a count the articles do not state: no other plan answers it either
                    return _Attempt(None, replace(plan, empty=reply.note or plan.empty), dropped, reply.note,
                                    tuple(reply.also))
                if reply.note and told is None:
                    told = replace(plan, empty=reply.note)
                    note = reply.note
            if unsettled is not None:
                return _Attempt(unsettled, told or first_empty, dropped, note)
            if plans and plans[0].final:
                break
        if later is not None:
            return self._done_for_planned(parsed, later, told or first_empty, dropped)
        return _Attempt(later, told or first_empty, dropped, note)

    def _count_refused(self, parsed: Parsed, attempt: _Attempt, want: Expected, index: EntityIndex) -> _Attempt:
        """A count refused because the articles do not state it (:mod:`kg.questions.tallies`),
        said in the question's terms: refused for its words first when they rule out what was
        named ("How many times did X apply?" of X's employers), which says more than a list of
        the wrong things; else listing only the named of the programme or group it asks for
        ("How many shuttle missions ...", "How many Americans flew on X?")."""
        plan = attempt.empty
        if plan is None or want.item != "count" or not attempt.named:
            return attempt
        why = refusal(parsed, plan, counted(attempt.named, "").items, want, self.vocabulary)  # as if counted
        if why is None:
            refused = Reply([], also=list(attempt.named), note=attempt.note, final=True)
            refused = of_the_programme(parsed, plan, refused, index, self.vocabulary)
            refused = in_scope(self.store, parsed, plan, refused, index, self.vocabulary)
            if refused.note == attempt.note:
                return attempt
            why = refused.note
        return _Attempt(None, replace(plan, empty=why or plan.empty), attempt.dropped, why, attempt.named)

    def _done_for_planned(self, parsed: Parsed, found: tuple[Plan, Reply, str], empty: Plan | None,
                          dropped: list[Item]) -> _Attempt:
        """A question about the future or a plan answered only by what the articles report as done (an
        article that states it as planned too makes it a plan as well, and it answers):
        asked what was planned ("When was X scheduled to return?"), what happened is no answer,
        and the message gives it; asked what will happen ("When will X return?"), it answers,
        said to be reported as done, never silently."""
        plan, reply, sparql = found
        shown = joined([i.label for i in reply.items[:5]])
        modes = self._modes([t for i in reply.items for t in i.support[:1]])
        if any(m.endswith("Planned") for said in modes.values() for m in said):  # planned too, by some article
            return _Attempt(found, empty, dropped)
        if planning(parsed.tokens) & PLAN_WORDS:
            why = f"The articles give no plan; they report {shown} as what happened."
            return _Attempt(None, replace(plan, empty=why), dropped, why)
        note = f"The articles report {shown} as having happened; they give no plan."
        return _Attempt((plan, replace(reply, note=reply.note or note), sparql), empty, dropped)

    def _in_tense(self, parsed: Parsed, reply: Reply) -> Reply:
        """Entity answers in the question's tense: a fact the articles state only as a plan
        ("will return on Crew Dragon") answers what will happen, never what happened; asked
        about the future, the planned facts are the answer when there are any. A fact stated
        only as former ("former NASA astronaut") answers what was, not what is: a question
        in the present ("who does she work for?") leaves it out. A yes/no question is read the
        same way (see :meth:`_yes_in_tense`). A job title is read so too: one held only at
        another time ("administrator from 2009 to 2017", "then-director") is not one held now."""
        if [i.value for i in reply.items] == [True]:
            return self._yes_in_tense(parsed, reply)
        if [i.value for i in reply.items] == [False]:
            return self._no_in_tense(parsed, reply)
        if [i.kind for i in reply.items] == ["count"] and not (parsed.past or parsed.future):
            return self._count_in_tense(reply)
        entities = [i for i in reply.items if i.support and i.relation is None and (
            i.kind in ("entity", "place") or i.support[0].predicate.value == _JOB_TITLE)]
        if not entities or len(entities) != len(reply.items):
            return reply
        modes = self._modes([i.support[0] for i in entities])
        planned = {id(i) for i in entities if i.support[0] in _only(modes, "Planned")}
        if parsed.future:
            chosen = [i for i in entities if id(i) in planned]
            return replace(reply, items=chosen) if chosen else reply
        done = [i for i in entities if id(i) not in planned]
        if not done and parsed.present:  # "Who commands Crew-12?": the crew as assigned holds now
            return replace(reply, items=[replace(i, planned=True) for i in entities],
                           note=reply.note or "The articles give this as planned, not yet as having happened.")
        if not done and self._happened([i.support[0] for i in entities]):  # the plan stands: say it is one
            return replace(reply, items=[replace(i, planned=True, label=f"{i.label} (as planned)") for i in entities],
                           note="The articles give this as the plan, and report that the flight took place; "
                                "they do not report it as having happened.")
        if not done:
            shown = ", ".join(i.label for i in entities[:5])
            return Reply([], note=f"The articles give {shown} only as planned, not as having happened.")
        former = _only(modes, "Former")
        was = parsed.past or _perfect(parsed)  # "who have been X's wives?" asks what was, too
        if was and len(done) > 1 and _timed(parsed) and all(
                i.support[0].predicate.value in self._at_a_time() for i in done):
            shown = ", ".join(i.label for i in done[:5])
            return Reply([], note=f"The articles give {shown}, but not when each marriage was, so not the one of "
                                  "the time asked.")
        if was:  # what was: every value, those no longer true marked so (a first wife beside the second)
            return replace(reply, items=[replace(i, former=True) if i.support[0] in former else i for i in done])
        gone = _only(modes, ("Former", "Later"))  # a director only later ("future director") is none now
        now = [i for i in done if i.former or i.support[0] not in gone]  # i.former: asked for what was
        if now:
            return replace(reply, items=now)
        shown = ", ".join(i.label for i in done[:5])
        return Reply([], note=f"The articles give {shown} only as former or later, not as current: ask what was, "
                              "e.g. who did they work for?")

    def _later_asked(self, parsed: Parsed, plan: Plan, reply: Reply) -> Reply:
        """ "Who later became director of X?", "What post did A later hold?" are answered only by
        offices the articles state as held later ("future director A", "A, who later became
        director": akg:Later), never by a holder of the time they tell or of today."""
        if plan.template in ("titled_staff", "description") or not later_asked(parsed) or not reply.items or any(
                t.predicate.value not in _OFFICE_FACTS for i in reply.items for t in i.support[:1]):
            return reply
        supported = [i for i in reply.items if i.support]
        later = _only(self._modes([i.support[0] for i in supported]), ("Later",))
        kept = [i for i in supported if i.support[0] in later]
        if kept:
            return replace(reply, items=kept)
        shown = joined([i.label for i in reply.items[:5]])
        return Reply([], note=f"The articles do not say what came later: they give {shown}, but not as held later.")

    def _former_marked(self, reply: Reply) -> Reply:
        """A profile's facts that the articles give only as former, marked as such ("employer:
        formerly NASA"), and those given only as held later ("job title: later director"): a
        profile says what is and what was, and tells them apart."""
        lines = [i for i in reply.items if i.relation not in (None, "type") and i.support]
        modes = self._modes([i.support[0] for i in lines])
        former, later = _only(modes, "Former"), _only(modes, "Later")
        if not former and not later:
            return reply
        marked = [replace(i, label=f"{i.relation}: formerly {i.value}", former=True)
                  if i in lines and i.support[0] in former else
                  replace(i, label=f"{i.relation}: later {i.value}") if i in lines and i.support[0] in later else i
                  for i in reply.items]
        return replace(reply, items=marked)

    def _count_in_tense(self, reply: Reply) -> Reply:
        """A count in the present ("how many people work for X?") without what the articles give
        only as former: those are named apart."""
        if reply.items[0].value != len(reply.also):  # a stated figure, not a count of those shown
            return reply
        members = [i for i in reply.also if i.support]
        former = _only(self._modes([i.support[0] for i in members]), "Former")
        kept = [i for i in reply.also if not (i.support and i.support[0] in former)]
        if not former or len(kept) == len(reply.also):
            return reply
        gone = ", ".join(i.label for i in reply.also if i not in kept)
        if not kept:
            return Reply([], note=f"The articles give {gone} only as former, not as current: ask what was.")
        count = replace(reply.items[0], label=str(len(kept)), value=len(kept),
                        support=tuple(t for i in kept for t in i.support))
        return Reply([count], also=kept, note=f"I counted {'; '.join(i.label for i in kept)}, not {gone}, whom "
                                               "the articles give only as former.")

    def _yes_in_tense(self, parsed: Parsed, reply: Reply) -> Reply:
        """A "yes" whose facts the articles state only as former is "no" to a question in the
        present ("Is X with NASA?" of a former NASA astronaut: "former" is the stated fact that
        excludes it); one whose facts are only planned is no answer to what happened."""
        yes = reply.items[0]
        modes = self._modes(list(yes.support))
        if not modes or parsed.future or yes.former:  # yes.former: asked for what was ("an ex-wife")
            return reply
        if set(modes) <= _only(modes, "Planned"):
            return reply if not (parsed.past or reply.happened) else Reply(
                [], note="The articles give it only as planned, not as having happened.")
        if parsed.past and set(modes) <= _only(modes, "Former"):  # "Was X married to Y?" of an ex-wife
            return replace(reply, items=[replace(yes, former=True)],
                           note=reply.note or "Yes, formerly: the articles give it as no longer true.")
        if parsed.past or not set(modes) <= _only(modes, "Former"):
            return reply
        return Reply([replace(yes, label="no", value=False)],
                     note="The articles give it only as former, not as current: ask what was, e.g. did they "
                          "work for it?")

    def _no_in_tense(self, parsed: Parsed, reply: Reply) -> Reply:
        """A "no" rests on a value that excludes the one asked; a value the articles give only as
        former excludes nothing ("Is X married to Y?" of a man whose ex-wife is Z), and asked of
        the past, a value of a property that holds one value at a time (a spouse) excludes nothing
        either: a person may have married several times."""
        no = reply.items[0]
        former = _only(self._modes(list(no.support)), "Former")
        at_a_time = self._at_a_time()
        excluding = [t for t in no.support if t not in former and not (parsed.past and t.predicate.value in at_a_time)]
        if excluding or not no.support:
            return reply
        return Reply([], note="The articles give another value, but not one that excludes it: a former one, or "
                              "one of another time.")

    def _with_vessel(self, parsed: Parsed, plan: Plan) -> Plan:
        """The plan, with the craft the question names beside its flight taken as read: "When did
        Osprey lift off on Wren-2?" names one flight twice, by its craft and by its name, when the
        articles give that craft as the flight's (the answer about the flight is tied to both)."""
        used = {m.start for m, _ in plan.used}
        prop = self.vocabulary.properties.get("spacecraft")
        if prop is None or not plan.used:
            return plan
        index = self.index()
        flights = [c for _, c in plan.used if c.iri in index.entities
                   and self.vocabulary.family("Mission") & set(index.entities[c.iri].types)]
        vessels = []
        for m in parsed.mentions:
            if m.start in used:
                continue
            for c in flights:  # a person's craft ("X's Soyuz") is no second name of a flight
                rows = self.store.select(query_text("link"), {
                    "a": NamedNode(c.iri), "b": NamedNode(m.best.iri), "p": [NamedNode(i) for i in prop.family]})
                if rows.rows:
                    vessels.append((m, m.best))
                    break
        return replace(plan, used=(*plan.used, *vessels)) if vessels else plan

    def _in_flight_year(self, parsed: Parsed, plan: Plan, reply: Reply) -> Reply:
        """A fact answer to a question with a year no relation it asks can check. Asked for
        flights ("Which mission did X fly in 2008?", "On which mission did X return home in
        2008?"), the year is when they flew: the answers are the flights whose launch or landing
        the articles date in it. Asked beside a named flight ("Who flew
        with X on STS-8 in 1983?"), the year may only repeat when that flight flew: the answer
        stands when the articles date no launch of it or one in that year, and a launch dated in
        another year says the question is about something else, so no answer."""
        years = _years(parsed)
        if not years or plan.template != "fact" or not reply.items:
            return reply
        index = self.index()
        flights = self.vocabulary.family("Mission") - self.vocabulary.family("Programme")
        asked = ", ".join(str(y) for y in sorted(years))

        def flight(iri: str | None) -> bool:
            return iri is not None and iri in index.entities and bool(flights & set(index.entities[iri].types))

        if all(flight(i.iri) for i in reply.items):  # "On which mission did X return home in 2008?": its
            kept = [i for i in reply.items if (  # return words read a date
                event_years(self.store, self.vocabulary, i.iri or "")
                | event_years(self.store, self.vocabulary, i.iri or "", "returnDate")) & years]
            return replace(reply, items=kept) if kept else Reply([], note=(
                f"The articles date the launch or landing of none of {', '.join(i.label for i in reply.items[:5])} "
                f"in {asked}."))
        if any(r.prop.kind in ("date", "number") for r in parsed.relations):
            return reply
        for named in (m.best for m in parsed.mentions if flight(m.best.iri)):
            flown = event_years(self.store, self.vocabulary, named.iri)
            if flown and not flown & years:
                shown = ", ".join(str(y) for y in sorted(flown))
                return Reply([], note=f"The articles date the launch of {named.label} in {shown}, not in {asked}.")
        return reply

    def _at_a_time(self) -> set[str]:
        """The IRIs of the properties with one value at a time (see kg.questions.kin)."""
        return {iri for name in AT_A_TIME if name in self.vocabulary.properties
                for iri in self.vocabulary.properties[name].family}

    def _happened(self, facts: list[Triple]) -> bool:
        """Do the articles report, not only plan, the event each planned fact of a flight is part of
        (the launch of a flight whose launch site was planned)? Then the plan, never given up, is the best
        the articles say of how it went."""
        events = {fact.subject: EVENT_DATES.get(fact.predicate.value) for fact in facts}
        if not events or None in events.values():
            return False
        flights = self.vocabulary.family("Mission")
        for subject, date in events.items():
            named = self.index().entities.get(getattr(subject, "value", ""))
            if not isinstance(subject, NamedNode) or named is None or not flights & set(named.types):
                return False  # a person's planned facts: which of their events it belongs to is not said
            rows = self.store.select(query_text("objects"), {"topic": subject, "p": NamedNode(str(date))})
            dated = [Triple(subject, NamedNode(str(date)), row["o"]) for row in rows]
            if not dated or set(dated) <= self._planned_only(dated):
                return False
        return True

    def _planned_only(self, facts: list[Triple]) -> set[Triple]:
        """The facts that every article stating them states as a plan."""
        return _only(self._modes(facts), "Planned")

    def _modes(self, facts: list[Triple]) -> dict[Triple, set[str]]:
        """How each article states each fact (its modality IRI, "" for reported), found in one
        query (one per fact cost 2 ms each, 87 candidates 0.2 s) that binds the facts as rows."""
        if not facts:
            return {}
        bound = {"s p o": [(f.subject, f.predicate, f.object) for f in dict.fromkeys(facts)]}
        modes: dict[Triple, set[str]] = {}
        for row in self.store.select(query_text("modality"), bound):  # type: ignore[arg-type]  # no quoted triples
            fact = Triple(row["s"], row["p"], row["o"])  # type: ignore[arg-type]
            modes.setdefault(fact, set()).add(str(row["modality"].value) if "modality" in row else "")
        return modes

    def _aged_at(self, parsed: Parsed, plan: Plan, reply: Reply) -> Reply:
        """An age asked at an event ("how old was X when Y launched?", "on his flight"): the
        age stated in the article that names the event most (an age stated years later, in
        passing, is not it); without a named event, the age only when the articles give one.
        None when they give several that nothing tells apart."""
        ages = _distinct_values(i for i in (*reply.items, *reply.also) if i.kind == "number" and i.support)
        used = {m.start for m, _ in plan.used}
        events = [m.best for m in parsed.mentions if m.start not in used]
        people = self.vocabulary.family("Person")
        if events and plan.used and all(people & self.index().types_of(e.iri) for e in events):
            return Reply([], note=f"The articles give no age of {plan.used[0][1].label} at a time told by "
                                  f"{', '.join(e.label for e in events)}.")  # "when she watched Y walk on the Moon"
        if not events:
            if _death_asked(parsed) and plan.used:
                ages = self._at_death(plan.used[0][1].iri, ages)
            elif plan.used:  # "how old was X when he flew?": not the age X died at
                ages = self._before_death(plan.used[0][1].iri, ages)
                if not ages:
                    return Reply([], note="The articles give only the age at death, not at the time asked.")
                if len(ages) > 1 and {t.lemma for t in parsed.tokens} & _FLYING:
                    ages = self._at_launch(plan.used[0][1].iri, ages)
            return Reply(ages) if len(ages) == 1 else Reply([], note=_several_ages(ages))
        naming: dict[str, int] = {}
        for e in events:
            for row in self.store.select(query_text("mentions"), {"topic": NamedNode(e.iri)}):
                naming[row["article"].value] = naming.get(row["article"].value, 0) + int(row["mentions"].value)
        scored: list[tuple[int, Item]] = []
        for item in ages:
            fact = item.support[0]
            assert isinstance(fact.subject, NamedNode) and isinstance(fact.object, NamedNode)
            rows = self.store.select(query_text("sources"), {"s": fact.subject, "p": fact.predicate, "o": fact.object})
            scored.append((max((naming.get(row["article"].value, 0) for row in rows), default=0), item))
        best = max((n for n, _ in scored), default=0)
        chosen = [i for n, i in scored if n == best and n > 0]
        if len(chosen) == 1:
            return Reply(chosen)
        return Reply([], note=_several_ages(chosen) if chosen else f"No article about {events[0].label} gives an age.")

    def _at_launch(self, person: str, ages: list[Item]) -> list[Item]:
        """Of several ages, those stated in the year of one of the person's launches ("How old
        was X on his flight?": 38 in the article of his launch, not 58 twenty years on). All of
        them when none or several values are."""
        years = event_years(self.store, self.vocabulary, person)
        kept = _distinct_values(i for i in ages if year_of(i.as_of or "") in years)
        return kept if len(kept) == 1 else ages

    def _before_death(self, person: str, ages: list[Item]) -> list[Item]:
        """The ages of one who died that were stated at an earlier event (see :meth:`_at_death`):
        the age at death answers no question about another time. All of them when the articles
        do not say the person died."""
        at_death = self._at_death(person, ages)
        if at_death is ages or not self.store.select(query_text("death"), {"s": NamedNode(person)}).rows:
            return ages
        return [i for i in ages if i not in at_death]

    def _at_death(self, person: str, ages: list[Item]) -> list[Item]:
        """The ages that may be the age at death: an age dated before the death (or, with no
        death date, dated and below another stated age, since ages only grow) was at an earlier
        event ("returned to space in 1998 at the age of 77"), not at the death. When the articles
        say the person died (a death place) but give no date, an undated age below another is
        earlier too: an obituary's "She was 61" beside "flew when she was 32"."""
        rows = self.store.select(query_text("death"), {"s": NamedNode(person)})
        died = [year_of(row["d"].value) for row in rows if "d" in row]
        death = min((y for y in died if y is not None), default=None)
        top = max((i.value for i in ages if isinstance(i.value, (int, float))), default=None)
        undated_dead = death is None and bool(rows)

        def earlier(age: Item) -> bool:
            year = year_of(age.as_of or "")
            if year is None:
                return undated_dead and top is not None and isinstance(age.value, (int, float)) and age.value < top
            if death is not None:
                return year < death
            return top is not None and isinstance(age.value, (int, float)) and age.value < top

        kept = [i for i in ages if not earlier(i)]
        return kept or ages

    def _finish(self, parsed: Parsed, plan: Plan, reply: Reply, sparql: str, want: Expected,
                index: EntityIndex) -> Answer | tuple[str, tuple[Passage, ...]]:
        """The answer with its sources and confidence, or why there is none (the articles
        disagree about a value that has one) with the sentences that state each value, shown as
        passages: the reader sees the conflict, never a silent pick."""
        rivals = reply.rivals if [i.value for i in reply.items] == [True] else []
        support = [t for item in (*reply.items, *rivals) for t in item.support]
        sources, confidence = self._sources(support)
        said = [text for s in sources for text in (s.sentence, s.title or "")]
        unplaced = unstated_ordinal(parsed, plan, reply.items, said)
        if unplaced:
            kept = ranked_elsewhere(self.store, parsed, reply.items, {s.iri for s in sources})
            if not kept:
                return unplaced, ()
            reply = replace(reply, items=kept)
            sources, confidence = self._sources([t for item in kept for t in item.support])
        rated_items = [_rated(i, confidence) for i in reply.items]
        if rivals:  # "Did X command Crew-9?" where the articles name another commander too
            asked = _asked(rated_items[0], index)
            weighed = [asked, *(_rated(i, confidence) for i in rivals)]
            standing, no = seated_rivals(self.store, asked, weighed[1:], self.vocabulary, index)
            rated, disagree = ([no], f"The articles also give {asked.label} another seat on that flight, and "
                                     f"another person this one.") if no else \
                contested(asked, standing, self.vocabulary, index)
            rated_items = weighed
        else:
            worded = {r.prop.iri for r in parsed.relations}
            narrow = narrowest(self.store, self.vocabulary, index, rated_items, one=not want.many)
            narrow, unsettled = seated(self.store, narrow, self.vocabulary, index)
            rated, disagree = agreed(narrow, want, self.vocabulary, index, worded)
            disagree = disagree or unsettled
            rated, outweighed = self._outweighed(rated, index, worded)
            disagree = disagree or outweighed
        if not rated and disagree:
            return disagree, _stating(sources, rated_items)
        answers: tuple[Item, ...] = tuple(rated)
        if plan.articles:
            answers = tuple(_articles(sources))
        answers = tuple(rate_unrated(self.store, _named(self.store, answers), classes=want.classes,
                                     topic=plan.used[0][1].iri if plan.used else None,
                                     vocabulary=self.vocabulary, index=index))
        withheld = tuple(a for a in answers if a.confidence is not None and a.confidence < WITHHOLD)
        if withheld and len(withheld) == len(answers):
            return self._doubtful(parsed, plan, withheld, sources, index, want)
        answers = tuple(a for a in answers if a not in withheld)
        used = tuple(Reading(m.text, c.label, c.iri) for m, c in plan.used)
        alternatives = tuple(
            Reading(m.text, other.label, other.iri, _rephrase(parsed, m, other.label))
            for m, c in plan.used for other in m.candidates if other.iri != c.iri
        )
        notes = [n for n in (reply.note, disagree, _unsure(withheld, beside=True) if withheld else None) if n]
        for m, c in plan.used:
            others = [o.label for o in m.candidates if o.iri != c.iri]
            if others:
                notes.append(f"“{m.text}” could also mean {_or(others)}; I used {c.label}.")
            elif c.how == "fuzzy":
                notes.append(corrected(m.text, c.label))
        return Answer(
            question=parsed.text, answers=answers, sparql=sparql, template=plan.template, sources=tuple(sources),
            message=" ".join(notes) or None, entities=used, alternatives=alternatives, also=tuple(reply.also),
            expects=want.type, expects_item=want.item,
            corrected=tuple(Reading(m.text, c.label, c.iri) for m, c in plan.used if c.how == "fuzzy"),
            confidence=min((a.confidence for a in answers if a.confidence is not None), default=None),
            withheld=withheld,
        )

    def _doubtful(self, parsed: Parsed, plan: Plan, withheld: tuple[Item, ...], sources: Sequence[Source],
                  index: EntityIndex, want: Expected) -> Answer:
        """No answer when every answer found is more likely wrong than right: the reply says what
        the articles suggest, shows the sentences that state it as passages, and keeps the values
        apart from ``answers`` (a reader, or a benchmark, never takes them for an answer)."""
        why = _unsure(withheld)
        attempt = _Attempt(None, replace(plan, empty=why), [], why)
        return replace(self._unanswered(parsed, attempt, index, want, _stating(sources, withheld)),
                       disputed=False, withheld=withheld)

    def _outweighed(self, items: list[Item], index: EntityIndex, asked: Collection[str]) -> tuple[
            list[Item], str | None]:
        """The answers without those that rest on a fact the articles outweigh (a flight has
        one commander): "Which mission did X command?" leaves out a flight whose commander the
        articles state, with clearly more support, to be someone else, and "Who flew on it?"
        the one they outweigh; a value stated about as well as its rival keeps only its share
        of the confidence (see :func:`~kg.questions.checks.one_of`). Answers that are all values
        of the one such fact asked about are :func:`agreed`'s. One query per flight weighed."""
        pairs = {(t.subject, t.predicate) for i in items for t in i.support}
        if len(pairs) == 1 and next(iter(pairs))[1].value in asked and not any(
                i.support and i.iri == getattr(i.support[0].subject, "value", None) for i in items):
            return items, None
        weighed: dict[tuple[NamedNode, NamedNode], list[Item]] = {}
        for item in items:
            fact = item.support[0] if len(item.support) == 1 else None
            if fact is None or not isinstance(fact.subject, NamedNode) or not isinstance(fact.predicate, NamedNode) \
                    or item.iri not in (fact.subject.value, getattr(fact.object, "value", None)):
                continue
            prop = self.vocabulary.by_iri(fact.predicate.value)
            named = index.entities.get(fact.subject.value)
            if prop is not None and named is not None and not prop.single and prop.one_value_for(
                    flight_types(self.vocabulary, index, named.iri, named.types)):
                weighed.setdefault((fact.subject, fact.predicate), []).append(item)
        beaten: dict[str, str] = {}  # answer IRI -> why it is left out
        shared: dict[str, float] = {}  # answer IRI -> its share of the confidence among rivals
        for (subject, predicate), mine in weighed.items():
            rows = self.store.select(query_text("objects"), {"topic": subject, "p": predicate})
            values = list(dict.fromkeys(Triple(subject, predicate, row["o"]) for row in rows))
            if len(values) < 2:
                continue
            _, confidence = self._sources(values)
            best = max(values, key=lambda t: confidence.get(t, 0.0))
            shares = dict(zip(values, one_of([confidence.get(t, 0.0) for t in values]), strict=True))
            prop = self.vocabulary.by_iri(predicate.value)
            word = prop.word if prop else "value"
            flight = index.entities[subject.value].label if subject.value in index.entities else subject.value
            for item in mine:
                if not ahead(confidence.get(best, 0.0), confidence.get(item.support[0], 0.0)):
                    shared[item.iri or ""] = shares[item.support[0]]
                    continue
                name = index.entities[item.iri].label if item.iri in index.entities else item.label
                given = _row_label(rows, best.object)
                beaten[item.iri or ""] = (f"{name}, whose {word} the articles give as {given} with more support"
                                          if item.iri == subject.value else
                                          f"{name}, named as {flight}'s {word} where the articles give {given} "
                                          f"with more support")
        kept = [replace(i, confidence=min(i.confidence or 1.0, shared[i.iri or ""])) if (i.iri or "") in shared else i
                for i in items if (i.iri or "") not in beaten]
        return kept, f"Left out: {'; '.join(beaten.values())}." if beaten else None

    def _sentences(self, item: Item) -> list[str]:
        """The sentences an answer rests on."""
        return [s.sentence for s in self._sources(item.support)[0]]

    def _sources(self, support: Sequence[Triple]) -> tuple[list[Source], dict[Triple, float]]:
        """One sentence per article for the first facts an answer rests on, newest first: a
        few articles per fact, never all, so an answer's cost does not grow with how often its
        facts were reported. Of an article's sentences the one stating the most of these facts
        is shown (then the most confident, then the one stating the answer's earliest fact, so every
        backend shows the same). Facts that differ only in
        their object are looked up in one query. Also each fact's confidence: its articles are
        independent sources, so it is stated wrongly only if every one of them is wrong (1 - the
        product of their doubts, each article counted once at its most confident statement)."""
        groups: dict[tuple[object, object], list[Triple]] = {}
        ordered = list(dict.fromkeys(support))
        cite = set(ordered[:MAX_CITED_FACTS])
        place = {fact: k for k, fact in enumerate(ordered)}
        for triple in ordered[:MAX_RATED_FACTS]:
            groups.setdefault((triple.subject, triple.predicate), []).append(triple)
        about: dict[str, Mapping[str, Term]] = {}  # article -> a row with its title, URL and date
        said_in: dict[str, dict[str, tuple[set[str], float, int]]] = {}  # article -> sentence -> (facts,
        # confidence, the place among the answer's facts of the first it states)
        sure: dict[Triple, dict[str, float]] = {}  # fact -> article -> confidence
        stated: dict[str, bool] = {}  # article -> does it give a confidence for what it states
        for (subject, predicate), triples in groups.items():
            objects: list[Term] = [t.object for t in triples]  # type: ignore[misc]
            rows = self.store.select(query_text("sources"), {
                "s": subject, "p": predicate, "o": objects})  # type: ignore[dict-item]
            per_fact: dict[str, set[str]] = {}
            for row in rows:
                fact = str(row["o"])
                article = row["article"].value
                confident = float(row["confidence"].value) if "confidence" in row else 0.0
                if "confidence" in row:
                    said = sure.setdefault(Triple(subject, predicate, row["o"]), {})  # type: ignore[arg-type]
                    said[article] = max(said.get(article, 0.0), confident)
                if Triple(subject, predicate, row["o"]) not in cite:  # type: ignore[arg-type]
                    continue
                cited = per_fact.setdefault(fact, set())
                if article not in cited and len(cited) >= SOURCES_PER_FACT:
                    continue
                cited.add(article)
                about.setdefault(article, row)
                sentence = sentence_shown(row["text"].value, row["title"].value if "title" in row else None)
                stated[article] = stated.get(article, False) or "confidence" in row
                facts, best, first = said_in.setdefault(article, {}).get(sentence, (set(), 0.0, len(ordered)))
                stating = Triple(subject, predicate, row["o"])  # type: ignore[arg-type]
                said_in[article][sentence] = (facts | {f"{subject} {predicate} {fact}"}, max(best, confident),
                                              min(first, place.get(stating, first)))
        named_by = openings(self.store, [a for a, known in about.items() if "title" not in known])
        found = []
        for article, sentences in said_in.items():
            meta = about[article]
            sentence = max(sentences, key=lambda s: (len(sentences[s][0]), sentences[s][1], -sentences[s][2]))
            slug = slug_of_article(article)
            found.append(Source(
                article=slug, iri=article, sentence=sentence,
                title=article_name(meta["title"].value, slug) if "title" in meta else
                (article_name(None, slug, named_by[article]) if article in named_by else None),
                url=meta["url"].value if "url" in meta else None,
                published=meta["published"].value if "published" in meta else None,
                confidence=max((c for _, c, _ in sentences.values()), default=None) if stated.get(article) else None))
        confidence = {t: round(1 - math.prod(1 - c for c in by_article.values()), 3) for t, by_article in sure.items()}
        return sorted(found, key=lambda s: s.published or "", reverse=True), confidence

    def _unanswered(self, parsed: Parsed, attempt: _Attempt, index: EntityIndex, want: Expected,
                    shown: tuple[Passage, ...] = ()) -> Answer:
        """No answer: say why, and suggest what might work. The one place an unanswered
        :class:`Answer` is built. Its passages are ``shown`` (the sentences of a conflict), else
        those the full-text index finds for the question."""
        suggestions: list[str] = []
        plan = attempt.empty
        topic = parsed.mentions[0].best if parsed.mentions else None
        if parsed.pronoun and not parsed.mentions:
            message = (f"I cannot tell who “{parsed.pronoun}” is; ask again with a name.")
        elif parsed.unknown_names and not parsed.mentions and not (plan is not None and plan.final):
            names = ", ".join(f"“{n}”" for n in parsed.unknown_names)
            message = f"The graph knows nothing called {names}."
            for name in parsed.unknown_names:
                suggestions += [f"Did you mean {e.label}?" for e in index.suggest(name, 3)]
        elif plan is not None:
            message = missing(parsed, plan.empty, attempt.dropped, want, attempt.note)
            message = " ".join([*(corrected(m.text, m.best.label) for m in parsed.mentions
                                  if m.best.how == "fuzzy"), message])
        elif parsed.mentions and not parsed.relations and parsed.unexplained:
            assert topic is not None
            words = " ".join(parsed.unexplained)
            message = f"I know {topic.label}, but not what “{words}” means here: no relation in the " \
                      f"ontology uses these words."
        elif not parsed.mentions and (scope := scope_of(parsed)) is not None and not scope.names:
            message = f"The graph does not record who is among the {scope.word}, so it cannot count or list them."
        elif parsed.relations and not parsed.mentions:
            message = f"Whose {parsed.relations[0].prop.word}? Name someone or something from the graph."
        elif parsed.unknown_names:
            known = ", ".join(dict.fromkeys(m.best.label for m in parsed.mentions))
            message = f"I know {known}, but the graph knows nothing called " \
                      f"{', '.join(f'“{n}”' for n in parsed.unknown_names)}."
            for name in parsed.unknown_names:
                suggestions += [f"Did you mean {e.label}?" for e in index.suggest(name, 3)]
        elif parsed.mentions:
            known = ", ".join(dict.fromkeys(m.best.label for m in parsed.mentions))
            message = f"I know {known}, but could not read what the question asks."
        else:
            message = _NOTHING
        if _years(parsed) and parsed.mentions and not shown and attempt.note is None and not any(
                r.prop.kind in ("date", "number") for r in parsed.relations):
            year = min(_years(parsed))
            unchecked = (f"The question limits its answer to {year}, and no date the articles give of what it asks "
                         "says which answer was then.")
            message = unchecked if message == _NOTHING else f"{message} {unchecked}"
        examples = self.examples(about=topic.iri if topic else None)
        suggestions += [q for q in examples if q != parsed.text]
        return Answer(question=parsed.text, message=message, suggestions=tuple(dict.fromkeys(suggestions))[:8],
                      entities=tuple(Reading(m.text, m.best.label, m.best.iri) for m in parsed.mentions),
                      corrected=tuple(Reading(m.text, m.best.label, m.best.iri) for m in parsed.mentions
                                      if m.best.how == "fuzzy"),
                      expects=want.type, expects_item=want.item, also=attempt.named if want.item == "count" else (),
                      passages=shown or related(self.store, parsed.text), disputed=bool(shown))

    # ------------------------------------------------------------------ examples

    def _answers(self, question: str) -> bool:
        """Does the graph answer this question (examples must work)?"""
        parsed = self.read(question)
        found = self._attempt(parsed, Context(self.vocabulary, self.index()), expected(parsed, self.vocabulary)).found
        return found is not None and found[1].settled

    def examples(self, limit: int = 6, *, about: str | None = None) -> list[str]:
        """Questions the graph can answer, made from the ontology's example questions and
        the facts it holds; checked once per graph change by answering them. With
        ``about``, the example questions whose property that entity has facts through."""
        self.index()
        cache = self._cache
        if not cache.examples:
            cache.examples, cache.working = self._examples()
        if about is None:
            return cache.examples[:limit]
        named = self.index().entities.get(about)
        if named is None:
            return []
        rows = self.store.select(query_text("properties"), {"s": NamedNode(about)})
        has = {row["p"].value for row in rows}
        return [p.examples[0].format(subject=named.label) for p in self.vocabulary.askable()
                if p.name in cache.working and "{object}" not in p.examples[0] and has & set(p.family)][:limit]

    def _examples(self) -> tuple[list[str], set[str]]:
        """One working example question per property, and the properties that have one."""
        questions: list[str] = []
        working: set[str] = set()
        pairs: set[tuple[str, str]] = set()  # "sibling" repeats "twin": one example per pair of names
        for prop in self.vocabulary.askable():
            if not prop.examples:
                continue
            rows = self.store.select(query_text("example"), {"p": [NamedNode(i) for i in prop.family]})
            for row in rows:
                obj = row["objectLabel"].value if "objectLabel" in row else row["o"].value
                question = prop.examples[0].format(subject=row["label"].value, object=obj)
                if self._answers(question):
                    working.add(prop.name)
                    if (row["label"].value, obj) not in pairs:
                        questions.append(question)
                        pairs.add((row["label"].value, obj))
                    break
        return _spread(questions), working


@dataclass(frozen=True)
class _Attempt:
    """What running the templates gave: the winning plan with its reply and SPARQL, or the
    plan whose failure explains best why there is no answer, and answers of the wrong type."""

    found: tuple[Plan, Reply, str] | None
    empty: Plan | None
    dropped: list[Item]
    note: str | None = None  # why a plan that found rows gave no answer
    named: tuple[Item, ...] = ()  # what that plan's articles name without answering (a count they do not state)


def _also_fits(item: Item, want: Expected, ctx: Context) -> bool:
    """Other values shown beside an answer are of its type too (a count lists what it counted)."""
    return want.item in ("count", "yes/no", "description", "article") or fits(item, want, ctx.index)


def _spread(questions: list[str]) -> list[str]:
    """Example questions in an order that does not start with five about one person."""
    by_subject: dict[str, list[str]] = {}
    for q in questions:
        by_subject.setdefault(re.sub(r"\W+", " ", q).split(" ", 3)[-1], []).append(q)
    out: list[str] = []
    groups = list(by_subject.values())
    while any(groups):
        for group in groups:
            if group:
                out.append(group.pop(0))
    return out


def answer(store: Store, nlp: Language, question: str) -> Answer:
    """Answer one question (builds the index: for many questions keep an :class:`Asker`)."""
    return Asker(store, nlp).answer(question)


def _build_index(store: Store) -> EntityIndex:
    names = store.select(query_text("names"))
    aliases = store.select(query_text("aliases"))
    weights = store.select(query_text("weights"))
    alias_of: dict[str, list[str]] = {}
    for row in aliases:
        alias_of.setdefault(row["e"].value, []).append(row["alias"].value)
    weight = {row["e"].value: int(row["n"].value) for row in weights}
    entities: dict[str, Named] = {}
    for row in names:
        iri = row["e"].value
        if iri in entities:
            continue
        entities[iri] = Named(iri, row["label"].value, tuple(row["types"].value.split()) if "types" in row else (),
                              tuple(alias_of.get(iri, ())), weight.get(iri, 0))
    return EntityIndex(entities.values())


def _resolve_pronoun(parsed: Parsed, index: EntityIndex, about: Sequence[str]) -> Parsed:
    """Let "he"/"she"/"it" stand for the entity the conversation is about."""
    if not parsed.pronoun or parsed.mentions:
        return parsed
    known = [index.entities[i] for i in about if i in index.entities]
    if not known:
        return parsed
    at = next(t.i for t in parsed.tokens if t.lower == parsed.pronoun)
    mention = Mention(at, at + 1, parsed.tokens[at].text, tuple(Candidate(e.iri, e.label, "label", 100.0)
                                                                 for e in known))
    return replace(parsed, mentions=(mention,), pronoun=None,
                   describe=not parsed.relations and not parsed.unexplained)


def _years(parsed: Parsed) -> set[int]:
    """The years a question names ("How old was she in 1998?")."""
    return set(parsed.years)


def _aged_in(years: set[int], reply: Reply) -> Reply:
    """An age asked in a year is an age the articles date in that year: an undated age (given on
    an article's date) or one of another year is not it."""
    ages = [i for i in _distinct_values(i for i in (*reply.items, *reply.also) if i.kind == "number")
            if year_of(i.as_of or "") in years]
    if len(ages) == 1:
        return Reply(ages)
    listed = ", ".join(sorted(str(y) for y in years))
    return Reply([], note=_several_ages(ages) if ages else f"The articles date no age in {listed}.")


#: Words that place a question at a time without a year ("on his 93rd birthday").
_TIMES = {"birthday", "anniversary", "recently", "lately", "ago", "today", "yesterday"}


def _death_asked(parsed: Parsed) -> bool:
    """Does the question place its age at a death ("when he died", "at her death", "when she
    passed away")?"""
    lemmas = [t.lemma.lower() for t in parsed.tokens]
    return bool({"die", "death"} & set(lemmas)) or any(
        a == "pass" and b == "away" for a, b in zip(lemmas, lemmas[1:], strict=False))


def _perfect(parsed: Parsed) -> bool:
    """Is the question in the present perfect ("Who have been X's wives?", "Who has she worked
    for?"): about everything up to now, what is no longer true included?"""
    return any(t.lower in ("has", "have", "'ve") and t.dep.startswith("aux") for t in parsed.tokens)


def _timed(parsed: Parsed) -> bool:
    """Does the question name a time ("in 2023", "on his 93rd birthday", "last year")?"""
    return bool(parsed.numbers) or any(
        t.lemma in _TIMES or any(c.isdigit() for c in t.text) or t.lower == "last" and t.i + 1 < len(parsed.tokens)
        and parsed.tokens[t.i + 1].lemma in ("year", "month", "week") for t in parsed.tokens)


#: words that ask an age at a flight ("how old was X on his flight?", "when she flew")
_FLYING = {"fly", "flight", "spaceflight", "launch", "mission", "lift", "blast"}


def _several_ages(ages: Sequence[Item]) -> str:
    listed = ", ".join(a.label for a in ages)
    return f"The articles give several ages ({listed}) and do not say which was at that time."


def _distinct_values(items: Iterable[Item]) -> list[Item]:
    seen: dict[object, Item] = {}
    for item in items:
        seen.setdefault(item.value, item)
    return list(seen.values())


def _unsure(withheld: Sequence[Item], *, beside: bool = False) -> str:
    """What a reply says of answers withheld as too unsure, alone or ``beside`` answers given."""
    shown = ", ".join(i.label for i in withheld[:5])
    sure = min(i.confidence or 0.0 for i in withheld)
    if beside:
        return f"Left out {shown}: the articles suggest it too, but not surely enough (confidence {sure:.2f})."
    return (f"The articles suggest {shown}, but not surely enough to answer (confidence {sure:.2f}, below "
            f"{WITHHOLD}); the passages show where.")


def _rated(item: Item, confidence: dict[Triple, float]) -> Item:
    """The item with the confidence of its least certain fact (of those looked up): an answer
    that rests on a chain of facts is as sure as its weakest link. A corroborated answer rests
    on each of its facts alone, so it is wrong only if every one of them is."""
    known = [confidence[t] for t in item.support if t in confidence]
    if not known:
        return item
    sure = round(1 - math.prod(1 - c for c in known), 3) if item.corroborated else min(known)
    return replace(item, confidence=sure)


def _row_label(rows: Iterable[Mapping[str, Term]], term: object) -> str:
    """The label a query gave ``term`` (its IRI's last part when it gave none)."""
    for row in rows:
        if row.get("o") == term and "label" in row:
            return str(row["label"].value)
    text = getattr(term, "value", str(term))
    return str(text).rsplit("/", 1)[-1].replace("_", " ")


def _asked(yes: Item, index: EntityIndex) -> Item:
    """The value a yes/no question asks about, as an answer: the object of the stated link."""
    obj = yes.support[0].object
    iri = obj.value if isinstance(obj, NamedNode) else str(obj)
    named = index.entities.get(iri)
    return replace(yes, label=named.label if named else iri, value=iri, iri=iri, kind="entity")


def _stating(sources: Iterable[Source], items: Sequence[Item]) -> tuple[Passage, ...]:
    """The sentences stating rival values, as passages with the values (or their last word,
    "Cardman" for "Zena Cardman") marked, most confident first. Each distinct name's patterns
    are made once, not once per sentence (a dispute can weigh hundreds of values)."""
    names = {i.label: _name_patterns(i.label) for i in items}
    found: list[Passage] = []
    for source in sources:
        spans = {label: _span(source.sentence, patterns) for label, patterns in names.items()}
        said = [i for i in items if spans[i.label] is not None]
        marks = sorted({span for span in spans.values() if span is not None})
        found.append(Passage(source.article, source.iri, source.title, source.sentence,
                             max((i.confidence or 0.0 for i in said), default=0.0), tuple(marks)))
    return tuple(sorted(found, key=lambda p: -p.score))


def _name_patterns(label: str) -> tuple[re.Pattern[str], ...]:
    """Whole-word patterns, ignoring case, for a name and then for its last word."""
    words = label.split()
    return tuple(re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE)
                 for w in dict.fromkeys((label, words[-1] if words else label)))


def _span(sentence: str, patterns: Sequence[re.Pattern[str]]) -> tuple[int, int] | None:
    """Where the first of a name's patterns that matches is in a sentence."""
    for pattern in patterns:
        at = pattern.search(sentence)
        if at:
            return at.span()
    return None


def _named(store: Store, items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items, with articles that are answered by their IRI (they have no title) named by
    their id or URL, else their first words."""
    untitled = {i.iri for i in items if i.kind == "article" and i.iri and i.label == i.iri}
    if not untitled:
        return items
    named_by = openings(store, untitled)
    return tuple(replace(i, label=article_name(None, slug_of_article(i.iri), named_by.get(i.iri)))
                 if i.iri in untitled and i.iri else i for i in items)


def _articles(sources: Iterable[Source]) -> list[Item]:
    """The articles that state an answer's facts, each as sure as its surest statement of them."""
    seen: dict[str, Item] = {}
    for s in sources:
        seen.setdefault(s.iri, Item(s.title or s.article, s.article, s.iri, kind="article", confidence=s.confidence))
    return list(seen.values())


def _rephrase(parsed: Parsed, mention: Mention, label: str) -> str:
    tokens = parsed.tokens
    before = "".join(t.text + t.space for t in tokens[:mention.start])
    after = "".join(t.text + t.space for t in tokens[mention.end:])
    gap = tokens[mention.end - 1].space if mention.end - 1 < len(tokens) else ""
    return (before + label + gap + after).strip()


def _or(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


#: the relations of an office held, which an article may state as held later ("future director A"):
#: a trade or a first is no office
_OFFICE_FACTS = {str(AKG.jobTitle), str(AKG.leader), str(AKG.employer)}
_JOB_TITLE = str(AKG.jobTitle)


def _only(modes: Mapping[Triple, set[str]], modality: str | tuple[str, ...]) -> set[Triple]:
    """The facts every article states with the modality (a local name: "Planned", "Former"), or
    with one of several."""
    return {f for f, said in modes.items() if all(m.endswith(modality) for m in said)}
