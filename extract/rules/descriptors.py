"""Who a person is, read from the words reporters set around a name: before it ("NASA
astronaut A", "Roscosmos' A", "the UAE's A", "Japanese astronauts A and B", "China's first
female spaceflight engineer A") and in an apposition after it ("A, a flight engineer with the
European Space Agency", "A, Virgin Galactic's chief instructor", "A (Roscosmos)").

These phrases are read along the words, not the parse: the small model often parses "NASA
astronaut A" as a verb with a subject. What is read is each person's employer (an agency or
organisation) and nationality (a country or its demonym); the occupation and title words are
:func:`extract.rules.careers.role`'s. A descriptor is shared by the bare names listed after it
only when it says so: a plural ("NASA astronauts A, B and C") or a possessive ("NASA's A and B").

An employer said with "former", "retired", "ex-", "onetime" or "erstwhile" before it ("former
NASA astronaut A", "A, a retired Roscosmos cosmonaut") is read with the modality "former": it
was the person's employer and no longer is (an employer someone left, "A left NASA in 2014", is
the retirement frame's; one whose time there ended, "worked for ESA until 2019", is
:func:`extract.rules.careers.serves`'s). A word of time
after the employer qualifies the title, not the employer ("NASA's former chief astronaut A"
may well still work for NASA), so that employer stays reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from extract.components.context import Context, entity
from extract.components.quantities import number
from extract.extensions import span_text
from extract.rules.common import COUNTRIES, VERSION, mention, vessel

_POSSESSIVE = {"'s", "’s", "'", "’"}
#: words that may stand in a descriptor without being a trade ("former NASA astronaut")
_MODIFIERS = {"former", "fellow", "veteran", "rookie", "retired", "first", "female", "male", "woman", "private",
              "career", "commercial", "then", "then-", "two", "three", "four", "both"}
#: words right before an employer that say it is no longer the person's ("ex-NASA astronaut")
_FORMER = re.compile(r"\b(former|retired|onetime|one-time|erstwhile|ex-)", re.IGNORECASE)
_FORMER_END = re.compile(_FORMER.pattern + r"\s*$", re.IGNORECASE)
#: nouns for people that are no trade ("Japanese space tourists A and B", "fellow crewmate A")
_PEOPLE = {"tourist", "tourists", "passenger", "passengers", "crewmate", "crewmates", "colleague", "colleagues",
           "compatriot", "compatriots", "participant", "participants", "flyer", "flyers"}
#: descriptor words that say where someone comes from, not where they work ("an Air Force
#: veteran", "a citizen of the Chickasaw Nation", "a graduate of MIT")
_NOT_JOBS = {"veteran", "veterans", "citizen", "citizens", "native", "natives", "graduate", "graduates",
             "alumnus", "alumna", "finalist", "member", "members", "fan", "daughter", "son", "wife", "husband"}
#: words that open an apposition that says who someone is
_OPENERS = {"a", "an", "the", "another"}
#: words that tie an organisation to a descriptor noun in an apposition ("an engineer with ESA")
_TIES = {"with", "at", "of", "for", "from", "in"}
#: words that open a clause inside an apposition
_CLAUSES = {"who", "which", "whose", "that", "where", "when"}
#: punctuation that ends an apposition
_ENDS = {",", ";", "--", "—", "–", ")", ":", "."}


@dataclass
class Descriptor:
    """What a descriptor names: organisations, countries, and whether it speaks of several."""

    orgs: list[int] = field(default_factory=list)
    countries: list[int] = field(default_factory=list)
    plural: bool = False
    possessive: bool = False
    start: int = 0
    former: bool = False  # the employers are past ones: "former NASA astronaut A"


def descriptors(ctx: Context, sent: Span) -> None:
    """Employers and nationalities from the descriptors around each named person, and the
    nationality a demonym tells of the person it stands for ("The 45-year-old Italian said")."""
    _demonyms(ctx, sent)
    seen: set[int] = set()
    for tok, c in ctx.in_sentence(sent, "PERSON"):
        if ctx.named_at.get(tok.i) != c or tok.i in seen:
            continue
        name = mention(ctx, tok)
        before = _before(ctx, name) or _before_clause(ctx, name)
        people = [c]
        if before is not None and (before.plural or before.possessive):
            people += listed_after(ctx, name)
        for d in filter(None, (before, _after(ctx, name), _opening(ctx, name))):
            evidence = ctx.doc[min(d.start, name.start):name.end]
            for one in people if d is before else [c]:
                for org in [o for o in d.orgs if not vessel(ctx, o)]:  # "VSS Unity commander X": a seat
                    ctx.add(one, "employer", entity(org), evidence, rule=f"{VERSION}:descriptor", confidence=0.75,
                            modality="former" if d.former else "reported")
                for country in d.countries:
                    ctx.add(one, "nationality", entity(country), evidence, rule=f"{VERSION}:descriptor",
                            confidence=0.7)
        seen.update(range(name.start, name.end))


def _former(ctx: Context, start: int) -> bool:
    """Whether the words right before ``start`` say "former" ("ex-", "one-time", "retired");
    across a sentence start too, as the parser may split "by ex- | NASA astronaut A"."""
    return bool(_FORMER_END.search(ctx.doc[max(0, start - 3):start].text))


def _demonyms(ctx: Context, sent: Span) -> None:
    """"Cristoni took command. The 45-year-old Italian ...": a demonym that heads its own
    phrase after "the" stands for a person, the one the sentence before is about (the first
    person it names)."""
    doc = ctx.doc
    for tok, c in ctx.in_sentence(sent, "PLACE"):
        name = mention(ctx, tok)
        if ctx.clusters[c]["name"] not in COUNTRIES or span_text(name) == ctx.clusters[c]["name"] \
                or name.end < sent.end and doc[name.end].pos_ in ("NOUN", "PROPN", "ADJ") \
                or name.root.dep_ not in ("nsubj", "nsubjpass", "attr", "dobj") or name.root.tag_ == "NNPS":
            continue  # a country's name, a demonym before a noun ("the Italian pilot"), a people ("the Russians")
        det = name.start - 1
        while det > sent.start and (doc[det].text == "-" or doc[det].like_num or doc[det].lower_ in ("year", "old")):
            det -= 1  # "the 45-year-old Italian"
        if doc[det].lower_ != "the" or det != name.start - 1 and doc[name.start - 1].lower_ != "old":
            continue
        person = _topic_before(ctx, sent)
        if person is not None:
            ctx.add(person, "nationality", entity(c), doc[det:name.end], rule=f"{VERSION}:demonym", confidence=0.65)


def _topic_before(ctx: Context, sent: Span) -> int | None:
    """The first person named in the nearest of the three sentences before this one that
    names one (a lede's subject, when the next paragraph calls her "the Italian")."""
    doc = ctx.doc
    i = sent.start - 1
    for _ in range(3):
        if i < 0:
            return None
        before = doc[i].sent
        named = [c for t, c in ctx.in_sentence(before, "PERSON") if ctx.named_at.get(t.i) == c]
        if named:
            return named[0]
        i = before.start - 1
    return None


def _role_word(ctx: Context, tok: Token) -> bool:
    """A word of a descriptor noun: an occupation or title ("astronaut", "Commander"), or a
    lower-case noun or adjective of a trade ("spaceflight engineer", "fashion tycoon")."""
    low = tok.lower_
    if low in ctx.roles or low[:-1] in ctx.roles or low in _MODIFIERS or low in _PEOPLE:
        return True
    return tok.is_lower and tok.pos_ in ("NOUN", "ADJ") and tok.is_alpha and not tok.ent_type_


def _org_or_country(ctx: Context, tok: Token) -> tuple[int, bool] | None:
    """The cluster a word names when it is an agency, an organisation or a country, and
    whether it is a country."""
    c = ctx.named_at.get(tok.i)
    if c is None:
        return None
    if ctx.labels[c] in ("AGENCY", "ORG"):
        return c, False
    if ctx.labels[c] == "PLACE" and ctx.clusters[c]["name"] in COUNTRIES:
        return c, True
    return None


def _before(ctx: Context, name: Span) -> Descriptor | None:
    """The descriptor right before a name: role words, then an organisation or a country
    (possessive or not) and more role words, read leftwards."""
    doc = ctx.doc
    d = Descriptor(start=name.start)
    i = name.start - 1
    words = 0
    not_job = False
    lowest = name.sent.start
    while i >= lowest:
        tok = doc[i]
        if _role_word(ctx, tok):
            low = tok.lower_
            if words == 0 and (tok.tag_ in ("NNS", "NNPS") or low.endswith("s") and low not in ctx.roles
                               and (low[:-1] in ctx.roles or low in _PEOPLE)):  # whatever the tagger says
                d.plural = True  # the noun next to the name: "NASA astronauts A and B"
            words += 1
            not_job = not_job or tok.lower_ in _NOT_JOBS
            i -= 1
            continue
        possessive = tok.text in _POSSESSIVE
        at = doc[i - 1] if possessive and i - 1 >= lowest else tok
        found = _org_or_country(ctx, at)
        if found is None:
            break
        c, country = found
        if not (possessive or words or country):  # "NASA Kayla Barron" says nothing; "Japanese Yusaku Maezawa" does
            return None
        if not country and (not_job or not words and ctx.labels[c] != "AGENCY"):
            return None  # "Air Force veteran A"; "Petaluma's A" (a town the model took for a company)
        (d.countries if country else d.orgs).append(c)
        d.possessive = possessive and words == 0
        d.start = mention(ctx, at).start
        d.former = bool(d.orgs) and _former(ctx, d.start)
        return d
    return None


#: words that open a clause saying which people a plural noun means ("the cosmonauts who ...")
_WHICH = {"who", "that"}
#: words that end the list of names such a clause is followed by
_LIST_ENDS = {",", ".", ";", "with", "as", "to", "in", "from"}


def named_after_clause(ctx: Context, span: Span) -> list[int]:
    """The people a plural role noun names after a clause that says which ones: "the two
    cosmonauts who had been assigned to the flight, A and B", "the astronauts chosen for the
    mission, A, B and C". Not a name that belongs to a noun before the comma ("who met their
    commander, A"), and as many names as a number before the noun says."""
    doc = ctx.doc
    end = span.sent.end
    opener = doc[span.end + 1] if span.end + 1 < end and doc[span.end].tag_ == "RB" else doc[span.end] \
        if span.end < end else None  # "the cosmonauts originally assigned to it"
    if opener is None or not (opener.lower_ in _WHICH or opener.tag_ == "VBN"):
        return []
    comma = next((k for k in range(span.end + 1, min(span.end + 15, end)) if doc[k].text in (",", ";", ":")), None)
    before = doc[comma - 1] if comma is not None else None
    if comma is None or before is None or doc[comma].text != "," or comma + 1 >= end or not before.is_lower \
            or before.tag_ in ("NNS", "NNPS") or ctx.roles.get(before.lower_) \
            or any(ctx.person(doc[k]) is not None for k in range(span.end, comma)):
        return []  # "who met their commander, A", "who met the ministers, A and B", "who flew with A, B and C"
    first = ctx.named_at.get(comma + 1)
    if first is None or ctx.labels[first] != "PERSON":
        return []
    name = mention(ctx, doc[comma + 1])
    people = [first, *listed_after(ctx, name)]
    last = mention(ctx, doc[max(m for p in people for m in _starts(ctx, p, comma, end))])
    count = next((n for t in span.root.lefts if t.dep_ == "nummod" and (n := number(t)) is not None), None)
    if len(people) < 2 or count not in (None, len(people)) or last.end < end and doc[last.end].lower_ not in _LIST_ENDS:
        return []
    return people


def _starts(ctx: Context, person: int, after: int, end: int) -> list[int]:
    """Where a person is named between two token indexes."""
    return [i for i in range(after, end) if ctx.named_at.get(i) == person]


def _before_clause(ctx: Context, name: Span) -> Descriptor | None:
    """The descriptor of a plural noun whose people a list opens with this name after a clause
    that says which ones ("the two Russian cosmonauts who were to fly, A and B")."""
    doc = ctx.doc
    comma = name.start - 1
    if comma <= name.sent.start or doc[comma].text != ",":
        return None
    for k in range(comma - 2, max(name.sent.start, comma - 15) - 1, -1):
        if doc[k].text in _ENDS:
            return None
        if doc[k].tag_ == "NNS" and _role_word(ctx, doc[k]) and named_after_clause(ctx, doc[k:k + 1])[:1] == \
                [ctx.named_at.get(name.start)]:
            return _before(ctx, doc[k + 1:k + 2])
    return None


def listed_after(ctx: Context, name: Span) -> list[int]:
    """The bare names listed right after a name ("A, B and C"), up to one with a descriptor or
    an organisation of its own ("A and B of ESA": B is ESA's)."""
    doc = ctx.doc
    out: list[int] = []
    i = name.end
    end = name.sent.end
    while i + 1 < end and doc[i].text in (",", "and"):
        if doc[i].text == "," and doc[i + 1].lower_ in _OPENERS:  # "A, the original commander, and B"
            close = next((k for k in range(i + 2, min(i + 10, end)) if doc[k].text == ","), None)
            if close is None or any(ctx.person(t) is not None or t.pos_ in ("VERB", "AUX") for t in doc[i + 2:close]):
                break
            i = close
            continue
        j = i + 1 if doc[i + 1].lower_ != "and" else i + 2
        c = ctx.named_at.get(j) if j < end else None
        if c is None or ctx.labels[c] != "PERSON":
            break
        span = mention(ctx, doc[j])
        if span.end < end and doc[span.end].lower_ in ("of", "(") or _after(ctx, span) is not None:
            break
        out.append(c)
        i = span.end
    return out


def _after(ctx: Context, name: Span) -> Descriptor | None:
    """The organisation and country of an apposition after a name: "A, a flight engineer with
    the European Space Agency", "A, Virgin Galactic's chief instructor", "A (Roscosmos)"."""
    doc = ctx.doc
    end = name.sent.end
    i = name.end
    if i + 2 < end and doc[i].text == "(":  # "A (Roscosmos)"
        found = _org_or_country(ctx, doc[i + 1])
        if found is not None and mention(ctx, doc[i + 1]).end < end and doc[mention(ctx, doc[i + 1]).end].text == ")":
            c, country = found
            return Descriptor(orgs=[] if country else [c], countries=[c] if country else [], start=name.start)
        return None
    if i + 1 >= end or doc[i].text != ",":
        return None
    i += 1
    if doc[i].like_num and i + 1 < end and doc[i + 1].text == ",":  # "A, 45, an engineer"
        i += 2
    return _apposition(ctx, i, end, name.start)


def _opening(ctx: Context, name: Span) -> Descriptor | None:
    """A descriptor that opens the sentence of a name and is set off by a comma before it: "An
    Air Force colonel and test pilot, A graduated ...", "A Navy jet pilot, A joined NASA"."""
    doc = ctx.doc
    first = next((t.i for t in name.sent if not t.is_space), name.start)
    comma = name.start - 1
    if comma <= first or doc[comma].text != "," or any(
            t.text in _ENDS or t.lower_ in _CLAUSES or t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG")
            and t.lower_ not in ctx.roles and not (t.tag_ == "VB" and doc[t.i - 1].lower_ == "to")
            for t in doc[first:comma]):
        return None  # not one phrase: "After the launch, A said"; but "The first Briton to fly, A"
    return _apposition(ctx, first, comma, first)


def _apposition(ctx: Context, i: int, end: int, start: int) -> Descriptor | None:
    """The organisations and country of a descriptive phrase from word ``i`` to its end (a
    comma, a relative pronoun, a clause), when it names a trade or a title: "a flight engineer
    with the European Space Agency", "Virgin Galactic's chief instructor", "a French brewer";
    not "an Air Force veteran" (a past, not a job)."""
    doc = ctx.doc
    if i >= end or doc[i].lower_ not in _OPENERS and not _org_or_country(ctx, doc[i]):
        return None
    d = Descriptor(start=start)
    first = i
    nouns = 0
    tie = jobless = False
    while i < end and doc[i].text not in _ENDS and doc[i].lower_ not in _CLAUSES \
            and not (doc[i].lower_ == "and" and i + 1 < end and ctx.person(doc[i + 1]) is not None):
        tok = doc[i]
        if ctx.person(tok) is not None:
            return None  # "A, the rookie cosmonaut B and C": a list, not an apposition
        found = _org_or_country(ctx, tok)
        if found is not None:
            c, country = found
            span = mention(ctx, tok)
            owner = span.end < end and doc[span.end].text in _POSSESSIVE
            if country and not tie:
                d.countries.append(c)  # "a French brewer", "China's first astronaut"
                nouns += span.end < end and doc[span.end].text in _ENDS  # "A, the Italian, said"
            elif not country and not jobless and (owner or tie and nouns or nouns == 0 and span.end < end
                                  and _role_word(ctx, doc[span.end])):
                # "a former NASA astronaut", "a retired engineer with ESA"; not "NASA's former chief"
                d.former = d.former or not d.orgs and bool(_FORMER.search(doc[first:span.start].text))
                d.orgs.append(c)  # "Virgin Galactic's instructor", "an engineer with ESA", "a NASA astronaut"
            i = span.end + (1 if owner else 0)
            continue
        if tok.lower_ in _NOT_JOBS:  # a person, but no job: "a citizen", "a veteran"
            d.orgs.clear()
            jobless = True
            nouns += 1
        elif tok.lower_ in ctx.roles or tok.lower_[:-1] in ctx.roles or tok.is_lower and tok.pos_ == "NOUN" \
                and tok.lower_ not in ("year", "years", "old") and not _FORMER.fullmatch(tok.lower_):
            # not the "45-year-old" of an age, nor "erstwhile" (tagged a noun at times)
            nouns += 1
        elif tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBG"):
            break  # a clause of its own: "A, the pilot, said ..."
        elif tok.lower_ in _TIES:
            tie = True  # what follows is the employer's, not the person's: "with the Belarusian airline X"
        i += 1
    if not nouns or not d.orgs and not d.countries:
        return None
    return d
