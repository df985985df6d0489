"""The birth, death and upbringing frames: when and where one was born, grew up and died."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import CLAUSE_DEPS, Context, date, entity, value
from extract.components.found import Obj
from extract.frames.about import about
from extract.frames.base import VERSION, FrameBase
from extract.frames.clauses import clause
from extract.frames.dating import dates
from extract.frames.fields import field_owner, field_value, page_person
from extract.frames.natives import native_before_name, place_before_native
from extract.frames.reading import CONTEXT, DIRECT, About, verbal
from extract.rules.common import COUNTRIES, window
from extract.rules.places import described_place, innermost


class LifeFrames(FrameBase):
    """The birth, death and upbringing frames (read by :class:`~extract.frames.engine.Reader`)."""

    def _birth(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        """"was born in X on D", "Born in X, she ...", "X, born D", "the birthplace of X is
        Y", "her date of birth": the most specific place (a country only when it is the one
        place named, never a place that describes someone else's phrase) and the date."""
        noun = span.root
        if noun.i != tok.i:  # "birth place", "date of birth": the phrase's own noun
            who, words = about(ctx, noun, self.frame), clause(ctx, noun)
        people = [p for p in who.people if ctx.labels[p] == "PERSON"][:1]
        parents = _born_to(ctx, tok) if tok.lower_ == "born" else []
        if _subjectless(tok) and (not people or people[0] in parents) and (owner := page_person(ctx)) is not None \
                and owner not in parents:  # "Born on D, to A and B in X." on a page about one person: that person's
            people, who = [owner], About((owner,), None, CONTEXT)
        if tok.lower_ == "born" and (tok.dep_ == "acl" and tok.head.lemma_.lower() in _OFFSPRING or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            return  # "her son, born in May": the son's birth, not his mother's; "to be born": none yet
        if tok.lower_ == "born" and tok.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            modality = "reported"  # "X, born in 1993, will fly": a birth told beside a name is done, whatever comes
        if not people and (owner := field_owner(ctx, span)) is not None:
            people, words = [owner], field_value(span)  # "Born: August 8, 1940"
        if not people or modality != "reported":
            return
        for parent in parents:
            if parent != people[0]:
                self._add(ctx, people[0], "parent", entity(parent), span, who.confidence, modality)
                self._add(ctx, parent, "child", entity(people[0]), span, who.confidence, modality)
        if tok.lower_ != "born":  # "the birthplace of X is Y": the whole sentence but other clauses
            sent = tok.sent
            elsewhere = {x.i for t in sent if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX")
                         and noun not in t.subtree for x in t.subtree}
            words = [t for t in sent if t.i not in elsewhere]
        words = [t for t in words if not ctx.person(t)]
        if "date" not in {t.lower_ for t in span}:
            near = [t for t in words if ctx.is_a(t, "PLACE") and t.i > span.start - 8 and not described_place(ctx, t)]
            near = [t for t in near if not _landmark(t)] or near  # "in X County, near Y": X, not the town it is near
            if not near and tok.lower_ == "born" and tok.dep_ == "advcl":  # "Born on D, in X, he flew": the
                near = [t for t in _before_subject(tok) if ctx.is_a(t, "PLACE") and not described_place(ctx, t)]
            places = innermost(ctx, near)
            towns = [c for c in places if ctx.clusters[c]["name"] not in COUNTRIES]
            if not towns and len(places) == 1:  # "born in Germany": the one place named ("a German": none)
                towns = [c for c in places if any(ctx.cluster(t) == c and t.dep_ == "pobj" and t.head.lower_ == "in"
                                                  for t in near)]
            for c in towns:
                self._add(ctx, people[0], "place", entity(c), span, who.confidence, modality)
        if not ctx.dates_in(words) and tok.lower_ == "born":  # "Born in X, on D, she flew": the parse
            words = [t for t in window(tok) if not ctx.person(t)]  # hangs the date on "flew"
        for d in ctx.dates_in(words):
            found = ctx.dates[d]
            if (found.year or found.weekday or found.relative) and not _renaming(ctx, d):
                self._add(ctx, people[0], "date", date(d), span, who.confidence, modality)
                break

    def _death(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        """"X died on Monday in Houston", "the agency said he died on May 3", "died when his jet
        crashed near X", "announced his death on Friday", "the death of X in 1967", "was killed"."""
        if tok.lower_ == "dead":  # "Dead, X on August 25, 2012", "X was found dead", "X dead at 82"
            tok, one, words = _dead(ctx, tok)
            if one is None:
                return
            who = About((one,), None, DIRECT)
        people = [p for p in who.people if ctx.labels[p] == "PERSON" and p != _teller(ctx, tok)][:1]
        if tok.lemma_ == "kill" and tok.tag_ != "VBN" or not people or modality != "reported":
            return  # "killed" only in the passive: the one who died is its subject; no one tells of their own
        if tok.lower_ == "deceased":  # "X, now deceased", "the deceased astronaut X"
            self._add(ctx, people[0], "status", value("Deceased"), span, who.confidence, modality)
            return
        words = [t for t in words if not ctx.person(t)]
        teller = {x.i for t in words if t.dep_ == "agent" for x in t.subtree}  # "announced by a museum in X"
        near = [t for t in [*words, *_when_clauses(ctx, words)] if ctx.is_a(t, "PLACE") and t.i > span.start - 8
                and not described_place(ctx, t) and t.i not in teller and not _told_there(t, tok)]
        for c in [c for c in innermost(ctx, near) if ctx.clusters[c]["name"] not in COUNTRIES][:1]:
            self._add(ctx, people[0], "place", entity(c), span, who.confidence, modality)
        cause = _cause(ctx, tok) if verbal(tok) else None
        if cause is not None:  # "died of pancreatic cancer", "died in a plane crash"
            self._add(ctx, people[0], "cause", value(cause), span, who.confidence, modality)
        died: Obj | None = None
        for d, how in dates(ctx, tok, words):
            found = ctx.dates[d]
            if how > CONTEXT and (found.year or found.weekday or found.relative or found.month):
                died = date(d, recent=True)  # its own clause's date: not that of "two years after X died"
                self._add(ctx, people[0], "date", died, span, min(who.confidence, how), modality)
                break
        years = _age_at(tok) if verbal(tok) or tok.lower_ == "dead" else None
        if years is not None:  # "died at 79", "died aged 79", "died at the age of 79"
            prop = self.frame.prop("age")
            if prop is not None:
                ctx.add(people[0], prop, value(str(years), "integer"), span, rule=f"{VERSION}:{self.frame.name}",
                        confidence=round(who.confidence, 2), modality=modality,
                        qualifiers=(("unit", value("year")),), as_of=died)

    def _upbringing(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                    words: list[Token]) -> None:
        """"grew up in X", "was raised in X", "her hometown of X", "X, his hometown", "a native
        of X": the most specific town named, not a country."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        described_one = ctx.person(tok.head) if tok.dep_ == "appos" and tok.tag_ == "NN" else None
        if described_one is not None:  # "She and X, another Ohio native,": the one name the noun describes
            people = [described_one]
        elif tok.lower_ == "native" and (one := ctx.person(tok)) is not None:  # "the Ohio native said": the
            people, who = [one], About((one,), None, CONTEXT)  # one the references take it for (aliases.py)
        fronted, told = native_before_name(ctx, tok)
        if fronted is not None:  # "The Iowa native X", "A native of Turin, X flew"
            people, words, who = [fronted], told, About((fronted,), None, DIRECT)
            modality = "reported" if modality == "planned" else modality  # "Biloxi native X will be honored"
        if tok.lemma_ == "raise" and tok.tag_ != "VBN" or not people:
            return
        near = place_before_native(ctx, tok) or [t for t in words if ctx.is_a(t, "PLACE")]
        if not verbal(tok):  # "her hometown, X": the place beside the noun
            near += [t for t in (tok.head, *tok.children) if t.dep_ == "appos" or tok.dep_ == "appos"
                     if ctx.is_a(t, "PLACE")]
        places = [c for c in innermost(ctx, near) if ctx.clusters[c]["name"] not in COUNTRIES]
        for c in places[:1]:
            for one in people:
                self._add(ctx, one, "place", entity(c), span, who.confidence - 0.05, modality)


#: nouns of people whose birth told beside them is theirs, not their kin's ("her son, born in May")
_OFFSPRING = {"son", "daughter", "child", "baby", "grandson", "granddaughter", "twin", "boy", "girl"}


def _subjectless(born: Token) -> bool:
    """Whether "Born" opens a sentence that has no subject ("Born on D, to A and B in X."), as
    a profile's or an obituary's lines tell of the one person the page is about."""
    return born.lower_ == "born" and born.dep_ == "ROOT" and _opens(born) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in born.children)


def _opens(word: Token) -> bool:
    """Whether a word is the first of its sentence (but for line breaks and bullets)."""
    return all(t.is_space or t.is_punct for t in word.doc[word.sent.start:word.i])


def _born_to(ctx: Context, born: Token) -> list[int]:
    """The people one was "born to" ("born to A and B", "born in X to A and B"): the parents."""
    return list(dict.fromkeys(p for c in born.children if c.dep_ == "prep" and c.lower_ == "to"
                              for o in c.children if o.dep_ == "pobj"
                              for t in (o, *o.conjuncts) if (p := ctx.person(t)) is not None
                              and ctx.labels[p] == "PERSON"))


def _landmark(place: Token) -> bool:
    """Whether a place is named only as a landmark the place meant is near ("near Y, Ohio", "outside Y")."""
    for up in place.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return False
        if up.dep_ == "prep" and up.lower_ in ("near", "outside"):
            return True
    return False


def _renaming(ctx: Context, d: int) -> bool:
    """Whether a date is the "today" of a place's present name ("Frunze, today Bishkek")."""
    last = max(i for i, found in ctx.date_at.items() if found == d)
    return ctx.dates[d].relative == "today" and last + 1 < len(ctx.doc) and ctx.is_a(ctx.doc[last + 1], "PLACE")


def _before_subject(born: Token) -> list[Token]:
    """The words between a fronted "Born ..." and the subject of the verb it leads to, where
    the parser may hang the birthplace on that verb ("Born on D, in X, he graduated")."""
    subject = next((c for c in born.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > born.i), None)
    return list(born.doc[born.i + 1:subject.i]) if subject is not None else []


def _age_at(verb: Token) -> int | None:
    """The age a verb says someone had ("died at 79", "died aged 79", "died at the age of
    79"), not a time ("died at 9 pm") or a place."""
    for child in verb.children:
        if child.lower_ == "aged" or child.dep_ == "prep" and child.lower_ == "at":
            nums = [t for t in child.subtree if t.like_num and t.i > child.i]
            words = {t.lower_ for t in child.subtree}
            if nums and (child.lower_ == "aged" or "age" in words or nums[0].head.i == child.i) \
                    and not words & _CLOCK and nums[0].text.isdigit() and 16 <= int(nums[0].text) < 120:
                return int(nums[0].text)
    return None


def _dead(ctx: Context, word: Token) -> tuple[Token, int | None, list[Token]]:
    """The word whose clause tells a death said with "dead", the one who died and the words
    that tell it: "Dead, X on D, he was ..." (the name set beside it, up to the comma after
    the name's phrase), "X was found dead on D", "X is dead at 82" (the subject of the verb it
    completes, and that verb's clause), a headline's "X dead at 82"; no one for "a dead end",
    "the dead weight", "three cosmonauts were dead"."""
    beside = next((c for c in word.children if c.dep_ == "appos" and ctx.named_at.get(c.i) is not None), None)
    if beside is not None and _opens(word):
        doc = word.doc
        end = next((t.i for t in doc[beside.i + 1:word.sent.end] if t.text in (",", ";") and t.i not in ctx.date_at),
                   word.sent.end)
        return word, ctx.person(beside), list(doc[word.i:end])
    verb = word.head if word.dep_ in ("acomp", "oprd") else word if word.dep_ == "ROOT" else None
    if verb is None:
        return word, None, []
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or ctx.named_at.get(subject.i) is None and subject.pos_ != "PRON":
        return word, None, []
    return verb, ctx.person(subject), clause(ctx, verb)


def _cause(ctx: Context, verb: Token) -> str | None:
    """What a death verb says one died of: "died of pancreatic cancer", "died from
    complications of X", "died in a plane crash", "died after battling cancer", "after a long
    battle with leukemia"; never a date, a place or a person ("died of" a year: none)."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
            if prep.lower_ in ("of", "from") and obj.dep_ == "pobj":
                cause: Token | None = obj
            elif prep.lower_ == "in" and obj.lemma_.lower() in _MISHAPS:
                cause = obj
            elif prep.lower_ == "after":
                cause = _battled(obj)
            else:
                cause = None
            if cause is not None and cause.pos_ == "NOUN" and ctx.cluster(cause) is None \
                    and ctx.date_at.get(cause.i) is None:
                return _cause_words(cause)
    return None


#: what one dies "in": a mishap ("in a plane crash"), not a place or a time
_MISHAPS = {"crash", "accident", "collision", "explosion", "fire", "disaster", "blast", "mishap", "tragedy"}
#: what one dies "after" that tells the illness: "after battling X", "after a battle with X"
_BATTLES = {"battle", "fight", "struggle", "bout"}


def _battled(obj: Token) -> Token | None:
    """The illness of "after battling X" and "after a (long) battle with X"; None otherwise."""
    if obj.dep_ == "pcomp" and obj.lemma_ in ("battle", "fight"):
        return next((c for c in obj.children if c.dep_ == "dobj"), None)
    if obj.dep_ == "pobj" and obj.lemma_ in _BATTLES:
        return next((o for c in obj.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                     for o in c.children if o.dep_ == "pobj"), None)
    return None


def _cause_words(noun: Token) -> str:
    """The words of a cause as written, without its article or a pronoun ("a heart attack":
    "heart attack"), with what "complications of" or "from" name."""
    left = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("amod", "compound", "nmod", "poss", "case", "nummod")
            and not (t.dep_ == "poss" and t.pos_ == "PRON")]
    right = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from") and noun.lemma_ in _KINDS_OF
             for t in c.subtree]
    words = sorted([*left, noun, *right], key=lambda t: t.i)
    return "".join(t.text_with_ws for t in words).strip()


#: nouns of a cause told by what they are of or from ("complications of X", "complications from X")
_KINDS_OF = {"complication", "effect", "form", "type", "case"}


#: words that make a number after "at" a time of day
_CLOCK = {"am", "pm", "a.m.", "p.m.", "o'clock", ":", "gmt", "utc", "hours", "minutes"}

#: verbs of telling news: where they are done is where it was told, not where it happened
_TELLING = {"announce", "say", "tell", "report", "confirm", "write", "state", "post", "tweet", "speak", "reveal"}


def _told_there(place: Token, event: Token) -> bool:
    """Whether a place is where news of an event was told ("the death of X was announced in
    Warsaw by Y", "Y said in Warsaw"), its preposition hanging from a verb of telling."""
    prep = place.head
    while prep.dep_ in ("compound", "conj", "appos") and prep.head.i != prep.i:
        prep = prep.head
    verb = prep.head if prep.dep_ == "prep" else None
    return verb is not None and verb.i != event.i and verb.lemma_ in _TELLING


def _teller(ctx: Context, event: Token) -> int | None:
    """Who tells of an event in a clause of a verb of telling ("X, who told the press that he
    died in Warsaw", "X said he died"): someone the event's pronoun cannot be when it is a
    death."""
    verb = event.head if event.dep_ in ("ccomp", "xcomp") else None
    if verb is None or verb.lemma_ not in _TELLING:
        return None
    return ctx.subject_of(verb, limit=2)


def _when_clauses(ctx: Context, words: list[Token]) -> list[Token]:
    """The words of when-clauses hanging from a clause: "died when his jet crashed near X"."""
    return [t for head in words for c in head.children if c.dep_ in ("advcl", "relcl")
            and any(m.lower_ == "when" for m in c.children) for t in ctx.region(c)]
