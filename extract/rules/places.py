"""Places and what belongs to them: nationality, one place inside another, officials."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract import extensions
from extract.components.context import Context, entity, span_of
from extract.rules.common import (
    COUNTRIES,
    MISSIONS,
    PLACES,
    STATES,
    VEHICLES,
    VERSION,
    ancestors,
    described,
    mention,
    recent,
)


def leader(ctx: Context, tok: Token, span: Span) -> None:
    low = tok.lower_
    sent = tok.sent
    if low in ("represented", "represents", "representative"):
        named = ctx.in_sentence(sent, "PERSON")
        where = ctx.in_sentence(sent, "PLACE")
        if named and where:
            ctx.add(where[0][1] if low != "represents" else where[-1][1], "representative",
                    entity(min(named, key=lambda p: abs(p[0].i - tok.i))[1]), span,
                    rule=f"{VERSION}:representative", confidence=0.7)
        return
    if low in ("senator", "senators") and tok.dep_ == "nsubj" and tok.head.lemma_ in ("be", "include"):
        # "Texas's senators include X and Y", "a state whose senators are X and Y"
        state = next((ctx.cluster(c) for c in tok.children if c.dep_ == "poss" and ctx.cluster(c) is not None),
                     None)
        if state is None:
            state = recent(ctx, tok, "PLACE")
        people = [ctx.person(t) for c in tok.head.children if c.dep_ in ("dobj", "attr") for t in c.subtree]
        for p in dict.fromkeys(x for x in people if x is not None):
            if state is not None:
                ctx.add(state, "senator", entity(p), span, rule=f"{VERSION}:senator", confidence=0.7)
        return
    if low in ("senator", "senators"):
        person = described(ctx, tok)
        places = [t for t in tok.subtree if ctx.is_a(t, "PLACE")] or \
                 [c for c in tok.children if c.dep_ == "compound" and ctx.is_a(c, "PLACE")]
        state = ctx.cluster(places[0]) if places else None
        if person is not None and state is not None:
            ctx.add(state, "senator", entity(person), span, rule=f"{VERSION}:senator", confidence=0.75)
        return
    if low == "led":
        return
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        return  # "whose president is X", "its leader is X": the attribute rule
    prop = "president" if low == "president" else "leader"
    person = described(ctx, tok)
    places = [t for t in tok.subtree if ctx.is_a(t, "PLACE", "AGENCY", "ORG") and t.i > tok.i]
    if not places:
        for t in sent:
            if t.lower_ == "which" and t.i > 0 and ctx.doc[t.i - 1].lower_ == "of":
                places = [p for p, _ in ctx.in_sentence(sent, "PLACE", "ORG") if p.i < t.i][-1:]
    if person is None:
        near = [p for p in ctx.in_sentence(sent, "PERSON") if p[0].i > tok.i - 6]
        person = near[0][1] if near else None
    if person is not None and places:
        ctx.add(ctx.cluster(places[0]), prop, entity(person), span,  # type: ignore[arg-type]
                rule=f"{VERSION}:leader", confidence=0.65)


def part_of(ctx: Context, tok: Token, span: Span) -> None:
    """"Zaoyang, which is part of Xiangyang", "Zaoyang city is a part of Hubei province": a
    place in another; "Apollo 11 was part of the Apollo program": a flight in its programme
    (a person "part of" a mission is on its crew, which the flight rules read)."""
    sent = tok.sent
    places = _place_and_whole(ctx, span[0])
    if places is not None:
        ctx.add(ctx.cluster(places[0]), "locatedIn", entity(ctx.cluster(places[1])),  # type: ignore[arg-type]
                span_of(*places), rule=f"{VERSION}:part-of", confidence=0.8)
        return
    whole = next((t for t in sent if t.i > tok.i and ctx.is_a(t, "PROGRAM", *MISSIONS, "AGENCY", "ORG")), None)
    verb = span[0].head
    part = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb.lemma_ == "be" \
        else verb if verb.dep_ != "ROOT" else None  # "X was part of Y" / "X, part of Y"
    if part is not None and part.lower_ in ("which", "that") and part.head.dep_ == "relcl":
        part = part.head.head
    if part is not None and ctx.cluster(part) is None:  # "the Apollo 11 mission"
        part = next((c for c in part.children if c.dep_ in ("compound", "nmod") and ctx.cluster(c) is not None),
                    part)
    if whole is None or part is None or not ctx.is_a(part, *MISSIONS, *VEHICLES, "STATION"):
        return
    if ctx.cluster(part) != ctx.cluster(whole):
        ctx.add(ctx.cluster(part), "partOf", entity(ctx.cluster(whole)),  # type: ignore[arg-type]
                span_of(part, whole), rule=f"{VERSION}:part-of", confidence=0.7)


def _place_and_whole(ctx: Context, part: Token) -> tuple[Token, Token] | None:
    """The place said to be part of another and that other, when "part" says so of the first:
    its subject ("Zaoyang city is a part of Hubei"), or what "which" stands for ("Zaoyang,
    which is part of Xiangyang"). Not a place near "as part of" ("America's first woman ...
    trained as part of her class at a centre in Florida": no country inside a state)."""
    verb = part.head
    if part.dep_ != "attr" or verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    of = next((c for c in part.children if c.lower_ == "of"), None)
    if subject is None or of is None:
        return None
    place = next((t for t in subject.subtree if t.i < part.i and ctx.is_a(t, "PLACE")), None)
    whole = next((t for t in of.subtree if ctx.is_a(t, "PLACE")), None)
    return (place, whole) if place is not None and whole is not None else None


#: common nouns a country's name may stand beside as what it is ("the Central Asian country Kazakhstan")
_LANDS = {"country", "nation", "republic", "state", "kingdom", "land", "territory"}


def nationality(ctx: Context, sent: Span) -> None:
    for tok, c in ctx.in_sentence(sent, "PLACE"):
        name = ctx.clusters[c]["name"]
        if name not in COUNTRIES or in_dateline(ctx, tok):
            continue  # "ASTANA (Kazakhstan) • Russian cosmonaut X": where the story was filed
        span = mention(ctx, tok)
        root = span.root
        target = root.head if root.dep_ in ("amod", "compound", "nmod", "npadvmod") else root
        if _denied(root):
            continue  # "the only commander who wasn't either American or Russian": what they are not
        if target.lemma_ in ("bear", "born") or root.dep_ == "appos" and (
                ctx.is_a(root.head, "PLACE") or root.head.lemma_ in _LANDS):
            continue  # "born in Chardzhou, Turkmenistan", "in the Central Asian country Kazakhstan": a place
        if root is target and root.dep_ not in ("attr", "appos", "nsubj", "pobj") and root.ent_type_ != "NORP":
            continue
        if root is target and root.dep_ == "pobj" and root.head.lower_ not in ("of",):
            continue
        if root is target and root.dep_ == "pobj" and ctx.named_at.get(root.head.head.i) is not None \
                and ctx.person(root.head.head) is not None:  # "Ana Ruiz of Spain"
            ctx.add(ctx.person(root.head.head), "nationality", entity(c),  # type: ignore[arg-type]
                    span_of(root.head.head, tok), rule=f"{VERSION}:nationality", confidence=0.7)
            continue
        if root is target and root.dep_ == "pobj" and not (root.head.head.lower_ in ("one", "first")
                                                             or root.head.head.dep_ == "attr"):
            continue
        person = ctx.person(target)
        if person is None and root is target and root.dep_ == "pobj" and root.head.head.lower_ == "one":
            person = ctx.subject_of(root.head.head, limit=4)
        if person is None and not ctx.is_a(target, *VEHICLES, *MISSIONS, "STATION", "AGENCY", "ORG") and (
                target.lemma_ in ("national", "citizen", "born") or target.pos_ in ("NOUN", "PROPN", "ADJ")):
            person = described(ctx, target)
            if person is None and target.dep_ in ("nsubj", "nsubjpass"):
                refs = [r for r in ctx.doc._.astrokg_refs or [] if r[0] <= target.i < r[1]]
                person = refs[0][2] if refs else None
        people = ctx.conjuncts(person, target) if person is not None and target.tag_ == "NNS" else \
            [person] if person is not None else []  # "the Russian cosmonauts A and B"
        if target.tag_ == "NNS" and target.dep_ == "conj":  # "NASA's A, and Russian cosmonauts B and C", "A and
            own = {ctx.named_at.get(t.i) for t in target.subtree}  # two Russian cosmonauts": the group's own
            people = [p for p in people if p in own]  # names only, not one before it nor a guess at who they are
        elif target.tag_ == "NNS":
            people = _named_by_group(ctx, target, people)
        for one in people:
            ctx.add(one, "nationality", entity(c), span_of(tok, target), rule=f"{VERSION}:nationality",
                    confidence=0.7)


def _denied(word: Token) -> bool:
    """Whether a demonym is what a copula says someone is not ("wasn't either American or
    Russian", "is not Russian", "was never a Soviet citizen" is another rule's)."""
    while word.dep_ == "conj":
        word = word.head
    return word.dep_ in ("attr", "acomp") and word.head.lemma_ == "be" and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in word.head.children)


