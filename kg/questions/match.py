"""Reading a question: its question word, the entities it names, the relations and classes
its words point to, numbers, comparisons and cues. Pure: tokens in, :class:`Parsed` out.

Relations are found by the ontology's phrases (see :mod:`kg.questions.vocabulary`); the
only words this module knows itself are English function words (question words,
comparatives, "which article says"), never domain relations.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeGuard

from kg.questions.crew_pool import pool_words
from kg.questions.linking import EntityIndex, Mention
from kg.questions.programmes import programme_word
from kg.questions.text import Phrase, Token, Words
from kg.questions.vocabulary import ClassWords, PropertyWords, Vocabulary

#: What each question word expects of its answer (property answer kinds).
WH_KINDS = {
    "who": ("entity",), "whom": ("entity",), "whose": ("entity",),
    "when": ("date",), "where": ("place",),
    "how many": ("number",), "how much": ("number",), "how long": ("number",), "how old": ("number",),
    "what": ("entity", "value", "number", "date", "place"), "which": ("entity", "place"),
}
_WH = {"who", "whom", "whose", "what", "which", "when", "where", "how"}
_AUX = {"be", "is", "are", "was", "were", "do", "does", "did", "have", "has", "had", "can", "will", "would", "could",
        "should", "shall", "may", "might", "must"}
_LIST = {"list", "name", "show", "give", "find", "tell"}
_DESCRIBE = {"about", "describe", "describes", "know", "tell"}
#: words that put a question in the past besides a past-tense verb ("her former employer")
_PAST = {"former", "formerly", "previously", "once", "ever"}
_FUTURE = {"will", "shall", "going", "schedule", "scheduled", "plan", "planned", "expect", "expected", "due", "set",
           "target", "targeted", "slate", "slated"}
#: words of a plan among them ("scheduled to return", "due back"): what was planned, not what will be
PLAN_WORDS = _FUTURE - {"will", "shall", "going"}
#: auxiliaries of an active "set" ("What record did X set?", "has X set"): a thing done, no plan
_DONE_BY = {"do", "have"}


def planning(tokens: Sequence[Token]) -> set[str]:
    """The words of a question that put it in the future or ask for a plan ("scheduled", "due",
    "set to", "When was the launch set?"); not "set" made active by "did" or "has" ("What record
    did X set?"), nor "set" of a record ("How old was X when he set the record?"): both ask what was done.

    >>> from kg.questions.text import Token
    >>> did = [Token(0, "What", "what"), Token(1, "did", "do"), Token(2, "X", "X"), Token(3, "set", "set")]
    >>> planning([Token(0, "is", "be"), Token(1, "set", "set"), Token(2, "to", "to")]), planning(did)
    ({'set'}, set())
    """
    active = any(t.lemma in _DONE_BY for t in tokens)

    def done(t: Token) -> bool:
        return active or any(o.head == t.i and o.lemma.lower() == "record" for o in tokens)

    return {t.lemma for t in tokens if t.lemma in _FUTURE and (t.lemma != "set" or not done(t))}


_SOURCE = {"article", "source", "sentence", "story", "report", "evidence", "text"}
_SAY = {"say", "state", "mention", "report", "claim", "write", "show", "confirm"}
_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its"}
#: Comparatives and superlatives whose direction is "smaller"; the rest mean "larger".
_SMALLER = {"short", "few", "little", "less", "least", "young", "low", "small", "early", "minimum", "fewest",
            "fewer", "shorter", "younger", "lower", "smaller", "earlier", "shortest", "youngest", "lowest"}
_LARGER = {"more", "most", "long", "old", "high", "great", "large", "big", "maximum", "many", "much", "late"}
_ABOVE = {"over", "above", "exceed", "beyond"}
_BELOW = {"under", "below"}
#: Verbs that carry no relation of their own in a question.
LIGHT = {"be", "do", "have", "get", "know", "tell", "give", "list", "name", "show", "find", "say", "can", "will",
          "please", "graph", "answer", "question", "anything", "something", "thing", "also"}
#: Nouns for one stay in space: a question about one ("how long did her journey last?") asks one flight's time.
_ONE_STAY = {"flight", "spaceflight", "mission", "trip", "stay", "journey", "voyage", "sojourn", "stint"}
_SCOPE_ONE = {"single", "one", "expedition", *_ONE_STAY}
#: Light words that ask the service for something ("Name the crew", "Tell me about X"), but are
#: the question's own verb in the past ("Who named Shenzhou-5?", "Who found it?").
_REQUESTS = {"name", "tell", "show", "find", "give", "list", "say"}
#: Ordinals: "China's first astronaut" asks for one of a series, never for a description of China.
_ORDINAL = {"first", "last", "second", "third"}
_SCOPE_ALL = {"total", "cumulative", "career", "overall", "altogether", "all", "combined", "lifetime", "ever"}


@dataclass(frozen=True)
class RelationMatch:
    """A property the question's words point to."""

    prop: PropertyWords
    score: float
    tokens: tuple[int, ...]
    inverse: bool  # only inverse phrases matched ("commanded" for commander)


@dataclass(frozen=True)
class ClassMatch:
    """A class the question names ("astronauts"); ``target`` when it is what is asked for."""

    cls: ClassWords
    tokens: tuple[int, ...]
    target: bool


def is_year(n: float | None) -> TypeGuard[float]:
    """Whether a number of a question reads as a year ("in 1998", not "380 days")."""
    return n is not None and n.is_integer() and 1900 <= n <= 2100


@dataclass(frozen=True)
class Parsed:
    """Everything the templates need to know about a question."""

    text: str
    tokens: tuple[Token, ...]
    wh: str | None  # a key of WH_KINDS, "yesno", "list" or None
    expected_kinds: tuple[str, ...] = ()  # what the answer should be (see _expected)
    mentions: tuple[Mention, ...] = ()
    relations: tuple[RelationMatch, ...] = ()  # best first
    classes: tuple[ClassMatch, ...] = ()
    numbers: tuple[float, ...] = ()
    direction: str | None = None  # "larger" / "smaller" for comparatives and superlatives
    superlative: bool = False
    threshold: str | None = None  # ">", ">=", "<", "<=" before a number ("more than 380")
    scope: str | None = None  # "single" / "cumulative" when the question says which
    future: bool = False
    past: bool = False  # "who did she work for?": a former employer answers it too
    pronoun: str | None = None  # a personal pronoun standing for an unnamed entity
    provenance: bool = False  # "which article says ...?"
    describe: bool = False  # "who is X?", "tell me about X"
    alternative: bool = False  # "X or Y?"
    unexplained: tuple[str, ...] = ()  # content words nothing accounts for
    unknown_names: tuple[str, ...] = ()  # name-like words that name nothing in the graph

    @property
    def years(self) -> tuple[int, ...]:
        """The years the question names, in its order ("How old was she in 1998?")."""
        return tuple(int(n) for n in self.numbers if is_year(n))

    @property
    def target_class(self) -> ClassWords | None:
        return next((c.cls for c in self.classes if c.target), None)

    @property
    def present(self) -> bool:
        """Is the question in the simple present ("Who commands Crew-12?", "Who is its pilot?"):
        about what holds now, such as a flight's crew as assigned, not about what happened
        ("commanded", "has flown") or will ("will command")?"""
        return not (self.past or self.future) and not any(
            t.tag == "VBN" or t.lower in ("has", "have", "had") for t in self.tokens)


@dataclass(frozen=True)
class PhraseBook:
    """The ontology's phrases, tokenised once (by the question model) for matching."""

    forward: dict[str, tuple[Phrase, ...]]
    inverse: dict[str, tuple[Phrase, ...]]
    classes: dict[str, tuple[Phrase, ...]]

    @classmethod
    def build(cls, vocabulary: Vocabulary,
              tokenise: Callable[[list[str]], Sequence[Sequence[Token]]]) -> PhraseBook:
        """Tokenise every phrase of the vocabulary with ``tokenise`` (many texts at once: the
        model through :func:`~kg.questions.text.parse_many`, or simple tokens in tests)."""
        texts = {t for p in vocabulary.askable() for t in (*p.phrases, *p.inverse_phrases)}
        texts |= {w for c in vocabulary.classes.values() for w in c.words}
        ordered = sorted(texts)
        tokenised = {t: Phrase.of(t, toks) for t, toks in zip(ordered, tokenise(ordered), strict=True)}
        return cls(
            forward={p.name: tuple(tokenised[t] for t in p.phrases) for p in vocabulary.askable()},
            inverse={p.name: tuple(tokenised[t] for t in p.inverse_phrases) for p in vocabulary.askable()},
            classes={c.name: tuple(tokenised[w] for w in c.words) for c in vocabulary.classes.values()},
        )


#: the possessive marker after a name, part of the name's phrase: no gap in a relation's phrase ("How many days
#: did X's record spaceflight last?" reads "days ... last" across it)
_OWNING = {"'s", "’s", "'", "’"}


def read(tokens: Sequence[Token], vocabulary: Vocabulary, phrases: PhraseBook, index: EntityIndex,
         text: str | None = None) -> Parsed:
    """Read a tokenised question against the vocabulary and the graph's names."""
    tokens = tuple(tokens)
    text = text if text is not None else "".join(t.text + t.space for t in tokens).strip()
    wh, wh_tokens = _question_word(tokens)
    programme = programme_word(tokens)
    kind_words = {programme.i} if programme is not None else set()  # "which Soyuz mission": a kind, not a name
    worlds = _worlds_in_phrases(tokens, phrases)  # "land on the Moon": the relation's words, not a thing asked of
    mentions = index.link(tokens, avoid=wh_tokens | kind_words | worlds | asked_noun_words(tokens, wh_tokens))
    named = {i for m in mentions for i in range(m.start, m.end)}
    named |= {m.end for m in mentions if m.end < len(tokens) and tokens[m.end].lower in _OWNING}  # "X's" is of X
    mentions = _flight_before_its_craft(mentions, index, vocabulary)
    mentions = _craft_of_its_flight(tokens, wh, mentions, index, vocabulary)
    provenance, cue_tokens = _provenance(tokens, wh)
    skip = named | cue_tokens | kind_words
    classes = _classes(tokens, vocabulary, phrases, skip, wh_tokens)
    expected = _expected(wh, classes, vocabulary) if not _which_time(tokens, wh_tokens) else ("date",)
    if _thing_done(tokens, wh_tokens):  # "What did X fly?": the craft, never the date of the flight
        expected = tuple(k for k in expected if k != "date")
    asked = _asked_classes(wh, classes, mentions, index, vocabulary)
    noun = {i for c in classes if c.target for i in c.tokens}
    relations = _relations(tokens, vocabulary, phrases, skip, expected, wh_tokens, asked, noun)
    used = {i for r in relations[:1] for i in r.tokens}
    explained = skip | used | wh_tokens | {i for c in classes for i in c.tokens}
    fuzzy = index.link_fuzzy(tokens, avoid=explained | {t.i for t in tokens if t.lemma in LIGHT})
    mentions = sorted([*mentions, *fuzzy], key=lambda m: m.start)
    named |= {i for m in fuzzy for i in range(m.start, m.end)}
    if fuzzy:  # names found late free their words from relation matching
        asked = _asked_classes(wh, classes, mentions, index, vocabulary)
        relations = _relations(tokens, vocabulary, phrases, named | cue_tokens | kind_words, expected, wh_tokens,
                               asked, noun)
        used = {i for r in relations[:1] for i in r.tokens}
    pool = pool_words(tokens, wh_tokens, mentions)
    relations = [r for r in relations if not set(r.tokens) <= pool]  # the crew to pick from: no relation asked
    relations = [r for r in relations if not _found_of_no_organisation(tokens, r, mentions, classes, index, vocabulary)]
    used = {i for r in relations[:1] for i in r.tokens}
    explained = named | pool | cue_tokens | used | wh_tokens | kind_words | {i for c in classes for i in c.tokens}
    numbers, threshold = _numbers(tokens, named)
    direction, superlative = _comparison(tokens, named)
    lemmas = {t.lemma for t in tokens}
    pronoun = next((t.lower for t in tokens if t.lower in _PRONOUNS and t.pos == "PRON" and t.i not in named), None)
    unexplained = tuple(
        t.text for t in tokens
        if t.i not in explained and not t.is_stop and not t.is_punct and t.pos in ("NOUN", "VERB", "ADJ", "PROPN", "X")
        and (t.lemma not in LIGHT or _told(t)) and t.lemma not in _LARGER | _SMALLER and t.number is None
        and t.lemma not in _SCOPE_ALL | _SCOPE_ONE | _FUTURE | _DESCRIBE
    )
    unknown = _unknown_names(tokens, explained)
    describe = bool(mentions) and not relations and not unexplained and not superlative and not (
        lemmas & _ORDINAL) and (wh in ("who", "what", None, "list") or bool(lemmas & _DESCRIBE)) and not (
        _only_modifiers(tokens, mentions, classes)) and _one_topic(tokens, mentions, classes) and not any(
        t.pos == "VERB" and t.lemma not in _DESCRIBING_VERBS for t in tokens)  # "Who stayed with X?" asks
        # for someone else
    return Parsed(
        text=text,
        tokens=tokens,
        wh=wh,
        expected_kinds=expected,
        mentions=tuple(mentions),
        relations=tuple(relations),
        classes=tuple(classes),
        numbers=numbers,
        direction=direction,
        superlative=superlative,
        threshold=threshold,
        scope=_scope(tokens, lemmas, [m for m in mentions if not bounds_in_time(tokens, m)], index, vocabulary),
        future=bool(planning(tokens)) or any(t.lower in ("will", "'ll", "shall") for t in tokens) or _be_to(tokens)
        or _assigned(tokens, wh),
        past=any(_past_verb(t, tokens) or t.lower in _PAST for t in tokens),
        pronoun=pronoun if not mentions else None,
        provenance=provenance,
        describe=describe,
        alternative=any(t.lower == "or" for t in tokens) and len(mentions) >= 2,
        unexplained=unexplained,
        unknown_names=unknown,
    )


#: words for a world that a relation's phrase may hold ("land on the moon", "walked on the moon with")
_WORLDS = {"moon", "lunar"}


def _worlds_in_phrases(tokens: Sequence[Token], phrases: PhraseBook) -> set[int]:
    """The words for a world that are part of a relation's phrase found in the question ("When
    did X land on the Moon?"): read with the relation, not linked to the Moon, which would
    leave only "land" (a return to Earth)."""
    if not any(t.lower in _WORLDS for t in tokens):
        return set()
    words = Words(tokens)
    return {i for book in (phrases.forward, phrases.inverse) for found in book.values() for phrase in found
            if len(phrase.words) > 1 and _WORLDS & set(phrase.words)
            for i in words.find(phrase) if tokens[i].lower in _WORLDS}


def _found_of_no_organisation(tokens: Sequence[Token], relation: RelationMatch, mentions: Sequence[Mention],
                               classes: Sequence[ClassMatch], index: EntityIndex, vocabulary: Vocabulary) -> bool:
    """Is the relation a founding read from "found" as the past of "find" ("when the leak was
    found", "when X found the fault": discovered) where nothing of the question is an organisation?
    Only an organisation is founded; the verb's own base form ("What did X found?") is a founding."""
    if relation.prop.name not in _FOUNDING or not any(tokens[i].lower == "found" and not any(
            t.lemma == "do" and t.head == i for t in tokens) for i in relation.tokens):
        return False
    organisations = vocabulary.family("Organization")
    named = (index.entities.get(m.best.iri) for m in mentions)
    return not any(c.cls.iri in organisations for c in classes) and not any(
        t.lemma in COMPANY or t.lower in COMPANY for t in tokens) and not any(
        e is not None and organisations & set(e.types) for e in named)


#: Nouns for a company, which the ontology has no class of its own for: an organisation of no
#: narrower class (an agency or a school is none) whose name does not say it is something else
#: (see :mod:`kg.questions.types`).
COMPANY = {"company", "companies", "firm", "corporation", "contractor", "manufacturer"}
#: the properties of a founding, which "found" may ask for
_FOUNDING = {"founder", "foundingDate"}


def _flight_before_its_craft(mentions: list[Mention], index: EntityIndex, vocabulary: Vocabulary) -> list[Mention]:
    """The mentions less the names that follow a flight's name word for word and end in a
    craft's ("the Crew-5 Dragon Endurance", "the Demo-2 Crew Dragon Endeavour"): the flight,
    told with the capsule it flew, is what the question asks about."""
    flights = vocabulary.family("Spaceflight")
    craft = vocabulary.family("Spacecraft") - vocabulary.family("SpaceStation")

    def of(m: Mention, kinds: set[str]) -> bool:
        named = index.entities.get(m.best.iri)
        return named is not None and bool(set(named.types) & kinds)

    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        out.append(mentions[i])
        last = i
        while last + 1 < len(mentions) and mentions[last + 1].start == mentions[last].end:
            last += 1
        i = last + 1 if last > i and of(mentions[i], flights) and of(mentions[last], craft) else i + 1
    return out


#: the words before a flight's name that make a craft named earlier in the question the one that flew it
_ON_FLIGHT = {"on", "of", "during"}
#: verbs of a landing, whose place beside a flight is the flight's
_LANDING = {"land", "touch", "splash"}


def _craft_of_its_flight(tokens: Sequence[Token], wh: str | None, mentions: list[Mention], index: EntityIndex,
                         vocabulary: Vocabulary) -> list[Mention]:
    """The mentions less a reusable craft's own name asked with the one flight it flew, named
    later after "on", "of" or "during" ("Where did Columbia land at the end of STS-3?", "How long
    was Heron in orbit during STS-90?"): where a craft landed or how long it flew on a flight is
    the flight's. A numbered craft is a flight of its own; other questions keep both (a craft's
    launch beside its flight is read by its own template; "Did Columbia fly on STS-3?")."""
    landing = wh == "where" and any(t.lemma in _LANDING for t in tokens)
    if not (landing or wh == "how long") or len(mentions) != 2:
        return mentions
    flights = vocabulary.family("Spaceflight")
    craft = vocabulary.family("Spacecraft") - vocabulary.family("SpaceStation") - flights

    def kinds(m: Mention) -> set[str]:
        named = index.entities.get(m.best.iri)
        return set(named.types) if named is not None else set()

    first, flight = mentions
    if not kinds(flight) & flights or not kinds(first) & craft or kinds(first) & flights \
            or any(ch.isdigit() for ch in first.best.label) or flight.start == 0 \
            or tokens[flight.start - 1].lower not in _ON_FLIGHT:
        return mentions
    return [flight]


def _only_modifiers(tokens: Sequence[Token], mentions: Sequence[Mention], classes: Sequence[ClassMatch]) -> bool:
    """Does every name only qualify a class noun the question names ("Who is the only Romanian
    cosmonaut?", "Who was the Ardenian astronaut?")? Then the question asks for someone the name
    describes, never for a description of the name itself (Romania)."""
    return bool(mentions) and all(qualifies_class(tokens, m, classes) for m in mentions)


#: verbs of a question that asks for a profile ("Who is X?", "Tell me about X", "What do you know about X?")
_DESCRIBING_VERBS = {"be", "have", "do", "tell", "know", "describe"}


def _one_topic(tokens: Sequence[Token], mentions: Sequence[Mention], classes: Sequence[ClassMatch]) -> bool:
    """Does the question name one thing to describe? "Who was the CAPCOM for Gemini VIII?" names
    two with no relation between them read: it asks for someone, not a profile of either."""
    return sum(not qualifies_class(tokens, m, classes) for m in mentions) <= 1


def qualifies_class(tokens: Sequence[Token], mention: Mention, classes: Sequence[ClassMatch]) -> bool:
    """Is the name a modifier of a class noun after it ("Romanian" of "Romanian cosmonaut")?"""
    nouns = {i for c in classes for i in c.tokens}
    inside = range(mention.start, mention.end)
    heads = {tokens[i].head for i in inside if tokens[i].head not in inside}
    return bool(nouns) and bool(heads) and heads <= nouns and mention.end <= min(nouns)


def _scope(tokens: Sequence[Token], lemmas: set[str], mentions: Sequence[Mention], index: EntityIndex,
           vocabulary: Vocabulary) -> str | None:
    """ "single" when the question is about one flight (its words, or a flight it names:
    "how long did she spend on Crew-5?"), "cumulative" when it asks for a total (its words, or
    flights in the plural: "over his two flights", "on both missions"), else None."""
    if lemmas & _SCOPE_ALL or any(t.lemma in _ONE_STAY and t.tag == "NNS" for t in tokens):
        return "cumulative"
    if lemmas & {"single", *_ONE_STAY}:
        return "single"
    flights = vocabulary.family("Mission")
    named = [index.entities.get(m.best.iri) for m in mentions]
    if any(e is not None and flights & set(e.types) for e in named):
        return "single"
    return None


def bounds_in_time(tokens: Sequence[Token], mention: Mention) -> str | None:
    """The word that makes the name a bound in time ("before Crew-5", "prior to Crew-5": "before"),
    not the flight asked about; None when it is none."""
    before = [t.lower for t in tokens[max(0, mention.start - 2):mention.start]]
    if before[-2:] == ["prior", "to"]:
        return "before"
    return before[-1] if before and before[-1] in ("before", "after", "since", "until") else None


def asked_noun_words(tokens: Sequence[Token], wh_tokens: set[int]) -> set[int]:
    """The lower-case nouns right after "which" or "what" ("On which space station did X
    live?"): they name the kind of thing asked, never a thing of the graph, even when its
    articles call one of its things so ("the space station" as a name of the ISS)."""
    found: set[int] = set()
    for i in wh_tokens:
        if tokens[i].lower not in ("which", "what"):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].pos in ("NOUN", "ADJ") and tokens[j].text.islower():
            found.add(j)
            j += 1
    return found


