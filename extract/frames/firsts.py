"""Firsts: "the first woman to command the station", "the first Briton in space", "China's
first female spaceflight engineer", "became the first Arab to perform a spacewalk".

A first is a record with a scope: who was the first of a group to do something. The frame's
word is "first" before a noun for people (a group, a nationality, a trade); the scope is read
from the words around that noun (a country by its name, other groups as written, "woman" or
"man"), the achievement from what follows it (a "to" clause, "in space", or the trade itself:
"China's first astronaut"). Whom it is about: the name it stands in apposition to ("X, the
first ..."), the subject of "was"/"became"/"made history as" (or of the sentence, for
"..., becoming the first"), the one "making her the first ..." or "made X the first ...",
the name after "was" of "The first woman in space was X", the name the phrase
introduces ("China's first astronaut, X"), the subject of a clause it follows ("X took
command, the first woman to do so"). An event first done by a group ("made the first
spacewalk by private astronauts") is its doers'. A first only supposed ("could become the
first") is no fact; one expected ("is set to become") is planned. "The first spacewalk of the
mission", "the first of three spacewalks", "the first German to visit since 2018" and a
company's "first flight surgeon" are no firsts of a group.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract import extensions
from extract.components.context import Context, date, value
from extract.frames.groups import DESCENT, GROUPS, NEUTRAL, PEOPLE, TRADES, country_of, left_out, scope_of
from extract.frames.lexicon import Frame
from extract.frames.mood import mood
from extract.frames.reading import CONTEXT, DIRECT

VERSION = "frames/1"

#: verbs whose complement says what the subject is: "was the first", "became the first"
_COPULAS = {"be", "become", "remain"}
#: verbs whose future tells how a done first will be seen ("will always be remembered as the first")
_REMEMBERED = {"remember", "know", "regard", "recognise", "recognize", "hail", "celebrate", "honour", "honor"}
#: ordinal words of a place in a group's order: a first is place 1; "the second Canadian in space"
#: is a rank, which says who was not the first
RANKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
         "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
         "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}
#: an ordinal in figures: "10th", "568th", "103rd"
_FIGURED = re.compile(r"([1-9]\d{0,3})(?:st|nd|rd|th)")


def rank_of(word: str) -> int | None:
    """The place an ordinal word gives: 2 for "second", 568 for "568th"; None for another word."""
    figured = _FIGURED.fullmatch(word.lower())
    return int(figured.group(1)) if figured else RANKS.get(word.lower())
#: prepositions whose phrase tells the achievement ("in space", "on the Moon")
_WHERE = {"in", "on", "into", "to", "aboard", "around", "outside"}


class FirstReader:
    """Reads the "first" frame (a rule of the relation component, like the other frames)."""

    def __init__(self, frame: Frame) -> None:
        self.frame = frame
        self.__name__ = f"frame_{frame.name}"

    def __call__(self, ctx: Context, tok: Token, span: Span) -> None:
        rank = rank_of(tok.lower_)
        if rank is None or tok.dep_ not in ("amod", "advmod", "compound"):
            return  # "the first of three spacewalks", "she first flew in 2010"
        if any(c.dep_ == "conj" and rank_of(c.lower_) is not None for c in tok.children):
            return  # "the second and third Saudis in space": which of them is which is not said
        if rank == 1 and tok.head.lower_ == "time" and tok.dep_ == "amod":
            self._first_time(ctx, tok, span)  # "X's flight was the first time a Canadian lived aboard"
            return
        noun = _group_noun(tok)
        if noun is None:
            return
        by = _by_group(noun)  # "made the first spacewalk by private astronauts"
        if rank > 1 and by is not None:
            return  # "the second spacewalk by private astronauts": a first only says who did it
        if not _of_people(noun) and by is None:
            if rank == 1:
                self._national_event(ctx, tok, noun, span)  # "the first U.S. spacewalk, by X"
            return  # "the first spacewalk of the mission", "her first flight"
        achievement = (_achievement(ctx, noun) or _shared_achievement(ctx, noun)) if by is None else " ".join(
            # an event done first by a group: the event and by whom, as written
            [*(c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i), noun.lemma_.lower(),
             "by", *(t.text for t in by.subtree)])
        if by is None:
            achievement = _told_before(ctx, noun) or achievement  # "... to earn the honor": which honour
        if not achievement:
            return  # "the first woman" with nothing achieved
        people, verb, sure = _holders(ctx, noun) if by is None else _doers(ctx, noun)
        if not people:
            return
        modality = mood(ctx, verb) if verb is not None else ("reported" if not ctx.quoted(noun) else None)
        if modality is None or rank > 1 and modality != "reported":
            return  # "could become the first"; "is set to become the second": only a done rank excludes a first
        if modality == "planned" and verb is not None and verb.lemma_ in _REMEMBERED:
            modality = "reported"  # "will always be remembered as the first Indian woman in space": done
        then = _coordinated_rank(tok, noun) if by is None else None  # "the first Mexican and second Latin
        # American astronaut": two places, each of its own group
        scope = _scope(ctx, tok, noun if by is None else by, before=then)
        if "?" in scope or _since(noun, verb) or _A_WHILE.search(achievement):
            return  # "the first people from the kingdom"; "the first German to visit since 2018"
        redo = any(c.lemma_ == "do" for c in noun.children if c.dep_ == "relcl")
        dates = ctx.dates_in(_dated_words(ctx, noun, verb if redo or not _trailing(noun) else None))
        done = [achievement, *(_each_clause(ctx, noun) if by is None else [])]
        places = [(rank, scope)]
        if then is not None and modality == "reported" and "?" not in (later := _scope(ctx, then, noun)):
            places.append((rank_of(then.lower_) or rank, later))
        for place, among in places:
            ranked = (("rankNumber", value(str(place), "integer")),) if place > 1 else ()
            for one in people:
                for said in done:
                    written = as_stated(tok, said) if place == rank else None
                    ctx.add(one, self.frame.prop("rank" if ranked else "achievement") or "holdsFirst", value(said),
                            span, rule=f"{VERSION}:{'rank' if ranked else 'first'}", confidence=sure,
                            modality=modality, qualifiers=(("firstScope", value(among)), *ranked,
                                                           *((("statedAs", value(written)),) if written else ())),
                            as_of=date(dates[0]) if dates else None)


    def _first_time(self, ctx: Context, tok: Token, span: Span) -> None:
        """ "X's flight marked the first time a Canadian has lived aboard the station", "This is
        X's second trip, and the first time a Briton has commanded it": the first of that group
        to do it is the person whose flight the sentence names (never an "it" or "this" alone)."""
        time = tok.head
        clause = next((c for c in time.children if c.dep_ == "relcl"), None)
        group = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        if clause is None or group is None or not _of_people(group) or not any(
                c.lower_ in ("a", "an") for c in group.children):
            return  # "the first time she flew", "the first time the crew docked"
        anchor = time
        while anchor.dep_ == "conj" and anchor.head.pos_ not in ("AUX", "VERB"):
            anchor = anchor.head
        verb = anchor.head  # "X's flight marked the first time", "This is X's trip, and the first time"
        if anchor.dep_ not in ("attr", "dobj", "conj") or verb.lemma_ not in ("be", "mark") or any(
                t.lower_ == "since" for t in clause.subtree):
            return  # "the first time a German has visited since 2018": not a first
        nouns = [c for c in verb.children if c.dep_ in ("attr", "dobj", "nsubj")]
        if any(g.dep_ == "conj" for n in nouns for c in (n, *n.children) if c is n or c.dep_ == "poss"
               for g in c.children):
            return  # "X and Y's flight marked the first time a Canadian ...": which of them is not said
        people = {p for n in nouns for c in n.children if c.dep_ == "poss" for p in [ctx.person(c)] if p is not None}
        people |= {p for n in nouns if n.dep_ == "nsubj" for p in [ctx.person(n)] if p is not None}
        modality = mood(ctx, verb)
        scope = _scope(ctx, tok, group)
        done = [t for t in clause.subtree if t.i > clause.i]
        achievement = " ".join([clause.lemma_, *(t.text for t in done)]).strip(" ,.")
        if len(people) != 1 or modality is None or "?" in scope or not done:
            return
        ctx.add(people.pop(), self.frame.prop("achievement") or "holdsFirst", value(achievement), span,
                rule=f"{VERSION}:first_time", confidence=CONTEXT, modality=modality,
                qualifiers=(("firstScope", value(scope)),))

    def _national_event(self, ctx: Context, tok: Token, noun: Token, span: Span) -> None:
        """A country's first of an event, told by the event ("the first U.S. spacewalk, by X",
        "X made the first Chinese spacewalk"): the first of that country's people to do it."""
        mods = [c for c in noun.children if c.i < noun.i and c.i != tok.i and c.dep_ not in ("det", "poss", "punct")]
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)  # "China's first spacewalk"
        country = country_of(" ".join(c.text for c in mods)) if mods else \
            country_of(owner.text) if owner is not None and owner.pos_ == "PROPN" else ""
        if noun.lemma_.lower() not in _EVENTS or not country:
            return
        after = [t for t in noun.doc[noun.i + 1:noun.i + 4] if t.text != ","]
        person = ctx.person(after[1]) if len(after) > 1 and after[0].lower_ == "by" else None
        people, verb, sure = ([person], None, DIRECT) if person is not None else _doers(ctx, _part_of_event(noun))
        if verb is not None and verb.lemma_ not in _DOING:
            return  # "X watched the first U.S. spacewalk": not the one who made it
        modality = mood(ctx, verb) if verb is not None else ("reported" if not ctx.quoted(noun) else None)
        if not people or modality is None:
            return
        for one in people:
            ctx.add(one, self.frame.prop("achievement") or "holdsFirst", value(noun.lemma_.lower()), span,
                    rule=f"{VERSION}:first", confidence=sure, modality=modality,
                    qualifiers=(("firstScope", value(country)),))


