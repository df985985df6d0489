"""Finding the graph's entities in a question: labels, alternative labels, surnames alone,
case, possessives, other romanisations of a person's name ("Nikolaj" for "Nikolai",
:mod:`extract.name_keys`) and small typos (rapidfuzz).

:class:`EntityIndex` is built from plain values (IRI, label, aliases, types, weight) read
from the store once per graph generation; linking a question against it is pure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz, process, utils

from extract.components.gazetteer import canonical_name
from extract.components.quantities import number
from extract.name_keys import forms, name_key
from kg.namespaces import AKG
from kg.questions.text import Token, normalise, span_text

#: How a name was found, best first; the rank orders the candidates of one mention.
HOW = ("label", "alias", "part", "fuzzy")
_MAX_SPAN = 8
_FUZZY_CUTOFF = 86.0
#: Most words of a name capitalised in a question written in lower case.
_MAX_NAME_WORDS = 5
_POSSESSIVE = re.compile(r"['\u2019]s?$")
#: Least similarity (token_set_ratio, 0-100) of a name suggested for one the graph does not know.
SUGGEST_CUTOFF = 70
#: A spelling is corrected only when its best reading beats the next one by this much.
_CLEAR_LEAD = 5.0
#: A single word that names more entities than this is too common to be a name part.
_MAX_PART_SHARE = 6
_PEOPLE = {str(AKG.Person), str(AKG.Astronaut)}
_STATIONS = {str(AKG.SpaceStation)}


@dataclass(frozen=True)
class Named:
    """An entity the graph knows by name."""

    iri: str
    label: str
    types: tuple[str, ...] = ()  # class IRIs
    aliases: tuple[str, ...] = ()
    weight: int = 0  # how many facts mention it: the prior for an ambiguous name


@dataclass(frozen=True)
class Candidate:
    """One reading of a mention."""

    iri: str
    label: str
    how: str  # one of HOW
    score: float  # 100 for exact names; the fuzzy score otherwise


@dataclass(frozen=True)
class Mention:
    """Words of the question that name something in the graph (token offsets, end exclusive)."""

    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]  # most likely first

    @property
    def best(self) -> Candidate:
        return self.candidates[0]

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


class EntityIndex:
    """Names of the graph's entities, for linking, autocomplete and suggestions."""

    def __init__(self, entities: Iterable[Named]) -> None:
        self.entities: dict[str, Named] = {e.iri: e for e in entities}
        self._exact: dict[str, dict[str, str]] = defaultdict(dict)  # key -> iri -> how
        parts: dict[str, set[str]] = defaultdict(set)
        for e in self.entities.values():
            for name, how in ((e.label, "label"), *((a, "alias") for a in e.aliases)):
                key = normalise(name)
                if not key:
                    continue
                if self._exact[key].get(e.iri) != "label":
                    self._exact[key][e.iri] = how
                words = key.split()
                if len(words) > 1:
                    for word in words:
                        if len(word) > 2 and not word.isdigit():
                            parts[word].add(e.iri)
        for e in self.entities.values():
            if _PEOPLE & set(e.types):
                for surname in _double_surnames(e):
                    parts[surname].add(e.iri)
        self._parts = {w: iris for w, iris in parts.items() if len(iris) <= _MAX_PART_SHARE}
        self._spelt: dict[str, set[str]] = defaultdict(set)  # a person's name key -> iris
        self._short: dict[str, set[str]] = defaultdict(set)  # "marcos pontes" -> "Marcos César Pontes"
        for e in self.entities.values():
            if _PEOPLE & set(e.types):
                for name in (e.label, *e.aliases):
                    if len(name.split()) > 1 and (spelt := name_key(name)):
                        self._spelt[spelt].add(e.iri)
                    for short in (f for f in forms(name) if " " in f) if len(name.split()) > 2 else ():
                        self._short[short].add(e.iri)
        self._designations: dict[str, set[str]] = defaultdict(set)  # "sts51g" -> the iris of "STS-51G"
        for key, iris in self._exact.items():
            if _digits(key):
                self._designations[key.replace(" ", "")].update(iris)
        self._keys = sorted(set(self._exact) | set(self._parts))


    def types_of(self, iri: str) -> set[str]:
        """The classes the graph gives a thing (none for one it does not know)."""
        named = self.entities.get(iri)
        return set(named.types) if named is not None else set()
    def __len__(self) -> int:
        return len(self.entities)

    def lookup(self, name: str, *, fuzzy: bool = True) -> list[Candidate]:
        """Every reading of a name, most likely first: exact labels, aliases, a word of a
        longer name (a surname alone), then close spellings."""
        key = normalise(name)
        found = {iri: Candidate(iri, self.entities[iri].label, how, 100.0)
                 for iri, how in self._exact.get(key, {}).items()}
        if not found and (known := normalise(canonical_name(name))) != key:
            # a name the articles never used, for a thing they name another way ("ISS", "KSC")
            found = {iri: Candidate(iri, self.entities[iri].label, "alias", 100.0)
                     for iri in self._exact.get(known, {})}
        if not found and _digits(key):  # "STS 51-G", "STS-51-G": STS-51G spaced or hyphenated another way
            found = {iri: Candidate(iri, self.entities[iri].label, "alias", 100.0)
                     for iri in self._designations.get(key.replace(" ", ""), ())}
        if not found and (counted := _counted(key)) != key:  # "Expedition Three": Expedition 3
            found = {iri: Candidate(iri, self.entities[iri].label, "alias", 100.0)
                     for iri in self._exact.get(counted, {})}
        if not found and len(key.split()) > 1 and (spelt := name_key(key)):
            for iri in self._short.get(spelt, ()):  # a name said without its middle name: "Marcos Pontes"
                found[iri] = Candidate(iri, self.entities[iri].label, "alias", 100.0)
            for iri in () if found else self._spelt.get(spelt, ()):  # "Nikolaj Brusov": "Nikolai Brusov" spelt
                found[iri] = Candidate(iri, self.entities[iri].label, "fuzzy", 100.0)  # another way, and said so
        station = any(_STATIONS & set(self.entities[c.iri].types) for c in found.values() if c.how == "label")
        for iri in self._parts.get(key, ()):
            if station and not _STATIONS & set(self.entities[iri].types):
                continue  # "Mir" is the station, not "Mir-16", an expedition to it named after it
            found.setdefault(iri, Candidate(iri, self.entities[iri].label, "part", 100.0))
        if not found and fuzzy and len(key) >= 4:
            for match, score, _ in process.extract(key, self._keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF,
                                                   limit=4):
                if _digits(match) != _digits(key):
                    continue  # "Apolo 16" is never Apollo 15: a number is spelt right or not read
                for iri in (*self._exact.get(match, {}), *self._parts.get(match, ())):
                    found.setdefault(iri, Candidate(iri, self.entities[iri].label, "fuzzy", float(score)))
            ranked = sorted(found.values(), key=self._rank)
            if len(ranked) > 1 and ranked[0].score - ranked[1].score < _CLEAR_LEAD:
                return []  # no reading is clearly best: ask, do not guess
            return ranked[:1]
        return sorted(found.values(), key=self._rank)

    def _rank(self, c: Candidate) -> tuple[int, float, int, str]:
        return HOW.index(c.how), -c.score, -self.entities[c.iri].weight, c.label

    def link(self, tokens: Sequence[Token], avoid: Iterable[int] = ()) -> list[Mention]:
        """Exact entity names in a question, longest first, never overlapping. Tokens in
        ``avoid`` are not linked."""
        taken = set(avoid)
        mentions: list[Mention] = []
        for length in range(min(_MAX_SPAN, len(tokens)), 0, -1):
            for start in range(len(tokens) - length + 1):
                span = tokens[start:start + length]
                if any(t.i in taken for t in span) or not _plausible(span):
                    continue
                candidates = self.lookup(span_text(span), fuzzy=False)
                if length == 1 and candidates and candidates[0].how == "part" and not _name_like(span[0]):
                    continue
                if candidates and all(c.how != "label" for c in candidates) and _more_name(tokens, span, taken,
                                                                                           candidates):
                    continue  # "Marta Berg" is not Anna Berg: a full name never falls back to its surname
                if candidates and _numbered(tokens, span, taken):
                    continue  # "Skylab 2", a flight the graph does not know, is not the station Skylab
                if candidates:
                    mentions.append(Mention(span[0].i, span[-1].i + 1, span_text(span), tuple(candidates)))
                    taken.update(t.i for t in span)
        return sorted(mentions, key=lambda m: m.start)

    def link_fuzzy(self, tokens: Sequence[Token], avoid: Iterable[int] = ()) -> list[Mention]:
        """Names spelt a little differently from the graph's ("Scot Kely"): runs of
        name-like words outside ``avoid`` matched by similarity."""
        mentions = []
        taken = set(avoid)
        for run in _name_runs(tokens, taken):
            numbered = _with_number(tokens, run, taken)
            candidates = self.lookup(span_text(numbered)) if numbered else []
            run = numbered if candidates else run
            if not candidates and _numbered(tokens, run, taken):
                continue  # "Vesta 2" unknown: not Vesta
            candidates = candidates or self.lookup(span_text(run))
            if candidates and all(c.how in ("part", "alias") for c in candidates) and _more_name(tokens, run, taken,
                                                                                                 candidates):
                continue
            if candidates:
                mentions.append(Mention(run[0].i, run[-1].i + 1, span_text(run), tuple(candidates)))
        return mentions

    def complete(self, prefix: str, limit: int = 10) -> list[Named]:
        """Entities whose label, alias or any word of them starts with ``prefix`` (autocomplete)."""
        key = normalise(prefix)
        if not key:
            return []
        hits: dict[str, tuple[int, Named]] = {}
        for e in self.entities.values():
            names = [normalise(n) for n in (e.label, *e.aliases)]
            if any(n.startswith(key) for n in names):
                hits[e.iri] = (0, e)
            elif any(w.startswith(key) for n in names for w in n.split()):
                hits.setdefault(e.iri, (1, e))
        ranked = sorted(hits.values(), key=lambda h: (h[0], -h[1].weight, h[1].label))
        return [e for _, e in ranked[:limit]]

    def cased(self, text: str) -> str:
        """A question written all in lower case with the graph's names capitalised, so the model
        reads them as names ("what did nora vell study" -> "what did Nora Vell study"): names of
        two words or more, a person's name of one word, and a numbered one ("crew-7", "sts-51b":
        letters and digits, no word of the language). Other text is returned as it is."""
        if any(c.isupper() for c in text):
            return text
        words = re.findall(r"\S+", text)
        out = list(words)
        i = 0
        while i < len(words):
            for n in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1) if words[i] != "the" else ():
                key = normalise(_POSSESSIVE.sub("", " ".join(words[i:i + n])))
                iris = self._exact.get(key, {})
                if iris and (n > 1 or _numbered_word(key) or any(_PEOPLE & set(self.entities[iri].types)
                                                                  for iri in iris)):
                    out[i:i + n] = self._written(key, iris, words[i:i + n])
                    i += n
                    break
            else:
                i += 1
        return " ".join(out)

    def _written(self, key: str, iris: Iterable[str], words: list[str]) -> list[str]:
        """``words`` as the graph writes the name they match ("the iss" -> "the ISS"), each
        keeping what the asker wrote after it ("kelly's" -> "Kelly's")."""
        for iri in iris:
            e = self.entities[iri]
            for name in (e.label, *e.aliases):
                if normalise(name) == key and len(parts := name.split()) == len(words):
                    return [part + word[len(part):] for part, word in zip(parts, words, strict=True)]
        return [w[:1].upper() + w[1:] for w in words]

    def suggest(self, text: str, limit: int = 5) -> list[Named]:
        """Entities whose names look most like ``text`` (for "did you mean ...?"), best first:
        whole words compared (token_set_ratio), so a close spelling of a word still counts but
        a short word inside an unrelated name does not ("New" of New Jersey for "Ozzy Osbourne")."""
        found = process.extract(text, self._names, scorer=fuzz.token_set_ratio, processor=utils.default_process,
                                score_cutoff=SUGGEST_CUTOFF, limit=limit * 4)
        ranked = sorted(found, key=lambda m: (-m[1], -self.entities[m[2][0]].weight, m[0]))
        return [self.entities[iri] for iri in dict.fromkeys(key[0] for _, _, key in ranked)][:limit]

    @cached_property
    def _names(self) -> dict[tuple[str, str], str]:
        """Every name of every entity, keyed by (IRI, name), for :meth:`suggest`."""
        return {(e.iri, name): name for e in self.entities.values() for name in (e.label, *e.aliases)}


