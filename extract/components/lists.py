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
    "passenger", "new", "station", "dr", "dr."})  # "A, Dr. B and C"
#: entities a list of people names them by ("NASA astronaut A", "Russian cosmonaut B")
LIST_ENTITIES = frozenset({"AGENCY", "ORG", "NORP", "GPE"})


def in_list(t: Token) -> bool:
    """Whether a word may stand in a list of people: a name, a trade, an agency, a joiner."""
    return t.ent_type_ == "PERSON" or t.lower_ in LIST_WORDS or t.ent_type_ in LIST_ENTITIES


#: dashes that set a list off ("her crewmates — A, B and C —")
DASHES = frozenset({"—", "–", "--"})
#: marks that open a list set off after its noun ("her crewmates — A, B and C —", "crewmates: A, B")
OPENERS = DASHES | {":"}


def list_after(at: Token) -> list[Token]:
    """The words of a list of people that starts after a word, or after a dash or colon that
    sets it off, up to the first word that is no name, trade or agency ("carrying A, Russian
    cosmonaut B and U.S. astronaut C"; "the crew of A, B and C"; "her crewmates — A of NASA
    and B of the Japan Aerospace Exploration Agency (JAXA) —")."""
    out: list[Token] = []
    start = at.i + 1 + (at.i + 1 < at.sent.end and at.doc[at.i + 1].text in OPENERS)
    for t in at.doc[start:at.sent.end]:
        if not (in_list(t) or t.lower_ == "of" and t.i > 0 and t.doc[t.i - 1].lower_ == "crew"
                or _agency_part(t) or _placed(t)):
            break
        out.append(t)
    return out


#: where someone stands in a captioned photo ("the crew of A, left, and B", "A (left) and B")
_POSITIONS = frozenset({"left", "right", "center", "centre", "middle", "top", "bottom", "front", "rear", "foreground",
                        "background"})


def _placed(t: Token) -> bool:
    """Whether a word places a name of a caption's list in its photo: a position word set off by
    commas or brackets ("A, left, and B"; "A (left) and B"), or those brackets."""
    doc = t.doc
    word = doc[t.i + 1] if t.text == "(" and t.i + 1 < len(doc) else doc[t.i - 1] if t.text == ")" and t.i else t
    if word.lower_ not in _POSITIONS or not 0 < word.i < len(doc) - 1:
        return False
    return doc[word.i - 1].text in (",", "(") and doc[word.i + 1].text in (",", ")")


def _agency_part(t: Token) -> bool:
    """Whether a word belongs to the agency a list gives a name with: "of" before it, "the"
    inside it, the brackets around its short name ("A of the Japan Aerospace Exploration
    Agency (JAXA)")."""
    doc = t.doc
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    before = doc[t.i - 1] if t.i > 0 else None
    if t.lower_ in ("of", "the", "(") and after is not None:
        return after.ent_type_ in LIST_ENTITIES or t.lower_ == "of" and after.lower_ == "the"
    return t.text == ")" and before is not None and before.ent_type_ in LIST_ENTITIES


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


def subject_with_aside(before: Token) -> list[Token]:
    """The words of a subject that ends, right before a word, in a list of people set off by
    dashes ("A and her three Crew-5 crewmates — B and C of NASA and D of JAXA — landed"): the
    list and the words before it that name people or who they are (a possessive, a number, a
    mission). None unless the dashes hold only such a list."""
    doc, sent = before.doc, before.sent
    close = before.i - 1
    if close <= sent.start or doc[close].text not in DASHES:
        return []
    opening = next((j for j in range(close - 1, sent.start - 1, -1) if doc[j].text == doc[close].text), None)
    if opening is None or opening == sent.start or len(list_after(doc[opening - 1])) != close - opening - 1:
        return []
    words = list(doc[opening + 1:close])
    for t in reversed(doc[sent.start:opening]):
        if not (in_list(t) or t.dep_ == "poss" or t.like_num or t.ent_type_ in ("MISSION", "CARDINAL")):
            break
        words.insert(0, t)
    return words
