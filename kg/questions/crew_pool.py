""""Which crew member of Crew-11 was its commander?", "Which member of the X crew commanded it?",
"Which of the X astronauts was the pilot?": the noun asked names the flight's crew only as the
people to pick from; the role said after it is what is asked. Read as crew membership, the
whole crew would answer for its commander; read as the role, "Who commanded X?" does, and no
holder stated is no answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.patterns import read_jsonl
from kg.questions.linking import Mention
from kg.questions.text import Token, normalise

#: Nouns of a flight's people that, asked with "which", only say whom the answer is among.
_CREW_NOUNS = {"crew", "crewmember", "crewmembers", "member", "members", "crewmate", "crewmates",
               "astronaut", "astronauts", "cosmonaut", "cosmonauts", "taikonaut", "taikonauts"}
#: The crew roles the extractor reads ("command module pilot"), said or not of a flight.
CREW_ROLES = {normalise(w) for r in read_jsonl("crew_roles") for w in (r["role"], *r["words"])}
#: The role each word of a crew role names ("command pilot" -> "commander"), as the graph states it.
ROLE_OF = {normalise(w): normalise(r["role"]) for r in read_jsonl("crew_roles") for w in (r["role"], *r["words"])}
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



#: Nouns before a crew role that name the same seat ("the shuttle pilot", "the mission's commander").
_SAME_SEAT = {"shuttle", "orbiter", "capsule", "craft", "spacecraft", "spaceship", "mission", "flight", "crew",
              "ship", "vessel"}
#: role word -> the role it names ("mission commander" -> "commander")
_ROLE_OF = {normalise(w): r["role"] for r in read_jsonl("crew_roles") for w in (r["role"], *r["words"])}


@dataclass(frozen=True)
class Seat:
    """A seat asked that is not the role its last word names: ``words`` as asked; ``known``
    when the extractor reads it as a role of its own ("payload commander"), so a stated
    holder of it answers, and never the holder of the bare role."""

    words: str
    known: bool


def other_seat(tokens: Sequence[Token], mentions: Sequence[Mention]) -> Seat | None:
    """The seat a question asks when words before a crew role make it another one ("the payload
    commander", "the station commander", "the deputy pilot"): its holder is never the flight's
    commander or pilot. None when the role is asked bare, by words that name the same seat
    ("the mission commander", "the shuttle pilot", "the command pilot") or by a name ("the
    STS-9 commander")."""
    named = {i for m in mentions for i in range(m.start, m.end)}
    for end in range(len(tokens)):
        head = _ROLE_OF.get(normalise(tokens[end].lemma.lower())) or _ROLE_OF.get(normalise(tokens[end].lower))
        if head is None or tokens[end].pos != "NOUN":
            continue
        for n in (2, 3):
            run = tokens[max(0, end - n + 1):end + 1]
            role = _ROLE_OF.get(normalise(" ".join([*(t.lower for t in run[:-1]), run[-1].lemma.lower()]))) or \
                _ROLE_OF.get(normalise(" ".join(t.lower for t in run)))
            if len(run) == n and role is not None and run[0].pos != "DET" and not named & {t.i for t in run}:
                if role not in (head, "commander"):  # "the command pilot" commands
                    return Seat(" ".join(t.lower for t in run), True)
                break
        else:
            before = tokens[end - 1] if end > 0 else None
            if before is not None and before.pos == "NOUN" and before.i not in named and before.lower not in _SAME_SEAT:
                return Seat(f"{before.lower} {tokens[end].lower}", False)
    return None
