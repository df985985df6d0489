"""Domain entities the small statistical model misses or mislabels.

Spacecraft, missions, expeditions, stations, agencies, launch and landing sites, rockets,
schools, awards, countries, US states and demonyms are found by patterns written as data in
``extract/patterns/`` (phrases and regular expressions that generalise, such as
``STS-<n>`` or ``Soyuz MS-<n>``). Each match carries its canonical name as the span's
``kb_id`` ("Nasa" -> "NASA", "NJ" -> "New Jersey", "American" -> "United States",
"Shenzhou XV" -> "Shenzhou-15").

Some names are ordinary words too ("Endurance", "Freedom", "Horizons"): their patterns
ask for context ("the Crew Dragon Endurance", "a capsule named Freedom", "the Horizons
mission"), and once the context has shown what the word names, its other capitalised
uses in the article name the same thing ("echo"). A capsule's own name is an entity apart
from its craft type: "the Crew Dragon Endurance" is one name here, of the capsule
"Endurance", and :mod:`extract.components.capsules` gives its type its own entity. A name two
craft bear ("Endeavour", an orbiter and a capsule) asks for what the page is about as well:
a pattern's "page" words (one of them somewhere in the text: "STS-") and "unless" words (none
of them: "Dragon").

Matching runs regular expressions over the text (C code, no per-token Python), then
aligns matches to tokens, because the tokenizer splits names like "TMA-07M" unevenly.
Our spans win over overlapping model entities; the model's other entities stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from extract import extensions
from extract.components.first_letters import first_letters
from extract.patterns import read_jsonl

#: labels this component adds, beside the model's own; MODULE (a station's module: "Spektr",
#: "the Columbus laboratory") is no entity of the graph, only never a person's or a place's name
LABELS = ("AGENCY", "ORG", "STATION", "LAUNCH_SITE", "MISSION", "EXPEDITION", "PROGRAM", "SPACECRAFT", "ROCKET",
          "CELESTIAL", "AWARD", "SCHOOL", "GPE", "NORP", "MODULE")


@registry.misc("astrokg.entities.v1")  # type: ignore[untyped-decorator]
def entity_patterns() -> list[dict[str, Any]]:
    """Named things of spaceflight: phrases and regular expressions with canonical names."""
    return [dict(p) for p in read_jsonl("entities")]


@registry.misc("astrokg.places.v1")  # type: ignore[untyped-decorator]
def place_patterns() -> list[dict[str, Any]]:
    """Countries (names, abbreviations, demonyms) and US states (names, postal abbreviations),
    as entity patterns whose canonical name is the country or state; and a country's space
    agency named by the country ("the US space agency", "Japan's space agency")."""
    patterns: list[dict[str, Any]] = []
    for country in read_jsonl("countries"):
        patterns.append({"label": "GPE", "id": country["name"], "phrases": country["aliases"], "case": True})
        demonyms = [d for d in country["demonyms"] if d not in country["aliases"]]
        if demonyms:
            patterns.append({"label": "NORP", "id": country["name"], "phrases": demonyms, "case": True})
        if "agency" in country:  # one expression, tried only on texts that say "space agency"
            told = sorted({*country["aliases"], *demonyms}, key=len, reverse=True)
            names = "|".join(re.escape(n) for n in told)
            patterns.append({"label": "AGENCY", "id": country["agency"], "if": ["space agency", "Space Agency"],
                             "regex": rf"(?i:(?:{names})(?:'s|’s)? space agency)"})
    for state in read_jsonl("us_states"):
        patterns.append({"label": "GPE", "id": state["name"], "phrases": [state["name"], *state["abbreviations"]],
                         "case": True})
    return patterns


@registry.misc("astrokg.capsules.v1")  # type: ignore[untyped-decorator]
def capsule_patterns() -> list[dict[str, Any]]:
    """Capsules with names of their own ("Endurance", "Calypso"), found where the context
    says they are craft: after their craft type or "capsule", "named", "aboard", before
    "capsule" or "spacecraft", or in quotes."""
    names = "|".join(re.escape(c["name"]) for c in read_jsonl("capsules"))
    before = "|".join(f"(?<={re.escape(w)})" for w in (
        "capsule ", "capsule, ", "spacecraft ", "named ", "dubbed ", "called ", "christened ", "aboard ",
        "aboard the ", "spacecraft as ", "capsule as ", '"', "“"))
    return [{"label": "SPACECRAFT", "id": "{1}{2}{3}", "echo": True, "if": [c["name"] for c in read_jsonl("capsules")],
             "regex": f"(?:{CRAFT_TYPES}(?: capsule| spacecraft)?,? ({names})|(?:{before})({names})"
                      f"|({names})(?= capsule| spacecraft))"}]


#: how reporters write the craft types of named capsules, before the capsule's name
CRAFT_TYPES = "(?:SpaceX |Boeing )?(?:Crew Dragon|Dragon|CST-100 Starliner|Starliner)"


@dataclass(frozen=True)
class Rule:
    """One compiled pattern: what it labels and how to name what it matched."""

    label: str
    regex: re.Pattern[str]
    template: str  # "{0}" is the whole match, "{1}".. its groups
    needs: tuple[str, ...] = ()  # strings the text must contain for the rule to be tried ("if")
    arabic: bool = False  # Roman numerals and number words in the groups are written in digits ("Shenzhou XV"
    # -> "Shenzhou-15", "Expedition Three" -> "Expedition 3")
    echo: bool = False  # other capitalised uses of a matched name in the text name the same thing
    line: bool = False  # a match lies within one line, and holds one of ``needs``: only such lines are read
    page: tuple[str, ...] = ()  # strings the text must also hold one of, anywhere ("page"): what the page is about
    unless: tuple[str, ...] = ()  # strings whose presence anywhere in the text turns the rule off ("unless")

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """The rule's matches in the text, as one scan of it would find them. A ``line`` rule
        reads only the lines that hold one of its words: a long expression ("up to four
        capitalised words before 'University'") tried at every word of an article is the
        costliest of the patterns, and its words are in a few lines."""
        if not self.line:
            yield from self.regex.finditer(text)
            return
        read = 0  # where the lines read so far end
        for at in sorted({i for word in self.needs for i in _occurrences(text, word)}):
            if at < read:
                continue
            start = text.rfind("\n", 0, at) + 1
            read = text.find("\n", at) + 1 or len(text)
            yield from self.regex.finditer(text, start, read)


@dataclass(frozen=True)
class PhraseRule:
    """Every plain phrase of the patterns in one alternation (a tree of their letters, longest first), with the label
    and canonical name of each phrase: one scan of the text instead of one per pattern."""

    regex: re.Pattern[str]
    names: dict[str, tuple[str, str]]  # phrase (lower-cased when case-insensitive) -> label, id
    fold: bool


def compile_rules(patterns: Iterable[dict[str, Any]]) -> tuple[list[Rule], list[PhraseRule]]:
    """Compile pattern records: regular expressions one by one, phrases into two
    alternations (case-sensitive and not)."""
    rules = []
    phrases: dict[bool, dict[str, tuple[str, str]]] = {False: {}, True: {}}
    for p in patterns:
        if "regex" in p:
            regex = re.compile(rf"{first_letters(p['regex']) or ''}(?<![\w-])(?:{p['regex']})(?![\w-])")
            rules.append(Rule(p["label"], regex, p.get("id", "{0}"), tuple(p.get("if", ())), bool(p.get("arabic")),
                              bool(p.get("echo")), bool(p.get("line")) and bool(p.get("if")),
                              tuple(p.get("page", ())), tuple(p.get("unless", ()))))
            continue
        fold = not p.get("case", True)
        for phrase in p["phrases"]:
            name = p.get("id", "{0}")
            phrases[fold].setdefault(phrase.lower() if fold else phrase, (p["label"], name))
    compiled = []
    for fold, table in phrases.items():
        if table:
            source = f"(?i:{_alternation(table)})" if fold else _alternation(table)
            # the first letters of the phrases first: most places in a text fail there at once
            regex = re.compile(rf"{first_letters(source) or ''}(?<![\w-])(?:{source})(?![\w-])")
            compiled.append(PhraseRule(regex, table, fold))
    return rules, compiled


def _alternation(phrases: Iterable[str]) -> str:
    """One expression for the phrases, as a tree of their letters ("Soyuz|Sokol" is
    "So(?:kol|yuz)"): it matches the longest phrase that fits, as the plain alternation
    longest first would, but reads each letter once instead of once per phrase."""
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def render(node: dict[str, Any]) -> str:
        # the longer phrases first, the phrase that ends here ("") last
        branches = [re.escape(ch) + render(rest) for ch, rest in sorted(node.items()) if ch]
        branches += [""] if "" in node else []
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(tree)


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


#: typographic hyphens that some sites print in names, read as the plain one (one character for
#: one, so the offsets of a match stay the document's)
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def canonical(rule: Rule, match: re.Match[str]) -> str:
    """The canonical name of a match: the rule's template filled with the matched text."""
    groups = [" ".join(match.group(0).split())] + [g or "" for g in match.groups()]
    if rule.arabic:
        groups = [str(_NUMBERS[g]) if g in _NUMBERS else g for g in groups]
    return " ".join(rule.template.format(*groups).split())


_NUMBERS = {tens + units: 10 * t + u
            for t, tens in enumerate(["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"])
            for u, units in enumerate(["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"])
            if tens or units} | {word: n for n, word in enumerate(
                ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
                 "Thirteen", "Fourteen", "Fifteen"], 1)}


