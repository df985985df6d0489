"""Relations between the entities of a sentence, each mapped to an ontology property.

This module is the one place where rules are registered: :data:`TRIGGERS` says which words
start which rule, :data:`SENTENCE_RULES` which rules read every sentence. The rules live in
:mod:`extract.rules`, one module per topic (lives, careers, family, flights, places,
identifiers). Triggers are found by a :class:`~spacy.matcher.PhraseMatcher` and a
:class:`~spacy.matcher.Matcher` (one pass in C over the document each); the rules then read
the dependency parse around the trigger. Facts are :class:`~extract.components.found.Found` records;
:mod:`extract.assemble` turns them into :class:`~extract.facts.Fact` records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans, registry

from extract.components.context import Context, guarded
from extract.components.sentences import indexed
from extract.frames.chain import keep_precise, share_launches
from extract.frames.engine import readers
from extract.frames.lexicon import frames, words
from extract.frames.mood import stated
from extract.patterns import read_jsonl
from extract.rules import (
    aboard,
    altitudes,
    careers,
    classes,
    common,
    crew,
    crew_sizes,
    descriptors,
    docking,
    family,
    flights,
    hatch,
    identifiers,
    infobox,
    lifecycle,
    naming,
    orbit_counts,
    places,
    prices,
    replacements,
    trips,
)


@registry.misc("astrokg.roles.v1")  # type: ignore[untyped-decorator]
def role_terms() -> list[dict[str, Any]]:
    """Occupations, job titles and crew roles, with what kind of word each is."""
    return [dict(r) for r in read_jsonl("roles")]


def _forms(*stems: str) -> list[str]:
    """A verb's forms from its stem and irregular forms given after it ("choose", "chose")."""
    out: list[str] = []
    for stem in stems:
        out.append(stem)
        if stem.isalpha() and " " not in stem:
            base = stem[:-1] if stem.endswith("e") else stem
            out += [stem + "s", base + "ed", base + "ing"]
    return out


Rule = Callable[[Context, Token, Span], None]

#: the event frames of extract/patterns/frames.jsonl, one reader each
FRAMES = readers(frames())


@dataclass(frozen=True)
class Trigger:
    """A rule and what starts it: words and phrases (matched lower-cased), verbs by their
    lemmas ("lift off" matches "lifted off"), or token patterns. A word alone goes in ``words``,
    never in a pattern: the token matcher tries every pattern at every word of a document, and
    a document's words are looked up in the phrase matcher at once."""

    rule: Rule
    words: list[str] = field(default_factory=list)
    patterns: list[list[dict[str, Any]]] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)


