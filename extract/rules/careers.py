"""Work and education: occupations and job titles, employers, schools and degrees, awards
(selection by an agency is an event: extract/frames)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from extract.components.context import Context, date, entity, span_of, value
from extract.frames.reading import passive
from extract.rules import descriptors
from extract.rules.common import (
    COUNTRIES,
    MISSIONS,
    VERSION,
    ancestors,
    described,
    distinct,
    listed,
    mention,
    name_before_of,
    vessel,
    window,
)

_DEGREES = [
    (r"B\.\s?S\.?|B\.?Sc\.?|BS\b|[Bb]achelor of [Ss]cience|[Bb]achelor(?:['’]?s(?: [Dd]egree)?| [Dd]egree)"
     r"|B\.\s?Eng\.?", "B.S."),
    (r"B\.\s?A\.|Bachelor of Arts", "B.A."),
    (r"M\.\s?S\.?|M\.?Sc\.?|MS\b|[Mm]aster of [Ss]cience|[Mm]aster(?:['’]?s(?: [Dd]egree)?| [Dd]egree)", "M.S."),
    (r"M\.\s?A\.|Master of Arts", "M.A."),
    (r"Sc\.\s?D\.?|ScD\b|Doctor of Science", "Sc.D."),
    (r"Ph\.\s?D\.?|PhD\b|doctorate|doctoral degree|[Dd]octor['’]?s [Dd]egree", "Ph.D."),
    (r"M\.\s?D\.?(?!\w)|medical degree|Doctor of Medicine", "M.D."),
    (r"MBA\b|M\.B\.A\.", "MBA"),
]


_DEGREE = re.compile("|".join(f"(?:{p})" for p, _ in _DEGREES))


def role(ctx: Context, span: Span) -> None:
    """Occupations and job titles: "test pilot Alan Bean", "X is a fighter pilot",
    "a public relations officer at Nasa", "The Nasa astronaut"."""
    head = span[-1]
    text = span.text.lower()
    info = ctx.roles.get(text) or ctx.roles.get(text[:-1])
    if info is None or ctx.person(head) is not None and not ctx.is_a(head, "PERSON"):
        return
    kind = info["kind"]
    named = ctx.named_at.get(span.end) if span.end < len(ctx.doc) else None
    if info["term"] == "head" and (text != "head" or named is None and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children)):
        return  # a title only as "head of X" or "Roscosmos head X": not "Walker heads home", "hit her head"
    plural = text != info["term"]  # "Nasa astronauts A and B": the role of each
    if named is not None and ctx.labels[named] == "PERSON":  # "Nasa astronauts A, B and C", "pilot A"
        if _seat(ctx, span, info["term"]):
            return  # "pilot Tom Baker" in a crew: a seat, the crew rule's
        name = mention(ctx, ctx.doc[span.end])
        people = [named, *descriptors.listed_after(ctx, name)] if plural else [named]
    else:
        if _in_company(head):
            return  # "X was with three NASA astronauts": they are X's companions, not what X is
        person = described(ctx, head)
        if person is None and kind == "title":
            person = _after_quoted_name(ctx, head)
        people = (ctx.conjuncts(person, head) if plural else [person]) if person is not None else \
            (listed(ctx, head) or descriptors.named_after_clause(ctx, span)) if plural else []  # "Five astronauts
        # were chosen: A, B, ..."; "the two cosmonauts who were to fly, A and B"
    if not people or kind == "backup":  # a backup seat is the backup rule's
        return
    person = people[0]
    if info["term"] == "doctor" and _doctorate(ctx, head, person):
        return  # "became a doctor in physics at X": a degree, not a trade
    if _unrealised(head) or _only_possible(head, kind) or _denied(head) \
            or info["term"] == "pilot" and _crew_seat(ctx, head):
        return  # "her dream, to become a pilot"; "Ana Ruiz, the mission's pilot": a seat, the crew rule's
    if head.dep_ == "pobj" and head.head.lower_ == "as" and (
            kind != "crew" and not any(c.dep_ == "det" for c in head.children) and not _served_as(head, kind)
            or any(a.lower_ == "with" for a in ancestors(head)[:next(
                (k for k, a in enumerate(ancestors(head)) if a.pos_ in ("VERB", "AUX")), 12)])):
        return  # "with Ana Ruiz as pilot", "with X as his pilot": a seat on one flight, not a job
    if any(c.dep_ == "poss" and ctx.person(c) != person and (ctx.person(c) is not None or c.lower_ in (
            "its", "their")) for c in head.children) and not any(c.lower_ == "fellow" for c in head.children):
        # "his pilot", "its pilot": a seat, not a job; "his fellow cosmonauts" are colleagues
        return  # the seat is the crew rule's
    extra = _title_words(ctx, head, span)
    if kind == "crew":  # "X was a mission specialist": the crew rule's
        return
    titled = kind != "staff" and (kind == "title" or extra)  # "staff": "an Axiom employee" is no trade or title
    held, office = _held(ctx, head, span) if titled else ("reported", [])  # "went on to become an
    # astronaut" is one still
    years = years_held(ctx, head) if titled else None
    if years is not None:  # "administrator from 2009 to 2017": held then, not as the article is told
        held = "former"
    if titled:
        words = office + [t.text for t in extra] + [span.text]
        country = [ctx.clusters[c]["name"] for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")
                   and (c := ctx.cluster(t)) is not None and ctx.clusters[c]["name"] in COUNTRIES]
        to = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("to",)]
        tail = [" ".join(t.text for t in to[0].subtree)] if to and any(
            t.pos_ == "PROPN" for t in to[0].subtree) else _of_what(head)
        ctx.add(person, "jobTitle", value(" ".join(country[:1] + words + tail)),
                span, rule=f"{VERSION}:title", confidence=0.7, modality=held,
                qualifiers=[["since", value(str(years[0]), "gYear")], ["until", value(str(years[1]), "gYear")]]
                if years is not None else None)
        if " ".join(words[len(office):]).lower() in HEADS and held != "former" \
                and not any(t.lower_ in _FORMER for t in head.lefts):
            for org in _headed(ctx, head, span):
                ctx.add(org, "leader", entity(person), span, rule=f"{VERSION}:head", confidence=0.75, modality=held)
        elif " ".join(words[len(office):]).lower() in _DIRECTORS and held != "former" \
                and not any(t.lower_ in _FORMER for t in head.lefts) and (led := _directed(ctx, head)) is not None:
            ctx.add(led, "leader", entity(person), span, rule=f"{VERSION}:head", confidence=0.75, modality=held)
    elif kind != "staff":
        term = " ".join([*(t.lower_ for t in _trade_words(span)), info["term"]])
        for one in people:
            ctx.add(one, "occupation", value(term), span, rule=f"{VERSION}:occupation", confidence=0.8)
    found = _employers(ctx, head) or (_bracketed_before(ctx, span) if titled else [])
    for org, at in [(o, at) for o, at in found if not vessel(ctx, o)]:  # "works or worked
        # for": a former employer counts; not a craft ("RSS First Step pilot X")
        # "a former NASA astronaut" (not "NASA's former chief astronaut"); "Before being selected, X was an
        # engineer at Y"
        former = any(t.lower_ in _FORMER and t.i < at for t in head.lefts) or _before_entry(head)
        for one in people:  # a title held before ("NASA's former chief astronaut") may leave its holder there
            ctx.add(one, "employer", entity(org), span, rule=f"{VERSION}:employer", confidence=0.75,
                    modality="former" if former else "later" if held == "later" else "reported")


def _after_quoted_name(ctx: Context, title: Token) -> int | None:
    """The person a title set after a name and a comma names, when the parser hangs the title on
    the verb before them: '"...," said A, acting NASA administrator.' Only when that verb comes
    before the title: in "Beside A, the administrator spoke" the administrator is someone else."""
    start = title.left_edge.i
    if title.head.i > title.i or start < 2 or ctx.doc[start - 1].text != ",":
        return None
    before = ctx.doc[start - 2]
    person = ctx.person(before)
    return person if person is not None and ctx.named_at.get(before.i) == person else None


def _in_company(head: Token) -> bool:
    """Is the role noun the people someone is with ("was with three NASA astronauts", "flew
    alongside two cosmonauts"), not a description of them?"""
    return head.dep_ == "pobj" and head.head.lower_ in ("with", "alongside")


def _seat(ctx: Context, span: Span, term: str) -> bool:
    """Whether a bare "pilot" before a name is a seat on a crew ("commander A, pilot B"), not
    a trade ("Navy pilot B", "test pilot B")."""
    before = ctx.doc[span.start - 1] if span.start > 0 else None
    return term == "pilot" and (before is None or not (before.ent_type_ or before.pos_ in ("ADJ", "NOUN", "PROPN")))


#: words that make a job one only wished or nearly had ("her dream to become", "came close to becoming")
_WISHED = {"dream", "hope", "wish", "ambition", "goal", "close", "want", "aspire", "aim", "try", "seek",
           "fail", "rule"}
#: nouns whose possessive makes "pilot" a seat on a flight ("the mission's pilot")
_FLIGHT_WORDS = {"mission", "flight", "crew", "capsule", "spacecraft", "ship"}


def _unrealised(noun: Token) -> bool:
    """Whether a role noun is what someone only wished or nearly became: the complement of
    a "to become" / "becoming" under a wish or a near miss, not "went on to become"."""
    verb = noun.head
    if noun.dep_ not in ("attr", "conj") or verb.lemma_ != "become" or verb.tag_ not in ("VB", "VBG"):
        if noun.dep_ == "conj" and noun.head.dep_ == "attr":
            return _unrealised(noun.head)
        return False
    above = [verb.head, verb.head.head]
    return any(t.lemma_.lower() in _WISHED for t in above) or verb.head.pos_ == "NOUN"


#: words that make a post only one someone might hold ("a possible future ambassador")
_POSSIBLE = {"possible", "potential", "prospective", "would-be", "likely", "hypothetical", "future"}


def _only_possible(noun: Token, kind: str) -> bool:
    """Whether a role noun is a post someone is only talked of for: "has been discussed as a
    possible future Czech ambassador", "a likely future director", "the would-be ambassador".
    A title "future" alone is one held later ("future center director A": :func:`_held`)."""
    words = {t.lower_ for t in noun.doc[max(noun.sent.start, noun.left_edge.i):noun.i]}
    if kind == "title":
        words.discard("future")
    return bool(words & _POSSIBLE) or "would" in words and "be" in words


#: words before a title that tell when it was held, nearest first wins: "future director A"
#: (held after the events told), "then-administrator A", "former chief A" (held before, no
#: longer), "current director A", "now head of X" (held as the article is told)
_TIMES = {**dict.fromkeys(("former", "retired", "onetime", "one-time", "erstwhile", "ex-", "ex"), "former"),
          "future": "later", "then": "former", "current": "reported", "now": "reported", "incumbent": "reported",
          "sitting": "reported"}
#: words that make a title an office of its own, kept in the title ("acting administrator")
_STAND_IN = {"acting", "interim"}
#: adverbs of a "become" that came after the events told ("who later became director")
_AFTERWARDS = {"later", "eventually", "subsequently", "afterwards", "afterward", "ultimately"}


def _held(ctx: Context, head: Token, span: Span) -> tuple[str, list[str]]:
    """When a title was held, as a modality ("later", "former" or "reported"), and the words
    of a stand-in office before it ("acting"), read from the words before the title within its
    phrase ("future Johnson Space Center Director A", "A, then the administrator", "acting NASA
    administrator") and from the verb it completes ("A, who later became director", "went on
    to become chief", "who was administrator at the time")."""
    held = ""
    office: list[str] = []
    for t in reversed(ctx.doc[max(span.sent.start, span.start - 8):span.start]):
        word = t.lower_
        if word in _STAND_IN:
            office.insert(0, word)
        elif word in _TIMES and (word != "then" or _then_of_title(t)):
            held = held or _TIMES[word]
        elif not (t.ent_type_ or t.pos_ in ("PROPN", "DET") or t.text in ("-", "(", ")")
                  or t.dep_ in ("compound", "amod") and t.head.i >= span.start):
            break
    return held or _told_with(ctx, head), office


def _then_of_title(then: Token) -> bool:
    """Whether "then" dates the title after it ("then-administrator A", "A, then the director",
    "greeted by then NASA administrator A"), not a step in a sequence ("and then NASA
    administrator A spoke", "Then NASA administrator A spoke")."""
    doc = then.doc
    if then.i + 1 < len(doc) and doc[then.i + 1].text == "-":
        return True
    return then.i > then.sent.start and doc[then.i - 1].lower_ not in ("and", "but", "or", "since", "just", "only") \
        and then.head.pos_ in ("NOUN", "PROPN")  # "The crew landed, then A spoke": a step, the verb's


def _told_with(ctx: Context, noun: Token) -> str:
    """The time a title's verb gives it: "later" for a "become" told after the events ("who
    later became director", "would become", "went on to become"), "former" for one held "at
    the time" or "then" ("who was then administrator") or ended ("was administrator from 2009
    to 2017", "served as chief until 1994"), else "reported"."""
    verb = _title_verb(noun)
    if verb is None:
        return "reported"
    kids = list(verb.children)
    if verb.lemma_ in ("become", "serve") and (
            any(c.lower_ in _AFTERWARDS or c.dep_ == "aux" and c.lower_ == "would" for c in kids)
            or verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_ == "go"
            and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.head.children)):
        return "later"
    if any(c.dep_ == "advmod" and c.lower_ == "then" or c.dep_ == "prep" and c.lower_ == "at" and any(
            p.lower_ == "time" and any(d.lower_ in ("the", "that") for d in p.children) for p in c.children)
           for c in kids) or _ended(ctx, verb):
        return "former"
    return "reported"


