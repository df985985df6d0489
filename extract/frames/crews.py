"""The crew of a flight (those the article put on it, and those told together with them) and the
group words ("the trio", "four astronauts", "they") an event may be told of: whom they mean.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from extract.components.context import Context
from extract.components.hosts import host
from extract.components.quantities import count
from extract.facts import COMPANIONS
from extract.frames.crafts import CRAFT, named_entity, past_flight
from extract.frames.reading import CONTEXT, LISTED, NEAREST, NOBODY, About
from extract.frames.rockets import rocket_subject
from extract.rules.common import MISSIONS


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
    a crew of its own ("as commander of X in 1966, with B"); never the people the crew found
    aboard the station (:func:`hosts_of`: "joined A and B aboard Mir. C returned with A")."""
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
    found = hosts_of(ctx)
    for key, group in near:
        if group.isdisjoint(elsewhere - set(base)) and not _other_flight(ctx, key[0], craft, crewed):
            out += [p for p in sorted(group) if p not in out and p not in found and ctx.labels[p] == "PERSON"]
    return out


def hosts_of(ctx: Context) -> set[int]:
    """The people the article tells as found aboard the station by an arriving crew
    (:func:`extract.components.hosts.host`), read once per article."""
    found: set[int] | None = ctx.memo.get(__name__)
    if found is None:
        found = ctx.memo[__name__] = {p for i, p in ctx.named_at.items()
                                      if ctx.labels[p] == "PERSON" and host(ctx.doc[i])}
    return found


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
            return any(c.lower_ in GROUPS or crafts and named_entity(ctx, c, *CRAFT) is not None for c in subjects)
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
