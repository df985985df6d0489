"""A new astronaut class given as a list after a colon: "The new candidates are: A, B and C",
"Five career astronauts were chosen from 22,000 applicants: A of France, ...", "This year's
astronaut candidates are:" followed by a bulleted line per candidate. Each one
listed was selected by the agency the sentence (or the one announcing the class before it)
names, in the class's year."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, date, entity, value
from extract.components.quantities import count
from extract.frames.mood import mood
from extract.name_keys import SHORT_TITLES
from extract.rules.common import MISSIONS, VERSION

#: words that make the words before a colon a new class of astronauts
_CLASS_NOUNS = {"candidate", "class", "recruit", "ascan"}
_FLYERS = {"astronaut", "cosmonaut", "taikonaut"}
_CHOOSING = {"choose", "select", "pick", "name", "introduce", "announce", "unveil", "present", "welcome",
             "recruit", "hire"}
#: how many sentences before a list the announcement of its class may be
_ANNOUNCED_REACH = 3
#: the words of a list of names written with a full stop, at which the parser may end a sentence too
#: soon: ranks and titles, and what follows a name ("Jr.", "Ret.")
_TITLES = SHORT_TITLES | {"Jr", "Sr", "Ret"}
#: words before a date that make it another time than the announcement's ("the first since 2009")
_NOT_THEN = {"since", "before", "after", "until", "till", "from"}
_BULLETS = {"•", "▪", "◦", "·", "-", "–", "—", "*"}


def class_list(ctx: Context, tok: Token, span: Span) -> None:
    """The people listed after a colon that ends the words of a new class (see the module
    docstring)."""
    sent = tok.sent
    before = ctx.doc[sent.start:tok.i]
    if not any(t.lemma_.lower() in _CLASS_NOUNS | _FLYERS for t in before):
        return  # most colons: no class named before them
    announced = _announcing(ctx, sent)
    if not _names_class(before, announced):
        return
    people = _bulleted(ctx, tok) if _ends_line(tok) else [
        c for part in _run_on(ctx, sent) for t, c in ctx.in_sentence(part, "PERSON") if t.i > tok.i]
    if not people:
        return
    cue = [*before, *(announced or ())]
    agency = next((c for t, c in ctx.in_sentence(sent, "AGENCY") if t.i < tok.i), None)
    if agency is None and announced is not None:
        agency = next((c for _, c in ctx.in_sentence(announced, "AGENCY")), None)
    year = _class_year(ctx, cue)
    for one in dict.fromkeys(people):
        if agency is not None:
            ctx.add(one, "selectedBy", entity(agency), sent, rule=f"{VERSION}:class-list", confidence=0.65)
        if year is not None:
            ctx.add(one, "selectionYear", value(year, "gYear"), sent, rule=f"{VERSION}:class-list",
                    confidence=0.65)


def _announcing(ctx: Context, sent: Span) -> Span | None:
    """The sentence just before that announces the class ("NASA announced its 2025 Astronaut
    Candidate Class on Monday"; a quote from the ceremony may come between)."""
    at = sent.start
    for _ in range(_ANNOUNCED_REACH):
        if at == 0:
            return None
        before = ctx.doc[at - 1].sent
        words = {t.lemma_.lower() for t in before}
        if words & _CLASS_NOUNS and words & _CHOOSING and ctx.in_sentence(before, "AGENCY"):
            return before
        at = before.start
    return None


def _names_class(words: Span, announced: Span | None) -> bool:
    """Do the words before the colon name a class ("The new astronaut candidates are",
    "Five career astronauts were chosen"), not any group ("Three astronauts are aboard")?"""
    lemmas = {t.lemma_.lower() for t in words}
    if lemmas & _CLASS_NOUNS:
        return True
    return bool(lemmas & _FLYERS) and bool(lemmas & _CHOOSING or announced is not None)


def _run_on(ctx: Context, sent: Span) -> list[Span]:
    """The sentence and those the parser split off it at a title's full stop ("U.S. Navy Lt.
    Cmdr. Ana Reyes, Air Force Maj. Tom Kell" is one list)."""
    parts = [sent]
    doc = ctx.doc
    while parts[-1].end < len(doc) and _title_stop(doc[parts[-1].end - 1]):
        parts.append(doc[parts[-1].end].sent)
    return parts


def _title_stop(tok: Token) -> bool:
    """Is the sentence's last full stop a title's ("Maj.", "Lt. Cmdr.", "Dr.")?"""
    word = tok.text if tok.text != "." or tok.i == 0 or tok.doc[tok.i - 1].whitespace_ else tok.doc[tok.i - 1].text
    return word.rstrip(".") in _TITLES


def _ends_line(colon: Token) -> bool:
    doc = colon.doc
    return "\n" in colon.whitespace_ or colon.i + 1 < len(doc) and "\n" in doc[colon.i + 1].text


def _bulleted(ctx: Context, colon: Token) -> list[int]:
    """The first person of each bulleted line that follows a colon ending its line (lines, not
    sentences: the parser runs a bullet into the sentence before)."""
    doc = ctx.doc
    people: list[int] = []
    line: list[Token] = []
    for t in doc[colon.i + 1:min(len(doc), colon.i + 600)]:
        if not t.is_space:
            line.append(t)
        if "\n" in t.whitespace_ or t.is_space and "\n" in t.text:
            if line and line[0].text not in _BULLETS:
                break
            person = next((ctx.person(w) for w in line if ctx.person(w) is not None), None)
            if person is not None:
                people.append(person)
            line = []
    if line and line[0].text in _BULLETS:
        person = next((ctx.person(w) for w in line if ctx.person(w) is not None), None)
        if person is not None:
            people.append(person)
    return people


def _class_year(ctx: Context, words: list[Token]) -> str | None:
    """The class's year: one written beside its name ("the 2021 astronaut candidates", "Class
    of 2021", "its 2025 Astronaut Candidate Class"), else the year of the date it was
    announced on, when the text gives it."""
    for t in words:
        if t.is_digit and len(t.text) == 4 and t.text[:2] in ("19", "20") and any(
                u.lemma_.lower() in _CLASS_NOUNS | _FLYERS for u in t.doc[max(0, t.i - 2):t.i + 4]):
            return t.text
    dated = [d for d in ctx.dates_in([t for t in words if t.i == 0 or t.doc[t.i - 1].lower_ not in _NOT_THEN])
             if ctx.dates[d].year]
    return str(ctx.dates[dated[0]].year) if dated else None


#: plural nouns of the people a class counts ("10 astronaut candidates", "a dozen new astronauts")
RECRUITS = ("astronauts", "cosmonauts", "taikonauts", "candidates", "recruits")
#: words of a sentence that make a count of recruits another figure than one class's: a total
#: over years, a crew, a share of applicants
_NOT_A_CLASS = {"since", "total", "all", "ever", "crew", "crews", "mission", "flight", "flights", "station",
                "aboard", "among"}


def class_size(ctx: Context, tok: Token, span: Span) -> None:
    """A class's size as the agency's choice states it: "NASA selected 10 astronaut candidates",
    "NASA on Wednesday named a dozen new astronauts", "ESA revealed the selection of five
    astronauts": ``classSize`` of the agency, in the class's year (else as of the day the sentence
    tells it was chosen on). Only when an agency the
    sentence names chose them; never a total ("has selected 360 astronauts since 1959"), a
    crew ("named four astronauts to the crew"), part of a group, or a figure of another thing."""
    number, noun = span[0], span[-1]
    n = count(number)
    doc = ctx.doc
    if n is None or not 2 <= n <= 50 or number.i > 1 and doc[number.i - 1].lower_ == "the" \
            and doc[number.i - 2].lower_ == "of":
        return  # "two of the 10 astronauts": part of a group
    verb = _choosing(noun)
    if verb is None or any(t.lower_ in _NOT_A_CLASS or ctx.is_a(t, *MISSIONS) for t in verb.sent):
        return
    agencies = [c for w in verb.children if w.dep_ in ("nsubj", "agent")
                for t in w.subtree if (c := ctx.cluster(t)) is not None and ctx.labels[c] == "AGENCY"]
    year = _class_year(ctx, list(verb.sent))
    told = ctx.dates_in(list(verb.subtree))  # "NASA on Wednesday named ...": the day it was told, of its year
    modality = mood(ctx, verb)
    if not agencies or year is None and not told or modality is None:
        return
    ctx.add(agencies[0], "classSize", value(str(n), "integer"), verb.sent,
            qualifiers=[("year", value(year, "gYear"))] if year is not None else [],
            as_of=date(told[0]) if year is None else None, rule=f"{VERSION}:class-size", confidence=0.75,
            modality=modality)


def _choosing(noun: Token) -> Token | None:
    """The verb of choosing whose object the recruits are ("selected 10 astronaut candidates",
    "revealed the selection of 10 candidates"), or None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in ("selection", "class"):
        noun = noun.head.head  # "the selection of 10 astronaut candidates"
        if noun.dep_ == "dobj" and noun.head.lemma_ in ("reveal", "announce", "unveil"):
            return noun.head
    return noun.head if noun.dep_ in ("dobj", "oprd") and noun.head.lemma_ in _CHOOSING else None
