"""Who is who inside an article: one cluster per entity, and what each pronoun means.

Names are grouped first: full person names by their text, a bare surname or first name
("Kelly", "Scott", "Lopez-Alegria") with the one full name it fits; when two fit ("Kelly"
with Scott and Mark Kelly), with the one the article introduced first among those named
before it (news keeps the bare surname for its own person and names a relative in full),
never with both. Other entities group by canonical name (``kb_id``) or text.

Then references: "he"/"she"/"his"/"her" go to the nearest earlier person in the same
sentence whose gender does not clash (learned from earlier pronouns and words such as
"wife" or "congresswoman"), else to the last person who was a grammatical subject;
descriptions such as "the 51-year-old", "the Nasa astronaut" or "this brave woman" go to that subject too;
"the agency" to the agency the story names most, "the station", "the mission" to the last
entity of that kind; "the pair", "the two Nasa astronauts", "they", "the Kellys" and "the
crew" (after a sentence that names two or more) to each of the people they name.
The result is plain data on ``doc._.astrokg_clusters`` and ``doc._.astrokg_refs``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract import extensions
from extract.components.captions import is_caption, is_filler
from extract.components.dates import past_mention
from extract.components.earlier_flights import earlier_flights
from extract.components.handovers import other_side
from extract.components.hosts import TRIP_UP, host
from extract.components.names import surname
from extract.frames.groups import country_of
from extract.name_keys import PARTICLES, name_key, parse
from extract.patterns import read_jsonl

#: entity label -> cluster label (labels not listed are not entities of the graph)
GROUPS = {
    "PERSON": "PERSON", "AGENCY": "AGENCY", "ORG": "ORG", "SCHOOL": "SCHOOL", "GPE": "PLACE", "LOC": "PLACE",
    "FAC": "PLACE", "LAUNCH_SITE": "LAUNCH_SITE", "MISSION": "MISSION", "EXPEDITION": "EXPEDITION",
    "SPACECRAFT": "SPACECRAFT", "STATION": "STATION", "ROCKET": "ROCKET", "AWARD": "AWARD",
    "CELESTIAL": "CELESTIAL", "NORP": "PLACE", "PROGRAM": "PROGRAM",
}
_SCHOOL_WORDS = re.compile(r"\b(University|College|Institute|Academy|School)\b")
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_FEMALE_NOUNS = {"woman", "wife", "girlfriend", "congresswoman", "sister", "mother", "daughter", "actress",
                 "spokeswoman", "businesswoman", "chairwoman", "mrs", "ms", "widow", "fiancee", "fiancée"}
_MALE_NOUNS = {"man", "husband", "boyfriend", "congressman", "brother", "father", "son", "spokesman",
               "businessman", "chairman", "mr", "widower", "fiance", "fiancé"}
_GROUP_NOUNS = {
    "agency": "AGENCY", "station": "STATION", "outpost": "STATION", "laboratory": "STATION",
    "mission": "MISSION", "flight": "MISSION", "expedition": "EXPEDITION", "spacecraft": "SPACECRAFT",
    "capsule": "SPACECRAFT", "ship": "SPACECRAFT", "rocket": "ROCKET", "crew": "MISSION",
}
#: nouns that "this" makes the person the story is about ("This brave woman ... remained in space"), though "the
#: woman" may be anyone
_THIS_ONE = {"woman", "man", "pioneer", "hero", "heroine"}
#: the gender a noun of :data:`_THIS_ONE` tells
_SEX_OF = {"woman": "f", "heroine": "f", "man": "m"}
#: people who speak for an agency, never the story's astronaut told of again
_OFFICIALS = {"spokesperson", "spokesman", "spokeswoman", "administrator", "director", "official", "chief", "head"}
#: words between two names of one person: "X, also known as Y", "X was also known as Y", "X, born Y"
_AKA = re.compile(r"^\W*((?:(?:was|is) )?(?:also (?:called|known as)|known as)|a\.k\.a\.|nicknamed|born)\W*$")
_AGE = re.compile(r"\b[Tt]he (\d{1,3})-year-old\b")


def _person_nouns() -> set[str]:
    nouns = {r["term"].split()[-1] for r in read_jsonl("roles")}
    return nouns | {"veteran", "commander", "spaceflyer", "spacewalker", "flyer", "native"}


@Language.factory("astrokg_aliases", assigns=["doc._.astrokg_clusters", "doc._.astrokg_refs"],
                  requires=["doc.ents"], default_config={})
def make_alias_resolver(nlp: Language, name: str) -> AliasResolver:
    return AliasResolver(name)


class AliasResolver:
    """Groups mentions into entities and resolves references (see the module docstring)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.person_nouns = _person_nouns()

    def __call__(self, doc: Doc) -> Doc:
        clusters, owner = cluster_mentions(doc)
        doc._.astrokg_clusters = clusters
        doc._.astrokg_refs = self.references(doc, clusters, owner)
        return doc

    def references(self, doc: Doc, clusters: list[dict[str, object]], owner: dict[int, int]) -> list[list[int]]:
        """Pronouns and descriptions with the cluster each one points at."""
        labels = [str(c["label"]) for c in clusters]
        gender: dict[int, str] = {}
        for ent in doc.ents:
            c = owner.get(ent.start)
            if c is not None and labels[c] == "PERSON":
                g = _gender_hint(ent)
                if g:
                    gender.setdefault(c, g)
        ages: dict[int, re.Match[str]] = {}
        for m in _AGE.finditer(extensions.text(doc)):
            found = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if found is not None and _describes_person(found):
                ages[found.start] = m
        starts = {s for c in clusters for s, _ in c["mentions"]}  # type: ignore[attr-defined]
        refs: list[list[int]] = []
        subject: int | None = None
        recent: list[int] = []
        seen: list[tuple[int, int]] = []  # (sentence number, person) of every name and reference, in order
        surnames: dict[str, list[int]] = {}  # surname -> the people named in full with it
        for index, cluster in enumerate(clusters):
            words = str(cluster["name"]).split()
            if cluster["label"] == "PERSON" and len(words) >= 2:
                surnames.setdefault(words[-1], []).append(index)
        last_of: dict[str, int] = {}
        past = {i for cluster in clusters if cluster["label"] in ("MISSION", "SPACECRAFT")
                for start, end in cluster["mentions"] if past_mention(doc, start, end)  # type: ignore[attr-defined]
                for i in range(start, end)}  # "her flight on Shenzhou-10 in 2013": not what "the crew" means later
        past |= earlier_flights(doc, clusters)
        sents = list(doc.sents)  # spaCy walks the sentence starts anew on every read
        sent_of = {i: n for n, s in enumerate(sents) for i in range(s.start, s.end)}
        names = sorted((s, c) for c, cluster in enumerate(clusters) if cluster["label"] == "PERSON"
                       for s, _ in cluster["mentions"])  # type: ignore[attr-defined]
        headline = sents[0].end if sents else 0  # the first sentence
        captions: set[int] = set()  # numbers of the sentences that caption a photo or are filler ("Advertisement")
        unnamed: set[int] = set()  # numbers of the sentences whose subject is a group they do not name
        groups: dict[int, list[int]] = {}  # sentence number -> the people its subject "they", "the crew" means
        crews: set[int] = set()  # the sentences whose subject group is a crew ("the crew", "A flew with B")
        doers: dict[int, list[int]] = {}  # sentence number -> the people named or referred to as its subjects
        introduced = (-1, -1)  # (sentence number, person) of the last person a sentence introduced
        lone = (-1, -1)  # (sentence number, person) of the one person a sentence without a person subject names
        handed: set[tuple[int, int]] = set()  # (sentence number, person) of those a handover names as its other side
        mates: set[tuple[int, int]] = set()  # (sentence number, person) of those named as "their crewmate"
        hosted: set[tuple[int, int]] = set()  # (sentence number, person) of those an arriving crew found aboard
        for number, sent in enumerate(sents):
            in_sentence: list[int] = []
            subjects: list[int] = []
            doers[number] = []
            skip_to = -1
            topic = _name_heading(sent, owner, labels)
            if is_caption(sent) or is_filler(sent):
                captions.add(number)
            if topic is not None:  # "Denis Matveev." before "Born in 1983, he ...": whom the entry is about
                subject = topic
            for tok in sent:
                if tok.i < skip_to:
                    continue
                c = owner.get(tok.i)
                if c is not None:
                    label = labels[c]
                    if label == "PERSON":
                        if tok.i in starts:
                            in_sentence.append(c)
                            recent.append(c)
                            seen.append((number, c))
                            if other_side(tok):
                                handed.add((number, c))
                            if _their_mate(tok):
                                mates.add((number, c))
                            if host(tok):
                                hosted.add((number, c))
                        if _is_subject(tok):
                            subjects.append(c)
                            doers[number].append(c)
                            if _main_clause(tok):  # not "while Pavel Belyayev stayed in the cabin"
                                subject = c
                                if _inverted(tok):  # "Joining them is X": whom a description means next
                                    introduced = (number, c)
                                with_whom = [p for p in _companions(tok, owner, labels) if p != c] \
                                    if tok.i in starts and number not in groups else []
                                if with_whom:  # "Ana Ruiz flew with Lev Ode": the crew "they" means next
                                    groups[number] = [c, *with_whom]
                                    crews.add(number)
                        elif _introduced(tok):  # "The mission commander is Cai Xuzhe": whom "he" means next
                            subject = c
                            introduced = (number, c)
                    elif tok.i not in past:
                        last_of[label] = c
                        if label == "EXPEDITION":
                            last_of["MISSION"] = c
                    continue
                low = tok.lower_
                if low in _PEOPLE and tok.tag_ == "NNS" and _is_subject(tok) and not any(
                        c.dep_ == "appos" and labels[owner.get(c.i, 0)] == "PERSON" and c.i in owner
                        for c in tok.children):  # (not "Astronauts A and B worked", which names them)
                    unnamed.add(number)  # "The cosmonauts worked with A and B": a group of its own beside them
                plural = _plural(tok) if low in _PLURAL_STARTS else None
                if plural is not None:
                    stop, size, family = plural
                    later = [(sent_of[s], c) for s, c in names if s >= stop and (
                        sent_of[s] != number or _verb_of(doc[s]) == _verb_of(tok))] if size is not None and size < 0 \
                        else []  # "Six women rode X, the first since Y flew alone": not Y, whose clause is another
                    noun = doc[stop - 1].lower_ in _PEOPLE
                    told = _Told(seen, captions, unnamed, groups, crews if noun else set(), handed, mates,
                                 doers if noun and doc[stop - 1].lower_ != "crew" and size is None else None,
                                 hosted if doc[_verb_of(tok)].lemma_ in TRIP_UP else set())
                    members = surnames.get(family, []) if family else _group(told, later, number, size)
                    if len(members) >= 2:
                        refs.extend([tok.i, stop, member] for member in members)
                        seen.extend((number, member) for member in members)
                        if _is_subject(doc[stop - 1]) and number not in groups:
                            groups[number] = members
                            if noun:
                                crews.add(number)
                        skip_to = stop
                        continue
                if low in _MALE or low in _FEMALE:
                    want = "m" if low in _MALE else "f"
                    same = [*reversed(subjects), *reversed(in_sentence)] if _is_subject(tok) else reversed(in_sentence)
                    ahead = _fronted_owner(tok, owner, labels)
                    if ahead is None:
                        ahead = _fronted_clause_owner(tok, owner, labels)
                    # "During her stay Meir and Koch ...", "Although he was born in Ohio, Lind grew up ..."
                    if ahead is not None and gender.get(ahead, want) == want:
                        same = [ahead]
                    elif (put := _put_forward(_Before(number, seen, introduced, lone, bool(in_sentence)), subject,
                                              subject, gender, want)) is not None:
                        same = [*same, put]
                    companions = _companions(tok, owner, labels)
                    target = _choose(iter(same), subject, reversed(recent), gender, want, companions)
                    if target is not None:
                        gender.setdefault(target, want)
                        if companions and _main_clause(tok) and number not in groups:
                            groups[number] = [target, *companions]
                            crews.add(number)
                        refs.append([tok.i, tok.i + 1, target])
                        in_sentence.append(target)
                        seen.append((number, target))
                        if _is_subject(tok):
                            doers[number].append(target)
                        if _is_subject(tok) and _main_clause(tok):
                            subject = target
                    continue
                if low == "first" and tok.dep_ == "amod" and tok.head.lemma_ in self.person_nouns \
                        and tok.head.tag_ == "NN" and (country := _a_country_s(tok.head, owner, labels)) \
                        and _is_description(tok.head, owner) and not _unnamed_before(tok.head, owner):
                    target = subject  # "X, the first South Korean in space, landed. South Korea's first
                    if target is not None and _told_first(doc, clusters[target], country):  # astronaut said": X
                        # (only one told as that country's first in apposition: a nation's first is often another)
                        refs.append([tok.i, tok.head.i + 1, target])
                        in_sentence.append(target)
                        seen.append((number, target))
                        skip_to = tok.head.i + 1
                    continue
                if tok.i in ages or (tok.lower_ in ("the", "this") and (tok.head.lemma_ in self.person_nouns or (
                        tok.lower_ == "this" and tok.head.lower_ in _THIS_ONE))
                                     and tok.head.tag_ == "NN" and _is_description(tok.head, owner)
                                     and not _unnamed_before(tok.head, owner)):
                    end = ages[tok.i].end() if tok.i in ages else None
                    span = doc.char_span(tok.idx, end, alignment_mode="expand") if end else \
                        doc[tok.i:tok.head.i + 1]
                    target = _prominent(recent, subject)
                    sex = _SEX_OF.get(tok.head.lower_)
                    put = _put_forward(_Before(number, seen, introduced, lone, bool(in_sentence)), subject, target,
                                       gender, sex)
                    target = target if put is None else put
                    if target is not None and sex is not None and gender.get(target, sex) != sex:
                        target = None  # "this woman" after a man: someone else
                    said = _countries_said(doc[tok.i + 1:tok.head.i])
                    if target is not None and said:  # "the Spanish-American veteran": not the Turkish pilot
                        target = _of_country(target, said, recent, doc, clusters, owner)
                    if target in in_sentence and _after_a_quote(tok):
                        target = None  # '"... in Sunita's hands," the Roscosmos cosmonaut said': not Sunita
                    if target is not None and span is not None:
                        refs.append([span.start, span.end, target])
                        in_sentence.append(target)
                        recent.append(target)
                        seen.append((number, target))
                        if _is_subject(span.root):
                            subject = target
                        skip_to = span.end
                    continue
                if tok.lower_ == "the" and tok.head.lower_ in _GROUP_NOUNS and tok.head.i == tok.i + 1 + \
                        sum(1 for t in doc[tok.i + 1:tok.head.i] if t.dep_ in ("amod", "compound")):
                    group = _GROUP_NOUNS[tok.head.lower_]
                    bare_crew = tok.head.lower_ == "crew" and tok.head.i == tok.i + 1  # not "the regular crew"
                    target = _main_agency(clusters, tok.i) if group == "AGENCY" else \
                        _story_mission(clusters, tok.i, past, headline) if bare_crew else last_of.get(group)
                    named = any(owner.get(t.i) is not None for t in doc[tok.i + 1:tok.head.i])
                    if target is not None and owner.get(tok.head.i) is None and not named:  # not "the Shenzhou-20
                        refs.append([tok.i, tok.head.i + 1, target])  # crew", which names its own mission
            if len(set(in_sentence)) == 1 and not doers[number] and number not in captions and number not in groups \
                    and sent.root.pos_ in ("VERB", "AUX") \
                    and not any(c.dep_ == "nsubj" and c.lower_ in _SPEAKERS for c in sent.root.children):
                lone = (number, in_sentence[0])  # "For McArthur the reuse is personal. Her husband ...": McArthur
                # (not "We introduced X yesterday. Today ... He is Y": whom the speaker names is not the story's
                # person; nor a credit line, "(Report: B. Harris)", which tells no one's deed)
        return refs