def _double_surnames(person: Named) -> set[str]:
    """The surnames of two words a person's names show, keyed as :func:`normalise` keys them:
    a hyphenated last word ("Serena Aunon-Chancellor": "aunon chancellor"), or the last two
    words of a longer name when the articles called the person by the first of them alone
    ("Franklin Chang Diaz", called "Chang": "chang diaz"). A middle name is never said alone
    ("Eileen Marie Collins" is not "Marie"), so "Marie Collins" stays no name of hers. A
    hyphenated given name written last ("Yi So-yeon") is found the same way, as it should be."""
    alone = {normalise(a) for a in person.aliases if " " not in a.strip()}
    found: set[str] = set()
    for name in (person.label, *person.aliases):
        words = name.split()
        if len(words) < 2:
            continue
        if "-" in words[-1].strip("-") and len(key := normalise(words[-1]).split()) == 2 and \
                all(len(w) > 1 for w in key):
            found.add(" ".join(key))
        elif len(words) > 2 and normalise(words[-2]) in alone and len(words[-2].strip(".")) > 1:
            found.add(normalise(" ".join(words[-2:])))
    return found


def _counted(key: str) -> str:
    """A name whose last word spells its number, with the number in digits ("expedition three" ->
    "expedition 3"); the name itself otherwise (a name of one word is no numbered one)."""
    words = key.split()
    n = number(words[-1]) if len(words) >= 2 and words[-1].isalpha() and len(words[-1]) > 2 else None  # not "a"
    return key if n is None else " ".join([*words[:-1], str(n)])