#: the most words a first is stated in ("the first ... to ..."), its ordinal to its achievement's end
_LONGEST_STATED = 30


def as_stated(first: Token, achievement: str) -> str | None:
    """A first in the article's own words, from its ordinal (with a country's possessive before
    it: "China's first astronaut") to the end of its achievement, with the document's
    whitespace: "first Canadian to operate the station's robotic arm", never the words joined
    anew ("station 's") nor the scope re-phrased ("Canadian person"). None when the achievement
    is not written after the ordinal as read (told before it, or cut from a longer phrase) or the
    phrase holds other firsts or an aside (a comma, a bracket)."""
    words = achievement.split()
    doc, sent = first.doc, first.sent
    tokens = [t for t in doc[first.i + 1:min(sent.end, first.i + _LONGEST_STATED)] if not t.is_space]
    texts = [t.text for t in tokens]
    end = next((tokens[k + len(words) - 1] for k in range(len(tokens) - len(words) + 1)
                if texts[k:k + len(words)] == words), None)
    if not words or end is None:
        return None
    start = first
    owner = next((c for c in first.head.children if c.dep_ == "poss" and c.i < first.i and c.pos_ == "PROPN"), None)
    if owner is not None:  # "China's first astronaut": the country is in the words
        start = doc[owner.left_edge.i]
    text = extensions.text(doc)[start.idx:end.idx + len(end.text)]
    if any(mark in text for mark in (",", ";", "(", ")", "—", "--")):
        return None
    return " ".join(text.split())