def _named_by_group(ctx: Context, group: Token, people: list[int]) -> list[int]:
    """The people a plural noun with a nationality names: those it stands before in a list
    ("..., Canadian astronaut A, Russian cosmonauts B and C": B and C, not A before it); when
    it names no one, the people it refers back to only as a subject ("The two Russian
    cosmonauts were well"), never as the object of another's doing ("he sang with the two
    Russian crew members": not whoever the story named last)."""
    if group.dep_ == "compound" and ctx.named_at.get(group.head.i) is not None:
        return [p for p in people if any(ctx.named_at.get(t.i) == p and t.i > group.i for t in group.sent)]
    if any(_named_person(ctx, t) for t in group.subtree) or group.dep_ in ("appos", "nsubj", "nsubjpass", "attr"):
        return people  # "The two Russian cosmonauts were well": the two just named
    return []


def _named_person(ctx: Context, tok: Token) -> bool:
    c = ctx.named_at.get(tok.i)
    return c is not None and ctx.labels[c] == "PERSON"


def located(ctx: Context, sent: Span) -> None:
    """"Star City in Russia", "Tacoma, Washington", "McGill University in Montreal", "Launch
    Complex 39A at the Kennedy Space Center", "the launch center in northwest China's Gansu
    Province": a place (a school, a launch site) within another. Not a dateline ("ORLANDO,
    Fla. --"): it says where the story was written."""
    places = ctx.in_sentence(sent, *PLACES, "SCHOOL")
    for k, ((a, ca), (b, cb)) in enumerate(zip(places, places[1:], strict=False)):
        if ca != cb and described_place(ctx, a) and between(ctx, mention(ctx, a).end, b.i) == ["of"]:
            ctx.add(cb, "locatedIn", entity(ca), ctx.doc[a.i:mention(ctx, b).end], rule=f"{VERSION}:located",
                    confidence=0.7)  # "the Florida city of Pensacola": the second in the first
            continue
        if ca == cb or ctx.clusters[ca]["name"] in COUNTRIES or ctx.labels[cb] == "SCHOOL" or _dateline(ctx, a):
            continue
        end_a = mention(ctx, a).end
        words = between(ctx, end_a, b.i)
        end_b = mention(ctx, b).end
        if ctx.clusters[cb]["name"] in COUNTRIES and k + 2 < len(places) and between(
                ctx, end_b, places[k + 2][0].i) in (["'s"], ["’s"]):
            b, cb = places[k + 2]  # "in north China's Inner Mongolia": the region, inside the country
        state_next = ctx.clusters[cb]["name"] in STATES and not words
        sited = ctx.labels[ca] in ("LAUNCH_SITE", "SCHOOL") or ctx.labels[cb] == "LAUNCH_SITE" \
            or ctx.doc[end_a - 1].is_lower  # a site by its kind: "the Dongfeng landing site in X"
        if (words in (["in"], [","], ["in", "the"], ["of"]) or state_next
                or sited and words in (["at"], ["at", "the"])) and not (words == ["of"] and ctx.labels[ca] != "PLACE"):
            if words == ["in"] and ctx.doc[end_a].head.i not in range(a.i, end_a) and not sited:
                continue
            if _from_a_point(a) or land_in_water(ctx, ca, cb):
                continue  # "500 miles northeast of Tashkent in Kazakhstan", "off Tampa, Florida in the Gulf"
            ctx.add(ca, "locatedIn", entity(cb), ctx.doc[a.i:mention(ctx, b).end], rule=f"{VERSION}:located",
                    confidence=0.7)


