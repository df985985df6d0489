"""A verb no relation reads: "Who designed the Corvid 16 mission?" names a flight whose noun
reads as its crew, and answering with the crew ignores the verb, which asks for someone else.

The rule is narrow, since most verbs of a question carry no relation of their own ("Who was on
X?", "Who went to space on X?", "How many days did X spend in space?"): the question's main
verb counts only when it is a content verb (none of :data:`CARRIERS`), no word of the
ontology's question vocabulary, read by no relation the question matched, its subject is
what the question asks for ("who", "which company") and its object is a noun the answer comes
through (a name, a class noun or a relation's word). "Whose record did X break?" and "Which
university did X attend?" ask for the verb's object, which their templates read.

The same holds of the verb "how many times" counts ("How many times did X apply before she was
selected?"), of an unread object that picks among those asked for ("Which X crew member had the
medical concern?") and of a giver asked when the graph records only who received ("Who awarded X
the title of Y?").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from kg.questions.flights import HOME, UP
from kg.questions.match import LIGHT, Parsed
from kg.questions.origin import FROM_VERBS
from kg.questions.scopes import is_scope
from kg.questions.spaceflight import GOING, SPACE
from kg.questions.text import Token, subtree
from kg.questions.titles import LEAD_VERBS
from kg.questions.vocabulary import Vocabulary

#: Verbs that say nothing a noun beside them does not ("be", "have", "make up"): the question
#: reader's light words, and these.
_LIGHT = LIGHT | {"make", "take", "become", "spend", "include", "involve", "mean", "call", "use", "happen", "belong",
                  "set", "hold", "plan", "schedule", "target", "expect", "slate"}
#: Verbs of going, coming and being carried: how people say someone was aboard a flight or a craft,
#: whichever relation the flight or craft reads as ("Who launched on the X mission?"): those the
#: spaceflight and origin templates read, and these.
_MOVING = GOING | FROM_VERBS | {"ride", "join", "serve", "leave", "return", "land", "stay", "live", "work", "visit",
                                "complete", "carry", "bring", "send"}
#: Verbs that carry no relation of their own in a question, or one a template reads (leading a
#: body: :mod:`kg.questions.titles`).
CARRIERS = _LIGHT | _MOVING | LEAD_VERBS
#: Verbs that only say that the event their object names took place ("conducted a spacewalk with X"):
#: read when the object begins a relation's phrase that goes on after it ("spacewalk with"), not
#: when the object is the phrase ("conducted the mission" is no "mission": the crew).
_DOING = {"conduct", "perform", "carry", "do", "undertake", "stage"}
#: Question words that make a verb's subject what is asked ("who designed", "which company built").
_ASKING = {"who", "what", "which"}
#: Endings that make a verb's lemma a word of the vocabulary ("commanded", "commander", "selects").
_ENDINGS = ("", "s", "d", "ed", "r", "er", "or", "ing")
#: Dependency labels of a verb's object, straight or after a preposition ("paid for the mission").
_OBJECTS = {"dobj", "obj", "pobj"}


def unread_verb(parsed: Parsed, vocabulary: Vocabulary) -> Token | None:
    """The question's main verb when nothing reads it and the answer's noun is its object, or
    what "how many times" counts ("How many times did X apply before she was selected?" counts
    applications, not the selections a relation of the clause after it reads)."""
    read = {i for r in parsed.relations for i in r.tokens}
    named = {i for m in parsed.mentions for i in range(m.start, m.end)}
    nouns = read | named | {i for c in parsed.classes for i in c.tokens}
    known = vocabulary.words
    for verb in parsed.tokens:
        lemma = verb.lemma.lower()
        if verb.dep != "ROOT" or verb.pos != "VERB" or verb.i in read | named or lemma in CARRIERS \
                or known & {verb.lower, *(lemma + end for end in _ENDINGS)}:  # "command": "commander"
            continue
        if lemma in _DOING and any({o.i, o.i + 1} <= set(r.tokens) for r in parsed.relations[:1]
                                   for o in _objects(parsed.tokens, verb)):
            continue
        if _asked_subject(parsed.tokens, verb) and any(o.i in nouns for o in _objects(parsed.tokens, verb)) \
                or parsed.wh == "how many" and _times_of(parsed.tokens, verb):
            return verb
    return None


def unread_object(parsed: Parsed) -> Token | None:
    """The object of the verb said of what is asked when no word reads either: "Which X crew
    member had the medical concern?", "... stayed in the command module?" pick one of the crew by
    a thing the graph does not record, so the crew the noun reads as is no answer."""
    read = {i for r in parsed.relations for i in r.tokens}
    for verb in parsed.tokens:
        if verb.dep != "ROOT" or verb.pos not in ("VERB", "AUX") or verb.i in read \
                or not (_asked_subject(parsed.tokens, verb) or _asked_noun_subject(parsed, verb)):
            continue
        unread = [o for o in _objects(parsed.tokens, verb) if o.text in parsed.unexplained and o.pos == "NOUN"
                  and o.i not in hedged(parsed.tokens)
                  and o.lemma.lower() not in SPACE  # "into Earth orbit": where every flight goes
                  and o.lower not in HOME | UP  # "brought X home": the trip, read by the trip templates
                  and not _verb_after_did(parsed.tokens, verb, o)]
        if unread:
            return unread[0]
    return None


def unread_attribute(parsed: Parsed) -> Token | None:
    """The noun "who" stands for that no word reads: "Who was the physician on the X crew?" asks
    for one of the crew by a part the graph does not record, so the crew "crew" reads as is no
    answer (a part it records, "commander", is read by its relation); so is "Which Voskhod 1 crew
    member was a doctor?" by the one crew member the crewMember relation gives."""
    if parsed.wh not in ("who", "which"):
        return None
    read = {i for r in parsed.relations for i in r.tokens} | {i for c in parsed.classes for i in c.tokens} | {
        i for m in parsed.mentions for i in range(m.start, m.end)}
    for root in parsed.tokens:
        if root.dep != "ROOT" or root.lemma != "be":
            continue
        parts = ("attr", "nsubj") if parsed.wh == "who" else ("attr",)  # "Which year was X selected?": the noun
        # "which" asks for is no attribute
        said = [t for t in parsed.tokens if t.head == root.i and t.dep in parts and t.pos == "NOUN"
                and t.lower != "who" and t.i not in read and t.text in parsed.unexplained
                and not any(c.head == t.i and c.lower in ("which", "what") for c in parsed.tokens)]
        if said:
            return said[0]
    return None


