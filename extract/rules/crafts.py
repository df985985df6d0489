"""Named capsules and their type: "the Crew Dragon Endurance", "Dragon capsule Freedom",
"the shuttle Discovery" -> the capsule's type. The types and the words for them are data
(``extract/patterns/craft_types.jsonl``)."""

from __future__ import annotations

from spacy.tokens import Span

from extract.components.context import Context
from extract.components.found import ThingRef
from extract.patterns import read_jsonl
from extract.rules.common import VERSION, mention

#: words for a type (lower case) -> the type's name
TYPES = {w: r["type"] for r in read_jsonl("craft_types") for w in r["words"]}
_LONGEST = max(len(w.split()) for w in TYPES)


def craft_type(ctx: Context, sent: Span) -> None:
    """A craft named with its type: the type words inside its name ("Crew Dragon Endurance")
    or just before it ("Dragon capsule Freedom"), followed by a proper name that is not a
    serial number ("Soyuz MS-25" has no name of its own)."""
    for tok, c in ctx.in_sentence(sent, "SPACECRAFT"):
        span = mention(ctx, tok)
        words = [t.lower_ for t in span]
        for n in range(min(_LONGEST, len(words) - 1), 0, -1):  # the type inside the name
            kind = TYPES.get(" ".join(words[:n]))
            if kind and _proper(span[n:]):
                ctx.add(c, "craftType", ThingRef(kind, "Spacecraft"), span, rule=f"{VERSION}:craftType",
                        confidence=0.8)
                break
        else:
            before = [t.lower_ for t in ctx.doc[max(sent.start, span.start - _LONGEST):span.start]]
            for n in range(len(before), 0, -1):  # the type just before the name
                kind = TYPES.get(" ".join(before[-n:]))
                if kind and _proper(span) and kind.lower() not in " ".join(words).lower():
                    ctx.add(c, "craftType", ThingRef(kind, "Spacecraft"), ctx.doc[span.start - n:span.end],
                            rule=f"{VERSION}:craftType", confidence=0.75)
                    break


def _proper(words: Span) -> bool:
    """A name of its own: capitalised words without digits ("Endurance", not "MS-25")."""
    return len(words) > 0 and all(t.text[:1].isupper() and not any(ch.isdigit() for ch in t.text) for t in words)