#: words that give the size of a group of people ("the pair", "the three taikonauts", "both men")
_SIZES = {"pair": 2, "duo": 2, "both": 2, "two": 2, "trio": 3, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7}
#: names that may stand between a size and the people it counts ("the two Nasa astronauts")
_AFFILIATIONS = {"AGENCY", "ORG", "NORP", "GPE"}
#: plural nouns for people that may follow a size ("the two astronauts")
_PEOPLE = {"men", "women", "astronauts", "cosmonauts", "taikonauts", "crewmates", "spaceflyers", "pilots",
           "veterans", "flyers", "travellers", "travelers", "members", "crew"}
#: the words a reference to several people may start at (:func:`_plural`): every other word of
#: an article is passed over at the cost of one set lookup
_PLURAL_STARTS = frozenset({"they", "them", "their", "the", "all", *_SIZES})


#: nouns for the people someone flies with, which "their" may own ("their crewmate C")
_MATES = {"crewmate", "crewmates", "crewmember", "crewmembers", "colleague", "colleagues"}


def _their_mate(tok: Token) -> bool:
    """Whether a name is brought in as the crewmate of a group ("by their crewmate C", "their
    Shenzhou-19 crewmate C"): not one of the group a later "the two" means."""
    before = tok.doc[max(0, tok.i - 3):tok.i]
    return any(t.lower_ in _MATES for t in before) and any(t.lower_ == "their" for t in before)