def _verb_after_did(tokens: Sequence[Token], verb: Token, word: Token) -> bool:
    """Is the "object" of "did" the question's own verb of a trip, tagged as a noun after the
    name before it ("In which spacecraft did X land?", "... did X launch on?", "Which station did
    X visit?"): the last word,
    or the last before a preposition, of a question whose main verb the parser took "did" for."""
    rest = [t for t in tokens[word.i + 1:] if t.pos != "PUNCT"]
    return verb.lemma == "do" and all(t.pos == "ADP" for t in rest) and len(rest) <= 1 \
        and (word.lower in UP | HOME or word.lemma.lower() in _MOVING)


def giver_asked(parsed: Parsed) -> Token | None:
    """The verb of "Who awarded X the title of Y?", whose subject asked is the giver and whose
    named indirect object the receiver: the graph records who received an award or a title,
    never who gave it, so those who received it too are no answer."""
    named = {i for m in parsed.mentions for i in range(m.start, m.end)}
    mention_at = {i: m.start for m in parsed.mentions for i in range(m.start, m.end)}
    for verb in parsed.tokens:
        if verb.dep != "ROOT" or verb.pos != "VERB" or not _asked_subject(parsed.tokens, verb):
            continue
        objects = [t for t in parsed.tokens if t.head == verb.i and t.dep in ("dative", "dobj")]
        if any(t.lower in HOME | UP for t in objects):
            continue  # "Which capsule brought X home?": where X was taken, parsed as a thing given
        if len({mention_at.get(t.i, -1 - t.i) for t in objects}) < len(objects):
            continue  # "Who commanded Soyuz T-11?": one name the parser split into two objects
        receivers = [t for t in objects[:-1] if t.i in named]  # the first of two objects, as parsed
        if receivers or any(t.dep == "dative" and t.i in named for t in objects):
            return verb
    return None


