"""Role readers shared by every frame: who an event is about, and its date, places, craft,
destination and companions, read from the parse, the entity types and the context.

:func:`about` is the one ordered strategy for "who is this about"; each step says how sure
it is, and the facts of the event carry that confidence (a direct dependency is surer than
a list or the context, which are surer than the nearest name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extract.components.context import Context
from extract.components.dates import past_mention
from extract.components.found import DateMention
from extract.components.handovers import other_side
from extract.components.lists import list_after, subject_with_aside
from extract.components.quantities import count
from extract.facts import COMPANIONS
from extract.frames.event_dates import not_its_day, own_line
from extract.frames.lexicon import Frame
from extract.frames.reference_points import timed_from
from extract.frames.rockets import rocket_subject
from extract.frames.split_subjects import split_subjects
from extract.rules.common import (
    FOREBEARS,
    KIN,
    MISSIONS,
    VEHICLES,
    described,
    listed,
    mention,
    people_before,
    sole_person,
)

#: how sure a reading is, by how it was read
DIRECT, LISTED, CONTEXT, NEAREST = 0.85, 0.75, 0.65, 0.55

CRAFT = (*VEHICLES, *MISSIONS)
#: verbs that only carry an event noun: "made a spacewalk", "conducted the launch"
_LIGHT = {"make", "conduct", "perform", "complete", "carry", "do", "log", "undertake", "stage", "have", "take",
          "begin", "start", "finish", "end", "add", "rack", "notch", "total", "wrap", "conclude", "lead", "go",
          "spend"}
#: verbs whose "in" carries an event noun as one they took part in: "participated in a spacewalk"
_JOINING = {"participate", "partake", "partook"}  # the tagger may read "partook" as a noun, its own lemma
#: prepositions of an event noun that tell when something else happened: "after their landing"
WHEN = {"after", "since", "during", "before", "following", "until", "upon", "ahead"}
#: verbs that close something with an event: "ended their mission with a splashdown"
_ENDING = {"end", "conclude", "finish", "close", "wrap", "cap", "complete"}
#: prepositions and adverbs that add companions: "with", "alongside", "along with"
_WITH = {"with", "alongside", "along", "beside", "accompanied"}
#: words for a craft when it is not named: "his capsule landed"
CRAFT_NOUNS = {"capsule", "spacecraft", "ship", "craft", "vehicle", "spaceship", "rocket", "module"}
#: words that call a mission a craft ("the Shenzhou-19 spaceship")
CRAFT_WORDS = {"spaceship", "spacecraft", "capsule", "ship", "craft"}
#: prepositions of riding in a craft: "aboard a Soyuz ferrying A and B"
_INSIDE_CRAFT = {"aboard", "on", "in", "inside", "onboard"}
#: verbs whose participle tells whom a craft took along: "the capsule, carrying A and B, landed"
_CARRY = {"carry", "send", "bring", "take", "ferry", "transport", "deliver", "fly"}
#: verbs by which an agency or a country sends a craft up: "China launched the Shenzhou-19 spaceship"
_SEND_UP = {"launch", "send", "fire", "loft", "fly", "carry"}
_RELATIVE = {"who", "that", "which"}
_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


@dataclass(frozen=True, slots=True)
class About:
    """Whom an event is about: people, or a craft or mission when no one is named, and how
    sure the reading is."""

    people: tuple[int, ...]
    craft: int | None
    confidence: float


NOBODY = About((), None, 0.0)


def about(ctx: Context, tok: Token, frame: Frame | None = None) -> About:
    """Who an event told by a verb or a noun is about. In order: the passive's by-phrase
    when the frame reads it so ("commanded by X"); the grammatical subject (a name, a
    pronoun or "the pair" resolved by the reference component, a relative pronoun's noun,
    coordinated names, a craft and whoever it carried, a name before the verb that the parser
    did not take as its subject); for a noun, its owner ("her launch",
    "the launch of X", "the Soyuz MS-25 landing") or the subject of the verb it serves
    ("made seven spacewalks", "after their landing"); the subject of the clause the word
    depends on; the one person the sentence names."""
    if frame is not None and frame.by_agent:
        agent = [t for c in tok.children if c.dep_ == "agent" for t in c.subtree if ctx.person(t) is not None]
        if agent:
            return _person(ctx, agent[0], DIRECT)
    if frame is not None and tok.lemma_ in frame.by_object and verbal(tok) and not passive(tok):
        sent = _object(ctx, tok)
        if sent.people and not _launched_by_a_flyer(ctx, tok, frame) or not sent.people and frame.name != "launch":
            return sent  # a launch may send a craft ("sent the Shenzhou-41 ship into orbit"): read on
    if not verbal(tok):
        owned = _of_noun(ctx, tok)
        return owned if owned.people or owned.craft is not None else _entry(ctx, tok)
    if another_flight(ctx, tok) or _carried_no_one(ctx, tok):
        return NOBODY
    verb = tok
    for _ in range(3):  # "is set to launch", "launched and docked": the subject of the verb above
        subjects = _person_first(ctx, [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
        for child in subjects:
            found = _subject(ctx, child, verb, launch=frame is not None and frame.name == "launch")
            if found is not None:
                return _with_listed_subjects(ctx, found, subjects, verb)
        if any(c.lower_ in GROUPS for c in subjects):
            return NOBODY  # "they", "the crew" the references left unresolved: the story's crew, not the speaker's
        if any(c.pos_ == "PROPN" and c.is_title and ctx.cluster(c) is None for c in subjects):
            return NOBODY  # "Vantree died in 2054": someone the story did not make out, not its own person
            # (a dateline in capitals the parse took as a subject is no one: "PETALUMA -- A colonel rode")
        named = next((c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dep") and c.i < verb.i
                      and ctx.named_at.get(c.i) is not None and ctx.person(c) is not None), None)
        if named is not None:  # "A Navy pilot, Mattingly joined Nasa": a name the parser did not take as subject
            return _person(ctx, named, LISTED)
        if subjects or verb.dep_ not in ("xcomp", "conj", "pobj", "pcomp", "acomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    if tok.dep_ in ("relcl", "acl") and ctx.is_a(tok.head, *CRAFT):
        return _craft_at(ctx, tok.head, tok)
    if tok.dep_ in ("relcl", "acl") and (craft := _named(ctx, tok.head, *CRAFT)) is not None:
        return _craft(ctx, craft, tok.head, tok)  # "the Soyuz MS-10 spacecraft launched from Baikonur ..."
    if tok.dep_ == "acl" and (named := _what_it_was(ctx, tok.head)) is not None:
        return _craft_at(ctx, named, tok)  # "Soyuz 30 was a mission launched by the Soviet Union on 1 May 1970"
    if _thing_flown(ctx, tok):
        return NOBODY
    if _watched(tok) or onlooker(tok):
        return NOBODY  # "Her family watched as the capsule splashed down": not the watchers' landing
    along = _along_with(ctx, tok)
    if along:
        return About(tuple(along), None, LISTED)
    told_of = _participle_craft(ctx, tok)
    if told_of is not None:
        return told_of
    if _fronted_of_kin(tok):
        return NOBODY
    speaker = _speaker(ctx, tok)
    up = ctx.subject_of(tok.head, limit=6) if tok.head.i != tok.i else None
    if up is not None and up == speaker:
        return NOBODY
    if up is not None:
        return About((up,) if _told_of_one(ctx, tok, up) else tuple(ctx.conjuncts(up, tok)), None, CONTEXT)
    listed_before = _before_subjectless(ctx, tok)
    if listed_before:  # "After a decision by X, three astronauts, A, B and C, will carry out ...": the
        return About(tuple(listed_before), None, LISTED)  # parser hung the names on the phrase before
    sole = sole_person(ctx, tok)
    if sole is not None and sole == speaker:
        return NOBODY
    return About((sole,), None, NEAREST) if sole is not None else _entry(ctx, tok)


def _fronted_of_kin(verb: Token) -> bool:
    """Whether a participle opens a clause whose subject is someone's kin ("Born in Moscow in
    1948, her father was a pilot"): the kin's, or, told loosely, the person's own: neither
    to be trusted."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.head.i != verb.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in KIN or c.lower_ in FOREBEARS) for c in verb.head.children)