def _verb_of(tok: Token) -> int:
    """The verb whose clause a word stands in (the root when none is above it)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok.i


def _story_mission(clusters: list[dict[str, object]], before: int, past: set[int], headline: int) -> int | None:
    """The mission "the crew" means: of those named before it, not as past flights, the one
    the story names most (a name in its first sentence, the headline, counting twice), else
    last: the story's own flight, not another crew it mentions."""
    told = {c: [s for s, _ in cluster["mentions"] if s < before and s not in past]  # type: ignore[attr-defined]
            for c, cluster in enumerate(clusters) if cluster["label"] in ("MISSION", "EXPEDITION")}
    told = {c: starts for c, starts in told.items() if starts}
    return max(told, key=lambda c: (len(told[c]) + (min(told[c]) < headline), max(told[c])), default=None)


def _main_agency(clusters: list[dict[str, object]], before: int) -> int | None:
    """The agency "the agency" means: the one named most before it, the first named on a tie
    (the story's own agency, not the last one mentioned in passing)."""
    counts: Counter[int] = Counter()
    first: dict[int, int] = {}
    for c, cluster in enumerate(clusters):
        if cluster["label"] != "AGENCY":
            continue
        for start, _ in cluster["mentions"]:  # type: ignore[attr-defined]
            if start < before:
                counts[c] += 1
                first[c] = min(first.get(c, start), start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


#: verbs whose object "them" is the people just named, kept where they were: "kept them in orbit"
_KEPT_BY = {"keep", "strand", "hold"}


def _plural(tok: Token) -> tuple[int, int | None, str | None] | None:
    """A reference to several people that starts at a word: "they" (as a subject), "their"
    (owning a subject: "their capsule landed"), "the crew" and "the cosmonauts" (as subjects), "the
    pair", "the three taikonauts", "both men", "all four", "the Kellys", "four astronauts".
    Gives where it ends, how many it names (None: as many as the story just named) and the
    surname of a family."""
    doc = tok.doc
    low = tok.lower_
    if low == "they":
        return (tok.i + 1, None, None) if _is_subject(tok) else None
    if low == "them" and tok.dep_ == "dobj" and tok.head.lemma_ in _KEPT_BY:  # "the leaks kept them in orbit"
        return (tok.i + 1, None, None)
    if low == "their" and tok.dep_ == "poss" and (_is_subject(tok.head) or tok.head.lower_ in _MATES):
        return (tok.i + 1, None, None)  # "Their capsule touched down", "their crewmate C"
    k = tok.i + 1
    while low in _SIZES and k < len(doc) and k - tok.i <= 2 and (doc[k].ent_type_ in _AFFILIATIONS
                                                                 or doc[k].pos_ == "ADJ"):
        k += 1  # "Three Chinese astronauts", "four private astronauts"
    if low in _SIZES and low not in ("pair", "duo", "trio", "both") and (tok.i == 0 or doc[tok.i - 1].lower_ not in (
            "the", "all", "these", "those")) and k < len(doc) and doc[k].lower_ in _PEOPLE:
        j = k  # "Four astronauts lifted off": the people the story names next
        while j < len(doc) and doc[j].lower_ in _PEOPLE:
            j += 1
        return (j, -_SIZES[low], None)
    if low not in ("the", "both", "all") or tok.dep_ == "preconj" or tok.i + 1 >= len(doc):
        return None
    j = tok.i + 1
    size = 2 if low == "both" else None
    word = doc[j]
    if low == "the" and word.text.endswith("s") and word.tag_ in ("NNPS", "NNP") and word.is_title:
        return (j + 1, None, word.text[:-1])  # "the Kellys"
    if low == "the" and word.lower_ == "crew" and _is_subject(word) and not any(c.dep_ == "prep"
                                                                                for c in word.children):
        return (j + 1, None, None)  # "The crew is scheduled to return": the people just named, if any
    if low == "the" and word.lower_ in _PEOPLE and word.tag_ == "NNS" and _is_subject(word) and not any(
            c.dep_ in ("prep", "relcl", "acl", "appos") for c in word.children) and word.i + 1 < len(doc) \
            and doc[word.i + 1].pos_ != "PROPN":
        return (j + 1, None, None)  # "The cosmonauts worked on the station": the people just named, if any
    if word.lower_ in _SIZES and low != "both":
        size = _SIZES[word.lower_]
        j += 1
    if size is None:
        return None
    k = j
    while k < len(doc) and k - j < 3 and (doc[k].ent_type_ in _AFFILIATIONS or doc[k].pos_ == "ADJ"):
        k += 1  # "the two Nasa astronauts", "both Russian cosmonauts"
    if k > j and k < len(doc) and doc[k].lower_ in _PEOPLE:
        j = k
    while j < len(doc) and doc[j].lower_ in _PEOPLE:
        j += 1
    if j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and doc[j].lower_ not in _PEOPLE:
        return None  # "the two flights", "both agencies"
    if _named_after_clause(doc, j):
        return None  # "the two cosmonauts who had been assigned to it, A and B": those named next
    return (j, size, None)


def _named_after_clause(doc: Doc, j: int) -> bool:
    """Whether a clause that says which people a plural means starts at a word and is followed
    by their names ("who had been assigned to the flight, A and B"; "originally chosen, A")."""
    end = doc[j].sent.end if j < len(doc) else j
    k = j + 1 if j + 1 < end and doc[j].tag_ == "RB" else j
    if k >= end or not (doc[k].lower_ in ("who", "that") or doc[k].tag_ == "VBN"):
        return False
    comma = next((i for i in range(k + 1, min(k + 15, end)) if doc[i].text in (",", ";", ":")
                  or doc[i].ent_type_ == "PERSON"), None)
    return comma is not None and doc[comma].text == "," and comma + 1 < end and doc[comma + 1].ent_type_ == "PERSON"


@dataclass(frozen=True)
class _Told:
    """What the sentences before a plural reference told of people."""

    seen: list[tuple[int, int]]  # (sentence number, person) of every name and reference, in order
    captions: set[int]  # the sentences that caption a photo
    unnamed: set[int]  # the sentences whose subject is a group of people they do not name
    groups: dict[int, list[int]]  # sentence number -> the people its plural subject means
    crews: set[int]  # those of them a reference that says it is people may reach back to ("the crew")
    handed: set[tuple[int, int]]  # (sentence number, person) of those who took over from the others or
    # handed over to them: another crew ("A hands station to B. Their capsule landed": not B's)
    mates: set[tuple[int, int]]  # (sentence number, person) of those named as "their crewmate": not of "them"
    doers: dict[int, list[int]] | None  # the people each sentence names as subjects, when only they may be
    # meant ("The cosmonauts" after "A and B docked", not after a quote that names A and B)
    hosts: set[tuple[int, int]]  # (sentence number, person) of those the crew found aboard, when the reference
    # is told of the trip up ("They joined A and B aboard Mir. The two launched on Thursday": not A and B)


#: how many sentences that name no one "the crew" may reach back over to the people named last
_CREW_REACH = 6


def _group(told: _Told, ahead: list[tuple[int, int]], number: int, size: int | None) -> list[int]:
    """The people a plural reference in sentence ``number`` means: the last ``size`` people
    named in it or the three sentences before; with a negative size, the first people named
    after it in it or the two sentences after (``ahead``: sentence number and person of each
    later name); with no size, the people of the last sentence (this one or the one before,
    passing over a photo's caption between them unless only it names them) that named two
    or more (for "the cosmonauts", named as its subjects): the group its subject meant when
    it was one ("The cosmonauts worked with A and B. Their stay ...": the cosmonauts', not A
    and B's), none when that subject was a group it does not name. "The crew" or "the
    cosmonauts" also reach back over a few sentences that name no one to a crew told of as a
    subject ("The crew docked on Monday. Experiments ... The crew landed", "A flew with B.
    ..."), never to people only named there nor to whom a bare "they" meant (officials who
    spoke, as often as a crew)."""
    seen = told.seen
    if size is not None and size < 0:  # introduced now, named next: the first people named after it
        named = list(dict.fromkeys(c for n, c in ahead if number <= n <= number + 2))
        return named[:-size] if len(named) >= -size else []
    if size is not None:
        out: list[int] = []
        for n, c in reversed(seen):
            if number - n > 3 or len(out) == size:
                break
            if c not in out and (n, c) not in told.mates and (n, c) not in told.hosts:  # "by their crewmate C,
                out.append(c)  # the two ...": not C
        return out[::-1] if len(out) == size else []
    before = number - 1
    while before in told.captions:
        before -= 1  # "A (left) welcomes B and C." told between them: the sentence before it, else the caption
    naming = {k for k, _ in seen}  # the sentences that name or refer to someone
    back = before  # "the crew", over sentences that name no one, to the last crew told of as a subject
    while back not in naming and number - back < _CREW_REACH and back > 0:
        back -= 1
    if back < before and back in told.crews and number not in naming:
        return told.groups[back]
    for n in (number, before, number - 1):
        if n in told.groups:
            return told.groups[n]
        people = list(dict.fromkeys(c for k, c in seen if k == n and (k, c) not in told.handed | told.hosts)) \
            if told.doers is None else list(dict.fromkeys(c for c in told.doers.get(n, []) if (n, c) not in told.hosts))
        if len(people) >= 2:
            return [] if n in told.unnamed else people
    return []


def cluster_mentions(doc: Doc) -> tuple[list[dict[str, object]], dict[int, int]]:
    """Entity clusters in order of first mention, and token index -> cluster."""
    clusters: list[dict[str, object]] = []
    by_key: dict[tuple[str, str], int] = {}
    owner: dict[int, int] = {}
    ents = doc.ents  # spaCy builds the spans anew on every read
    people = [e for e in ents if e.label_ == "PERSON"]
    given = [e for e in people if _given_and_surname(e.text)]
    surnames = {_name(e) for e in given if _particled(_name(e)) and any(
        len(f) > len(e) and _is_surname(_name(e), _name(f)) for f in given)}  # "Al Mansoori" of "Hazza Al Mansoori"
    full = [e for e in given if _name(e) not in surnames]
    nicknames = {m.group(1): _name(e) for e in full if (m := _NICKNAME.search(e.text)) is not None}
    names = _FullNames(full)
    orbiters = {n.removeprefix(_ORBITER): n for e in ents if e.label_ == "SPACECRAFT"
                and (n := e.kb_id_).startswith(_ORBITER)}  # "Challenger" of "the shuttle Challenger"

    def add(span: Span, label: str, name: str) -> None:
        key = (label, (name_key(name) or name) if label == "PERSON" else name)  # "Nikolay" is "Nikolai"
        if key not in by_key:
            by_key[key] = len(clusters)
            clusters.append({"name": name, "label": label, "mentions": []})
        c = by_key[key]
        mentions = clusters[c]["mentions"]
        assert isinstance(mentions, list)
        mentions.append([span.start, span.end])
        for i in range(span.start, span.end):
            owner[i] = c

    previous_person: Span | None = None
    for ent in ents:
        label = GROUPS.get(ent.label_)
        if label is None:
            continue
        if label == "PERSON" and len(ent) == 1 and ent.text in orbiters and ent.text not in _CAPSULES:
            add(ent, "SPACECRAFT", orbiters[ent.text])  # "The Challenger spent six days": the orbiter
            continue
        if label == "PERSON":
            if previous_person is not None and _AKA.search(extensions.span_text(doc[previous_person.end:ent.start])):
                add(ent, label, str(clusters[owner[previous_person.start]]["name"]))
                continue
            previous_person = ent
            inverted = _inverted_heading(ent, full)
            if inverted is not None:  # "Frimout, Dirk Dries (1941-)": Dirk Frimout's given names
                add(ent, label, names.longest(_name(inverted)))
            elif _given_and_surname(ent.text) and _name(ent) not in surnames:
                add(ent, label, names.longest(_name(ent)))
            else:
                add(ent, label, nicknames.get(ent.text) or _expand(ent, full, names))
        elif ent.label_ == "NORP" and not ent.kb_id_:
            continue
        else:
            name = ent.kb_id_ or " ".join(ent.text.split())
            if label == "ORG" and _SCHOOL_WORDS.search(name):
                label = "SCHOOL"
            if name in orbiters and label != "SPACECRAFT" and name not in _CAPSULES:  # "flew twice, on
                label, name = "SPACECRAFT", orbiters[name]  # Challenger": the orbiter named in full elsewhere
            add(ent, label, name)
    return clusters, owner


def _inverted_heading(ent: Span, full: list[Span]) -> Span | None:
    """The full name whose given names a name is, in a heading that puts the surname first at
    the start of a line, as reference pages do ("Frimout, Dirk Dries David (1941-)"): the full
    name with that surname and the first of those given names."""
    doc = ent.doc
    start = ent.start
    while start > 0 and "\n" not in doc[start - 1].text and start > ent.start - 6:
        start -= 1
    if start + 2 > ent.start or doc[start + 1].text != "," or doc[start].ent_type_ != "PERSON" \
            or not all(t.is_title and t.pos_ == "PROPN" for t in doc[start + 2:ent.end]):
        return None
    given = doc[start + 2].text
    return next((f for f in full if f.start != ent.start and surname(_name(f)) == doc[start].text
                 and _name(f).split()[0] == given), None)


#: how the gazetteer names an orbiter ("Space Shuttle Challenger"), which articles also call by its name alone
_ORBITER = "Space Shuttle "
#: capsules named as orbiters were ("the Dragon Endeavour"): their bare name is not the orbiter's
_CAPSULES = {c["name"] for c in read_jsonl("capsules")}



def orbiter_short_name(name: str) -> str | None:
    """An orbiter's own name without its class ("Challenger" of "Space Shuttle Challenger"): the
    name articles mostly call it by, kept as its alternative name. None for another name, and for
    an orbiter whose name a capsule also bears ("Endeavour"): alone, that name is ambiguous."""
    short = name.removeprefix(_ORBITER)
    return short if short != name and short and short not in _CAPSULES else None


#: a nickname in quotes or brackets inside a full name: Barry "Butch" Wilmore, Jared (J.T.) Morrow
_NICKNAME = re.compile(r' ["“(]([^"”()]+)["”)](?= )')
#: a nickname whose closing quote the page left out: George D. “Pinky Nelson
_UNCLOSED = re.compile(r'(?<= )([“"])([\w.\'’-]+)(?= )(?![^"”]*["”])')


def _given_and_surname(name: str) -> bool:
    """Whether a name has the form of a given name and a surname ("Commander Chub" has not;
    "Al Mansoori" has, as "Al Worden" has: the article's other names tell them apart)."""
    parts = parse(name)
    return parts is not None and parts.full


def _particled(name: str) -> bool:
    """A name of two words whose first is a particle: "Al Mansoori", "Van Hoek"."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in PARTICLES


def _name(span: Span) -> str:
    """A person's or thing's name as written, without a nickname in quotes or brackets (one
    whose closing quote is missing too: the same person's well-quoted name elsewhere is his)."""
    text = extensions.span_text(span)
    if "“" in text or '"' in text:
        text = _UNCLOSED.sub(r"\1\2”", text)
    return " ".join(_NICKNAME.sub("", text).split())


class _FullNames:
    """The full names of one article's people, each read once, and the longest form of each
    name: "Vande Hei" of "Mark Vande Hei", "Nicole Mann" of "Nicole Aunapu Mann", "Suni
    Williams" of 'Sunita "Suni" Williams' or of "Sunita Williams" (the one longer name
    that a name shortens, with the same surname), "Sheikh Arif" of "Sheikh Arif Bakri" (the
    one longer name a name begins)."""

    def __init__(self, full: list[Span]) -> None:
        self.forms = {(_name(f), tuple(re.sub(r'["“”]', " ", f.text).split())) for f in full}
        self.known: dict[str, str] = {}

    def longest(self, name: str) -> str:
        found = self.known.get(name)
        if found is None:
            words = name.split()
            last = surname(name)
            fits = {full for full, written in self.forms if surname(full) == last
                    and (_shortens(words, list(written)) or _short_first(words, full.split()))} or {
                full for full, written in self.forms if len(written) > len(words) >= 2
                and list(written[:len(words)]) == words} or {  # "Sheikh Arif" of "Sheikh Arif Bakri": the given names
                full for full, written in self.forms if _family_name_initial(words, list(written))}
            widest = {full for full in fits if not any(_shortens(full.split(), other.split()) for other in fits)}
            found = self.known[name] = widest.pop() if len(widest) == 1 else name  # of "A C" and "A b C" that
            # both lengthen "A C", the one the other shortens too: "A b d C"
        return found


def _short_first(short: list[str], long: list[str]) -> bool:
    """"Suni Williams" for "Sunita Williams", "D. Frimout" for "Dirk Frimout": the same surname,
    the first name shortened or given as its initial."""
    if len(short) != len(long) or len(short) != 2 or short[0] == long[0]:
        return False
    first = short[0]
    return (len(first) >= 3 and long[0].startswith(first)) or (
        _INITIAL.fullmatch(first) is not None and long[0][0] == first[0] and len(long[0]) > 2)


def _family_name_initial(short: list[str], long: list[str]) -> bool:
    """"J. Bold" or "J.Bold" for "Bold Jargal": a name written family name first as its
    initial, after the given name, as Mongolian and Soviet pages write it."""
    words = [w for part in short for w in re.split(r"(?<=\.)(?=[A-Z])", part)]
    return len(words) == 2 == len(long) and _INITIAL.fullmatch(words[0]) is not None \
        and words[0].endswith(".") and words[1] == long[0] and long[1][0] == words[0][0] and len(long[1]) > 2


#: a first name given as its initial: "D." or "D"
_INITIAL = re.compile(r"[A-Z]\.?")


def _shortens(short: list[str], long: list[str]) -> bool:
    """Whether the words of a name are some of the words of a longer one, in order."""
    if len(short) >= len(long):
        return False
    rest = iter(long)
    return all(word in rest for word in short)


def _expand(ent: Span, full: list[Span], longest: _FullNames) -> str:
    """The full name a bare surname or first name stands for: the one full name it fits;
    when several share the surname, the first introduced of those named before it (a name
    the article gives only later cannot be the one a reader already knows as "Kelly"), but
    "the elder Kelly" is the one named last."""
    word = ent.text
    fits = [e for e in full if _is_surname(word, _name(e))] or [e for e in full if _name(e).split()[0] == word]
    named = {e.start: longest.longest(_name(e)) for e in fits}  # "Nicole Mann" is "Nicole Aunapu Mann"
    spellings = {name_key(n): n for n in named.values()}  # "Nikolai Chub" and "Nikolay Chub" are one
    if len(spellings) <= 1:
        return next(iter(spellings.values()), word)
    if not _is_surname(word, _name(fits[0])) and not all(_family_name_first(_name(e)) for e in fits):
        return word  # a first name several people share: no way to tell ("Wang" of two Wangs is a surname)
    before = [e for e in fits if e.start < ent.start]
    if len(before) > 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ in _KIN_WORDS:
        return named[before[-1].start]  # "the son of cosmonaut Alexander Volkov. The elder Volkov ...": the relative
    return named[(before[0] if before else fits[0]).start]


#: words before a shared surname that single out the relative just named, not the story's own person
_KIN_WORDS = {"elder", "younger", "senior", "junior", "older"}


#: one syllable of Chinese in pinyin, without tones
_PINYIN = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?" \
          r"(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)"
_CHINESE_NAME = re.compile(rf"{_PINYIN} {_PINYIN}{{1,2}}(?:[- ]?{_PINYIN})?", re.IGNORECASE)


def _family_name_first(name: str) -> bool:
    """A Chinese name in pinyin, family name first ("Wang Haoze", "Ye Guang-fu", "Ye Quang Fu"): its first
    word is the surname a story calls the person by ("Wang")."""
    return _CHINESE_NAME.fullmatch(name) is not None


def _is_surname(word: str, name: str) -> bool:
    """Whether a word is a full name's surname, however spelt ("Al-Neyadi", "Neyadi", "Al
    Neyadi" of "Sultan Al Neyadi"; "Novitskiy" of "Oleg Novitsky")."""
    if surname(name) == word:
        return True
    full, bare = parse(name), parse(word)
    if full is None or bare is None or not full.full or len(bare.words) > 1 and not _particled(word):
        return False
    alone = "".join(bare.words)  # "Al Mansoori" is "Al-Mansoori"
    return alone == full.words[-1] or alone in full.surname_parts or _first_of_two_surnames(alone, full.words)


def _first_of_two_surnames(word: str, words: tuple[str, ...]) -> bool:
    """"Tamayo" of "Arnaldo Tamayo Méndez", "Neri" of "Rodolfo Neri Vela": a Spanish name's
    first surname, which reporters call the person by (of a given name, a name of two words)."""
    return len(words) == 3 and word == words[1]


def _name_heading(sent: Span, owner: dict[int, int], labels: list[str]) -> int | None:
    """The person a verbless sentence is about when its head is their name: a list entry
    ("Denis Vladimirovich Matveev.") or a resume ("Fei Junlong, male, native of Kunshan"),
    whom the pronouns and the subjectless "Born on ..." after it mean; not a list of names
    ("...: Ravi Menon of India, Piotr Nowak of Poland and Lajos Kiss"), which is about no one."""
    root = sent.root
    c = owner.get(root.i)
    if c is None or labels[c] != "PERSON" or root.pos_ != "PROPN" or any(t.dep_ == "conj" for t in root.children):
        return None
    return c if not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") for t in sent) else None


def _is_subject(tok: Token) -> bool:
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("advmod", "npadvmod", "dep") and tok.head.pos_ == "VERB" and (tok.i + 1 == tok.head.i or (
            tok.left_edge.i == tok.sent.start and tok.i < tok.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children))):
        return True  # "A Navy pilot, Mattingly joined Nasa", "Hoshide, on his third flight, arrived": a name the
    # parser did not take as the subject of its verb
    return tok.dep_ in ("nsubj", "nsubjpass")


def _fronted_owner(tok: Token, owner: dict[int, int], labels: list[str]) -> int | None:
    """The person a possessive in a phrase before the subject means: the subject that follows
    ("During her stay Meir and Koch ...", "After his landing, Kelly said ...")."""
    if tok.dep_ != "poss":
        return None
    verb = tok
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i), None)
    if subj is None or any(a.i == subj.i for a in tok.ancestors):
        return None
    c = owner.get(subj.i)
    return c if c is not None and labels[c] == "PERSON" else None


