"""Fixes for the errors the small model makes on names.

- a possessive, quote, title or role inside an entity ("Kelly’s", "Astronauts Tang Lin",
  "rookie Ana Voss") is trimmed, and so is a page title's word after a name ("Ana Voss
  Biography");
- headline lines (:func:`extract.components.lines.headline_lines`, such as the title
  repeated as the first line) give no entity of their own: "Crew Launch Successful" names
  no one, while a name the body also uses stays;
- a person's name the model tags ORG, GPE or NORP, or misses, becomes PERSON when its
  context says so: a title before it ("cosmonaut", "flight engineer", "Col."), a role
  beside it (", a JAXA astronaut,"), an age (", 43,"), a verb only people do ("said",
  "commanded", "spacewalked", "commanded by X"), or a crew list with other people;
- a surname or first name of a person named in full elsewhere in the article, tagged ORG,
  GPE or the like ("Lopez-Alegria" as ORG, "Padalka" as GPE), becomes PERSON, and so does
  one the model missed altogether;
- a plural surname ("the Kellys") names a family, not a person, and is dropped, and so is a
  "person" without a capital letter ("lunar module" before "pilot") or with an
  organisation's word in it ("Training Center").
"""

from __future__ import annotations

import calendar
import re

from rapidfuzz.distance import OSA
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract import extensions
from extract.components.arrays import indexes
from extract.components.lines import body_of, headline_lines, in_headline, spaced_roster
from extract.components.not_names import names_no_one, worded_as_no_name
from extract.components.owned_names import joined_possessives
from extract.name_keys import PARTICLES, PATRONYMICS, SHORT_TITLES, given_name
from extract.patterns import read_jsonl
from extract.plausible import DEGREES

#: the US states' names, as the gazetteer gives them
STATES = {s["name"] for s in read_jsonl("us_states")}

#: role and title words that may stand before a name; the model sometimes takes them in
_ROLES = {r["term"] for r in read_jsonl("roles")}
_TITLE_WORDS = {w for term in _ROLES for w in (term, term + "s") if " " not in term} | {
    "astronauts", "cosmonauts", "taikonauts", "commander", "rookie", "veteran", "crewmate", "crewmates",
    "spaceflyer", "spacewalker", "spacewalkers", "private", "tourist", "participant", "specialist", "engineer",
    "participants", "specialists", "engineers", "commanders",
    *(w for t in (*SHORT_TITLES, "Wg", "Gp", "Sqn", "Ldr", "Flt") for w in (t.lower(), f"{t.lower()}.")),  # "Wg Cdr"
    "prince", "princess", "commandant", "billionaire", "millionaire", "tycoon", "founder", "ceo",
    "instructor", "instructors", "chief", "director", "administrator", "lady"}