#: verbs a title follows "as" with when someone holds it ("served as director", "worked as administrator")
_HOLDING = {"serve", "work", "act"}


def _served_as(noun: Token, kind: str) -> bool:
    """Whether a title after "as" is an office held ("served as director of X"), not a seat
    ("with A as pilot")."""
    return kind == "title" and noun.head.head.lemma_ in _HOLDING


def _title_verb(noun: Token) -> Token | None:
    """The verb a title completes: "was" of "A was director", "served" of "served as director"."""
    if noun.dep_ == "attr":
        return noun.head
    return noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None


#: prepositions that open the years an office was held, and the words that join its two years
_SPAN_OPENS = {"from", "between"}
_SPAN_JOINS = {"to", "until", "till", "through", "and", "-", "–"}
#: relations that leave a title's own phrase for a clause or another noun of its own
_OTHER_PHRASE = {"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "conj", "cc"}


def years_held(ctx: Context, noun: Token) -> tuple[int, int] | None:
    """The first and last years of an office told with them: "A was administrator from 2009 to
    2017", "served as director between 2005 and 2011", "A, the agency's administrator from 2009
    to 2017", "From 2009 to 2017, A was administrator": a "from" or "between" on the title, on a
    noun of its own phrase ("chief of the office from 1990 to 1994"), on the verb it completes or
    right after a title set beside a name, with a year on each side. Not a span of another verb
    ("A, the administrator, flew from 2009 to 2017"), nor one year alone."""
    verb = _title_verb(noun)
    heads = {t.i for t in _own_phrase(noun)} | ({verb.i} if verb is not None else set())
    doc = noun.doc
    for prep in (t for t in noun.sent if t.dep_ == "prep" and t.lower_ in _SPAN_OPENS and (
            t.head.i in heads or noun.dep_ == "appos" and t.head.i == noun.head.i and t.i == noun.right_edge.i + 1)):
        # the parser may hang the span of "A, the agency's administrator from 2009 to 2017," on A
        first = ctx.date_at.get(prep.i + 1)
        end = prep.i + 1
        while first is not None and end < len(doc) and ctx.date_at.get(end) == first:
            end += 1
        last = ctx.date_at.get(end + 1) if end + 1 < len(doc) and doc[end].lower_ in _SPAN_JOINS else None
        if first is None or last is None:
            continue
        since, until = ctx.dates[first].year, ctx.dates[last].year
        if since and until and since <= until:
            return since, until
    return None


def _own_phrase(noun: Token) -> list[Token]:
    """The title and the nouns of its own phrase, not those of a clause or a noun set beside it."""
    found, stack = [noun], [noun]
    while stack:
        for child in stack.pop().children:
            if child.dep_ not in _OTHER_PHRASE and child.pos_ not in ("VERB", "AUX"):
                found.append(child)
                stack.append(child)
    return found


def _denied(noun: Token) -> bool:
    """Whether a role noun is what its copula says someone is not ("I am not a professional
    astronaut", "she wasn't exactly a rocket scientist", "he never was a pilot")."""
    if noun.dep_ == "conj" and noun.head.dep_ == "attr" and any(c.lower_ in ("or", "nor") for c in noun.head.children):
        noun = noun.head  # "not a pilot or an engineer"; "not an engineer but a physician" is one
    return noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in noun.head.children)