#: words that measure a point off a place ("northeast of X", "500 miles off X")
_BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "off", "miles",
             "kilometers", "kilometres", "km"}
#: a body of water, in which no state or country lies
_WATER = re.compile(r"\b(?:Gulf|Ocean|Sea)\b")


def _from_a_point(place: Token) -> bool:
    """Whether a place is what a point is measured from ("northeast of Tashkent in
    Kazakhstan"): the place after it holds the point, not this one."""
    head = place.head
    return head.lower_ == "of" and head.head.lower_ in _BEARINGS


def land_in_water(ctx: Context, land: int, water: int) -> bool:
    """Whether a state or a country would be put in a sea ("off Tampa, Florida in the Gulf
    of Mexico": the splashdown is in the gulf, not Florida)."""
    return shore_of(ctx.clusters[land]["name"], ctx.clusters[water]["name"])


def shore_of(land: str, water: str) -> bool:
    """Whether a place named is a state or a country and the other a sea, which holds none:
    a splashdown "off California" in "the Pacific Ocean" was in the ocean, off that shore."""
    return (land in STATES or land in COUNTRIES) and _WATER.search(water) is not None


def in_dateline(ctx: Context, tok: Token) -> bool:
    """Whether a place is part of a dateline: after a place in capitals at a line's start,
    before the dash or bullet that ends it ("ASTANA (Kazakhstan) •", "BAIKONUR, Kazakhstan
    (AP) --")."""
    text = extensions.text(ctx.doc)
    head = text[text.rfind("\n", 0, tok.idx) + 1:tok.idx]
    end = mention(ctx, tok).end_char
    return bool(_DATELINE_HEAD.match(head) and _DATELINE_END.match(text, end))