#: words that open a clause of an earlier event in a sequence, whose "he" is the person before
_IN_TURN = {"after", "before", "once", "until", "till", "upon"}


def _fronted_clause_owner(tok: Token, owner: dict[int, int], labels: list[str]) -> int | None:
    """The person a subject pronoun means in a clause that opens its sentence before the main
    clause's named subject: "Although he was born in Ohio, Lind grew up in Texas", "In Ohio,
    where he was born, the young Tito was captivated" (not "Kell said that when he landed,
    Lind was waiting": a clause inside another does not open the sentence)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    root = tok.sent.root
    part = tok
    while part.head.i != root.i and part.head.i != part.i:
        part = part.head
    if part.i == root.i or part.left_edge.i != tok.sent.start or part.dep_ not in ("advcl", "prep", "npadvmod"):
        return None  # not the words someone said ('"He was a fine aviator," Carpenter said')
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in _IN_TURN for c in tok.head.children):
        return None  # "After he climbed back in, Gillis took her turn": one after the other, two people
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > part.right_edge.i), None)
    c = owner.get(subj.i) if subj is not None else None
    return c if c is not None and labels[c] == "PERSON" else None


def _introduced(tok: Token) -> bool:
    """Whether a name is what a role noun subject is said to be ("The mission commander is
    X", "Its pilot was X"): the person the sentence is about; not one name of a list ("Her crew
    will be all rookies: pilot X, and Y and Z"), which introduces no one person."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    be = tok.head
    if _inverted(tok):
        return True
    return tok.dep_ == "attr" and be.lemma_ == "be" and be.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in be.children) and not any(
        c.dep_ == "attr" and c.i != tok.i for c in be.children) and not any(
        t.dep_ == "conj" and t.pos_ == "PROPN" for t in tok.subtree)


