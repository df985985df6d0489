"""A flight's crew size as the article states it ("a crew of four", "the four-person crew", "the
five astronauts", "Four astronauts lifted off", "the four astronauts of Crew-9", "the trio",
"carrying four people", "a crew of six other astronauts": seven with the one leading them), as
``crewSize`` of the flight the phrase names, else of the one its sentence names, else of the
story's flight, else of the one flight of the person leading it. A size is kept only where it
can only be the whole crew: never of a station's crew, of a group the article seats more people
than, of part of a group ("two of the four"), or of other things counted ("four spacewalks", "a
four-day mission"). Read once the document's crews are known."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, value
from extract.components.quantities import count
from extract.frames.crafts import past_flight
from extract.frames.crews import crew_of, flight_crew
from extract.frames.mood import mood
from extract.rules.common import MISSIONS, VERSION

#: what a count in "the four-person crew" counts ("a two-man crew", "the four-astronaut crew")
PERSON_WORDS = ("person", "man", "woman", "member", "astronaut", "people", "strong")
#: the nouns such a count describes as a flight's crew ("a four-person mission")
_CREW_NOUNS = {"crew", "mission", "flight", "spaceflight"}
#: plural nouns that, counted after "the", name a flight's people ("the five astronauts")
GROUP_NOUNS = ("astronauts", "cosmonauts", "taikonauts", "passengers", "crewmembers", "crewmates", "people",
               "members", "tourists", "flyers")
#: group words that count their people
COUNTED = {"pair": 2, "duo": 2, "trio": 3, "threesome": 3, "quartet": 4, "foursome": 4}
#: verbs whose subject or object, a counted group, flies as the crew ("the trio lifted off")
_FLIGHT_VERBS = {"launch", "lift", "blast", "fly", "land", "splash", "dock", "arrive", "return", "rocket", "ride",
                 "board", "carry", "bring", "spend", "travel", "touch", "undock", "depart", "crew", "comprise"}
#: words of a sentence that tell of a walk outside, whose walkers are seldom the whole crew
_OUTSIDE = {"spacewalk", "spacewalks", "spacewalking", "outside", "eva", "evas", "excursion", "airlock", "hatch",
            "inside", "walk", "moonwalk"}
#: verbs that tell how many a craft took up ("carrying four people")
CARRY_VERBS = ("carry", "take", "fly", "bring", "launch", "send")
#: a flight's crew is at most this large (a shuttle flew eight); more is no crew
_MOST = 10


def stated_size(ctx: Context, tok: Token, span: Span) -> None:
    """Read a stated size once every crew of the document is known (see the module docstring)."""
    ctx.later.append((_read, tok, span))


def _read(ctx: Context, tok: Token, span: Span) -> None:
    found = _size(ctx, tok, span)
    if found is None:
        return
    n, noun, sure = found
    if not 1 <= n <= _MOST or _part_of(ctx, span):
        return
    flight = flight_of(ctx, noun)
    if flight is None:
        flight = _led(ctx, noun)
    if flight is None:
        return
    if len(flight_crew(ctx, flight)) > n:  # "the two astronauts" of a crew of four: a part of it
        return
    modality = mood(ctx, noun)
    if modality is None:
        return
    ctx.add(flight, "crewSize", value(str(n), "integer"), span, rule=f"{VERSION}:crew_size", confidence=sure,
            modality=modality)


def _size(ctx: Context, tok: Token, span: Span) -> tuple[int, Token, float] | None:
    """The number a phrase states, the noun of the group it counts, and how sure the reading is."""
    words = [t.lower_ for t in span]
    if words[:2] == ["crew", "of"]:  # "a crew of four"; "a crew of six other astronauts" is seven
        n = count(span[2])
        if n is None or not _of_people(span[2]):
            return None
        return n + _others(span[2]), tok, 0.85
    if words[0] in COUNTED:  # "the trio", "the Shenzhou-15 trio"
        return (COUNTED[words[0]], tok, 0.7) if _group_flies(ctx, tok) else None
    if span[0].lemma_ in CARRY_VERBS or words[0] == "with":  # "carrying four people", "with four astronauts aboard"
        number = span[1]
        n = count(number)
        return (n, number.head, 0.75) if n is not None else None
    if words[0] in ("the", "all", "its", "their") or len(span) == 2 and words[1] in GROUP_NOUNS:
        number, noun = span[-2], span[-1]  # "the five astronauts", "Four astronauts lifted off"
        if number.lower_ == "crew":  # "the four crew members"
            number = span[-3]
        n = count(number)
        return (n, noun, 0.75) if n is not None and _group_flies(ctx, noun) else None
    crew = _described(span[-1])  # "the four-person crew", "a two-man crew"
    n = count(span[0])
    return (n, crew, 0.85) if n is not None and crew is not None else None


#: verbs whose subject heads the crew they take as object ("Rinn is leading a crew of six")
_LEADING = {"lead", "command", "head", "captain"}


def _led(ctx: Context, noun: Token) -> int | None:
    """The flight of a crew its commander leads ("Rinn is leading a crew of six other astronauts
    aboard the capsule"): the one flight not of the past whose crew the article puts the
    subject in; none beside a station or an expedition (a station's crew)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in _LEADING or ctx.in_sentence(noun.sent, "STATION", "EXPEDITION"):
        return None
    leader = next((p for c in verb.children if c.dep_ == "nsubj" and (p := ctx.person(c)) is not None), None)
    if leader is None:
        return None
    flights = {c for c, label in enumerate(ctx.labels) if label == "MISSION" and not past_flight(ctx, c)
               and leader in crew_of(ctx, c)}
    return flights.pop() if len(flights) == 1 else None


def _others(number: Token) -> int:
    """One for the person "a crew of six other astronauts" is told of, beside the six."""
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return int(after is not None and after.lower_ == "other")


def _of_people(number: Token) -> bool:
    """Whether the number after "crew of" counts people: "a crew of four", "a crew of four
    astronauts", not "a crew of 300 engineers" told of a ground team by a noun of another kind."""
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return after is None or not after.is_alpha or after.pos_ != "NOUN" or after.lower_ in GROUP_NOUNS \
        or after.lemma_ in ("astronaut", "cosmonaut", "taikonaut", "crewmember", "passenger", "person")


def _described(word: Token) -> Token | None:
    """The crew noun a "four-person" describes, two steps up the parse at most."""
    t = word
    for _ in range(3):
        if t.lower_ in _CREW_NOUNS:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return t if t.lower_ in _CREW_NOUNS else None


def _group_flies(ctx: Context, noun: Token) -> bool:
    """Whether a counted group is clearly a flight's crew: a flight is named in its phrase
    ("the Shenzhou-15 trio", "the four Crew-9 astronauts"), or it does what a crew does
    ("the trio lifted off", "carried the four astronauts"); not a group without a verb of flight
    ("the pair stepped outside", "a pair of spacewalks"), nor one told beside a walk outside
    ("the pair spent six hours outside")."""
    if any(c.lower_ == "of" and not any(t.lower_ in GROUP_NOUNS or ctx.is_a(t, "MISSION") for t in c.subtree)
           for c in noun.children):  # "a pair of spacewalks"; "the four astronauts of Crew-40" is a crew
        return False
    if any(t.lower_ in _OUTSIDE for t in noun.sent):
        return False
    if any(ctx.is_a(t, "MISSION") for t in noun.subtree):
        return True
    verb = _verb(noun)
    return verb.lemma_ in _FLIGHT_VERBS and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") \
        or verb.lemma_ in _FLIGHT_VERBS and noun.head.i != verb.i and noun.head.dep_ in ("nsubj", "dobj")


def _verb(noun: Token) -> Token:
    """The verb a noun hangs from, three steps up at most."""
    verb = noun.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _part_of(ctx: Context, span: Span) -> bool:
    """ "two of the four astronauts", "one of the trio": a count told of part of a group."""
    doc = ctx.doc
    start = span.start - (span[0].lower_ not in ("the", "all", "its", "their") and span.start > 0
                          and doc[span.start - 1].lower_ == "the")
    return start >= 1 and doc[start - 1].lower_ == "of" and (start < 2 or doc[start - 2].like_num or doc[
        start - 2].lower_ in ("one", "each", "both", "all", "none", "some", "most", "several", "any"))


def flight_of(ctx: Context, noun: Token) -> int | None:
    """The flight a crew noun is of: one its phrase names ("the four-person Crew-9 crew", "Crew-9's
    crew of four"), else the one flight its sentence names, else the story's (the one flight the
    sentence before names, else the only one the article names). Never a flight told as past;
    none for a station's crew ("the seven people aboard the station", "the Expedition 70 crew"),
    nor beside a numbered craft or an expedition the sentence names and no flight (its crew,
    perhaps not the story's)."""
    phrase = list(noun.subtree)
    if any(ctx.is_a(t, "STATION", "EXPEDITION") or t.lower_ in ("station", "outpost") for t in phrase):
        return None
    own = [c for t in phrase if (c := ctx.cluster(t)) is not None and ctx.labels[c] == "MISSION"]
    if own:
        return own[0]
    sent = noun.sent
    if _verb(noun).lemma_ not in _FLIGHT_VERBS and (ctx.in_sentence(sent, "STATION") or any(
            t.lower_ in ("station", "outpost") for t in sent)):
        return None  # "the station, where a three-member crew has been living": a station's crew
    here = _flights_in(ctx, sent, noun)
    if here:
        return here[0] if len(here) == 1 else None
    if any(ctx.labels[c] == "EXPEDITION" or any(ch.isdigit() for ch in str(ctx.clusters[c]["name"]))
           for _, c in ctx.in_sentence(sent, "EXPEDITION", "SPACECRAFT")):
        return None
    before = _flights_in(ctx, ctx.doc[sent.start - 1].sent, noun) if sent.start > 0 else []
    if len(before) == 1:
        return before[0]
    story = list(dict.fromkeys(c for c, label in enumerate(ctx.labels)
                               if label == "MISSION" and not past_flight(ctx, c)))
    return story[0] if len(story) == 1 else None


#: pronouns that open a sentence standing for the subject of the one before
_THEY = {"they", "it"}


def flight_before(ctx: Context, pronoun: Token) -> int | None:
    """The flight a sentence-opening "they" or "it" stands for: the one the sentence before has as
    its subject ("Expedition 3 left Earth on August 10. They would spend 117 days on the ISS",
    "STS-99 lifted off on May 5. It lasted 12 days"), as the name before a flight's noun ("The
    STS-99 mission was launched ...", however the parser hangs the name), or whose crew it has so
    ("The STS-99 crew ..."). None when that subject is anything else, so "they" of people or of
    part of a crew is never a whole flight."""
    sent = pronoun.sent
    if pronoun.lower_ not in _THEY or pronoun.i != sent.start or sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or ctx.person(subject) is not None:
        return None
    if ctx.is_a(subject, *MISSIONS):
        return ctx.cluster(subject)
    named = {c for t in subject.lefts if ctx.is_a(t, *MISSIONS) and (c := ctx.cluster(t)) is not None}
    if subject.lower_ in _CREW_NOUNS - {"crew"} and len(named) == 1:  # "The STS-99 mission lifted off ..."
        return named.pop()
    return flight_of(ctx, subject) if subject.lower_ == "crew" and any(
        c.lower_ == "the" for c in subject.children) else None


def _flights_in(ctx: Context, sent: Span, noun: Token) -> list[int]:
    """The flights a sentence names, not as past ones nor as the name of another group ("twice
    the 92 days of the Shenzhou-12 crew": that crew's flight, not the trio's)."""
    return list(dict.fromkeys(c for t, c in ctx.in_sentence(sent, "MISSION") if not past_flight(ctx, c) and not (
        t.head.i != noun.i and t.head.lower_ in ("crew", *GROUP_NOUNS, *COUNTED))))
