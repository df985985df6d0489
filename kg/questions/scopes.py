"""Scopes a question can ask about: "Chinese astronauts", "cosmonauts", "American", "women".

A scope word names the countries and agencies whose people it covers; a person is in it when
the graph states their nationality, employer, affiliation or selecting agency as one of them
(by label or alternative label). A scope the graph cannot tell ("women": no fact says who is
a woman) is reported, so a count or ranking never silently ignores it. English words for
groups of people, kept as data."""

from __future__ import annotations

from dataclasses import dataclass

from extract.patterns import read_jsonl
from kg.questions.match import Parsed

_RUSSIA = ("Russia", "Soviet Union", "USSR", "Roscosmos", "Russian Federal Space Agency")
_US = ("United States", "USA", "United States of America", "NASA")
_CHINA = ("China", "People's Republic of China", "CNSA", "China Manned Space Agency", "CMSA")
#: How a scope word is said of people ("among the Americans").
_PEOPLE = {"russian": "Russians", "soviet": "Soviets", "american": "Americans", "americans": "Americans",
           "us": "Americans", "u.s.": "Americans", "chinese": "Chinese", "japanese": "Japanese",
           "european": "Europeans", "canadian": "Canadians", "indian": "Indians", "cosmonaut": "cosmonauts",
           "taikonaut": "taikonauts"}
#: Words of a scope -> the names of the countries and agencies it covers.
_COVERS = {
    "russian": _RUSSIA, "cosmonaut": _RUSSIA, "cosmonauts": _RUSSIA, "soviet": _RUSSIA,
    "american": _US, "americans": _US, "us": _US, "u.s.": _US,
    "chinese": _CHINA, "taikonaut": _CHINA, "taikonauts": _CHINA,
    "japanese": ("Japan", "JAXA"), "european": ("ESA", "European Space Agency"),
    "canadian": ("Canada", "Canadian Space Agency", "CSA"), "indian": ("India", "ISRO"),
}
#: Every other nationality the extractor knows: its demonyms and nouns for its people (one word)
#: -> its name, aliases and agency ("french" -> France, CNES; "swede" -> Sweden), so "Which French
#: astronaut ...?" is no question about anyone.
_NATIONS = {d.lower(): (str(c["name"]), *c.get("aliases", ()), *((str(c["agency"]),) if c.get("agency") else ()))
            for c in read_jsonl("countries") for d in (*c.get("demonyms", ()), *c.get("people", ())) if " " not in d}
#: Scopes no fact of the graph can tell.
_UNKNOWN = {"woman": "women", "women": "women", "female": "women", "man": "men", "men": "men", "male": "men"}
#: The relations that place a person in a country's or agency's scope.
VIA = ("nationality", "employer", "affiliation", "selectedBy")


@dataclass(frozen=True)
class Scope:
    """The scope a question asks for: the word, and the names it covers (empty: unknowable)."""

    word: str  # as said of people: "Americans", "cosmonauts", "women"
    names: tuple[str, ...]


def scope_of(parsed: Parsed) -> Scope | None:
    """The scope named in the question, if any (a scope word may also name a country in the
    graph: "American" as an alternative label of the United States)."""
    named = {i for m in parsed.mentions if m.end - m.start > 1 for i in range(m.start, m.end)}
    for t in parsed.tokens:
        if t.i in named:
            continue  # a word of a longer name ("the Italian Space Agency")
        if t.lower in _COVERS:
            return Scope(_PEOPLE.get(t.lower, t.lower), _COVERS[t.lower])
        if nation := _nation(t.lower):
            return Scope(f"people of {nation[0]}", nation)
        if t.lower in _UNKNOWN:
            return Scope(_UNKNOWN[t.lower], ())
    return None


def names_people(parsed: Parsed) -> bool:
    """Is a scope word itself the noun asked for ("Which Russian flew on X?", "Which Brazilians
    ...?")? Then only people answer, whatever the relation's other ends may be."""
    tokens = parsed.tokens
    return parsed.target_class is None and any(
        t.lower in ("which", "what") and i + 1 < len(tokens) and is_scope(tokens[i + 1].text)
        and (i + 2 == len(tokens) or tokens[i + 2].pos not in ("NOUN", "PROPN"))
        for i, t in enumerate(tokens))


def covered(word: str) -> tuple[str, ...]:
    """The countries and agencies a scope word covers ("Chinese": China, CNSA, ...), or ()."""
    return _COVERS.get(word.lower()) or _nation(word.lower())


def is_scope(text: str) -> bool:
    """Is a name in the question a scope word ("Americans") rather than what it asks about?"""
    return text.lower() in _COVERS or bool(_nation(text.lower())) or text.lower() in _UNKNOWN


def _nation(word: str) -> tuple[str, ...]:
    """The names a demonym covers, said of one or many ("Brazilian", "Brazilians", "Swedes",
    "Frenchmen"), or ()."""
    return _NATIONS.get(word) or (_NATIONS.get(word[:-1], ()) if word.endswith("s") else ()) or (
        _NATIONS.get(word[:-3] + "man", ()) if word.endswith("men") else ())
