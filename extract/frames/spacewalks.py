"""The spacewalk and moonwalk frames: who went out, when, with whom, for how long, and how
many walks a person or a flight made.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, date, entity, value
from extract.components.found import TermRef
from extract.components.quantities import count, minutes, ordinal
from extract.frames.base import FrameBase
from extract.frames.bounds import bounded
from extract.frames.companions import companions
from extract.frames.crews import unnamed_group
from extract.frames.entities import entities
from extract.frames.flight_walks import final_rank, flight_count, flight_told
from extract.frames.outside import told_in_space
from extract.frames.reading import DIRECT, LISTED, NEAREST, About, verbal
from extract.frames.walk_lists import shares, walk_list
from extract.frames.walk_ranks import count_now, one_of_several, ranks_for, total_after
from extract.frames.walk_records import most_walks


class SpacewalkFrames(FrameBase):
    """The spacewalk and moonwalk frames (read by :class:`~extract.frames.engine.Reader`)."""

    def _spacewalk(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        if not told_in_space(ctx, tok, span):
            return  # "climbed out of the capsule" after the landing
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        for one, nth in ranks_for(ctx, tok) if tok.tag_ != "NNS" and modality == "reported" else ():
            self._add(ctx, one, "least", value(str(nth), "integer"), span, LISTED, modality)  # "the fourth for A"
        held = most_walks(ctx, tok) if modality == "reported" else None
        if held is not None:  # "holds NASA's record for most spacewalks (10)": the holder's count
            self._add(ctx, held[0], "count", value(str(held[1]), "integer"), span, DIRECT - 0.1, modality)
        if not people and _the_walk(ctx, tok):  # "The spacewalk, the second for the pair, lasted ..."
            people, who = _last_spacewalkers(ctx, tok), About((), None, NEAREST + 0.05)
        if not people:
            return
        if tok.tag_ == "NNS" and modality == "reported":
            self._walks(ctx, tok, span, people)
            for mate, walks in shares(ctx, tok) if len(people) == 1 else ():  # "five spacewalks: four with A and
                self._add(ctx, mate, "least", value(str(walks), "integer"), span, LISTED, modality)  # one with B"
                self._together(ctx, tok, [people[0], mate], [], span, LISTED, modality)
        if one_of_several(tok):  # "the pair went on the first of three walks Aug. 7": that walk's day and team
            self._dated(ctx, tok, span, people, words, who.confidence, modality)
            self._together(ctx, tok, people, words, span, who.confidence, modality)
        number = next((c for c in tok.children if c.dep_ == "nummod"), None)
        more = any(c.lower_ in ("more", "additional", "other", "further") for n in (tok, *(
            c for c in tok.children if c.dep_ == "nummod")) for c in n.children)  # "three more": on the number
        if number is not None and any(c.dep_ == "quantmod" and c.lower_ == "of" for c in number.children):
            number = None  # "led the first three of four spacewalks": a share of the walks, not a career's count
        if more and tok.tag_ == "NNS" and len(people) == 1 and modality == "reported":
            total, spent = count_now(tok)  # "made two more spacewalks and now has nine, adding up to 62 hours"
            for n, role, per in ((total, "count", None), (spent, "duration", "minute")):
                if n is not None:
                    self._add(ctx, people[0], role, value(str(n), "integer"), span, who.confidence - 0.1, modality,
                              (("unit", value(per)),) if per else ())
        if number is not None and tok.tag_ == "NNS" and not more and len(people) == 1 \
                and not unnamed_group(ctx, tok) and not (tok.dep_ == "dobj" and unnamed_group(
                    ctx, tok.head)):  # "her seven spacewalks"; not "they made two", "two more", "the crew
            # carried out four spacewalks" (the crew's, however many of its members the story names)
            total = total_after(tok)  # "five spacewalks, which gave him a total of 10": a career's 10
            n = total or (count(number) if not _told_before(tok) else None)
            if n is not None and modality == "reported":
                self._add(ctx, people[0], "count", value(str(n), "integer"), span, who.confidence, modality,
                          (("scope", TermRef("Cumulative")),) if total else ())
            flight = flight_told(ctx, tok) if total and number is not None and modality == "reported" else None
            if flight is not None and (own := count(number)) is not None:  # the five were the flight's
                self._add(ctx, people[0], "count", value(str(own), "integer"), span, who.confidence - 0.1, modality,
                          (("mission", entity(flight)),))
        rank = _career_rank(ctx, tok)
        if rank is not None and len(people) == 1 and modality == "reported":  # "her seventh spacewalk": at least 7
            self._add(ctx, people[0], "count" if _only_one(tok) else "least", value(str(rank), "integer"), span,
                      who.confidence - 0.1, modality)
        if verbal(tok) and len(people) == 1:  # "ventured outside his Voskhod 2 spacecraft": the craft they
            for c in entities(ctx, words, "SPACECRAFT", preps=("outside", "out", "of", "from"))[:1]:  # were in
                self._add(ctx, people[0], "craft", entity(c), span, who.confidence - 0.1, modality)
        if tok.tag_ != "NNS":  # one spacewalk: who went out with them went out that day, for that long
            people += [c for c in companions(ctx, tok, words) if c not in people and ctx.labels[c] == "PERSON"]
            # "in July", "in 2008", "on Thursday": a spacewalk is one day, told to the month or year
            self._dated(ctx, tok, span, people, words, who.confidence, modality)
        lasted = [t for t in (words if tok.tag_ == "NNS" else _part_of(tok)) if t.lower_ in ("minutes", "minute",
                                                                                          "hours", "hour")]
        if not lasted and tok.tag_ != "NNS":
            lasted = _it_lasted(tok)  # "They went out on Monday. It lasted 6 hours and 10 minutes."
        for unit in lasted[-1:]:
            if unit.dep_ in ("amod", "compound", "nmod") and unit.head.pos_ == "NOUN" \
                    and unit.head.lower_ not in self.frame.nouns:
                continue  # "after the ten-minute flight": the length of something else
            total = minutes(unit) if not bounded(unit) else None  # "a more than seven hour walk": no length
            if total and not _a_record(unit):  # "recorded a new record of 22 hours": the record frame's figure
                scope = (("scope", TermRef("Cumulative")),) if _told_as_total(unit) or _over_several(tok, unit) \
                    else (("scope", TermRef("SingleSpacewalk")),) if tok.tag_ != "NNS" else ()  # a career's or
                # several walks'; else one walk's, when the noun is one ("the spacewalk went into the books at 31 min")
                for one in people:
                    self._add(ctx, one, "duration", value(str(total), "integer"), span, who.confidence - 0.05,
                              modality, (("unit", value("minute")), *scope))
        if tok.tag_ != "NNS":
            self._together(ctx, tok, people, words, span, who.confidence, modality)

    def _moonwalk(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                  words: list[Token]) -> None:
        """Who walked on the Moon together ("A and B walked on the Moon", "A walked on the lunar
        surface with B", "A was joined on the surface of the Moon by B"): partners outside, as on a
        spacewalk. Only the partners are read: a moonwalk is no spacewalk to count or time, and
        "the sixth man to walk on the Moon" names no partner."""
        if modality != "reported":
            return
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        joined = [t for c in tok.children if c.dep_ == "agent" for t in c.subtree] if tok.lemma_ == "join" else []
        people += [p for t in joined if (p := ctx.person(t)) is not None and p not in people
                   and ctx.labels[p] == "PERSON"]
        self._together(ctx, tok, people, words, span, who.confidence, modality)

    def _walks(self, ctx: Context, tok: Token, span: Span, people: list[int]) -> bool:
        """Each walk of a list after "two spacewalks --": its walkers (with the one person the
        sentence is about) walked that day, together. Whether there was such a list."""
        items = walk_list(ctx, tok)
        subject = people[:1] if len(people) == 1 else []
        if not items or any(not walkers and not subject for walkers, _ in items):
            return False
        for walkers, day in items:
            team = list(dict.fromkeys([*subject, *walkers]))
            for one in team:
                self._add(ctx, one, "date", date(day), span, LISTED, "reported")
            self._together(ctx, tok, team, [], span, LISTED + 0.1, "reported")
        return True

    def _flights_walks(self, ctx: Context, tok: Token, span: Span, people: tuple[int, ...]) -> None:
        """ "the crew completed four spacewalks", "the fourth and final spacewalk of the mission":
        how many walks the flight had (see :mod:`extract.frames.flight_walks`)."""
        found = flight_count(ctx, tok, people) if tok.tag_ == "NNS" else final_rank(ctx, tok)
        if found is not None:
            self._add(ctx, found[0], "count", value(str(found[1]), "integer"), span, DIRECT - 0.1, "reported")


#: words that make a spacewalk time a career's total: "a total of 27 hours", "totaling 62 hours"
_TOTAL = {"total", "totaling", "totalling", "totals", "cumulative", "career", "altogether", "combined", "overall"}


def _told_as_total(unit: Token) -> bool:
    """Whether a spacewalk time is told as a total ("has spent a total of 27 hours and 48
    minutes of spacewalking", "seven spacewalks totaling 50 hours", "62 hours in all"), not
    the length of one walk."""
    sent = unit.sent
    near = unit.doc[max(sent.start, unit.i - 8):min(sent.end, unit.i + 4)]
    words = [t.lower_ for t in near]
    pairs = zip(words, words[1:], strict=False)
    return bool(set(words) & _TOTAL) or any(a == "in" and b in ("all", "total") for a, b in pairs)


def _a_record(unit: Token) -> bool:
    """Whether a spacewalk time is told as a record ("recorded a new record of 22 hours and 27
    minutes during her third spacewalk", "pushed her record to 22 hours"): a figure the record
    frame reads, not the length of the walk the sentence tells."""
    sent = unit.sent
    return any(t.lower_ in ("record", "records") for t in unit.doc[max(sent.start, unit.i - 8):unit.i])


def _over_several(walk: Token, unit: Token) -> bool:
    """Whether a time is told over several walks ("in three excursions ... he logged 20 hours",
    "over her four spacewalks"), not each one's ("six hours each")."""
    sent = unit.sent
    if any(t.lower_ in ("each", "apiece") for t in unit.doc[unit.i:sent.end][:4]):
        return False
    return walk.tag_ == "NNS" or any(t.tag_ == "NNS" and t.lemma_ in _WALK_NOUNS and any(
        c.dep_ == "nummod" for c in t.children) for t in _part_of(unit))  # "over her four spacewalks, she spent ...


def _part_of(tok: Token) -> Span:
    """The part of a word's sentence between the semicolons around it: "The first, at 8 hours,
    was the longest; by the end B had six spacewalks" tells two things apart."""
    sent = tok.sent
    doc = tok.doc
    start = max((t.i + 1 for t in doc[sent.start:tok.i] if t.text == ";"), default=sent.start)
    end = min((t.i for t in doc[tok.i:sent.end] if t.text == ";"), default=sent.end)
    return doc[start:end]


#: nouns for spacewalks that a count before them makes several ("her four spacewalks")
_WALK_NOUNS = {"spacewalk", "walk", "excursion", "eva", "outing", "sortie"}

#: subjects of the next sentence's "lasted" that are the walk just told
_THE_WALK = {"it", "outing", "excursion", "walk", "work", "job", "task"}


def _it_lasted(walk: Token) -> list[Token]:
    """The time units of the sentence after a spacewalk's when it tells how long "it" (or "the
    outing") lasted: "It lasted 6 hours and 10 minutes", "The outing lasted seven hours"."""
    sent = walk.sent
    if sent.end >= len(walk.doc):
        return []
    after = walk.doc[sent.end].sent
    root = after.root
    if not (root.lemma_ == "last" and any(c.dep_ == "nsubj" and c.lower_ in _THE_WALK for c in root.children)
            or _told_length(root)):
        return []
    return [t for t in after if t.lower_ in ("minutes", "minute", "hours", "hour") and _verb_above(t) == root]


#: nouns of a length that "was" tells: "The duration of their stay outside the ISS was 7 hours 46 minutes"
_LENGTHS = {"duration", "length"}
#: words of the length's phrase that make it the walk's
_OF_THE_WALK = {"spacewalk", "excursion", "outing", "walk", "eva", "outside", "exit"}


def _told_length(root: Token) -> bool:
    """Whether a sentence tells the length of what was just told in other words than "it
    lasted": "It ran 6 hours", "The outing took 6 hours and 34 minutes" (not "took two hours to
    fix"), "The duration of their stay outside the ISS was 7 hours 46 minutes"."""
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if root.lemma_ in ("run", "take") and not any(c.dep_ in ("xcomp", "advcl", "ccomp") for c in root.children):
        return any(c.lower_ in _THE_WALK for c in subjects)
    return root.lemma_ == "be" and any(c.lower_ in _LENGTHS and any(
        t.lower_ in _OF_THE_WALK for t in c.subtree) for c in subjects)  # not "the duration of the briefing"


def _verb_above(tok: Token) -> Token:
    """The nearest verb a word hangs from (the root when there is none)."""
    while tok.head != tok and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _the_walk(ctx: Context, tok: Token) -> bool:
    """Whether a spacewalk noun points back to the walk just told: "the spacewalk" ("that outing"), also with
    an aside that names no one or a modifier, as the subject of a verb that tells its length
    ("The spacewalk, the second for the pair, lasted ...", "The planned spacewalk ended after
    6 hours"); not someone's nor another by its rank ("her spacewalk", "the first spacewalk of
    the year"), nor one only expected to take so long."""
    kids = [c for c in tok.children if c.dep_ != "punct"]
    if [c.lower_ for c in tok.children] in (["the"], ["that"], ["this"]):
        return True
    if tok.dep_ != "nsubj" or not any(v.lemma_ in _ENDED_AFTER for v in (
            tok.head, *(c for c in tok.head.children if c.dep_ == "conj"))):  # "began at 8:05 and lasted"
        return False  # "The entire spacewalk was expected to take around six hours": no length told
    return tok.tag_ != "NNS" and any(c.dep_ == "det" and c.lower_ in _THIS for c in kids) and all(
        c.dep_ in ("det", "compound", "nummod") or c.dep_ == "amod" and c.lower_ not in _ORDINALS
        or c.dep_ == "prep" and c.lower_ == "with"  # "That outing, also with B, lasted ...": a companion
        or c.dep_ in ("appos", "relcl") and not any(ctx.person(t) is not None and ctx.named_at.get(t.i) is not None
                                                     for t in c.subtree) for c in kids)  # "for the pair": theirs


#: determiners that point back to the walk just told: "the spacewalk", "that outing"
_THIS = {"the", "that", "this"}
#: verbs whose subject, "the spacewalk" with an aside, is told with its length ("lasted 6 hours")
_ENDED_AFTER = {"last", "end", "conclude", "wrap", "run"}
#: words that make "the spacewalk" another one than the walk just told
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "next", "last", "previous", "final", "earlier", "later"}


def _last_spacewalkers(ctx: Context, tok: Token) -> list[int]:
    """Who made the spacewalk told of last before a word, within its sentence and the five
    before: "the spacewalk" there is theirs."""
    sent = tok.sent
    for _ in range(5):  # the sentence and the five before it
        sent = ctx.doc[sent.start - 1].sent if sent.start > 0 else sent
    before = [f for f in ctx.facts if sent.start_char <= f.start and f.end <= tok.idx
              and f.predicate in ("spacewalkDate", "spacewalkPartner")]
    if not before:
        return []
    last = max(f.start for f in before)
    told = [f for f in before if f.start == last]
    partners = [f.entity for f in told if f.predicate == "spacewalkPartner" and f.entity is not None]
    return list(dict.fromkeys([*(f.subject for f in told), *partners]))


def _career_rank(ctx: Context, noun: Token) -> int | None:
    """The rank an ordinal gives an event in someone's career: "her seventh spacewalk", "the
    fourth spacewalk of his career", "the only spacewalk of her career", "stepped outside for the
    third time"; not "the first
    spacewalk of the mission" nor "the first spacewalk by private astronauts" (a rank in
    something else)."""
    if verbal(noun):  # "went outside for the second time": a place in the walker's career
        return next((n for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.children
                     if t.dep_ == "pobj" and t.lower_ == "time" and not _time_since(t) for a in t.children
                     if a.dep_ == "amod" and (n := ordinal(a)) is not None), None)
    rank = next((n for c in noun.children if c.dep_ == "amod" and (n := 1 if c.lower_ == "only" else ordinal(c))
                 is not None), None)  # "the only spacewalk of his career": one
    if rank is None:
        return None
    owned = any(c.dep_ == "poss" and (ctx.person(c) is not None or c.lower_ in ("his", "her", "their"))
                for c in noun.children)
    career = any(c.dep_ == "prep" and c.lower_ == "of" and any(t.lemma_ == "career" for t in c.children)
                 for c in noun.children)
    return rank if owned or career else None


def _told_before(walks: Token) -> bool:
    """Whether a count of walks points back to those the story told ("With the two outings, A
    has now spent 14 hours outside", "the three spacewalks"): the story's walks, not a career's."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both") for c in walks.children)


def _time_since(time: Token) -> bool:
    """Whether "for the first time" is counted from a point ("for the first time since 2021",
    "in 20 years"): then it is no place in a career."""
    return time.i + 1 < len(time.doc) and time.doc[time.i + 1].lower_ in ("since", "in")


def _only_one(noun: Token) -> bool:
    """Whether a career rank is a count: "the only spacewalk of her career" says one in all,
    where "her third spacewalk" says only that there were at least three."""
    return any(c.dep_ == "amod" and c.lower_ == "only" for c in noun.children)