def _participle_craft(ctx: Context, verb: Token) -> About | None:
    """The craft a participle's clause is told of, when the clause it opens has a craft for
    subject ("Launching atop an Atlas V on May 19, 2022, Starliner spent its first hours in
    space"): that craft and whom it carried, not the nearest person."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBG", "VBN") or verb.head.i == verb.i:
        return None
    for subj in (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        craft = _named(ctx, subj, *CRAFT) if ctx.person(subj) is None else None
        if craft is not None and ctx.labels[craft] != "ROCKET":
            return _craft(ctx, craft, subj, verb)
    return None


def _person_first(ctx: Context, subjects: list[Token]) -> list[Token]:
    """The subjects of a verb, a person's first when the parser split one phrase in two ("Apollo
    14 astronaut Edgar Mitchell ... died": "Apollo" and "Mitchell"): words right before a name
    that the parser made a subject of their own describe the person, who is the subject."""
    if len(subjects) < 2:
        return subjects
    people = [c for c in subjects if ctx.person(c) is not None]
    glued = [c for c in subjects if c not in people and any(c.right_edge.i + 1 == p.left_edge.i for p in people)
             and not any(ctx.person(t) is not None or t.pos_ in ("VERB", "AUX") for t in c.subtree)]  # not "the
    # craft carrying A, B and C": a phrase of its own, with the people it carried
    return [*people, *(c for c in subjects if c not in people and c not in glued)] if glued else subjects


#: things that are flown on a flight as hardware or keepsakes ("a booster previously flown on X")
_FLOWN_THINGS = CRAFT_NOUNS | {"booster", "stage", "orbiter", "shuttle", "engine", "flag", "patch", "coin", "medal",
                               "suit", "item", "hardware", "artifact", "memento", "souvenir"}


def _told_of_one(ctx: Context, tok: Token, person: int) -> bool:
    """Does the clause of ``tok`` describe one of several coordinated names alone: it stands
    between that name and the next ("A, born in 1983 and selected in 2010, and B, ..."), or
    follows the last of names that each have their own ("A, who flew twice, and B, chosen in
    2013")? Then it is not said of the others. Told after them all, it is ("A and B,
    selected in 2012"), and when it says so ("A, both chosen in 2009, and B")."""
    for clause in (tok, *tok.ancestors):
        if clause.dep_ in ("acl", "relcl") and ctx.person(clause.head) == person:
            name, end = clause.head, max(t.i for t in clause.subtree)
            after = any(c.dep_ == "conj" and c.i > end and ctx.person(c) is not None for c in name.children)
            own = name.dep_ == "conj" and ctx.person(name.head) is not None and any(
                c.dep_ in ("acl", "relcl") for c in name.head.children)  # "A, who ..., and B, chosen"; not "A, 62,"
            return (after or own) and not any(t.lower_ in _TOGETHER for t in clause.subtree)
    return False


#: words that say a clause is told of every name before it ("A and B, both born in 1986")
_TOGETHER = {"both", "all", "each", "together"}


def _thing_flown(ctx: Context, verb: Token) -> bool:
    """Whether a past participle tells what a thing did, not a person ("a booster previously
    flown on the X mission", "the capsule flown on X", "a flag flown on X"): the thing flew,
    so no one of the story (the last person named) is in that flight's crew."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and head.i != verb.i and head.lemma_.lower() in _FLOWN_THINGS \
        and ctx.person(head) is None


#: verbs that tell a launch by what was sent up ("sent A and B into space", "flew four people to orbit")
_SENDING = {"send", "fly", "carry"}


def _carried_no_one(ctx: Context, verb: Token) -> bool:
    """Whether a verb of sending up sent no one: its object is a thing ("sent a probe into
    space", "carried a satellite into orbit"), not a person, a list of them or a craft."""
    if verb.lemma_ not in _SENDING:
        return False
    sent = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if sent is None or sent.pos_ == "PRON" or sent.lower_ in GROUPS or sent.lower_ in _FLIGHT_NOUNS \
            or any(c.dep_ == "prt" for c in verb.children):
        return False  # "carry out the mission", "flew the mission": not a thing sent up
    return ctx.person(sent) is None and not listed(ctx, sent) and _named(ctx, sent, *CRAFT) is None


#: verbs of looking on: whoever does them saw the event, they did not fly it
_WATCH = {"watch", "see", "view", "observe", "witness", "cheer", "applaud", "greet", "await"}


def _watched(tok: Token) -> bool:
    """Whether an event verb tells what someone looked on at ("X watched the rocket lift off",
    "watched as the capsule splashed down", "saw it land"): the looker is no one the event is
    about."""
    word = tok
    while word.dep_ == "conj" and word.head.i != word.i:  # "watched as it splashed down and landed"
        word = word.head
    return word.dep_ in ("ccomp", "xcomp", "advcl") and word.head.lemma_ in _WATCH and (
        word.dep_ != "advcl" or any(c.lower_ in ("as", "while", "when") for c in word.children))


#: verbs whose subject meets, tells of or looks on at what its object did, and so took no part in it
_ONLOOKERS = _WATCH | {"welcome", "meet", "recall", "remember", "refer", "talk", "discuss", "describe", "mention",
                      "celebrate", "honor", "honour", "commemorate", "recount", "interview", "congratulate", "praise",
                      "thank", "hug", "embrace", "salute", "escort", "say", "speak", "write", "cite", "compare"}


def onlooker(verb: Token) -> bool:
    """Whether an event clause describes the object of a verb of meeting, telling or looking
    on ("X greeted the two crewmates launched from Baikonur", "he was referring to the
    mission that launched on Dec. 21"): that verb's subject is no one the event is about."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.i == verb.i:
        return False
    word = verb.head
    for _ in range(4):
        if word.dep_ not in ("dobj", "pobj", "prep", "conj", "appos", "compound") or word.head.i == word.i:
            break
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            return word.lemma_ in _ONLOOKERS
    return False


_SAYING = {"say", "tell", "announce", "report", "add", "note", "confirm", "state", "explain"}


def _speaker(ctx: Context, tok: Token) -> int | None:
    """The person who said an event's clause ("the Shenzhou-41 ship is scheduled to be launched
    from Jiuquan, said X, spokesperson of the agency"): no one it is about, whatever the parse
    could not make of its own subject."""
    word = tok
    for _ in range(4):
        if word.dep_ in ("ccomp", "parataxis") and word.head.lemma_ in _SAYING:
            return next((p for c in word.head.children if c.dep_ == "nsubj" and (p := ctx.person(c)) is not None),
                        None)
        if word.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or word.head.i == word.i:
            return None
        word = word.head
    return None


#: words on an unnamed flight noun that make it some other flight than the story's
_OTHER_FLIGHT = {"first", "second", "third", "last", "next", "previous", "earlier", "later", "final", "maiden"}
#: nouns of an unnamed flight
_FLIGHT_NOUNS = {"mission", "flight", "launch", "spaceflight", "voyage", "trip"}


def another_flight(ctx: Context, verb: Token) -> bool:
    """Whether a verb tells of a flight by a relative clause on a flight noun with an ordinal,
    not a name ("the first shuttle mission, which was launched in 1981"): another flight than
    the story's, whatever the references made of the noun, so none of its people flew it."""
    head = verb.head
    return verb.dep_ == "relcl" and head.lower_ in _FLIGHT_NOUNS and head.pos_ == "NOUN" and ctx.named_at.get(
        head.i) is None and not any(c.dep_ == "appos" for c in head.children) and any(
        c.dep_ in ("amod", "nummod") and c.lower_ in _OTHER_FLIGHT for c in head.children)


def _before_subjectless(ctx: Context, verb: Token) -> list[int]:
    """The people named in a list that ends right before a main verb the parse gave no
    subject ("..., three astronauts, A, B, and C, will carry out the mission"; "A and her
    crewmates — B, C and D — landed")."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return []
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)])
    return people_before(ctx, ctx.doc[first]) or list(dict.fromkeys(
        p for t in subject_with_aside(ctx.doc[first]) if ctx.named_at.get(t.i) is not None
        and (p := ctx.person(t)) is not None))


def _entry(ctx: Context, tok: Token) -> About:
    """The person a résumé or list entry is about, for words that name no one: the name a
    verbless sentence is built on ("Fei Junlong, male, native of Kunshan, ..."), and for a
    sentence with no subject at all, the name the sentence before is built on ("Born in May
    1965, joined the army in 1982")."""
    sent = tok.sent
    found = _heading(ctx, sent)
    if found is None and sent.start > 0 and not any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in sent):
        found = _heading(ctx, ctx.doc[sent.start - 1].sent)
    return About((found,), None, CONTEXT) if found is not None else NOBODY


def _heading(ctx: Context, sent: Span) -> int | None:
    """The person whose name is the head of a verbless sentence."""
    p = ctx.person(sent.root)
    if p is None or sent.root.pos_ != "PROPN" or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    return p


def _object(ctx: Context, verb: Token) -> About:
    """Whom an active verb acts on: its object, with the names coordinated with it ("named A,
    B and C to the crew"), or the names a plural object announces after a colon ("chose five
    astronauts: A, B, ..."); nobody when the object is no person ("she selected the patch")."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        p = ctx.person(child)
        if p is not None:
            return About(tuple(ctx.conjuncts(p, child)), None, DIRECT)
        named = listed(ctx, child)
        if named:
            return About(tuple(named), None, LISTED)
    return NOBODY


def _launched_by_a_flyer(ctx: Context, verb: Token, frame: Frame) -> bool:
    """Whether a launch verb's subject is what flew, a person or a mission (a rocket or a
    country launches people: "a Falcon 9 launched A and B into orbit"; "A launched with B" is
    A's, and "Crew-10 launched on March 14 with A and B" the mission's)."""
    return frame.name == "launch" and any(ctx.person(c) is not None or ctx.is_a(c, *MISSIONS)
                                          for c in verb.children if c.dep_ == "nsubj")


def passive(tok: Token) -> bool:
    """Whether a verb is passive: a past participle without "have" ("was selected", "the
    astronauts chosen in 2009"; not "has selected")."""
    return tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)




def _titled_by_flight(ctx: Context, subj: Token) -> Token | None:
    """The name a flight's words introduce, which the parser may make an apposition of the
    flight it took as the subject: "Apollo 19 astronaut A, the sixth man on the Moon, died"."""
    if not ctx.is_a(subj, *MISSIONS):
        return None
    for noun in (c for c in subj.children if c.dep_ == "appos" and c.i > subj.i):
        for t in (noun, *(c for c in noun.children if c.dep_ == "appos")):
            if ctx.person(t) is not None and not any(w.is_punct for w in subj.doc[subj.i:t.i]):
                return t
    return None


def _with_listed_subjects(ctx: Context, found: About, subjects: list[Token], verb: Token) -> About:
    """A list of people set apart by semicolons ("A, 42, an engineer; B, a pilot; and C are
    undertaking X") may be parsed as several subjects of one verb: all of them did it, told
    as surely as a listed name."""
    if not found.people or found.craft is not None:
        return found
    more = [p for c in subjects[1:] if ctx.person(c) is not None and c.i > subjects[0].i
            and (told := _subject(ctx, c, verb)) is not None and told.craft is None for p in told.people]
    people = tuple(dict.fromkeys((*found.people, *more)))
    return About(people, None, min(found.confidence, LISTED)) if len(people) > len(found.people) else found


def _subject(ctx: Context, subj: Token, verb: Token, launch: bool = False) -> About | None:
    """Who or what the subject of an event's verb names; of a launch, a station too ("Skylab
    lifted off on May 14, 1973"), which lands no crew and arrives nowhere."""
    relative = subj.lower_ in _RELATIVE and verb.dep_ == "relcl"
    if relative:
        subj = verb.head
    p = ctx.person(subj)
    if p is not None:
        together = ctx.conjuncts(p, subj)
        together += [q for q in split_subjects(ctx, subj, verb) if q not in together]  # "A and fellow astronaut B"
        together += [q for q in _subject_along_with(ctx, subj) if q not in together]  # "A along with B are ..."
        others = [t for t in verb.sent if ctx.person(t) in together[1:] and ctx.person(t.head) != ctx.person(t)] \
            if len(together) > 1 else []
        if relative and any(t.i > verb.i or any(c.dep_ in ("relcl", "appos") for c in t.children) for t in others):
            together = [p]  # "A, who flew on X in 2012, and B, who flew on Y": each clause its own name's
        return About(tuple(together), None, DIRECT)
    described = _described(ctx, subj) if relative else None
    if described is not None:
        return described
    titled = _titled_by_flight(ctx, subj)
    if titled is not None:
        return _person(ctx, titled, LISTED)
    named = _named(ctx, subj, *CRAFT, *(("STATION",) if launch else ()))
    if named is None and subj.lower_ in CRAFT_NOUNS and _owner(ctx, subj) is None and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
        named = story_craft(ctx, subj)  # "The spaceship, atop a rocket, blasted off"
    sender = ctx.cluster(subj)
    if named is None and verb.lemma_ in _SEND_UP and sender is not None \
            and ctx.labels[sender] in ("AGENCY", "ORG", "PLACE"):  # "China launched the X spaceship"
        carried = next((c for c in verb.children if c.dep_ == "dobj"), None)
        craft = _named(ctx, carried, "SPACECRAFT", *MISSIONS) if carried is not None else None
        if carried is not None and craft is not None:
            return _craft(ctx, craft, carried, verb)
        sent = _object(ctx, verb)
        if sent.people:  # "China sent A and B into space aboard X": those it sent
            return sent
    if named is not None and ctx.labels[named] == "ROCKET":  # "an Atlas V launched the capsule"
        rocket = named
        carried = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
            (t for t in carrying(subj, verb) if t.dep_ == "dobj"), None) or next(
            (o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for o in c.children if o.dep_ == "dobj"
             and _named(ctx, o, "SPACECRAFT", *MISSIONS) is not None), None)  # "lifted off and put X into orbit"
        named = _named(ctx, carried, "SPACECRAFT", *MISSIONS) if carried is not None else None
        if named is None and carried is not None and carried.lower_ in CRAFT_NOUNS and carried.lower_ != "rocket":
            named = story_craft(ctx, carried)
        named = named if named is not None else next(
            (f.subject for f in reversed(ctx.facts) if f.start < verb.idx and ctx.labels[f.subject] == "SPACECRAFT"
             and carried is not None and carried.lower_ in CRAFT_NOUNS), None)
        if named is None and any(ctx.person(t) is not None for t in carrying(verb, subj)):
            named = rocket  # "a Falcon 9 rocket lifted off carrying A and B": the rocket carried them
        if named is None and carried is None:
            named = _mission_flown(ctx, verb)  # "New Shepard lifted off on the NS-40 mission from X"
    if named is not None:
        return _craft(ctx, named, subj, verb)
    owner = _owner(ctx, subj)
    if owner is not None and subj.lower_ in CRAFT_NOUNS:  # "his capsule landed"
        return About(tuple(ctx.conjuncts(owner, _possessor(subj))), None, DIRECT)
    owners = {t.i for c in subj.children if c.dep_ == "poss" for t in c.subtree}  # "Behnken's wife, X": X
    if subj.lower_ in KIN:  # "the wife of X and two guests flew": not X (the guests did)
        kin = [x for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children
               if x.dep_ == "pobj" and ctx.person(x) is not None]
        owners |= {t.i for x in kin for t in x.subtree if ctx.person(t) == ctx.person(x)}
    listed = [t for t in subj.subtree if ctx.named_at.get(t.i) is not None and ctx.person(t) is not None
              and t.i not in owners]
    if listed:  # "the crew of A, B and C", "the three astronauts, A, B and C"
        people = list(dict.fromkeys(ctx.person(t) for t in listed))
        return About(tuple(p for p in people if p is not None), None, LISTED)
    if subj.lower_ in KIN or subj.lower_ in FOREBEARS:  # "Her father grew up in Krakow": someone unnamed,
        mates = companions(ctx, verb, ctx.region(verb))  # not her; "The son of X flew with Y": Y
        return About(tuple(mates), None, LISTED) if mates else NOBODY
    return None