@cache
def _default_rules() -> tuple[list[Rule], list[PhraseRule]]:
    return compile_rules([*entity_patterns(), *place_patterns(), *capsule_patterns()])


@cache
def canonical_name(name: str) -> str:
    """The canonical name of a name written on its own, when one pattern covers all of it
    ("Shenzhou XV" -> "Shenzhou-15", "the Atlantic" -> "Atlantic Ocean"); else the name.
    For comparing names written by hand (gold facts) with extracted ones."""
    text = " ".join(name.split())
    # "the " before it, for the patterns that read the words before a name ("the Pacific")
    padded = "the " + (text[4:] if text.lower().startswith("the ") else text)
    rules, phrases = _default_rules()
    for phrase in phrases:
        if (m := phrase.regex.fullmatch(padded, 4)) is not None:
            return phrase.names[m.group(0).lower() if phrase.fold else m.group(0)][1].format(m.group(0))
    for rule in rules:
        if (m := rule.regex.fullmatch(padded, 4)) is not None:
            return canonical(rule, m)
    return text


def _aligned(doc: Doc, m: re.Match[str], label: str, name: str) -> Span | None:
    """The tokens a match covers; a token that only adds punctuation counts ("SpaceX." is one
    token when the sentence ends on it)."""
    span = doc.char_span(m.start(), m.end(), label=label, kb_id=name, alignment_mode="contract")
    if span is not None and len(span):
        return span
    span = doc.char_span(m.start(), m.end(), label=label, kb_id=name, alignment_mode="expand")
    if span is None or not len(span):
        return None
    text = extensions.text(doc)
    extra = text[span.start_char:m.start()] + text[m.end():span.end_char]
    return span if all(not ch.isalnum() for ch in extra) else None


