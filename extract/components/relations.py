"""Relations between the entities of a sentence, each mapped to an ontology property.

Rules are triggered by a :class:`~spacy.matcher.Matcher` (one pass in C over the document
for every trigger word), then read the dependency parse around the trigger: the person a
trigger is said about comes from :meth:`Context.subject_of`, its objects from the
trigger's own clause (:meth:`Context.region`). Facts go to ``doc._.astrokg_facts`` as plain
dicts; :mod:`extract.assemble` turns them into :class:`~extract.facts.Fact` records.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans, registry

from extract.components.context import Context, date, entity, guarded, span_of, value
from extract.patterns import read_jsonl

VERSION = "relations/1"

PLACES = ("PLACE", "LAUNCH_SITE")
MISSIONS = ("MISSION", "EXPEDITION")
VEHICLES = ("SPACECRAFT", "ROCKET")
ORGS = ("AGENCY", "ORG", "SCHOOL")

_DEGREES = [
    (r"B\.\s?S\.?|B\.?Sc\.?|BS\b|Bachelor of Science|bachelor'?s(?: degree)?|B\.\s?Eng\.?", "B.S."),
    (r"B\.\s?A\.|Bachelor of Arts", "B.A."),
    (r"M\.\s?S\.?|M\.?Sc\.?|MS\b|Master of Science|master'?s(?: degree)?", "M.S."),
    (r"M\.\s?A\.|Master of Arts", "M.A."),
    (r"Sc\.\s?D\.?|ScD\b|Doctor of Science", "Sc.D."),
    (r"Ph\.\s?D\.?|PhD\b|doctorate|doctoral degree", "Ph.D."),
    (r"M\.\s?D\.?(?!\w)|medical degree|Doctor of Medicine", "M.D."),
    (r"MBA\b|M\.B\.A\.", "MBA"),
]
_DEGREE = re.compile("|".join(f"(?:{p})" for p, _ in _DEGREES))
_COSPAR = re.compile(r"\b(\d{4}-\d{3}[A-Z]{1,3})\b")
_UTC = re.compile(r"\bUTC ?([+\-−]) ?(\d{1,2}(?::\d\d)?)")
_AKA = re.compile(r"\b(?:also (?:called|known as)|a\.k\.a\.|nicknamed|known as) ([A-Z][\w.]*(?:,? [A-Z][\w.]*){0,4})")
_MOTION = {"launch", "land", "fly", "return", "leave", "lift", "blast", "travel", "arrive", "dock", "spend",
           "walk", "serve", "live", "stay", "orbit"}
#: words that say a sentence is about being on a mission's crew
_CREW_WORDS = {"crew", "member", "flew", "aboard", "participated", "served", "part", "mission", "flight"}
#: roles whose "from X" names whom the person represents, not where they come from
_CONSTITUENCY = {"senator", "congressman", "congresswoman", "politician", "representative", "governor"}
_FORMER = {"former", "retired", "then", "veteran", "late", "current", "first", "two-time", "three-time",
           "experienced", "future", "onetime", "one-time", "ex"}


@registry.misc("astrokg.roles.v1")  # type: ignore[untyped-decorator]
def role_terms() -> list[dict[str, Any]]:
    """Occupations, job titles and crew roles, with what kind of word each is."""
    return [dict(r) for r in read_jsonl("roles")]


def _forms(*stems: str) -> list[str]:
    """A verb's forms from its stem and irregular forms given after it ("choose", "chose")."""
    out: list[str] = []
    for stem in stems:
        out.append(stem)
        if stem.isalpha() and " " not in stem:
            base = stem[:-1] if stem.endswith("e") else stem
            out += [stem + "s", base + "ed", base + "ing"]
    return out


#: trigger words and phrases (matched lower-cased by a PhraseMatcher, one pass in C)
WORDS: dict[str, list[str]] = {
    "BIRTH": ["born", "birthplace", "birth place", "birth date", "native of"],
    "DEATH": ["died", "dies", "killed", "death"],
    "FROM": ["from"],
    "SELECT": _forms("select", "hire", "pick", "recruit", "join") + ["choose", "chooses", "chose", "chosen"],
    "EDU": _forms("graduate", "earn", "receive", "study", "attend", "obtain") + ["got", "gets", "get", "studied",
                                                                                 "studies", "alma"],
    "COMMAND": _forms("command", "lead") + ["commander", "led"],
    "BACKUP": ["backup pilot", "backup crew", "backup commander", "back-up pilot"],
    "OPERATE": _forms("operate"),
    "LAUNCH": _forms("launch", "lift", "blast") + ["liftoff", "fly", "flies", "flew", "flown", "flying"],
    "RETURN": _forms("return", "land", "splash"),
    "WITH": ["with"],
    "RETIRE": _forms("retire") + ["retirement", "deceased", "left the agency", "left nasa", "left the corps",
                                  "leaves the agency", "left the astronaut corps"],
    "AWARD": ["awards", "medals", "honours", "honors", "award", "awarded", "win", "wins", "won", "received",
              "receive", "receives"],
    "KIN": ["wife", "husband", "spouse", "married", "marry", "marries", "girlfriend", "boyfriend", "partner",
            "fiancee", "fiancée", "fiance", "fiancé", "twin", "brother", "sister"],
    "LEADER": ["leader", "president", "represented", "represents", "representative", "senator", "senators",
               "governor"],
    "PARTOF": ["part of"],
    "ATTRIBUTE": ["bird", "fossil", "gemstone", "mascot", "state bird", "state fossil", "state gemstone",
                  "president", "leader"],
    "AFFILIATION": ["affiliated", "affiliate", "competes", "compete", "competed"],
    "CHIEF": ["chief of the astronaut office"],
    "CREW": ["crew"],
}
#: a place's or a school's attribute noun -> the property it names
_ATTRIBUTES = {"bird": "stateBird", "fossil": "stateFossil", "gemstone": "stateGemstone", "mascot": "mascot",
               "president": "president", "leader": "leader"}
#: triggers that need token attributes (numbers), for a Matcher
PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "DAYS": [[{"LIKE_NUM": True}, {"LOWER": {"IN": ["cumulative", "consecutive", "total"]}, "OP": "?"},
              {"LOWER": {"IN": ["days", "day", "minutes", "hours"]}}],
             [{"LIKE_NUM": True}, {"TEXT": "+"}, {"LOWER": "days"}]],
    "AGE": [[{"LOWER": "age"}, {"LOWER": "of"}, {"LIKE_NUM": True}], [{"LOWER": "aged"}, {"LIKE_NUM": True}],
            [{"LIKE_NUM": True}, {"TEXT": "-"}, {"LOWER": "year"}, {"TEXT": "-"}, {"LOWER": "old"}],
            [{"TEXT": ","}, {"IS_DIGIT": True}, {"TEXT": ","}],
            [{"LOWER": {"IN": ["was", "is"]}}, {"IS_DIGIT": True}, {"IS_PUNCT": True}]],
}


@Language.factory(
    "astrokg_relations",
    assigns=["doc._.astrokg_facts"],
    requires=["doc.ents", "doc._.astrokg_clusters", "doc._.astrokg_dates"],
    default_config={"roles": {"@misc": "astrokg.roles.v1"}},
)
def make_relation_finder(nlp: Language, name: str, roles: list[dict[str, Any]]) -> RelationFinder:
    return RelationFinder(nlp, name, roles)


