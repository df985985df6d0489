"""Where someone comes from and how old they are. Births, deaths and retirements are events,
read by their frames (extract/frames)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, date, entity, span_of, value
from extract.rules.common import COUNTRIES, VERSION, described, distinct
from extract.rules.places import innermost

#: roles whose "from X" names whom the person represents, not where they come from
_CONSTITUENCY = {"senator", "congressman", "congresswoman", "politician", "representative", "governor"}


def origin(ctx: Context, tok: Token, span: Span) -> None:
    """"X is from Zaoyang", "X from the People's Republic of China": where someone comes from
    (a country as the nationality, a town as the hometown)."""
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
    for c in innermost(ctx, places):  # "an astronaut from Spokane": the town they come from, not their birthplace
        if ctx.clusters[c]["name"] not in COUNTRIES:
            ctx.add(subject, "hometown", entity(c), span_of(tok, *places), rule=f"{VERSION}:from",
                    confidence=0.6)


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