def _crew_seat(ctx: Context, noun: Token) -> bool:
    """Whether "pilot" names a seat on a flight: "the pilot" bare, or "the mission's pilot"."""
    mods = [c for c in noun.children if c.dep_ in ("det", "poss", "compound", "amod", "nmod")]
    if any(c.dep_ == "poss" and c.lower_ in _FLIGHT_WORDS for c in mods):
        return True
    return len(mods) == 1 and mods[0].dep_ == "det" and mods[0].lower_ == "the"


#: words before an occupation that say when or how good, not which trade ("a former pilot")
_NOT_TRADE = {"former", "retired", "veteran", "first", "career", "current", "young", "old", "new", "future",
              "experienced", "senior", "junior", "onetime", "one-time", "ex", "leading", "top", "famous", "trained",
              "qualified", "talented", "skilled", "seasoned", "accomplished", "lead", "chief", "fellow", "other",
              "only", "sole", "last", "next", "same", "full", "good", "great", "well-known", "army", "navy",
              "military", "longtime", "rookie", "active", "female", "male", "woman", "women", "travelled",
              "traveled", "force", "corps", "late", "deceased", "legendary", "pioneering", "renowned",
              "beloved"}


def _trade_words(span: Span) -> list[Token]:
    """The lower-case words just before an occupation that name its trade ("medical
    physicist", "drilling engineer", "helicopter test pilot"), not entities ("Army doctor",
    "Nasa astronaut") and not words of time or praise ("former", "veteran")."""
    words: list[Token] = []
    i = span.start - 1
    while i >= 0:
        t = span.doc[i]
        pair = _paired_trade(t, span)
        if pair:  # "aerospace and mechatronics engineer": both words name the trade
            words[:0] = pair
            break
        if not _trade_word(t) or t.dep_ not in ("compound", "amod") or t.head.i < span.start:
            break
        words.insert(0, t)
        i -= 1
    return words


def _trade_word(t: Token) -> bool:
    """A lower-case noun or adjective that may name a trade, not a word of time or praise."""
    return not (t.ent_type_ or not t.is_lower or t.lower_ in _NOT_TRADE or t.pos_ not in ("NOUN", "ADJ")
                or t.tag_ in ("JJS", "JJR") or "-" in t.text)


def _paired_trade(t: Token, span: Span) -> list[Token]:
    """Two trade words joined by "and" or "or" before an occupation, the first of which
    modifies it ("electrical and software engineer"): all three words, else none."""
    first = t.head
    between = span.doc[first.i + 1:t.i]
    if t.dep_ != "conj" or first.i >= t.i or first.dep_ not in ("compound", "amod", "nmod") \
            or first.head.i < span.start or not _trade_word(t) or not _trade_word(first) \
            or [w.lower_ for w in between] not in (["and"], ["or"]):
        return []
    return list(span.doc[first.i:t.i + 1])


#: words before an employer that say it is the person's no longer ("a former NASA astronaut")
_FORMER = {w for w, held in _TIMES.items() if held == "former" and w != "then"}
#: verbs of entering the astronaut corps: a job held "before" one of them is a former job
_ENTRY = {"select", "choose", "pick", "recruit", "join", "become"}


