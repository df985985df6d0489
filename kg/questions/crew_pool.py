""""Which crew member of Crew-11 was its commander?", "Which member of the X crew commanded it?",
"Which of the X astronauts was the pilot?": the noun asked names the flight's crew only as the
people to pick from; the role said after it is what is asked. Read as crew membership, the
whole crew would answer for its commander; read as the role, "Who commanded X?" does, and no
holder stated is no answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.patterns import read_jsonl
from kg.questions.linking import Mention
from kg.questions.text import Token, normalise

#: Nouns of a flight's people that, asked with "which", only say whom the answer is among.
_CREW_NOUNS = {"crew", "crewmember", "crewmembers", "member", "members", "crewmate", "crewmates",
               "astronaut", "astronauts", "cosmonaut", "cosmonauts", "taikonaut", "taikonauts"}
#: The crew roles the extractor reads ("command module pilot"), said or not of a flight.
CREW_ROLES = {normalise(w) for r in read_jsonl("crew_roles") for w in (r["role"], *r["words"])}
#: Endings that make a verb of a role a role ("command" -> "commander", "pilot" -> "pilot").
ENDINGS = ("", "er", "or")


def pool_words(tokens: Sequence[Token], wh_tokens: set[int], mentions: Sequence[Mention]) -> set[int]:
    """The words of the noun asked that name a flight's crew as the people to pick from ("crew
    member of" in "Which crew member of X was its commander?"), when a flight is named inside that
    noun and a crew role is said after it; else none."""
    if not wh_tokens or tokens[min(wh_tokens)].lower not in ("which", "what"):
        return set()
    start = max(wh_tokens) + 1
    end = next((t.i for t in tokens[start:] if t.pos in ("VERB", "AUX")), len(tokens))
    pool = {t.i for t in tokens[start:end] if t.lower in _CREW_NOUNS}
    if not pool or not any(start <= m.start and m.end <= end for m in mentions):
        return set()
    after = tokens[end:]
    if not any(_role(t.lower, t.lemma, t.pos == "VERB") for t in after) and not any(
            _role(f"{a.lower} {b.lower}", f"{a.lower} {b.lemma}") for a, b in zip(after, after[1:], strict=False)):
        return set()
    return pool | {t.i for t in tokens[start:end] if t.lower == "of"}


def _role(text: str, lemma: str, verb: bool = False) -> bool:
    """Are the words a crew role or, said as a verb, its verb ("commander", "commanded", "flight
    engineer"; not the noun "command" of "the command module")?"""
    return any(w + e in CREW_ROLES for w in (text, lemma) for e in (ENDINGS if verb else ("",)))