def _asked_noun_subject(parsed: Parsed, verb: Token) -> bool:
    """Is the noun after "which" inside the verb's subject, however the parse hangs "which"
    ("Which X crew member stayed ...?", read as "X" with "member" beside it)?"""
    tokens = parsed.tokens
    which = next((t.i for t in tokens if t.lower == "which"), None)
    noun = next((t for t in tokens[which + 1:which + 5] if t.pos == "NOUN"), None) if which is not None else None
    for _ in range(len(tokens)):
        if noun is None or noun.head == noun.i:
            return False
        if noun.head == verb.i:
            return noun.dep in ("nsubj", "nsubjpass")
        noun = tokens[noun.head]
    return False


def _times_of(tokens: tuple[Token, ...], verb: Token) -> bool:
    """Does "how many times" count the verb ("How many times did X apply"), whether the parse
    hangs "times" on the verb or on its auxiliary ("did")?"""
    heads = {verb.i} | {t.i for t in tokens if t.head == verb.i and t.dep in ("aux", "auxpass")}
    return any(t.lemma.lower() == "time" and t.head in heads and t.i != verb.i for t in tokens)


def outranked_verb(parsed: Parsed, answered: Collection[str]) -> tuple[Token, str] | None:
    """The question's main verb, with the relation it reads, when the ``answered`` properties
    (IRIs of the facts the answers rest on) are not that relation's but one read from the verb's
    object: "Who heads the Corvid 16 crew?" reads "heads" as a leader and "crew" as the crew, and
    "Who commanded the X crew?", when X has no stated commander, fell back to the crew."""
    for verb in parsed.tokens:
        if verb.dep != "ROOT" or verb.pos != "VERB" or verb.lemma.lower() in _LIGHT | _MOVING \
                or not _asked_subject(parsed.tokens, verb):
            continue
        said = [r for r in parsed.relations if verb.i in r.tokens]
        if not said or any(set(r.prop.family) & set(answered) for r in said):
            continue
        objects = {o.i for o in _objects(parsed.tokens, verb)}
        if any(set(r.prop.family) & set(answered) and objects & set(r.tokens) for r in parsed.relations):
            return verb, said[0].prop.word
    return None


def place_of_another_event(parsed: Parsed, answered: Collection[str], places: Collection[str]) -> tuple[
        Token, str] | None:
    """A word of the question with the place relation it reads, when the question asks for a
    place ("In which country did X land?", "In which country was X born?", "... did X launch?") and the ``answered``
    properties are none of the verb's but one only the noun asked reads (a nationality, read from
    "country"): the place of another relation answers another question. ``places``: the local
    names of the place classes."""
    asked = {i for c in parsed.classes if c.target and c.cls.name in places for i in c.tokens}
    if not asked or not answered:
        return None
    by_noun = {f for r in parsed.relations if set(r.tokens) <= asked for f in r.prop.family}
    if not set(answered) <= by_noun:
        return None
    named = {i for m in parsed.mentions for i in range(m.start, m.end)}
    for verb in reversed(parsed.tokens):  # any word, the verb first: "land" may be read as a noun
        if verb.i in asked or verb.i in named:
            continue
        said = [r for r in parsed.relations if verb.i in r.tokens]
        if verb.lemma.lower() in LIGHT or not said or any(set(r.prop.family) & set(answered) for r in said):
            continue
        placed = [r for r in said if r.prop.range in places]  # "launch": its site, though "launch" reads a date
        return verb, (placed or said)[0].prop.label
    return None


