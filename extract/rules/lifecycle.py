"""Where someone comes from and how old they are. Births, deaths and retirements are events,
read by their frames (extract/frames)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract import extensions
from extract.components.context import Context, date, entity, span_of, value
from extract.components.found import DateRef
from extract.frames.about import about
from extract.rules.common import COUNTRIES, VERSION, described, distinct, mention, name_before_of
from extract.rules.places import innermost

#: roles whose "from X" names whom the person represents, not where they come from
_CONSTITUENCY = {"senator", "congressman", "congresswoman", "politician", "representative", "governor"}


def origin(ctx: Context, tok: Token, span: Span) -> None:
    """"X is from Zaoyang", "X hails from Zaoyang", "X, a coach from Zaoyang", "X from the People's
    Republic of China": where someone comes from
    (a country as the nationality, a town as the hometown); "X from JAXA": whom they work for."""
    head = tok.head
    role_of = described(ctx, head) if (head.lower_ in ctx.roles or _described_aside(ctx, head)) \
        and head.lower_ not in _CONSTITUENCY else None
    fronted = _fronted_origin(ctx, tok)
    told = head.lemma_ in _FROM_VERBS
    if not (told or ctx.person(head) is not None or role_of is not None or fronted is not None):
        return
    if told and _of_kin(head):
        return  # "Her mother is originally from San Juan": the mother's town, not hers
    subject = fronted if fronted is not None else ctx.person(head) if ctx.person(head) is not None \
        else role_of if role_of is not None else _told_of(ctx, head)
    if subject is None:
        return
    places = [t for t in tok.subtree if t.i > tok.i and ctx.is_a(t, "PLACE")]
    agencies = [t for t in tok.subtree if t.i > tok.i and ctx.is_a(t, "AGENCY")]
    for c in distinct(ctx, agencies)[:1]:  # "astronaut X from the Japan Aerospace Exploration Agency": X's employer
        ctx.add(subject, "employer", entity(c), span_of(tok, *agencies), rule=f"{VERSION}:from", confidence=0.65)
    for c in distinct(ctx, places):
        if ctx.clusters[c]["name"] in COUNTRIES:
            ctx.add(subject, "nationality", entity(c), span_of(tok, *places), rule=f"{VERSION}:from",
                    confidence=0.6)
    for c in innermost(ctx, places):  # "an astronaut from Spokane": the town they come from, not their birthplace
        if ctx.clusters[c]["name"] not in COUNTRIES:
            ctx.add(subject, "hometown", entity(c), span_of(tok, *places), rule=f"{VERSION}:from",
                    confidence=0.6)


def named_of(ctx: Context, sent: Span) -> None:
    """"Jane Korr of Calgary", "Dana Voss, of Lebanon, Mo.,": a place set after a name with "of"
    is where the person comes from, as reporters list a class or a crew (a country as the
    nationality, a town as the hometown)."""
    done: set[int] = set()
    for tok, c in ctx.in_sentence(sent, "PLACE"):
        name = mention(ctx, tok)
        root = name.root
        if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.i in done \
                or any(w.i < name.start and w.is_title for w in root.lefts):
            continue  # not "X of Fort Saskatchewan" read as "Saskatchewan": a name cut short
        person = name_before_of(ctx, root.head)
        if person is None:  # "the mayor of Tulsa", "Voss, the governor of Ohio": no name before the "of"
            continue
        places = [t for t in root.head.subtree if t.i > root.head.i and ctx.is_a(t, "PLACE")]
        if ctx.clusters[c]["name"] in COUNTRIES:
            ctx.add(person, "nationality", entity(c), span_of(root.head, *places), rule=f"{VERSION}:of",
                    confidence=0.6)
        else:
            for one in innermost(ctx, places)[:1]:
                if ctx.clusters[one]["name"] not in COUNTRIES:
                    ctx.add(person, "hometown", entity(one), span_of(root.head, *places), rule=f"{VERSION}:of",
                            confidence=0.6)
        done.add(root.head.i)


#: verbs whose "from X" says where their subject comes from ("is from", "hails from")
_FROM_VERBS = {"be", "hail"}


def _described_aside(ctx: Context, noun: Token) -> bool:
    """Whether a noun is set beside a name to say what the person is ("X, 46, a wellness coach
    from Y"), so its "from" names the person's place whatever the job is; only a place named
    outright, not one inside another noun ("the farm girl from a southern Iowa town": a town
    the words do not name)."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or ctx.person(noun.head) is None:
        return False
    return any(c.dep_ == "pobj" and ctx.is_a(c, "PLACE") for p in noun.children if p.lower_ == "from"
               for c in p.children)


#: nouns of someone's parents and forebears: where they come from is theirs, not the person's
_KIN = {"mother", "father", "parent", "parents", "mom", "dad", "grandmother", "grandfather", "grandparents",
        "grandparent", "family", "ancestors", "forebears", "wife", "husband", "brother", "sister"}


def _of_kin(verb: Token) -> bool:
    """Whether a verb's subject is someone's kin ("his father was from Krakow")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _KIN for c in verb.children)


def _fronted_origin(ctx: Context, tok: Token) -> int | None:
    """The person "Originally from Fort Collins, X earned..." tells of: the subject of the verb
    a fronted "originally from" hangs from."""
    if not any(c.dep_ == "advmod" and c.lower_ == "originally" for c in tok.children) or tok.head.pos_ != "VERB":
        return None
    subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i), None)
    return ctx.person(subject) if subject is not None else None


def age(ctx: Context, tok: Token, span: Span) -> None:
    """", 41,", "is 41.", "aged 41", "at the age of 41", "At 58, X", "the 41-year-old X", "X, a
    41-year-old engineer", "turned 60": the age of the person the words are told of (an age
    at a dated event, "died in 2021 at the age of 87", with that date), or of each of those a
    plural names ("the three 42-year-old astronauts -- A, B and C")."""
    nums = [t for t in span if t.like_num]
    if not nums:
        return
    number = nums[0]
    if not number.text.isdigit() or not 0 < int(number.text) < 120 or span[0].lower_ == "at" and int(number.text) < 16:
        return  # "At 58, Ruiz is the oldest", not "at 9, the hatch opened"
    past = _past_deed(span)
    if past is not None and not [d for d in ctx.dates_in(ctx.region(past)) if ctx.dates[d].year]:
        return  # "As a 3-year-old, X told her parents": not X's age now (with a year, an age then)
    mishap = _mishap(span)
    if mishap is not None and not [d for d in ctx.dates_in(ctx.region(mishap)) if ctx.dates[d].year]:
        return  # "lost his leg in a crash at the age of 19": an age then, with no year to date it
    doc = ctx.doc
    if span[0].text == "," and span[1].lower_ in ("both", "all"):  # "A and B, both 34, were born in the 1990s"
        for one in _named_right_before(ctx, span.start):
            ctx.add(one, "age", value(number.text, "integer"), span, qualifiers=[["unit", value("year")]],
                    rule=f"{VERSION}:age", confidence=0.8)
        return
    if span[0].text == ",":  # "Ruiz, 41, ...": only right after a name, and no other figure
        if span.start == 0 or ctx.person(doc[span.start - 1]) is None or number.ent_type_ in ("MONEY", "QUANTITY") \
                or span.end < len(doc) and doc[span.end].like_num:
            return
        word = number
    elif span[0].lower_ in ("was", "is"):
        if span[-1].text not in (".", ",", ";"):
            return  # "is 41-" or "is 41?": not an age said plainly
        word = span[0]
        if span[0].lower_ == "was" and _age_then(ctx, span) is None:
            return  # "He was only 27 years old.": an age at the event told, never now; with no year, no date
    elif span[0].lemma_ == "turn":  # "who turns 70 today", "turned 60 on Sunday"
        after = doc[span.end] if span.end < len(doc) else None
        if any(c.lower_ in ("will", "would", "could") for c in span[0].children) or after is not None and (
                after.pos_ in ("NOUN", "PROPN") and after.lower_ not in ("years", "today", "tomorrow")):
            return  # "will turn 50" (not yet), "turned 90 degrees"
        if any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ not in ("who", "that") for c in span[0].children):
            return  # "the same month he turned 60": a pronoun is resolved by nearness, often to the wrong name
        told = span[0].head.head if span[0].head.dep_ == "appos" else span[0].head  # "X, a pilot that turned 60"
        if span[0].dep_ == "relcl" and ctx.person(told) is None and any(
                c.dep_ == "nsubj" and c.lower_ == "that" for c in span[0].children):
            return  # "Y, a company that turned 25": the age of the thing the clause tells of
        word = span[0]
    else:
        word = span.root  # "aged 41"; "the 41-year-old", a person itself (the reference component's)
        if word.dep_ in ("prep", "pobj", "advcl") and ctx.person(word) is None:
            while word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
                word = word.head  # "At 58, X is", "flew at the age of 41", "dies aged 90": the verb it tells of
    head = span.root.head if span.root.dep_ in ("amod", "compound") else span.root
    group = _listed_after(ctx, head) if head.tag_ == "NNS" else []  # "the three 42-year-old astronauts -- A, B"
    person = _fronted_name(ctx, head)
    person = person if person is not None else _told_of(ctx, word)
    people = [p for p in group if ctx.labels[p] == "PERSON"] or ([person] if person is not None else [])
    if not people:
        return
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), span.root.head)
    region = ctx.region(verb if span[0].lower_ == "age" else span.root.head)  # "in 1998 at the age of 77"
    dated = [d for d in ctx.dates_in(region) if ctx.dates[d].year]
    then = [d for d in ctx.dates_in(ctx.region(past)) if ctx.dates[d].year] if past is not None else []
    for one in people:
        ctx.add(one, "age", value(number.text, "integer"), span, qualifiers=[["unit", value("year")]],
                as_of=date(dated[0]) if dated and span[0].lower_ == "age" else date(then[0]) if then else
                date(when) if span[0].lower_ == "was" and (when := _age_then(ctx, span)) is not None else None,
                rule=f"{VERSION}:age",
                confidence=0.8)


#: an ordinal written in figures: "42nd", "60th"
_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")


def birthday(ctx: Context, tok: Token, span: Span) -> None:
    """"launched on Oct. 14 (her 42nd birthday)", "landed on Sunday, his 70th birthday", "will
    celebrate his 47th birthday aboard the station on Sunday": the person whose birthday it is
    was that old on the day the sentence gives (the birthday's own date, else its clause's), or
    on the article's date when it gives none. Not an agency's or a programme's ("the agency's
    60th birthday"), nor an age in words alone ("her birthday")."""
    number = _ORDINAL.match(ctx.doc[tok.i - 1].text) if tok.i > 0 else None
    if number is None or not 16 <= int(number.group(1)) < 120:
        return
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        return
    if owner.pos_ == "PRON" and any(t.lower_ in _OTHERS for t in ctx.doc[tok.sent.start:tok.i]):
        return  # "X's daughter had her 16th birthday"
    person = ctx.person(owner)
    if person is None and owner.pos_ == "PRON":
        person = _told_of(ctx, tok)
    if person is None:
        return
    day = _day_before(ctx, ctx.doc[tok.i - 1])  # "on Oct. 14 (her 42nd birthday)", "on Sunday, his 70th birthday"
    if day is None:
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok.head)
        days = [d for d in ctx.dates_in(ctx.region(verb)) if ctx.dates[d].day or ctx.dates[d].weekday
                or ctx.dates[d].relative]
        day = days[0] if days else None
    ctx.add(person, "age", value(number.group(1), "integer"), span_of(ctx.doc[tok.i - 1], tok),
            qualifiers=[["unit", value("year")]], as_of=date(day, recent=True) if day is not None else None,
            rule=f"{VERSION}:birthday", confidence=0.8)


