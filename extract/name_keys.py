"""When two spellings of a person's name are the same name.

Reporters romanise the same name differently ("Nikolai"/"Nikolay", "Novitsky"/"Novitskiy",
"Aleksandr"/"Alexander", "Yury"/"Iouri"), space or hyphenate Chinese given names apart ("Ye
Guangfu"/"Ye Guang-fu"), write Arabic particles three ways ("Al Neyadi"/"Al-Neyadi"/
"AlNeyadi") and drop accents ("Kōichi"). :func:`name_key` folds all of these onto one key,
so equal keys mean the same name. What it folds is what transliteration varies, never what
tells people apart: "Scott Kelly" and "Mark Kelly", "Ivan" and "Ivana" keep their own keys.

:func:`agree` is the weaker test for names that are not spelt alike but may name one person
("Tracy Dyson" and "Tracy Caldwell Dyson", "Jenni" and "Jennifer", a nickname the article
gave in quotes): callers merge on it only with other evidence (a shared mission, craft or
article). :func:`shortened` is the case of :func:`agree` where one given name is the other's
short form ("Mike"/"Michael", "Greg"/"Gregory"), as the ``nicknames`` library or a cut-off
says, under the same surname: callers may take it alone when no other person could be meant.
:func:`misspelt` is weaker still (one letter of the given name wrong or two swapped,
"Pytor"/"Pyotr"): it holds for two people too ("Anna"/"Anne"), so it needs the same evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from nicknames import NickNamer
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

#: words that follow a name and are no part of telling it apart
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
#: particles written apart, hyphenated or joined to the next word ("Al Neyadi", "Al-Neyadi")
PARTICLES = {"al", "el", "bin", "bint", "ibn", "abu", "van", "von", "der", "de", "da", "di", "du", "la", "le"}
#: particles that say "son of" or "daughter of": a given name always stands before them ("Sultan bin Salman")
PATRONYMICS = frozenset({"bin", "ibn", "bint"})
#: ranks and titles written short with a full stop before a name ("Lt. Col. Ann Voss", "Dr. Ivo Lind"),
#: at which the parser may end a sentence too soon
SHORT_TITLES = frozenset({"Lt", "Cmdr", "Cdr", "Maj", "Col", "Gen", "Brig", "Capt", "Sgt", "Cpl", "Adm",
                          "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Sen", "Rep", "Gov"})
#: titles and roles before a name ("Commander Chub")
_TITLES = {"commander", "cmdr", "cdr", "wg", "gp", "sqn", "ldr", "flt", "captain", "capt", "colonel", "col", "general",
           "gen", "major", "maj", "lt",
           "dr", "mr", "mrs", "ms", "prof", "sir", "astronaut", "cosmonaut", "taikonaut"}
_NICKNAME = re.compile(r'["“(]([^"”()]+)["”)]')
#: spelling changes between romanisations, applied to each word in order
_RULES = [(re.compile(a), b) for a, b in (
    (r"^(?:iou|you|iu)", "yu"),  # Iouri, Youri, Iuri -> Yuri
    (r"^ye", "e"),  # Yelena, Yevgeny -> Elena, Evgeny
    (r"(?<=[^aeiouy])yo", "e"),  # Pyotr, Fyodor, Artyom -> Petr, Fedor, Artem
    (r"(?<=[aeiou])ye", "e"),  # Matveyev -> Matveev
    (r"(?<=[^aeiou])i?ye", "ie"),  # Artemyev, Dmitriyev -> Artemiev, Dmitriev
    (r"o[ou]", "u"),  # Mansoori, Mansouri -> Mansuri
    (r"ks", "x"),  # Aleksandr, Aleksei -> Alexandr, Alexei
    (r"kh", "h"),  # Mikhail -> Mihail
    (r"(.)\1+", r"\1"),  # Gennady -> Genady, Kirill -> Kiril
    (r"der$", "dr"),  # Alexander -> Alexandr
    (r"(?:iy|yy|ii|ij|y)$", "i"),  # Novitskiy, Novitsky, Yury, Nikolay -> -i
)]


@dataclass(frozen=True)
class NameParts:
    """A person's name as the words that tell it apart, each in its folded spelling."""

    words: tuple[str, ...]  # given name first as written; particles joined to the next word
    nickname: str | None = None  # Barry "Butch" Wilmore -> "butch"
    surname_parts: tuple[str, ...] = ()  # the parts of a hyphenated or particled surname

    @property
    def key(self) -> str:
        """The name's key: the first word, then the rest as one (Chinese given names)."""
        return " ".join((self.words[0], "".join(self.words[1:]))) if len(self.words) > 1 else self.words[0]

    @property
    def full(self) -> bool:
        """Whether the name has a given name and a surname."""
        return len(self.words) > 1