def _question_word(tokens: Sequence[Token]) -> tuple[str | None, set[int]]:
    """The question word ("how many" counts as one, "what age" is "how old", and the size of
    a crew, "how big", "what size", "the crew size", is "how many") and its tokens; "yesno"
    when the question opens with an auxiliary verb; "list" for "List/Name/Show ..."."""
    size = crew_size_word(tokens)
    length = _length_word(tokens)
    for t in tokens:
        if t.lower in ("what", "which") and t.i + 1 < len(tokens) and tokens[t.i + 1].lower == "age":
            return "how old", {t.i, t.i + 1}
        if t.lower == "what" and length is not None:
            return "how long", {t.i, length.i}
        if t.lower in ("what", "which") and size is not None and size.lemma == "size":
            return "how many", {t.i, size.i}
        if t.lower in _WH:
            if t.lower == "how":
                nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) else None
                if nxt is not None and nxt.lower in ("many", "much", "long", "old"):
                    return f"how {nxt.lower}", {t.i, nxt.i}
                if nxt is not None and nxt is size:
                    return "how many", {t.i, nxt.i}
                return "how", {t.i}
            return t.lower, {t.i}
    first = next((t for t in tokens if not t.is_punct), None)
    if first is not None and (first.lemma in _AUX or first.lower in _AUX) and first.pos in ("AUX", "VERB", "X"):
        return "yesno", {first.i}
    if first is not None and first.lemma in _LIST:
        return "list", {first.i}
    return None, set()