def born_short(ctx: Context, tok: Token, span: Span) -> None:
    """"Abdul Ahad Mohmand (b. January 1, 1959) was ...": a reference work's "b." in the
    brackets right after a person's name, before the date and nothing else, is the birth of
    that person (an "(b." after anything else, "(b. 2)", is none)."""
    name = ctx.named_at.get(tok.i - 1) if tok.i > 0 else None
    close = next((t for t in ctx.doc[span.end:span.end + 8] if t.text == ")"), None)
    if name is None or ctx.labels[name] != "PERSON" or close is None:
        return
    days = ctx.dates_in(ctx.doc[span.end:close.i])
    inside = {t.i for t in ctx.doc[span.end:close.i] if not t.is_punct}
    if len(days) == 1 and ctx.dates[days[0]].year and inside <= {i for i, d in ctx.date_at.items() if d == days[0]}:
        ctx.add(name, "birthDate", date(days[0]), span_of(*ctx.doc[tok.i:close.i + 1]), rule=f"{VERSION}:born",
                confidence=0.85)


#: people whose birthday a pronoun may tell of in a sentence about someone else's
_OTHERS = _KIN | {"daughter", "son", "child", "children", "granddaughter", "grandson", "friend", "colleague",
                  "crewmate", "daughters", "sons"}