_LEADING = {"astronaut", "cosmonaut", "taikonaut", "commander", "captain", "colonel", "senator", "pilot", "the", "‘",
            "'", '"', "“", "’", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof."}
_QUOTES = {"the", "‘", "'", '"', "“", "’", "•", "▪", "◦", "·"}  # and the bullets of a list
_TRAILING = {"’s", "'s", "’", "'", '"', "”", ",", ".", ":", ";",
             "of", "and", "in", "at", "from", "for", "with", "to", "the", "-", "–", "—"}  # no name ends in a small
# word or a dash ("Ana Voss - the Record Holder")
#: words a page's title puts after the name it is about ("Ana Voss Biography"), never a name's own
_PAGE_WORDS = {"biography", "bio", "profile", "obituary", "obit", "timeline", "facts", "quotes", "interview",
               "gallery", "photos", "pictures", "videos", "wiki"}
_RELABEL = {"ORG", "GPE", "NORP", "LOC", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW"}
#: words of organisations' and places' names, never of a person's
_ORG_WORDS = {"agency", "center", "centre", "space", "station", "university", "institute", "office", "corporation",
              "company", "force", "administration", "commission", "council", "ministry", "academy", "program",
              "programme", "mission", "launch", "complex", "lab", "labs", "systems", "aerospace", "technologies",
              "industries", "group", "inc", "corp", "ltd", "airlines", "airways", "news", "times", "post", "press",
              "network", "bureau", "department", "foundation", "society", "association", "school", "college",
              "region", "province", "county", "city", "district", "republic", "state", "national", "international",
              "museum", "team", "crew", "club", "party", "committee", "service", "services", "federation",
              "directorate", "command", "base", "cosmodrome", "site", "module", "capsule", "rocket", "spacecraft",
              "village", "building", "facility", "hospital", "airport", "mountain", "sea", "ocean", "gulf", "desert",
              "time", "laboratory", "observatory", "corps", "channel", "television", "radio", "magazine", "journal",
              *("science", "sciences", "enterprises", "ventures", "holdings", "partners")}  # a company
# named after its founder ("her company, Sally Ride Science") is not a longer name of the founder
#: words before a name that make it a ship's or a craft's, not a person's ("the recovery ship Megan")
_THING_WORDS = {"ship", "vessel", "boat", "capsule", "spacecraft", "module", "rocket", "dog", "robot", "rover",
                "mannequin", "lander", "shuttle", "orbiter"}
#: verbs whose subject is a person ("X said", "X spacewalked"), and those whose passive agent is ("commanded by X")
_PERSON_VERBS = {"say", "tell", "add", "recall", "explain", "joke", "smile", "laugh", "wave", "radio", "write",
                 "post", "spacewalk", "command", "pilot", "captain", "train", "marry", "retire", "die", "graduate",
                 "fly", "launch", "return", "land", "splash", "join", "lead", "spend", "become", "serve", "walk",
                 "float", "hug", "greet", "thank", "ride", "dock", "arrive", "bear", "grow", "study", "earn",
                 "venture", "pay", "break", "set", "hold", "log", "clock", "complete", "conduct", "perform", "visit",
                 "leave", "reach", "receive", "win", "meet", "hand", "take", "make", "describe", "speak", "call",
                 "note"}
_AGENT_VERBS = {"command", "lead", "join", "pilot", "accompany", "captain", "head", "greet", "select", "choose",
                "name", "replace", "succeed"}
#: particles inside Arabic, Dutch and other names ("Sultan Al Neyadi", "bin Salman", "van der Berg")
_PARTICLES = PARTICLES | {"Al", "Al-", "El", "Abu", "Bin"}
#: a name with a nickname in quotes or brackets, which the model cuts in pieces: Barry "Butch"
#: Wilmore, Jared (J.T.) Morrow (with a middle name or initial: Richard Francis "Dick" Gordon), or
#: in an opening quote the page did not close (George D. “Pinky Nelson)
_NICKNAMED = re.compile(r"(?<![\w-])[A-Z][a-z]+(?: [A-Z]\.| [A-Z][a-z]+)? "
                        r"(?:[\"“][A-Z][a-z]+[\"”]|“[A-Z][a-z]+|\((?:[A-Z][a-z]+|(?:[A-Z]\. ?){1,3})\)) "
                        r"[A-Z][\w'-]+(?: Jr\.| Sr\.)?")
_AGE = re.compile(r",\s*(?:1[89]|[2-8]\d),")
#: a degree written after a name ("Ana Voss, Ph.D.,"): only a person holds one
_DEGREE = re.compile(rf",? (?:{DEGREES})(?!\w)")


@Language.factory("astrokg_names", assigns=["doc.ents"], requires=["doc.ents"], default_config={})
def make_name_fixer(nlp: Language, name: str) -> NameFixer:
    return NameFixer(name)


class NameFixer:
    """Trims entity spans and repairs person names (see the module docstring)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = extensions.text(doc)
        headlines = headline_lines(text)
        body = body_of(text, headlines)
        ents = [s for s in (_trim(e, text) for e in _with_nicknames(doc, text)) if s is not None
                and not _headline_only(s, headlines, body) and not _thing_named(s) and not names_no_one(s)]
        ents = _with_given_names(doc, [e for e in ents if not _role_alone(e)])
        ents = [_from_context(e, text) if e.label_ in _RELABEL and not e.kb_id_ else e for e in ents]
        ents = [_as_field_place(e, text) for e in ents if not _PLACE_FIELD.fullmatch(f"{e.text}:")]
        ents = _roster_names(doc, text, ents)
        ents += _missed(doc, text, ents, headlines)
        ents = _native_towns(doc, ents)
        ents = _towns_before_states(doc, ents)
        ents = _with_datelines(doc, text, ents)
        ents = joined_possessives(doc, [_without_long_title(e) for e in _whole_names(doc, ents, headlines)])
        full = [e for e in ents if e.label_ == "PERSON" and len(e.text.split()) >= 2]
        parts = {w for e in full for w in (e.text.split()[0], surname(e.text))}
        parts |= {m.group(0)[1:-1] for e in full if (m := re.search(r'["“]\w+["”]', e.text)) is not None}
        plurals = {p + "s" for p in parts}
        words = parts | {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
        ents = _split_surnames(_split_pairs(ents, words), full)
        fixed: list[Span] = []
        taken = {i: e for e in ents for i in range(e.start, e.end)}
        people = {i for e in ents if e.label_ == "PERSON" or e.label_ in _RELABEL and e.text in words
                  for i in range(e.start, e.end)}
        for e in ents:
            if e.text in plurals or e.start > 0 and doc[e.start - 1].lower_ == "alma" or _lowercase_person(e):
                continue
            if e.label_ == "PERSON" and _organisation(e):
                e = Span(doc, e.start, e.end, label="ORG")  # "Training Center"
            elif e.label_ == "PERSON" and any(_code(t) for t in e):
                e = _without_codes(e)  # "EV1 Ana Voss" is Ana Voss; "VMS Eve" is a craft
            elif e.label_ in _RELABEL and e.text in words:  # "Leonov" tagged ORG, PERSON elsewhere
                e = _widened(Span(doc, e.start, e.end, label="PERSON"), taken)
            elif e.label_ in _RELABEL and not e.kb_id_ and 2 <= len(e) <= 3 and all(
                    t.pos_ == "PROPN" and t.is_title for t in e) and (e[-1].text in words or _beside_person(e, people)
                                                               or _of_agency(e) and not _organisation(e)):
                e = Span(doc, e.start, e.end, label="PERSON")  # "Matthias Maurer" tagged GPE
            elif e.label_ in ("PERSON", "ORG") and not e.kb_id_ and (_is_place(e) or _before_state(e, taken)
                                                                     or _before_native(e) or _before_born(e)) \
                    and e.text not in parts:
                e = Span(doc, e.start, e.end, label="GPE")
            fixed.append(e)
        words |= {w for e in fixed if e.label_ == "PERSON" and len(e) >= 2 for w in (e[0].text, surname(e.text))}
        covered = {i for e in fixed for i in range(e.start, e.end)}
        surnames = {surname(e.text) for e in fixed if e.label_ == "PERSON" and len(e) >= 2}
        for tok in (doc[i] for i in indexes(doc, "ORTH", words)):
            if tok.i not in covered and tok.is_title and (
                    tok.pos_ == "PROPN" or tok.text in surnames and tok.pos_ in _MISTAGGED) \
                    and not _hyphened_given(doc, tok.i + 2, {}):  # "Klaus" of "Klaus-Dietrich": the name after
                start = tok.i
                while start > 0 and start - 1 not in covered and tok.i - start < 2 and \
                        doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and \
                        doc[start - 1].lower_ not in _TITLE_WORDS and \
                        doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
                    start -= 1
                if _hyphened_given(doc, start, {}) and start - 2 not in covered:
                    start -= 2  # "Klaus-Dietrich Flade"
                fixed.append(Span(doc, start, tok.i + 1, label="PERSON"))
                covered.update(range(start, tok.i + 1))
        fixed = _joined_initials(fixed)
        alone = {e.text for e in fixed if e.label_ == "PERSON" and len(e) >= 2}
        fixed = [_without_mistyped_title(_without_field_before(e, alone)) for e in fixed]
        doc.ents = sorted((e for e in fixed if not worded_as_no_name(e)), key=lambda s: s.start)
        return doc


_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
#: what the small model may tag a known person's bare surname as ("Glover, a Navy commander": ADV)
_MISTAGGED = {"NOUN", "ADV", "X", "INTJ"}


def surname(name: str) -> str:
    """The last word of a name that is not a suffix: "James A. Lovell Jr." -> "Lovell"."""
    words = name.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1].rstrip(",")


def _split_pairs(ents: list[Span], words: set[str]) -> list[Span]:
    """An entity the model made of two people's names joined by "and" ("Titov and Manarov"
    tagged ORG), when each side is a name of a person the article names, or a person's whole
    name on both sides ("Alexander Alexandrov and Anatoly Levchenko" tagged PERSON): the two
    people (no one's name holds "and" between two names of two words or more)."""
    out: list[Span] = []
    for e in ents:
        joins = [t.i for t in e if t.lower_ == "and"]
        if e.kb_id_ or len(joins) != 1 or e.label_ not in _RELABEL | {"PERSON"}:
            out.append(e)
            continue
        left, right = e.doc[e.start:joins[0]], e.doc[joins[0] + 1:e.end]
        whole = e.label_ == "PERSON" and all(len(side) >= 2 and all(t.text[:1].isupper() for t in side)
                                             for side in (left, right))
        if left.text in words and right.text in words or whole:
            out += [Span(e.doc, left.start, left.end, label="PERSON"), Span(e.doc, right.start, right.end,
                                                                             label="PERSON")]
        else:
            out.append(e)
    return out


def _split_surnames(ents: list[Span], full: list[Span]) -> list[Span]:
    """A two-word "name" that is two surnames of the article's people run together ("the crew
    of Titov Manarov and Polyakov", a list that lost its comma), when neither word is anyone's
    given name there: the two people."""
    surnames: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    for f in full:
        surnames.setdefault(surname(f.text), set()).add(f.text)
        given.setdefault(f[0].text, set()).add(f.text)
    out: list[Span] = []
    for e in ents:
        if len(e) == 2 and not e.kb_id_ and (e.label_ in _RELABEL or e.label_ == "PERSON") \
                and given.get(e[0].text, set()) <= {e.text} and all(surnames.get(t.text, set()) - {e.text} for t in e):
            out += [Span(e.doc, e.start, e.start + 1, label="PERSON"), Span(e.doc, e.start + 1, e.end, label="PERSON")]
        else:
            out.append(e)
    return out


def _with_nicknames(doc: Doc, text: str) -> list[Span]:
    """The model's entities, with each name that holds a nickname in quotes as one person."""
    ents = list(doc.ents)
    if '"' not in text and "“" not in text and "(" not in text:
        return ents
    for m in _NICKNAMED.finditer(text):
        span = doc.char_span(m.start(), m.end(), label="PERSON", alignment_mode="expand")
        longer = [e.end for e in ents if e.label_ == "PERSON" and e.start < span.end < e.end] if span else []
        if span is not None and longer:  # the model's longer surname: Hendrik (Henk) Ootway Brand
            span = Span(doc, span.start, max(longer), label="PERSON")
        if span is not None and not any(t.lower_ in _ORG_WORDS or t.lower_ in _THING_WORDS for t in span):
            ents = [e for e in ents if e.end <= span.start or e.start >= span.end] + [span]
    return sorted(ents, key=lambda e: e.start)


# ---------------------------------------------------------------------- datelines

#: a dateline: the place in capitals at a line's start, then a state, a country, a date or
#: the agency, then a dash ("LAKE FOREST, Ill. --", "ROME, Sept. 29 --"); a byline may precede it,
#: and "NEAR" a place a reporter in the field writes from ("NEAR ARKALYK, Kazakhstan --": Arkalyk)
_DATELINE = re.compile(r"(?m)^(?:By [^|\n]{1,60}\| )?(?:NEAR |OUTSIDE )?([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}),"
                       r"(?=[^\n]{0,60}?(?: --| —| -|\n))")


#: a release's dateline in ordinary capitals, told by its full date before the dash
#: ("Longueuil, Quebec, December 3, 2018 – Today, ...", "Noordwijk, 12 May 2021 -- ")
_MONTHS = "|".join(m for m in (*calendar.month_name, *calendar.month_abbr) if m)
_RELEASE_DATELINE = re.compile(
    r"(?m)^([A-Z][a-z'.-]+(?: [A-Z][a-z'.-]+){0,2}),(?: [A-Z][\w.]*(?: [A-Z][\w.]*)?,)? "
    rf"(?:(?:{_MONTHS})\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{_MONTHS})\.? \d{{4}}) ?(?=--|—|–| -)")


def _with_datelines(doc: Doc, text: str, ents: list[Span]) -> list[Span]:
    """The place of each dateline, as the place it names ("LAKE FOREST" is Lake Forest),
    unless the patterns already know it ("BAIKONUR")."""
    for m in [*_DATELINE.finditer(text), *_RELEASE_DATELINE.finditer(text)]:
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is None or not len(span) or any(e.kb_id_ and e.start < span.end and span.start < e.end for e in ents):
            continue
        place = Span(doc, span.start, span.end, label="GPE", kb_id=m.group(1).title())
        ents = [e for e in ents if e.end <= place.start or e.start >= place.end] + [place]
    return ents


# ---------------------------------------------------------------------- whole names

#: the most words a name takes when widened ("Christina Hammock Koch", "Hazza Ali Al Mansoori")
_NAME_WORDS = 5
#: capitalised words next to a name that are no part of it: titles and roles, words of
#: organisations, months and days ("Commander", "Flight", "Mission", "May", "Friday")
_NOT_NAME = _TITLE_WORDS | {w for term in _ROLES for w in term.split()} | _LEADING | _ORG_WORDS | {
    "former", "retired", "late", "expedition", "sir", "dame", "lord", "lady", "king", "queen", "emir", "minister",
    "premier", "governor", "mayor", "secretary", "chancellor", "judge", "justice", "rev", "reverend", "saint", "st",
    "pope", "god"} | _PAGE_WORDS | {
    m.lower() for m in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name) if m}


def _whole_names(doc: Doc, ents: list[Span], headlines: list[tuple[int, int]]) -> list[Span]:
    """Each person's name with the words the model left out of it ("Christina" of "Christina
    Hammock Koch", "Haug" of "Ingrid Solberg Haug"); the words it takes in are no other
    entity's any more (see :func:`_widened`)."""
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    dropped: set[tuple[int, int]] = set()
    for e in ents:
        if (e.start, e.end) in dropped:
            continue
        if e.label_ != "PERSON" or in_headline(e.start_char, headlines):
            out.append(e)
            continue
        wide = _widened(e, taken)
        if (wide.start, wide.end) != (e.start, e.end):
            dropped |= {(o.start, o.end) for i in range(wide.start, wide.end) if (o := taken.get(i)) is not None}
            out = [o for o in out if (o.start, o.end) not in dropped]
            for i in range(wide.start, wide.end):
                taken[i] = wide
        out.append(wide)
    return out


def _widened(span: Span, taken: dict[int, Span]) -> Span:
    """A person's name with the capitalised proper nouns beside it that the parser joins to
    it (a word before it that modifies a word of the name, a word after it that the name's
    last word modifies) and that name nothing else: no title, role, organisation's word,
    month or day, and no entity the patterns know. A neighbour the model tagged as an
    entity of its own ("Anneliese" as NORP) is taken in whole when all its words qualify."""
    doc = span.doc
    start, end = span.start, span.end
    most = _NAME_WORDS + _bracketed(span)
    while start > 0 and end - start < most:
        tok = doc[start - 1]
        if _hyphened_given(doc, start, taken):  # "Klaus-Dietrich Flade" when the model took "Dietrich Flade"
            start -= 2
            continue
        if not (tok.dep_ in ("compound", "flat") and start <= tok.head.i < end):
            break
        other = _part_of_name(tok, taken)
        if other is None:
            break
        start = other
    while end < len(doc) and end - start < most:
        last = doc[end - 1]
        if not (last.dep_ in ("compound", "flat") and last.head.i == end):
            break
        if _part_of_name(doc[end], taken) is None:
            break
        end = taken[end].end if end in taken else end + 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label="PERSON")