#: "City" after a country's, state's or province's name: another place ("Quebec City")
_CITY = re.compile(r" City(?![\w-])")


def _city(doc: Doc, text: str, m: re.Match[str]) -> Span | None:
    """The city named after a country, state or province ("born in Quebec City", "Kansas
    City", "Mexico City"): one place as written, not the region its first word names."""
    city = _CITY.match(text, m.end())
    if city is None:
        return None
    span = doc.char_span(m.start(), city.end(), label="GPE", alignment_mode="contract")
    return None if span is None else Span(doc, span.start, span.end, label="GPE",
                                          kb_id=f"{' '.join(m.group(0).split())} City")


def _echoes(doc: Doc, text: str, names: dict[str, tuple[str, str]]) -> list[Span]:
    """Every use of names that context has shown to be entities ("Endurance" once "the
    Crew Dragon Endurance" has been named)."""
    regex = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(n) for n in names)})(?![\w-]| of )")
    spans = []
    for m in regex.finditer(text):
        label, name = names[m.group(0)]
        span = _aligned(doc, m, label, name)
        if span is not None:
            spans.append(span)
    return spans


_MORE = re.compile(r"(?:,\s*|,?\s+and\s+)(\d{1,3})(?![\w-])")


def _more_numbers(doc: Doc, end: int, label: str, word: str) -> list[Span]:
    """The other numbers of a plural name: "Expeditions 59, 60 and 61" names three."""
    spans = []
    while (m := _MORE.match(extensions.text(doc), end)) is not None:
        span = doc.char_span(m.start(1), m.end(1), label=label, kb_id=f"{word} {m.group(1)}")
        if span is None:
            break
        spans.append(span)
        end = m.end()
    return spans