def _day_before(ctx: Context, ordinal: Token) -> int | None:
    """The date a birthday is set beside: the one that ends right before it and its owner,
    across a comma or an opening bracket ("on Oct. 14 (her 42nd birthday)")."""
    i = ordinal.i - 1
    while i > ordinal.sent.start and (ctx.doc[i].dep_ == "poss" or ctx.doc[i].text in ("(", ",", "--", "—", "'s")):
        i -= 1
    return ctx.date_at.get(i)


def _named_right_before(ctx: Context, end: int) -> list[int]:
    """The people named in the run of names joined by "and" or commas that ends right before
    ``end`` ("Song Lingdong and Wang Haoze" in "A and B, both 34,"); none when anything else
    comes between them."""
    found: list[int] = []
    i = end - 1
    start = ctx.doc[end].sent.start
    while i >= start:
        t = ctx.doc[i]
        c = ctx.named_at.get(i)
        if c is not None and ctx.labels[c] == "PERSON":
            if c not in found:
                found.append(c)
        elif t.lower_ not in ("and", ",") or not found:
            break
        i -= 1
    return found[::-1] if len(found) > 1 else []


def _age_then(ctx: Context, span: Span) -> int | None:
    """The date of the event a past-tense age is told at ("flew in 1998. He was 43 years old.",
    "died yesterday. She was 61."): the first in its sentence, else the nearest in the sentences
    before it in its paragraph; None when there is none (an undated event's age is no age now)."""
    sent = span.sent
    start = extensions.text(ctx.doc).rfind("\n", 0, span.start_char) + 1
    dated = [d for d in ctx.dates_in([t for t in ctx.doc[:sent.end] if t.idx >= start])
             if ctx.dates[d].year or ctx.dates[d].relative or ctx.dates[d].weekday]  # "died yesterday", "on Monday"
    in_sentence = [d for d in dated if ctx.dates[d].start >= sent.start_char]
    own = None if in_sentence else _own_flight_date(ctx, span)  # "At the time of his flight, X was 60"
    found = in_sentence[:1] or ([own] if own is not None else dated[-1:])
    return found[0] if found else None