def _hyphened_given(doc: Doc, start: int, taken: dict[int, Span]) -> bool:
    """Whether the word before a name's first word is the first half of a hyphened given
    name written without spaces ("Klaus-" of "Klaus-Dietrich", "Hans-" of "Hans-Peter")."""
    if start < 2 or start >= len(doc) or not _name_word(doc[start].text):
        return False
    hyphen, first = doc[start - 1], doc[start - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_ \
        and _name_word(first.text) and first.lower_ not in _NOT_NAME and first.i not in taken \
        and not first.ent_type_ and not hyphen.ent_type_  # not "Soviet-" of "Soviet-Syrian"


def _bracketed(span: Span) -> int:
    """How many tokens of a name a nickname in brackets takes ("(J.T.)" of Jared (J.T.) Morrow):
    they are no words of the name itself."""
    opened = [t.i for t in span if t.text == "("]
    closed = [t.i for t in span if t.text == ")"]
    return closed[0] - opened[0] + 1 if opened and closed and opened[0] < closed[0] else 0


def _part_of_name(tok: Token, taken: dict[int, Span]) -> int | None:
    """Where the name part a word belongs to starts, when the word may be part of a
    person's name (see :func:`_widened`), else None."""
    other = taken.get(tok.i)
    words = [tok] if other is None else list(other)
    if other is not None and (other.kb_id_ or other.label_ not in _RELABEL | {"PERSON"}):
        return None
    if not all(t.text in _PARTICLES or (t.pos_ == "PROPN" or other is not None) and _name_word(t.text)
               and t.lower_ not in _NOT_NAME for t in words):
        return None
    return words[0].i


def _name_word(text: str) -> bool:
    """A word shaped like part of a name: a capital, then letters (with an apostrophe or a
    second capital: "O'Hara", "McArthur"); not an acronym ("NASA")."""
    return len(text) >= 2 and text[0].isupper() and not text.isupper() and text[-1].isalpha() \
        and all(ch.isalpha() or ch in "'’" for ch in text)


# ---------------------------------------------------------------------- headlines


def _headline_only(span: Span, headlines: list[tuple[int, int]], body: str) -> bool:
    """A name the model found in a headline line that the body never uses ("Crew Launch
    Successful", "Astronauts Return Home"); names the patterns know stay. The body uses a name
    as a whole word written with its capitals or in capitals ("LAKE FOREST, Ill. --"): "Return"
    is not in "returned" or "a return"; a headline in capitals matches in any case."""
    if span.kb_id_ or not in_headline(span.start_char, headlines):
        return False
    if span.text.isupper():
        return re.search(rf"(?<!\w){re.escape(span.text)}(?!\w)", body, re.IGNORECASE) is None
    return re.search(rf"(?<!\w)(?:{re.escape(span.text)}|{re.escape(span.text.upper())})(?!\w)", body) is None


# ---------------------------------------------------------------------- people from context


def _name_shaped(span: Span) -> bool:
    """Words a person's name is made of: capitalised words and name particles, no
    organisation's word, no acronym, no digit."""
    words = [t for t in span if t.text not in _PARTICLES]
    return bool(words) and len(span) <= 4 and all(
        _name_word(t.text) and t.lower_ not in _ORG_WORDS or t.text in ("-", "'") for t in words)


def _organisation(span: Span) -> bool:
    return len(span) >= 2 and any(t.lower_ in _ORG_WORDS and t.is_title for t in span)


def person_context(span: Span, text: str, *, strong: bool = False) -> bool:
    """Whether the words around a name say it is a person's (see the module docstring);
    ``strong``: only by what says so of people alone (a title, an age, a role, a list with
    people), not by a verb, which organisations and places share ("Houston told the crew")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in _TITLE_WORDS or before.lower_ in _ROLES):
        return True
    if before is not None and before.is_digit and span.start >= 2 and doc[span.start - 2].lower_ in _TITLE_WORDS:
        return True  # a title and the holder's number: "Astronaut 027 Ron Marlow" on a company's roster
    if _after_kin(span):
        return True
    if len(span) >= 3 and span[0].lower_ in _TITLE_WORDS:  # the model took the title in: "Billionaire Jared Isaacman"
        return True
    if _after_flag(span):
        return True
    if _AGE.match(text, span.end_char) or _DEGREE.match(text, span.end_char):
        return True
    root = span.root
    if root.dep_ == "appos" and _is_role(root.head) or any(c.dep_ == "appos" and _is_role(c) for c in root.children):
        return True
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
            c.dep_ == "attr" and _is_role(c) for c in root.head.children):
        return True  # "X wasn't an astronaut", "X is a journalist": what only a person is
    if root.dep_ == "attr" and root.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and _is_role(c) for c in root.head.children):
        return True  # "the commander of the flight was X": what a role is filled by
    if (_beside_person(span) or _listed_with_person(span)) and not (
            root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS  # "Ana Voss of Calgary and Bo Tan"
            or _between_places(root)):
        return True
    if strong:
        return False
    if _entry_heading(span):
        return True
    if before is not None and len(span) >= 2 and (before.ent_type_ == "NORP" or before.text in ("'s", "’s", "'", "’")
                                                  and span.start >= 2 and _owner(doc[span.start - 2], span)):
        return True  # "the Belgian Frank De Winne", "NASA's Shannon Walker", "Russia's Oleg Tanev"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _PERSON_VERBS:
        return True
    if root.dep_ == "nsubj" and _own_body(root.head):
        return True  # "X pressed his face against the window": a verb on the subject's own "his" or "her"
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ in _AGENT_VERBS


def _after_flag(span: Span) -> bool:
    """A name in a crew table's row, after the seat and the flag's country that begin its line
    ("Commander Russia Pavel Durnov, RSA", "Flight Engineer 1 Canada Marc Olier, CSA"): the
    seat's holder."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or doc[i].ent_type_ != "GPE":
        return False
    while i >= 0 and doc[i].ent_type_ == "GPE":
        i -= 1
    seat = []
    while i >= 0 and "\n" not in doc[i].text:
        seat.append(doc[i])
        i -= 1
    return bool(seat) and all(t.is_digit or _is_role(t) for t in seat) and any(_is_role(t) for t in seat)


def _owner(tok: Token, span: Span) -> bool:
    """Whether a possessive before a name is an agency's or a country's, whose people reporters
    name so ("NASA's A", "Russia's B", "the Emirates' C"); a country owns places too ("China's
    Inner Mongolia"), so a name the model took for a place stays one."""
    return tok.ent_type_ == "AGENCY" or tok.ent_type_ == "GPE" and span.label_ not in ("GPE", "LOC")


def _own_body(verb: Token) -> bool:
    """Whether a verb's object is owned by "his" or "her" ("pressed his face", "raised her
    hand"): a subject that has them is a person (a place or a company has "its")."""
    return any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in ("his", "her") for g in c.children)
               for c in verb.children)