def fold(word: str) -> str:
    """One word in its folded spelling.

    >>> [fold(w) for w in ("Novitskiy", "Novitsky", "Nikolay", "Nikolai", "Iouri", "Yury")]
    ['novitski', 'novitski', 'nikolai', 'nikolai', 'yuri', 'yuri']
    >>> fold("Aleksandr") == fold("Alexander"), fold("Ivan") == fold("Ivana")
    (True, False)
    """
    text = re.sub(r"[^a-z]", "", anyascii(word).lower())
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=65536)
def parse(name: str) -> NameParts | None:
    """The words of a person's name that tell it apart, or None for no name at all.

    >>> parse('James A. "Jim" Lovell Jr.')
    NameParts(words=('james', 'lovel'), nickname='jim', surname_parts=('lovel',))
    >>> parse("Sultan Al-Neyadi").words, parse("Commander Chub").words
    (('sultan', 'alneyadi'), ('chub',))
    """
    nickname = _NICKNAME.search(name)
    text = _NICKNAME.sub(" ", name)
    raw = [w for w in re.split(r"[\s.,]+", anyascii(text)) if w]
    while len(raw) > 1 and raw[-1].lower().rstrip(".") in _SUFFIXES:
        raw.pop()
    while len(raw) > 1 and raw[0].lower().rstrip(".") in _TITLES:
        raw.pop(0)
    if len(raw) > 2:  # a middle initial ("John F. Kennedy") tells nobody apart
        raw = [raw[0], *(w for w in raw[1:-1] if len(w.strip("-'’")) > 1), raw[-1]]
    words: list[str] = []
    parts: list[str] = []
    pending = ""
    for i, word in enumerate(raw):
        pieces = [fold(p) for p in re.split(r"[-'’]", word) if fold(p)]
        if not pieces:
            continue
        if i < len(raw) - 1 and i > 0 and len(pieces) == 1 and pieces[0] in PARTICLES:
            pending += pieces[0]
            continue
        words.append(pending + "".join(pieces))
        parts = [p for p in pieces if p not in PARTICLES] if i == len(raw) - 1 else parts
        pending = ""
    if not words:
        return None
    return NameParts(tuple(words), fold(nickname.group(1)) if nickname else None, tuple(parts))


def name_key(name: str) -> str | None:
    """The key under which spellings of one name meet.

    >>> name_key("Ye Guang-fu") == name_key("Ye Guangfu") == name_key("Ye Guang Fu")
    True
    >>> name_key("Sultan Al Neyadi") == name_key("Sultan Al-Neyadi") == name_key("Sultan AlNeyadi")
    True
    >>> name_key("Kōichi Wakata") == name_key("Koichi Wakata"), name_key("Scott Kelly") == name_key("Mark Kelly")
    (True, False)
    """
    parts = parse(name)
    return parts.key if parts is not None else None


def forms(name: str) -> set[str]:
    """The keys a person with this name may be found under: the name's own key, its short
    form without middle names ("tracy dyson" of "Tracy Caldwell Dyson"), its nickname with
    the surname ("butch wilmore" of 'Barry "Butch" Wilmore'), the surname alone, and a name
    up to its patronymic, as Arabic names are shortened ("Sultan bin Salman" of "Sultan bin
    Salman Al Saud")."""
    parts = parse(name)
    if parts is None or not parts.full:
        return set()
    found = {parts.key, parts.words[-1], *parts.surname_parts}
    if len(parts.words) > 2:
        found.add(f"{parts.words[0]} {parts.words[-1]}")
    raw = name.split()
    at = next((i for i, w in enumerate(raw[1:-2], 1) if w.lower() in PATRONYMICS), None)
    if at is not None and (short := parse(" ".join(raw[:at + 2]))) is not None:
        found.add(short.key)
    if parts.nickname:
        found.add(f"{parts.nickname} {''.join(parts.words[1:])}")
    return found


def same(a: str, b: str) -> bool:
    """Whether two full names are spellings of one name (or one is the nickname form the
    other gave in quotes): enough on its own to take them as one person.

    >>> same("Oleg Novitsky", "Oleg Novitskiy"), same('Barry "Butch" Wilmore', "Butch Wilmore")
    (True, True)
    >>> same("Jeff Williams", "Sunita Williams")
    False
    """
    pa, pb = parse(a), parse(b)
    if pa is None or pb is None or not (pa.full and pb.full):
        return False
    if pa.key == pb.key:
        return True
    rest_a, rest_b = "".join(pa.words[1:]), "".join(pb.words[1:])
    return rest_a == rest_b and (pa.nickname == pb.words[0] or pb.nickname == pa.words[0])