def _inverted(tok: Token) -> bool:
    """Whether a name ends a sentence turned round to introduce it ("Commanding the crew is X",
    "Joining them is X"), however the parser hangs it on the verb."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head.head if tok.dep_ == "attr" and tok.head.dep_ == "aux" else tok.head if tok.dep_ == "nsubj" \
        else None
    return verb is not None and verb.dep_ == "ROOT" and verb.tag_ == "VBG" and verb.i == verb.sent.start and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.i < tok.i for c in verb.children)


def _main_clause(tok: Token) -> bool:
    """Whether a subject belongs to the sentence's main clause (or to what it reports: "said
    he died"), not to a clause that only sets the scene ("while X stayed inside")."""
    verb = tok
    while verb.dep_ in ("compound", "flat", "nsubj", "nsubjpass", "advmod", "npadvmod", "dep") \
            and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("ROOT", "ccomp")


def _is_description(head: Token, owner: dict[int, int]) -> bool:
    """A definite role noun that stands alone ("the Nasa astronaut"), not one that
    introduces a name ("the Nasa astronaut Loral O'Hara"), is part of one, or says what
    someone is ("served as the backup pilot", "is the commander")."""
    if head.i in owner or head.head.i in owner and head.dep_ in ("compound", "appos"):
        return False
    if _before_a_name(head, owner):
        return False  # "the journalist and helicopter pilot Tara Sole": the name it introduces
    if head.lower_ in _OFFICIALS:  # "the spokesperson for CMSA noted": someone the story has not named
        return False
    if head.dep_ == "nsubj" and head.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.i in owner for c in head.head.children):
        return False  # "The mission commander is Cai Xuzhe": the name it introduces
    if head.dep_ in ("attr", "oprd") or head.dep_ == "pobj" and head.head.lower_ == "as":
        return False
    if _among_unnamed(head) or _object_of_someone(head, owner):
        return False
    return not any(c.i in owner and c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"
                   for c in head.children)