#: nouns of a relative a name follows ("his wife Galina", "her husband, Tom")
_KIN = {"wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister", "mother", "father",
        "fiancee", "fiancée", "fiance", "fiancé", "partner", "twin", "spouse"}


def _after_kin(span: Span) -> bool:
    """A name right after a relative's noun that someone's possessive owns ("left his wife
    Galina", "survived by his wife, Marta") or that someone had ("they had a son, Scott, and a
    daughter, Caroline"), or whose relative the noun is ("the daughter of Tomas Ekberg"): a
    person, whatever the model took it for."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _KIN:
        return True  # "the daughter of Tomas Ekberg", "widow of the late A": kin are people's
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 1 or doc[i].lower_ not in _KIN:
        return False
    kin = doc[i]
    while kin.dep_ == "conj" and kin.head.i != kin.i:
        kin = kin.head
    return any(c.dep_ == "poss" for c in doc[i].children) or kin.dep_ == "dobj" and kin.head.lemma_ == "have"


def _entry_heading(span: Span) -> bool:
    """A name that is a sentence of its own, a list entry whose next sentence tells a life
    ("Sergey Vladimirovich Korsakov. Born on September 1, 1984, ..., he graduated")."""
    sent = span.sent
    if span.start != sent.start or any(not t.is_punct for t in span.doc[span.end:sent.end]):
        return False
    after = span.doc[sent.end:sent.end + 12]
    return bool(after) and (after[0].lower_ == "born" or any(
        t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") for t in after))


def _is_role(tok: Token) -> bool:
    """A word that says what a person is ("astronaut", "flight engineer", "the commander")."""
    return tok.lower_ in _TITLE_WORDS or tok.lemma_ in _ROLES or tok.lower_ in _ROLES


def _listed_with_person(span: Span) -> bool:
    """A name in a list with people's names: "A and B", "A, B and C", or last of two people
    before it, each after a comma ("crew A, B, C", as a fact sheet lists them); a comma alone is
    no list: "born in Zaoyang, Hubei, Nie Haisheng flew")."""
    doc = span.doc
    sides = []
    before = [t.text for t in doc[max(0, span.start - 2):span.start]]
    for words in (before[-1:], before):
        i = span.start - len(words) - 1
        if words in ([","], ["and"], [",", "and"]) and i >= 0 and doc[i].ent_type_ == "PERSON":
            sides.append(words[-1])
            break
    after = [t.text for t in doc[span.end:span.end + 2]]
    for words in (after[:1], after):
        i = span.end + len(words)
        if words in ([","], ["and"], [",", "and"]) and i < len(doc) and doc[i].ent_type_ == "PERSON":
            sides.append(words[-1])
            break
    return "and" in sides or len(sides) == 2 or _third_of_a_comma_list(span)


def _third_of_a_comma_list(span: Span) -> bool:
    """Whether two people's names stand before a name, each followed by a comma ("A, B, C")."""
    doc = span.doc
    end = span.start
    for _ in range(2):
        if end < 2 or doc[end - 1].text != "," or doc[end - 2].ent_type_ != "PERSON":
            return False
        end -= 2
        while end > 0 and doc[end].ent_iob_ == "I":
            end -= 1
    return True