#: Verbs of a record taken ("broke the record", "set a new record")
RECORD_VERBS = {"break", "beat", "set", "smash", "surpass", "eclipse", "top", "claim", "shatter"}
#: Words that tie what is asked to an event told in a clause ("when her family moved", "after landing").
_TIED = {"when", "after", "before", "while", "once", "until"}


def tied_clause_words(parsed: Parsed) -> set[int]:
    """The indices of the words of clauses that place the question at an event ("while X was
    aboard", "when she landed"): what they say bounds the time, it is not what is asked."""
    tokens = parsed.tokens
    return {i for mark in tokens[1:] if mark.lower in _TIED and mark.dep in ("mark", "advmod")
            and tokens[mark.head].dep == "advcl"
            for i in subtree(tokens, mark.head) | {mark.i}}


def event_clause(parsed: Parsed, vocabulary: Vocabulary, answered: Collection[str]) -> tuple[Token, str] | None:
    """The verb of a clause that ties the value asked to an event ("How old was X when her family
    emigrated?", "Where were they flown after landing?"), with why the answers cannot rest on it:
    "unread", no relation reads the verb; "undated", the relations it reads have no time ("when
    she married"); "own", the answers rest only on the relation the clause itself reads ("after
    landing" bounds the time: the landing site is not what is asked)."""
    tokens = parsed.tokens
    known = vocabulary.words
    for mark, verb in _tied(tokens):
        lemma = verb.lemma.lower()
        if _of_a_record(tokens, verb):
            continue  # "how old was X when he broke the record?": the time of the record, the age stated then
        said = [r for r in parsed.relations if verb.i in r.tokens]
        if lemma not in CARRIERS and not said and not known & {verb.lower, *(lemma + e for e in _ENDINGS)}:
            return verb, "unread"
        if lemma not in CARRIERS and said and not any(r.prop.kind == "date" for r in said):
            return verb, "undated"
        clause = subtree(tokens, verb.i) | {mark.i}
        own = {f for r in parsed.relations if set(r.tokens) <= clause for f in r.prop.family}
        outside = {f for r in parsed.relations if not set(r.tokens) <= clause for f in r.prop.family}
        if answered and set(answered) <= own and not set(answered) & outside:
            return verb, "own"
    return None


#: Phrases that close a question without changing what it asks ("..., in the end?", "after all?")
_HEDGES = (("in", "the", "end"), ("after", "all"), ("at", "all"), ("in", "the", "event"))


def hedged(tokens: Sequence[Token]) -> set[int]:
    """The indexes of a hedge that closes the question (:data:`_HEDGES`), before its "?"."""
    words = [t.lower for t in tokens if not t.is_punct]
    for hedge in _HEDGES:
        if tuple(words[-len(hedge):]) == hedge:
            content = [t.i for t in tokens if not t.is_punct]
            return set(content[-len(hedge):])
    return set()


def _of_a_record(tokens: tuple[Token, ...], verb: Token) -> bool:
    """Is the verb one of setting or breaking a record, said of one ("broke the 237-day record")?"""
    return verb.lemma.lower() in RECORD_VERBS and any(t.head == verb.i and t.lemma.lower() == "record" for t in tokens)


def _tied(tokens: tuple[Token, ...]) -> list[tuple[Token, Token]]:
    """The words that tie a clause to the value asked ("when", "after") with the clause's verb."""
    tied = []
    for mark in tokens[1:]:
        if mark.lower not in _TIED:
            continue
        verb = next((t for t in (*(t for t in tokens if t.head == mark.i), tokens[mark.head])  # "after landing"
                     if t.pos == "VERB" and t.i != mark.i), None)  # or "when she flew"
        if verb is not None:
            tied.append((mark, verb))
    return tied