def _numbered_word(key: str) -> bool:
    """Is a one-word name a designation of letters and digits ("crew 7", "sts 51b", "ns 31")?"""
    return any(c.isdigit() for c in key) and any(c.isalpha() for c in key)


#: Longest lower-case word that starts a name ("de", "van", "bin"): a longer one is a title before it.
_PARTICLE = 3


def _plausible(span: Sequence[Token]) -> bool:
    """Could these words be a name? Not when they start or end with a little word or a
    punctuation mark, and a single word must look like a name."""
    first, last = span[0], span[-1]
    if first.is_punct or last.is_punct or last.text in ("'s", "’s", "'") or first.lower == "the":
        return False
    if len(span) == 1:
        return _name_like(first) or first.text.isupper()
    if first.text[:1].islower() and first.text.isalpha() and len(first.text) > _PARTICLE and span[1].is_capitalised:
        return False  # "astronaut Jeanette Epps": a title before the name is no part of it ("van Hoften" is)
    return not (first.is_stop and not first.is_capitalised) and not (last.is_stop and not last.is_capitalised)


def _more_name(tokens: Sequence[Token], span: Sequence[Token], taken: set[int],
               candidates: Sequence[Candidate]) -> bool:
    """Is the span part of a longer name the graph does not know (a first name before it,
    or another name word after it)? A title before it is none ("Dr Foale"), though a royal's
    title goes with the name the person is called by, not any word of a longer name: "Prince
    Salman" is not Sultan bin Salman."""
    around = [tokens[i] for i in (span[0].i - 1, span[-1].i + 1) if 0 <= i < len(tokens) and i not in taken]
    after = tokens[span[-1].i + 1] if span[-1].i + 1 < len(tokens) else None
    numbered = after is not None and after.i not in taken and after.number is not None  # "Shenzhou 17"
    called = any(c.how != "part" for c in candidates)
    return numbered or any(t.pos == "PROPN" and _name_like(t) and not t.is_stop and not _honorific(t, span, called)
                           for t in around)


