"""The groups a first counts among ("the first Chinese woman", "the first Briton", "the first
private astronaut"), in canonical words: a country by its name, then other groups as written,
then "woman" or "man", joined by ", "; "anyone" for the first person of all. Pure word lists,
shared by the extractor (:mod:`extract.frames.firsts`) and the question engine, so that a
question's "first Briton" and an article's "first British astronaut" meet on "United Kingdom".

>>> scope_of(["chinese", "woman"])
'China, woman'
>>> scope_of(["african", "-", "american", "female"])
'African-American, woman'
>>> scope_of(["person"])
'anyone'
>>> scope_of(["scotsman"])
'Scotland, man'
>>> scope_of(["korean", "-", "american", "woman"])
'Korean-American, woman'
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.patterns import read_jsonl

_DATA = next(r for r in read_jsonl("frames") if r["frame"] == "first")
#: nouns for people that a first counts among (besides nationalities and trades)
PEOPLE: frozenset[str] = frozenset(_DATA["people"])
#: words that narrow the group, each with the scope word it gives ("female" -> "woman")
GROUPS: dict[str, str] = dict(_DATA["groups"])
#: demonym, noun for its people or country name, lower-cased -> the country's name ("briton" ->
#: "United Kingdom", "swede" -> "Sweden")
COUNTRIES: dict[str, str] = {w.lower(): str(c["name"]) for c in read_jsonl("countries")
             for w in (c["name"], *c.get("demonyms", ()), *c.get("people", ()), *c.get("aliases", ()))}
#: the country words of more than one word, longest first ("south korean", "saudi arabia")
COUNTRY_PHRASES = sorted((w for w in COUNTRIES if " " in w), key=len, reverse=True)
#: country name -> the adjective for its people ("United Kingdom" -> "British")
DEMONYMS: dict[str, str] = {str(c["name"]): str(c["demonyms"][0]) for c in read_jsonl("countries") if c.get("demonyms")}
#: trades that are an achievement themselves ("China's first astronaut")
TRADES = frozenset({r["term"] for r in read_jsonl("roles") if r["kind"] == "occupation"} | set(_DATA["trades"]))
_SEXES = ("woman", "man")
#: endings of a demonym that say a sex ("Irishman", "Scotswoman")
_SEXED = {"woman": "woman", "women": "woman", "man": "man", "men": "man"}
#: nouns of an "of" phrase that says a group of people as written ("of Bahamian descent")
DESCENT = frozenset({"descent", "origin", "heritage", "ancestry"})
#: modifiers of a first's noun that leave its group as it is ("the first known person")
NEUTRAL = frozenset({"ever", "known", "recorded", "real", "true", "actual", "official", "very", "single", "space",
                     "human"})


def country_of(word: str) -> str:
    """The country a demonym or name stands for ("Britons" -> "United Kingdom", "Frenchman"
    -> "France"), or ""."""
    low = word.lower()
    return COUNTRIES.get(low) or (COUNTRIES.get(low[:-1], "") if low.endswith("s") else "") or next(
        (COUNTRIES[low.removesuffix(end)] for end in _SEXED if low.removesuffix(end) in COUNTRIES), "")


def _sex_of(word: str) -> str:
    """ "man" of "Frenchman", "woman" of "Scotswomen"; "" for other words ("German")."""
    return next((sex for end, sex in _SEXED.items() if word.endswith(end) and word.removesuffix(end) in COUNTRIES), "")



def _hyphenated(word: str) -> bool:
    """ "korean-american", "iranian-american": two demonyms joined, who are people of both."""
    parts = word.split("-")
    return len(parts) == 2 and all(p and country_of(p) and not _sex_of(p) for p in parts) and word not in GROUPS


def left_out(words: Sequence[str]) -> tuple[list[str], set[int]] | None:
    """The countries a group leaves out with "non-" ("non-American and non-Soviet", "non-United
    States"), sorted, and the places of the words that say them; None when a "non-" word names
    no country ("non-European"), a group no scope can say.

    >>> left_out(["non", "-", "american", "and", "non", "-", "soviet", "cosmonaut"])
    (['Soviet Union', 'United States'], {0, 1, 2, 3, 4, 5, 6})
    >>> left_out(["non-united", "states", "citizen"])
    (['United States'], {0, 1})
    >>> left_out(["non", "-", "soviet"])
    (['Soviet Union'], {0, 1, 2})
    >>> left_out(["non", "-", "european"]) is None
    True
    """
    countries: list[str] = []
    used: set[int] = set()
    i = 0
    while i < len(words):
        w = words[i]
        if w == "non" and words[i + 1:i + 2] == ["-"]:
            start, head = i + 2, []
        elif w.startswith("non-") and len(w) > 4:
            start, head = i + 1, [w[4:]]
        else:
            i += 1
            continue
        found = next(((n, c) for n in range(min(3, len(words) - start), -1, -1)
                      if (c := country_of(" ".join([*head, *words[start:start + n]]))) and (head or n)), None)
        if found is None:
            return None
        countries.append(found[1])
        used |= set(range(i, start + found[0]))
        i = start + found[0]
        if words[i:i + 1] and words[i] in ("and", "or", ",") and words[i + 1:i + 2] and words[i + 1].startswith("non"):
            used.add(i)
            i += 1
    return sorted(set(countries)), used


def outside(countries: Sequence[str]) -> str:
    """The scope word of a group from outside the countries ("outside Russia and United States")."""
    return "outside " + " and ".join(sorted(set(countries))) if countries else ""


def scope_of(words: Sequence[str], country: str = "", extra: Sequence[str] = (), away: Sequence[str] = ()) -> str:
    """The canonical scope of the lower-cased words around "first" (see the module docstring);
    ``country`` is one already known ("China's first ..."), ``extra`` groups named otherwise
    ("Axiom's first ..."), ``away`` the countries the group is from outside ("the first
    non-American", "the first person from outside the US and Russia").

    >>> scope_of(["cosmonaut"], away=["United States", "Soviet Union"])
    'outside Soviet Union and United States'
    """
    text = " ".join(words).replace(" - ", "-")
    groups = list(extra)
    sex = ""
    for phrase in [g for g in GROUPS if " " in g or "-" in g]:  # "African-American", "Native American"
        if f" {phrase} " in f" {text} ":
            groups.append(GROUPS[phrase])
            text = f" {text} ".replace(f" {phrase} ", " ")
    for phrase in COUNTRY_PHRASES:  # "South Korean": the country of both words, not Korea's people
        if f" {phrase} " in f" {text} ":
            country = country or COUNTRIES[phrase]
            text = f" {text} ".replace(f" {phrase} ", " ")
    for low in text.split():
        if _hyphenated(low):  # "Korean-American": a group of its own, not Korea's people nor America's
            groups.append("-".join(part.capitalize() for part in low.split("-")))
        elif low in GROUPS:
            word = GROUPS[low]
            if word in _SEXES:
                sex = word
            elif word not in groups:
                groups.append(word)
        elif country_of(low):
            country = country or country_of(low)
            sex = sex or _sex_of(low)
    return ", ".join(x for x in (country, outside(away), *groups, sex) if x) or "anyone"