#: Nouns that ask how long something lasted ("What was the duration of X's spacewalk?", "What was the
#: length of the Lumen-7 flight?", "What was X's mission duration?"): "what" with one is "how long".
_LENGTHS = {"duration", "length"}


def _length_word(tokens: Sequence[Token]) -> Token | None:
    """The noun asking how long, when it is what the question asks for (the subject or the
    complement of "what was"), not a word of another noun ("the spaceflight duration record")."""
    if not tokens or tokens[0].lower != "what":
        return None
    return next((t for t in tokens if t.lemma in _LENGTHS and t.pos == "NOUN" and t.dep in ("attr", "nsubj", "ROOT")),
                None)


#: Words that ask how big a crew is ("How big was the crew?", "What size was it?", "its crew size").
_SIZE = {"big", "large", "size"}


def crew_size_word(tokens: Sequence[Token]) -> Token | None:
    """The word asking a crew's size, when the question names a crew: the crew is then counted
    as "how many" counts it, its stated size weighed against the people named."""
    if not any(t.lemma == "crew" for t in tokens):
        return None
    return next((t for t in tokens if t.lemma in _SIZE), None)


def _expected(wh: str | None, classes: Sequence[ClassMatch], vocabulary: Vocabulary) -> tuple[str, ...]:
    """The kinds of answer the question asks for: the question word's, narrowed by the class
    it asks for ("what spacecraft" wants an entity, never a date)."""
    kinds = WH_KINDS.get(wh or "", ())
    target = next((c.cls for c in classes if c.target), None)
    if wh in ("what", "which") and target is not None:
        return vocabulary.kinds_of(target) or kinds
    return kinds