def _described(ctx: Context, noun: Token) -> About | None:
    """The people a relative clause's noun describes, set off by a comma right after their
    names ("A and B, the NASA test pilots who flew to the station on Starliner"): read from
    the words, since the parser may take the noun for the object of the verb before."""
    start = noun.left_edge.i
    if noun.pos_ != "NOUN" or start < 2 or noun.doc[start - 1].text != ",":
        return None
    if ctx.person(noun.doc[start - 2]) is None or ctx.named_at.get(start - 2) is None:
        return None
    people: list[int] = []
    for t in reversed(noun.doc[noun.sent.start:start - 1]):  # "A, B and C, the pilots who": the list before
        p = ctx.person(t) if ctx.named_at.get(t.i) is not None else None
        if p is not None:
            people.insert(0, p)
        elif t.lower_ not in ("and", ",") and not (people and t.ent_type_ == "PERSON"):
            break
    return About(tuple(dict.fromkeys(people)), None, LISTED)


def story_craft(ctx: Context, word: Token) -> int | None:
    """The craft "the spaceship" means: of the crafts and missions named in its sentence or
    the two before, the one the story names most, else first (its own flight, not one told
    in an aside: "X first flew on Shenzhou-34 in 2022. The spaceship blasted off")."""
    sent, start = word.sent, word.sent.start
    for _ in range(2):
        if start > 0:
            start = ctx.doc[start - 1].sent.start
    near = {c for t, c in ctx.in_sentence(ctx.doc[start:sent.end], "SPACECRAFT", *MISSIONS)
            if t.i < word.i and ctx.named_at.get(t.i) == c and not past_flight(ctx, c)}
    told = {c: [m for m, _ in ctx.clusters[c]["mentions"] if m < word.i] for c in near}
    return max(near, key=lambda c: (len(told[c]), -min(told[c])), default=None)


def _craft(ctx: Context, craft: int, noun: Token, verb: Token) -> About:
    """A craft or mission did it: the people it carried ("carrying A and B", "with A aboard",
    "his Soyuz"), else those the article already put on it."""
    owner = _owner(ctx, noun)
    if owner is not None:
        return About(tuple(ctx.conjuncts(owner, _possessor(noun))), craft, DIRECT)
    carried = [t for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in _WITH
               for t in c.subtree if ctx.person(t) is not None and not other_side(t)]  # not "hands the
    # station to B", which a headline's parse may hang on the craft's verb
    carried += [t for c in noun.children if c.dep_ == "prep" and c.lower_ in _WITH for t in c.subtree
                if ctx.person(t) is not None]  # "Crew-9, with A and B, is due to lift off"
    carried += [t for t in carrying(verb, noun) if ctx.person(t) is not None]
    if not carried:
        carried = _carried_between(ctx, noun, verb)
    if carried:
        first = next(t for t in carried if ctx.named_at.get(t.head.i) != ctx.person(t) or t.head.i == t.i)
        named = _person(ctx, first, LISTED).people  # the first name and its conjuncts, and the other names the
        inner = {x.i for t in carried if t.dep_ in ("relcl", "acl", "advcl", "appos")
                 and not _listed_name(ctx, t) for x in t.subtree}
        named += tuple(p for t in carried if t.i not in inner and (p := ctx.person(t)) is not None  # list holds ("A
                       and ctx.named_at.get(t.i) is not None and p not in named)  # and B and NASA astronaut C")
        return About(tuple(dict.fromkeys(named)), craft, LISTED)
    aboard = companions(ctx, verb, ctx.region(verb))  # "blasted off ... with A and B aboard"
    if aboard:
        return About(tuple(aboard), craft, LISTED)
    docked = _docked_next(ctx, verb)
    if docked:
        return About(tuple(docked), craft, LISTED)
    if verb.dep_ in ("advcl", "conj", "relcl") and verb.head.i != verb.i and not _watched(verb) \
            and not onlooker(verb):  # "she became
        # ... when X lifted off", not "they watched as X lifted off"
        p = ctx.subject_of(verb.head, limit=3)
        if p is not None and ctx.labels[p] == "PERSON":
            return About(tuple(ctx.conjuncts(p, verb.head)), craft, CONTEXT)
    crew = crew_of(ctx, craft, CONTEXT)
    return About(tuple(crew) if not beside_another_flight(ctx, verb, craft, crew) else (), craft, CONTEXT)


def beside_another_flight(ctx: Context, tok: Token, craft: int | None, crew: Sequence[int]) -> bool:
    """Whether an event's sentence names a flight other than its craft, on which none of the
    crew the article gives the craft flew ("A and B flew Columbia on STS-3 ... Columbia landed
    on Nov. 14, 1981, following the STS-2 mission"): the event is that flight's, not theirs."""
    return any(c != craft and ctx.named_at.get(t.i) == c and not set(crew) & set(crew_of(ctx, c, CONTEXT))
               and not _compared_with(t) for t, c in ctx.in_sentence(tok.sent, "MISSION"))


#: prepositions that name a flight only to compare with it ("the first crew to come down there since Apollo 9")
_COMPARING = {"since", "until", "till", "before", "than", "like", "unlike"}


def _compared_with(tok: Token) -> bool:
    """Whether a word lies in a phrase that compares with another time or thing ("since Apollo 9")."""
    prep = next((a for a in tok.ancestors if a.dep_ == "prep"), None)
    return prep is not None and prep.lower_ in _COMPARING


#: verbs of a craft's crew reaching a station, which tell who rode it up in the clause after its launch
_DOCKING = {"dock", "link", "arrive", "reach", "rendezvous", "berth"}


def _docked_next(ctx: Context, verb: Token) -> list[int]:
    """The people who, in the clause joined to a craft's launch, docked with or reached a
    station: its riders ("X was launched on June 24, and A, B and C linked up with Salyut 7";
    "..., and its crew, A and B, docked a day later")."""
    for clause in (c for c in verb.children if c.dep_ == "conj" and c.lemma_ in _DOCKING and (
            c.lemma_ == "reach" or not any(o.dep_ == "dobj" for o in c.children))):  # not "docked a cargo ship"
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not any(t.lower_ == "already" for t in c.subtree)):  # "A, already aboard, docked"
            named = [subject] if ctx.person(subject) is not None else [
                a for a in subject.children if a.dep_ == "appos" and ctx.person(a) is not None] \
                if subject.lower_ == "crew" else []
            people = [p for t in named for p in _person(ctx, t, LISTED).people]
            if people:
                return list(dict.fromkeys(people))
    return []


def _carried_between(ctx: Context, noun: Token, verb: Token) -> list[Token]:
    """The people of a "carrying" set off between a craft and its verb, however the parse hangs
    it ("The Shenzhou-40 spaceship, carrying A, B and C, blasted off": the participle may hang
    from the comma)."""
    if not noun.i < verb.i:
        return []
    return [t for c in noun.doc[noun.i + 1:verb.i] if c.lemma_ in _CARRY and c.tag_ == "VBG"
            for t in c.subtree if ctx.person(t) is not None]


def called_craft(ctx: Context, flight: int) -> bool:
    """Whether the article calls a mission a craft somewhere ("the Shenzhou-41 spaceship"):
    then it is what its crew rode."""
    doc = ctx.doc
    for _, e in ctx.clusters[flight]["mentions"]:
        tok = doc[e - 1]
        while tok.dep_ in ("compound", "nmod", "nummod") and tok.head.i > tok.i:  # "the Shenzhou-41 return capsule"
            tok = tok.head
            if tok.lower_ in CRAFT_WORDS:
                return True
    return False


def crew_of(ctx: Context, craft: int, least: float = LISTED) -> list[int]:
    """The people the article has put on a craft or mission so far: its commander and crew,
    those who rode it (told at least ``least`` surely)."""
    found = [f.entity if f.subject == craft else f.subject for f in ctx.facts
             if f.subject == craft and f.predicate in ("commander", "crewMember") and f.confidence >= least
             or f.entity == craft and f.predicate in ("launchVehicle", "spacecraft") and f.confidence >= least]
    return list(dict.fromkeys(p for p in found if p is not None and ctx.labels[p] == "PERSON"))


