"""A read-only view of one parsed document for the rule components: which cluster each
token names (by a name or a reference), which date it is part of, and the small
dependency walks the rules share. Built once per document per component, in linear time.
"""

from __future__ import annotations

import logging
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from extract import extensions
from extract.components.captions import is_caption
from extract.components.found import DateMention, DateRef, Found, Obj, Ref, Val, as_obj, from_plain, to_plain
from extract.components.lists import list_before

#: words that make a clause a plan rather than a report
PLAN_WORDS = {"will", "scheduled", "set", "due", "expected", "planned", "plans", "planning", "going", "shall",
              "assigned", "chosen", "picked", "selected", "named", "tapped",
              "slated", "poised", "targeted", "targeting"}
#: plan words that are plans only before "to" and a verb: "is set to break" (not "set a record"),
#: "is due to land" (not "due to a leak"), "is going to fly" (not "going to space": a motion)
_PLAN_IF_TO = {"set", "due", "assigned", "chosen", "picked", "selected", "named", "tapped", "going"}
#: conjunctions whose clause, in the present tense, tells what is still to come
_UNTIL = {"until", "till", "before", "once"}
#: subjects that are never a person: a clause with one is about a thing ("It includes a geologist")
_THINGS = {"it", "this", "these"}
_QUOTES = {'"', "“", "”", "«", "»"}
#: the characters of the words :meth:`Context.quoted` reads
_MARKS = re.compile("[\n" + "".join(_QUOTES) + "]")
#: dependency labels that start a clause of their own
CLAUSE_DEPS = {"conj", "advcl", "relcl", "ccomp", "parataxis", "acl"}

#: set (to anything) to let a failing rule raise instead of being logged: the tests set it
STRICT_ENV = "ASTROKG_STRICT_RULES"

log = logging.getLogger(__name__)