#: trigger name -> rule and the words that start it
TRIGGERS: dict[str, Trigger] = {
    "FROM": Trigger(lifecycle.origin, ["from"]),
    "AGE": Trigger(lifecycle.age, patterns=[
        [{"LOWER": "age"}, {"LOWER": "of"}, {"LIKE_NUM": True}], [{"LOWER": "aged"}, {"LIKE_NUM": True}],
        [{"IS_SENT_START": True, "LOWER": "at"}, {"IS_DIGIT": True}, {"TEXT": ","}],
        [{"IS_SENT_START": True, "LOWER": "at"}, {"LOWER": "age"}, {"IS_DIGIT": True}, {"TEXT": ","}],
        [{"LIKE_NUM": True}, {"TEXT": "-"}, {"LOWER": "year"}, {"TEXT": "-"}, {"LOWER": "old"}],
        [{"TEXT": ","}, {"IS_DIGIT": True}, {"TEXT": {"IN": [",", ";", "."]}}],  # "A, 29; B, 35; and C, 41."
        [{"TEXT": ","}, {"LOWER": "now"}, {"IS_DIGIT": True}, {"TEXT": {"IN": [",", "."]}}],  # "Haise, now 86,"
        [{"TEXT": ","}, {"LOWER": {"IN": ["both", "all"]}}, {"IS_DIGIT": True}, {"TEXT": ","}],  # "A and B, both 34,"
        [{"LOWER": {"IN": ["was", "is"]}}, {"IS_DIGIT": True}, {"IS_PUNCT": True}],
        [{"LOWER": {"IN": ["was", "is"]}}, {"LOWER": {"IN": ["only", "just", "barely"]}, "OP": "?"},
         {"IS_DIGIT": True}, {"LOWER": "years"}, {"LOWER": "old"}, {"IS_PUNCT": True}],
        [{"LEMMA": "turn"}, {"IS_DIGIT": True}]]),
    "SINCE": Trigger(careers.flyer_since, patterns=[
        [{"LOWER": {"IN": ["astronaut", "cosmonaut", "taikonaut"]}}, {"LOWER": "since"},
         {"IS_DIGIT": True, "LENGTH": 4}]]),
    "BIRTHDAY": Trigger(lifecycle.birthday, ["birthday"]),
    "BORN_SHORT": Trigger(lifecycle.born_short, patterns=[[{"ORTH": "("}, {"LOWER": "b."}]]),
    "EDU": Trigger(careers.education, _forms("graduate", "earn", "receive", "study", "attend", "obtain", "hold")
                   + ["got", "gets", "get", "studied", "studies", "alma", "went to", "goes to", "held", "alumnus",
                      "alumna", "enrolled", "enrols", "enrolls", "enrolling", "graduation"],
                   patterns=[  # "has an astronomy doctorate": only a "have" a degree follows
                       [{"LOWER": {"IN": ["has", "have", "had"]}}, {"OP": "?"}, {"OP": "?"},
                        {"LOWER": {"IN": sorted(careers.DEGREE_NOUNS)}}]]),
    "STUDENT": Trigger(careers.student, careers.STUDENTS, patterns=[
        [{"LOWER": {"IN": ["her", "his", "their"]}}, {"LOWER": {"IN": ["first", "second", "third", "fourth", "final",
                                                                       "last"]}}, {"LOWER": "year"}]]),
    "AWARD": Trigger(careers.award, ["awards", "medals", "honours", "honors", "award", "awarded", "win", "wins",
                                     "won", "received", "receive", "receives"]),
    "FOUNDER": Trigger(careers.founder, careers.FOUNDING),
    "CHIEF": Trigger(careers.chief, ["chief of the astronaut office"]),
    "KIN": Trigger(family.kin, ["wife", "husband", "spouse", "married", "marry", "marries", "marrying", "wed",
                                "weds", "wedded", "girlfriend",
                                "boyfriend", "partner", "fiancee", "fiancée", "fiance", "fiancé", "twin", "brother",
                                "sister"]),
    "LINEAGE": Trigger(family.lineage, sorted(family.LINEAGE)),
    "SEAT": Trigger(crew.seat, crew.words()),
    "VETERAN": Trigger(crew.veteran, ["veteran"]),
    "BACKUP": Trigger(flights.backup, ["backup pilot", "backup crew", "backup commander", "back-up pilot"]),
    "OPERATE": Trigger(flights.operate, _forms("operate")),
    **{f"FRAME_{name}": Trigger(reader, words(reader.frame), [list(p) for p in reader.frame.patterns],
                                list(reader.frame.verbs)) for name, reader in FRAMES.items()},
    "FERRY": Trigger(flights.ferry, _forms("bring", "carry") + ["brought", "carried", "carries"]),
    "CREW": Trigger(flights.crew, ["crew", "passengers", "included"]),
    "TITLED_CREW": Trigger(flights.titled_crew, flights.FLYERS),
    "ABOARD": Trigger(aboard.aboard, ["aboard", "onboard", "on board", *aboard.INSIDE_WORDS]),
    "TRIP": Trigger(trips.trip, trips.TRIPS),
    "JOINED": Trigger(aboard.joined, ["joined", "join", "joins"]),
    "ACCOMPANIED": Trigger(aboard.accompanied, _forms("accompany") + ["accompanied", "accompanies"]),
    "WITH_THEM": Trigger(aboard.with_them, ["with them", "with him", "with her"]),
    "ALONGSIDE": Trigger(aboard.going_alongside, ["alongside"]),
    "CLASS_LIST": Trigger(classes.class_list, [":"]),
    "CLASS_SIZE": Trigger(classes.class_size, patterns=[
        [{"LIKE_NUM": True}, {"LOWER": "new", "OP": "?"}, {"LOWER": {"IN": ["astronaut", "cosmonaut"]}, "OP": "?"},
         {"LOWER": {"IN": list(classes.RECRUITS)}}],
        [{"LOWER": "dozen"}, {"LOWER": "new", "OP": "?"}, {"LOWER": {"IN": ["astronaut", "cosmonaut"]}, "OP": "?"},
         {"LOWER": {"IN": list(classes.RECRUITS)}}]]),
    "NAMED_CRAFT": Trigger(naming.named_craft, ["named", "christened", "dubbed"]),
    "DAYS": Trigger(flights.days, patterns=[
        [{"LIKE_NUM": True}, {"LOWER": {"IN": ["cumulative", "consecutive", "total"]}, "OP": "?"},
         {"LOWER": {"IN": ["days", "day", "minutes", "minute", "hours", "hour", "months"]}}],
        [{"LIKE_NUM": True}, {"TEXT": "+"}, {"LOWER": "days"}],
        [{"LIKE_NUM": True}, {"TEXT": "-"}, {"LOWER": {"IN": ["day", "month", "hour", "minute"]}}, {"OP": "?"},
         {"LOWER": {"IN": sorted(common.STAYS)}}]]),
    "ORBITS": Trigger(orbit_counts.orbits, ["once", "twice"], patterns=[
        [{"LIKE_NUM": True}, {"LOWER": "earth", "OP": "?"}, {"LOWER": {"IN": list(orbit_counts.ORBIT_NOUNS)}}],
        [{"LIKE_NUM": True}, {"LOWER": "times"}], [{"LIKE_NUM": True}, {"TEXT": "-"}, {"LOWER": "orbit"}]]),
    "CREW_SIZE": Trigger(crew_sizes.stated_size, list(crew_sizes.COUNTED), patterns=[
        [{"LOWER": "crew"}, {"LOWER": "of"}, {"LIKE_NUM": True}],
        [{"LIKE_NUM": True}, {"TEXT": "-", "OP": "?"}, {"LOWER": {"IN": list(crew_sizes.PERSON_WORDS)}}],
        [{"LOWER": {"IN": ["the", "all", "its", "their"]}}, {"LIKE_NUM": True},
         {"LOWER": {"IN": list(crew_sizes.GROUP_NOUNS)}}],
        [{"IS_SENT_START": True, "LIKE_NUM": True}, {"LOWER": {"IN": list(crew_sizes.GROUP_NOUNS)}}],
        [{"LOWER": {"IN": ["the", "all", "its", "their"]}}, {"LIKE_NUM": True}, {"LOWER": "crew"},
         {"LOWER": {"IN": ["members", "mates"]}}],
        [{"LEMMA": {"IN": list(crew_sizes.CARRY_VERBS)}}, {"LIKE_NUM": True},
         {"LOWER": {"IN": [*crew_sizes.GROUP_NOUNS, "crew"]}}],
        [{"LOWER": "with"}, {"LIKE_NUM": True}, {"LOWER": {"IN": list(crew_sizes.GROUP_NOUNS)}},
         {"LOWER": {"IN": ["aboard", "onboard"]}}]]),
    "LEADER": Trigger(places.leader, ["leader", "president", "represented", "represents", "representative",
                                      "senator", "senators", "governor"]),
    "PARTOF": Trigger(places.part_of, ["part of"]),
    "PRICE": Trigger(prices.price, sorted(prices.CURRENCIES)),
    "DOCKED_AT": Trigger(docking.docked, lemmas=["dock", "couple", "link"]),
    "OUT_OF": Trigger(hatch.out_of, ["out of"]),
    "ALTITUDE": Trigger(altitudes.altitude, ["altitude", "apogee"]),
    "REPLACED": Trigger(replacements.replaced, ["replacement", "replacements"], patterns=[
        [{"LEMMA": "take"}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"},
         {"LOWER": {"IN": sorted(replacements.PLACE_NOUNS)}}]], lemmas=sorted(replacements.REPLACE_VERBS)),
}

