"""Relations that only Text2KGBench asks for: state symbols (bird, fossil, gemstone), mascots,
UTC offsets, affiliations ("competes in", "affiliated with"), award precedence, the
country of birth as nationality, and the town someone is from as their birthplace.

News about spaceflight never states these, and a news sentence that happens to match them
("the mission's mascot is a plush penguin") would only add noise to the graph, so the
component sits in every pipeline switched off; :func:`enabled` switches it on for the
duration of a benchmark run (``kg text2kg``). It reads the same clusters as the relation
component and adds its facts to ``doc._.astrokg_facts``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from extract.components.context import Context, entity, guarded, span_of, value
from extract.frames.about import about
from extract.rules.common import COUNTRIES, char_span, distinct, recent
from extract.rules.places import described_place

NAME = "astrokg_benchmark"
VERSION = "benchmark/1"

#: a place's or a school's attribute noun -> the property it names
_ATTRIBUTES = {"bird": "stateBird", "fossil": "stateFossil", "gemstone": "stateGemstone", "mascot": "mascot",
               "president": "president", "leader": "leader"}
_UTC = re.compile(r"\bUTC ?([+\-−]) ?(\d{1,2}(?::\d\d)?)")


def attribute(ctx: Context, tok: Token, span: Span) -> None:
    """"The state bird of Texas is the mockingbird", "Texas's state fossil is ...",
    "a school whose mascot is ...": a symbol or mascot of a place or school."""
    noun = span[-1]
    prop = _ATTRIBUTES[noun.lower_]
    owner = None
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of"):
            owner = next((ctx.cluster(t) for t in child.subtree if ctx.cluster(t) is not None), owner)
        if child.dep_ == "poss" and child.lower_ == "whose":
            owner = ctx.cluster(noun.head.head) if noun.head.dep_ == "relcl" else owner
    if owner is None and any(c.lower_ == "its" for c in noun.children):
        owner = recent(ctx, noun, "PLACE", "SCHOOL", "ORG", "AGENCY")
    whose = next((c for c in noun.children if c.lower_ == "whose"), None)
    if owner is None and whose is not None:  # the name just before "whose"
        before = [t for t in ctx.doc[max(whose.sent.start, whose.i - 3):whose.i] if ctx.cluster(t) is not None]
        owner = ctx.cluster(before[-1]) if before else None
    verb = noun.head
    if owner is None or verb.lemma_ != "be":
        return
    other = next((c for c in verb.children if c.dep_ in ("attr", "nsubj", "acomp") and c.i != noun.i), None)
    if other is None:
        return
    found = ctx.cluster(other)
    obj = entity(found) if found is not None else {"thing": _phrase(other)}
    ctx.add(owner, prop, obj, span_of(noun, other), rule=f"{VERSION}:attribute", confidence=0.7)


def _phrase(tok: Token) -> str:
    """A noun phrase's words without its article: "the Northern mockingbird" -> "Northern mockingbird"."""
    words = [t for t in tok.subtree if t.dep_ not in ("det", "punct", "relcl", "acl") and t.i <= tok.i]
    return " ".join(t.text for t in words) or tok.text


def affiliation(ctx: Context, tok: Token, span: Span) -> None:
    """"X is affiliated with Y" (affiliation), "X competes in the Big 12 Conference"."""
    subject = next((ctx.cluster(c) for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                    and ctx.cluster(c) is not None), None)
    if subject is None and tok.dep_ in ("acl", "relcl"):
        subject = ctx.cluster(tok.head)
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "in")), None)
    if subject is None or prep is None:
        return
    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if target is None:
        return
    found = ctx.cluster(target)
    obj = entity(found) if found is not None else {"thing": _phrase(target)}
    prop = "competesIn" if tok.lemma_ == "compete" else "affiliation"
    ctx.add(subject, prop, obj, span_of(tok, target), rule=f"{VERSION}:{prop}", confidence=0.65)