def agree(a: str, b: str) -> bool:
    """Whether two full names may name one person, though not spelt alike: the same surname
    (or one part of a double one) and a given name that is the same, shortened ("Jenni",
    "Jennifer") or spelt a little differently; or the same first and last names with a
    middle name dropped. Never when the given names differ ("Scott"/"Mark") or one is the
    other's feminine form ("Ivan"/"Ivana").

    >>> agree("Tracy Dyson", "Tracy Caldwell Dyson"), agree("Jenni Sidey-Gibbons", "Jennifer Sidey")
    (True, True)
    >>> agree("Mike Lind", "Michael Lind")
    True
    >>> agree("Scott Kelly", "Mark Kelly"), agree("Ivan Vagner", "Ivana Vagner")
    (False, False)
    """
    pa, pb = parse(a), parse(b)
    if pa is None or pb is None or not (pa.full and pb.full):
        return False
    if same(a, b):
        return True
    last_a, last_b = pa.words[-1], pb.words[-1]
    surnames = last_a == last_b or last_a in pb.surname_parts or last_b in pa.surname_parts
    return surnames and _given_agree(pa.words[0], pb.words[0]) or shortened(a, b)


def _given_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if long == short + "a" or long[:1] != short[:1]:
        return False  # Ivan/Ivana; and no romanisation changes the first letter we kept
    return len(short) >= 3 and long.startswith(short) or fuzz.ratio(a, b) >= 85


def shortened(a: str, b: str) -> bool:
    """Whether two full names differ only by a given name and its short form, with the same
    surname: "Mike Hopkins"/"Michael Hopkins" (a nickname the ``nicknames`` library lists),
    "Greg Jarvis"/"Gregory Jarvis" (cut off after three letters or more).

    >>> shortened("Mike Lind", "Michael J. Lind"), shortened("Ron Pike", "Ronald Pike")
    (True, True)
    >>> shortened("Judy Voss", "Judith Voss"), shortened("Ronnie Pike", "Ronald Pike")
    (True, True)
    >>> shortened("Mark Lind", "Michael Lind"), shortened("Ivan Pike", "Ivana Pike")
    (False, False)
    >>> shortened("Mike Lind", "Michael Lindt")
    False
    >>> shortened("Anne Pike", "Anna Pike"), shortened("Alexander Pike", "Alexandria Pike")
    (False, False)
    """
    pa, pb = parse(a), parse(b)
    if pa is None or pb is None or not (pa.full and pb.full) or pa.words[-1] != pb.words[-1]:
        return False
    short, long = sorted((_given_raw(a), _given_raw(b)), key=len)
    if short[:-1] == long[:-1] or long == short + "a" or long.endswith("a") and not short.endswith(tuple("aeiouy")):
        return False  # Anna/Anne, Ivan/Ivana, Alexander/Alexandria: other names, not a short form
    return len(short) >= 3 and long.startswith(short) or short in _nicknames().nicknames_of(long) \
        or long in _nicknames().nicknames_of(short)


def given_name(word: str) -> bool:
    """Whether the table of given names knows a word as one ("Elena", "Peggy"); many names it
    does not know ("Oleg"), so only its yes tells."""
    low = word.lower()
    return bool(_nicknames().nicknames_of(low) or _nicknames().canonicals_of(low))


@lru_cache(maxsize=1)
def _nicknames() -> NickNamer:
    """The library's table of given names and their short forms, read once."""
    return NickNamer()


def misspelt(a: str, b: str) -> bool:
    """Whether two full names differ only by a slip in the given name: the same surname, and
    given names of four letters or more, one letter or one swap of two apart, with the same
    first letter ("Pytor"/"Pyotr", "Raji"/"Raja"). Two people may be named so ("Anna Lind",
    "Anne Lind"), which is why :func:`agree` says no to them; a feminine form never is a slip.

    >>> misspelt("Pytor Dubrin", "Pyotr Dubrin"), misspelt("Raji Charu", "Raja Charu")
    (True, True)
    >>> misspelt("Ivan Petrak", "Ivana Petrak"), misspelt("Jon Pike", "Jan Pike"), misspelt("Dara Voss", "Mila Voss")
    (False, False, False)
    """
    pa, pb = parse(a), parse(b)
    if pa is None or pb is None or not (pa.full and pb.full) or pa.words[-1] != pb.words[-1]:
        return False
    given_a, given_b = _given_raw(a), _given_raw(b)
    short, long = sorted((given_a, given_b), key=len)
    if len(short) < 4 or long[:1] != short[:1] or long == short + "a":
        return False
    return OSA.distance(given_a, given_b) == 1 or OSA.distance(pa.words[0], pb.words[0]) == 1


def _given_raw(name: str) -> str:
    """The given name as written, in lower-case ASCII, without a title before it."""
    words = [w for w in re.split(r"[\s.,]+", anyascii(_NICKNAME.sub(" ", name)).lower()) if w]
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    return re.sub(r"[^a-z]", "", words[0]) if words else ""