#: rules that read every sentence, in order
SENTENCE_RULES: tuple[Callable[[Context, Span], None], ...] = (
    places.nationality, places.located, careers.member_of, careers.serves, lifecycle.named_of, descriptors.descriptors,
    identifiers.cospar, identifiers.aka,
)


@Language.factory(
    "astrokg_relations",
    assigns=["doc._.astrokg_facts"],
    requires=["doc.ents", "doc._.astrokg_clusters", "doc._.astrokg_dates"],
    default_config={"roles": {"@misc": "astrokg.roles.v1"}},
)
def make_relation_finder(nlp: Language, name: str, roles: list[dict[str, Any]]) -> RelationFinder:
    return RelationFinder(nlp, name, roles)


def _first_word_split(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """A token pattern as patterns that match the same, its first token's ``{"IN": [...]}`` sets
    split into one plain value each: the matcher tries every pattern's first token at every
    word of a document, and a set is tested by a Python call there, a plain value in C.

    >>> _first_word_split([{"LOWER": {"IN": ["was", "is"]}}, {"IS_DIGIT": True}])
    [[{'LOWER': 'was'}, {'IS_DIGIT': True}], [{'LOWER': 'is'}, {'IS_DIGIT': True}]]
    """
    first, rest = pattern[0], pattern[1:]
    sets = [k for k, v in first.items() if isinstance(v, dict) and set(v) == {"IN"}]
    if not sets or "OP" in first:
        return [pattern]
    firsts = [first]
    for k in sets:
        firsts = [{**f, k: value} for f in firsts for value in dict.fromkeys(first[k]["IN"])]
    return [[f, *rest] for f in firsts]


class RelationFinder:
    """Finds relations with trigger words and the parse (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, roles: list[dict[str, Any]]) -> None:
        self.name = name
        self.matcher = Matcher(nlp.vocab)
        self.triggers = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")
        for key, trigger in TRIGGERS.items():
            if trigger.patterns:
                self.matcher.add(key, [one for p in trigger.patterns for one in _first_word_split(p)])
            if trigger.words:
                self.triggers.add(key, [nlp.make_doc(w) for w in trigger.words])
            if trigger.lemmas:
                self.lemmas.add(key, [Doc(nlp.vocab, words=w.split(), lemmas=w.split()) for w in trigger.lemmas])
        self.handlers: dict[str, Rule] = {key: trigger.rule for key, trigger in TRIGGERS.items()}
        self.order = {key: i for i, key in enumerate(TRIGGERS)}  # rules of one span run in this order
        self.roles = {r["term"]: r for r in roles}
        self.role_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for term in self.roles:
            self.role_matcher.add(term, [nlp.make_doc(term), nlp.make_doc(term + "s")])

    def __call__(self, doc: Doc) -> Doc:
        with indexed(doc):  # the rules ask each word's sentence tens of times
            self._read(doc)
        return doc

    def _read(self, doc: Doc) -> None:
        ctx = Context(doc, roles=self.roles)
        ctx.facts = []
        vocab = doc.vocab.strings
        matches = sorted([*self.triggers(doc), *self.lemmas(doc), *self.matcher(doc)],
                         key=lambda m: (m[1], self.order[vocab[m[0]]], -m[2]))  # a rule's longest phrase at a
        # word: "walk in space", not the "walk" inside it
        done: set[tuple[int, int]] = set()
        for key, start, end in matches:
            if (key, start) in done:  # one rule per word, however many of its patterns match
                continue
            done.add((key, start))
            span = doc[start:end]
            if stated(ctx, span[0]) is None:  # negated, supposed or quoted: no fact
                continue
            guarded(self.handlers[vocab[key]], ctx, span[0], span)
        for span in filter_spans([doc[s:e] for _, s, e in self.role_matcher(doc)]):
            guarded(careers.role, ctx, span)
        for sent in doc.sents:
            for rule in SENTENCE_RULES:
                guarded(rule, ctx, sent)
        guarded(infobox.read, ctx)  # before the readings that ask for a flight's crew
        for again, tok, span in ctx.later:
            guarded(again, ctx, tok, span)
        guarded(share_launches, ctx)  # last: a flight's launch is its crew's, once the crews are known
        guarded(keep_precise, ctx)  # and of a person's sites, the most precise
        guarded(infobox.landing_crews, ctx)  # and those a craft brought home, who are none of the crew it took up
        ctx.save()