def precedence(ctx: Context, tok: Token, span: Span) -> None:
    """"The Distinguished Service Medal ranks higher than the Department of Commerce Gold
    Medal": one award above another (the awards named nearest before and after the words)."""
    sent = tok.sent
    before = [c for t, c in ctx.in_sentence(sent, "AWARD") if t.i < span.start]
    after = [c for t, c in ctx.in_sentence(sent, "AWARD") if t.i >= span.end]
    if before and after and before[-1] != after[0]:
        ctx.add(before[-1], "outranks", entity(after[0]), span, rule=f"{VERSION}:precedence", confidence=0.7)


def born_in(ctx: Context, tok: Token, span: Span) -> None:
    """"Alan Bean was born in Wheeler, Texas, USA": the benchmark counts the country of birth
    as the nationality; news does not (a cosmonaut born in Soviet Turkmenistan is Russian)."""
    people = [p for p in about(ctx, tok).people if ctx.labels[p] == "PERSON"]
    if not people:
        return
    subject = people[0]
    places = [t for t in ctx.region(tok) if ctx.is_a(t, "PLACE") and t.i > span.start - 8
              and not described_place(ctx, t)]
    for c in distinct(ctx, places):
        if ctx.clusters[c]["name"] in COUNTRIES:
            ctx.add(subject, "nationality", entity(c), span, rule=f"{VERSION}:born", confidence=0.6)


def utc(ctx: Context, sent: Span) -> None:
    """"UTC-6": the time zone of the first place of the sentence."""
    for m in _UTC.finditer(sent.text):
        places = ctx.in_sentence(sent, "PLACE")
        if places:
            sign = "-" if m.group(1) in "-−" else "+"
            ctx.add(places[0][1], "utcOffset", value(sign + m.group(2)), char_span(sent, m),
                    rule=f"{VERSION}:utc", confidence=0.85)


Rule = Callable[[Context, Token, Span], None]

#: rule -> the words that start it (matched lower-cased)
TRIGGERS: tuple[tuple[Rule, tuple[str, ...]], ...] = (
    (attribute, ("bird", "fossil", "gemstone", "mascot", "state bird", "state fossil", "state gemstone",
                 "president", "leader")),
    (affiliation, ("affiliated", "affiliate", "competes", "compete", "competed")),
    (precedence, ("higher than", "ranks above", "ranked above", "ranking above", "outranks", "outranked",
                  "above the")),
    (born_in, ("born",)),
)


@Language.factory(NAME, assigns=["doc._.astrokg_facts"],
                  requires=["doc._.astrokg_facts", "doc._.astrokg_clusters"], default_config={})
def make_benchmark_finder(nlp: Language, name: str) -> BenchmarkFinder:
    return BenchmarkFinder(nlp, name)


class BenchmarkFinder:
    """Finds the benchmark-only relations (see the module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for number, (_, words) in enumerate(TRIGGERS):
            self.matcher.add(str(number), [nlp.make_doc(w) for w in words])

    def __call__(self, doc: Doc) -> Doc:
        ctx = Context(doc)
        vocab = doc.vocab.strings
        for key, start, end in sorted(self.matcher(doc), key=lambda m: (m[1], m[2])):
            span = doc[start:end]
            guarded(TRIGGERS[int(vocab[key])][0], ctx, span[0], span)
        if ctx.says(_UTC):
            for sent in doc.sents:
                guarded(utc, ctx, sent)
        hometowns = [f for f in ctx.facts if f.predicate == "hometown" and f.rule.endswith(":from")]
        for f in hometowns:  # "X is from Zaoyang": the benchmark counts the town as the birthplace
            ctx.facts.append(replace(f, predicate="birthPlace", rule=f"{VERSION}:from"))
        ctx.save()
        return doc


def add_disabled(nlp: Language) -> None:
    """Put the component at the end of a pipeline, switched off (news never runs it)."""
    nlp.add_pipe(NAME)
    nlp.disable_pipe(NAME)


@contextmanager
def enabled(nlp: Language) -> Iterator[Language]:
    """The pipeline with the benchmark relations switched on, and off again afterwards (a
    pipeline without the component gets it for good, switched off after use)."""
    if NAME not in nlp.component_names:
        add_disabled(nlp)
    nlp.enable_pipe(NAME)
    try:
        yield nlp
    finally:
        nlp.disable_pipe(NAME)