def _between_places(root: Token) -> bool:
    """The second of two names after "between": "a town between Shu and Almaty" spans a
    stretch of land between two places, whatever the model took the first one for."""
    return root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ == "between"


def _given_names_before(span: Span) -> Span:
    """A surname the model tagged as something else, with the given names before it that it
    left untagged ("Cosmonaut Talgat Musabayev" -> "Talgat Musabayev" when the model saw
    "Cosmonaut" as the person and "Musabayev" as an organisation), so the title before them
    can tell whose name it is."""
    doc = span.doc
    start = span.start
    while start > 0 and span.end - start < 4:
        tok = doc[start - 1]
        if _hyphened_given(doc, start, {}):  # "Klaus-Dietrich"
            start -= 2
            continue
        if tok.ent_type_ and tok.ent_type_ != "PERSON" or not (tok.pos_ == "PROPN" and _name_word(tok.text)) \
                or tok.lower_ in _NOT_NAME or tok.dep_ not in ("compound", "flat") \
                or not span.start <= tok.head.i < span.end:
            break
        start -= 1
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


def _from_context(span: Span, text: str) -> Span:
    """A model entity of another kind that its context shows to be a person's name (with the
    surname the model left out: "Aleksandr" tagged ORG before "Gorbunov")."""
    span = _given_names_before(span)
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.start < 4 and doc[end - 1].dep_ == "compound" \
            and doc[end - 1].head.i == end and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and not doc[end].ent_type_:
        end += 1
    if end > span.end:
        span = Span(doc, span.start, end, label=span.label_)
    if _initialled(span):
        return Span(doc, span.start, span.end, label="PERSON")
    strong = len(span) < 2  # one word ("Houston told the crew"): more than a verb
    if _name_shaped(span) and (len(span) >= 2 or span[0].pos_ == "PROPN") and person_context(span, text,
                                                                                         strong=strong):
        start = span.start
        while start < span.end - 1 and doc[start].lower_ in _TITLE_WORDS:
            start += 1  # "Billionaire Jared Isaacman" tagged ORG
        return Span(doc, start, span.end, label="PERSON")
    return span


#: initials written without spaces: "J.", "V.A."
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _initialled(span: Span) -> bool:
    """A surname run into its initials ("V.A.Novak", one word as written): only a person's
    name is written so, whatever the model took it for ("U.S. Army" has a space)."""
    return len(span) == 2 and _INITIALS.fullmatch(span[0].text) is not None and not span[0].whitespace_ \
        and _name_word(span[1].text) and span[1].lower_ not in _ORG_WORDS