def field_dateline(ctx: Context, tok: Token) -> Token | None:
    """The place of a dateline a reporter wrote from the field ("NEAR ARKALYK, Kazakhstan
    (Reuters) -") when ``tok`` is in the lede it opens: what the lede tells happened near it
    (a landing's site). Not a plain dateline ("HOUSTON (AP) --"), often the desk's city."""
    text = extensions.text(ctx.doc)
    start = text.rfind("\n\n", 0, tok.idx) + 2 if "\n\n" in text[:tok.idx] else 0
    m = _FIELD_DATELINE.match(text, start)
    if m is None or not tok.sent.start_char <= m.end() <= tok.idx:
        return None
    place = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    return place[0] if place is not None and ctx.is_a(place[0], "PLACE") else None


#: a dateline from near a place ("NEAR ARKALYK, Kazakhstan (Reuters) -")
_FIELD_DATELINE = re.compile(r"NEAR ([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*),[^\n]{0,40}?(?:--|—|–| -(?!-)) *")


#: the start of a line up to a place in a dateline, and what may follow it up to the dash
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?: \(|, )$")
_DATELINE_END = re.compile(r"[^\n]{0,30}?(?:--|—|–|•| - )")


def _dateline(ctx: Context, tok: Token) -> bool:
    """Whether a place name is written in capitals, as datelines are ("ORLANDO, Fla. --")."""
    text = mention(ctx, tok).text
    return text.isupper() and len(text) > 2


#: words between two place names that say what kind of place, or which part of it, the
#: second is ("Zaoyang city, Hubei", "in northwest China")
_KINDS = {"city", "town", "village", "province", "north", "south", "east", "west", "northwest", "northeast",
          "southwest", "southeast", "northern", "southern", "eastern", "western", "central"}


_CONTAINS: tuple[list[str], ...] = (["in"], [","], ["in", "the"], [], [",", "in"], [",", "in", "the"])


def renamed(words: list[str]) -> bool:
    """Whether the words between two places give the second as the first's other name:
    "Leningrad (now St Petersburg)", "Frunze, USSR, today Bishkek", "(formerly Leningrad)"."""
    return bool(set(words) & _RENAMES) and set(words) <= _RENAMES | {"(", ",", "-", "known", "as", "called"}


#: words that give a place's other name, before or after a renaming
_RENAMES = {"now", "today", "formerly", "present", "present-day", "modern", "modern-day", "then", "later", "renamed",
            "day"}


def between(ctx: Context, start: int, end: int) -> list[str]:
    """The words between two place names, without words that only say what kind of place
    the first is ("Zaoyang city, Hubei")."""
    return [t.lower_ for t in ctx.doc[start:end] if t.lower_ not in _KINDS]


#: nouns for a part of a place named after it ("the San Diego suburb of La Jolla"), or for a
#: place named with its region before it ("the Kazakh city of Zhezkazgan", "the Texas town of X")
_PARTS = {"suburb", "suburbs", "neighborhood", "neighbourhood", "district", "borough", "township", "outskirts",
          "city", "town", "village"}