def _thing_done(tokens: Sequence[Token], wh_tokens: set[int]) -> bool:
    """Is a bare "what" the object of the question's verb ("What did X fly?", "What did X
    launch?")? It asks for the thing the verb acts on, which no date is."""
    return any(tokens[i].lower == "what" and tokens[i].dep == "dobj" for i in wh_tokens)


#: Nouns that make "which" ask for a time ("in which year", "which month").
_TIMES = {"year", "month", "date", "day"}


def _which_time(tokens: Sequence[Token], wh_tokens: set[int]) -> bool:
    """Does "which" ask for a time ("In which year was X selected?")? Then a date answers, as
    for "what year"."""
    return any(tokens[i].lower == "which" and i + 1 < len(tokens) and tokens[i + 1].lower in _TIMES
               for i in wh_tokens)


def _provenance(tokens: Sequence[Token], wh: str | None) -> tuple[bool, set[int]]:
    """Is the question about sources ("Which article says that ...", "What is the source
    for ...", "Where does it say ...")? Returns the cue's tokens too."""
    cue: set[int] = set()
    if wh == "how many":  # "How many articles are in the graph?" counts them
        return False, set()
    for t in tokens:
        if t.lemma in _SOURCE and t.i <= 5 and not _verb_after_do(tokens, t):
            cue.add(t.i)
    say = [t for t in tokens if t.lemma in _SAY and t.i <= 7]
    if not cue and not (say and wh == "where"):
        return False, set()
    cue.update(t.i for t in say)
    cue.update(t.i for t in tokens if t.lower in ("that", "it", "for", "according") and t.i <= max(cue, default=0) + 1)
    return True, cue


