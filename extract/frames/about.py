"""Who an event is about, however a sentence tells it: :func:`about` is the one ordered strategy
(the passive's by-phrase, the subject, a noun's owner, the clause above, the one person named);
each step says how sure it is, and the facts of the event carry that confidence (a direct
dependency is surer than a list or the context, which are surer than the nearest name).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context
from extract.components.lists import subject_with_aside
from extract.frames.companions import along_with
from extract.frames.crafts import CRAFT, CRAFT_NOUNS, STATION_NOUNS, named_entity
from extract.frames.crews import GROUPS
from extract.frames.lexicon import Frame
from extract.frames.nouns import of_noun
from extract.frames.onlookers import onlooker, speaker_of, watched
from extract.frames.reading import CONTEXT, DIRECT, LISTED, NEAREST, NOBODY, About, passive, verbal
from extract.frames.subjects import named_person, of_craft, of_craft_at, of_object, of_subject, person_first
from extract.rules.common import FOREBEARS, KIN, MISSIONS, listed, people_before, sole_person


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
            return named_person(ctx, agent[0], DIRECT)
    if frame is not None and tok.lemma_ in frame.by_object and verbal(tok) and not passive(tok):
        sent = of_object(ctx, tok)
        if sent.people and not _launched_by_a_flyer(ctx, tok, frame) or not sent.people and frame.name != "launch":
            return sent  # a launch may send a craft ("sent the Shenzhou-41 ship into orbit"): read on
    if not verbal(tok):
        owned = of_noun(ctx, tok)
        return owned if owned.people or owned.craft is not None else _entry(ctx, tok)
    if another_flight(ctx, tok) or _carried_no_one(ctx, tok):
        return NOBODY
    if frame is not None and frame.name == "launch" and _station_launched(ctx, tok):
        return NOBODY
    verb = tok
    for _ in range(3):  # "is set to launch", "launched and docked": the subject of the verb above
        subjects = person_first(ctx, [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
        for child in subjects:
            found = of_subject(ctx, child, verb, launch=frame is not None and frame.name == "launch")
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
            return named_person(ctx, named, LISTED)
        if subjects or verb.dep_ not in ("xcomp", "conj", "pobj", "pcomp", "acomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    if any(c.lower_ == "it" and _its_station(ctx, c) for c in subjects):
        return NOBODY  # "entered Tiangong-2 for the first time since it was delivered to orbit": the station's
    if tok.dep_ in ("relcl", "acl") and ctx.is_a(tok.head, *CRAFT):
        return of_craft_at(ctx, tok.head, tok)
    if tok.dep_ in ("relcl", "acl") and (craft := named_entity(ctx, tok.head, *CRAFT)) is not None:
        return of_craft(ctx, craft, tok.head, tok)  # "the Soyuz MS-10 spacecraft launched from Baikonur ..."
    if tok.dep_ == "acl" and (named := _what_it_was(ctx, tok.head)) is not None:
        return of_craft_at(ctx, named, tok)  # "Soyuz 30 was a mission launched by the Soviet Union on 1 May 1970"
    if _thing_flown(ctx, tok):
        return NOBODY
    if watched(tok) or onlooker(tok):
        return NOBODY  # "Her family watched as the capsule splashed down": not the watchers' landing
    along = along_with(ctx, tok)
    if along:
        return About(tuple(along), None, LISTED)
    told_of = _participle_craft(ctx, tok)
    if told_of is not None:
        return told_of
    if _fronted_of_kin(tok):
        return NOBODY
    speaker = speaker_of(ctx, tok)
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


def _its_station(ctx: Context, it: Token) -> bool:
    """Whether "it" stands for a station or for nothing the sentence named: the nearest craft or
    station named before it is a station, or there is none and no craft's noun ("aboard
    Discovery as it touched down", "aboard the capsule as it lifted off" are the craft's, and the
    people's aboard it)."""
    named = [c for t, c in ctx.in_sentence(it.sent, *CRAFT, "STATION") if t.i < it.i]
    if named:
        return bool(ctx.labels[named[-1]] == "STATION")
    return not any(t.lemma_.lower() in CRAFT_NOUNS for t in it.doc[it.sent.start:it.i])  # "the capsule as it ..."


