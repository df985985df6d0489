"""The frame lexicon: ``extract/patterns/frames.jsonl`` as :class:`Frame` records, and the
written forms its words take (verbs are also matched by lemma, so every tense matches)."""

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
    by_object: tuple[str, ...] = ()  # verbs whose active form tells it of their object ("Nasa selected her")
    patterns: tuple[tuple[dict[str, Any], ...], ...] = ()  # token patterns beside the words ("most ... days")

    def prop(self, role: str) -> str | None:
        return next((p for r, p in self.roles if r == role), None)


def frames() -> tuple[Frame, ...]:
    return tuple(Frame(r["frame"], tuple(r["verbs"]), tuple(r["nouns"]), tuple(r["roles"].items()),
                       bool(r.get("by_agent")), bool(r.get("recipient")), tuple(r.get("by_object", ())),
                       tuple(tuple(p) for p in r.get("patterns", ()))) for r in read_jsonl("frames"))


def words(frame: Frame) -> list[str]:
    """The frame's words as written, for a phrase matcher of lower-case forms: nouns, and the
    regular forms of single verbs (the small model leaves some unlemmatised: "splashed");
    the verbs themselves are matched by their lemmas."""
    return [*frame.nouns, *(f for v in frame.verbs if " " not in v for f in (v, *_forms(v)))]


def _forms(verb: str) -> list[str]:
    base = verb[:-1] if verb.endswith("e") else verb
    return [verb + "s", base + "ed", base + "ing"]