def _verb_after_do(tokens: Sequence[Token], word: Token) -> bool:
    """A source word used as the question's verb after "does"/"did" and its subject, ending
    it or before a preposition ("Which network does X report for?"): what a person does, not
    a question about articles ("What does the article say?" keeps its noun)."""
    after = tokens[word.i + 1] if word.i + 1 < len(tokens) else None
    return any(t.lemma == "do" for t in tokens[:word.i]) and (after is None or after.pos in ("ADP", "PUNCT"))


def _asked_classes(wh: str | None, classes: Sequence[ClassMatch], mentions: Sequence[Mention],
                   index: EntityIndex, vocabulary: Vocabulary) -> set[str]:
    """The classes (IRIs) of what the question points its relation at: the noun it asks for
    ("which agency"), else the second thing it names ("Is X with NASA?"), else, for "who"
    about one name, people and organizations. A relation said only in little words ("with",
    "from") is read through them (see :func:`_relations`)."""
    target = next((c.cls for c in classes if c.target), None)
    if target is not None:
        return {target.iri}
    if wh == "yesno" and len(mentions) >= 2:
        named = index.entities.get(mentions[1].best.iri)
        return set(named.types) if named else set()
    if wh == "who" and len(mentions) == 1:
        return {vocabulary.classes[n].iri for n in ("Person", "Organization") if n in vocabulary.classes}
    return set()