def _before_entry(noun: Token) -> bool:
    """Whether a role noun is told of the time before its person was selected ("Before being
    selected, X was an engineer at Y", "Before she became an astronaut, X was a professor at
    Y"): a "before" phrase or clause of one of the verbs above, on a verb the noun depends on."""
    for verb in (a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")):
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "before" and any(
                    p.dep_ == "pcomp" and p.lemma_ in _ENTRY for p in c.children):
                return True
            if c.dep_ == "advcl" and c.lemma_ in _ENTRY and any(
                    m.dep_ == "mark" and m.lower_ == "before" for m in c.children):
                return True
    return False


def _employers(ctx: Context, noun: Token) -> list[tuple[int, int]]:
    """The organisations a role noun names as the employer, each with where it is named (a
    school too after "at": "an engineer at the Harbin Academy of Space Technology")."""
    found: dict[int, int] = {}
    for child in noun.children:
        if child.dep_ in ("compound", "poss") and ctx.is_a(child, "AGENCY", "ORG"):
            found.setdefault(ctx.cluster(child), child.i)  # type: ignore[arg-type]  # "Nasa astronaut", "SpaceX's"
        if child.dep_ == "prep" and child.lower_ in ("at", "of", "for", "with", "in"):
            for t in child.subtree:
                if ctx.is_a(t, "AGENCY") or (ctx.is_a(t, "ORG") and t.dep_ != "poss") or (
                        child.lower_ == "at" and ctx.is_a(t, "SCHOOL")):
                    c = ctx.cluster(t)
                    if ctx.labels[c] == "ORG" and any(ctx.is_a(x, "AGENCY") for x in t.subtree):  # type: ignore[index]
                        continue
                    found.setdefault(c, t.i)  # type: ignore[arg-type]
                    break
    return list(found.items())


def _bracketed_before(ctx: Context, span: Span) -> list[tuple[int, int]]:
    """The organisation named right before a title with its short name in brackets between,
    which the parser does not join to the title: "Johnson Space Center (JSC) Director A"."""
    i, doc = span.start - 1, ctx.doc
    if i < 3 or doc[i].text != ")" or doc[i - 2].text != "(":
        return []
    c = ctx.cluster(doc[i - 3]) if ctx.is_a(doc[i - 3], "AGENCY", "ORG") else None
    return [(c, i - 3)] if c is not None else []


#: titles of the one who leads an organisation: "Roscosmos head A", "A, the chief executive of B"
HEADS = {"head", "ceo", "chief executive", "chief executive officer", "director general", "director-general",
         "administrator"}
#: nouns between a title and the organisation it heads that are the organisation itself ("head of
#: the Russian space agency Roscosmos"), not a part of it ("head of the medical team at Nasa")
_ORG_NOUNS = {"agency", "company", "firm", "corporation", "organisation", "organization", "startup", "space",
              "the", "of", "its", "russian", "american", "national"}


def _headed(ctx: Context, title: Token, span: Span | None = None) -> list[int]:
    """The organisations a title says its holder leads: named before it ("Nasa administrator",
    "Acme's CEO", however the parser hangs the words) or right after "of" ("the head of the
    agency Acme")."""
    found = [c for child in title.children if child.dep_ in ("compound", "poss")
             and ctx.is_a(child, "AGENCY", "ORG") and (c := ctx.cluster(child)) is not None]
    before = ctx.doc[span.start - 1] if span is not None and span.start > 0 else None
    if before is not None and before.text in ("'s", "’s", "'", "’") and before.i > 0:
        before = ctx.doc[before.i - 1]
    if before is not None and ctx.is_a(before, "AGENCY", "ORG") and not found:
        found.append(ctx.cluster(before))  # type: ignore[arg-type]
    of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        for t in ctx.doc[of.i + 1:title.sent.end]:
            if ctx.is_a(t, "AGENCY", "ORG"):
                found.append(ctx.cluster(t))  # type: ignore[arg-type]
                break
            if t.lower_ not in _ORG_NOUNS and not (t.ent_type_ == "NORP" or t.is_title and t.pos_ == "ADJ"):
                break
    return list(dict.fromkeys(found))


#: titles that head the organisation only when they are "of" it by name ("the director of the
#: Acme Museum"), never one named before them ("NASA's director of human spaceflight" heads a part)
_DIRECTORS = {"director", "first director"}


def _directed(ctx: Context, title: Token) -> int | None:
    """The organisation a director's title names as the very object of its "of" ("the first
    director of the National Air and Space Museum"); none for a part of one ("director of flight
    operations at NASA") or one that only owns it ("director of NASA's Johnson center": the center)."""
    of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or not ctx.is_a(obj, "AGENCY", "ORG", "SCHOOL"):
        return None
    return ctx.cluster(obj)


#: words of founding: the verb and the noun of the one who founded
FOUNDING = ["founded", "co-founded", "cofounded", "founder", "founders", "co-founder", "cofounder"]


def founder(ctx: Context, tok: Token, span: Span) -> None:
    """Who founded an organisation: "A founded Acme in 1972", "Acme was founded by A", "A,
    who founded Acme", "A, the founder of Acme", "Acme founder A". The organisation must be
    named as one ("a founder of a chess club at school" gives nothing)."""
    found: list[int | None]
    if tok.lower_.endswith("ed"):
        if tok.pos_ != "VERB":
            return
        if passive(tok):
            orgs = [c for c in tok.children if c.dep_ == "nsubjpass"] or [tok.head] * (tok.dep_ == "acl")
            people = [ctx.person(t) for a in tok.children if a.dep_ == "agent" for t in a.children if t.dep_ == "pobj"]
        else:
            orgs = [c for c in tok.children if c.dep_ == "dobj"]
            people = [ctx.subject_of(tok, limit=3)]
        found = [ctx.cluster(t) for o in orgs for t in o.subtree if ctx.is_a(t, "AGENCY", "ORG")][:1] or \
            [c for o in orgs if o.lower_ in _COMPANY and any(d.lower_ == "the" for d in o.children)
             for c in _company_before(ctx, o)]
    else:
        found = list(_headed(ctx, tok, span))
        people = [described(ctx, tok)]
    evidence = span_of(tok, *[t for t in tok.subtree][:8])
    when = [d for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "on") and tok.pos_ == "VERB"
            for d in ctx.dates_in(list(c.subtree))][:1]  # "founded Acme in 1972", "In 1972, A founded Acme"
    for org in dict.fromkeys(o for o in found if o is not None):
        for person in dict.fromkeys(p for p in people if p is not None):
            ctx.add(org, "founder", entity(person), evidence, rule=f"{VERSION}:founder", confidence=0.75)
        for d in when:
            ctx.add(org, "foundingDate", date(d), evidence, rule=f"{VERSION}:founded", confidence=0.75)


#: nouns that refer back to a company named before ("The company was founded by A")
_COMPANY = {"company", "firm", "startup", "venture"}


def _company_before(ctx: Context, tok: Token) -> list[int]:
    """The company of the sentence before that "the company" refers to: the one it names, or
    of those it names the one the article names most often (none when that is a tie; an
    agency is no company)."""
    if tok.sent.start == 0:
        return []
    named = {c for _, c in ctx.in_sentence(ctx.doc[tok.sent.start - 1].sent, "ORG")}
    ranked = sorted(((len(ctx.clusters[c]["mentions"]), c) for c in named), reverse=True)
    return [ranked[0][1]] if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]) else []