def _fronted_of_kin(verb: Token) -> bool:
    """Whether a participle opens a clause whose subject is someone's kin ("Born in Moscow in
    1948, her father was a pilot"): the kin's, or, told loosely, the person's own: neither
    to be trusted."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.head.i != verb.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in KIN or c.lower_ in FOREBEARS) for c in verb.head.children)


def _participle_craft(ctx: Context, verb: Token) -> About | None:
    """The craft a participle's clause is told of, when the clause it opens has a craft for
    subject ("Launching atop an Atlas V on May 19, 2022, Starliner spent its first hours in
    space"; after it, "X was a crewed spaceflight of China, launched on 17 October 2016", which the
    tagger may take for a past tense without a subject): that craft and whom it carried, not the
    nearest person."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.tag_ not in ("VBG", "VBN") and not _bare_past(verb):
        return None
    for subj in (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        craft = named_entity(ctx, subj, *CRAFT) if ctx.person(subj) is None else None
        if craft is not None and ctx.labels[craft] != "ROCKET":
            return of_craft(ctx, craft, subj, verb)
    return None


def _bare_past(verb: Token) -> bool:
    """Whether a past tense is a participle the tagger misread: it follows a comma after the
    clause it hangs on and has no subject or auxiliary of its own (", launched on 17 October")."""
    return verb.tag_ == "VBD" and verb.i > verb.head.i and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children)


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
    return ctx.person(sent) is None and not listed(ctx, sent) and named_entity(ctx, sent, *CRAFT) is None


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


#: nouns of a station or a part of one, which goes up with no one aboard
_STATION_PARTS = STATION_NOUNS | {"module"}


def _station_launched(ctx: Context, verb: Token) -> bool:
    """Whether a verb tells what a station or its module did, by a relative clause on its noun or
    with it for subject ("aboard the core module, which was launched on April 28", "the station,
    whose first module was launched in 1998"): it went up with no one, so none of the people
    around it launched then (a station it names is read as launched, with no one, by
    :func:`~extract.frames.subjects.of_craft`)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns = [verb.head if s.lower_ in _RELATIVE and verb.dep_ == "relcl" else s for s in subjects]
    return any(n.lemma_.lower() in _STATION_PARTS and ctx.person(n) is None
               and named_entity(ctx, n, "STATION", *CRAFT) is None for n in nouns)  # a named one's own is read


#: relative pronouns that stand for the noun a clause describes
_RELATIVE = {"which", "that"}


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


def _launched_by_a_flyer(ctx: Context, verb: Token, frame: Frame) -> bool:
    """Whether a launch verb's subject is what flew, a person or a mission (a rocket or a
    country launches people: "a Falcon 9 launched A and B into orbit"; "A launched with B" is
    A's, and "Crew-10 launched on March 14 with A and B" the mission's)."""
    return frame.name == "launch" and any(ctx.person(c) is not None or ctx.is_a(c, *MISSIONS)
                                          for c in verb.children if c.dep_ == "nsubj")


def _with_listed_subjects(ctx: Context, found: About, subjects: list[Token], verb: Token) -> About:
    """A list of people set apart by semicolons ("A, 42, an engineer; B, a pilot; and C are
    undertaking X") may be parsed as several subjects of one verb: all of them did it, told
    as surely as a listed name."""
    if not found.people or found.craft is not None:
        return found
    more = [p for c in subjects[1:] if ctx.person(c) is not None and c.i > subjects[0].i
            and (told := of_subject(ctx, c, verb)) is not None and told.craft is None for p in told.people]
    people = tuple(dict.fromkeys((*found.people, *more)))
    return About(people, None, min(found.confidence, LISTED)) if len(people) > len(found.people) else found


def _what_it_was(ctx: Context, noun: Token) -> Token | None:
    """The named craft or mission a predicate noun says what it was ("Soyuz 30 was a
    spaceflight mission launched ..."): the subject of "be" when it names one."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and ctx.is_a(c, *CRAFT)), None)
