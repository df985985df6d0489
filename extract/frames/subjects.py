"""Whom the subject or the object of an event's verb names: a person with those coordinated with
them, a craft or mission and whom it carried, a group listed or described; the readings
:func:`~extract.frames.about.about` and :func:`~extract.frames.nouns.of_noun` build on.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.components.handovers import other_side
from extract.frames.companions import CARRY, WITH, carrying, companions, subject_along_with
from extract.frames.crafts import CRAFT, CRAFT_NOUNS, named_entity, story_craft
from extract.frames.crews import beside_another_flight, crew_of
from extract.frames.onlookers import onlooker, watched
from extract.frames.reading import CONTEXT, DIRECT, LISTED, NOBODY, About, owner_of
from extract.frames.split_subjects import split_subjects
from extract.rules.common import FOREBEARS, KIN, MISSIONS, listed

#: verbs by which an agency or a country sends a craft up: "China launched the Shenzhou-19 spaceship"
_SEND_UP = {"launch", "send", "fire", "loft", "fly", "carry"}
_RELATIVE = {"who", "that", "which"}


def person_first(ctx: Context, subjects: list[Token]) -> list[Token]:
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


def of_object(ctx: Context, verb: Token) -> About:
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


def of_subject(ctx: Context, subj: Token, verb: Token, launch: bool = False) -> About | None:
    """Who or what the subject of an event's verb names; of a launch, a station too ("Skylab
    lifted off on May 14, 1973"), which lands no crew and arrives nowhere."""
    relative = subj.lower_ in _RELATIVE and verb.dep_ == "relcl"
    if relative:
        subj = verb.head
    p = ctx.person(subj)
    if p is not None:
        together = ctx.conjuncts(p, subj)
        together += [q for q in split_subjects(ctx, subj, verb) if q not in together]  # "A and fellow astronaut B"
        together += [q for q in subject_along_with(ctx, subj) if q not in together]  # "A along with B are ..."
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
        return named_person(ctx, titled, LISTED)
    named = named_entity(ctx, subj, *CRAFT, *(("STATION",) if launch else ()))
    if named is None and subj.lower_ in CRAFT_NOUNS and owner_of(ctx, subj) is None and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
        named = story_craft(ctx, subj)  # "The spaceship, atop a rocket, blasted off"
    sender = ctx.cluster(subj)
    if named is None and verb.lemma_ in _SEND_UP and sender is not None \
            and ctx.labels[sender] in ("AGENCY", "ORG", "PLACE"):  # "China launched the X spaceship"
        carried = next((c for c in verb.children if c.dep_ == "dobj"), None)
        craft = named_entity(ctx, carried, "SPACECRAFT", *MISSIONS) if carried is not None else None
        if carried is not None and craft is not None:
            return of_craft(ctx, craft, carried, verb)
        sent = of_object(ctx, verb)
        if sent.people:  # "China sent A and B into space aboard X": those it sent
            return sent
    if named is not None and ctx.labels[named] == "ROCKET":  # "an Atlas V launched the capsule"
        rocket = named
        carried = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
            (t for t in carrying(subj, verb) if t.dep_ == "dobj"), None) or next(
            (o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for o in c.children if o.dep_ == "dobj"
             and named_entity(ctx, o, "SPACECRAFT", *MISSIONS) is not None), None)  # "lifted off and put X into orbit"
        named = named_entity(ctx, carried, "SPACECRAFT", *MISSIONS) if carried is not None else None
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
        return of_craft(ctx, named, subj, verb)
    owner = owner_of(ctx, subj)
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


def of_craft(ctx: Context, craft: int, noun: Token, verb: Token) -> About:
    """A craft or mission did it: the people it carried ("carrying A and B", "with A aboard",
    "his Soyuz"), else those the article already put on it. A station carries no one up ("the
    astronauts will spend three months aboard the core module, which was launched on April
    28": its launch is not theirs)."""
    if ctx.labels[craft] == "STATION":
        return About((), craft, DIRECT)
    owner = owner_of(ctx, noun)
    if owner is not None:
        return About(tuple(ctx.conjuncts(owner, _possessor(noun))), craft, DIRECT)
    carried = [t for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in WITH
               for t in c.subtree if ctx.person(t) is not None and not other_side(t)]  # not "hands the
    # station to B", which a headline's parse may hang on the craft's verb
    carried += [t for c in noun.children if c.dep_ == "prep" and c.lower_ in WITH for t in c.subtree
                if ctx.person(t) is not None]  # "Crew-9, with A and B, is due to lift off"
    carried += [t for t in carrying(verb, noun) if ctx.person(t) is not None]
    if not carried:
        carried = _carried_between(ctx, noun, verb)
    if carried:
        first = next(t for t in carried if ctx.named_at.get(t.head.i) != ctx.person(t) or t.head.i == t.i)
        named = named_person(ctx, first, LISTED).people  # the first name and its conjuncts, and the other names the
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
    if verb.dep_ in ("advcl", "conj", "relcl") and verb.head.i != verb.i and not watched(verb) \
            and not onlooker(verb):  # "she became
        # ... when X lifted off", not "they watched as X lifted off"
        p = ctx.subject_of(verb.head, limit=3)
        if p is not None and ctx.labels[p] == "PERSON":
            return About(tuple(ctx.conjuncts(p, verb.head)), craft, CONTEXT)
    crew = crew_of(ctx, craft, CONTEXT)
    return About(tuple(crew) if not beside_another_flight(ctx, verb, craft, crew) else (), craft, CONTEXT)


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
            people = [p for t in named for p in named_person(ctx, t, LISTED).people]
            if people:
                return list(dict.fromkeys(people))
    return []


def _carried_between(ctx: Context, noun: Token, verb: Token) -> list[Token]:
    """The people of a "carrying" set off between a craft and its verb, however the parse hangs
    it ("The Shenzhou-40 spaceship, carrying A, B and C, blasted off": the participle may hang
    from the comma)."""
    if not noun.i < verb.i:
        return []
    return [t for c in noun.doc[noun.i + 1:verb.i] if c.lemma_ in CARRY and c.tag_ == "VBG"
            for t in c.subtree if ctx.person(t) is not None]


def named_person(ctx: Context, tok: Token, how: float) -> About:
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
                found = named_entity(ctx, t, *MISSIONS)
                if found is not None:
                    return found
    return None


def of_craft_at(ctx: Context, tok: Token, verb: Token) -> About:
    """The reading of the craft or mission a word names (:func:`of_craft`); nobody when it names none."""
    c = ctx.cluster(tok)
    return of_craft(ctx, c, tok, verb) if c is not None else NOBODY


def _possessor(noun: Token) -> Token:
    """The word that owns a noun ("their" of "their capsule"), whose group the references
    read; the noun itself when none does."""
    return next((c for c in noun.children if c.dep_ == "poss"), noun)