#: nouns of the flight an age is told at ("at the time of his flight")
_FLIGHT_NOUNS = {"flight", "launch", "spaceflight", "mission", "liftoff", "blastoff"}


def _own_flight_date(ctx: Context, span: Span) -> int | None:
    """The launch date the article gives the one an age is told of, when the sentence places
    the age at their own flight ("At the time of his flight, X was 60 years old."): the only
    date the article's launch facts give that person, else None."""
    verb = span[0]
    sent = [t for t in verb.sent]
    owners = [p for t in sent if t.lower_ == "time" and t.head.lower_ == "at" for c in t.children if c.lower_ == "of"
              for o in c.children if o.lower_ in _FLIGHT_NOUNS for p in o.children
              if p.dep_ == "poss" and p.pos_ == "PRON"]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    person = ctx.person(subject) if subject is not None else None
    if not owners or person is None or any(ctx.person(p) not in (None, person) for p in owners):
        return None  # "At the time of her flight, X was 60", "her" another: not X's flight
    dates = {f.object.index for f in ctx.facts if f.subject == person and f.predicate == "launchDate"
             and isinstance(f.object, DateRef) and f.modality == "reported"}
    return next(iter(dates)) if len(dates) == 1 else None


def _past_deed(span: Span) -> Token | None:
    """The past deed an age is told as the time of, not the person's age now: "As a 3-year-old,
    X told her parents...", "When she was 12, X built a rocket", "rode into space in 1983 when
    she was 32" (a "when"/"while" clause or an "as a N-year-old" phrase on a past-tense verb):
    that verb, whose date (if any) the age is as of. "At 25, X was the youngest ..." tells of
    then too (:func:`_fronted_then`)."""
    root = _words(span).root
    then = _fronted_then(root)
    if then is not None:
        return then
    for t in (root, *root.ancestors):
        if t.lower_ == "as" and t.dep_ == "prep":
            return t.head if t.head.tag_ in ("VBD", "VBN") else None
        if t.dep_ == "advcl" and any(c.lower_ in _THEN_WORDS for c in t.children):
            return t.head if t.tag_ == "VBD" else None
        if t.pos_ == "VERB" and t.dep_ != "advcl":
            return None
    return None