#: facts that, read for several people at once, tell them as one crew ("A, B and their commander C
#: spent 183 days aboard the station", "A and B splashed down on Friday")
_SHARED = {"timeInSpace", "spacecraft", "launchDate", "launchSite", "launchVehicle", "returnDate", "landingSite"}


def flight_crew(ctx: Context, craft: int, least: float = CONTEXT) -> list[int]:
    """The crew of a flight: those the article put on it (:func:`crew_of`), with the people
    told together with one of them (a ``flewWith``, or one fact read for several of them at
    once: "A, B and their commander C spent 183 days aboard"), one step only; not a group
    with someone the article seats on another flight that is not one of the past (that
    flight's crew), nor people told together in a sentence that names another flight with
    a crew of its own ("as commander of X in 1966, with B")."""
    base = crew_of(ctx, craft, least)
    if not base:
        return []
    groups: dict[tuple[int, object, object], set[int]] = {}  # (where it is told, what, of whom): the people
    for f in ctx.facts:
        if f.modality != "reported" or ctx.labels[f.subject] != "PERSON":
            continue
        if f.predicate in _SHARED:
            groups.setdefault((f.start, f.predicate, f.object), set()).add(f.subject)
        elif f.predicate in COMPANIONS and f.entity is not None:
            groups[(f.start, f.subject, f.entity)] = {f.subject, f.entity}
    near = [(key, g) for key, g in groups.items() if len(g) <= 8 and not g.isdisjoint(base)]
    if not near:
        return base
    elsewhere = {f.entity for f in ctx.facts if f.predicate in ("commander", "crewMember") and f.subject != craft
                 and f.modality == "reported" and ctx.labels[f.subject] in MISSIONS and not past_flight(ctx, f.subject)}
    crewed: dict[int, bool] = {}
    out = list(base)
    for key, group in near:
        if group.isdisjoint(elsewhere - set(base)) and not _other_flight(ctx, key[0], craft, crewed):
            out += [p for p in sorted(group) if p not in out and ctx.labels[p] == "PERSON"]
    return out


def _other_flight(ctx: Context, start: int, craft: int, crewed: dict[int, bool]) -> bool:
    """Whether the sentence at a character offset names a flight other than this one, one
    with a crew of its own (not a recovery ship the model took for a craft); ``crewed``
    keeps what is known of each flight's crew."""
    tok = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None:
        return False
    for _, c in ctx.in_sentence(tok.sent, *MISSIONS, "SPACECRAFT"):
        if c != craft and c not in crewed:
            crewed[c] = bool(crew_of(ctx, c, CONTEXT))  # once per flight: it reads every fact
        if c != craft and crewed[c]:
            return True
    return False


#: words for a group of people that a story may name only later ("four astronauts", "the crew")
GROUPS = {"astronauts", "cosmonauts", "taikonauts", "crew", "crewmates", "trio", "quartet", "pair", "duo", "they",
           "members", "passengers", "tourists", "amateurs", "flyers", "foursome", "threesome", "men", "women"}