def _as_field_place(span: Span, text: str) -> Span:
    """A name after a fact sheet's field for a place ("Birth Place: Lipniki", "Hometown:
    Hollin") is the place, whatever the model took it for: else a town taken for a person
    there makes the town a person wherever the article names it. The field's own words name
    no one ("Birth Place" tagged as a person)."""
    start = span.start_char
    if span.label_ == "GPE" or ":" not in text[max(0, start - 3):start]:
        return span  # most names: no colon before them, so no field to read
    line = text[text.rfind("\n", 0, start) + 1:start]
    return Span(span.doc, span.start, span.end, label="GPE") if _PLACE_FIELD.fullmatch(line) else span


#: a fact sheet's field that names a place, before the name
_PLACE_FIELD = re.compile(r"(?i)\s*(?:birth ?place|place of birth|home ?town|death ?place|place of death)\s*:\s*")


def _roster_names(doc: Doc, text: str, ents: list[Span]) -> list[Span]:
    """The entities with each name of a fact sheet's roster entry whole ("Lodewijk van den Berg,
    Payload Specialist"): the words before the entry's comma are one person's name, whatever
    the model made of them."""
    names = []
    for start, end in spaced_roster(text):
        line = text[start:end]
        lead = len(line) - len(line.lstrip("-•▪◦·* "))
        span = doc.char_span(start + lead, start + line.index(","), alignment_mode="contract")
        if span is not None and len(span) >= 2:
            names.append(Span(doc, span.start, span.end, label="PERSON"))
    taken = {i for n in names for i in range(n.start, n.end)}
    return [e for e in ents if not taken.intersection(range(e.start, e.end))] + names


def _missed(doc: Doc, text: str, ents: list[Span], headlines: list[tuple[int, int]]) -> list[Span]:
    """Names the model left out that their context shows to be people's: runs of two to
    four capitalised proper nouns ("Pilot Takeshi Hanada", "Anatoly Kuzmenkov and ...")."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    runs = []
    for m in _CAPITALISED_RUN.finditer(text):  # candidates by the text, then checked on the tokens
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None:  # the parts no entity covers ("Bill Nelson" of "NASA Administrator Bill Nelson")
            free = [t.i for t in span if t.i not in covered and t.lower_ not in _TITLE_WORDS]
            parts: list[list[int]] = []
            for i in free:
                if parts and parts[-1][-1] == i - 1:
                    parts[-1].append(i)
                else:
                    parts.append([i])
            runs += [doc[p[0]:p[-1] + 1] for p in parts]
    for run in runs:
        if len(run) >= 2 and all(t.pos_ == "PROPN" or t.text in _PARTICLES for t in run) and _name_shaped(run) \
                and not (run.start > 0 and doc[run.start - 1].lower_ == "the") and person_context(run, text) \
                and not in_headline(run.start_char, headlines):
            found.append(Span(doc, run.start, run.end, label="PERSON"))
    return [s for s in found if not names_no_one(s)]  # "the Swiss Special Forces Commando": a unit


#: two to five capitalised words in a row, name particles between them
_CAPITALISED_RUN = re.compile(r"(?<![\w-])[A-Z][\w'-]*(?: (?:(?:Al|al|bin|bint|ibn|van|von|der|de|da|di|el|Abu) )?"
                              r"[A-Z][\w'-]*){1,4}(?![\w-])")


# ---------------------------------------------------------------------- other repairs


def _code(tok: Token) -> bool:
    """A word no name is made of: with a digit, or capitals only ("EV1", "VMS")."""
    return any(ch.isdigit() for ch in tok.text) or tok.is_alpha and tok.is_upper and len(tok) >= 3


def _without_codes(span: Span) -> Span:
    """A "person" with codes before the name: the name after them when two words or more
    are left, else no person at all (a craft's or a call sign's name)."""
    start = span.start
    while start < span.end and _code(span.doc[start]):
        start += 1
    if span.end - start >= 2 and not any(_code(t) for t in span.doc[start:span.end]):
        return Span(span.doc, start, span.end, label="PERSON")
    return Span(span.doc, span.start, span.end, label="PRODUCT")


def _thing_named(span: Span) -> bool:
    """A "person" named right after a word for a thing ("the recovery ship Megan") or after
    "codenamed", with or without quotes ("a mission codenamed 'Marco Polo'")."""
    if span.label_ != "PERSON" or span.start == 0:
        return False
    before = extensions.span_text(span.doc[max(0, span.start - 5):span.start])
    return span.doc[span.start - 1].lower_ in _THING_WORDS or _CODENAMED.search(before) is not None


#: words that give a mission or a craft a person's name as its code, right before the name
#: ("codenamed 'Marco Polo'", "code-named Andrea Doria", "its codename, Enzo Ferrari")
_CODENAMED = re.compile(r"\bcode[- ]?name[ds]?[\s,:'‘’\"“”]*$", re.IGNORECASE)


def _lowercase_person(span: Span) -> bool:
    """A person's name has a capital letter; common nouns the model tags PERSON have none."""
    return span.label_ == "PERSON" and not any(t.text[:1].isupper() for t in span)


def _beside_person(span: Span, people: set[int] | None = None) -> bool:
    """A name coordinated with a person's name ("Kayla Barron of Nasa and Matthias Maurer of
    ESA"): a person too. ``people``: the words known by now to be people's, beside those the
    model tagged ("with Viktorenko and A" once "Viktorenko" is known as a surname)."""
    root = span.root
    known = people or set()
    if root.dep_ == "conj" and (root.head.ent_type_ == "PERSON" or root.head.i in known):
        return True
    return any(c.dep_ == "conj" and (c.ent_type_ == "PERSON" or c.i in known) for c in root.children)


def _of_agency(span: Span) -> bool:
    """A name followed by "of" and a space agency ("Emi Sato of Roscosmos"): a member's."""
    doc, i = span.doc, span.end
    return i + 2 < len(doc) and doc[i].lower_ == "of" and any(t.ent_type_ == "AGENCY" for t in doc[i + 1:i + 3])


_PLACE_PREPOSITIONS = {"of", "from", "in", "near", "at", "outside"}
_PLACE_VERBS = {"bear", "born", "die", "live", "grow", "raise"}
#: nouns whose "of X" names a place: "the Florida city of Pensacola", "her hometown of Kawakami"
_SETTLEMENTS = {"city", "town", "village", "hamlet"}
_HOMES = {"hometown", "birthplace"}
#: nouns whose "of X" names the place a shore is of: "off the coast of Pensacola"
_COASTS = {"coast", "coasts", "shore", "shores", "shoreline"}
#: verbs of coming down, whose "in X", "near X", "off X" is where: "splashed down off Pensacola"
_LANDING_VERBS = {"land", "splash", "touch", "parachute"}


