"""Whether a label can be a name of its kind: the one test, asked at extraction and at answers.

Real pages put words where a name belongs: a roster's seat title ("Payload Commander"), a
line's label and its value ("commanded: STS-50"), a name cut at its initial ("Susan L."), two
people read as one ("Ann Voss and Ivo Lind"), a nickname's quote mark left inside the name
(“Ann D. “Bee Voss”). None of these is a name, whatever the tagger said. :func:`unreadable`
says why a label is not a plausible name of a ``kind`` (None: it may be one), so the
extractor refuses such a name at its source (``extract.assemble``) and the question engine
never shows one as an answer (``kg.questions.readable``). The role words are the extractor's
own (``patterns/roles.jsonl``, ``patterns/crew_roles.jsonl``).

>>> unreadable("Payload Commander", "person")
'a role, not a name'
>>> unreadable("Charles Conrad Jr.", "person") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.name_keys import PARTICLES
from extract.patterns import read_jsonl

#: the kinds of name asked about: a person's, a craft's or flight's, an organisation's, a place's
KINDS = ("person", "craft", "organisation", "place")
#: the kind of name the entities of each class have: the extractor's labels are the ontology's
#: class names, so one table serves the extractor (``extract.assemble``) and the answers
#: (``kg.questions.readable``, where a subclass the table leaves out has its class's kind)
NAME_KINDS = {"Person": "person", "Astronaut": "person",
              "Spacecraft": "craft", "SpaceStation": "craft", "LaunchVehicle": "craft", "Mission": "craft",
              "Spaceflight": "craft", "Expedition": "craft", "Programme": "craft",
              "Organization": "organisation", "SpaceAgency": "organisation", "School": "organisation",
              "Place": "place", "LaunchSite": "place", "Country": "place", "State": "place", "City": "place",
              "CelestialBody": "place"}
#: the words of crew roles' names ("payload", "commander", "specialist"), of which no name is made
SEAT_WORDS = frozenset(w for r in read_jsonl("crew_roles") for phrase in r["words"]
                       for w in phrase.replace("-", " ").split() if w not in ("of", "the", "in"))
#: roles and titles whole ("senator", "flight engineer", "lunar module pilot"): a role, not a name
_ROLES = frozenset({" ".join(r["term"].replace("-", " ").split()) for r in read_jsonl("roles")}
                   | {" ".join(p.replace("-", " ").split()) for r in read_jsonl("crew_roles") for p in r["words"]})
#: marks that end a sentence or a line's label, never inside a name
_SENTENCE = re.compile(r"[:;!?\n\t]")
#: a degree written after a person's name ("Ann Voss, Ph.D.", "PhD", "Ed.D.")
DEGREES = r"Ph\. ?D\.?|PhD|M\.D\.|Ed\.D\."
#: what may follow a comma in one person's name ("Charles Conrad, Jr.", "Ann Voss, Ph.D.")
_SUFFIX = re.compile(rf",\s*(?:(?:Jr|Sr|II|III|IV)\.?|{DEGREES})(?=,|$)")
#: two names made one: "A and B", "A & B", "A, B"
_JOINED = re.compile(r"\s(?:and|&)\s|,")
#: a bare initial as the last word ("Susan L."): a name cut before its surname
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.?$")


def unreadable(label: str, kind: str) -> str | None:
    """Why ``label`` is not a plausible name of ``kind`` (one of :data:`KINDS`), or None.

    The tests are of shape only, so they cost nothing and hold for any article: sentence
    punctuation or an unbalanced quote or bracket (every kind); for a person also a role or seat
    title alone, a last word that is a bare initial, and two names joined by "and" or a comma.
    A craft's series letter ("Soyuz T") and an organisation's "and" ("National Aeronautics and
    Space Administration") are names of theirs, so those tests are a person's only.

    >>> unreadable("commanded: STS-50", "person")
    'sentence punctuation'
    >>> unreadable("Ann Voss and Ivo Lind", "person")
    'two names made one'
    >>> unreadable("Soyuz T-15", "craft") is None
    True
    """
    text = label.strip()
    if not text:
        return "no words"
    if _SENTENCE.search(text):
        return "sentence punctuation"
    if not _balanced(text):
        return "an unbalanced quote or bracket"
    if kind != "person":
        return None
    words = " ".join(text.lower().replace("-", " ").split())
    if words in _ROLES or all(w in SEAT_WORDS for w in words.split()):
        return "a role, not a name"
    if _INITIAL.search(text):
        return "a name cut at its initial"
    if _JOINED.search(_SUFFIX.sub("", text)):
        return "two names made one"
    first = text.split()[0].lower()
    if not next((c for c in text if c.isalpha()), "A").isupper() and first.split("-")[0] not in PARTICLES:
        return "no capital letter"  # "al-Neyadi" begins with a particle; "commanded STS-50" with no name
    return None


def name_kind(classes: Iterable[str]) -> str | None:
    """The kind of name an entity of ``classes`` (names of :data:`NAME_KINDS`) has, a person's
    before any other's (a person also read as a place is held to a person's name); None when
    no class has a kind.

    >>> name_kind(["Place", "Person"])
    'person'
    >>> name_kind(["Record"]) is None
    True
    """
    kinds = {NAME_KINDS[c] for c in classes if c in NAME_KINDS}
    return next((k for k in KINDS if k in kinds), None)


def plausible_name(label: str, kind: str) -> bool:
    """Whether ``label`` may be a name of ``kind`` (see :func:`unreadable`)."""
    return unreadable(label, kind) is None


def _balanced(text: str) -> bool:
    """Are the text's double quotes and brackets paired (a nickname in quotes, "(Ret.)")?"""
    quotes = sum(text.count(q) for q in '"“”')  # a page may open with one and close with the other
    return quotes % 2 == 0 and text.count("(") == text.count(")") and text.count("[") == text.count("]")
