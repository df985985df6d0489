"""The frame lexicon: ``extract/patterns/frames.jsonl`` as :class:`Frame` records and matcher
patterns (verbs by lemma, so every tense matches; nouns by their written form)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extract.patterns import read_jsonl


@dataclass(frozen=True, slots=True)
class Frame:
    """One kind of event: the words that tell it and the property each role fills."""

    name: str
    verbs: tuple[str, ...]  # lemmas; several words for multiword forms ("lift off")
    nouns: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]  # role -> ontology property
    by_agent: bool = False  # a passive's by-phrase names who did it ("commanded by X")
    recipient: bool = False  # the event is about whom something is given to ("handed command to X")

    def prop(self, role: str) -> str | None:
        return next((p for r, p in self.roles if r == role), None)


def frames() -> tuple[Frame, ...]:
    return tuple(Frame(r["frame"], tuple(r["verbs"]), tuple(r["nouns"]), tuple(r["roles"].items()),
                       bool(r.get("by_agent")), bool(r.get("recipient"))) for r in read_jsonl("frames"))


def patterns(frame: Frame) -> list[list[dict[str, Any]]]:
    """Token patterns for a frame's words: the first word of a verb by its lemma, the rest as
    written ("lifted off", "splashes down"); a noun by its lower-case form."""
    out: list[list[dict[str, Any]]] = []
    for verb in frame.verbs:
        first, *rest = verb.split()
        out.append([{"LEMMA": first}, *({"LOWER": w} for w in rest)])
        if not rest:  # the small model leaves some forms unlemmatised ("splashed" as "splashed")
            base = first[:-1] if first.endswith("e") else first
            out.append([{"LOWER": {"IN": [first + "s", base + "ed", base + "ing"]}}])
    for noun in frame.nouns:
        out.append([{"LOWER": w} for w in noun.split()])
    return out
