"""The frames of a career in a corps: membership, assignment to a flight, selection (and the
class chosen) and retirement.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, date, entity, span_of, value
from extract.frames.about import about
from extract.frames.base import FrameBase, grounded_crew, seated
from extract.frames.dating import dates
from extract.frames.entities import entities
from extract.frames.reading import CONTEXT, LISTED, NEAREST, About, verbal
from extract.rules.common import MISSIONS, listed


class CorpsFrames(FrameBase):
    """The membership, assignment, selection and retirement frames (read by
    :class:`~extract.frames.engine.Reader`)."""

    def _membership(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                    words: list[Token]) -> None:
        """"a member of the Apollo 11 crew", "was part of the mission Shenzhou 10", "took part
        in the Shenzhou 6 mission", "participated in X": a seat on the mission."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if tok.lemma_ in ("carry", "undertake", "embark") and who.confidence < LISTED:
            return  # "will carry out the mission" said of the people the clause names, not of "the agency"
        phrase = _without_clauses(tok) if not verbal(tok) else words
        missions = entities(ctx, phrase, *MISSIONS) or entities(ctx, _names_given(phrase), *MISSIONS)
        if not verbal(tok) and not any(c.lower_ == "of" for c in tok.children):
            return  # "part" and "member" say a seat only with what they are part of
        if grounded_crew(phrase):
            return  # "a member of the support crew for Apollo 9": on the ground, not aboard
        if tok.lower_ == "crew" and not verbal(tok) and not (tok.dep_ == "pobj" and tok.head.lower_ in (
                "on", "in", "to") or tok.dep_ == "attr" and tok.head.lemma_ == "be"):
            return  # "was on the crew of X", "named to the crew of X", "A and B are the crew of X"; not "the crew
        # of X landed"
        sure = who.confidence - 0.1
        if not missions:  # "on the crew of the agency-run X": the parse broke the phrase; the mission next to it
            after = ctx.doc[tok.i + 1:min(tok.i + 7, tok.sent.end)]
            missions, sure = entities(ctx, list(after), *MISSIONS)[:1], NEAREST
        for one in people:
            for m in missions[:2]:
                if not seated(ctx, m, one):
                    self._add(ctx, m, "target", entity(one), span, sure, modality)

    def _assignment(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                    words: list[Token]) -> None:
        """"was assigned to Crew-5", "was named to the Artemis II crew", "Nasa named A, B and C to
        the crew of X", "announced the crew of X: A, B and C", "joins the crew of X": a seat on
        a mission, planned unless the article tells the mission flew or dates the assignment
        in a past year."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if tok.lemma_ != "join" and tok.tag_ != "VBN" and tok.lemma_ not in self.frame.by_object or not people:
            return  # "X named Y": only a verb that tells it of its object ("Nasa named Y to the crew")
        missions = entities(ctx, words, *MISSIONS, preps=("to", "for", "on", "of"))
        if tok.lemma_ == "join":  # "joined the crew of the STS-76 mission": the mission named, before the one
            named = [t for t in words if ctx.named_at.get(t.i) is not None]  # "the crew" may stand for
            missions = [m for m in entities(ctx, named, *MISSIONS) or entities(ctx, words, *MISSIONS)
                        if any(t.lower_ in ("crew", "mission") for t in words)]
        if not missions or grounded_crew(words):
            return  # "was named to the support crew of X": not aboard
        if tok.lemma_ == "join" and any(c.dep_ == "amod" and c.lower_ in _ABOARD_ALREADY for t in words
                                        if t.lower_ == "crew" for c in t.children):
            return  # "docked, where they joined the outgoing Shenzhou-19 crew": met it aboard, no seat on it
        dated = tok.lemma_ == "join" or any(ctx.dates[d].year and not ctx.dates[d].relative
                                            for d in ctx.dates_in(words))  # a seat taken, or one of the past

        def seat(ctx: Context, tok: Token, span: Span) -> None:
            told = modality if dated or _flown(ctx, missions[0]) else "planned"
            for one in people:
                self._add(ctx, missions[0], "target", entity(one), span, who.confidence - 0.1, told)

        ctx.later.append((seat, tok, span))  # once the whole article has said whether the mission flew

    def _selection(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                   words: list[Token]) -> None:
        """"was selected by Nasa in 2009", "Nasa picked her in 1996", "joined Nasa's astronaut
        corps in 2004", "her selection by JAXA in 2009", "was chosen as one of the Mercury
        Seven": the agency that chose someone and the year; not a seat on a flight ("selected
        for Crew-5", "chosen to command X": the assignment frame's)."""
        if tok.lower_ in _CLASSES:  # "the first of Nasa's 2021 astronaut class", "a member of the class of 1996"
            self._class(ctx, tok, span, modality)
            return
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if not people and verbal(tok):  # "Five astronauts were chosen: A, B, ..."
            people = [p for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for p in listed(ctx, c)]
        agencies = _choosers(ctx, tok, words)
        years = [d for d, how in dates(ctx, tok, words) if how > CONTEXT and ctx.dates[d].year
                 and not ctx.dates[d].day]
        seat = entities(ctx, words, *MISSIONS, preps=("for", "to", "on"))
        for_a_flight = _for_a_flight(tok)
        become = _to_become_a_flyer(ctx, tok)
        if not people or any(c.dep_ == "xcomp" for c in tok.children) and become is None \
                or (seat or for_a_flight) and not agencies:
            return  # "picked for Crew-5", "chosen to command X": a seat; "picked by Nasa for X" is Nasa's pick
        if become is not None:  # "selected to be an astronaut in 2004": the year told in the "to" clause
            years += [d for d in ctx.dates_in(list(become.subtree)) if ctx.dates[d].year and not ctx.dates[d].day]
            if modality == "planned" and not _planned_above(ctx, tok):
                modality = "reported"  # "selected to" is a plan of a seat, but one becomes an astronaut when chosen
        if for_a_flight:
            years = []  # "chosen for the flight by the commission in 2022": the agency's pick, in the flight's year
        if _into_the_forces(tok):
            return  # "recruited by the People's Liberation Army", "enlisted in the Navy": a military career
        joined = [c for c in tok.children if c.dep_ == "dobj"]
        if tok.lemma_ == "join" and not agencies and not any(_astronaut_class(c) for c in joined):
            return  # "joined the crew", "joined the Air Force"; not "joined the second group of astronauts"
        classmates = [p for t in words if t.lower_ in _CLASSES for c in t.children if c.dep_ == "prep"
                      and c.lower_ == "as" for x in c.subtree if (p := ctx.person(x)) is not None]
        hired = tok.lemma_ == "join" and (any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
                                          or _joined_agency(ctx, joined))
        for one in dict.fromkeys([*people, *classmates]):  # "in the same class as X": X was chosen with them
            sure = who.confidence if one in people else LISTED
            for a in agencies[:1]:
                self._add(ctx, one, "agency", entity(a), span, sure, modality)
                if hired and one in people:  # "joined the agency as an astronaut": a job there
                    self._add(ctx, one, "employer", entity(a), span, sure - 0.1, modality)
            for d in years[:1]:
                self._add(ctx, one, "year", value(str(ctx.dates[d].year), "gYear"), span_of(tok, *words), sure,
                          modality)
                self._chosen_in_month(ctx, one, d, span_of(tok, *words), sure, modality)

    def _chosen_in_month(self, ctx: Context, one: int, d: int, span: Span, sure: float, modality: str) -> None:
        """ "Chosen in May 1990": the selection's date as stated, beside its year (a year alone
        is the year's only)."""
        if ctx.dates[d].month:
            self._add(ctx, one, "date", date(d), span, sure, modality)

    def _class(self, ctx: Context, noun: Token, span: Span, modality: str) -> None:
        """An astronaut class named as what someone belongs to ("X, a member of Nasa's 2009
        astronaut class", "X is the first of the 2021 class", "graduated with Nasa's newest
        class of astronauts"): the agency and year of the class are their selection's. A class
        told with a selection verb ("selected in the third batch") is the verb's."""
        if not _astronaut_class(noun) or noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "with"):
            return
        above = noun.head.head
        if above.lemma_ in self.frame.verbs:
            return
        who = about(ctx, above, self.frame)
        if not who.people and _became_in(above):  # "A became a member of ...": the subject of "became"
            who = about(ctx, above.head, self.frame)
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        phrase = list(noun.subtree)
        agencies = entities(ctx, [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")], "AGENCY")
        years = [d for d in ctx.dates_in(phrase) or ctx.dates_in(_became_in(above))
                 if ctx.dates[d].year and not ctx.dates[d].month]
        for one in people:
            for a in agencies[:1]:
                self._add(ctx, one, "agency", entity(a), span, who.confidence - 0.1, modality)
            for d in years[:1]:
                self._add(ctx, one, "year", value(str(ctx.dates[d].year), "gYear"), span_of(noun, *phrase),
                          who.confidence - 0.1, modality)

    def _retirement(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                    words: list[Token]) -> None:
        """"retired from Nasa in 2020", "left the agency in 1993", "stepped down in May", "her
        retirement in 2012": the date; "the retired astronaut X", "is now retired", "has
        retired", "retired this year": the status now; the organisation left ("left Nasa",
        "retired from the Navy", "resigned from JAXA"): an employer, a former one. Not a
        military rank's ("a retired Army colonel")."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if not people or not tok.lower_.startswith("retir") and not _left_the_corps(ctx, tok):
            return  # "left the station": a departure
        if tok.dep_ == "amod" and (tok.head.lower_ in _RANKS or any(
                ctx.is_a(t, "ORG") and not ctx.is_a(t, "AGENCY") for t in tok.head.lefts)):
            return  # "a retired Army colonel", "retired Air Force Lt. Col. X": the service's
        if tok.dep_ == "amod":  # "a retired astronaut": a description, whatever the clause plans
            modality = "reported"
        dated = [d for d, how in dates(ctx, tok, words) if how > CONTEXT and (
            ctx.dates[d].year or ctx.dates[d].relative or ctx.dates[d].weekday)]  # "in 2021", "this year"
        if not verbal(tok):
            dated = [d for d in dated if d in ctx.dates_in(list(tok.subtree))]  # "her retirement in 2012"
        employers = _employers_left(ctx, tok) if modality == "reported" and tok.dep_ != "amod" else []
        for one in people:
            for d in dated[:1]:
                self._add(ctx, one, "date", date(d), span, who.confidence, modality)
            for org in employers:  # "left Nasa in 2014": Nasa was the employer, and is no longer
                self._add(ctx, one, "employer", entity(org), span, who.confidence - 0.1, "former")
            recent = not dated or ctx.dates[dated[0]].relative or ctx.dates[dated[0]].weekday
            if recent and tok.lower_ != "retirement" and tok.lower_.startswith("retir") and modality == "reported":
                self._add(ctx, one, "status", value("Retired"), span, who.confidence - 0.1, modality)  # retired now


def _choosers(ctx: Context, verb: Token, words: list[Token]) -> list[int]:
    """The agency that chose someone: the passive's by-phrase, the active's subject ("Nasa
    selected her", "the agency, which picked her"), what they joined ("joined Nasa's astronaut
    corps"), the owner or by-phrase of "selection", the agency of the role they were chosen as
    ("selected as a JAXA astronaut")."""
    if verb.lemma_ == "join":
        joined = [c for c in verb.children if c.dep_ == "dobj"]
        renamed = any(_then_called(o) for o in joined)  # a former name the model may not know as an agency
        return entities(ctx, _joined_words(joined), *(("AGENCY", "ORG") if renamed else ("AGENCY",)))
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("agent", "poss") or child.dep_ == "prep" and child.lower_ == "by":
            found += list(child.subtree)
        elif child.dep_ == "nsubj":
            found += [verb.head] if child.lower_ in ("which", "that") and verb.dep_ == "relcl" else [child]
    return entities(ctx, found, "AGENCY", "ORG") or entities(ctx, words, "AGENCY", "ORG", preps=("by",)) \
        or entities(ctx, words, "AGENCY", preps=("as",))


#: words that name an armed service ("the Air Force", "the People's Liberation Army")
_FORCES = {"army", "navy", "force", "forces", "marines", "military", "militia"}


def _became_in(member: Token) -> list[Token]:
    """The "in" phrase of the verb by which someone became a member of a class ("became a
    member of the second batch of astronauts in 2010": the year they were chosen); nothing for
    "is a member" (the year of the clause may be of anything)."""
    verb = member.head
    if member.dep_ != "attr" or verb.lemma_ != "become":
        return []
    return [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for t in c.subtree]


#: words of a crew already aboard a station, which a crew arriving joins there without a seat on its flight
_ABOARD_ALREADY = {"outgoing", "departing", "resident", "current", "incumbent", "leaving", "waiting"}
#: nouns of a flight or a seat on one: "selected for her first flight" is a crew assignment
_SEATS = {"flight", "spaceflight", "mission", "crew", "expedition", "trip", "voyage", "seat", "launch"}


def _without_clauses(noun: Token) -> list[Token]:
    """A noun's phrase without the clauses in it ("part of the Gemini 7 mission, in which the
    craft met Gemini 6": Gemini 7, not the flight it met)."""
    clauses = [c for t in noun.subtree for c in t.children if c.dep_ in ("relcl", "acl", "advcl")]
    inner = {t.i for c in clauses for t in c.subtree}
    return [t for t in noun.subtree if t.i not in inner]


#: verbs that give a thing its name ("a mission dubbed Fram2")
_NAMING = {"dub", "name", "call", "christen"}


def _names_given(phrase: list[Token]) -> list[Token]:
    """The names that naming clauses give the nouns of a phrase ("are undertaking a multi-day
    mission, dubbed Fram2"): the clause is cut from the verb's words, the name is the mission's."""
    return [t for n in phrase if n.pos_ == "NOUN" for c in n.children if c.dep_ == "acl" and c.lemma_ in _NAMING
            for t in c.subtree]


def _for_a_flight(verb: Token) -> bool:
    """Whether a selection verb tells of a seat on a flight the words do not name ("was
    selected for her first flight in 1996", "picked for a mission to the Moon"), not of
    being chosen as an astronaut."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "to") and any(
        o.dep_ == "pobj" and o.lemma_ in _SEATS for o in c.children) for c in verb.children)


def _into_the_forces(verb: Token) -> bool:
    """Whether a selection verb tells who took someone into an armed service ("recruited by the
    People's Liberation Army in June 1983", "enlisted in the Navy"), not into a corps of
    astronauts ("selected as a cosmonaut by the Soviet Air Force" is one)."""
    told = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")] + [
        o for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("by", "in", "into")
        for o in c.children if o.dep_ == "pobj"]  # the nouns that name who took them: "the Air Force"
    return any(t.lower_ in _FORCES for t in told) and not any(
        t.lower_ in _FLYERS or t.lower_ in _CLASSES for t in verb.subtree)


def _to_become_a_flyer(ctx: Context, verb: Token) -> Token | None:
    """The "to" clause of a selection verb that makes someone an astronaut ("selected to be an
    astronaut", "chosen by Nasa to participate in its astronaut program", "picked to become a
    cosmonaut"); none for a seat ("chosen to fly on Crew-5", "selected to be the astronaut who
    will command X", "picked to serve on the next crew")."""
    for c in verb.children:
        if c.dep_ != "xcomp" or c.lemma_ not in _BECOMING:
            continue
        aside = {x.i for a in c.children if a.dep_ == "advcl" or a.lower_ in _ASIDES for x in a.subtree}
        told = [t for t in c.subtree if t.i not in aside]  # not "after working as a flight controller"
        if any(t.lower_ in _FLYERS and (t.dep_ != "compound" or t.head.lower_ in _CORPS) for t in told) \
                and not any(t.lemma_ in _SEATS or ctx.is_a(t, *MISSIONS) for t in told):
            return c  # not "to serve as the astronaut liaison": a job
    return None


def _planned_above(ctx: Context, verb: Token) -> bool:
    """Whether a selection verb is itself told as to come ("will be selected", "hopes to be
    selected", "was to be chosen"), beside its own "selected to"."""
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "to") for c in verb.children) \
        or verb.head.i != verb.i and ctx.planned(verb.head)


#: verbs of a "to" clause that makes someone one of a corps: "to be", "to become", "to join"
_BECOMING = {"be", "become", "serve", "join", "participate", "train", "enter"}
#: what an astronaut word may name as a compound in such a clause: "its astronaut program"
_CORPS = {"class", "batch", "group", "corps", "program", "programme", "unit", "team", "detachment", "candidate"}
#: words that open an aside of a "to" clause: "to be an astronaut after working as X"
_ASIDES = {"after", "before", "since", "while", "following"}
#: nouns for a group of people an agency selected together
_CLASSES = {"class", "batch", "group", "corps"}
#: words that make such a group one of astronauts
_FLYERS = {"astronaut", "astronauts", "cosmonaut", "cosmonauts", "taikonaut", "taikonauts", "candidates"}


def _astronaut_class(noun: Token) -> bool:
    """Whether a noun names a class of astronauts: "Nasa's 2021 astronaut class", "the second
    group of astronauts", "the astronaut corps" (not "a class of students")."""
    return noun.lower_ in _CLASSES and any(t.lower_ in _FLYERS for t in noun.subtree)


def _joined_agency(ctx: Context, joined: list[Token]) -> bool:
    """Whether what someone joined is an agency or its corps: "joined Nasa", "joined JAXA's
    astronaut corps" (a job there); not "joined the crew of a Nasa mission"."""
    return any(ctx.is_a(t, "AGENCY") or _then_called(o) and ctx.is_a(t, "ORG") for o in joined
               for t in _joined_words([o]))


def _joined_words(joined: list[Token]) -> list[Token]:
    """The words that name what was joined: the object, its owner and the name before it, and
    for a corps or class, what it is of ("the astronaut corps of ESA"); not a phrase inside
    it ("the crew of a Nasa mission" is no agency's)."""
    out = []
    for o in joined:
        renamed = _then_called(o)
        if renamed:  # "joined Japan's space agency, then called NASDA": the name it had then
            out += renamed
            continue
        out += [t for c in o.children if c.dep_ in ("poss", "compound", "nmod") for t in c.subtree]
        out.append(o)
        if o.lower_ in _CLASSES:
            out += [t for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return sorted(out, key=lambda t: t.i)


def _then_called(joined: Token) -> list[Token]:
    """The name an organisation had when someone joined it, told beside it ("joined Japan's
    space agency, then called NASDA", "joined the agency, then known as X")."""
    verb = joined.head
    return [t for h in (joined, verb) for c in h.children if c.lemma_ in ("call", "know", "name") and c.i > joined.i
            and any(x.lower_ == "then" for x in c.children) for t in c.subtree if t.pos_ == "PROPN"]


def _left_the_corps(ctx: Context, verb: Token) -> bool:
    """Whether "left", "departed", "quit", "resigned" or "stepped down" tells a retirement: what
    was left is an agency or its corps ("left Nasa", "departed the agency", "left the astronaut
    corps", "resigned from JAXA"), or nothing at all."""
    if verb.lemma_ == "step":
        return not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_ == "resign":
        objects += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.children]
    return any(ctx.is_a(o, "AGENCY") or o.lower_ in ("corps", "agency") for o in objects)


def _employers_left(ctx: Context, verb: Token) -> list[int]:
    """The organisations a retirement leaves: the object of "left", "quit" ("left Nasa", "quit
    the agency"), or what someone retired, resigned or stepped down from ("retired from the
    Navy", "her retirement from JAXA", "retired from Nasa and the Navy"); an agency's corps is
    the agency's ("left Nasa's astronaut corps")."""
    heads = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_ in ("leave", "depart", "quit")]
    heads += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
              for p in (c, *c.conjuncts) for t in p.children if t.dep_ == "pobj"]  # "from X and from Y"
    found: list[int] = []
    for head in (h for one in heads for h in (one, *one.conjuncts)):  # "retired from X and Y"
        named = [t for t in (head, *head.children) if ctx.is_a(t, "AGENCY", "ORG") and t.dep_ != "prep"]
        c = ctx.cluster(named[0]) if named else None
        if c is not None and c not in found:
            found.append(c)
    return found


#: military ranks: "a retired Marine colonel" left the service, not the astronaut corps
_RANKS = {"colonel", "general", "captain", "major", "admiral", "lieutenant", "commander", "officer", "sergeant",
          "col.", "gen.", "capt.", "maj.", "adm.", "lt.", "cmdr.", "sgt.", "brigadier"}

#: facts that say a mission has flown
_FLOWN = {"launchDate", "returnDate", "launchSite", "landingSite", "spacewalkDate"}


def _flown(ctx: Context, mission: int) -> bool:
    """Whether the article tells a mission as flown: its launch or landing, its crew told by
    another event, or someone who rode it ("launched aboard X", "X lifted off on Monday"),
    reported, not planned. A seat on
    a mission that has not flown is a plan ("was named to the crew of X")."""
    return any(f.modality == "reported" and (f.subject == mission and (f.predicate in _FLOWN or f.predicate in (
        "crewMember", "commander") and not f.rule.endswith(":assignment")) or f.predicate in (
        "launchVehicle", "spacecraft") and f.entity == mission) for f in ctx.facts)