def _of_what(head: Token) -> list[str]:
    """What a title is of, when that is a field and not an organisation ("vice-president of
    government affairs and research operations at X"): the lower-case words after "of", up to
    the next preposition or name."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return []
    words: list[Token] = [of]
    for t in head.doc[of.i + 1:head.sent.end]:
        if not (t.is_lower and t.is_alpha) or t.pos_ in ("ADP", "VERB", "AUX", "PRON", "DET") or t.ent_type_:
            break
        words.append(t)
    while words and words[-1].pos_ == "CCONJ":
        words.pop()
    return [" ".join(t.text for t in words)] if len(words) > 1 else []


_TITLE_WORDS = {"deputy", "chief", "senior", "associate", "assistant", "principal", "lead", "head", "executive",
                "vice", "public", "relations", "affairs", "program", "programme", "project", "flight", "mission",
                "research", "science", "station", "payload", "communications", "press"}


def _title_words(ctx: Context, head: Token, span: Span) -> list[Token]:
    """The words before a role noun that make it a job title ("deputy chief", "public relations")."""
    words: list[Token] = []
    i = span.start - 1
    while i >= 0:
        t = ctx.doc[i]
        if t.lower_ not in _TITLE_WORDS or t.ent_type_ or head.i not in [a.i for a in t.ancestors]:
            break
        words.insert(0, t)
        i -= 1
    return words


def education(ctx: Context, tok: Token, span: Span) -> None:
    """"graduated from MIT with a Sc.D. in 1963", "earned a doctorate from Stanford in 1978",
    "enrolled at X in 1997"."""
    if tok.lower_ == "alma":
        alma_mater(ctx, tok)
        return
    if tok.lemma_ in _EARN and not _names_degree(tok.doc[tok.left_edge.i:tok.right_edge.i + 1]):
        return
    if any(t.lower_ == "honorary" for t in tok.subtree):
        return  # "received four honorary doctorates from A, B and C": honours, not schooling
    if tok.lemma_ in ("enroll", "enrol") and any(c.dep_ == "dobj" for c in tok.children):
        return  # "enrolled her son at X": the son's school
    if tok.lower_ == "graduation":
        _graduation(ctx, tok)
        return
    region = ctx.region(tok)
    schools = [t for t in region if _school(ctx, t)]
    if not schools:
        region = window(tok)
        schools = [t for t in region if _school(ctx, t)]
    if not schools:
        _degree_alone(ctx, tok)
        return
    person = ctx.subject_of(tok)
    if person is None:
        return
    named = [(t, c) for t in schools if (c := ctx.cluster(t)) is not None]
    named = [(t, c) for k, (t, c) in enumerate(named) if k == 0 or named[k - 1][1] != c]
    for k, (first, school) in enumerate(named):  # "a B.S. from A in 2010 and a Ph.D. from B in 2015"
        start = mention(ctx, named[k - 1][0]).end if k else region[0].i
        end = named[k + 1][0].i if k + 1 < len(named) else region[-1].i + 1
        here = mention(ctx, first)
        before = [t for t in region if start <= t.i < here.start]
        after = [t for t in region if here.end <= t.i < end]
        verb = next((t.i for t in after if t.pos_ == "VERB"), None)  # "from A in 1977 and earned a Ph.D.
        after = [t for t in after if verb is None or t.i < verb]      # from B": B's degree, not A's
        degree = _degree(ctx, before, last=True) or _degree(ctx, after, last=False)
        years = [ctx.dates[d].year for d in ctx.dates_in(after) + ctx.dates_in(before) if ctx.dates[d].year]
        evidence = span_of(tok, first)
        ctx.add(person, "almaMater", entity(school), evidence, rule=f"{VERSION}:education", confidence=0.8)
        field = _field(ctx, tok, before if degree and _degree(ctx, before, last=True) else after) or (
            None if degree else _field(ctx, tok, before))  # "a degree in physics at X": no kind, the field before
        if degree or years or (tok.tag_ == "VBD" if tok.lemma_ == "study" else field):  # "studied physics at X";
            # "studies cells at X" is research
            q: list[list[Any]] = [["school", entity(school)]]
            if years:
                q.append(["year", value(str(years[0]), "gYear")])
            if field:  # "holds degrees in aerospace engineering from X": a degree of that field
                q.append(["field", value(field)])
            ctx.add(person, "education", value(degree or "degree"), evidence, qualifiers=q,
                    rule=f"{VERSION}:education", confidence=0.75)


def _graduation(ctx: Context, noun: Token) -> None:
    """"his graduation from Purdue", "after her graduation from X in 1955": the school the
    noun names with "from", of the person whose graduation it is (its owner, or the subject of
    the clause it hangs from, which a fronted "his" stands for); never a graduation told without
    "from" or without an owner ("the graduation of the new class at X", "a speech at the
    graduation from X": a ceremony, not anyone's school)."""
    school = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                   for o in c.children if o.dep_ == "pobj" and _school(ctx, o)), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return  # "gave a speech at the graduation from the Naval Academy": nobody's own graduation
    person = ctx.person(owner) if owner.pos_ != "PRON" else ctx.subject_of(noun)
    if person is None:  # "After her graduation from X, A joined": the clause's A
        person = ctx.person(owner)
    if school is None or person is None or ctx.labels[person] != "PERSON" or (c := ctx.cluster(school)) is None:
        return
    ctx.add(person, "almaMater", entity(c), span_of(noun, school), rule=f"{VERSION}:education", confidence=0.8)
    years = [ctx.dates[d].year for d in ctx.dates_in(list(noun.subtree)) if ctx.dates[d].year]
    if years:
        ctx.add(person, "education", value("degree"), span_of(noun, school), rule=f"{VERSION}:education",
                confidence=0.75, qualifiers=[["school", entity(c)], ["year", value(str(years[0]), "gYear")]])


#: nouns of a degree a field of study hangs from ("a degree in physics", "an astronomy doctorate")
DEGREE_NOUNS = {"degree", "degrees", "doctorate", "doctorates", "phd", "master", "masters", "bachelor",
                "bachelors", "diploma", "b.s.", "m.s.", "ph.d.", "bsc", "msc", "mba", "master's", "bachelor's"}