class RelationFinder:
    """Finds relations with trigger words and the parse (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, roles: list[dict[str, Any]]) -> None:
        self.name = name
        self.matcher = Matcher(nlp.vocab)
        for key, patterns in PATTERNS.items():
            self.matcher.add(key, patterns)
        self.triggers = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key, words in WORDS.items():
            self.triggers.add(key, [nlp.make_doc(w) for w in words])
        self.roles = {r["term"]: r for r in roles}
        self.role_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for term in self.roles:
            self.role_matcher.add(term, [nlp.make_doc(term), nlp.make_doc(term + "s")])
        self.handlers: dict[str, Callable[[Context, Token, Span], None]] = {
            "BIRTH": self.birth, "DEATH": self.death, "FROM": self.origin, "SELECT": self.selection,
            "EDU": self.education, "COMMAND": self.command, "BACKUP": self.backup, "OPERATE": self.operate,
            "LAUNCH": self.launch, "RETURN": self.landing, "WITH": self.flew_with, "DAYS": self.days,
            "AGE": self.age, "RETIRE": self.retire, "AWARD": self.award, "KIN": self.kin, "LEADER": self.leader,
            "PARTOF": self.part_of, "ATTRIBUTE": self.attribute, "AFFILIATION": self.affiliation,
            "CHIEF": self.chief, "CREW": self.crew,
        }

    def __call__(self, doc: Doc) -> Doc:
        ctx = Context(doc)
        ctx.facts = []
        vocab = doc.vocab.strings
        matches = sorted([*self.triggers(doc), *self.matcher(doc)], key=lambda m: (m[1], m[2]))
        for key, start, end in matches:
            span = doc[start:end]
            guarded(self.handlers[vocab[key]], ctx, span[0], span)
        for span in filter_spans([doc[s:e] for _, s, e in self.role_matcher(doc)]):
            guarded(self.role, ctx, span)
        for sent in doc.sents:
            guarded(self.sentence_rules, ctx, sent)
        ctx.save()
        return doc

    # ------------------------------------------------------------------ people: birth, death, origin

    def birth(self, ctx: Context, tok: Token, span: Span) -> None:
        if tok.lower_ == "native" or tok.lower_ in ("birthplace", "birth"):
            sent = tok.sent
            people = ctx.in_sentence(sent, "PERSON")
            if not people:
                return
            owner = [ctx.person(t) for t in span[-1].subtree if t.i > span[-1].i and ctx.person(t) is not None]
            subject = owner[0] if owner else ctx.subject_of(tok)
            subject = subject if subject is not None else people[0][1]
            region = [t for t in sent if not ctx.person(t)]
            if tok.lower_ == "birth" and span[-1].lower_ == "date":
                self._dated(ctx, subject, "birthDate", region, span)
                return
            self._places(ctx, subject, "birthPlace", region, span, rule="birthplace")
            self._dated(ctx, subject, "birthDate", region, span)
            return
        subject = ctx.subject_of(tok)
        if subject is None:
            people = ctx.in_sentence(tok.sent, "PERSON")
            if len({c for _, c in people}) != 1:
                return
            subject = people[0][1]
        region = [t for t in ctx.region(tok) if not ctx.person(t)]
        self._places(ctx, subject, "birthPlace", region, span, rule="born")
        if not ctx.dates_in(region):  # "Born in Sarnia, on August 29, 1959, Hadfield flew": the parse
            region = [t for t in _window(tok) if not ctx.person(t)]  # hangs the date on "flew"
        self._dated(ctx, subject, "birthDate", region, span)

    def death(self, ctx: Context, tok: Token, span: Span) -> None:
        subject = ctx.subject_of(tok)
        if subject is None:
            return
        region = [t for t in ctx.region(tok) if not ctx.person(t)]
        self._places(ctx, subject, "deathPlace", region, span, rule="died", countries=False)
        self._dated(ctx, subject, "deathDate", region, span)

    def origin(self, ctx: Context, tok: Token, span: Span) -> None:
        """"X is from Zaoyang", "X from the People's Republic of China": where someone comes from."""
        head = tok.head
        described = self._described(ctx, head) if head.lower_ in self.roles and head.lower_ not in _CONSTITUENCY \
            else None
        if not (head.lemma_ == "be" or ctx.person(head) is not None or described is not None):
            return
        subject = ctx.person(head) if ctx.person(head) is not None else described if described is not None \
            else ctx.subject_of(head)
        if subject is None:
            return
        places = [t for t in tok.subtree if t.i > tok.i and ctx.is_a(t, "PLACE")]
        for c in _distinct(ctx, places):
            if ctx.clusters[c]["name"] in COUNTRIES:
                ctx.add(subject, "nationality", entity(c), span_of(tok, *places), rule=f"{VERSION}:from",
                        confidence=0.6)
        for c in _innermost(ctx, places):
            if ctx.clusters[c]["name"] not in COUNTRIES:
                ctx.add(subject, "birthPlace", entity(c), span_of(tok, *places), rule=f"{VERSION}:from",
                        confidence=0.6)

    def _places(self, ctx: Context, subject: int, prop: str, region: list[Token], evidence: Span, *, rule: str,
                countries: bool = True) -> None:
        places = [t for t in region if ctx.is_a(t, "PLACE") and t.i > evidence.start - 8
                  and not _described_place(ctx, t)]
        for c in _distinct(ctx, places):
            if countries and ctx.clusters[c]["name"] in COUNTRIES:
                ctx.add(subject, "nationality", entity(c), evidence, rule=f"{VERSION}:{rule}", confidence=0.6)
        for c in _innermost(ctx, places):
            if ctx.clusters[c]["name"] not in COUNTRIES:
                ctx.add(subject, prop, entity(c), evidence, rule=f"{VERSION}:{rule}", confidence=0.85)

    def _dated(self, ctx: Context, subject: int, prop: str, region: list[Token], evidence: Span) -> None:
        for d in ctx.dates_in(region):
            if ctx.dates[d][2] or ctx.dates[d][5] or ctx.dates[d][6]:  # a year, or relative to the article
                ctx.add(subject, prop, date(d), evidence, rule=f"{VERSION}:{prop}", confidence=0.85)
                return

    # ------------------------------------------------------------------ careers

    def role(self, ctx: Context, span: Span) -> None:
        """Occupations and job titles: "test pilot Alan Bean", "X is a fighter pilot",
        "a public relations officer at Nasa", "The Nasa astronaut"."""
        head = span[-1]
        text = span.text.lower()
        info = self.roles.get(text) or self.roles.get(text[:-1])
        if info is None or ctx.person(head) is not None and not ctx.is_a(head, "PERSON"):
            return
        person = self._described(ctx, head)
        if person is None:
            return
        if head.dep_ == "pobj" and head.head.lower_ == "as" and not any(c.dep_ in ("det", "poss") for c in
                                                                          head.children):
            return  # "with Victor Glover as pilot": a seat on one flight, not a job
        if any(c.dep_ == "poss" and ctx.person(c) != person for c in head.children):
            missions = [m for m in ctx.in_sentence(head.sent, *MISSIONS) if m[0].i < head.i]
            if missions and any(c.lower_ == "its" for c in head.children):  # "Williams is its pilot"
                ctx.add(missions[-1][1], "crewMember", entity(person), span, rule=f"{VERSION}:crew", confidence=0.6)
            return
        extra = _title_words(ctx, head, span)
        kind = info["kind"]
        plural = text != info["term"]  # "Nasa astronauts A and B": the role of each
        if kind == "crew":  # "X was a mission specialist": a seat on the mission the story is about
            for mission in _distinct(ctx, _recent_missions(ctx, head)[-1:]):
                ctx.add(mission, "crewMember", entity(person), span, rule=f"{VERSION}:crew", confidence=0.6)
            return
        if kind == "title" or extra:
            words = [t.text for t in extra] + [span.text]
            country = [ctx.clusters[c]["name"] for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")
                       and (c := ctx.cluster(t)) is not None and ctx.clusters[c]["name"] in COUNTRIES]
            to = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("to",)]
            tail = [" ".join(t.text for t in to[0].subtree)] if to and any(
                t.pos_ == "PROPN" for t in to[0].subtree) else []
            ctx.add(person, "jobTitle", value(" ".join(country[:1] + words + tail)),
                    span, rule=f"{VERSION}:title", confidence=0.7)
        else:
            for one in ctx.conjuncts(person, head) if plural else [person]:
                ctx.add(one, "occupation", value(info["term"]), span, rule=f"{VERSION}:occupation",
                        confidence=0.8)
        for org in self._employers(ctx, head):
            for one in ctx.conjuncts(person, head) if plural else [person]:
                ctx.add(one, "employer", entity(org), span, rule=f"{VERSION}:employer", confidence=0.75)

    def _described(self, ctx: Context, noun: Token) -> int | None:
        """The person a role noun describes: in a name ("astronaut Scott Kelly"), beside one
        ("Alan Bean, a test pilot"), as what they are ("is a pilot", "worked as a pilot")."""
        p = ctx.person(noun)
        if p is not None:
            return p
        head = noun.head
        if noun.dep_ in ("compound", "amod", "nmod") and ctx.person(head) is not None:
            return ctx.person(head)
        if noun.dep_ == "appos":
            return ctx.person(head) if ctx.person(head) is not None else ctx.subject_of(head, limit=3)
        if noun.dep_ == "npadvmod" and noun.i < head.i:  # "A former pilot, he was born in ..."
            return ctx.subject_of(head, limit=3)
        for child in noun.children:
            if child.dep_ in ("appos", "compound") and ctx.person(child) is not None:
                return ctx.person(child)
        if noun.dep_ in ("attr", "acomp", "oprd") or (noun.dep_ == "pobj" and head.lower_ == "as"):
            found = ctx.subject_of(head, limit=4)
            return found if found is not None else _sole_person(ctx, noun)
        if noun.dep_ in ("nsubj", "nsubjpass") and ctx.person(noun) is None:
            return None
        return None

    def _employers(self, ctx: Context, noun: Token) -> list[int]:
        found: list[int] = []
        for child in noun.children:
            if child.dep_ == "compound" and ctx.is_a(child, "AGENCY", "ORG"):
                found.append(ctx.cluster(child))  # type: ignore[arg-type]
            if child.dep_ == "prep" and child.lower_ in ("at", "of", "for", "with", "in"):
                for t in child.subtree:
                    if ctx.is_a(t, "AGENCY") or (ctx.is_a(t, "ORG") and t.dep_ != "poss"):
                        c = ctx.cluster(t)
                        if ctx.labels[c] == "ORG" and any(ctx.is_a(x, "AGENCY") for x in t.subtree):  # type: ignore[index]
                            continue
                        found.append(c)  # type: ignore[arg-type]
                        break
        return list(dict.fromkeys(found))

    def selection(self, ctx: Context, tok: Token, span: Span) -> None:
        """"selected by NASA in 1963", "Nasa selected him in 1962", "joined NASA in 1963"."""
        if tok.pos_ not in ("VERB", "AUX"):
            return
        region = ctx.region(tok)
        person = None
        agency = None
        if tok.lemma_ == "join":
            person = ctx.subject_of(tok)
            agency = next((ctx.cluster(t) for t in tok.children if t.dep_ == "dobj" and ctx.is_a(t, "AGENCY")),
                          None)
            if agency is None:
                return
        else:
            for child in tok.children:
                if child.dep_ in ("dobj",) and ctx.person(child) is not None:
                    person = ctx.person(child)
                if child.dep_ == "nsubj" and ctx.is_a(child, "AGENCY", "ORG"):
                    agency = ctx.cluster(child)
                if child.dep_ == "agent":
                    agency = next((ctx.cluster(t) for t in child.subtree if ctx.is_a(t, "AGENCY", "ORG")), agency)
            if person is None:
                person = ctx.subject_of(tok)
        if person is None:
            return
        if agency is not None:
            ctx.add(person, "selectedBy", entity(agency), span, rule=f"{VERSION}:selected", confidence=0.8)
        for d in ctx.dates_in(region):
            year = ctx.dates[d][2]
            if year and not ctx.dates[d][4]:
                ctx.add(person, "selectionYear", value(str(year), "gYear"), span_of(tok, *region),
                        rule=f"{VERSION}:selected", confidence=0.8)
                break

    def education(self, ctx: Context, tok: Token, span: Span) -> None:
        """"graduated from MIT with a Sc.D. in 1963", "earned a doctorate from Stanford in 1978"."""
        if tok.lower_ == "alma":
            self.alma_mater(ctx, tok)
            return
        if tok.lemma_ in ("get", "receive", "earn", "obtain") and not any(
                _DEGREE.search(t.text) or t.lower_ in ("degree", "doctorate") for t in tok.subtree):
            return
        region = ctx.region(tok)
        schools = [t for t in region if _school(ctx, t)]
        if not schools:
            region = _window(tok)
            schools = [t for t in region if _school(ctx, t)]
        if not schools:
            return
        person = ctx.subject_of(tok)
        if person is None:
            return
        school = ctx.cluster(schools[0])
        assert school is not None
        text = ctx.doc[region[0].i:region[-1].i + 1].text
        degree = next((label for pattern, label in _DEGREES
                       if (m := re.search(pattern, text)) and not _inside_name(ctx, region[0], m)), None)
        years = [ctx.dates[d][2] for d in ctx.dates_in(region) if ctx.dates[d][2]]
        evidence = span_of(tok, *schools)
        ctx.add(person, "almaMater", entity(school), evidence, rule=f"{VERSION}:education", confidence=0.8)
        if degree or years:
            q: list[list[Any]] = [["school", entity(school)]]
            if years:
                q.append(["year", value(str(years[0]), "gYear")])
            ctx.add(person, "education", value(degree or "degree"), evidence, qualifiers=q,
                    rule=f"{VERSION}:education", confidence=0.75)

    def alma_mater(self, ctx: Context, tok: Token) -> None:
        """"X's alma mater was the University of Texas", "from his alma mater, AFIT"."""
        noun = tok.head if tok.head.lower_ == "mater" else tok
        owner = next((ctx.person(c) for c in noun.children if c.dep_ == "poss"), None)
        school = None
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            school = next((c for c in noun.head.children if c.dep_ == "attr"), None)
        if school is None:
            school = next((t for t in _window(noun)[1:] if ctx.is_a(t, "SCHOOL", "ORG")), None)
        if owner is None:
            owner = ctx.subject_of(noun)
        if owner is not None and school is not None and ctx.is_a(school, "SCHOOL", "ORG"):
            ctx.add(owner, "almaMater", entity(ctx.cluster(school)), span_of(tok, school),  # type: ignore[arg-type]
                    rule=f"{VERSION}:alma-mater", confidence=0.75)

    def retire(self, ctx: Context, tok: Token, span: Span) -> None:
        person = ctx.subject_of(tok)
        if person is None:
            return
        if tok.lower_ == "deceased":
            ctx.add(person, "status", value("Deceased"), span, rule=f"{VERSION}:status", confidence=0.8)
            return
        if tok.lower_ == "retirement":
            return
        region = [t for t in ctx.region(tok) if t.i >= tok.i - 1]
        dated = [d for d in ctx.dates_in(region) if ctx.dates[d][2]]
        if dated and (tok.pos_ == "VERB" or tok.lemma_ == "leave") and tok.dep_ != "amod" or dated and \
                ctx.doc[tok.i + 1:tok.i + 3].text.startswith(("on", "in")) or dated and tok.i + 1 < len(ctx.doc) \
                and ctx.date_at.get(tok.i + 1) == dated[0]:
            ctx.add(person, "retirementDate", date(dated[0]), span, rule=f"{VERSION}:retired", confidence=0.8)
        elif tok.lower_.startswith("retir"):
            ctx.add(person, "status", value("Retired"), span, rule=f"{VERSION}:status", confidence=0.75)

    def award(self, ctx: Context, tok: Token, span: Span) -> None:
        if tok.lower_ in ("awards", "medals", "honours", "honors"):
            nums = [c for c in tok.children if c.like_num and c.dep_ == "nummod"]
            person = ctx.subject_of(tok)
            if nums and person is not None:
                ctx.add(person, "awardCount", value(nums[0].text.replace(",", ""), "integer"), span_of(nums[0], tok),
                        rule=f"{VERSION}:awards", confidence=0.75)
            return
        person = ctx.subject_of(tok)
        if person is None:
            return
        for c in _distinct(ctx, [t for t in ctx.region(tok) if ctx.is_a(t, "AWARD")]):
            ctx.add(person, "award", entity(c), span, rule=f"{VERSION}:award", confidence=0.8)

    # ------------------------------------------------------------------ family

    def kin(self, ctx: Context, tok: Token, span: Span) -> None:
        """Spouse, partner, twin, sibling: "his wife, Annie", "married to X", "twin brother Mark"."""
        low = tok.lower_
        prop = ("spouse" if low in ("wife", "husband", "spouse", "married", "marry", "marries") else
                "partner" if low in ("girlfriend", "boyfriend", "partner", "fiancee", "fiancée", "fiance", "fiancé")
                else "twinOf" if low == "twin" or any(c.lower_ == "twin" for c in tok.lefts) else "siblingOf")
        if low in ("brother", "sister") and any(c.lower_ == "twin" for c in tok.lefts):
            prop = "twinOf"
        if low == "twin" and tok.head.lower_ in ("brother", "sister"):
            return  # handled on the noun
        if low in ("married", "marry", "marries"):
            one = ctx.subject_of(tok)
            others = [ctx.person(t) for t in tok.subtree if t.i > tok.i and ctx.person(t) is not None]
            other = next((o for o in others if o != one), None)
            if one is not None and other is not None:
                ctx.add(one, prop, entity(other), span_of(tok, *[t for t in tok.subtree if t.i > tok.i][:6]),
                        rule=f"{VERSION}:married", confidence=0.85)
            return
        owner = None
        for child in tok.children:
            if child.dep_ == "poss":
                owner = ctx.person(child)
        relative = None
        for child in tok.children:
            if child.dep_ in ("appos",) and ctx.person(child) is not None:
                relative = ctx.person(child)
            elif child.dep_ == "appos":
                relative = next((ctx.person(t) for t in child.subtree if ctx.person(t) is not None), relative)
        if relative is None and tok.dep_ in ("compound", "amod") and ctx.person(tok.head) is not None:
            relative = ctx.person(tok.head)
        if relative is None and tok.dep_ == "appos" and ctx.person(tok.head) is not None:
            relative = ctx.person(tok.head)
        if relative is None:
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.text == ",":
                nxt = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
            if nxt is not None and ctx.person(nxt) is not None:
                relative = ctx.person(nxt)
        if relative is None:
            relative = _named_after(ctx, tok)
        if owner is None:
            if tok.dep_ in ("attr",):
                relative = relative if relative is not None else ctx.subject_of(tok.head, limit=3)
                owner = next((ctx.person(t) for t in tok.subtree if t.i > tok.i and ctx.person(t) is not None), None)
            elif relative is not None and tok.dep_ in ("compound", "amod", "appos"):
                owner = ctx.subject_of(tok.head.head, limit=4) if tok.dep_ != "appos" else None
                if owner == relative:
                    owner = None
        if owner is not None and relative is not None and owner != relative:
            ctx.add(owner, prop, entity(relative), span_of(tok, *[t for t in tok.subtree][:8]),
                    rule=f"{VERSION}:kin", confidence=0.8)

    # ------------------------------------------------------------------ flights

    def command(self, ctx: Context, tok: Token, span: Span) -> None:
        """"commander of Expedition 14", "Expedition 44 commander Gennady Padalka",
        "commanded Gemini 8", "took command of the station", "will command the mission"."""
        targets: list[Token] = []
        person = None
        if tok.lower_ == "commander":
            person = self._described(ctx, tok)
            if person is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "Its commander was X"
                person = next((ctx.person(c) for c in tok.head.children if c.dep_ == "attr"), None)
            if any(c.lower_ == "its" for c in tok.children):
                targets += _recent_missions(ctx, tok)[-1:]
            for child in tok.children:
                if child.dep_ in ("compound", "nmod", "poss") and ctx.is_a(child, *MISSIONS, "STATION", "SPACECRAFT"):
                    targets.append(child)
                if child.dep_ == "prep" and child.lower_ in ("of", "on", "aboard"):
                    targets += [t for t in child.subtree if ctx.is_a(t, *MISSIONS, "STATION", "SPACECRAFT")]
            if not targets and tok.i > 0 and ctx.is_a(tok.doc[tok.i - 1], *MISSIONS, "STATION"):
                targets.append(tok.doc[tok.i - 1])
            if person is None and tok.dep_ == "pobj" and tok.head.lower_ == "under":
                nxt = [t for t in tok.subtree if ctx.person(t) is not None]
                person = ctx.person(nxt[0]) if nxt else None
            if not targets and person is not None:
                verb = next((a for a in [tok, *_ancestors(tok)] if a.pos_ in ("VERB", "AUX")), None)
                if verb is not None and any(a.lower_ == "under" for a in _ancestors(tok)[:3]):
                    targets += [t for t in verb.subtree if ctx.is_a(t, *MISSIONS) and t.i > tok.i]
        elif tok.pos_ in ("VERB", "NOUN"):
            if tok.lemma_ == "lead" and not any(ctx.is_a(t, *MISSIONS, "STATION") for t in tok.children):
                return
            person = ctx.subject_of(tok)
            for child in tok.children:
                if child.dep_ in ("dobj", "attr") or (child.dep_ == "prep" and child.lower_ == "of"):
                    targets += [t for t in child.subtree if ctx.is_a(t, *MISSIONS, "STATION", "SPACECRAFT")][:3]
        if person is None:
            return
        planned = "planned" if ctx.planned(tok) else "reported"
        crew = [ctx.person(t) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree]
        for c in _distinct(ctx, targets):
            ctx.add(c, "commander", entity(person), span_of(tok, *targets), rule=f"{VERSION}:commander",
                    confidence=0.8, modality=planned)
            for member in dict.fromkeys(m for m in crew if m is not None and m != person):
                ctx.add(c, "crewMember", entity(member), span_of(tok, *targets), rule=f"{VERSION}:commander",
                        confidence=0.7, modality=planned)

    def backup(self, ctx: Context, tok: Token, span: Span) -> None:
        head = span[-1]
        person = self._described(ctx, head)
        if person is None:
            nxt = [t for t in head.subtree if ctx.person(t) is not None]
            person = ctx.person(nxt[0]) if nxt else None
        if person is None and head.dep_ == "nsubj" and head.head.lemma_ == "be":  # "the backup pilot of M was X"
            person = next((ctx.person(c) for c in head.head.children if c.dep_ == "attr"), None)
        if person is None:  # "its backup pilot was X", parsed loosely
            person = next((ctx.person(t) for t in ctx.doc[span.end:span.end + 4] if ctx.person(t) is not None
                           and ctx.doc[span.end].lemma_ == "be"), None)
        missions = ctx.in_sentence(tok.sent, *MISSIONS)
        if person is None or not missions:
            return
        best = min(missions, key=lambda m: abs(m[0].i - tok.i))
        ctx.add(best[1], "backupPilot", entity(person), span, rule=f"{VERSION}:backup", confidence=0.75)

    def operate(self, ctx: Context, tok: Token, span: Span) -> None:
        sent = tok.sent
        agencies = ctx.in_sentence(sent, "AGENCY", "ORG")
        missions = ctx.in_sentence(sent, *MISSIONS, "SPACECRAFT", "STATION")
        if not agencies or not missions:
            return
        agency = min(agencies, key=lambda a: abs(a[0].i - tok.i))[1]
        mission = min(missions, key=lambda m: abs(m[0].i - tok.i))[1]
        ctx.add(mission, "operator", entity(agency), span, rule=f"{VERSION}:operator", confidence=0.8)

    def launch(self, ctx: Context, tok: Token, span: Span) -> None:
        """Launch vehicle, site and date of whoever (or whatever) launched."""
        sent = tok.sent
        subject = ctx.subject_of(tok)
        region = ctx.region(tok)
        if tok.pos_ not in ("VERB", "NOUN") or tok.pos_ == "NOUN" and tok.lemma_ not in ("launch", "liftoff"):
            return
        rocket = next((t for t in tok.children if t.dep_ == "nsubj" and ctx.is_a(t, "ROCKET")), None)
        craft = next((t for t in tok.children if t.dep_ == "dobj" and ctx.is_a(t, "SPACECRAFT", *MISSIONS)), None)
        if rocket is not None and craft is not None:  # "An Atlas V rocket launched the capsule from ..."
            subject = ctx.cluster(craft)
        owner = _craft_owner(ctx, tok)
        if subject is None and owner is not None:  # "his Friendship 7 capsule was launched from ..."
            for t in tok.children:
                c = ctx.cluster(t) if t.dep_ == "nsubjpass" else None
                named = c if c is not None else next((ctx.cluster(x) for x in t.children if x.dep_ == "compound"
                                                      and ctx.is_a(x, *VEHICLES)), None) \
                    if t.dep_ == "nsubjpass" else None
                if named is not None:
                    self._launched(ctx, tok, named, ctx.region(tok), span, "reported", dated=False)
                    ctx.add(owner, "launchVehicle", entity(named), span, rule=f"{VERSION}:launch", confidence=0.7)
            subject = owner
        for t in tok.children:
            if t.dep_ in ("nsubj", "nsubjpass") and ctx.is_a(t, *VEHICLES, *MISSIONS) and subject is None:
                people = ctx.in_sentence(sent, "PERSON")
                subject = people[0][1] if people else ctx.cluster(t)
        if subject is None and tok.dep_ in ("relcl", "acl") and ctx.is_a(tok.head, *VEHICLES, *MISSIONS):
            people = [p for p in ctx.in_sentence(sent, "PERSON") if p[0].i < tok.i]
            subject = people[-1][1] if people else ctx.cluster(tok.head)
        if subject is None:
            return
        planned = ctx.planned(tok)
        mod = "planned" if planned else "reported"
        if tok.lower_ == "flew":
            return self._flew(ctx, tok, subject, region)
        for one in ctx.conjuncts(subject, tok)[1:]:
            self._launched(ctx, tok, one, region, span, mod)
        self._launched(ctx, tok, subject, region, span, mod)

    def _launched(self, ctx: Context, tok: Token, subject: int, region: list[Token], span: Span, mod: str, *,
                  dated: bool = True) -> None:
        for c in _distinct(ctx, [t for t in region if ctx.is_a(t, *VEHICLES) and t.i > tok.i - 12]):
            if c != subject:
                ctx.add(subject, "launchVehicle", entity(c), span, rule=f"{VERSION}:launch", confidence=0.75,
                        modality=mod)
        craft = ctx.cluster(tok.head) if tok.dep_ == "relcl" and ctx.is_a(tok.head, *VEHICLES) else None
        if craft is not None and craft != subject:
            ctx.add(subject, "launchVehicle", entity(craft), span, rule=f"{VERSION}:launch", confidence=0.7,
                    modality=mod)
        sites = [t for t in region if ctx.is_a(t, "LAUNCH_SITE")]
        if not sites:
            sites = [t for t in region if ctx.is_a(t, "PLACE") and t.head.lower_ == "from"]
        for c in _distinct(ctx, sites)[:1]:
            ctx.add(subject, "launchSite", entity(c), span, rule=f"{VERSION}:launch", confidence=0.75, modality=mod)
        dates = [d for d in ctx.dates_in(region)]
        if not dates and tok.dep_ == "advcl":  # "On June 16, 1963 she became ... when Vostok 6 lifted off"
            dates = ctx.dates_in([t for c in tok.head.children if c.dep_ == "prep" for t in c.subtree])
        if dates and dated:
            ctx.add(subject, "launchDate", date(dates[0]), span, rule=f"{VERSION}:launch", confidence=0.75,
                    modality=mod)

    def _flew(self, ctx: Context, tok: Token, subject: int, region: list[Token]) -> None:
        for c in _distinct(ctx, [t for t in region if ctx.is_a(t, *MISSIONS)]):
            if ctx.labels[subject] == "PERSON":
                ctx.add(c, "crewMember", entity(subject), tok, rule=f"{VERSION}:flew", confidence=0.7)
        for c in _distinct(ctx, [t for t in region if ctx.is_a(t, *VEHICLES)]):
            ctx.add(subject, "launchVehicle", entity(c), tok, rule=f"{VERSION}:flew", confidence=0.6)
        dates = [d for d in ctx.dates_in([t for t in region if t.i > tok.i])
                 if ctx.dates[d][4] or ctx.dates[d][5] or ctx.dates[d][6]]
        if dates and ctx.labels[subject] == "PERSON":
            ctx.add(subject, "launchDate", date(dates[0]), tok, rule=f"{VERSION}:flew", confidence=0.6)

    def landing(self, ctx: Context, tok: Token, span: Span) -> None:
        infinitive = tok.i > 0 and ctx.doc[tok.i - 1].lower_ == "to"  # "due to land", sometimes tagged a noun
        to_space = any(c.lower_ == "to" and any(t.lower_ in ("space", "orbit") for t in c.children)
                       for c in tok.children)  # "returned to space in 1998" is a new flight, not a landing
        if tok.pos_ != "VERB" and not infinitive or to_space:
            return
        subject = ctx.subject_of(tok)
        if subject is None:
            subject = _craft_owner(ctx, tok)
        if subject is None:
            return
        region = [t for t in ctx.region(tok) if not ctx.person(t)]
        dates = ctx.dates_in(region) or ctx.dates_in(_window(tok))
        if not dates:
            return
        planned = ctx.planned(tok)
        for one in ctx.conjuncts(subject, tok):
            ctx.add(one, "returnDate", date(dates[0]), span, rule=f"{VERSION}:return", confidence=0.75,
                    modality="planned" if planned else "reported")

    def flew_with(self, ctx: Context, tok: Token, span: Span) -> None:
        head = tok.head
        while head.dep_ in ("pobj", "prep", "compound", "appos") and head.head.i != head.i and \
                head.lemma_ not in _MOTION and not ctx.person(head):
            head = head.head  # "launched aboard X from Y with Z": the with-phrase hangs off Y
        if head.lemma_ not in _MOTION or tok.dep_ != "prep":
            return
        subject = ctx.subject_of(head)
        if subject is None:
            subject = _craft_owner(ctx, head)
        if subject is None:
            return
        for c in _distinct(ctx, [t for t in tok.subtree if ctx.person(t) is not None]):
            if c != subject:
                ctx.add(subject, "flewWith", entity(c), span_of(tok, *list(tok.subtree)[:8]),
                        rule=f"{VERSION}:with", confidence=0.7)

    def days(self, ctx: Context, tok: Token, span: Span) -> None:
        """Time in space: "spent 215 days in space", "at 382 days", "the 878 days of X"."""
        unit_tok = span[-1]
        unit = {"days": "day", "day": "day", "minutes": "minute", "hours": "hour"}[unit_tok.lower_]
        number = tok.text.replace(",", "")
        if tok.ent_type_ == "ORDINAL" or not re.fullmatch(r"\d+(\.\d+)?", number):
            return
        if any(t.lower_ in ("about", "almost", "nearly", "around", "some", "roughly") for t in
               tok.doc[max(0, tok.i - 2):tok.i]):
            return
        sent = tok.sent
        words = {t.lower_ for t in sent}
        if not words & {"space", "orbit", "station", "flight", "spaceflight", "mission", "record", "aloft"} and \
                not ctx.in_sentence(sent, "STATION", *MISSIONS, *VEHICLES):
            return
        person = None
        holders = [unit_tok, *([unit_tok.head.head] if unit_tok.head.lower_ == "of" else [])]
        for holder in holders:  # "the record of 803 days that X had held"
            for child in holder.children:
                if child.dep_ == "relcl" and child.lemma_ in ("hold", "set"):
                    person = next((ctx.person(t) for t in child.children if t.dep_ == "nsubj"
                                   and ctx.person(t) is not None), person)
        for child in unit_tok.children:
            if person is not None:
                break
            if child.dep_ == "acl":
                agent = [t for t in child.subtree if ctx.person(t) is not None]
                person = ctx.person(agent[0]) if agent else None
            if child.dep_ == "prep" and child.lower_ == "of":
                person = next((ctx.person(t) for t in child.subtree if ctx.person(t) is not None), person)
        for child in unit_tok.children:
            if child.dep_ == "poss" and ctx.person(child) is not None:
                person = ctx.person(child)
        if person is None:
            person = ctx.subject_of(unit_tok)
        if person is None:
            return
        previous = ctx.doc[sent.start - 1].sent if sent.start > 0 else None
        scope = (_scope(sent, strong=True) or (_scope(previous, strong=True) if previous is not None else None)
                 or _scope(sent, strong=False))
        q: list[list[Any]] = [["unit", value(unit)]]
        if scope:
            q.append(["scope", {"term": scope}])
        region = ctx.region(unit_tok.head) if unit_tok.head.i != unit_tok.i else [unit_tok]
        dated = ctx.dates_in([t for t in sent if t.i not in range(tok.i, unit_tok.i + 1)])
        clause_dates = [d for d in dated if d in ctx.dates_in(region) or _same_clause(ctx, sent, d, unit_tok)]
        as_of = date(clause_dates[-1]) if clause_dates else None
        ctx.add(person, "timeInSpace", value(number, "decimal"), span, qualifiers=q, as_of=as_of,
                rule=f"{VERSION}:days", confidence=0.75, modality="planned" if ctx.planned(unit_tok) else "reported")

    def age(self, ctx: Context, tok: Token, span: Span) -> None:
        nums = [t for t in span if t.like_num]
        if not nums:
            return
        number = nums[0]
        if not number.text.isdigit() or not 0 < int(number.text) < 120:
            return
        person = None
        if span[-1].lower_ == "old" and span[-1].dep_ == "amod" and span[-1].head.pos_ in ("NOUN", "PROPN") \
                and ctx.person(span[-1].head) is None:
            return
        if span[0].text == ",":
            before = ctx.doc[span.start - 1] if span.start > 0 else None
            person = ctx.person(before) if before is not None else None
            if person is None or number.ent_type_ in ("DATE", "MONEY", "QUANTITY") and number.ent_type_ != "DATE":
                return
            if span.end < len(ctx.doc) and ctx.doc[span.end].like_num:
                return
        elif span[0].lower_ in ("was", "is"):
            person = ctx.subject_of(span[0])
            if span.end < len(ctx.doc) and ctx.doc[span.end - 1].text not in (".", ",", ";"):
                return
        else:
            person = ctx.subject_of(span.root)
            if person is None and span[-1].lower_ == "old":
                refs = [r for r in ctx.doc._.astrokg_refs or [] if r[0] <= span.start < r[1]]
                person = refs[0][2] if refs else None
        if person is None:
            return
        region = ctx.region(span.root.head)
        dated = [d for d in ctx.dates_in(region) if ctx.dates[d][2]]
        ctx.add(person, "age", value(number.text, "integer"), span, qualifiers=[["unit", value("year")]],
                as_of=date(dated[0]) if dated and span[0].lower_ == "age" else None, rule=f"{VERSION}:age",
                confidence=0.8)

    # ------------------------------------------------------------------ places and officials

    def leader(self, ctx: Context, tok: Token, span: Span) -> None:
        low = tok.lower_
        sent = tok.sent
        if low in ("represented", "represents", "representative"):
            named = ctx.in_sentence(sent, "PERSON")
            where = ctx.in_sentence(sent, "PLACE")
            if named and where:
                ctx.add(where[0][1] if low != "represents" else where[-1][1], "representative",
                        entity(min(named, key=lambda p: abs(p[0].i - tok.i))[1]), span,
                        rule=f"{VERSION}:representative", confidence=0.7)
            return
        if low in ("senator", "senators") and tok.dep_ == "nsubj" and tok.head.lemma_ in ("be", "include"):
            # "Texas's senators include X and Y", "a state whose senators are X and Y"
            state = next((ctx.cluster(c) for c in tok.children if c.dep_ == "poss" and ctx.cluster(c) is not None),
                         None)
            if state is None:
                state = _recent(ctx, tok, "PLACE")
            people = [ctx.person(t) for c in tok.head.children if c.dep_ in ("dobj", "attr") for t in c.subtree]
            for p in dict.fromkeys(x for x in people if x is not None):
                if state is not None:
                    ctx.add(state, "senator", entity(p), span, rule=f"{VERSION}:senator", confidence=0.7)
            return
        if low in ("senator", "senators"):
            person = self._described(ctx, tok)
            places = [t for t in tok.subtree if ctx.is_a(t, "PLACE")] or \
                     [c for c in tok.children if c.dep_ == "compound" and ctx.is_a(c, "PLACE")]
            state = ctx.cluster(places[0]) if places else None
            if person is not None and state is not None:
                ctx.add(state, "senator", entity(person), span, rule=f"{VERSION}:senator", confidence=0.75)
            return
        if low == "led":
            return
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            return  # "whose president is X", "its leader is X": the attribute rule
        prop = "president" if low == "president" else "leader"
        person = self._described(ctx, tok)
        places = [t for t in tok.subtree if ctx.is_a(t, "PLACE", "AGENCY", "ORG") and t.i > tok.i]
        if not places:
            for t in sent:
                if t.lower_ == "which" and t.i > 0 and ctx.doc[t.i - 1].lower_ == "of":
                    places = [p for p, _ in ctx.in_sentence(sent, "PLACE", "ORG") if p.i < t.i][-1:]
        if person is None:
            near = [p for p in ctx.in_sentence(sent, "PERSON") if p[0].i > tok.i - 6]
            person = near[0][1] if near else None
        if person is not None and places:
            ctx.add(ctx.cluster(places[0]), prop, entity(person), span,  # type: ignore[arg-type]
                    rule=f"{VERSION}:leader", confidence=0.65)

    def part_of(self, ctx: Context, tok: Token, span: Span) -> None:
        """"Zaoyang, which is part of Xiangyang", "Zaoyang city is a part of Hubei province"."""
        sent = tok.sent
        after = [t for t in sent if t.i > tok.i and ctx.is_a(t, "PLACE")]
        before = [t for t in sent if t.i < tok.i and ctx.is_a(t, "PLACE")]
        if after and before:
            ctx.add(ctx.cluster(before[-1]), "locatedIn", entity(ctx.cluster(after[0])),  # type: ignore[arg-type]
                    span_of(before[-1], after[0]), rule=f"{VERSION}:part-of", confidence=0.8)

    def attribute(self, ctx: Context, tok: Token, span: Span) -> None:
        """"The state bird of Texas is the mockingbird", "Texas's state fossil is ...",
        "a school whose mascot is ...": a symbol or mascot of a place or school."""
        noun = span[-1]
        prop = _ATTRIBUTES[noun.lower_]
        owner = None
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of"):
                owner = next((ctx.cluster(t) for t in child.subtree if ctx.cluster(t) is not None), owner)
            if child.dep_ == "poss" and child.lower_ == "whose":
                owner = ctx.cluster(noun.head.head) if noun.head.dep_ == "relcl" else owner
        if owner is None and any(c.lower_ == "its" for c in noun.children):
            owner = _recent(ctx, noun, "PLACE", "SCHOOL", "ORG", "AGENCY")
        whose = next((c for c in noun.children if c.lower_ == "whose"), None)
        if owner is None and whose is not None:  # the name just before "whose"
            before = [t for t in ctx.doc[max(whose.sent.start, whose.i - 3):whose.i] if ctx.cluster(t) is not None]
            owner = ctx.cluster(before[-1]) if before else None
        verb = noun.head
        if owner is None or verb.lemma_ != "be":
            return
        other = next((c for c in verb.children if c.dep_ in ("attr", "nsubj", "acomp") and c.i != noun.i), None)
        if other is None:
            return
        found = ctx.cluster(other)
        obj = entity(found) if found is not None else {"thing": _phrase(other)}
        ctx.add(owner, prop, obj, span_of(noun, other), rule=f"{VERSION}:attribute", confidence=0.7)

    def affiliation(self, ctx: Context, tok: Token, span: Span) -> None:
        """"X is affiliated with Y" (affiliation), "X competes in the Big 12 Conference"."""
        subject = next((ctx.cluster(c) for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                        and ctx.cluster(c) is not None), None)
        if subject is None and tok.dep_ in ("acl", "relcl"):
            subject = ctx.cluster(tok.head)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "in")), None)
        if subject is None or prep is None:
            return
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if target is None:
            return
        found = ctx.cluster(target)
        obj = entity(found) if found is not None else {"thing": _phrase(target)}
        prop = "competesIn" if tok.lemma_ == "compete" else "affiliation"
        ctx.add(subject, prop, obj, span_of(tok, target), rule=f"{VERSION}:{prop}", confidence=0.65)

    def crew(self, ctx: Context, tok: Token, span: Span) -> None:
        """"its crew included A, B and C", "the crew of Apollo 8 was A, B and C"."""
        verb = tok.head if tok.dep_ == "nsubj" else ctx.doc[min(tok.i + 1, len(ctx.doc) - 1)]
        if verb.lemma_ not in ("include", "be", "comprise", "consist"):
            return
        mission = next((ctx.cluster(t) for t in tok.subtree if ctx.is_a(t, *MISSIONS)), None)
        if mission is None and any(c.lower_ == "its" for c in tok.children):
            mission = _recent(ctx, tok, *MISSIONS)
        if mission is None:
            return
        people = [ctx.person(t) for c in verb.children if c.dep_ in ("dobj", "attr", "prep") for t in c.subtree]
        for p in dict.fromkeys(x for x in people if x is not None):
            ctx.add(mission, "crewMember", entity(p), span_of(tok, verb), rule=f"{VERSION}:crew", confidence=0.7)

    def chief(self, ctx: Context, tok: Token, span: Span) -> None:
        """"served as Chief of the Astronaut Office in 1963"."""
        person = ctx.subject_of(tok)
        years = [ctx.dates[d][2] for d in ctx.dates_in(_window(span[-1]) + ctx.region(tok.head)) if ctx.dates[d][2]]
        if person is not None and years:
            ctx.add(person, "chiefOfAstronautOffice", value(str(years[0])), span, rule=f"{VERSION}:chief",
                    confidence=0.7)

    # ------------------------------------------------------------------ sentence-wide rules

    def sentence_rules(self, ctx: Context, sent: Span) -> None:
        self.nationality(ctx, sent)
        self.located(ctx, sent)
        self.missions(ctx, sent)
        self.member_of(ctx, sent)
        self.serves(ctx, sent)
        text = sent.text
        for m in _COSPAR.finditer(text):
            missions = ctx.in_sentence(sent, *MISSIONS, "SPACECRAFT")
            if missions:
                ctx.add(missions[-1][1], "cosparId", value(m.group(1)), _char_span(sent, m),
                        rule=f"{VERSION}:cospar", confidence=0.9)
        for m in _UTC.finditer(text):
            places = ctx.in_sentence(sent, "PLACE")
            if places:
                sign = "-" if m.group(1) in "-−" else "+"
                ctx.add(places[0][1], "utcOffset", value(sign + m.group(2)), _char_span(sent, m),
                        rule=f"{VERSION}:utc", confidence=0.85)
        for m in _AKA.finditer(text):
            span = _char_span(sent, m)
            person = ctx.subject_of(span[0]) if span is not None else None
            if person is not None and span is not None:
                name = re.sub(r",? (and|was|is|who)\b.*$", "", m.group(1)).rstrip(", ")
                name = name if re.search(r"\b(Jr|Sr)\.$", name) else name.rstrip(".")
                ctx.add(person, "alternativeName", value(name), span, rule=f"{VERSION}:aka", confidence=0.75)

    def nationality(self, ctx: Context, sent: Span) -> None:
        for tok, c in ctx.in_sentence(sent, "PLACE"):
            name = ctx.clusters[c]["name"]
            if name not in COUNTRIES:
                continue
            span = _mention(ctx, tok)
            root = span.root
            target = root.head if root.dep_ in ("amod", "compound", "nmod", "npadvmod") else root
            if target.lemma_ in ("bear", "born"):
                continue
            if root is target and root.dep_ not in ("attr", "appos", "nsubj", "pobj") and root.ent_type_ != "NORP":
                continue
            if root is target and root.dep_ == "pobj" and root.head.lower_ not in ("of",):
                continue
            if root is target and root.dep_ == "pobj" and not (root.head.head.lower_ in ("one", "first")
                                                                 or root.head.head.dep_ == "attr"):
                continue
            person = ctx.person(target)
            if person is None and root is target and root.dep_ == "pobj" and root.head.head.lower_ == "one":
                person = ctx.subject_of(root.head.head, limit=4)
            if person is None and not ctx.is_a(target, *VEHICLES, *MISSIONS, "STATION", "AGENCY", "ORG") and (
                    target.lemma_ in ("national", "citizen", "born") or target.pos_ in ("NOUN", "PROPN", "ADJ")):
                person = self._described(ctx, target)
                if person is None and target.dep_ in ("nsubj", "nsubjpass"):
                    refs = [r for r in ctx.doc._.astrokg_refs or [] if r[0] <= target.i < r[1]]
                    person = refs[0][2] if refs else None
            if person is not None:
                ctx.add(person, "nationality", entity(c), span_of(tok, target), rule=f"{VERSION}:nationality",
                        confidence=0.7)

    def located(self, ctx: Context, sent: Span) -> None:
        """"Baikonur Cosmodrome in Kazakhstan", "Glen Ridge, New Jersey": a place within another."""
        places = ctx.in_sentence(sent, *PLACES)
        for (a, ca), (b, cb) in zip(places, places[1:], strict=False):
            if ca == cb or ctx.clusters[ca]["name"] in COUNTRIES:
                continue
            end_a = _mention(ctx, a).end
            words = _between(ctx, end_a, b.i)
            state_next = ctx.clusters[cb]["name"] in STATES and not words
            if (words in (["in"], [","], ["in", "the"], ["of"]) or state_next) and not (
                    words == ["of"] and ctx.labels[ca] != "PLACE"):
                if words == ["in"] and ctx.doc[end_a].head.i not in range(a.i, end_a) and \
                        not ctx.is_a(a, "LAUNCH_SITE"):
                    continue
                ctx.add(ca, "locatedIn", entity(cb), ctx.doc[a.i:_mention(ctx, b).end], rule=f"{VERSION}:located",
                        confidence=0.7)

    def missions(self, ctx: Context, sent: Span) -> None:
        """Who was on a mission: anyone the mission's words are said about ("a crew member on
        Apollo 12", "took part in the Shenzhou 6 mission"), unless a rule said more."""
        for tok, c in ctx.in_sentence(sent, *MISSIONS):
            if ctx.clusters[c]["name"] in ctx.clusters[c]["name"] and any(
                    f["s"] == c and f["p"] in ("commander", "backupPilot") for f in ctx.facts):
                specific = {f["o"]["c"] for f in ctx.facts if f["s"] == c and f["p"] in ("commander", "backupPilot")}
            else:
                specific = set()
            person = ctx.subject_of(tok)
            planned = ctx.planned(tok)
            if person is None:
                head = tok
                while head.dep_ in ("compound", "nmod", "poss") and head.head.i != head.i:
                    head = head.head
                people = [ctx.person(t) for t in head.head.subtree if ctx.person(t) is not None] \
                    if head.dep_ in ("nsubj",) else []
                sole = _sole_person(ctx, tok)
                if not people and sole is not None and _CREW_WORDS & {t.lower_ for t in sent}:
                    people = [sole]  # the parse is lost, but the sentence names one person and a crew
                for p in dict.fromkeys(x for x in people if x is not None):
                    if p not in specific:
                        ctx.add(c, "crewMember", entity(p), sent, rule=f"{VERSION}:crew", confidence=0.6,
                                modality="planned" if planned else "reported")
                continue
            if person in specific:
                continue
            verb = next((t for t in _ancestors(tok) if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None and verb.lemma_ in ("launch", "lift"):
                continue  # "launched aboard Soyuz MS-22": the craft, said by the launch rule
            ctx.add(c, "crewMember", entity(person), span_of(tok), rule=f"{VERSION}:crew", confidence=0.7,
                    modality="planned" if planned else "reported")
            for other in _relative_clause_people(ctx, tok):
                if other != person and other not in specific:
                    ctx.add(c, "crewMember", entity(other), span_of(tok), rule=f"{VERSION}:crew", confidence=0.6)
            for other in _distinct(ctx, [t for t in _along_with(tok) if ctx.person(t) is not None]):
                if other != person and other not in specific:
                    ctx.add(c, "crewMember", entity(other), span_of(tok), rule=f"{VERSION}:crew", confidence=0.6)
        for tok, c in ctx.in_sentence(sent, "STATION"):
            person = ctx.subject_of(tok, limit=7)
            if person is None or any(t.lemma_ in ("command", "commander") for t in _ancestors(tok)):
                continue
            if any(f["s"] == c and f["p"] == "commander" and f["o"].get("c") == person for f in ctx.facts):
                continue
            if tok.head.lower_ in ("on", "aboard", "in") or tok.head.lemma_ in ("leave", "board", "reach", "visit"):
                ctx.add(person, "spacecraft", entity(c), span_of(tok.head, tok), rule=f"{VERSION}:station",
                        confidence=0.6)

    def serves(self, ctx: Context, sent: Span) -> None:
        """"flew fighter jets for the Royal Canadian Air Force", "flies for the Canadian Space
        Agency", "trained as a pilot in the Italian Air Force": who someone works for."""
        for tok, c in ctx.in_sentence(sent, "AGENCY", "ORG"):
            root = _mention(ctx, tok).root
            if root.dep_ != "pobj" or root.head.lower_ not in ("for", "in", "with"):
                continue
            verb = next((a for a in _ancestors(root)[:4] if a.pos_ == "VERB"), None)
            if verb is None or verb.lemma_ not in ("fly", "work", "serve", "train"):
                continue
            person = ctx.subject_of(verb)
            if person is not None:
                ctx.add(person, "employer", entity(c), span_of(verb, root), rule=f"{VERSION}:serves",
                        confidence=0.65)

    def member_of(self, ctx: Context, sent: Span) -> None:
        """"Roman Romanenko of Roscosmos": who works for whom; "NASA's Apollo 8 crew": who
        runs a mission."""
        for tok, c in ctx.in_sentence(sent, "AGENCY"):
            span = _mention(ctx, tok)
            root = span.root
            head = root.head
            if root.dep_ == "poss" or (root.dep_ in ("compound", "amod", "nmod") and head.lower_ in (
                    "operated", "run", "mission", "flight", "program", "programme")):
                owned = [t for t in [head, *head.children, *head.subtree] if ctx.is_a(t, *MISSIONS)]
                for m in _distinct(ctx, owned)[:1]:
                    ctx.add(m, "operator", entity(c), span_of(root, head), rule=f"{VERSION}:operator",
                            confidence=0.7)
            member = ctx.person(head.head) if root.dep_ == "pobj" and head.lower_ == "of" else None
            for one in _sharing_of(ctx, member, head, sent) if member is not None else []:
                ctx.add(one, "employer", entity(c), span_of(head.head, root), rule=f"{VERSION}:member",
                        confidence=0.7)


COUNTRIES = {c["name"] for c in read_jsonl("countries")}
STATES = {s["name"] for s in read_jsonl("us_states")}


_TITLE_WORDS = {"deputy", "chief", "senior", "associate", "assistant", "principal", "lead", "head", "executive",
                "vice", "public", "relations", "affairs", "program", "programme", "project", "flight", "mission",
                "research", "science", "station", "payload", "communications", "press"}


def _title_words(ctx: Context, head: Token, span: Span) -> list[Token]:
    """The words before a role noun that make it a job title ("deputy chief", "public relations")."""
    words: list[Token] = []
    i = span.start - 1
    while i >= 0:
        t = ctx.doc[i]
        if t.lower_ not in _TITLE_WORDS or t.ent_type_ or head.i not in [a.i for a in t.ancestors]:
            break
        words.insert(0, t)
        i -= 1
    return words


_CONTAINS: tuple[list[str], ...] = (["in"], [","], ["in", "the"], [], [",", "in"], [",", "in", "the"])


def _between(ctx: Context, start: int, end: int) -> list[str]:
    """The words between two place names, without words that only say what kind of place
    the first is ("Zaoyang city, Hubei")."""
    return [t.lower_ for t in ctx.doc[start:end] if t.lower_ not in ("city", "town", "village", "province")]


def _described_place(ctx: Context, tok: Token) -> bool:
    """A place named only to say where another is: "Klushino, a village west of Moscow"."""
    for anc in _ancestors(tok)[:5]:
        if anc.dep_ == "appos" and anc.pos_ == "NOUN" and ctx.is_a(anc.head, "PLACE"):
            return True
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


def _innermost(ctx: Context, places: list[Token]) -> list[int]:
    """The places of a list that are not containers of an earlier one ("Wheeler, Texas":
    Wheeler; "Zaoyang in Hubei province": Zaoyang)."""
    found: list[int] = []
    previous: Token | None = None
    for tok in places:
        c = ctx.cluster(tok)
        if c is None or c in found or tok.i > 0 and ctx.cluster(ctx.doc[tok.i - 1]) == c:
            continue
        if previous is not None and ctx.cluster(previous) != c:
            end = _mention(ctx, previous).end
            if _between(ctx, end, tok.i) in _CONTAINS and ctx.named_at.get(tok.i) is not None:
                previous = tok
                continue
        found.append(c)
        previous = tok
    return found


def _relative_clause_people(ctx: Context, tok: Token) -> list[int]:
    """People who are subjects of a relative clause on a mission: "Apollo 12 where Alan
    Bean served as a crew member"."""
    head = _mention(ctx, tok).root
    found = []
    for child in head.children:
        if child.dep_ == "relcl" and any(t.lower_ == "where" for t in child.children):
            found += [ctx.person(t) for t in child.children if t.dep_ in ("nsubj", "nsubjpass")
                      and ctx.person(t) is not None and not any(x.lemma_ in ("backup", "commander")
                                                                 for x in child.subtree)]
    return [c for c in found if c is not None]


_CRAFT_NOUNS = {"capsule", "spacecraft", "ship", "craft", "vehicle"}


def _craft_owner(ctx: Context, verb: Token) -> int | None:
    """Whose craft is the subject of a verb: "His Soyuz capsule landed" -> him."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in _CRAFT_NOUNS or ctx.is_a(child, *VEHICLES)):
            for t in child.children:
                if t.dep_ == "poss" and ctx.person(t) is not None:
                    return ctx.person(t)
    return None


def _school(ctx: Context, tok: Token) -> bool:
    """A school, or an organisation someone graduates "from" or studies "at" (an acronym the
    gazetteer does not know, such as "NWC")."""
    if ctx.is_a(tok, "SCHOOL"):
        return True
    return ctx.is_a(tok, "ORG") and tok.head.lower_ in ("from", "at") and tok.dep_ == "pobj"


def _sharing_of(ctx: Context, member: int, near: Token, sent: Span) -> list[int]:
    """Who an "of X" after a name applies to: that name and the coordinated names just before
    it that have no "of" of their own ("A and B of Nasa and C of JAXA": A and B of Nasa)."""
    def start(c: int) -> int:
        return min((t.i for t in sent if ctx.cluster_at.get(t.i) == c), default=sent.end)

    def own_of(c: int) -> bool:
        return any(ctx.named_at.get(t.i) == c and any(x.dep_ == "prep" and x.lower_ == "of" for x in t.children)
                   for t in sent)

    group = sorted(ctx.conjuncts(member, near), key=start)
    out = [member]
    for c in reversed(group[:group.index(member)]):
        if own_of(c):
            break
        out.append(c)
    return out


def _recent(ctx: Context, tok: Token, *labels: str) -> int | None:
    """The last entity with one of the labels named before a word, in its sentence or the one
    before: what "its" most likely means."""
    sent = tok.sent
    found = [c for t, c in ctx.in_sentence(sent, *labels) if t.i < tok.i]
    if not found and sent.start > 0:
        found = [c for _, c in ctx.in_sentence(ctx.doc[sent.start - 1].sent, *labels)]
    return found[-1] if found else None


def _recent_missions(ctx: Context, tok: Token) -> list[Token]:
    """Mentions of missions in a word's sentence before it, or in the sentence before that."""
    sent = tok.sent
    found = [t for t, _ in ctx.in_sentence(sent, *MISSIONS) if t.i < tok.i]
    if not found and sent.start > 0:
        found = [t for t, _ in ctx.in_sentence(ctx.doc[sent.start - 1].sent, *MISSIONS)]
    return found


def _phrase(tok: Token) -> str:
    """A noun phrase's words without its article: "the Northern mockingbird" -> "Northern mockingbird"."""
    words = [t for t in tok.subtree if t.dep_ not in ("det", "punct", "relcl", "acl") and t.i <= tok.i]
    return " ".join(t.text for t in words) or tok.text


def _window(tok: Token) -> list[Token]:
    """The words after a trigger up to the next verb or the end of the sentence, for when
    the parse hangs the trigger's objects elsewhere."""
    out = [tok]
    for t in tok.doc[tok.i + 1:tok.sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.lower_ in ("who", "which", ";"):
            break
        out.append(t)
    return out


def _sole_person(ctx: Context, tok: Token) -> int | None:
    """The one person a sentence names, if it names exactly one."""
    people = {c for _, c in ctx.in_sentence(tok.sent, "PERSON")}
    return people.pop() if len(people) == 1 else None


def _named_after(ctx: Context, tok: Token) -> int | None:
    """The person named right after a kinship word and a comma: "his girlfriend of seven
    years, Amiko Kauderer"."""
    doc = ctx.doc
    for i in range(tok.i + 1, min(tok.i + 9, tok.sent.end)):
        if ctx.person(doc[i]) is not None and ctx.named_at.get(i) is not None:
            return ctx.person(doc[i]) if doc[i - 1].text == "," else None
        if doc[i].pos_ in ("VERB", "AUX"):
            return None
    return None


def _distinct(ctx: Context, toks: list[Token]) -> list[int]:
    return list(dict.fromkeys(c for t in toks if (c := ctx.cluster(t)) is not None))


def _mention(ctx: Context, tok: Token) -> Span:
    c = ctx.named_at.get(tok.i)
    if c is not None:
        for start, end in ctx.clusters[c]["mentions"]:
            if start <= tok.i < end:
                return ctx.doc[start:end]
    return ctx.doc[tok.i:tok.i + 1]


def _char_span(sent: Span, m: re.Match[str]) -> Span:
    span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
    return span if span is not None else sent


def _scope(sent: Span, *, strong: bool) -> str | None:
    """Cumulative or one flight, from the words of a sentence; ``strong`` words only say it
    outright ("cumulative", "single"), the others hint ("returned after 186 days")."""
    words = {t.lower_ for t in sent}
    if strong:
        if words & {"cumulative", "total", "career", "overall"} or "flights" in words:
            return "Cumulative"
        if words & {"single", "consecutive", "single-longest", "stay"}:
            return "SingleFlight"
        return None
    if words & {"landed", "returned", "return", "lands", "mission", "flight", "spaceflight", "after"}:
        return "SingleFlight"
    return None


def _same_clause(ctx: Context, sent: Span, d: int, tok: Token) -> bool:
    start = ctx.dates[d][0]
    span = ctx.doc.char_span(start, ctx.dates[d][1], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    anc = {t.i for t in _ancestors(tok)} | {tok.i}
    return any(t.i in anc for t in _ancestors(root)) and root.head.lemma_ in ("reach", "spend", "return", "pass",
                                                                            "break", "beat", "surpass", "be")


def _ancestors(tok: Token) -> list[Token]:
    out: list[Token] = []
    while tok.head.i != tok.i and len(out) < 12:
        tok = tok.head
        out.append(tok)
    return out


def _along_with(tok: Token) -> list[Token]:
    for anc in _ancestors(tok):
        for child in anc.children:
            if child.dep_ == "prep" and child.lower_ == "with" or child.lower_ == "along":
                return list(child.subtree)
    return []


def _inside_name(ctx: Context, first: Token, m: re.Match[str]) -> bool:
    """Whether a degree-like match (such as "MS") sits inside an entity name."""
    start = first.idx + m.start()
    span = ctx.doc.char_span(start, first.idx + m.end(), alignment_mode="expand")
    return span is not None and any(t.ent_type_ and t.ent_type_ not in ("ORG",) and ctx.is_a(t, "SCHOOL", "PERSON")
                                    for t in span)