class Context:
    """Token-level lookups over the clusters, references and dates of a document."""

    def __init__(self, doc: Doc, roles: Mapping[str, dict[str, Any]] | None = None) -> None:
        self.doc = doc
        self.roles: Mapping[str, dict[str, Any]] = roles or {}  # role term -> its record (roles.jsonl)
        self.clusters: list[dict[str, Any]] = doc._.astrokg_clusters or []
        self.labels = [c["label"] for c in self.clusters]
        self.cluster_at: dict[int, int] = {}
        self.named_at: dict[int, int] = {}
        for c, cluster in enumerate(self.clusters):
            for start, end in cluster["mentions"]:
                for i in range(start, end):
                    self.cluster_at[i] = c
                    self.named_at[i] = c
        self.group_at: dict[int, list[int]] = {}  # token -> the people a plural reference names
        for start, end, c in doc._.astrokg_refs or []:
            for i in range(start, end):
                if i in self.cluster_at and i not in self.named_at:
                    self.group_at.setdefault(i, [self.cluster_at[i]]).append(c)
                self.cluster_at.setdefault(i, c)
        self.dates = [DateMention.of(raw) for raw in doc._.astrokg_dates or []]
        self.date_at: dict[int, int] = {}
        for d, date in enumerate(self.dates):
            span = doc.char_span(date.start, date.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.date_at.setdefault(i, d)
        self.facts: list[Found] = from_plain(doc._.astrokg_facts)
        # where each run of tokens of one cluster starts, for in_sentence (a bisect, not a walk)
        self._runs = [i for i in sorted(self.cluster_at) if self.cluster_at.get(i - 1) != self.cluster_at[i]]
        self._texts: dict[str, bool] = {}
        self._text: str | None = None
        self._quoted: set[int] | None = None
        self.stated_at: dict[int, str | None] = {}  # token -> what extract.frames.mood.stated said of it
        #: what a rule found scanning the whole document, kept so that it scans once per document (rule's own key)
        self.memo: dict[str, Any] = {}
        #: readings to repeat once the whole document has been read (rule, trigger word, span)
        self.later: list[tuple[Callable[[Context, Token, Span], None], Token, Span]] = []

    # ------------------------------------------------------------------ lookups

    def cluster(self, tok: Token) -> int | None:
        """The cluster a token names or refers to."""
        return self.cluster_at.get(tok.i)

    def is_a(self, tok: Token, *labels: str) -> bool:
        c = self.cluster_at.get(tok.i)
        return c is not None and self.labels[c] in labels

    def person(self, tok: Token) -> int | None:
        """The person a token names or refers to, if any."""
        c = self.cluster_at.get(tok.i)
        return c if c is not None and self.labels[c] == "PERSON" else None

    def in_sentence(self, sent: Span, *labels: str) -> list[tuple[Token, int]]:
        """The first token of each mention of a cluster with one of the labels, in order."""
        lo, hi = bisect_left(self._runs, sent.start), bisect_left(self._runs, sent.end)
        starts = self._runs[lo:hi]
        if sent.start in self.cluster_at and (not starts or starts[0] != sent.start):
            starts.insert(0, sent.start)  # a run that began in the sentence before
        doc = self.doc
        return [(doc[i], c) for i in starts if self.labels[c := self.cluster_at[i]] in labels]

    @property
    def text(self) -> str:
        """The document's text, joined once (spaCy joins the tokens anew on every ``doc.text``)."""
        if self._text is None:
            self._text = extensions.text(self.doc)
        return self._text

    def says(self, pattern: re.Pattern[str]) -> bool:
        """Whether the document's text matches a pattern anywhere (asked once per document, so
        that a rule for rare words skips every sentence of a document without them)."""
        found = self._texts.get(pattern.pattern)
        if found is None:
            found = self._texts[pattern.pattern] = pattern.search(self.text) is not None
        return found

    def quoted(self, tok: Token) -> bool:
        """Whether a word stands between quotation marks (paired within each paragraph)."""
        if self._quoted is None:
            self._quoted = set()
            opened: int | None = None
            for t in self._marks():
                if "\n" in t.text:
                    opened = None
                elif t.text in _QUOTES:
                    if opened is None and t.text != "”":
                        opened = t.i
                    elif opened is not None:
                        self._quoted.update(range(opened + 1, t.i))
                        opened = None
        return tok.i in self._quoted

    def _marks(self) -> Iterator[Token]:
        """The words that hold a line break or a quotation mark, in order: found in the text,
        so that :meth:`quoted` walks a handful of words, not all of them."""
        doc = self.doc
        starts = doc.to_array("IDX").tolist()
        last = -1
        for found in _MARKS.finditer(self.text):
            i = bisect_right(starts, found.start()) - 1
            if i > last:
                last = i
                yield doc[i]

    def dates_in(self, tokens: list[Token] | Span) -> list[int]:
        """Date expressions that start among the tokens, in order."""
        seen: list[int] = []
        for tok in tokens:
            d = self.date_at.get(tok.i)
            if d is not None and d not in seen:
                seen.append(d)
        return seen

    # ------------------------------------------------------------------ walks

    def subject_of(self, tok: Token, *, limit: int = 10) -> int | None:
        """The person a word is said about: itself, the noun it describes, or the subject
        of the clause it hangs from, walking up the parse."""
        seen = 0
        while seen < limit:
            seen += 1
            p = self.person(tok)
            if p is not None:
                return p
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    p = self.person(child) if child.lower_ not in ("who", "that", "which") else None
                    if p is None:
                        p = self._compound_person(child)
                    if p is not None:
                        return p
                    if child.lower_ in _THINGS:
                        return None  # "It includes a geologist ...": about a thing, whatever it hangs from
            if tok.dep_ == "relcl" or tok.dep_ == "acl":
                p = self.person(tok.head) or self._compound_person(tok.head)
                if p is None and tok.dep_ == "relcl":
                    p = self._who(tok)
                if p is not None:
                    return p
            if tok.head.i == tok.i:
                return None
            if self.quoted(tok) and not self.quoted(tok.head) and not any(
                    c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children):
                return None  # '"Officer, aviator and test pilot were his hats," said X': the quote's, not X's
            tok = tok.head
        return None

    def conjuncts(self, person: int, near: Token) -> list[int]:
        """The people coordinated with a person in the sentence of a word ("Butch Wilmore and
        Sunita Williams lifted off", "A and B of Nasa") or named with them by a plural
        reference ("the pair", "both men"), the person first."""
        sent = near.sent
        if self.group_at:
            above = {near.i, *(a.i for a in near.ancestors)}
            own = self.person(near) == person  # "the pair circled the globe and A became the first": A alone
            for i in range(sent.start, sent.end):
                group = self.group_at.get(i)
                if group is None or person not in group:
                    continue
                tok = self.doc[i]
                if i in above or not own and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in above:
                    return [person, *(c for c in group if c != person)]  # "the pair landed", "the three taikonauts"
        out = [person]
        at = range(near.i, near.i + 1) if self.named_at.get(near.i) == person else range(sent.start, sent.end)
        for i in at:  # the mention the word is, else the person's mentions in the sentence, or the pronoun
            if self.named_at.get(i) != person and not (i == near.i and near.pos_ == "PRON"):  # "he and X made"
                continue
            tok = self.doc[i]
            if self.named_at.get(tok.head.i) == person and tok.head.i != tok.i:
                continue
            first = tok
            while first.dep_ == "conj" and self.person(first.head) is not None:
                first = first.head
            for t in [first, *_chain(first)]:
                c = self.person(t)
                if c is not None and c not in out and (t.i == first.i or t.dep_ in ("conj", "appos")):
                    out.append(c)
                elif c is None and t.dep_ == "conj":  # "Kimbrough and the Russian cosmonauts A and B"
                    named = [*t.subtree, *(x for a in first.children if a.dep_ == "appos" and a.i > t.i
                                           for x in a.subtree)]  # the names, however the parse hangs them
                    out += list(dict.fromkeys(p for x in named if x.i != t.i and (p := self.person(x)) is not None
                                              and self.named_at.get(x.i) is not None and p not in out))
        return out + [p for p in self._listed_before(person, sent) if p not in out]

    def _listed_before(self, person: int, sent: Span) -> list[int]:
        """The people of a list that opens the sentence before the person's name, where the
        parser splits it ("Roscosmos cosmonaut A and NASA astronauts B and C landed", for B:
        A; see :mod:`extract.components.lists`)."""
        at = next((i for i in range(sent.start, sent.end) if self.named_at.get(i) == person), None)
        if at is None:
            return []
        return list(dict.fromkeys(p for t in list_before(self.doc[at]) if self.named_at.get(t.i) is not None
                                  and (p := self.person(t)) is not None and p != person))

    def _who(self, clause: Token) -> int | None:
        """The person a "who" clause tells of when the parse hangs it on another word ("an
        Army colonel from Spokane, who spent ..."): "who" is said of a person, the last one
        named before it in the sentence."""
        who = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"), None)
        if who is None:
            return None
        named = [c for t, c in self.in_sentence(clause.sent, "PERSON") if t.i < who.i]
        return named[-1] if named else None

    def _compound_person(self, tok: Token) -> int | None:
        for child in tok.children:
            if child.dep_ in ("compound", "appos"):
                p = self.person(child)
                if p is not None:
                    return p
        return None

    def region(self, tok: Token) -> list[Token]:
        """The tokens of a word's own clause: its subtree without nested clauses."""
        out: list[Token] = []
        stack = [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            for child in t.children:
                if child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
                    continue
                stack.append(child)
        d = self.date_at.get(tok.head.i) if tok.dep_ == "relcl" else None
        if d is not None:  # "in 1990, the year the agency chose him": the clause's date
            out += [t for t in tok.head.subtree if self.date_at.get(t.i) == d]
        out.sort(key=lambda t: t.i)
        return out

    def planned(self, tok: Token) -> bool:
        """Whether the clause around a word speaks of a plan ("is set to", "will")."""
        for t in _up(tok, 6):
            for child in t.children:
                if child.lower_ in PLAN_WORDS and (child.dep_ in ("aux", "auxpass") or child.dep_ == "acomp"
                                                   and (_to_verb(child) or _due_back(child))):
                    return True  # "will land", "is due to land, after 355 days"
            if t.lower_ in PLAN_WORDS and (t.lower_ not in _PLAN_IF_TO or _to_verb(t)):
                return True
            if t.dep_ in ("xcomp", "ccomp", "attr") and t.head.lemma_ == "be" and t.head.pos_ == "AUX" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return True  # "A and B are to come back on October 17", "was to return": a plan
            if t.tag_ in ("VBZ", "VBP") and t.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in _UNTIL for c in t.children) and not is_caption(t.sent):
                return True  # "leads the station until she returns in October": a return to come; not a
                # photo's caption, whose present is what the picture shows ("A (left) waves before she boards")
            if t.dep_ in ("relcl", "advcl", "ccomp", "acl") and (t.tag_ == "VBD" or any(
                    c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)):
                return False  # "he will pass the 340 days that X spent", "A, who has made three spacewalks,
                # will lead": a past clause inside a plan
            if t.dep_ == "appos" and t.lemma_ == "veteran":
                return False  # "A, a veteran of four spacewalks, will lead the next": what she has done
            if t.i == tok.i and t.tag_ == "VBN" and t.dep_ in ("relcl", "acl") and not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return False  # "will join the crew, commanded by X", "X, who had commanded it, will land": done
        return False

    # ------------------------------------------------------------------ output

    def add(self, subject: int, predicate: str, obj: Obj | dict[str, Any] | None, evidence: Span | Token, *,
            rule: str, confidence: float = 0.8, qualifiers: Sequence[Sequence[Any]] | None = None,
            modality: str = "reported", as_of: Obj | dict[str, Any] | None = None) -> None:
        """Record one fact (``obj`` is None only for a qualified value whose amount the text
        does not give, such as a record broken without a figure)."""
        if isinstance(evidence, Token):
            start, end = evidence.idx, evidence.idx + len(evidence)
        else:
            start, end = evidence.start_char, evidence.end_char
        self.facts.append(Found(
            subject, predicate, as_obj(obj) if obj is not None else None, start, end, rule, confidence,
            tuple((str(name), as_obj(q)) for name, q in qualifiers or ()), modality,
            as_obj(as_of) if as_of is not None else None))

    def save(self) -> None:
        """Leave the facts on the document, as plain data (see :mod:`extract.components.found`)."""
        self.doc._.astrokg_facts = to_plain(self.facts)


def _chain(tok: Token) -> list[Token]:
    """The words coordinated with a word ("A, B and C"), and those inside their appositions
    ("the cosmonauts A and B") or after their affiliation ("A of Nasa and B"), not those of a
    clause or phrase hanging from them ("A, who flew with B and C")."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in ("conj", "appos"):
                if child.dep_ == "conj" or any(g.dep_ == "conj" for g in child.children):
                    out.append(child)  # "A, B and C" parsed as B beside A and C joined to B: a list
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":  # "A of Nasa and B of Roscosmos", parsed as
                for named in child.children:                   # B coordinated with Nasa
                    conj = [c for c in named.children if c.dep_ == "conj"]
                    out += conj
                    stack += conj
    return sorted(out, key=lambda t: t.i)


def guarded(rule: Callable[..., None], ctx: Context, *args: Any) -> None:
    """Run one rule on one match. A rule that fails on a parse it did not foresee loses its
    own facts for that match, logged with the sentence, instead of the whole article (spaCy
    drops a document whose component raises inside ``nlp.pipe``). Under tests (the
    :data:`STRICT_ENV` setting) the failure is raised, so that it fails the test."""
    try:
        rule(ctx, *args)
    except Exception:  # the boundary between one rule and the pipeline
        if os.environ.get(STRICT_ENV):
            raise
        where = args[0].sent.text[:200] if args and hasattr(args[0], "sent") else ""
        log.exception("rule %s failed on %r", getattr(rule, "__name__", rule), where)


#: verbs the small model sometimes tags as nouns after "to" ("due to land")
_PLAN_VERBS = {"land", "launch", "return", "dock", "fly", "arrive", "lift", "leave", "splash", "depart", "reach",
               "break", "spend", "stay", "retire", "take", "become", "beat", "pass", "surpass", "undock"}


def _to_verb(tok: Token) -> bool:
    """Whether a word is followed by "to" and a verb ("set to break", "due to land")."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and (
        doc[tok.i + 2].tag_ == "VB" or doc[tok.i + 2].lower_ in _PLAN_VERBS)


def _due_back(tok: Token) -> bool:
    """"due back", "due home": a return still to come; "(the launch) is due on September 13", "due
    at dawn", "due later this month": an event still to come ("due to a leak" is a cause)."""
    doc = tok.doc
    return tok.lower_ == "due" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in (
        "back", "home", "on", "at", "later", "tomorrow", "today", "tonight", "next", "this")


def _up(tok: Token, limit: int) -> Iterator[Token]:
    for _ in range(limit):
        yield tok
        if tok.head.i == tok.i:
            return
        tok = tok.head


def entity(c: int) -> Ref:
    return Ref(c)


def value(v: str, datatype: str = "string") -> Val:
    return Val(v, datatype)


def date(d: int, *, recent: bool = False) -> DateRef:
    """A date expression as a fact's object (see :class:`~extract.components.found.DateRef`)."""
    return DateRef(d, recent)


def span_of(*toks: Token) -> Span:
    """The smallest span covering the tokens (for evidence)."""
    doc = toks[0].doc
    return doc[min(t.i for t in toks):max(t.i for t in toks) + 1]