def _before_a_name(head: Token, owner: dict[int, int]) -> bool:
    """Whether a role noun modifies, through other role nouns, a name after it ("the
    journalist and helicopter pilot Tara Sole": "journalist" hangs on "pilot", on the name)."""
    up = head
    while up.dep_ in ("compound", "nmod") and up.head.i > up.i:
        up = up.head
        if up.i in owner:
            return True
    return False


#: how many sentences back an unnamed person may be the one "the astronaut" goes back to
_UNNAMED_REACH = 3


def _unnamed_before(head: Token, owner: dict[int, int]) -> bool:
    """Whether a definite role noun goes back to someone the story brought in without a name
    ("One Pakistani astronaut will fly ..., Lin added, noting that the astronaut will also
    conduct experiments"): "the astronaut" is that one, not the last person named."""
    sent = head.sent
    for _ in range(_UNNAMED_REACH):
        if sent.start == 0:
            break
        sent = head.doc[sent.start - 1].sent
    return any(t.lemma_ == head.lemma_ and t.i not in owner and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in t.children) and not any(
        c.i in owner for c in t.children) for t in head.doc[sent.start:head.i])


#: subjects of a sentence that tell of the writer or people unnamed, not of the one person it names
_SPEAKERS = {"i", "we", "you", "they"}
#: personal pronouns that may be a clause's subject
_SUBJECT_PRONOUNS = {"he", "she", "i", "we", "they"}