#: what befalls a person once, whose age then is no age now ("lost a leg at 19")
_MISHAPS = {"lose", "amputate", "injure", "wound", "paralyze", "paralyse", "diagnose", "contract", "break",
            "suffer", "survive", "orphan", "accident", "crash", "injury", "illness", "amputation", "diagnosis",
            "fall", "collision"}


def _mishap(span: Span) -> Token | None:
    """The mishap an "at (the) age (of) N" phrase hangs from: a verb of one ("lost an eye at
    age 12", "was paralysed at the age of 20") or an event's noun ("after a crash at the age
    of 19"); None for an age at a deed it dates ("died at the age of 87", "flew at 77", "will
    command the flight at 41")."""
    at = next((t for t in (span[0], *span.root.ancestors) if t.lower_ == "at" and t.dep_ == "prep"), None)
    if at is None:
        return None
    host = at.head
    return host if host.lemma_ in _MISHAPS else None


#: words that open a clause telling of another time ("when she was 10", "since he was 7")
_THEN_WORDS = {"when", "while", "since", "until", "till"}


def _words(span: Span) -> Span:
    """The span without its closing punctuation, whose root is the age's own word: the root
    of "was 10 years old." is the full stop, which hangs from the main verb."""
    return span[:-1] if len(span) > 1 and span[-1].is_punct else span


def _fronted_then(root: Token) -> Token | None:
    """The past verb a fronted "At 25," hangs from ("At 25, X was the youngest man to fly"): an
    age at that deed, not the person's age now ("At 61, X is the oldest" is)."""
    if root.lower_ != "at" or root.dep_ != "prep" or root.i != root.sent.start:
        return None
    return root.head if root.head.tag_ == "VBD" else None


def _listed_after(ctx: Context, noun: Token) -> list[int]:
    """The people a plural noun names: a plural reference's, else those set off right after it
    ("the three astronauts -- A, B and C --", "the two astronauts, A and B,")."""
    group = (ctx.group_at or {}).get(noun.i, [])
    doc = ctx.doc
    if group or noun.i + 1 >= len(doc) or doc[noun.i + 1].text not in ("--", "—", ",", "(", ":"):
        return group
    found: list[int] = []
    for t in doc[noun.i + 2:noun.sent.end]:
        if t.text in ("--", "—", ")") or t.pos_ in ("VERB", "AUX"):
            break
        p = ctx.person(t) if ctx.named_at.get(t.i) is not None else None
        if p is not None and p not in found:
            found.append(p)
        elif p is None and not t.is_punct and t.lower_ != "and" and ctx.named_at.get(t.i) is None:
            break  # a list of names only
    return found


def _fronted_name(ctx: Context, noun: Token) -> int | None:
    """The name right after a fronted description and its comma, when both are the subject of one
    verb ("A 41-year-old former navy doctor, Ito drew attention ..."): the person it describes."""
    end = noun.right_edge.i  # "A 29-year-old teacher from Ohio, Mina Ford won ..."
    after = ctx.doc[end + 2] if end + 2 < len(ctx.doc) and ctx.doc[end + 1].text == "," else None
    if after is None or noun.dep_ not in ("nsubj", "dep", "npadvmod") or ctx.named_at.get(after.i) is None:
        return None
    named = mention(ctx, after)
    return ctx.person(after) if named.root.dep_ == "nsubj" and named.root.head.i == noun.head.i else None


def _told_of(ctx: Context, word: Token) -> int | None:
    """The person a word is told of: the one it names or stands for ("the 41-year-old", read
    by the reference component), else whom the shared strategy finds
    (:func:`extract.frames.about.about`)."""
    p = ctx.person(word)
    if p is not None:
        return p
    people = [c for c in about(ctx, word).people if ctx.labels[c] == "PERSON"]
    return people[0] if people else None