def unread_clause(parsed: Parsed, vocabulary: Vocabulary) -> tuple[Token, list[Token]] | None:
    """The verb of a clause that ties the value asked to an event, with the clause's other words
    that nothing reads (:func:`unread_words`), when there are any ("after landing for medical
    checks", "when her family emigrated from Iran"); the verb itself is judged by
    :func:`event_clause`, since some templates read it ("how old was X when he flew")."""
    for _, verb in _tied(parsed.tokens):
        if verb.dep == "ROOT" or _of_a_record(parsed.tokens, verb):  # "made after Monday's outing": a bound
            continue  # of the question's own verb; "when she set the endurance record": the record's time
        words = unread_words(parsed, subtree(parsed.tokens, verb.i) - {verb.i}, vocabulary.words)
        if words:
            return verb, words
    return None


def unread_words(parsed: Parsed, among: Collection[int], known: frozenset[str]) -> list[Token]:
    """The content words at ``among`` that nothing of the question reads: no name, no relation's
    phrase, no word of the ontology's vocabulary, no noun a name stands before ("the X crew"
    names the flight X) and no closing hedge ("in the end"). A clause of such words ("when her
    family emigrated from Iran", "after landing for rehabilitation") changes what is asked in a way
    the graph cannot follow."""
    read = {i for r in parsed.relations for i in r.tokens} | {m.end for m in parsed.mentions} | hedged(parsed.tokens)
    return [t for t in parsed.tokens if t.i in among and t.text in parsed.unexplained and t.i not in read
            and t.pos in ("NOUN", "ADJ", "VERB", "PROPN") and t.lemma.lower() not in CARRIERS
            and not known & {t.lower, t.lemma.lower(), *(t.lemma.lower() + e for e in _ENDINGS)}]


#: How a word narrows the noun after it ("the backup crew", "the support crew", "the prime crew").
_NARROWING = {"amod", "compound", "nmod"}


def unread_qualifier(parsed: Parsed, skip: Collection[str]) -> Token | None:
    """A word before the noun the answer was read from that narrows it and that nothing reads
    ("Who were the backup crew for X?", "Who was the prime commander of X?"): the plain noun's
    answer is of another, wider question. ``skip``: words a later step of the engine reads."""
    asked = {i for r in parsed.relations[:1] for i in r.tokens} | {
        i for c in parsed.classes if c.target for i in c.tokens}
    tokens = parsed.tokens
    named = {i for m in parsed.mentions for i in range(m.start, m.end)} | {  # "the X crew" names the flight X
        m.end for m in parsed.mentions if m.end < len(tokens) and tokens[m.end].pos == "NOUN"}
    asked = {i for i in asked if tokens[tokens[i].head].lemma != "do"}  # "did X's module land?": a verb
    return next((t for t in tokens if t.head in asked and t.i < t.head and t.i not in asked | named
                 and t.dep in _NARROWING and t.pos in ("ADJ", "NOUN", "PROPN") and t.text in parsed.unexplained
                 and t.lower not in skip and not is_scope(t.text)), None)  # "Russian": applied by the engine


def _asked_subject(tokens: tuple[Token, ...], verb: Token) -> bool:
    """Is the verb's subject the question word, or a noun it asks for ("which company")?"""
    subjects = [t for t in tokens if t.head == verb.i and t.dep in ("nsubj", "nsubjpass") and t.i != verb.i]
    return any(s.lower in _ASKING or any(t.head == s.i and t.lower in _ASKING for t in tokens) for s in subjects)


def _objects(tokens: tuple[Token, ...], verb: Token) -> list[Token]:
    """The verb's objects, straight ("designed the mission") or through a preposition ("paid for it")."""
    children = [t for t in tokens if t.head == verb.i and t.i != verb.i]
    through = [t for p in children if p.dep == "prep" for t in tokens if t.head == p.i and t.dep == "pobj"]
    return [t for t in (*children, *through) if t.dep in _OBJECTS]