def _relations(tokens: Sequence[Token], vocabulary: Vocabulary, phrases: PhraseBook, skip: set[int],
               expected: tuple[str, ...], wh_tokens: set[int], asked: set[str], noun: set[int]) -> list[RelationMatch]:
    """Properties whose phrases occur in the question, best first (those answering with the
    ``expected`` kinds a little ahead). A phrase of only little words ("in", "from") counts
    when it contains the question word ("where"); otherwise only when nothing else matches
    but the ``noun`` asked for and the property's range holds the ``asked`` classes: "Which
    agency is X with?", "Is X from Russia?" (the noun or name asked says which "with" or
    "from" is meant; "agency" alone may be a mission's operator, so both are tried)."""
    found: list[RelationMatch] = []
    little: list[RelationMatch] = []
    words = Words(tokens, skip)
    for prop in vocabulary.askable():
        covered: set[int] = set()
        weak: set[int] = set()
        forward = False
        for phrase in phrases.forward.get(prop.name, ()):
            hit = words.find(phrase) or _fronted(tokens, words, phrase, wh_tokens)
            if hit and _meaningful(tokens, hit, wh_tokens) and not _begins_another_thing(tokens, hit) \
                    and not _helps_another_verb(tokens, hit):
                covered.update(hit)
                forward = True
            elif hit and len(hit) == len(phrase.words) == 1 and not _companion_of(tokens, hit[0], wh_tokens):
                weak.update(hit)
        stranded: set[int] = set()
        for phrase in phrases.inverse.get(prop.name, ()):
            hit = words.find(phrase)
            if hit and _meaningful(tokens, hit, wh_tokens):
                covered.update(hit)
                if _stranded(tokens, hit):
                    stranded.update(hit)
        if forward and stranded and covered <= stranded | weak:  # "Which museum was X the director of?": the
            forward = False  # phrase its stranded preposition ends is the inverse one, not "director" inside it
        if not covered:
            if weak and _ranges_over(prop, asked, vocabulary):
                little.append(RelationMatch(prop, 0.3 * len(weak) + (0.5 if prop.kind in expected else 0.0),
                                            tuple(sorted(weak)), inverse=False))
            continue
        score = sum(0.3 if tokens[i].is_stop else 1.0 for i in covered)
        if prop.kind in expected:
            score += 0.5
        found.append(RelationMatch(prop, score, tuple(sorted(covered)), inverse=not forward))
    heads = {i for r in found for i in r.tokens}
    found = [r for r in found if not all(tokens[i].dep == "compound" and tokens[i].head in heads
                                         and tokens[i].head not in r.tokens for i in r.tokens)
             and not _names_another_thing(tokens, r.tokens, heads | skip, vocabulary)]
    if all(set(r.tokens) <= noun for r in found):  # ("the Shenzhou-11 mission commander": "mission" only says
        found += little  # which commander, so no crew relation is asked for besides)
    if not found:
        found = _flown(tokens, vocabulary, skip, expected, wh_tokens, asked)
    found.sort(key=lambda r: (-r.score, not _ranged_as(r.prop, asked, noun, vocabulary), len(r.prop.family),
                              r.prop.name))
    return found


#: words after a bare "fly" that leave it a trip to space ("fly in space", "fly for the first time")
_FLOWN_PLAINLY = {"in", "into", "to", "space", "orbit", "on", "aboard", "the", "a", "for", "first", "time", "ever"}


def _flown(tokens: Sequence[Token], vocabulary: Vocabulary, skip: set[int], expected: tuple[str, ...],
           wh_tokens: set[int], asked: set[str]) -> list[RelationMatch]:
    """The verb "fly" read alone, when no phrase of the question reads a relation ("fly for",
    "fly with", "fly to the station", "how high did X fly" read their own): "When did X fly?",
    "What year did X fly?" ask for the launch; "What did X fly?", "Which orbiter flew STS-3?"
    for the craft (a question of a station flown to is its own)."""
    verb = next((t for t in tokens if t.lemma == "fly" and t.i not in skip), None)
    if verb is None or any(t.i not in skip and not t.is_punct and t.lower not in _FLOWN_PLAINLY
                           for t in tokens[verb.i + 1:]):
        return []  # "When did X fly at Rissala / solo / over the Pacific?": a flight the words make another
    date = expected == ("date",) or "date" in expected and any(
        i + 1 < len(tokens) and tokens[i + 1].lemma in _TIMES for i in wh_tokens)  # "What year did X fly?"
    craft = "date" not in expected and "entity" in expected and (not asked or bool(
        asked <= vocabulary.family("Vehicle") and not asked & vocabulary.family("SpaceStation")))
    prop = vocabulary.properties.get("launchDate" if date else "launchVehicle" if craft else "")
    return [RelationMatch(prop, 1.0, (verb.i,), inverse=False)] if prop is not None else []


def _names_another_thing(tokens: Sequence[Token], hit: tuple[int, ...], read: set[int],
                         vocabulary: Vocabulary) -> bool:
    """Are the phrase's words only the first part of a noun no word of the vocabulary reads ("in
    the command module": a module, not a command)? Then the phrase names that thing, not the
    relation. Not when the noun is read ("the crew member", "the mission commander"), nor when it
    is what is said of someone ("X was a flight engineer": a role, read by its own template)."""
    content = [tokens[i] for i in hit if not tokens[i].is_stop]
    return bool(content) and all(
        t.dep == "compound" and t.head not in hit and t.head not in read and tokens[t.head].pos == "NOUN"
        and tokens[t.head].dep in ("pobj", "dobj") and tokens[t.head].lower not in vocabulary.words
        and tokens[t.head].lemma not in vocabulary.words for t in content)


def _fronted(tokens: Sequence[Token], words: Words, phrase: Phrase, wh_tokens: set[int]) -> tuple[int, ...]:
    """The phrase found with its last word, a preposition, moved to the front of the question:
    "From which pad did X lift off?" says "lift off from"."""
    if len(phrase.words) < 2 or len(tokens) < 2 or tokens[0].lower != phrase.words[-1] or tokens[0].tag != "IN" \
            or 1 not in wh_tokens:
        return ()
    rest = words.find(Phrase(phrase.text, phrase.words[:-1], phrase.lemmas[:-1]))
    return (0, *rest) if rest else ()


def _ranged_as(prop: PropertyWords, asked: set[str], noun: set[int], vocabulary: Vocabulary) -> bool:
    """Is the noun asked for ("which spacecraft") exactly the property's range? Of two relations
    the same words match, the one whose values are that noun's class is meant, not one whose
    values only may be ("launch vehicle" ranges over rockets and spacecraft alike)."""
    cls = vocabulary.classes.get(prop.range or "")
    return bool(noun) and cls is not None and cls.iri in asked


def _ranges_over(prop: PropertyWords, asked: set[str], vocabulary: Vocabulary) -> bool:
    """Can the property's values be of one of the ``asked`` classes (the class or a subclass of
    its range)?"""
    cls = vocabulary.classes.get(prop.range or "")
    return cls is not None and bool(asked & set(cls.family))