def described_place(ctx: Context, tok: Token) -> bool:
    """A place named only to say where another is: "Klushino, a village west of Moscow",
    "the San Diego suburb of La Jolla", "close to Russia's border with Kazakhstan"; or where
    someone comes from ("Oklahoma native X died in Huntsville"): never where an event was."""
    named = mention(ctx, tok)
    if named.end < len(ctx.doc) and ctx.doc[named.end].lower_ in _NATIVE or _on_a_border(named.root):
        return True
    root = named.root
    if root.dep_ in ("compound", "nmod") and root.head.lower_ in _PARTS and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(ctx.is_a(t, "PLACE") for t in c.subtree)
            for c in root.head.children):
        return True
    if _holds_a_named_part(ctx, root) or _holds_this_town(root):
        return True
    for anc in ancestors(tok)[:5]:
        if anc.dep_ == "appos" and anc.pos_ == "NOUN" and ctx.is_a(anc.head, "PLACE"):
            return True
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


#: nouns for a part of a country that a place's name may stand before ("the Karaganda region")
_REGIONS = {"region", "province", "oblast", "county", "prefecture", "state", "territory", "district", "krai"}


def _holds_a_named_part(ctx: Context, root: Token) -> bool:
    """Whether a place is named only as what holds a smaller part the sentence names by a name
    the graph does not know ("the Karkaralinsk district of the Karaganda region"): the event was
    in that part, so the larger place is not where it was."""
    noun = root.head if root.dep_ in ("compound", "nmod") and root.head.lower_ in _REGIONS else root
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    part = noun.head.head
    return part.lower_ in _PARTS | _REGIONS and any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"
                                                     and not ctx.is_a(c, "PLACE") for c in part.children)


def _holds_this_town(root: Token) -> bool:
    """Whether a place is named only as what holds a town named before ("born in this Sonoma
    County town", the town of the dateline): the event was in that town."""
    head = root.head
    return root.dep_ in ("compound", "nmod") and head.lower_ in _PARTS and any(
        c.dep_ == "det" and c.lower_ in ("this", "that") for c in head.children)


#: nouns after a place that make it someone's origin ("an Oklahoma native")
_NATIVE = {"native", "natives"}


def _on_a_border(tok: Token) -> bool:
    """Whether a place is named by a border it is on ("close to Russia's border with Kazakhstan",
    "on the border with China"): it locates another place."""
    for anc in list(tok.ancestors)[:4]:
        if anc.lower_ in ("border", "borders", "frontier"):
            return True
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


def innermost(ctx: Context, places: list[Token]) -> list[int]:
    """The places of a list that are not containers of an earlier one ("Wheeler, Texas":
    Wheeler; "Zaoyang in Hubei province": Zaoyang)."""
    found: list[int] = []
    previous: Token | None = None
    for tok in places:
        c = ctx.cluster(tok)
        if c is None or c in found or tok.i > 0 and ctx.cluster(ctx.doc[tok.i - 1]) == c:
            continue
        if previous is not None and ctx.cluster(previous) != c:
            end = mention(ctx, previous).end
            words = between(ctx, end, tok.i)
            if words in _CONTAINS and ctx.named_at.get(tok.i) is not None or renamed(words):
                previous = tok  # "Leningrad (now St Petersburg)": the same town under its other name
                continue
        found.append(c)
        previous = tok
    return found


#: words a place hangs from when it is the point something is near ("near X", "off X",
#: "150 km southeast of X", "off the coast of X"), not the region it is in
_POINTS = {"near", "off", "outside", "coast", "north", "south", "east", "west", "northeast", "northwest",
           "southeast", "southwest"}


def pointed(ctx: Context, tok: Token, verb: Token) -> bool:
    """Whether a place is named as the point near which the verb happened ("landed in the
    Kazakh steppe near the city of X", "off the coast of X"): a more precise spot than the region
    around it. Not when the phrase belongs to another verb."""
    near = False
    for anc in ancestors(mention(ctx, tok).root):
        if anc.i == verb.i:
            return near
        if anc.pos_ in ("VERB", "AUX"):
            return False
        near = near or anc.lower_ in _POINTS or _distance_from(anc)
    return False


#: units of a distance a place is measured from ("48 miles from X")
_DISTANCES = {"mile", "miles", "km", "kilometre", "kilometres", "kilometer", "kilometers"}


def _distance_from(prep: Token) -> bool:
    """Whether a "from" measures a distance from the place ("landed 48 miles from the town of X",
    "about 90 km from X"): the place is the point, as with "150 km southeast of X"; not "far
    from X" nor "returned from X", which say no distance."""
    if prep.lower_ != "from":
        return False
    units = [*prep.children, prep.head, *(c for c in prep.head.children if c.i < prep.i)]
    return any(u.lower_ in _DISTANCES and any(c.dep_ == "nummod" for c in u.children) for u in units)