def _part_of_event(noun: Token) -> Token:
    """The object that stands for the event: the part whose "of" it is ("began the activities
    of China's first spacewalk"), else the event's noun."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    return head if head.lower_ in _PARTS else noun


#: words for the work of an event, whose doer did the event ("the activities of ...")
_PARTS = {"activities", "activity", "work", "tasks", "operations"}
#: nouns of an event a country's first may be told by ("the first U.S. spacewalk")
_EVENTS = {"spacewalk", "spaceflight"}
#: verbs whose subject did the event they take ("made the first Chinese spacewalk")
_DOING = {"make", "perform", "conduct", "carry", "complete", "do", "fly", "undertake", "execute", "begin", "start",
          "lead"}


def _group_noun(tok: Token) -> Token | None:
    """The noun "first" describes ("first-ever" hangs "first" from "ever"; of "the first Kazakh
    cosmonaut X", parsed as the name's, the title before the name)."""
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") or _demonym_as_noun(t):
            titled = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN" and tok.i < c.i < t.i]
            return titled[-1] if t.pos_ == "PROPN" and titled and tok.text == "first" else t  # "the first Kazakh
            # cosmonaut X": the title ("First Slovak astronaut X" in a headline may be read as a name's words)
        if t.dep_ not in ("advmod", "amod"):
            return None
    return None


def _demonym_as_noun(t: Token) -> bool:
    """A demonym or group word the parse tags as an adjective but that heads its phrase, so
    names people: "became the first Korean in space", "X, the first South African in space"."""
    return t.pos_ == "ADJ" and t.dep_ in _NOMINAL and (bool(country_of(t.lower_)) or t.lower_ in GROUPS
                                                       or t.lower_ in PEOPLE)  # "the first national outside X"


#: dependencies of a word that heads a noun phrase
_NOMINAL = {"attr", "appos", "nsubj", "nsubjpass", "dobj", "pobj", "conj"}


def _of_people(noun: Token) -> bool:
    low = noun.lower_
    return (noun.lemma_.lower() in PEOPLE or low in PEOPLE or bool(country_of(low))
            or low in GROUPS or _trade(noun) is not None)


def _trade(noun: Token) -> str | None:
    """The trade a noun names with its compounds ("spaceflight engineer", "space tourist")."""
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    words = [*(c.lower_ for c in compounds), noun.lemma_.lower()]
    if words[-1] in TRADES or " ".join(words[-2:]) in TRADES:
        return " ".join(w for w in words if w not in GROUPS and not country_of(w))
    return None


def _achievement(ctx: Context, noun: Token) -> str:
    """What the first did, in words: its "to" clause ("command the station"), a place phrase
    ("in space"), else the trade the noun names ("astronaut")."""
    child = _to_clause(noun)
    if child is not None:
        if child.lemma_ == "do" and any(c.lower_ in ("so", "it", "this", "that") for c in child.children) \
                and _trailing(noun):  # "took command of X, the first woman to do so": what the clause did
            return _words(ctx, noun.head, skip=noun, verb_lemma=True)
        return _words(ctx, child)
    if _made(noun):  # "making her the first woman to lead the outpost"
        return _words(ctx, noun.head, skip=noun)
    hung = _hung_clause(noun)
    if hung is not None:
        return _words(ctx, hung)
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ == "to" and after.dep_ == "aux" and after.head.i > noun.i \
            and after.head.pos_ == "VERB":  # "his work as the first citizen to participate in X", the clause
        return _words(ctx, after.head)  # hung from the sentence's verb
    for child in noun.children:  # "the first astronaut wearing a Union Jack flag": the participle narrows it
        if child.dep_ == "acl" and child.tag_ == "VBG":
            trade = _trade(noun)
            return f"{trade} {_words(ctx, child)}" if trade else _words(ctx, child)
    around = [*noun.children, *(c for c in noun.head.children if c.i > noun.i and noun.dep_ == "attr")]
    for child in around:  # "the first Briton in space", "became the first Arab in space" (hung from the verb)
        if child.dep_ == "prep" and child.lower_ in _WHERE and not _country_phrase(ctx, child) \
                and not any(t.i in ctx.date_at for t in child.subtree):
            return " ".join(t.text for t in child.subtree if not t.is_space)
    return _trade(noun) or ""


def _to_clause(noun: Token) -> Token | None:
    """The verb of the "to" clause a first's noun carries ("the first Canadian to board X")."""
    return next((c for c in noun.children if c.dep_ in ("relcl", "acl", "advcl") and c.pos_ in ("VERB", "AUX")
                 and _own_to(c)), None)


#: nouns that stand for what the sentence told before ("X received her wings, making her the
#: first woman to earn the honor")
_ANAPHORIC = {"honor", "honour", "distinction", "feat", "achievement", "milestone", "accolade"}


def _told_before(ctx: Context, noun: Token) -> str:
    """The achievement a first's clause refers back to with "the honor" ("the feat", "this
    distinction"): the verb and object of the clause it hangs from, "received her commercial
    astronaut wings, making her the first woman to earn the honor" -> "receive commercial
    astronaut wings"; "" when the clause says what was done itself."""
    verb = _to_clause(noun) or (noun.head if _made(noun) else _hung_clause(noun))
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    if verb is None or obj is None or obj.lemma_.lower() not in _ANAPHORIC \
            or not any(c.lower_ in ("the", "this", "that") for c in obj.children):
        return ""
    main = verb.head
    for _ in range(3):
        told = next((c for c in main.children if c.dep_ == "dobj"), None)
        if main.pos_ == "VERB" and main.lemma_ not in ("make", "become") and told is not None:
            words = [t.text for t in told.subtree if t.dep_ not in ("poss", "det", "case") and t.i not in ctx.date_at]
            return " ".join([main.lemma_, *words])
        if main.head.i == main.i:
            break
        main = main.head
    return ""


def _hung_clause(noun: Token) -> Token | None:
    """The "to" clause of a first that the parse hangs from the verb: "made history as the first
    Arab to perform ...", "was the first Briton to walk in space"."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > noun.i and _own_to(c)), None)


def _own_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _each_clause(ctx: Context, noun: Token) -> list[str]:
    """The further achievements of a first told as clauses that each have their own "to": "the
    first Canadian to take part in X and to board Y" is the first Canadian to board Y (without
    the second "to", "to take part in X and board Y" is one achievement of both)."""
    verb = _to_clause(noun) or (None if _made(noun) else _hung_clause(noun))
    return [_words(ctx, c) for c in verb.children if _distinct(c)] if verb is not None else []


def _distinct(t: Token) -> bool:
    """A clause coordinated with a first's "to" clause that has its own "to"."""
    return t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and _own_to(t)