def _meaningful(tokens: Sequence[Token], hit: Iterable[int], wh_tokens: set[int]) -> bool:
    """Does the phrase found say something: a word that is no little word, the question word,
    or a verb with its particle ("take off": two little words that together mean a launch)?"""
    hit = list(hit)
    return any(not tokens[i].is_stop or i in wh_tokens and not _asks_a_noun(tokens, i) for i in hit) or (
        len(hit) > 1 and any(tokens[i].dep == "prt" or tokens[i].lower in _HOMEWARD for i in hit))


def _stranded(tokens: Sequence[Token], hit: tuple[int, ...]) -> bool:
    """Does the phrase end in a preposition left at the question's end ("... the director of?"),
    whose object is the question word's answer?"""
    last = max(hit)
    return tokens[last].tag == "IN" and (last + 1 == len(tokens) or tokens[last + 1].pos == "PUNCT")


def _companion_of(tokens: Sequence[Token], i: int, wh_tokens: set[int]) -> bool:
    """Is the little word a "with" of a verb of doing, with an object of its own, when "who" asks
    ("Who went with X?", "Who ventured outside with X?")? Then its object is the one the person
    asked went with, not a value "who" stands for: "Which agency is she with?" strands it, and
    "Who is with NASA?" says whom NASA employs."""
    head = tokens[tokens[i].head] if 0 <= tokens[i].head < len(tokens) else None
    return any(tokens[w].lower in ("who", "whom") for w in wh_tokens) and tokens[i].lower == "with" and (
        head is not None and head.pos == "VERB" and head.lemma != "be") and any(
        t.head == i and t.dep == "pobj" and t.i not in wh_tokens for t in tokens)


def _helps_another_verb(tokens: Sequence[Token], hit: tuple[int, ...]) -> bool:
    """Is the phrase's "do" only the auxiliary of another verb ("What did X die of?" is no
    "what does X do")? An auxiliary says nothing of its own."""
    return any(tokens[i].lemma == "do" and tokens[i].dep == "aux" and tokens[i].head not in hit
               and tokens[tokens[i].head].lemma != "do" for i in hit)


#: verbs of a phrase that tell the start of what they take as object ("start space flight")
_STARTING = {"begin", "start"}


def _begins_another_thing(tokens: Sequence[Token], hit: tuple[int, ...]) -> bool:
    """Does the phrase's verb of starting take another thing as its object, between the phrase's
    words ("When did X start training for her flight?", "begin preparing for the mission")?
    Then it asks when that began, not the flight."""
    return any(tokens[i].lemma in _STARTING and any(
        t.head == i and t.dep in ("dobj", "xcomp") and t.i not in hit and min(hit) < t.i < max(hit)
        for t in tokens) for i in hit)


#: adverbs that make a phrase of little words a return ("due back")
_HOMEWARD = {"back"}


def _asks_a_noun(tokens: Sequence[Token], i: int) -> bool:
    """Is the question word the determiner of a noun ("What illness did X have?")? Then that
    noun says what is asked, and the question word alone makes no little-word phrase mean
    anything ("what ... does" is the occupation only in "What does X do?")."""
    return tokens[i].dep == "det" and tokens[tokens[i].head].pos in ("NOUN", "PROPN")


def _classes(tokens: Sequence[Token], vocabulary: Vocabulary, phrases: PhraseBook, skip: set[int],
             wh_tokens: set[int]) -> list[ClassMatch]:
    """Classes named in the question; a class right after the question word (or after
    "how many", "list") is the target of the question."""
    found: list[ClassMatch] = []
    taken: set[int] = set(wh_tokens)
    ranked = sorted(((p, c) for c in vocabulary.classes.values() for p in phrases.classes.get(c.name, ())),
                    key=lambda pc: -len(pc[0].words))
    anchor = max(wh_tokens, default=-1)
    words = Words(tokens, skip)
    for phrase, cls in ranked:
        hit = words.find(phrase, max_gap=0)
        if hit and taken & set(hit):
            hit = Words(tokens, skip | taken).find(phrase, max_gap=0)
        if not hit or all(tokens[i].is_stop for i in hit):
            continue
        taken.update(hit)
        between = [t for t in tokens[anchor + 1:hit[0]] if not t.is_punct]
        target = anchor >= 0 and tokens[anchor].lower not in _PLACE_OR_TIME and all(
            t.pos in ("DET", "ADJ", "NUM", "ADV") or t.is_stop or _modifies(tokens, t, hit[-1])
            or _named_before(tokens, t, hit[-1], skip) for t in between) and len(between) <= 3
        target = target and not _qualifies_next(tokens, hit[-1], anchor) and not _subject_of_do(tokens, between, anchor)
        found.append(ClassMatch(cls, hit, target))
    found.sort(key=lambda c: (not c.target, c.tokens))
    return found


#: question words that ask a place or a time, never for a class's member: "Where did X's capsule land?"
#: asks where X's capsule landed, not for a capsule
_PLACE_OR_TIME = frozenset({"where", "when"})


#: verbs of being given a part to play ("named to command", "assigned to fly")
_ASSIGNING = {"name", "assign", "pick", "tap", "choose", "select", "appoint", "designate"}


def _assigned(tokens: Sequence[Token], wh: str | None) -> bool:
    """ "Who was named to command X?", "Whom did NASA assign to fly X?": asks who was given the
    part, which the articles state as a plan (the flight may not have flown). Asked when, the
    question is of the naming, which no plan dates; asked which flight ("Which crew was X
    selected to fly on?"), the part may be named otherwise than the plan names it ("Expedition
    58/59"), so only the person asked is read so."""
    return wh in ("who", "whom") and any(
        t.lemma in _ASSIGNING and t.i + 2 < len(tokens) and tokens[t.i + 1].lower == "to"
        and tokens[t.i + 2].pos in ("VERB", "AUX") for t in tokens)