def _object_of_someone(head: Token, owner: dict[int, int]) -> bool:
    """Whether a role noun is the object of a verb whose subject is a named person or a
    pronoun ("Ana Ruiz was connected to the flight surgeon", "she thanked the commander"):
    a clause's object is not its own subject, so the noun is someone else."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ in ("prep", "dative") else \
        head.head if head.dep_ in ("dobj", "dative") else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.i in owner or c.lower_ in _SUBJECT_PRONOUNS)
        for c in verb.children)


def _among_unnamed(head: Token) -> bool:
    """Whether a role noun is listed with people told only by what they are ("including a
    bomber pilot, the second European commander and a flight surgeon"): one of a group the
    sentence does not name, not someone named before."""
    return any(n.i != head.i and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in n.children)
               for n in head.conjuncts)


def _told_first(doc: Doc, cluster: dict[str, object], country: str) -> bool:
    """Whether the article names the person as the country's first in apposition ("X, the first
    South Korean in space, ..."); for "the country" ("?"), as a country's first of any country
    ("X, the first Korean in space", "X, the nation's first astronaut")."""
    for _, end in cluster["mentions"]:  # type: ignore[attr-defined]
        after = doc[end:end + 7]  # ", the first South Korean ...", ", the nation's first astronaut"
        if after[:1].text != "," or not any(t.lower_ == "first" for t in after[1:5]):
            continue
        words = [t.text for t in after[1:]]
        said = {country_of(" ".join(words[i:i + n])) for n in (1, 2) for i in range(len(words))} - {""}
        if country == "?" and (said or {"country", "nation"} & {w.lower() for w in words}) \
                or any(country.endswith(c) or c.endswith(country) for c in said):
            return True
    return False


def _a_country_s(head: Token, owner: dict[int, int], labels: list[str]) -> str:
    """The country a role noun is of ("South Korea's first astronaut"; "?" for "the country's
    first female astronaut"): a first of a nation, which is one person; "" for none."""
    for c in head.children:
        if c.dep_ == "poss" and c.lower_ in ("country", "nation"):
            return "?"
        if c.dep_ == "poss" and owner.get(c.i) is not None and labels[owner[c.i]] == "PLACE":
            return country_of(" ".join(t.text for t in c.subtree if t.dep_ != "case"))
    return ""


def _countries_said(words: Span) -> set[str]:
    """The countries a description's words name ("the Spanish-American veteran": Spain and
    the United States); capitalised only, never the pronoun "us", nor a country denied ("the
    first non-Soviet astronaut")."""
    doc = words.doc
    return {c for t in words if t.text[:1].isupper() and (c := country_of(t.text)) and not any(
        w.lower_ in ("non", "non-") for w in doc[max(0, t.i - 2):t.i])}


def _countries_of(person: int, doc: Doc, clusters: list[dict[str, object]], owner: dict[int, int]) -> set[str]:
    """The countries the words right around a person's names say they are from: a country
    word just before a name ("Turkish pilot A", "Russia's A") or "of" a country just after
    it ("A of Sweden")."""
    out: set[str] = set()
    for start, end in clusters[person]["mentions"]:  # type: ignore[attr-defined]
        out |= _countries_said(doc[max(0, start - 3):start])
        at = end + 2 if end + 2 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
        if at < len(doc) and doc[end].lower_ == "of" and (c := owner.get(at)) is not None:
            out |= {country for country in (country_of(str(clusters[c]["name"])),) if country}
    return out


def _of_country(target: int, said: set[str], recent: list[int], doc: Doc, clusters: list[dict[str, object]],
                owner: dict[int, int]) -> int | None:
    """The person a description that names countries means: the one chosen, unless the
    article says they are from another country; then the last person named from one of
    those countries, else no one."""
    known = _countries_of(target, doc, clusters, owner)
    if not known or known & said:
        return target
    return next((c for c in dict.fromkeys(reversed(recent)) if _countries_of(c, doc, clusters, owner) & said), None)


def _describes_person(span: Span) -> bool:
    """"The 51-year-old launched" is a person; "the 10-year-old record" is not."""
    old = span[-1]
    return not (old.dep_ == "amod" and old.head.pos_ in ("NOUN", "PROPN") and old.head.i >= span.end)


def _gender_hint(ent: Span) -> str | None:
    near = {t.lower_ for t in ent.root.head.subtree} if ent.root.dep_ == "appos" else set()
    near |= {t.lower_ for t in ent.root.children if t.dep_ in ("appos", "compound", "amod")}
    near |= {t.lower_ for t in ent.doc[max(0, ent.start - 3):ent.start]}
    if near & _FEMALE_NOUNS:
        return "f"
    if near & _MALE_NOUNS:
        return "m"
    return None


#: marks that close a quotation
_CLOSING = {'"', "”", "'", "’"}


def _after_a_quote(tok: Token) -> bool:
    """Whether a word opens the speaker's phrase right after a quotation ('..." the
    cosmonaut said', '...," the cosmonaut, who ...'): the speaker, who is not whom the quote
    names."""
    before = [t.text for t in tok.doc[max(0, tok.i - 2):tok.i]]
    return bool(before) and (before[-1] in _CLOSING or before[-1] == "," and len(before) == 2
                             and before[0] in _CLOSING)


def _prominent(recent: list[int], subject: int | None) -> int | None:
    """The person a description such as "the 51-year-old" most likely means: the one the
    article has named most so far (its protagonist), else the last subject."""
    if not recent:
        return subject
    counts = Counter(recent)
    best = max(counts.values())
    leaders = [c for c, n in counts.items() if n == best]
    if subject in leaders or len(leaders) > 1 and subject is not None and counts[subject] == best:
        return subject
    return leaders[0] if len(leaders) == 1 else (subject if subject is not None else recent[-1])


@dataclass(frozen=True)
class _Before:
    """What the text before a reference told of people."""
    number: int  # the number of the reference's sentence
    seen: list[tuple[int, int]]  # (sentence number, person) of every name and reference, in order
    introduced: tuple[int, int]  # (sentence number, person) of the last person a sentence introduced
    lone: tuple[int, int]  # (sentence number, person) of the one person a sentence without a person subject names
    named: bool  # whether the reference's own sentence names someone before it


def _put_forward(before: _Before, subject: int | None, story: int | None, gender: dict[int, str],
                 sex: str | None) -> int | None:
    """The person a pronoun or description means instead of `story` (whom it would otherwise mean:
    the last subject, the story's protagonist) because the sentence before put that person forward,
    and a reader takes the next sentence as about them. Forward is the one it introduced, still the
    subject ("Commanding the crew is B. Born in Madrid, unlike A, the veteran ..."). In a sentence that
    names no one before the reference, it is also, for a reference that says a sex (`sex`: "her",
    "the woman"), the one named with no person as subject ("For B the reuse is personal. Her husband
    ..."), unless `story` is known to be of that sex (a sexless "the 44-year-old" stays the story's);
    and the one named when `story` has not been told of for two sentences (the paragraph moved on)."""
    number, seen = before.number, before.seen
    if before.introduced == (number - 1, subject):
        return subject
    if before.named:
        return None
    if before.lone[0] >= 0 and before.lone[0] == number - 1 and sex is not None and (
            story is None or gender.get(story) != sex):
        return before.lone[1]
    last = {c for n, c in seen if n == number - 1}
    if len(last) != 1 or story is None or any(c == story for n, c in seen if n in (number - 1, number - 2)):
        return None
    return next(iter(last))


def _choose(same: object, subject: int | None, recent: object, gender: dict[int, str], want: str | None,
            others: list[int]) -> int | None:
    candidates = [*same, *([subject] if subject is not None else []), *recent]  # type: ignore[misc]
    for c in candidates:
        if c not in others and (want is None or gender.get(c, want) == want):
            return int(c)
    return None


def _in_clause(tok: Token, verb: Token, owner: dict[int, int], labels: list[str]) -> bool:
    """Whether a word hangs, however deep, on a verb with no other person's clause between
    ("He flew as research cosmonaut of Soyuz 30 together with Klimuk", parsed as a clause of
    its own), not in a clause whose subject someone else is ("... while Ode worked together
    with Berg")."""
    for up in tok.ancestors:
        if up.i == verb.i:
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") and (
                c.lower_ in _SUBJECT_PRONOUNS or c.i in owner and labels[owner[c.i]] == "PERSON") for c in up.children):
            return False
    return False


#: words that bring in the people someone does a thing with ("with", "together with", "along with")
_WITH = {"with", "alongside", "beside"}


def _companions(tok: Token, owner: dict[int, int], labels: list[str]) -> list[int]:
    """The people a subject's own verb is done with ("Together with Volkov and Kirov, he
    docked", "Ana Ruiz flew with Lev Ode"): those it joins, never the subject itself, and with
    it the group a following "they" means."""
    if not _is_subject(tok):
        return []
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _WITH]
    preps += [w for w in verb.subtree if w.lower_ == "with" and w.dep_ == "prep" and any(
        t.lower_ in ("together", "along") for t in (w.head, *w.children)) and _in_clause(w, verb, owner, labels)]
    return list(dict.fromkeys(owner[t.i] for p in preps for t in p.subtree
                              if t.i in owner and labels[owner[t.i]] == "PERSON"))