def _numbered(tokens: Sequence[Token], span: Sequence[Token], taken: set[int]) -> bool:
    """Is the name followed by a number that counts it ("Skylab 2", "Salyut 7"), the way a
    mission or a craft is named after another thing? Then, unknown with its number, it names
    something else. A year after it is no part of it ("NASA 2009")."""
    after = tokens[span[-1].i + 1] if span[-1].i + 1 < len(tokens) else None
    return after is not None and after.i not in taken and after.number is not None and after.number < 1000 \
        and after.dep == "nummod" and span[0].i <= after.head <= span[-1].i


#: Titles said before a name ("Dr Foale", "Mr. Tsibliyev", "Colonel Hadfield"): no part of the name
_HONORIFICS = {"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "col", "capt", "gen", "lt", "maj", "cmdr",
               "sgt", "cdr", "lord", "lady", "president", "senator", "sen", "governor", "general", "colonel",
               "captain", "commander", "major"}
#: A royal's titles, said before the name the person is called by ("Prince Sultan", "Sheikh Hamdan")
_ROYAL = {"prince", "princess", "sheikh", "sheik", "sheikha", "king", "queen", "emir"}


def _honorific(token: Token, span: Sequence[Token], called: bool) -> bool:
    """A title right before the name ("Dr Foale", "Mr. Lazutkin"), not a first name; a royal's
    only before a name the person is ``called`` by (a label or an alias, not a part)."""
    title = token.lower.rstrip(".")
    return token.i < span[0].i and (title in _HONORIFICS or called and title in _ROYAL)


def _name_like(token: Token) -> bool:
    """A proper noun, or a capitalised word that does not start the question."""
    if token.is_stop and token.lower in _PRONOUNS:
        return False
    return token.pos == "PROPN" or (token.is_capitalised and token.i > 0 and not token.is_stop)


_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they", "him", "her", "them", "his", "its", "their"}


def _digits(key: str) -> list[str]:
    """The groups of digits of a name ("soyuz ms 25": ["25"]), which no typo correction changes."""
    return re.findall(r"\d+", key)


def _with_number(tokens: Sequence[Token], run: Sequence[Token], taken: set[int]) -> list[Token]:
    """The run of name words with the number right after it ("Apolo" "16"), the way a mission or
    a craft is named; empty when no number follows."""
    after = run[-1].i + 1
    if after >= len(tokens) or after in taken or not any(c.isdigit() for c in tokens[after].text):
        return []
    return [*run, tokens[after]]


def _name_runs(tokens: Sequence[Token], taken: set[int]) -> list[list[Token]]:
    """Runs of name-like words no exact name covered: the places to try close spellings."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for t in tokens:
        if t.i not in taken and _name_like(t) and not t.is_punct:
            current.append(t)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs
