"""Lives: birth (date and place), death (date and place), where someone comes from, age,
retirement and status."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import CLAUSE_DEPS, Context, date, entity, span_of, value
from extract.rules.common import COUNTRIES, VERSION, described, distinct, window
from extract.rules.places import described_place, innermost

#: roles whose "from X" names whom the person represents, not where they come from
#: military ranks: "a retired Marine colonel" left the army, not the astronaut corps
_RANKS = {"colonel", "general", "captain", "major", "admiral", "lieutenant", "commander", "officer", "sergeant"}
_CONSTITUENCY = {"senator", "congressman", "congresswoman", "politician", "representative", "governor"}


def birth(ctx: Context, tok: Token, span: Span) -> None:
    if tok.lower_ == "native" or tok.lower_ in ("birthplace", "birth"):
        sent = tok.sent
        people = ctx.in_sentence(sent, "PERSON")
        if not people:
            return
        owner = [ctx.person(t) for t in span[-1].subtree if t.i > span[-1].i and ctx.person(t) is not None]
        subject = owner[0] if owner else ctx.subject_of(tok)
        subject = subject if subject is not None else people[0][1]
        elsewhere = {x.i for t in sent if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX")
                     and tok not in t.subtree for x in t.subtree}  # "..., who retired on September 1st, 1969"
        region = [t for t in sent if not ctx.person(t) and t.i not in elsewhere]
        if tok.lower_ == "birth" and span[-1].lower_ == "date":
            _dated(ctx, subject, "birthDate", region, span)
            return
        _places(ctx, subject, "birthPlace", region, span, rule="birthplace")
        _dated(ctx, subject, "birthDate", region, span)
        return
    subject, region = born(ctx, tok)
    if subject is None:
        return
    _places(ctx, subject, "birthPlace", region, span, rule="born", countries=False)
    if not ctx.dates_in(region):  # "Born in Sarnia, on August 29, 1959, Hadfield flew": the parse
        region = [t for t in window(tok) if not ctx.person(t)]  # hangs the date on "flew"
    _dated(ctx, subject, "birthDate", region, span)


def born(ctx: Context, tok: Token) -> tuple[int | None, list[Token]]:
    """Who "born" is about (its subject, else the one person the sentence names) and the
    words of its clause, people left out."""
    subject = ctx.subject_of(tok)
    if subject is None:
        people = ctx.in_sentence(tok.sent, "PERSON")
        if len({c for _, c in people}) != 1:
            return None, []
        subject = people[0][1]
    return subject, [t for t in ctx.region(tok) if not ctx.person(t)]


def origin(ctx: Context, tok: Token, span: Span) -> None:
    """"X is from Zaoyang", "X from the People's Republic of China": where someone comes from."""
    head = tok.head
    role_of = described(ctx, head) if head.lower_ in ctx.roles and head.lower_ not in _CONSTITUENCY else None
    if not (head.lemma_ == "be" or ctx.person(head) is not None or role_of is not None):
        return
    subject = ctx.person(head) if ctx.person(head) is not None else role_of if role_of is not None \
        else ctx.subject_of(head)
    if subject is None:
        return
    places = [t for t in tok.subtree if t.i > tok.i and ctx.is_a(t, "PLACE")]
    for c in distinct(ctx, places):
        if ctx.clusters[c]["name"] in COUNTRIES:
            ctx.add(subject, "nationality", entity(c), span_of(tok, *places), rule=f"{VERSION}:from",
                    confidence=0.6)
    for c in innermost(ctx, places):
        if ctx.clusters[c]["name"] not in COUNTRIES:
            ctx.add(subject, "birthPlace", entity(c), span_of(tok, *places), rule=f"{VERSION}:from",
                    confidence=0.6)


def _places(ctx: Context, subject: int, prop: str, region: list[Token], evidence: Span, *, rule: str,
            countries: bool = True) -> None:
    places = [t for t in region if ctx.is_a(t, "PLACE") and t.i > evidence.start - 8
              and not described_place(ctx, t)]
    for c in distinct(ctx, places):
        if countries and ctx.clusters[c]["name"] in COUNTRIES:
            ctx.add(subject, "nationality", entity(c), evidence, rule=f"{VERSION}:{rule}", confidence=0.6)
    for c in innermost(ctx, places):
        if ctx.clusters[c]["name"] not in COUNTRIES:
            ctx.add(subject, prop, entity(c), evidence, rule=f"{VERSION}:{rule}", confidence=0.85)


def _dated(ctx: Context, subject: int, prop: str, region: list[Token], evidence: Span, *,
           recent: bool = False) -> None:
    """The first date of a region with a year or relative to the article ("on Monday"); with
    ``recent``, also a day and month that the article's date completes ("died on May 3"
    in an obituary), which a birth date never is."""
    for d in ctx.dates_in(region):
        found = ctx.dates[d]
        if found.year or found.weekday or found.relative or recent and found.month:
            ctx.add(subject, prop, date(d, recent=recent), evidence, rule=f"{VERSION}:{prop}", confidence=0.85)
            return


def age(ctx: Context, tok: Token, span: Span) -> None:
    nums = [t for t in span if t.like_num]
    if not nums:
        return
    number = nums[0]
    if not number.text.isdigit() or not 0 < int(number.text) < 120 or span[0].lower_ == "at" and int(number.text) < 16:
        return  # "At 58, Ruiz is the oldest", not "at 9, the hatch opened"
    person = None
    if span[-1].lower_ == "old" and span[-1].dep_ == "amod" and span[-1].head.pos_ in ("NOUN", "PROPN") \
            and ctx.person(span[-1].head) is None:
        return
    if span[0].text == ",":
        before = ctx.doc[span.start - 1] if span.start > 0 else None
        person = ctx.person(before) if before is not None else None
        if person is None or number.ent_type_ in ("DATE", "MONEY", "QUANTITY") and number.ent_type_ != "DATE":
            return
        if span.end < len(ctx.doc) and ctx.doc[span.end].like_num:
            return
    elif span[0].lower_ in ("was", "is"):
        person = ctx.subject_of(span[0])
        if span.end < len(ctx.doc) and ctx.doc[span.end - 1].text not in (".", ",", ";"):
            return
    else:
        person = ctx.subject_of(span.root)
        if person is None and span[-1].lower_ == "old":
            refs = [r for r in ctx.doc._.astrokg_refs or [] if r[0] <= span.start < r[1]]
            person = refs[0][2] if refs else None
    if person is None:
        return
    region = ctx.region(span.root.head)
    dated = [d for d in ctx.dates_in(region) if ctx.dates[d].year]
    ctx.add(person, "age", value(number.text, "integer"), span, qualifiers=[["unit", value("year")]],
            as_of=date(dated[0]) if dated and span[0].lower_ == "age" else None, rule=f"{VERSION}:age",
            confidence=0.8)


def retire(ctx: Context, tok: Token, span: Span) -> None:
    person = ctx.subject_of(tok)
    if person is None:
        return
    if tok.lower_ == "deceased":
        ctx.add(person, "status", value("Deceased"), span, rule=f"{VERSION}:status", confidence=0.8)
        return
    if tok.lower_ == "retirement":
        return
    region = [t for t in ctx.region(tok) if t.i >= tok.i - 1]
    dated = [d for d in ctx.dates_in(region) if ctx.dates[d].year]
    if dated and (tok.pos_ == "VERB" or tok.lemma_ == "leave") and tok.dep_ != "amod" or dated and \
            ctx.doc[tok.i + 1:tok.i + 3].text.startswith(("on", "in")) or dated and tok.i + 1 < len(ctx.doc) \
            and ctx.date_at.get(tok.i + 1) == dated[0]:
        ctx.add(person, "retirementDate", date(dated[0]), span, rule=f"{VERSION}:retired", confidence=0.8)
    elif tok.lower_.startswith("retir") and not (tok.dep_ == "amod" and tok.head.lower_ in _RANKS):
        ctx.add(person, "status", value("Retired"), span, rule=f"{VERSION}:status", confidence=0.75)