def _shared_achievement(ctx: Context, noun: Token) -> str:
    """The achievement of a first coordinated with this one, which the parse hangs from one of
    them: "the first Latin American, the first person of African descent, and the first Cuban to
    fly in space", "the first woman and the first Dane to walk in space"."""
    def firsts(t: Token) -> bool:
        return any(rank_of(c.lower_) is not None and c.dep_ == "amod" for c in t.children)

    top = noun
    while top.dep_ in ("conj", "appos") and firsts(top.head):
        top = top.head
    group = [t for t in top.subtree if firsts(t) and (t.i == top.i or t.dep_ in ("conj", "appos")
                                                       and t.head.i in {top.i, *(u.i for u in top.subtree)})]
    return next((said for t in group if t.i != noun.i for said in [_achievement(ctx, t)] if said), "")


def _words(ctx: Context, verb: Token, skip: Token | None = None, *, verb_lemma: bool = False) -> str:
    """A clause's words without its "to", its subject, its dates (the first's date is kept
    apart) and the phrase ``skip``; with ``verb_lemma`` the verb in its base form."""
    left_out = {t.i for t in skip.subtree} if skip is not None else set()
    left_out |= {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for t in verb.subtree:
        if t.i in ctx.date_at:
            left_out.add(t.i)
            if t.dep_ == "pobj" and t.head.dep_ == "prep":  # "in 2019"
                left_out.add(t.head.i)
    end = len(verb.doc)
    for t in verb.subtree:  # an aside ("on a shuttle, on STS-60"), a second first ("and the first to ..."), a
        # description run on ("into space and the namesake for X"), another place ("and the fifth to stay")
        ranked = t.dep_ == "conj" and any(rank_of(x.lower_) for x in t.subtree)
        if t.dep_ == "appos" or ranked or t.dep_ == "conj" and (_another(t) or t.head.i == verb.i and _distinct(t)):
            left_out |= {x.i for x in t.subtree}
            left_out |= {x.i for x in t.head.children if x.dep_ in ("cc", "punct") and x.i < t.i}
        if ranked:  # what follows another place is that place's: "and the fifth to stay at the ISS"
            end = min(end, t.left_edge.i)
    left_out |= _bracketed(verb)  # "the Manned Maneuvering Unit (MMU)": an aside, however parsed
    left_out |= {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"  # "to fly from Chad": the
                 and _country_phrase(ctx, c) not in (None, "?") for t in c.subtree}  # scope, not what was done
    words = [t for t in verb.subtree if t.i not in left_out and t.i < end and not t.is_space
             and not (t.dep_ == "aux" and t.lower_ == "to" and t.head.i == verb.i)]  # "use X to fly": keep its "to"
    cut = next((n for n, t in enumerate(words) if t.text in (",", ";", "--", "—", "(")), len(words))
    words = words[:cut]  # what follows a comma is an aside: "to fly on a shuttle, on STS-60"
    while words and words[-1].is_punct:
        words.pop()
    return " ".join(t.lemma_ if verb_lemma and t.i == verb.i else t.text for t in words)


def _bracketed(verb: Token) -> set[int]:
    """The words of a clause between brackets, with the brackets."""
    inside: set[int] = set()
    words = list(verb.subtree)
    for n, t in enumerate(words):
        if t.text == "(":
            end = next((m for m in range(n + 1, len(words)) if words[m].text == ")"), None)
            if end is not None:
                inside |= {w.i for w in words[n:end + 1]}
    return inside


def _another(conj: Token) -> bool:
    """A noun the parse coordinated with the first's object but that describes the person
    again: "to fly into space and the namesake for X" ("the namesake" with a determiner beside
    a bare "space")."""
    def det(t: Token) -> bool:
        return any(c.dep_ in ("det", "poss") for c in t.children)

    return conj.pos_ == "NOUN" and conj.head.dep_ == "pobj" and det(conj) and not det(conj.head)


def _country_phrase(ctx: Context, prep: Token) -> str | None:
    """The country or place of a "from X" or "in X" phrase ("the first woman from Belarus",
    "the first person from Alaska", "the first Black candidate in the United States"); "?"
    for a "from"/"of" phrase that names no place ("the first people from the kingdom", "of
    Bahamian descent"): a group the scope cannot say."""
    if prep.lower_ not in ("from", "of", "in"):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    name = " ".join(t.text for t in obj.subtree if t.dep_ not in ("det", "poss") and t.lower_ != "independent")
    if name.lower() == "country":  # "the first person to fly from that country": the country just named
        name = _country_before(prep, prep.sent.start) or name
    country = country_of(name) or (ctx.clusters[c]["name"] if (c := ctx.cluster(obj)) is not None
                                   and ctx.labels[c] == "PLACE" else "")
    return country or (None if prep.lower_ == "in" else "?")


#: how many words before its sentence "the country" may refer back to the country named
_COUNTRY_REACH = 80


def _country_before(tok: Token, start: int) -> str:
    """The last country named from ``start`` up to ``tok``: the one "that country" or "the
    country's first" refers back to ("" when none is)."""
    return next((e.text for e in reversed(tok.doc.ents) if start <= e.start and e.end <= tok.i
                 and country_of(e.text)), "")


def _coordinated_rank(first: Token, noun: Token) -> Token | None:
    """The ordinal of a second place told beside the first, between it and the noun ("the first
    Mexican and second Latin American astronaut": "second"), or None."""
    return next((c for t in noun.doc[first.i + 1:noun.i] for c in t.children
                 if c.dep_ == "conj" and first.i < c.i < noun.i and rank_of(c.lower_) is not None), None)


def _scope(ctx: Context, first: Token, noun: Token, before: Token | None = None) -> str:
    """Among whom the first (or the place ``first`` names) counts, in canonical words (see
    :mod:`extract.frames.groups`); only the words between it and ``before`` when another place
    follows ("the first Mexican and second Latin American astronaut": Mexico's)."""
    country = ""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ != "world"), None)  # "the world's
    # first space tourist": of all people
    if owner is not None:  # "China's first astronaut", "Axiom's first female commander"
        name = " ".join(t.text for t in owner.subtree if t.dep_ != "case")
        if owner.lower_ in ("country", "nation") and any(c.lower_ == "the" for c in owner.children):
            name = _country_before(owner, max(0, owner.sent.start - _COUNTRY_REACH)) or name  # "the country's first"
        country = country_of(name) or country_of(owner.text) or (name if ctx.is_a(owner, "PLACE") else "")
        # the owner's own word, when a dateline hangs from it: "JERUSALEM - Israel's first astronaut"
        if not country:
            return "?"  # "SpaceX's first flight surgeon": the first in a post, not of a group
    extra: list[str] = []
    after = [c for c in noun.head.children if c.i > noun.i and noun.dep_ == "attr" and c.lower_ == "with"]
    done = [c for v in noun.children if v.dep_ in ("relcl", "acl") and v.pos_ in ("VERB", "AUX")
            for c in v.children if c.dep_ == "prep" and c.lower_ == "from"]  # "the first person to fly from Chad"
    for child in [*noun.children, *after, *done]:  # "became the first person in space with a prosthesis"
        if child.dep_ != "prep":
            continue
        said = " ".join(t.text for t in child.subtree)
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.lower_ == "with" and any(ctx.person(t) is not None for t in child.subtree):
            continue  # "the first female astronaut with her male counterpart, X": a companion, no group
        if child.lower_ == "with" or child.lower_ == "of" and child.right_edge.lower_ in DESCENT:
            extra.append(said)  # "the first person with a prosthesis", "of Bahamian descent": as written
        elif child.lower_ in ("of", "from") and obj is not None and ctx.is_a(obj, "AGENCY", "ORG"):  # "from NASA"
            extra.append(str(ctx.clusters[c]["name"]) if (c := ctx.cluster(obj)) is not None else said)  # "of ESA"
        elif child in done and _country_phrase(ctx, child) == "?":
            continue  # "the first cosmonaut to splash down from space": whence, no group
        else:
            country = country or _country_phrase(ctx, child) or ""
    end = before.i if before is not None else noun.i
    between = noun.doc[first.i + 1:noun.i + 1]
    away = left_out([t.lower_ for t in between])  # "the first non-American and non-Soviet cosmonaut"
    if away is None:
        return "?"
    left = {between[k].i for k in away[1]}
    if noun.i in left:  # "the first non-American to command ...": a person from outside
        return scope_of([t.lower_ for t in between if t.i not in left], country, extra, away[0])
    start = first.i if first.dep_ == "conj" else -1  # the second place's words follow its ordinal
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i != first.i
            and start < c.i < end and c.i not in left]
    words = sorted((w for c in mods for w in _own(c, first) if w.lower_ != "ever" and w.i not in left),
                   key=lambda w: w.i)
    if _excluded(words, noun):
        return "?"
    extra += [_as_written(c, first) for c in mods if _narrows(c, noun, first)]
    extra += [_as_written(c) for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "born in the 1980s"
    own = [noun] if before is None else []  # "the second Canadian and first Canadian woman": "woman" is the
    # second place's word
    return scope_of([t.lower_ for t in [*words, *own]], country, extra, [*away[0], *_outside_of(noun)])


def _outside_of(noun: Token) -> list[str]:
    """The countries of an "outside (of) X and Y" beside a first's noun ("the first national
    outside of the US and Russia"), or after it, where the parse hangs the phrase from the verb."""
    beside = [c for c in noun.head.children if c.i > noun.i and noun.dep_ == "attr"]  # hung from "was", "became"
    phrase = next((c for c in [*noun.children, *beside] if c.lower_ == "outside"), None)
    if phrase is None:
        return []
    span = noun.doc[phrase.i:phrase.right_edge.i + 1]
    return [c for e in noun.doc.ents if span.start <= e.start and e.end <= span.end and (c := country_of(e.text))]


def _own(mod: Token, first: Token | None = None) -> list[Token]:
    """A modifier's words without what is coordinated with it and without the ordinal read
    (``first``) the parse may hang from it: "African-American" of "the first African-American and
    second astronaut to head the agency"."""
    other = {t.i for c in mod.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in mod.subtree if t.i not in other and (first is None or t.i != first.i)]


def _excluded(words: list[Token], noun: Token) -> bool:
    """Whether the group is told by whom it leaves out ("the first non-US/USSR person", "the
    first man in space who was not a citizen of the US or the USSR"): no scope word says it."""
    return any(w.lower_ == "non" or w.lower_.startswith("non-") for w in words) or any(
        c.dep_ == "relcl" and c.lemma_ == "be" and any(n.dep_ == "neg" for n in c.children) for c in noun.children)


def _narrows(mod: Token, noun: Token, first: Token | None = None) -> bool:
    """Whether a modifier of the noun narrows the group with words no scope word says: "the
    first second-generation cosmonaut" is not the first cosmonaut. Groups, countries, the words
    of a trade ("space tourist") and words such as "known" leave it as it is."""
    words = [t.lower_ for t in _own(mod, first) if not t.is_punct]
    said = " ".join(words)
    if not words or mod.like_num or mod.ent_type_ in ("ORDINAL", "CARDINAL", "DATE") or said in GROUPS \
            or f"{said} {noun.lower_}" in GROUPS or country_of(f"{said} {noun.lower_}"):  # "Latin" of "the
        # first Latin American", "South" of "the first South Korean"
        return False
    rest = " ".join(w for w in words if not (w in GROUPS or country_of(w) or w in NEUTRAL))
    return bool(rest) and f"{rest} {noun.lemma_.lower()}" not in TRADES and f"{rest} {noun.lower_}" not in TRADES


def _as_written(tok: Token, first: Token | None = None) -> str:
    """A modifier's words as the text writes them ("second-generation", "born in the 1980s")."""
    return "".join(t.text_with_ws for t in _own(tok, first)).strip()


def _by_group(noun: Token) -> Token | None:
    """The people an event noun says it was first done by: "the first spacewalk by private
    astronauts"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            group = next((c for c in child.children if c.dep_ == "pobj"), None)
            if group is not None and _of_people(group):
                return group
    return None


def _doers(ctx: Context, noun: Token) -> tuple[list[int], Token | None, float]:
    """Who did the event a first names: the subject of the verb that carries it ("X and Y
    made the first spacewalk by private astronauts")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return [], None, 0.0
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    p = ctx.person(subject) if subject is not None else None
    return (ctx.conjuncts(p, subject), verb, DIRECT) if p is not None and subject is not None else ([], None, 0.0)


def _titled_name(ctx: Context, noun: Token) -> int | None:
    """The person a first's noun is the title of, written right before the name ("the first
    Kazakh cosmonaut X"): parsed as the name's word, or as a second subject beside it. Not
    after a headline's "First Slovak ...", whose words the model may read as a name."""
    if any(t.text == "First" for t in noun.subtree) or noun.i + 1 >= len(noun.doc):
        return None
    name = noun.head if noun.dep_ in ("compound", "nmod") else noun.doc[noun.i + 1]
    while ctx.named_at.get(name.i) is not None and name.head.i != name.i and \
            ctx.named_at.get(name.head.i) == ctx.named_at.get(name.i):
        name = name.head  # the name's last word, which the parse hangs the name from
    p = ctx.person(name) if ctx.named_at.get(name.i) is not None else None
    if p is None or noun.dep_ not in ("compound", "nmod") and not (
            name.head.i == noun.head.i and name.dep_ == noun.dep_ and noun.i < name.i):
        return None
    return p


#: possessive pronouns by the subject pronoun of the same person
_OWN = {"his": "he", "her": "she", "their": "they"}


def _pronoun_subject(ctx: Context, owner: Token) -> int | None:
    """The person a possessive pronoun means when the sentence's subject is the same pronoun
    ("he talks about his work as ..."): the subject's person, which coreference reads better than
    the possessive's; none when the subject is someone else ("A praised his work")."""
    root = owner.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != _OWN.get(owner.lower_):
        return None
    return ctx.person(subject)


def _holders(ctx: Context, noun: Token) -> tuple[list[int], Token | None, float]:
    """Whom the first belongs to, the verb that says so (for its mood and date), and how
    sure the reading is."""
    if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN", "ADJ") and not _named_after(ctx, noun):
        return _holders(ctx, _ranked_before(noun) or noun.head)  # "the third European and the first Italian"
    head = noun.head
    if _made(noun):
        named = [t for c in (*noun.children, *head.head.children) if c.dep_ in ("nsubj", "dobj") and c.i < noun.i
                 for t in [c] if ctx.person(t) is not None]
        p = ctx.person(named[0]) if named else None
        return ([p], head.head, DIRECT) if p is not None else ([], None, 0.0)
    if _trailing(noun) and head.pos_ in ("VERB", "AUX"):  # "X took command on Friday, the first woman to do so"
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        p = ctx.person(subject) if subject is not None else None
        return ([p], head, CONTEXT) if p is not None else ([], None, 0.0)
    if noun.dep_ == "appos" and any(rank_of(c.lower_) is not None and c.dep_ == "amod" for c in head.children):
        return _holders(ctx, head)  # "X was the first Latin American, the first person of African descent, and ..."
    if noun.dep_ == "appos":  # "X, the first woman to ...", "X, a scientist, the first person ..."
        while ctx.person(head) is None and head.dep_ == "appos" and head.head.i != head.i:
            head = head.head
        p = ctx.person(head)
        return ([p], None, DIRECT) if p is not None else ([], None, 0.0)
    attr = next((c for c in head.children if c.dep_ == "attr" and ctx.person(c) is not None), None) \
        if noun.dep_ == "nsubj" and head.lemma_ == "be" else None
    p = ctx.person(attr) if attr is not None else None
    if p is not None and attr is not None:  # "The first woman in space was X": the one it names, never "was not X"
        return ([], None, 0.0) if any(c.dep_ == "neg" for c in head.children) else (ctx.conjuncts(p, attr), head,
                                                                                      DIRECT)
    titled = _titled_name(ctx, noun)
    if titled is not None:  # "The first Kazakh cosmonaut Toktar Aubakirov turned 75": the name it is a title of
        return [titled], None, DIRECT
    introduced = _named_after(ctx, noun)  # "China's first astronaut, X"; "carried A and the first Cuban cosmonaut, X"
    if introduced is not None:
        return [introduced], None, DIRECT
    if noun.dep_ == "attr" and head.lemma_ in _COPULAS or noun.dep_ == "pobj" and head.lower_ == "as" \
            or noun.dep_ in ("oprd", "ccomp", "xcomp", "dobj") and head.lemma_ in ("make", "become", "mark"):
        verb = head.head if noun.dep_ == "pobj" else head
        seen_as = [c for c in verb.children
                   if c.dep_ in ("dobj", "oprd") and c.i < head.i and ctx.person(c) is not None]
        if noun.dep_ == "pobj" and seen_as:  # "identified X as the first ...", "named X as the first ...": X
            p = ctx.person(seen_as[0])
            return ([p] if p is not None else []), verb, DIRECT
        if noun.dep_ in ("oprd", "ccomp", "xcomp", "dobj") and head.lemma_ == "make":  # "making her the first"
            named = [c for c in noun.children if c.dep_ == "nsubj" and ctx.person(c) is not None] or [
                c for c in head.children if c.dep_ in ("dobj", "nsubj") and ctx.person(c) is not None]
            # "The flight made X the first human in space", parsed with X as the subject of the noun
            if named:
                p = ctx.person(named[0])
                return ([p] if p is not None else []), verb, DIRECT
        owner = next((c for c in verb.children if c.dep_ == "poss"), None) if verb.pos_ == "NOUN" else None
        if owner is not None:  # "X's work as the first ...", "he talks about his work as the first ...": his
            p = ctx.person(owner) if owner.pos_ != "PRON" else _pronoun_subject(ctx, owner)
            return ([p] if p is not None else []), None, CONTEXT
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for s in subjects:
            if s.lower_ in ("who", "that") and verb.dep_ == "relcl":  # "X, who became the first ...": X alone
                p = ctx.person(verb.head)
                if p is None and verb.head.dep_ == "appos":  # "X, a researcher who became the first ..."
                    p = ctx.person(verb.head.head)
                if p is None and verb.head.dep_ == "attr" and verb.head.head.lemma_ == "be":
                    described = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
                    p = ctx.person(described) if described is not None else None  # "X is a pilot who became ..."
                return ([p] if p is not None else []), verb, DIRECT
            p = ctx.person(s)
            beside = next(((c, n) for c in s.children if c.dep_ == "appos" and (n := ctx.person(c)) is not None),
                          None)
            if p is None and beside is not None:  # "Americans A and B were the first ...": the names
                return ctx.conjuncts(beside[1], beside[0]), verb, DIRECT
            if p is None and s.pos_ == "PRON" and verb.dep_ == "advcl":  # "After she became the first ..., X ..."
                p = ctx.subject_of(verb.head, limit=1)
                if p is not None:
                    return [p], verb, CONTEXT
            if p is not None:
                return ctx.conjuncts(p, s), verb, DIRECT
        p = ctx.subject_of(verb, limit=4)
        if p is None and not subjects and verb.tag_ == "VBG":  # "X took command ..., becoming the first ..."
            p = ctx.subject_of(verb.sent.root, limit=1)
        if p is not None and not subjects:
            return ctx.conjuncts(p, verb), verb, CONTEXT
    return [], None, 0.0


def _named_after(ctx: Context, noun: Token) -> int | None:
    """The person a first's noun introduces by name in apposition: "China's first astronaut, X";
    also without the comma that closes it ("The first Indian woman in space, X was born ..."),
    which the parse reads as a second subject of the verb."""
    beside = [c for c in noun.head.children if noun.dep_ in _FRONTED and c.dep_ in _FRONTED and c.i > noun.i
              and c.left_edge.i == noun.right_edge.i + 2 and noun.right_edge.nbor(1).text == ","]
    return next((p for c in [*(c for c in noun.children if c.dep_ == "appos"), *beside]
                 for p in [ctx.person(c)] if p is not None), None)


#: dependencies of a phrase set before the subject of its verb ("The first X, Y was born")
_FRONTED = {"nsubj", "nsubjpass", "dep"}


def _ranked_before(noun: Token) -> Token | None:
    """The ranked noun a coordinated rank follows, where the parse hangs it from the first's
    clause: "the first Mongolian to fly to space and the second Asian cosmonaut", "the first
    civilian to fly aboard X and the first journalist to report from space" (a "to" clause
    hung from "was")."""
    t = noun.head
    for _ in range(6):
        if any(c.dep_ == "amod" and c.lower_ in RANKS for c in t.children):
            return t
        if t.lemma_ in _COPULAS:
            return next((c for c in t.children if c.dep_ == "attr" and c.i < noun.i
                         and any(a.dep_ == "amod" and a.lower_ in RANKS for a in c.children)), None)
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _trailing(noun: Token) -> bool:
    """A noun phrase set after its clause by a comma, describing the clause's subject: "X took
    command on Friday, the first woman to do so" (parsed as an object of the verb)."""
    left = noun.left_edge
    return noun.dep_ in ("dobj", "npadvmod", "appos") and left.i > 0 and left.nbor(-1).text == "," \
        and noun.head.pos_ in ("VERB", "AUX") and noun.i > noun.head.i


#: an achievement told as the first of a while, wherever the parse hung its words ("to launch on X in 20 years")
_A_WHILE = re.compile(r"\b(since|in \S+ (years|decades|months))\b", re.IGNORECASE)


def _since(noun: Token, verb: Token | None) -> bool:
    """ "The first ... since 2018", "the first ... in 20 years": the first of a while, not ever."""
    words = [*noun.subtree, *(t for c in (verb.children if verb is not None else ()) if c.dep_ == "prep"
                              for t in c.subtree)]
    return any(t.lower_ == "since" or t.lower_ == "in" and any(c.lower_ in ("years", "decades", "months")
                                                                 for c in t.subtree) for t in words)


def _made(noun: Token) -> bool:
    """ "making her the first woman to lead ...", parsed with the noun as the subject of
    the "to" clause under "make"."""
    head = noun.head
    return noun.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp") and head.head.lemma_ == "make" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def _dated_words(ctx: Context, noun: Token, verb: Token | None) -> list[Token]:
    """The words a first's date is read from: its own phrase, and the verb that states it
    with what hangs from it, but never the clause of an apposition's main verb."""
    words = list(noun.subtree)
    if verb is not None:
        inside = {w.i for w in words}
        words += [t for c in verb.children if c.i not in inside and (c.dep_ == "npadvmod" or c.dep_ in (
            "xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for t in c.subtree]
        words += [t for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                  if o.i in ctx.date_at for t in o.subtree]  # "in 1991", not "after X in 2009"
    return sorted(words, key=lambda t: t.i)
