"""Lists of people read from their words, where the parser splits them: wire copy names a
crew as "Roscosmos cosmonaut A and NASA astronauts B and C" or "with NASA astronaut A and
Roscosmos cosmonaut B", and the small model often hangs the later items elsewhere (or reads
"astronauts" as a verb). Between its names such a list holds only trades, agencies,
countries and joining words, so its extent can be read from the words themselves."""

from __future__ import annotations

from spacy.tokens import Token

from extract.patterns import read_jsonl

#: words a list of people holds besides their names: their trades, and words that join them
LIST_WORDS = frozenset({w for r in read_jsonl("roles") if r["kind"] in ("occupation", "crew", "backup")
                        for w in r["term"].split()} | {
    "and", ",", "the", "fellow", "crew", "crewmate", "crewmates", "crewmember", "crewmembers", "colleague",
    "colleagues", "astronauts", "cosmonauts", "veteran", "rookie", "tourist", "billionaire", "millionaire",
    "passenger", "new", "station"})
#: entities a list of people names them by ("NASA astronaut A", "Russian cosmonaut B")
LIST_ENTITIES = frozenset({"AGENCY", "ORG", "NORP", "GPE"})


def in_list(t: Token) -> bool:
    """Whether a word may stand in a list of people: a name, a trade, an agency, a joiner."""
    return t.ent_type_ == "PERSON" or t.lower_ in LIST_WORDS or t.ent_type_ in LIST_ENTITIES


def list_after(at: Token) -> list[Token]:
    """The words of a list of people that starts after a word, up to the first word that is
    no name, trade or agency ("carrying A, Russian cosmonaut B and U.S. astronaut C"; "the
    crew of A, B and C")."""
    out: list[Token] = []
    for t in at.doc[at.i + 1:at.sent.end]:
        if not (in_list(t) or t.lower_ == "of" and t.i > 0 and t.doc[t.i - 1].lower_ == "crew"):
            break
        out.append(t)
    return out


def list_before(name: Token) -> list[Token]:
    """The words of a list of people that opens the sentence and ends before a name ("Roscosmos
    cosmonaut A and NASA astronauts B and C landed", read from B): none unless the words
    reach back to the sentence's start and hold a joiner, so "After meeting A, B landed" is
    no list."""
    out: list[Token] = []
    start = name.sent.start
    i = name.i - 1
    while i >= start and in_list(name.doc[i]):
        out.append(name.doc[i])
        i -= 1
    if i >= start or not any(t.lower_ in ("and", ",") for t in out):
        return []
    return out[::-1]