@Language.factory(
    "astrokg_entities",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"patterns": {"@misc": "astrokg.entities.v1"}, "places": {"@misc": "astrokg.places.v1"},
                    "capsules": {"@misc": "astrokg.capsules.v1"}},
)
def make_entity_ruler(
    nlp: Language, name: str, patterns: list[dict[str, Any]], places: list[dict[str, Any]],
    capsules: list[dict[str, Any]],
) -> EntityRuler:
    return EntityRuler(name, [*patterns, *places, *capsules])


class EntityRuler:
    """Adds pattern-matched domain entities to ``doc.ents``, replacing overlapping ones."""

    def __init__(self, name: str, patterns: list[dict[str, Any]]) -> None:
        self.name = name
        self.rules, self.phrases = compile_rules(patterns)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Every pattern match as a labelled span, overlaps resolved longest first."""
        found: list[Span] = []
        text = extensions.text(doc).translate(_HYPHENS)  # "STS‐127" with a typographic hyphen is STS-127
        for phrases in self.phrases:
            for m in phrases.regex.finditer(text):
                label, template = phrases.names[m.group(0).lower() if phrases.fold else m.group(0)]
                name = template.format(" ".join(m.group(0).split()))
                span = _city(doc, text, m) if label == "GPE" else None
                span = span or _aligned(doc, m, label, name)
                if span is not None:
                    found.append(span)
        echoes: dict[str, tuple[str, str]] = {}
        said: dict[str, bool] = {}  # needed word -> whether the text has it (rules share words: asked once)
        for rule in self.rules:
            if rule.needs and not any(said[w] if w in said else said.setdefault(w, w in text) for w in rule.needs):
                continue
            if rule.page and not any(w in text for w in rule.page) or any(w in text for w in rule.unless):
                continue
            for m in rule.matches(text):
                span = _aligned(doc, m, rule.label, canonical(rule, m))
                if span is not None:
                    found.append(span)
                    if rule.echo:
                        echoes[span.kb_id_] = (rule.label, span.kb_id_)
                    if rule.label == "EXPEDITION" and m.group(0).startswith("Expeditions"):
                        found += _more_numbers(doc, m.end(), rule.label, m.group(0).split()[0][:-1])
        if echoes:
            found += _echoes(doc, text, echoes)
        return filter_spans(found)

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        """Put the spans in ``doc.ents``; model entities that overlap them are dropped."""
        taken = {i for span in spans for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = sorted([*kept, *spans], key=lambda s: s.start)