def _be_to(tokens: Sequence[Token]) -> bool:
    """ "When was X to lift off?", "Where is Y's craft to land?": "be" and, with no other verb
    between, "to" and the verb it governs ask about a plan; "Who was the first to walk ...?" (the
    verb said of a noun, "the last to leave") does not."""
    for t in tokens:
        verb = tokens[t.head] if t.lower == "to" and t.pos == "PART" and t.head > t.i else None
        if verb is None or verb.dep not in ("xcomp", "advcl", "ccomp", "ROOT") or verb.pos not in ("VERB", "AUX"):
            continue
        be = next((b for b in reversed(tokens[:t.i]) if b.pos in ("VERB", "AUX")), None)
        if be is not None and be.lemma == "be" and not any(w.tag == "JJS" or w.lemma in _ORDINAL | {"only", "next"}
                                                           or w.lower in ("which", "what")  # "was which person to fly"
                                                           for w in tokens[be.i + 1:t.i]):
            return True
    return False


def _subject_of_do(tokens: Sequence[Token], between: Sequence[Token], anchor: int) -> bool:
    """Is the class's word the subject of "what did ... do" ("What did the Crew-4 astronauts name
    their spacecraft?" asks what they named, not an astronaut)?"""
    return anchor >= 0 and tokens[anchor].lower == "what" and any(t.lemma == "do" and t.pos == "AUX" for t in between)


def _qualifies_next(tokens: Sequence[Token], noun: int, anchor: int) -> bool:
    """Does the class's word only qualify a noun after it in a "who" question ("Who was the
    mission commander?", "who is the flight engineer?"), or a noun of a selected group after
    any question word ("Which astronaut class is X in?" asks for a class, not an astronaut)?
    "Who" asks for that noun, never for the class; after "which" the class may be asked
    ("Which expedition crew did X join?")."""
    if anchor < 0 or tokens[noun].dep != "compound" or tokens[noun].head <= noun:
        return False
    return tokens[anchor].lower in ("who", "whom") or tokens[tokens[noun].head].lemma in _INTAKES


#: nouns of a group an agency selects together ("the 2013 astronaut class")
_INTAKES = {"class", "group", "batch", "intake", "corps"}


def _named_before(tokens: Sequence[Token], token: Token, noun: int, named: set[int]) -> bool:
    """Is the word part of a name right before the noun, whatever the model made of it ("Which
    NS-34 passenger": the flight's name taken for a determiner)? Not when the noun itself only
    qualifies another ("Which Expedition 13 flight engineer")."""
    return token.i in named and all(i in named for i in range(token.i, noun)) and tokens[noun].dep != "compound"


def _modifies(tokens: Sequence[Token], token: Token, noun: int) -> bool:
    """Is the word part of the noun's own phrase ("shuttle" and "Blue Origin" of "Which shuttle
    mission", "which Blue Origin mission"), so the question still asks for that noun?"""
    for _ in range(3):
        if token.dep not in ("compound", "amod", "nmod") or token.head == token.i:
            return False
        if token.head == noun:
            return True
        token = tokens[token.head]
    return False


def _numbers(tokens: Sequence[Token], named: set[int]) -> tuple[tuple[float, ...], str | None]:
    """Numbers outside names, and a comparison before the first ("more than 380" -> ">")."""
    values: list[float] = []
    threshold = None
    for t in tokens:
        value = t.number
        if value is None or t.i in named:
            continue
        values.append(value)
        window = tokens[max(0, t.i - 3):t.i]
        before = [x.lemma for x in window] + [x.lower for x in window]
        if threshold is None:
            if "least" in before:
                threshold = ">="
            elif "most" in before and "at" in before:
                threshold = "<="
            elif "than" in before or set(before) & (_ABOVE | _BELOW):
                smaller = bool(set(before) & (_SMALLER | _BELOW))
                threshold = "<" if smaller else ">"
    return tuple(values), threshold


def _comparison(tokens: Sequence[Token], named: set[int]) -> tuple[str | None, bool]:
    """The direction of a comparative or superlative ("longer", "most", "youngest")."""
    for t in tokens:
        if t.i in named:
            continue
        superlative = t.tag in ("JJS", "RBS") or t.lower in ("most", "least", "fewest")
        comparative = t.tag in ("JJR", "RBR") or t.lower in ("more", "less", "fewer")
        if not (superlative or comparative):
            continue
        after = tokens[t.i + 1:t.i + 4]
        if after and after[0].lower == "than" and any(x.number is not None for x in after):
            continue  # "more than 380" is a threshold, not a ranking
        lemma = t.lemma if t.lemma not in ("much", "many") else t.lower
        if lemma in _SMALLER or t.lower in _SMALLER:
            return "smaller", superlative
        return "larger", superlative
    return None, False


#: Months and weekdays, which the model tags as proper nouns but which name no thing of the graph.
_CALENDAR_NAMES = {n.lower() for n in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name) if n}


def _told(token: Token) -> bool:
    """Is a request word ("name", "tell") a past verb of the question ("Who named X?"), not a
    request to the service ("Name X's crewmates")?"""
    return token.lemma in _REQUESTS and token.tag in ("VBD", "VBN")


def _unknown_names(tokens: Sequence[Token], explained: set[int]) -> tuple[str, ...]:
    """Runs of proper nouns the graph does not know (for "I do not know X")."""
    runs: list[str] = []
    current: list[str] = []
    for t in tokens:
        if t.i not in explained and t.pos == "PROPN" and t.lower not in _WH and t.lower not in _CALENDAR_NAMES:
            current.append(t.text)
            continue
        if current:
            runs.append(" ".join(current))
        current = []
    if current:
        runs.append(" ".join(current))
    return tuple(runs)


def _past_verb(token: Token, tokens: Sequence[Token]) -> bool:
    """Is the word a verb in the past? A participle the model tags as past beside a present "is"
    ("Who is X married to?") tells a state that holds now, not an event that was."""
    return token.tag == "VBD" and not any(
        b.lemma == "be" and b.tag in ("VBZ", "VBP") and (b.head == token.i or token.head == b.i) for b in tokens)