def _field(ctx: Context, verb: Token, words: list[Token]) -> str | None:
    """The field of study the words give for a degree: "in aeronautics and astronautics" after
    the degree's noun, a noun before it ("an astronomy doctorate"), or the object of "studied"
    ("studied medicine at X"); only common nouns and adjectives, never a name or a date
    ("earned a degree in 1990", "in Houston")."""
    heads = [t for t in words if t.lower_ in DEGREE_NOUNS or t.pos_ == "VERB" and t.lemma_ in _EARN]
    if verb.pos_ == "VERB" and verb.lemma_ in ("study", "graduate", *_EARN):
        heads.append(verb)  # "earned a master's degree in aeronautics": the parser hangs "in" on the verb
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "in" or head.lemma_ == "study" and child.dep_ == "dobj":
                obj = child if child.dep_ == "dobj" else next((o for o in child.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return _field_words(ctx, list(ctx.doc[obj.left_edge.i:obj.right_edge.i + 1]))
            if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < head.i \
                    and child.lower_ not in DEGREE_NOUNS \
                    and ctx.doc[child.i - 1].lower_ != "of":  # not "a bachelor of science degree", "a masters degree"
                return _field_words(ctx, [child])
    return None


def _field_words(ctx: Context, words: list[Token]) -> str | None:
    """The leading run of words that can name a field ("aeronautics and astronautics" of
    "aeronautics and astronautics from MIT in 1990")."""
    run: list[Token] = []
    for t in words:
        named = ctx.named_at.get(t.i) is not None and not (ctx.is_a(t, "ORG") and not _school(ctx, t))
        if t.pos_ not in ("NOUN", "ADJ", "PROPN", "CCONJ") or t.i in ctx.date_at or named:
            break  # a field in capitals the model takes for an organisation is a field: "in Aerospace Engineering"
        run.append(t)
    while run and run[-1].pos_ == "CCONJ":
        run.pop()
    return " ".join(t.text for t in run).lower() if run and any(t.pos_ != "CCONJ" for t in run) else None


def _names_degree(words: Span) -> bool:
    """Whether the words name a degree ("a master's in aeronautics", "a doctorate")."""
    return bool(_DEGREE.search(words.text)) or any(t.lower_ in ("degree", "doctorate", "degrees") for t in words)


#: verbs that take a degree as their object ("holds a doctorate", "earned a master's")
_EARN = {"get", "receive", "earn", "obtain", "hold", "have"}


def _doctorate(ctx: Context, noun: Token, person: int) -> bool:
    """ "In 1979 he became a doctor in electromagnetic radiation at the University of Leeds": a
    doctorate (of medicine when the field is medicine) with its field, school and year, told by
    "become a doctor" with a field after "in" or "of" and a school after "at" or "from"."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "become":
        return False
    fields = [o for w in (noun, verb) for c in w.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
              for o in c.children if o.dep_ == "pobj" and o.is_lower]  # lower case: a field (not "in 1979"),
    # even one the model took for an organisation ("plasma physics")
    schools = [o for w in (noun, verb) for c in w.children if c.dep_ == "prep" and c.lower_ in ("at", "from")
               for o in c.children if o.dep_ == "pobj" and ctx.is_a(o, "SCHOOL")]
    school = ctx.cluster(schools[0]) if schools else None
    field = " ".join(t.lower_ for t in _touching([t for t in fields[0].subtree if t.is_lower and t.is_alpha])) \
        if fields else None
    if field is None or school is None:
        return False
    years = [ctx.dates[d].year for d in ctx.dates_in(ctx.region(verb)) if ctx.dates[d].year]
    q: list[list[Any]] = [["school", entity(school)], ["field", value(field)]]
    if years:
        q.append(["year", value(str(years[0]), "gYear")])
    evidence = span_of(verb, schools[0])
    ctx.add(person, "almaMater", entity(school), evidence, rule=f"{VERSION}:education", confidence=0.75)
    ctx.add(person, "education", value("M.D." if field == "medicine" else "Ph.D."), evidence, qualifiers=q,
            rule=f"{VERSION}:education", confidence=0.7)
    return True


def _degree_alone(ctx: Context, tok: Token) -> None:
    """A degree told without a school of its own clause: "who holds a doctorate in materials
    science", "earned a master's degree in 2001"; "studied physics at X, earning a master's
    degree (1981) and a doctorate (1985)": each degree with its own year, at the school of the
    clause the participle serves."""
    if tok.lemma_ not in _EARN or tok.pos_ not in ("VERB", "AUX"):
        return
    objects = [t for c in tok.children if c.dep_ == "dobj" for t in c.subtree]
    person = ctx.subject_of(tok)
    if not objects or person is None:
        return
    school = _school_of_participle(ctx, tok)
    years = [ctx.dates[d].year for d in ctx.dates_in(ctx.region(tok)) if ctx.dates[d].year]
    field = _field(ctx, tok, objects) or (_field(ctx, tok.head, []) if school is not None else None)
    items = _each_degree(ctx, tok)
    for degree, own in items:
        told = own or (years if len(items) == 1 else [])
        q = [["school", entity(school)]] if school is not None else []
        q += ([["year", value(str(told[0]), "gYear")]] if told else []) + ([["field", value(field)]] if field else [])
        ctx.add(person, "education", value(degree), span_of(tok, objects[-1]), rule=f"{VERSION}:education",
                confidence=0.7, qualifiers=q or None)


def _each_degree(ctx: Context, tok: Token) -> list[tuple[str, list[int]]]:
    """The degrees an earning verb's object names, each with the years told inside its own
    words ("a master's degree (1981) and a doctorate (1985)")."""
    found: list[tuple[str, list[int]]] = []
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        items = [obj, *obj.conjuncts]
        for item in items:
            others = {t.i for c in item.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            words = [t for t in item.subtree if t.i not in others]
            degree = _degree(ctx, words, last=False)
            if degree is not None:
                found.append((degree, [ctx.dates[d].year for d in ctx.dates_in(words) if ctx.dates[d].year]))
        if len(found) < len(items):  # a degree the words do not split ("a B.S. and M.S. in physics"): the first
            whole = _degree(ctx, list(obj.subtree), last=False)
            return [(whole, [])] if whole is not None else []
    return found


def _school_of_participle(ctx: Context, tok: Token) -> int | None:
    """The school of the clause an earning participle serves ("studied physics at X, earning
    ..."): the one school that clause names after "at" or "from"."""
    verb = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or verb.lemma_ not in ("study", "attend", "graduate"):
        return None
    schools = {c for t in ctx.region(verb) if t.i < tok.i and _school(ctx, t) and (c := ctx.cluster(t)) is not None}
    return schools.pop() if len(schools) == 1 else None


def _degree(ctx: Context, tokens: list[Token], *, last: bool) -> str | None:
    """The degree the words name ("a bachelor's degree", "a Sc.D."): the last one before a
    school or the first one after it."""
    run = _touching(tokens[::-1] if last else tokens)  # the words next to the school, not those of
    if not run:                                         # a clause the region leaves out
        return None
    run = sorted(run, key=lambda t: t.i)
    text = ctx.doc[run[0].i:run[-1].i + 1].text
    found = [(m.start(), label) for pattern, label in _DEGREES for m in re.finditer(pattern, text)
             if not _inside_name(ctx, tokens[0], m)]
    if not found:
        return None
    return (max if last else min)(found)[1]


def _touching(tokens: list[Token]) -> list[Token]:
    """The leading run of tokens that follow each other in the text (either way)."""
    run = tokens[:1]
    for t in tokens[1:]:
        if abs(t.i - run[-1].i) != 1:
            break
        run.append(t)
    return run


def alma_mater(ctx: Context, tok: Token) -> None:
    """"X's alma mater was the University of Texas", "from his alma mater, AFIT"."""
    noun = tok.head if tok.head.lower_ == "mater" else tok
    owner = next((ctx.person(c) for c in noun.children if c.dep_ == "poss"), None)
    school = None
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        school = next((c for c in noun.head.children if c.dep_ == "attr"), None)
    if school is None:
        school = next((t for t in window(noun)[1:] if ctx.is_a(t, "SCHOOL", "ORG")), None)
    if owner is None:
        owner = ctx.subject_of(noun)
    if owner is not None and school is not None and ctx.is_a(school, "SCHOOL", "ORG"):
        ctx.add(owner, "almaMater", entity(ctx.cluster(school)), span_of(tok, school),  # type: ignore[arg-type]
                rule=f"{VERSION}:alma-mater", confidence=0.75)


#: nouns of someone studying at a school now ("a student at X", "a physics undergraduate at X",
#: "a 21-year-old senior at X": the years of an American course)
STUDENTS = ["student", "undergraduate", "pupil", "schoolgirl", "schoolboy", "senior", "junior", "sophomore",
            "freshman"]
#: year words of a course ("in her second year at X")
_COURSE_YEARS = {"first", "second", "third", "fourth", "final", "last"}


def student(ctx: Context, tok: Token, span: Span) -> None:
    """"X, a student at the University of Y", "X is a physics student at Y", "X, who is in her
    second year of physics at Y": the school someone attends; not students at a school no name
    stands for ("told students at Y"), nor a teacher's school."""
    tok = span[-1]  # "her second year": the year the words end in
    if tok.lower_ == "year":
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or not any(c.lower_ in _COURSE_YEARS for c in tok.children):
            return
        person = ctx.person(owner)
    else:
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "attr" else None
        if subject is not None and subject.pos_ == "NOUN" and ctx.person(subject) is None:
            return  # "X, whose son is a student at Y": the son's school
        person = described(ctx, tok)
    if person is None:
        return
    for prep in (t for t in tok.subtree if t.lower_ in ("at", "of") and t.dep_ == "prep" and t.head.i >= tok.i):
        for school in (c for c in prep.children if c.dep_ == "pobj" and _school(ctx, c)):
            c = ctx.cluster(school)
            if c is not None:
                ctx.add(person, "almaMater", entity(c), span_of(tok, school), rule=f"{VERSION}:student",
                        confidence=0.75)
                return


def _school(ctx: Context, tok: Token) -> bool:
    """A school, or an organisation someone graduates "from" or studies "at" (an acronym the
    gazetteer does not know, such as "NWC")."""
    if ctx.is_a(tok, "SCHOOL"):
        return True
    return ctx.is_a(tok, "ORG") and tok.head.lower_ in ("from", "at") and tok.dep_ == "pobj"


def _inside_name(ctx: Context, first: Token, m: re.Match[str]) -> bool:
    """Whether a degree-like match (such as "MS") sits inside an entity name."""
    start = first.idx + m.start()
    span = ctx.doc.char_span(start, first.idx + m.end(), alignment_mode="expand")
    return span is not None and any(t.ent_type_ and t.ent_type_ not in ("ORG",) and ctx.is_a(t, "SCHOOL", "PERSON")
                                    for t in span)


def award(ctx: Context, tok: Token, span: Span) -> None:
    if tok.lower_ in ("awards", "medals", "honours", "honors"):
        nums = [c for c in tok.children if c.like_num and c.dep_ == "nummod"]
        person = ctx.subject_of(tok)
        if nums and person is not None:
            ctx.add(person, "awardCount", value(nums[0].text.replace(",", ""), "integer"), span_of(nums[0], tok),
                    rule=f"{VERSION}:awards", confidence=0.75)
        elif person is not None:  # "a recipient of the Hero of the Soviet Union and Order of Lenin awards"
            for c in distinct(ctx, _awards_before(ctx, tok)):
                ctx.add(person, "award", entity(c), span, rule=f"{VERSION}:award", confidence=0.8)
        return
    person = ctx.subject_of(tok)
    if person is None:
        return
    for c in distinct(ctx, [t for t in ctx.region(tok) if ctx.is_a(t, "AWARD")]):
        ctx.add(person, "award", entity(c), span, rule=f"{VERSION}:award", confidence=0.8)


def _awards_before(ctx: Context, noun: Token) -> list[Token]:
    """The named awards listed right before a plural "awards" ("the Hero of the Soviet Union and
    Order of Lenin awards"): names joined by "and" or commas, nothing else between."""
    found: list[Token] = []
    for t in reversed(ctx.doc[noun.sent.start:noun.i]):
        if ctx.is_a(t, "AWARD"):
            found.append(t)
        elif t.lower_ not in ("and", ",", "the"):
            break
    return found


def chief(ctx: Context, tok: Token, span: Span) -> None:
    """"served as Chief of the Astronaut Office in 1963"; "was chief of the astronaut office from
    1990 to 1994": each year of the span, so that the chief of 1992 is known."""
    person = ctx.subject_of(tok)
    held = years_held(ctx, tok)
    years = list(range(held[0], held[1] + 1)) if held is not None else [
        ctx.dates[d].year for d in ctx.dates_in(window(span[-1]) + ctx.region(tok.head)) if ctx.dates[d].year][:1]
    for year in years if person is not None else []:
        ctx.add(person, "chiefOfAstronautOffice", value(str(year), "gYear"), span,  # type: ignore[arg-type]
                rule=f"{VERSION}:chief", confidence=0.7)


def serves(ctx: Context, sent: Span) -> None:
    """"flew jets for the Royal Air Force", "flies for the Canadian Space
    Agency", "trained as a pilot in the Italian Air Force", "works for the Institute of
    Biomedical Problems", "works as a data engineer at Lockheed Martin", "spent 20 years at
    Nasa", "B of the Italian Air Force": who someone works for; a former employer when the time
    there has ended ("worked for ESA until 2019", "served with the CSA from 2009 to 2020", "spent 20 years at Nasa
    before joining Axiom", "after two decades with ESA")."""
    for tok, c in ctx.in_sentence(sent, "AGENCY", "ORG", "SCHOOL"):
        root = mention(ctx, tok).root
        if root.dep_ == "pobj" and root.head.lower_ == "of" and ctx.labels[c] != "SCHOOL":
            _named_of(ctx, root.head, c)
            continue
        if root.dep_ != "pobj" or root.head.lower_ not in ("for", "in", "with", "at"):
            continue
        tenure = _tenure(root.head) if ctx.labels[c] != "SCHOOL" else None
        if tenure is not None:
            verb, ended = tenure
        else:
            found = next((a for a in ancestors(root)[:4] if a.pos_ == "VERB"), None)
            if found is None or found.lemma_ not in ("fly", "work", "serve", "train") \
                    or root.head.lower_ == "at" and found.lemma_ != "work":
                continue  # "works as a data engineer at X" is a job there; "trained at X" need not be
            if ctx.labels[c] == "SCHOOL" and not (found.lemma_ == "work" and root.head.lower_ in ("for", "at")):
                continue  # "works for the Institute of ..." is a job; "trained in a college" is schooling
            verb, ended = found, _ended(ctx, found)
        person = ctx.subject_of(verb)
        if person is not None:
            ctx.add(person, "employer", entity(c), span_of(verb, root), rule=f"{VERSION}:serves",
                    confidence=0.65, modality="former" if ended else "reported")


def _named_of(ctx: Context, of: Token, org: int) -> None:
    """"Lt. Col. A of the Italian Air Force", "B, of the National Research Council,": an
    organisation set after a name with "of" is the person's employer, as reporters list a crew."""
    person = name_before_of(ctx, of)
    if person is not None:
        ctx.add(person, "employer", entity(org), span_of(of.head, *of.subtree), rule=f"{VERSION}:serves",
                confidence=0.65)


#: nouns of a stay long enough to be a career ("20 years at Nasa", "two decades with ESA")
_TENURE = {"year", "years", "decade", "decades"}
#: words before the date a time somewhere ended ("until 2019", "from 2009 to 2020")
_UNTIL = {"until", "till", "through", "to"}


def _tenure(prep: Token) -> tuple[Token, bool] | None:
    """The verb of a career told by its length ("spent 20 years at Nasa", "after two decades
    with ESA, she joined Axiom"), and whether it has ended: a past "spent", or "after"; not
    "has spent 20 years at Nasa"."""
    head = prep.head
    if head.lemma_ == "spend" and any(c.dep_ in ("dobj", "npadvmod") and c.lower_ in _TENURE for c in head.children):
        return head, _past(head)
    if head.lower_ not in _TENURE:
        return None
    if head.dep_ in ("dobj", "npadvmod") and head.head.lemma_ == "spend":
        return head.head, _past(head.head)
    if head.dep_ == "pobj" and head.head.lower_ in ("after", "following") and head.head.head.i != head.head.i:
        return head.head.head, True
    return None


def _past(verb: Token) -> bool:
    """A simple past or a past perfect ("spent", "had spent"), not a present perfect."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _ended(ctx: Context, verb: Token) -> bool:
    """Whether a past job is told with the date it ended: "worked for ESA until 2019",
    "served with the CSA from 2009 to 2020"."""
    if not _past(verb):
        return False
    region = ctx.region(verb)
    dated = {t.i for t in region if ctx.date_at.get(t.i + 1) is not None}
    return any(t.i in dated and (t.lower_ != "to" or any(f.lower_ == "from" and f.i in dated for f in region))
               for t in region if t.lower_ in _UNTIL)


def member_of(ctx: Context, sent: Span) -> None:
    """"Ivan Petrov of Roscosmos": who works for whom; "NASA's Apollo 8 crew": who
    runs a mission."""
    for tok, c in ctx.in_sentence(sent, "AGENCY"):
        span = mention(ctx, tok)
        root = span.root
        head = root.head
        if root.dep_ == "poss" or (root.dep_ in ("compound", "amod", "nmod") and head.lower_ in (
                "operated", "run", "mission", "flight", "program", "programme")):
            owned = [t for t in [head, *head.children, *head.subtree] if ctx.is_a(t, *MISSIONS)]
            for m in distinct(ctx, owned)[:1]:
                ctx.add(m, "operator", entity(c), span_of(root, head), rule=f"{VERSION}:operator",
                        confidence=0.7)
        member = _named_before(ctx, head) if root.dep_ == "pobj" and head.lower_ == "of" else None
        for one in _sharing_of(ctx, member, head, sent) if member is not None else []:
            ctx.add(one, "employer", entity(c), span_of(ctx.doc[max(sent.start, head.i - 1)], root),
                    rule=f"{VERSION}:member", confidence=0.7)


def _named_before(ctx: Context, of: Token) -> int | None:
    """The person an "of" follows: the name right before it, wherever the parse hangs the
    phrase ("A of Nasa and B of JAXA" often hangs both of-phrases on A), else its head."""
    before = ctx.person(ctx.doc[of.i - 1]) if of.i > of.sent.start else None
    return before if before is not None else ctx.person(of.head)


def _sharing_of(ctx: Context, member: int, of: Token, sent: Span) -> list[int]:
    """Who an "of X" after a name applies to: that name and the names joined to it by "and"
    just before it ("A and B of Nasa, C of JAXA": A and B of Nasa); the last name alone in a
    longer list ("A, B and C of JAXA") or when one of those names has an organisation of its
    own anywhere in the article ("Nasa's A and B and C of ESA")."""
    doc = ctx.doc
    i = _mention_start(ctx, of.i - 1, sent)
    run: list[int] = []
    while i - 2 >= sent.start and doc[i - 1].lower_ == "and":
        c = ctx.named_at.get(i - 2)
        if c is None or ctx.labels[c] != "PERSON" or c == member or c in run:
            break
        run.append(c)
        i = _mention_start(ctx, i - 2, sent)
    listed = i - 2 >= sent.start and doc[i - 1].text == "," and ctx.person(doc[i - 2]) is not None
    if listed or any(_affiliated(ctx, c) for c in run):  # "Nasa's A and B and C of ESA": C's alone
        return [member]
    return [member, *run]


def _mention_start(ctx: Context, i: int, sent: Span) -> int:
    """The first token of the name a token belongs to."""
    c = ctx.named_at.get(i)
    while i > sent.start and c is not None and ctx.named_at.get(i - 1) == c:
        i -= 1
    return i


def _affiliated(ctx: Context, person: int) -> bool:
    """Whether the article gives a person an organisation of their own: "X of Nasa",
    "Nasa's X"."""
    doc = ctx.doc
    for start, end in ctx.clusters[person]["mentions"]:
        if end < len(doc) and doc[end].lower_ == "of" or start >= 2 and doc[start - 1].lower_ in ("'s", "’s") \
                and ctx.is_a(doc[start - 2], "AGENCY", "ORG"):
            return True
    return False


def flyer_since(ctx: Context, tok: Token, span: Span) -> None:
    """"X has been an astronaut since 1990", "X, a NASA astronaut since 2004": the year X was
    chosen, and the agency the noun names. Only a noun that says what X is ("is", or set beside
    the name) with "a"/"an": "the first astronaut since 1990 to ..." is a ranking, "met an
    astronaut since ..." someone else, and a year after "since" on anything else ("the station
    has been crewed since 2000") is no one's selection."""
    year = span[-1]
    if tok.dep_ not in ("attr", "appos") or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) \
            or not 1950 < int(year.text) < 2100 or ctx.date_at.get(year.i) is None:
        return  # a figure, not a year
    person = ctx.subject_of(tok, limit=3)
    if person is None:
        return
    evidence = span_of(tok, year)
    ctx.add(person, "selectionYear", value(year.text, "gYear"), evidence, rule=f"{VERSION}:flyer-since",
            confidence=0.8)
    for c in distinct(ctx, [t for t in tok.lefts if t.dep_ in ("compound", "poss", "nmod", "amod")
                            and ctx.is_a(t, "AGENCY")])[:1]:
        ctx.add(person, "selectedBy", entity(c), evidence, rule=f"{VERSION}:flyer-since", confidence=0.8)