def unnamed_group(ctx: Context, tok: Token, *, crafts: bool = True) -> bool:
    """Whether an event is told of people the sentence does not name: a group ("four
    astronauts rocketed ...", "the crew's landing", "they splashed down") or (with
    ``crafts``) their craft or mission ("Shenzhou-40 lifted off")."""
    verb = tok
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
        if subjects:
            return any(c.lower_ in GROUPS or crafts and _named(ctx, c, *CRAFT) is not None for c in subjects)
        if verb.dep_ in ("acl", "relcl"):  # "four astronauts from three countries rocketed ...", parsed loosely
            share = [o for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj"]  # "Two of the three astronauts spent Tuesday outside"
            return any(a.lower_ in GROUPS for a in [verb.head, *list(verb.head.ancestors)[:3], *share])
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def group_back(tok: Token) -> bool:
    """Whether an event's subject is a group word that points back to people already named
    ("they", "the trio", "the crew", "both men"), not one that introduces them ("six women
    rode ...")."""
    verb = tok
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(c.lower_ == "they" or c.lower_ in GROUPS | _COUNTED.keys() and any(
                d.lower_ in ("the", "these", "those", "both", "all") for d in c.subtree if d.i < c.i)
                for c in subjects)
        if verb.dep_ not in ("xcomp", "conj", "advcl", "acomp") or verb.head.i == verb.i:
            return False  # "the crew is due to splash down": the subject of "is"
        verb = verb.head
    return False


#: group words that count their people
_COUNTED = {"pair": 2, "duo": 2, "trio": 3, "threesome": 3, "quartet": 4, "foursome": 4}


def same_crew(ctx: Context, tok: Token, told: tuple[int, ...], crew: tuple[int, ...]) -> bool:
    """Whether the group an event is told of ("the trio", "they", "the crew", read by the
    reference component as ``told``) is the story's crew (the crew of the flight the sentence
    names or the story named last): as many as the group word counts ("the trio" is the
    three of that flight, whoever was named just before), or (uncounted) a crew that holds
    all it names who have flown."""
    if not crew:
        return False
    size = group_size(tok)
    if size:
        return len(crew) == size
    return bool(set(told) & set(crew)) and all(p in crew or not flew(ctx, p) for p in told)  # "they": not the
    # spokesman the reference component took along


def group_size(tok: Token) -> int | None:
    """How many people an event's group subject counts: "the trio", "the four", "three men"."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((n for c in subjects for n in [_COUNTED.get(c.lower_), count(c) if c.like_num else None, *(
        count(x) for x in c.children if x.dep_ == "nummod")] if n), None)


def named_together(ctx: Context, tok: Token, people: tuple[int, ...]) -> bool:
    """Whether the people a group word was read as were named in one sentence, its own or one
    of the three before ("A and B left the station. The pair splashed down"), not gathered
    from several ("the backup crew was A and B. C flew in 1990. The trio ...")."""
    sent = tok.sent
    for _ in range(4):
        if set(people) <= {c for _, c in ctx.in_sentence(sent, "PERSON")}:
            return True
        if sent.start == 0:
            return False
        sent = ctx.doc[sent.start - 1].sent
    return False


_FLIGHT_FACTS = {"launchDate", "launchSite", "launchVehicle", "returnDate", "landingSite", "spacecraft", *COMPANIONS}


def flew(ctx: Context, person: int) -> bool:
    """Whether the article has told of a person's flight (a launch, a landing, a seat): the
    people a group word may mean, unlike a backup crew or someone named in passing."""
    return any(f.subject == person and f.predicate in _FLIGHT_FACTS or f.entity == person and f.predicate in (
        "commander", "crewMember", *COMPANIONS) for f in ctx.facts)


def the_crew(ctx: Context, tok: Token, craft: int | None = None) -> About:
    """Who "four astronauts", "the crew" or a craft's name means when the sentence names no
    one (read after every other fact of the document): the crew of the craft the event is told
    of or of the craft or mission the sentence names, else of the one the story named last
    before the word (for a group, "four astronauts", also the first one it names after)."""
    known: dict[int, list[int]] = {}

    def crew(c: int) -> list[int]:
        if c not in known:
            people = flight_crew(ctx, c)  # "A, B and C flew X": a seat read by a frame, not only by a role
            known[c] = people if 2 <= len(people) <= 8 else []
        return known[c]

    named = [c for c in dict.fromkeys(c for t, c in ctx.in_sentence(tok.sent, *MISSIONS, "SPACECRAFT")
                                      if ctx.named_at.get(t.i) == c) if crew(c)]  # named, not "the flight"
    if craft is not None and crew(craft):  # the craft the event is told of ("the spaceship blasted off")
        named.insert(0, craft)
    if named and beside_another_flight(ctx, tok, named[0], crew(named[0])):
        return NOBODY  # "Columbia landed on Nov. 14, 1981, following the STS-2 mission": not the crew of this Columbia
    if named:
        return About(tuple(crew(named[0])), named[0], NEAREST)
    if craft is not None and ctx.labels[craft] in MISSIONS:
        return NOBODY  # a mission told by its own name, whose crew the article does not give, is not the story's
    if beside_another_flight(ctx, tok, craft, ()):
        return NOBODY
    last = {c: max((s for s, _ in ctx.clusters[c]["mentions"] if s < tok.i), default=-1)
            for c, label in enumerate(ctx.labels) if label in (*MISSIONS, "SPACECRAFT")}
    best = next((c for c in sorted(last, key=lambda c: -last[c]) if last[c] >= 0 and crew(c)
                 and not past_flight(ctx, c)), None)  # the one named last
    if best is None and unnamed_group(ctx, tok, crafts=False):  # "Four astronauts lifted off ...", named next
        size = group_size(tok)  # as many as the group counts: "three astronauts landed" is no crew of two named
        best = min((c for c in last if crew(c) and len(crew(c)) == (size or len(crew(c)))),  # after, who stayed
                   key=lambda c: ctx.clusters[c]["mentions"][0][0], default=None)
    if best is None and (craft is None or ctx.labels[craft] == "ROCKET") and rocket_subject(ctx, tok):
        best = _carried_next(ctx, tok, [c for c in last if crew(c)])  # "A rocket rose. It carried X with A, B"
    return About(tuple(crew(best)), None, NEAREST) if best is not None else NOBODY


def _carried_next(ctx: Context, tok: Token, crewed: list[int]) -> int | None:
    """The one crewed flight a rocket's launch is told of when the story names it only in the
    next sentence, as what the rocket carried ("A Soyuz rocket lifted off on Tuesday. It carried
    Soyuz MS-9 with ..."), not a flight of the past; None when that sentence tells of no
    carrying, or names none or several."""
    sent = tok.sent
    if sent.end >= len(ctx.doc):
        return None
    after = ctx.doc[sent.end].sent
    if not any(t.lemma_ == "carry" for t in after):
        return None  # "A rocket rose. A and B will return aboard X": another flight
    named = {c for t, c in ctx.in_sentence(after, *MISSIONS, "SPACECRAFT") if c in crewed
             and ctx.clusters[c]["mentions"][0][0] >= sent.end and not past_flight(ctx, c)}
    return named.pop() if len(named) == 1 else None


def named_next(ctx: Context, tok: Token) -> About:
    """The people a counted group word stands for when no crew is known, named in the next
    sentence as a subject or as what "they are": "The trio landed on Sunday. Commander A, B
    and C spent 180 days aboard", "Four astronauts rose ... They are A, B, C and D"; as many
    as the group counts, and not people who act on the group ("A, B and C greeted them")."""
    size = group_size(tok)
    sent = tok.sent
    if not size or sent.end >= len(ctx.doc):
        return NOBODY
    after = ctx.doc[sent.end].sent
    if any(t.lower_ in ("them", "they", "their") and t.dep_ not in ("nsubj", "nsubjpass") for t in after):
        return NOBODY  # "A, B and C greeted them": others, about the group
    for t, p in ctx.in_sentence(after, "PERSON"):
        head = t
        while ctx.named_at.get(head.head.i) == p and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "attr" and any(
                c.lower_ == "they" for c in head.head.children if c.dep_ == "nsubj"):
            people = ctx.conjuncts(p, head)
            return About(tuple(people), None, NEAREST) if len(people) == size else NOBODY
    return NOBODY


def past_flight(ctx: Context, craft: int) -> bool:
    """Whether the story names a flight as one of the past (:func:`past_mention`): not the
    one "the spaceship" or "the crew" of a later sentence means."""
    return any(past_mention(ctx.doc, start, end) for start, end in ctx.clusters[craft]["mentions"])


def _person(ctx: Context, tok: Token, how: float) -> About:
    """The person a word names, with those coordinated with them."""
    p = ctx.person(tok)
    while p is not None and tok.head.i != tok.i and ctx.named_at.get(tok.head.i) == p:
        tok = tok.head  # "by Ada Rinn and B": the name's head word, which the others are coordinated with
    return About(tuple(ctx.conjuncts(p, tok)), None, how) if p is not None else NOBODY


def _listed_name(ctx: Context, tok: Token) -> bool:
    """Whether an apposition is a name of its own in a list the parse broke ("carrying A of
    Nasa, B of ESA, and C", with B hung beside A): another person, not a description of A."""
    return tok.dep_ == "appos" and ctx.named_at.get(tok.i) is not None and ctx.person(tok) != ctx.person(tok.head)


def _mission_flown(ctx: Context, verb: Token) -> int | None:
    """The mission a rocket's launch verb says it flew ("lifted off on the NS-40 mission",
    "on its fifth crewed flight, NS-40"): the named mission of its on-phrase."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for t in (noun, *(c for c in noun.children if c.dep_ == "appos")):
                found = _named(ctx, t, *MISSIONS)
                if found is not None:
                    return found
    return None


def _what_it_was(ctx: Context, noun: Token) -> Token | None:
    """The named craft or mission a predicate noun says what it was ("Soyuz 30 was a
    spaceflight mission launched ..."): the subject of "be" when it names one."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and ctx.is_a(c, *CRAFT)), None)


def _craft_at(ctx: Context, tok: Token, verb: Token) -> About:
    c = ctx.cluster(tok)
    return _craft(ctx, c, tok, verb) if c is not None else NOBODY



def _named_doer(ctx: Context, noun: Token) -> About | None:
    """The people a light verb's subject names, for an event noun it takes that an of-phrase
    puts on a flight ("A and B completed the final spacewalk of the mission"), or the person a
    caption shows during it ("A during the fourth EVA of the mission"): they made it, not every
    member of that flight."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "during" and ctx.person(noun.head.head) is not None:
        return _person(ctx, noun.head.head, LISTED)
    if noun.dep_ != "dobj" or noun.head.lemma_ not in _LIGHT:
        return None
    verb = noun.head
    return next((found for c in verb.children if c.dep_ == "nsubj" and ctx.person(c) is not None
                 and (found := _subject(ctx, c, verb)) is not None), None)


def _of_noun(ctx: Context, noun: Token) -> About:
    head = noun.head
    of = None  # the person a noun says something of: "Ann Lee, a native of Ohio", "is part of", "is retired"
    if noun.dep_ == "appos":
        of = ctx.person(head)
    elif noun.dep_ == "pobj" and (head.lower_ == "as" or head.lower_ == "on" and _on_it(head)) \
            or noun.dep_ in ("attr", "acomp") and head.lemma_ == "be":
        of = ctx.subject_of(head.head if head.dep_ == "prep" else head, limit=3)
    elif noun.dep_ == "amod":  # "the retired astronaut X", "A, a retired accountant; B": one person
        of = described(ctx, head)
        return About((of,), None, DIRECT) if of is not None else NOBODY
    if of is not None:
        return About(tuple(ctx.conjuncts(of, head)), None, DIRECT)
    for child in noun.children:
        if child.dep_ == "poss":
            p = ctx.person(child)
            if p is not None:
                return About(tuple(ctx.conjuncts(p, child)), None, DIRECT)
            if ctx.is_a(child, *CRAFT):
                return _craft_at(ctx, child, noun)
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            for t in child.subtree:
                if ctx.person(t) is not None:
                    return _person(ctx, t, DIRECT)
                if ctx.is_a(t, *CRAFT):
                    return _named_doer(ctx, noun) or _craft_at(ctx, t, noun)
        if child.dep_ in ("compound", "nmod") and ctx.is_a(child, *CRAFT):
            return _craft_at(ctx, child, noun)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in _VETERAN:
        return _of_noun(ctx, head.head)  # "a veteran of four spacewalks": the veteran's
    if noun.dep_ == "pobj" and head.lower_ in ("on", "in") and head.head.lemma_ in _TIME_SPENT:
        owner = next((p for c in head.head.children if c.dep_ == "poss" and (p := ctx.person(c)) is not None), None)
        if owner is not None:  # "Dyson's total time on spacewalks comes to 23 hours": hers
            return About(tuple(ctx.conjuncts(owner, head.head)), None, DIRECT)
    base = _first_conjunct(noun)  # "has logged 189 days in space and six spacewalks": the verb's object too
    head = base.head
    verb = head if base.dep_ in ("dobj", "attr") else head.head if base.dep_ == "pobj" or base.dep_ == "nsubj" \
        and (head.tag_ == "VBG" or head.lower_.endswith("ing")) else None  # "has six spacewalks totalling
    # 33 hours" makes the noun a subject (and the tagger may take "totalling" for a noun)
    if verb is not None and (verb.lemma_ in _LIGHT or verb.lemma_ in _JOINING and head.lower_ == "in"):
        subjects = _person_first(ctx, [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
        for child in subjects:
            found = _subject(ctx, child, verb)
            if found is not None:
                return found
        if subjects and verb.dep_ in ("advcl", "ccomp"):
            return NOBODY  # "A watched as two cosmonauts took part in a spacewalk": their walk, not A's
        p = ctx.subject_of(verb, limit=4)
        return About(tuple(ctx.conjuncts(p, verb)), None, CONTEXT) if p is not None else NOBODY
    ended = head.head.head if head.head.dep_ == "dobj" else head.head  # the parse may hang "with" on the object
    if noun.dep_ == "pobj" and head.lower_ == "with" and ended.lemma_ in _ENDING:  # "ended their mission with
        p = ctx.subject_of(ended, limit=4)  # a splashdown off X": the event that ended it, theirs
        return About(tuple(ctx.conjuncts(p, ended)), None, CONTEXT) if p is not None else NOBODY
    if noun.dep_ == "pobj" and head.lower_ in WHEN:
        p = ctx.subject_of(head.head, limit=4)
        if p is None:  # "During the spacewalk, A and B replaced ...": the parse makes the subject an apposition
            named = next((c for c in noun.children if c.dep_ == "appos" and ctx.person(c) is not None), None)
            return _person(ctx, named, CONTEXT) if named is not None else NOBODY
        return About(tuple(ctx.conjuncts(p, head.head)), None, CONTEXT)
    return _set_out_for(ctx, noun) or NOBODY


#: nouns of time spent, whose owner's an event noun after "on" is: "her total time on spacewalks"
_TIME_SPENT = {"time", "hour", "minute", "total", "tally"}
#: nouns for someone by what they have done, whose "of" tells it: "a veteran of four spacewalks"
_VETERAN = {"veteran"}


def _first_conjunct(noun: Token) -> Token:
    """The first of the nouns a noun is coordinated with, which holds their place in the clause
    (the parser may hang a list's middle on its first as an apposition: "300 days, two flights
    and four spacewalks")."""
    while noun.head.i != noun.i and (noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN")
                                     or noun.dep_ == "appos" and noun.head.pos_ == "NOUN"
                                     and any(c.dep_ == "conj" for c in noun.children)):
        noun = noun.head
    return noun


#: verbs whose "on" puts their subject in an event: "was on his first spacewalk", "went on a spacewalk"
_ON_EVENT = {"be", "go", "head", "embark", "set", "venture", "fly", "ride", "step", "work", "serve"}


def _on_it(on: Token) -> bool:
    """Whether an event noun's "on" says its subject was in the event ("was on the
    spacewalk"), not what something else was about ("gave a briefing on the spacewalk")."""
    return on.head.pos_ not in ("VERB", "AUX") or on.head.lemma_ in _ON_EVENT


#: the verbs whose "for", "on" or "to" an event noun follows tell their subject's event, by the noun: "left
#: the station for a spacewalk", "headed out on a spacewalk", "guided the shuttle to a landing at Edwards"
_OUT_FOR = {"spacewalk": {"leave", "exit", "head", "venture", "step", "emerge", "float", "work", "stay", "remain"},
            "landing": {"guide", "steer", "ease", "bring"}}
_OUT_NOUNS = {"spacewalk": "spacewalk", "excursion": "spacewalk", "eva": "spacewalk", "walk": "spacewalk",
              "space": "spacewalk", "landing": "landing", "touchdown": "landing", "splashdown": "landing"}
#: the prepositions of each: "worked in open space", "left the station for a spacewalk"
_OUT_PREPS = {"spacewalk": ("for", "on", "to", "in", "into"), "landing": ("to",)}


def _set_out_for(ctx: Context, noun: Token) -> About | None:
    """Who an event noun is about when it is what the subject set out for ("A and B left the
    station on Sunday for a spacewalk") or steered a craft to ("A guided Discovery to a landing").
    Not a launch: "left Houston for the launch" is no one's launch that day."""
    if not _sets_out(noun):
        return None
    verb = noun.head.head
    return next((found for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and (found := _subject(ctx, c, verb)) is not None), None)


def _sets_out(noun: Token) -> bool:
    kind = _OUT_NOUNS.get(noun.lower_)
    return kind is not None and noun.dep_ == "pobj" and noun.head.lower_ in _OUT_PREPS[kind] \
        and noun.head.head.lemma_ in _OUT_FOR[kind] and (kind != "spacewalk" or noun.lower_ != "space" or any(
            c.lower_ == "open" for c in noun.children))


def _named(ctx: Context, noun: Token, *labels: str) -> int | None:
    """The entity a noun names, itself or by the name before it ("an Atlas V rocket", "the
    Soyuz MS-20 spacecraft"), or for a word for a craft, the one it is part of ("the descent
    capsule of the Soyuz MS-20")."""
    if noun.lower_ in CRAFT_NOUNS:  # the of-phrase before what "the capsule" alone would refer to
        for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for t in of.children:
                found = _named(ctx, t, *labels) if t.dep_ == "pobj" else None
                if found is not None:
                    return found
    called = [*noun.doc[noun.left_edge.i:noun.i], *(c for c in noun.children if c.dep_ == "appos")] \
        if noun.lower_ in CRAFT_NOUNS | _STATION_NOUNS else []  # "the Shenzhou-12 manned spaceship" however parsed,
    for t in (noun, *_modifiers(noun), *called):  # "the world's first spaceship, Vostok, ...": the name beside it
        if ctx.is_a(t, *labels):
            return ctx.cluster(t)
    return None


#: words for a station when it is not named: "the outpost, Tiangong 4, ..."
_STATION_NOUNS = {"station", "outpost", "laboratory", "lab"}


def _modifiers(noun: Token) -> list[Token]:
    """The words of a noun's name before it, however deep the parse nests them ("a Long
    March-2F Y19 rocket": "Y19" on "rocket", "March-2F" on "Y19")."""
    out: list[Token] = []
    stack = [noun]
    while stack:
        for c in stack.pop().children:
            if c.dep_ in ("compound", "nmod", "nummod", "amod") and c.i < noun.i:
                out.append(c)
                stack.append(c)
    return out


def carrying(*heads: Token) -> list[Token]:
    """The words of whom a craft took along, told by a participle of the verb or of the craft's
    noun: "lifted off, carrying A and B", "the capsule, carrying A, landed", "sending A"; or
    of the hour or day said after the verb, where the parser may hang it ("was launched at 1833
    GMT carrying A and B")."""
    verbs = [c for head in heads for c in head.children if c.dep_ in ("advcl", "acl", "xcomp", "relcl")
             and c.lemma_ in _CARRY and c.pos_ == "VERB"]
    timed = [(c, t) for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in ("at", "on", "in")
             for t in p.children if t.dep_ == "pobj" and _a_time(t) for c in t.children
             if c.dep_ == "acl" and c.lemma_ in _CARRY and c.tag_ == "VBG"]
    verbs += [c for c, _ in timed]
    said = [t for c in verbs for o in c.children if o.dep_ in ("dobj", "prep") for t in o.subtree]
    said += [x for c, t in timed for o in t.children if o.dep_ in ("conj", "appos") and o.i > c.i
             for x in o.subtree]  # "GMT carrying A and the first Vietnamese cosmonaut, Lt. Col. B": the parse may
    # hang the second name on the hour
    return said + [t for c in verbs for t in list_after(c) if t not in said]


#: words of a clock time's zone or half of the day: "at 1833 GMT", "at 4:40 a.m."
_CLOCK = {"gmt", "utc", "edt", "est", "cdt", "cst", "pdt", "pst", "bst", "cet", "cest", "msk", "a.m.", "p.m.",
          "am", "pm", "time", "dawn", "dusk", "noon", "midnight"}


def _a_time(tok: Token) -> bool:
    """Whether a word tells a day or a time of day ("Thursday", "1833 GMT", "4:40 a.m. EDT", "dawn")."""
    return (tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _CLOCK
            or any(c.ent_type_ in ("DATE", "TIME") for c in tok.children))


def _possessor(noun: Token) -> Token:
    """The word that owns a noun ("their" of "their capsule"), whose group the references
    read; the noun itself when none does."""
    return next((c for c in noun.children if c.dep_ == "poss"), noun)


def _owner(ctx: Context, noun: Token) -> int | None:
    return next((ctx.person(c) for c in noun.children if c.dep_ == "poss" and ctx.person(c) is not None), None)


def _subject_along_with(ctx: Context, subj: Token) -> list[int]:
    """The people an "along with" or "together with" on a subject names ("he along with A, B
    and C are undertaking X", "A, together with B, flew X"): the verb is said of them too."""
    return [p for w in subj.children if w.dep_ == "prep" and w.lower_ in ("along", "together")
            for pw in w.children if pw.dep_ == "prep" and pw.lower_ == "with"
            for n in pw.children if n.dep_ == "pobj"
            for t in (n, *n.conjuncts) if (p := ctx.person(t)) is not None and not stood_in_for(t)]


def _along_with(ctx: Context, tok: Token) -> list[int]:
    """"X, along with Y, launched into space": the parser reads the verb as said of Y alone
    (a reduced relative clause on the with-phrase's name); it is said of X, set off before
    "along with" / "together with" / "alongside", and of Y. Empty when the verb is not so hung."""
    if tok.dep_ != "acl" or ctx.person(tok.head) is None or tok.head.dep_ != "pobj":
        return []
    prep = tok.head.head
    lead = prep.head if prep.lower_ == "with" and prep.head.lower_ in ("along", "together") else prep
    if not (lead.lower_ in ("along", "alongside") or lead.lower_ == "with" and lead.i > 0
            and lead.doc[lead.i - 1].lower_ == "together") or lead.i < 2 or lead.doc[lead.i - 1].text != ",":
        return []
    before = lead.doc[lead.i - 2] if lead.lower_ != "with" else lead.doc[lead.i - 3]
    first, other = ctx.person(before), ctx.person(tok.head)
    return [first, other] if first is not None and other is not None and first != other else []


def companions(ctx: Context, tok: Token, words: list[Token]) -> list[int]:
    """People an event names beside whom it is about: "with X", "alongside X", "along with
    X", "joined by X", "with X aboard"."""
    found: list[Token] = []
    listing = False
    for t in words:  # the with-phrase may hang from the craft or the place ("aboard X with Y")
        if t.dep_ == "prep" and (t.lower_ in _WITH or listing and t.lower_ == "as") and (
                ctx.person(t.head) is None or _beside_subject(t)):
            named = [x for x in t.subtree if ctx.person(x) is not None and _with_itself(x, t)]
            named += listed_on(ctx, t) if t.lower_ == "with" else []  # "with A as pilot and B as ..."
            named += [x for o in t.children if o.dep_ == "pobj" for x in _after_colon(ctx, o)]
            found += [x for x in named if not _doing_else(_name_end(ctx, x), x.sent)]
            listing = listing or t.head.i == tok.i
        elif t.dep_ == "pobj" and t.head.lower_ in _INSIDE_CRAFT:  # "aboard a Soyuz ferrying A and B"
            found += [x for x in carrying(t) if ctx.person(x) is not None and ctx.named_at.get(x.i) is not None
                      and not _in_clause(x, t)]
    for child in tok.children:
        if child.lemma_ in ("join", "accompany") and child.tag_ == "VBN":
            found += [t for c in child.children if c.dep_ == "agent" for t in c.subtree if ctx.person(t) is not None]
    return list(dict.fromkeys(p for t in found if (p := ctx.person(t)) is not None and not stood_in_for(t)))


#: nouns of those one flew with, which a colon may follow with their names
_MATES = {"crewmates", "crewmate", "colleagues", "companions", "crew"}


def _after_colon(ctx: Context, noun: Token) -> list[Token]:
    """The names listed after a colon that follows "crewmates" ("with his Crew-6 crewmates:
    commander A and pilot B"), which the parser hangs on the verb: up to a semicolon or a verb
    of their own (a word such as "pilot" may be read as a verb, but one with no subject)."""
    doc = noun.doc
    if noun.lower_ not in _MATES or noun.i + 1 >= noun.sent.end or doc[noun.i + 1].text != ":":
        return []
    named: list[Token] = []
    for t in doc[noun.i + 2:noun.sent.end]:
        if t.text == ";" or t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break
        if ctx.person(t) is not None:
            named.append(t)
    return named


def _beside_subject(prep: Token) -> bool:
    """Whether "alongside" (or "along with", "together with") is set off by commas after the
    subject it hangs on ("X, alongside Y, took part in a spacewalk"): Y did it too, where a
    bare "with" on a person may only describe them ("X with her husband")."""
    lead = prep.head if prep.lower_ == "with" and prep.head.lower_ in ("along", "together") else prep
    subject = lead.head
    return (prep.lower_ == "alongside" or lead is not prep) and subject.dep_ in ("nsubj", "nsubjpass") \
        and lead.i > 0 and lead.doc[lead.i - 1].text == ","


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether a word lies in a clause of its own below ``top`` ("a satellite built by A")."""
    for a in tok.ancestors:
        if a.i == top.i:
            return False
        if a.dep_ in ("relcl", "agent") or a.dep_ == "acl" and a.head.i != top.i:
            return True
    return False


def listed_on(ctx: Context, at: Token) -> list[Token]:
    """The names of a list of people that starts after a word, read from the words up to the
    first word that is no name, trade or agency: "with crewmates, NASA astronaut A and
    Roscosmos cosmonaut B" names A and B however the parser splits the second item off."""
    return [t for t in list_after(at) if ctx.named_at.get(t.i) is not None and ctx.person(t) is not None]


def _name_end(ctx: Context, tok: Token) -> int:
    """The index of the last word of the name a word is part of."""
    end, person = tok.i, ctx.person(tok)
    while end + 1 < len(tok.doc) and ctx.person(tok.doc[end + 1]) == person:
        end += 1
    return end


def _with_itself(name: Token, prep: Token) -> bool:
    """Whether a name in a with-phrase is its object or one of a list there ("with A, B and
    C", "with A as pilot"), not a name inside another noun ("with the blessing of A")."""
    for a in name.ancestors:
        if a.i == prep.i:
            return True
        if a.dep_ == "prep" and a.lower_ != "as":
            return False
    return True


#: nouns and verbs of taking someone's place: "a late substitution for X", "replacing X"
_STAND_IN = {"substitution", "substitute", "replacement", "stand-in", "standin", "replace"}


def stood_in_for(tok: Token) -> bool:
    """Whether a name is of the one someone took the place of ("B -- a late substitution for
    X", "B, who replaced X", "in place of X", "instead of X"): X did not fly."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "pobj" and a.head.lower_ == "for" and a.head.head.lemma_ in _STAND_IN:
            return True
        if a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.lower_ in ("place", "instead"):
            return True
        if a.dep_ == "dobj" and a.head.lemma_ in _STAND_IN:
            return True
        if a.pos_ in ("VERB", "AUX") and a.lemma_ not in _STAND_IN:
            return False
    return False


def accompanied(ctx: Context, tok: Token, words: list[Token]) -> list[int]:
    """People said to have done it alongside those it is about ("touched down ... along with
    A and B", "launched alongside A", "together with A"): they did it too. A bare "with" may
    only say who was aboard or who was met, and is left to :func:`companions`."""
    found: list[Token] = []
    for t in words:
        if t.dep_ != "prep":
            continue
        before = t.doc[t.i - 1].lower_ if t.i > 0 else ""
        head = t.head.head if t.head.lower_ in ("along", "together") else t.head  # "along with": "with" on "along"
        if _on_verb_or_subject(head, tok) and (t.lower_ == "alongside" or t.lower_ == "with"
                                                and before in ("along", "together")):
            found += [x for x in t.subtree if ctx.person(x) is not None and ctx.named_at.get(x.i) is not None]
    return list(dict.fromkeys(p for t in found if (p := ctx.person(t)) is not None and not stood_in_for(t)))


def _on_verb_or_subject(head: Token, verb: Token) -> bool:
    """Whether a with-phrase hangs from the verb or, set off by commas, from its subject ("X,
    together with Y, blasted off")."""
    return head.i == verb.i or head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.i \
        and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ","


#: words that seat a companion on the flight: "with A in the commander's seat", "with A at the controls"
_SEATS = {"seat", "controls", "helm", "cockpit", "aboard", "board", "onboard", "strapped", "seated", "buckled",
          "sitting", "riding", "flying", "beside"}
#: crew roles a companion may be said to fly as: "with A as commander"
_SEAT_ROLES = {"commander", "pilot", "engineer", "specialist", "captain"}


def launched_with(ctx: Context, words: list[Token]) -> list[int]:
    """People a launch's with-phrase names as its object ("launched from X with A and B",
    "with veteran cosmonaut A in the commander's seat", "with A as commander", "alongside the
    company's founder, A"): they went up
    too; not someone the phrase only shows doing something else ("with A watching from the
    stands") nor a name inside another noun ("with the blessing of A")."""
    found: list[int] = []
    for t in words:
        if t.dep_ != "prep" or t.lower_ not in _WITH or ctx.person(t.head) is not None:
            continue
        for x in (c for c in t.children if c.dep_ == "pobj"):
            told = (x, *x.conjuncts, *(n for c in x.children if c.dep_ == "appos" for n in (c, *c.conjuncts)),
                    *_named_after(ctx, x), *_after_colon(ctx, x))
            names = [n for n in told if ctx.person(n) is not None and not stood_in_for(n)]  # "with its founder, A"
            if names and not _doing_else(max(n.i for n in names), t.sent):
                found += [p for n in names if (p := ctx.person(n)) is not None and p not in found]
    return found


#: words after a with-phrase's names that seat them in the craft: "with A and B on board"
_ON_BOARD = {"aboard", "board", "onboard", "inside"}


def riders(ctx: Context, words: list[Token]) -> list[int]:
    """People an event's with-phrase seats in the craft ("The launch took place on May 14,
    with A and B on board", "Liftoff came at 9:20, with A and B aboard"): its riders, when the
    event names no one else; a bare "with A" may be whom they met or who watched."""
    found: list[int] = []
    for t in words:
        if t.dep_ != "prep" or t.lower_ != "with" or ctx.person(t.head) is not None:
            continue
        named = [x for x in t.subtree if ctx.person(x) is not None]
        if not named:
            continue
        last = max(x.i for x in named)
        after = [a.lower_ for a in t.doc[last + 1:min(last + 4, t.sent.end)] if not a.is_punct]
        if after[:1] and (after[0] in _ON_BOARD or after[:2] == ["on", "board"]):
            found += [p for x in named if (p := ctx.person(x)) is not None and p not in found]
    return found


def _named_after(ctx: Context, noun: Token) -> list[Token]:
    """The name that follows a title noun after a comma, which the parser may not take as its
    apposition ("alongside the company's founder, Sir A B", "with two cosmonauts, A and B"):
    the name and those listed with it."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    name = next((t for t in doc[noun.i + 2:noun.i + 4] if ctx.person(t) is not None), None)
    if name is None:
        return []
    while name.head.i != name.i and ctx.person(name.head) == ctx.person(name):
        name = name.head  # the name's head word, which the others of a list are coordinated with
    return [name, *name.conjuncts]


def _doing_else(i: int, sent: Span) -> bool:
    """Whether the words after a name, up to the next comma or the sentence's end, show it
    doing something else than flying ("with A watching", "with A cheering them on"); a seat
    ("in the commander's seat", "aboard", "as commander") says it flew. Read from the words,
    since the parser hangs such phrases on the verb as often as on the name."""
    after = []
    for tok in sent.doc[i + 1:sent.end]:
        if tok.is_punct:
            break
        after.append(tok)
    words = {t.lower_ for t in after}
    if words & _SEATS or after and after[0].lower_ == "as" and words & _SEAT_ROLES:
        return False
    return bool(after) and after[0].tag_ in ("VBG", "VBN", "VBD", "VBZ", "VBP")


def crewmates(ctx: Context, tok: Token, span: Span) -> tuple[list[int], list[int]]:
    """Whose crewmates a sentence names, and who they are: "Her crewmates are A, B and C",
    "His five fellow passengers: A, B and C", "Riding with him are A and B", "joining her
    were A and B"; "their crewmate C" after "A and B" is the crewmate of both."""
    if verbal(tok):
        objects = [t for c in tok.children if c.dep_ in ("prep", "dobj") for t in (c, *c.children)]
        owner = next((p for t in objects if (p := ctx.person(t)) is not None), None)
        named = [t for t in tok.sent if t.i >= span.end and t.head.i not in {x.i for x in objects}]
    else:
        owner = _owner(ctx, tok)
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            named = [t for c in tok.head.children if c.dep_ == "attr" for t in c.subtree]
        elif tok.dep_ in ("compound", "nmod") and ctx.person(tok.head) is not None:  # "her crewmates A and B"
            inside = {t.i for t in tok.subtree}
            named = [t for t in tok.head.subtree if t.i not in inside]
            owner = owner if owner is not None else _with_owner(ctx, tok.head)
        else:  # "His fellow passengers: A, B"; "with crewmates NASA astronaut A and B", however parsed
            named = [t for c in tok.children if c.dep_ == "appos" for t in c.subtree] or listed_on(ctx, tok)
            owner = owner if owner is not None else _with_owner(ctx, tok)
    poss = next((c for c in tok.children if c.dep_ == "poss" and ctx.person(c) == owner), None)
    owners = [] if owner is None else ctx.group_at.get(poss.i, [owner]) if poss is not None else [owner]
    return owners, [p for p in dict.fromkeys(ctx.person(t) for t in named if ctx.named_at.get(t.i) is not None)
                    if p is not None and p not in owners]


def _with_owner(ctx: Context, phrase: Token) -> int | None:
    """Whose crewmates a with-phrase names: the person it hangs on, or the subject of the verb
    it hangs on ("X will be with crewmates A and B", "X, with crewmates A and B, landed")."""
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in ("with", "alongside"):
        return None
    head = phrase.head.head
    if ctx.person(head) is not None:
        return ctx.person(head)
    return next((p for c in head.children if c.dep_ == "nsubj" and (p := ctx.person(c)) is not None), None)


def verbal(tok: Token) -> bool:
    """Whether an event word is used as a verb, also where the tagger calls it a noun after
    "to" ("is due to land") or gives the noun a subject ("as they lift-off from ...": the
    parser hangs a subject only on a verb, and on the copula, never its noun, in "it was a
    launch")."""
    if tok.tag_ in _VERB_TAGS or tok.pos_ in ("VERB", "AUX"):
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "to" and tok.tag_ == "NN"


def clause(ctx: Context, tok: Token) -> list[Token]:
    """The words an event's roles are read from: a verb's own clause (for "due to land", the
    clause of "is"); a noun's phrase, and the clause of the verb it is the subject of ("the
    launch is set for June 5")."""
    if tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return clause(ctx, tok.head)  # "took part in a spacewalking mission": the phrase of the noun it describes
    if verbal(tok) and tok.pos_ in ("NOUN", "PROPN"):
        top = tok
        while top.dep_ in ("pobj", "pcomp", "acomp", "prep") and top.head.i != top.i:
            top = top.head
        return ctx.region(top)
    if not verbal(tok):
        words = list(tok.subtree)
        head = tok.head if tok.dep_ != "pobj" else tok.head.head
        if tok.dep_ in ("nsubj", "nsubjpass") or head.lemma_ in _LIGHT or head.lemma_ in _JOINING \
                or _sets_out(tok):
            words += [t for t in ctx.region(head) if t not in words]  # "made a spacewalk on May 2"
        elif head.lemma_ in _TIME_SPENT and head.dep_ == "nsubj":  # "her time on spacewalks comes to 23 hours"
            words += [t for t in ctx.region(head.head) if t not in words]
        return sorted(words, key=lambda t: t.i)
    return ctx.region(tok)


def craft_clauses(ctx: Context, tok: Token) -> list[Token]:
    """The words of clauses hanging from an event verb whose subject is the craft that
    carried the people ("A and B are back on the ground, their capsule thumping down at X on
    Sunday"; "... returned, their capsule Resilience splashing down off Y"): where and when
    the craft came down or went up is where and when they did."""
    out: list[Token] = []
    linked = [c for c in tok.children if c.dep_ in _SIDE]
    if tok.dep_ in _SIDE and tok.head.i != tok.i:  # the parse may hang it the other way round
        linked.append(tok.head)
    for c in linked:
        subject = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if c.pos_ in ("VERB", "AUX") and subject is not None and (
                subject.lower_ in CRAFT_NOUNS and subject.lower_ != "rocket"
                or _named(ctx, subject, "SPACECRAFT") is not None):
            inside = {x.i for x in subject.subtree} | ({x.i for x in tok.subtree} if c.i == tok.head.i else set())
            out += [t for t in ctx.region(c) if t.i not in inside]
    return out


#: the links of a clause told beside another one
_SIDE = ("advcl", "conj", "ccomp", "parataxis")


def dates(ctx: Context, tok: Token, words: list[Token]) -> list[tuple[int, float]]:
    """Date expressions of an event, each with how sure: attached to the trigger itself or
    inside its clause."""
    out: list[tuple[int, float]] = []
    for d in ctx.dates_in(words):
        first = ctx.doc.char_span(ctx.dates[d].start, ctx.dates[d].end, alignment_mode="expand")
        if first is not None and tok.lower_ not in _BORN and _of_birth(first):
            continue  # "Born on August 29, 1959, she flew jets": the date of the birth
        if first is not None and not_its_day(first, tok):
            continue  # "since 2019", "postponed from Tuesday", "after arriving on March 3"
        direct = first is not None and (first.root.head.i == tok.i or first.root.head.head.i == tok.i)
        out.append((d, DIRECT if direct else LISTED))
    lines = {d for d, _ in out if (s := _date_span(ctx, d)) is not None and own_line(s)}
    if len(lines) < len(out):
        out = [(d, how) for d, how in out if d not in lines]  # a page's date line beside the event's own day
    out.sort(key=lambda found: (_bracketed(ctx.text, ctx.dates[found[0]]), -found[1],
                                _counted_back(ctx.dates[found[0]]), _year_only(ctx.dates[found[0]])))
    # a date in brackets restates another ("11:14 p.m. EST Sunday (10:14 a.m. Kazakhstan time, Monday)": the
    # day in another time zone, not the story's)
    # the date the trigger's own phrase gives before one nearer the verb; of two as near, a stated day before
    # one counted back from the story's ("21 years ago today, on February 1, 2003"), a day before a bare year
    # ("nine years later, on April 12, 1981")
    if not out and not timed_from(tok) and not (tok.pos_ == "VERB" and tok.dep_ in ("pcomp", "pobj")
                                                 and tok.head.lower_ in _APART):
        # "in May 2001, as she lifted off", "It was on May 2 that she lifted off": the date of the clause the
        # event's clause hangs from (not "after the landing, A flew to Houston on June 4", what came after it)
        above: list[Token] = []
        t = tok
        while (t.dep_ in _ABOVE or _cleft(t)) and t.head.i != t.i and len(above) < 6 and not _timed_apart(t):
            t = t.head
            above.append(t)
        if _misread_participle(tok):  # "On May 27, A and two other crewmates launched from X to join Y"
            above.append(tok.sent.root)
        inside = {x.i for x in tok.subtree}
        near = [x for x in ctx.region(above[-1]) if x.i not in inside] if above else []
        out = [(d, CONTEXT) for d in ctx.dates_in(sorted(near, key=lambda x: x.i))
               if (s := _date_span(ctx, d)) is None or not not_its_day(s, tok)]
    return out


#: the links a clause without a day of its own takes the day of the clause above through ("was finally able
#: to launch": "acomp")
_ABOVE = {"advcl", "relcl", "acl", "appos", "pobj", "prep", "xcomp", "attr", "dobj", "acomp"}

#: the tags of a finite verb, which a sentence the parser read right has one of
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _misread_participle(verb: Token) -> bool:
    """Whether a past verb was read as a participle describing a noun in a sentence that has
    no finite verb ("On May 27, A and two other crewmates launched from X to join Y", parsed as
    "crewmates [who were] launched"): it is the sentence's own verb, dated by its opening."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(t.tag_ in _FINITE for t in verb.sent)


def _cleft(clause: Token) -> bool:
    """Whether a clause is the event of a cleft sentence that puts its time first ("It was 4:54
    a.m. on 16 September 1996 that Atlantis lifted off"), not what someone said ("NASA said on
    Tuesday that she lifted off", "It was clear on Tuesday that she would fly")."""
    return clause.dep_ == "ccomp" and clause.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.head.children) and not any(
        c.dep_ == "acomp" for c in clause.head.children)  # "It was clear on May 2 that ...": no cleft


#: words that put a clause at another time than the one it hangs from: "six months after B flew up"
_APART = {"after", "before", "since", "until", "till"}


def _timed_apart(clause: Token) -> bool:
    """Whether a clause is told as before or after the one it hangs from ("launched on Friday,
    six months after B flew up on X"): that clause's date is not its own."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _APART for c in clause.children)


def _counted_back(found: DateMention) -> bool:
    """A date told by its distance from the day of writing ("21 years ago today"), less sure
    than one stated with its year."""
    return bool(found.relative) and not found.year


def _bracketed(text: str, found: DateMention) -> bool:
    """Whether a date stands inside brackets of its line, where a report restates a time in
    another zone or adds an aside."""
    line = text.rfind("\n", 0, found.start) + 1
    if text.rfind("(", line, found.start) <= text.rfind(")", line, found.start):
        return False
    end = text.find("\n", found.end)
    end = len(text) if end < 0 else end
    close = text.find(")", found.end, end)
    opened = text.find("(", found.end, end)
    return close >= 0 and (opened < 0 or close < opened)


def _date_span(ctx: Context, d: int) -> Span | None:
    return ctx.doc.char_span(ctx.dates[d].start, ctx.dates[d].end, alignment_mode="expand")


def _year_only(found: DateMention) -> bool:
    """Whether a date gives a year and nothing finer ("in 1981", "nine years later")."""
    return not (found.month or found.day or found.weekday or found.relative)


def date_before(ctx: Context, tok: Token, about: list[int], frame: Frame) -> int | None:
    """The day of an event whose clause gives none, told in the sentence just before when that
    sentence tells of the same event (one of its words, or one of the people it is about with
    their flight: "Liu Yang was headed back to space on Sunday ... The rocket carrying the three
    blasted off at 10:44 a.m."). That sentence must give one date only (a dateline's aside),
    a day of the story's time (a weekday, "today", a day of a month without a year), not a
    flight of the past; or a full day when it tells the flight's start or end in other words
    (:func:`_bounds_flight`)."""
    start = tok.sent.start
    if start == 0 or any((d := ctx.dates[i]).day or d.month or d.year or d.weekday for i in ctx.dates_in(tok.sent)):
        return None  # "The next day on Nov. 23, A was able to begin the mission": a day told in the event's own
        # sentence, which its clause did not take, makes the one before no likelier its
    before = ctx.doc[start - 1].sent
    dash = next((t.i for t in before[:12] if t.text in ("--", "—", "–")), before.start)  # "JIUQUAN, June 5 (Xinhua)
    found = ctx.dates_in(ctx.doc[dash:before.end])  # --": a dateline's date is the wire's, not the event's
    if len(found) != 1:
        return None
    d = ctx.dates[found[0]]
    if not (d.weekday or d.relative or d.day and d.month):
        return None
    if _others_day(ctx, before, [*about, *(c for t in tok.sent if (c := ctx.person(t)) is not None)]):
        return None
    if d.year:
        return found[0] if _bounds_flight(before, frame.name) else None
    singles = {w for w in (*frame.verbs, *frame.nouns) if " " not in w}
    pairs = {tuple(w.split()) for w in frame.verbs if len(w.split()) == 2}  # "came down in the Atlantic"
    told = any(t.lemma_ in singles or t.lower_ in singles for t in before) or any(
        (t.lemma_, t.nbor().lower_) in pairs for t in before[:-1])
    flight = any(t.lower_ in ("space", "orbit") or ctx.is_a(t, *CRAFT) for t in before) \
        and not _other_event(ctx, before, found[0], singles)
    return found[0] if told or flight and any(ctx.cluster(t) in about for t in before) else None


#: verbs that tell a flight's start or end without the frame's words: "the flight ended on Feb. 8, 1974"
_BOUNDING = {"launch": {"begin", "start"}, "landing": {"end", "conclude", "finish"}}
#: nouns of a whole flight, whose start or end is its launch or landing
_TRIPS = {"flight", "spaceflight", "mission", "journey", "trip", "voyage", "odyssey", "expedition", "stay"}


def _bounds_flight(before: Span, frame: str) -> bool:
    """Whether a sentence tells the start or end of a flight in words of its own, so that its
    day, year and all, is the launch or landing the next sentence tells without one ("The
    flight ended on Feb. 8, 1974. The crew splashed down in the Pacific"; "On March 25, 1992,
    Earth called him home. He landed near X"): a verb of its start or end beside a noun of a
    whole flight, or for a landing a verb sending someone home. A day given to anything else
    ("She was selected on May 2, 2009. She launched ...") is no such day."""
    bounding = _BOUNDING.get(frame, set())
    if any(t.lemma_ in bounding and t.pos_ == "VERB" and any(
            a.lemma_ in _TRIPS for a in (*t.ancestors, *(c for c in t.children if c.dep_ in ("nsubj", "nsubjpass"))))
           for t in before):
        return True  # the flight's own start or end, not that of its training ("training for the mission began")
    return frame == "landing" and any(t.lower_ == "home" and t.head.pos_ == "VERB" for t in before)


#: verbs of the events of a flight, each with its own day ("arrived at the station on April 24")
_EVENT_VERBS = {"launch", "arrive", "dock", "reach", "land", "return", "splash", "touch", "undock", "depart",
                "blast", "lift"}


def _other_event(ctx: Context, before: Span, day: int, words: set[str]) -> bool:
    """Whether the sentence before gives its day to another event of the flight, the verb the
    date hangs on ("A arrived at the station on April 24 aboard X. ... the trip that began with
    a launch", "on 14 March, when they launch again"): that day is the other event's, not the
    one the next sentence tells without a day ("was headed back to space on Sunday" gives its
    day on)."""
    at = next((t for t in before if day in ctx.dates_in([t])), None)
    return at is not None and any(a.pos_ == "VERB" and a.lemma_ in _EVENT_VERBS and a.lemma_ not in words
                                  for a in (*at.ancestors, *at.subtree))  # "on 14 March, when they launch"


def _others_day(ctx: Context, before: Span, about: list[int]) -> bool:
    """Whether the sentence before tells its day of other people: it names people (not by a
    pronoun) and none of the people the event's sentence is about ("A returned to Earth on Tuesday. B landed
    after 187 days": Tuesday is A's)."""
    named = {c for t in before if t.pos_ != "PRON" and (c := ctx.person(t)) is not None}
    return bool(about) and bool(named) and not named & set(about)


_BORN = {"born", "bear"}


def _of_birth(span: Span) -> bool:
    """Whether a date belongs to a birth: the last verb before it in its sentence is "born"."""
    verbs = [t for t in span.doc[span.sent.start:span.start] if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and verbs[-1].lower_ in _BORN


def entities(ctx: Context, words: list[Token], *labels: str, preps: tuple[str, ...] = ()) -> list[int]:
    """Entities of the labels among the words, in order; with ``preps``, only those whose
    phrase hangs from one of the prepositions ("from Baikonur", "off the coast of X")."""
    out: list[int] = []
    for t in words:
        c = ctx.cluster(t)
        if c is None or ctx.labels[c] not in labels or c in out:
            continue
        if preps and not any(h.lower_ in preps for x in mention(ctx, t) for h in _governors(x)):
            continue
        if ctx.says(_ANNIVERSARY) and _remembered(t):
            continue
        out.append(c)
    return out


_ANNIVERSARY = re.compile(r"anniversar", re.IGNORECASE)


def _remembered(tok: Token) -> bool:
    """Whether a name is inside the phrase of an anniversary the event fell on ("on the 50th
    anniversary of the moon landing of Apollo 11"): another flight, not this one's."""
    return any(a.lemma_ == "anniversary" for a in list(tok.ancestors)[:8])


def _governors(tok: Token) -> list[Token]:
    """The preposition a word hangs from, and the one above a noun it is "of" ("off the coast
    of X": "of" and "off")."""
    while tok.dep_ in ("compound", "nmod", "amod", "nummod") and tok.head.i != tok.i:
        tok = tok.head  # "in the Shenzhou 6 mission": the preposition of the phrase's noun
    head = tok.head
    if head.dep_ != "prep" and head.pos_ != "ADP":
        return []
    out = [head]
    if head.lower_ == "of" and head.head.dep_ == "pobj":
        out.append(head.head.head)
    elif head.lower_ == "of" and head.head.lower_ in _COMPASS:
        out.append(head.head)  # "southeast of X", which the parser may hang as an adverb
    return out


#: directions a place is told from ("148 km southeast of X")
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