def _before_state(span: Span, taken: dict[int, Span]) -> bool:
    """A name that a US state follows after a comma: a town ("Lafayette, Colorado", "Boise,
    Idaho,"), whatever the model took it for."""
    state = taken.get(span.end + 1)
    return span.end + 1 < len(span.doc) and span.doc[span.end].text == "," and state is not None \
        and state.start == span.end + 1 and state.kb_id_ in STATES


def _before_born(span: Span) -> bool:
    """A name joined to "-born" ("the Copenhagen-born engineer"): the town someone was born in,
    whatever the model took it for."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "born" \
        and not doc[span.end].whitespace_ and not doc[span.end - 1].whitespace_


def _before_native(span: Span) -> bool:
    """A name right before "native" and another name, or after an article: a town ("Biloxi
    native Fred Haise", "X, an Akron native who lives in Y"), whatever the model took it for."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lower_ == "native" and (
        doc[span.end + 1].pos_ == "PROPN" and doc[span.end + 1].is_title
        or span.start > 0 and doc[span.start - 1].lower_ in _NATIVE_ARTICLES)


def _native_towns(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities, with the capitalised words between an article and "native" as one town,
    whatever the model made of them ("X, a Lake Orion native who lives in Houston", "The
    Kettering native, X,")."""
    towns: list[Span] = []
    if "native" not in extensions.text(doc).lower():
        return ents  # most articles: no word to look for, so no column of the parse to read
    for tok in (doc[i] for i in indexes(doc, "LOWER", ["native"])):
        start = _capitalised_before(doc, tok.i, 3)
        if start < tok.i and start > 0 and doc[start - 1].lower_ in _NATIVE_ARTICLES:
            towns.append(Span(doc, start, tok.i, label="GPE"))
    if not towns:
        return ents
    kept = [e for e in ents if not any(t.start <= e.start and e.end <= t.end for t in towns)]
    kept += [t for t in towns if not any(e.start < t.end and t.start < e.end for e in kept)]
    return sorted(kept, key=lambda e: e.start)


def _towns_before_states(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities, with the capitalised words between "in", "at", "near", "from" or "outside"
    and a comma before a US state as one town, whatever the model made of them ("died at his
    home in Half Moon Bay, Calif.", "born in Cedar Falls, Iowa"): AP style names a town so. A
    name with an organisation's or a facility's word ("Kennedy Space Center, Fla."), or one the
    gazetteer knows ("Cape Canaveral, Fla.", "from Florida, Texas and Ohio"), is left as it is;
    a celestial body or a people inside a longer name ("Moon" of "Half Moon Bay", "Indian" of
    "Indian Harbour Beach") is no such knowledge."""
    towns: list[Span] = []
    for state in (e for e in ents if e.kb_id_ in STATES and e.start >= 3 and doc[e.start - 1].text == ","):
        end = state.start - 1
        start = _capitalised_before(doc, end, 4)
        town = Span(doc, start, end, label="GPE")
        if start < end and start > 0 and doc[start - 1].lower_ in _TOWN_PREPOSITIONS and not any(
                t.lower_ in _NOT_TOWNS or t.ent_kb_id_ and t.ent_type_ not in _INSIDE_NAMES for t in town):
            towns.append(town)
    if not towns:
        return ents
    kept = [e for e in ents if not any(e.start < t.end and t.start < e.end for t in towns)]
    return sorted(kept + towns, key=lambda e: e.start)


#: words before a town named with its state ("in Half Moon Bay, Calif.")
_TOWN_PREPOSITIONS = {"in", "at", "near", "from", "outside"}
#: what the gazetteer knows that may be a word of a longer place name ("Half Moon Bay", "Indian Harbour Beach")
_INSIDE_NAMES = {"CELESTIAL", "NORP"}
#: words of a facility's name, never a town's ("Edwards Air Force Base, Calif.")
_FACILITY_WORDS = {"field", "port", "spaceport", "range", "park", "cemetery", "arsenal", "yard", "hall"}
_NOT_TOWNS = _ORG_WORDS | _FACILITY_WORDS


def _capitalised_before(doc: Doc, end: int, most: int) -> int:
    """Where the run of at most ``most`` capitalised proper nouns ending before ``end`` starts
    (``end`` itself when there is none)."""
    start = end
    while start > 0 and end - start < most and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start


#: words before "<Town> native" that make the capitalised words a place
_NATIVE_ARTICLES = {"a", "an", "another", "the"}


def _is_place(span: Span) -> bool:
    """A name where only a place fits: "born in Vozdvizhenka", "died in Kirzhach", "the
    Kazakh city of Zhezkazgan", "his hometown of Kawakami", "splashed down off the coast of
    Pensacola", "landed near Arkalyk"."""
    root = span.root
    noun = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and (noun.lower_ in _SETTLEMENTS | _COASTS or noun.lower_
                                                           in _HOMES and any(c.dep_ == "poss" for c in noun.children)):
        return True  # "his hometown of X", "off the coast of X"; "the hometown of astronaut X" is a person's
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "near", "at", "off"):
        return False
    verb = root.head.head  # "born in X", or "born on May 30, 1934 in X" with "in" on the date
    for _ in range(3):
        if verb.lemma_ in _LANDING_VERBS or (verb.lemma_ in _PLACE_VERBS or verb.lower_ in _PLACE_VERBS) \
                and root.head.lower_ != "off":
            return True  # "born in X", "splashed down off X"
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i or verb.dep_ == "appos":
            return False  # "X, a colonel in the Air Force, was born": the place of the description
        verb = verb.head
    return False


#: crew titles that only people hold: a name after one is a person's, whatever the model tagged
_CREW_TITLES = {"pilot", "specialist", "commander", "engineer", "astronaut", "cosmonaut", "taikonaut"}


def _role_alone(e: Span) -> bool:
    """Is the span only a capitalised role the model tagged as a thing: "Science Pilot" before
    a name ("Science Pilot Joseph Kerr"), or "the Command Module Pilot for the first landing"?
    Or the first words of a rank the model cut ("Group" of "Group Captain Ana Ruiz")? A title
    or a role, never an organisation."""
    if e.label_ not in _RELABEL or e.kb_id_:
        return False
    words = e.text.lower()
    doc = e.doc
    return words in _ROLES or any(" ".join([words, *(t.lower_ for t in doc[e.end:e.end + n])]) in _ROLES
                                  for n in (1, 2) if e.end + n <= len(doc))


def _with_given_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name the model starts at a patronymic ("bin Tariq Al Fahad" of "Karim bin
    Tariq Al Fahad"), with the given name before it, when that word is no other entity's but
    its own (a title such as "Prince" stays out: "Prince bin Tariq" is no one's given name)."""
    out: list[Span] = []
    for e in ents:
        before = doc[e.start - 1] if e.start > 0 else None
        alone = [o for o in out if before is not None and o.start <= before.i < o.end]
        if e.label_ == "PERSON" and e[0].text in PATRONYMICS and before is not None and before.is_title \
                and before.is_alpha and before.lower_ not in _TITLE_WORDS | _LEADING \
                and all(len(o) == 1 for o in alone):
            out = [o for o in out if o not in alone]
            out.append(Span(doc, e.start - 1, e.end, label="PERSON"))
        else:
            out.append(e)
    return out


def _without_long_title(e: Span) -> Span:
    """A person's name without a title of several words taken in with it: "Science Pilot Bo
    Tan", "Lunar Module Pilot Ed Marsh" (a title word among its first three, with a name of two
    words or more after it), or the end of a post's field ("Director for Human Spaceflights Bo
    Tan": a plural is no part of a name); a crew title makes such a span a person's even when the model
    tagged it an organisation ("Payload Specialist Ivo Brandt")."""
    if e.kb_id_ or e.label_ != "PERSON" and e.label_ not in _RELABEL:
        return e
    doc = e.doc
    if e.label_ == "PERSON" and e.start > 0 and doc[e.start - 1].lower_ in ("for", "of") and (plural := next(
            (t.i for t in doc[e.start:e.end - 2] if t.tag_ == "NNPS"), None)) is not None:
        return Span(doc, plural + 1, e.end, label="PERSON")  # "Director for Human Spaceflights Ana Voss"
    for i in range(min(e.start + 2, e.end - 3), e.start - 1, -1):
        if doc[i].lower_ not in _TITLE_WORDS or not doc[i].is_title:
            continue
        name = doc[i + 1:e.end]
        rank = doc[e.start:i + 1].text.lower() in _ROLES  # "Air Commodore Ana Voss", tagged an organisation
        if e.label_ == "PERSON" or (doc[i].lower_ in _CREW_TITLES or rank) and len(name) <= 3 and all(
                t.pos_ == "PROPN" and t.is_title and t.lower_ not in _ORG_WORDS for t in name):
            return Span(doc, i + 1, e.end, label="PERSON")
        return e
    return e


def _joined_initials(ents: list[Span]) -> list[Span]:
    """A given name and the initial and surname after it that the model took for two people
    ("Dirk" and "D. Frimout" of "Dirk D. Frimout") are one name."""
    out: list[Span] = []
    for e in ents:
        last = out[-1] if out else None
        if last is not None and last.end == e.start and last.label_ == e.label_ == "PERSON" and len(last) == 1 \
                and last[0].whitespace_ and _INITIALS.fullmatch(e[0].text) is not None and len(e) >= 2:
            out[-1] = Span(e.doc, last.start, e.end, label="PERSON")
            continue
        out.append(_with_surname_after_initial(e))
    return out


def _with_surname_after_initial(e: Span) -> Span:
    """A name cut after its middle initial takes the capitalised word after it, whatever the
    tagger made of the word ("Pilot Susan L. Still, Payload Commander ...": "Still" read as an
    adverb): no name ends in a middle initial when a capitalised word follows that a comma, a
    full stop or "and" closes."""
    doc = e.doc
    if e.label_ != "PERSON" or len(e) < 2 or _INITIALS.fullmatch(e[-1].text) is None or e.end + 1 >= len(doc):
        return e
    word, after = doc[e.end], doc[e.end + 1]
    closed = after.text in (",", ".", ";") or after.lower_ == "and"
    if word.is_title and word.is_alpha and not word.ent_type_ and closed:
        return Span(doc, e.start, e.end + 1, label="PERSON")
    return e


def _without_field_before(e: Span, alone: set[str]) -> Span:
    """A person's name without the field a title ran into it ended with: "the fourth woman in
    the history of Russian Cosmonautics Ana Voss" is Ana Voss, when the article names her so on
    her own. The word is a field's after a demonym, and no given name; the next is a known one."""
    doc = e.doc
    rest = doc[e.start + 1:e.end]
    if e.label_ != "PERSON" or len(rest) < 2 or e.start == 0 or doc[e.start - 1].ent_type_ != "NORP" \
            or rest.text not in alone or given_name(e[0].text) or not given_name(e[1].text):
        return e
    return Span(doc, e.start + 1, e.end, label="PERSON")


#: title words long enough that a word one letter off is a slip for them, not a name ("Astronout")
_LONG_TITLES = sorted(w for w in _TITLE_WORDS | _LEADING if w.isalpha() and len(w) >= 7)


def _without_mistyped_title(e: Span) -> Span:
    """A person's name without a title word before it that has one letter wrong, missing, extra
    or two swapped ("Astronout Alan Bean", "Comander Dana Voss"): a word of seven letters or
    more that no table of given names knows, before a name of two words at least."""
    word = e[0].lower_
    if e.label_ != "PERSON" or len(e) < 3 or not e[0].is_title or len(word) < 7 or given_name(e[0].text) \
            or not any(OSA.distance(word, title) == 1 for title in _LONG_TITLES):
        return e
    return Span(e.doc, e.start + 1, e.end, label=e.label_, kb_id=e.kb_id_)


def _trim(span: Span, text: str) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    if "\n" in text[span.start_char:span.end_char]:  # a name never runs across lines: its last line's part
        start = [t.i for t in span if "\n" in t.text][-1] + 1
    keep_words: bool | None = None  # "Astronaut Village" is a place's whole name (asked only if it matters)
    while start < end and (doc[start].lower_ in _QUOTES or (
            doc[start].lower_ in _LEADING
            or span.label_ == "PERSON" and doc[start].lower_ in _TITLE_WORDS) and not (
            keep_words if keep_words is not None else (keep_words := _organisation(span)))):
        start += 1
    while end > start and (doc[end - 1].text in _TRAILING or span.label_ == "GPE" and end - start > 1
                           and doc[end - 1].text in ("city", "province", "Province")
                           or span.label_ == "PERSON" and end - start > 2 and doc[end - 1].lower_ in _PAGE_WORDS):
        end -= 1
    while end - start > 2 and doc[end - 1].lower_ in _TITLE_WORDS and doc[end - 2].lower_ == "and":
        end -= 2  # "Commander Ana Voss and Pilot Ivo Brandt": the next one's title is no part of the name
    if span.label_ == "PERSON" and (of := next((t.i for t in doc[start + 2:end - 1] if t.lower_ == "of"), None)):
        end = of  # "William A. Anders of Anacortes": a person's name and where the person lives
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)
