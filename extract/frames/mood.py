"""Whether a clause states an event as a fact, a plan, or neither.

Quoted words, negated clauses ("did not launch", "never flew", "no spacewalk"), events
called off ("scrubbed the launch"), supposed ones ("could land", "if the crew returns") and
hedged ones ("apparently died of smoke") are not facts; "will", "is scheduled to" (see
:meth:`~extract.components.context.Context.planned`), a headline's "X to land on May 5",
"hopes to launch" and a past narrative's "would" in a paragraph about a plan ("three missions were
planned ... Soyuz T13 would be launched in May") make a plan."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.components.context import Context

#: modal verbs that only suppose an event ("would" only with "have" or in a condition)
_SUPPOSE = {"could", "might", "may", "would", "should", "must", "can"}
#: conjunctions that make a clause a condition
_IF = {"if", "unless", "whether"}
#: verbs whose clause reports what someone said: "would" under them is a plan ("said she would fly")
_SAY = {"say", "announce", "confirm", "expect", "plan", "tell", "report", "add", "state"}
#: verbs that stop or put off what they take: "called off the launch", "the landing was postponed"
_CANCEL = {"scrub", "abort", "cancel", "postpone", "delay", "halt", "stop", "suspend"}
#: words of a plan: "was scheduled to launch", "was due to return", "were set to land"
_PLAN = {"schedule", "due", "plan", "set", "slate", "target", "expect", "intend"}
#: what makes a plan one that was given up: "originally were to come home in October"
_AT_FIRST = {"originally", "initially", "first"}
#: verbs that change a plan: "was scheduled to launch on Tuesday, but was postponed", "but her stay was extended"
_CHANGE = _CANCEL | {"extend", "reschedule", "move", "push", "slip", "change"}


def mood(ctx: Context, tok: Token) -> str | None:
    """"reported", "planned", or None when the clause around a word does not state a fact."""
    said = stated(ctx, tok)
    if said is None:
        return None
    planned = ctx.planned(tok) or headline_plan(tok) or _marked_plan(tok) or _in_days_to_come(tok)
    return said or ("planned" if planned else "reported")


#: the words a value is marked with as a plan, in brackets after it: "February 21, 1967 (planned)"
_PLAN_MARKS = {"planned", "scheduled", "proposed", "expected", "tbd", "tba", "net"}


def _marked_plan(tok: Token) -> bool:
    """Whether the words after an event's word in its sentence mark what they give as a plan
    with a bracketed word ("Launch date February 21, 1967 (planned)"), not "(as planned)"."""
    end = next((t.i for t in tok.doc[tok.i + 1:tok.sent.end] if t.tag_ in _FINITE), tok.sent.end)
    after = tok.doc[tok.i + 1:end]  # its own phrase, not a later clause's ("and will land ... (planned)")
    return any(after[i].text == "(" and after[i + 1].lower_ in _PLAN_MARKS and after[i + 2].text == ")"
               for i in range(len(after) - 2))


#: units of a wait before what a present tense tells ("returns to Earth in 10 days")
WAITS = {"day", "days", "week", "weeks", "month", "months"}


def _in_days_to_come(tok: Token) -> bool:
    """Whether a present tense is put so many days ahead ("Pontes returns to Earth in 10 days
    with the outgoing crew"): a plan, not what was done."""
    return tok.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            o.lower_ in WAITS and any(n.dep_ == "nummod" for n in o.children) for o in c.children)
        for c in tok.children)


#: tags of a finite verb or a modal
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


#: verbs whose "to" infinitive is hoped for or aimed at, not done ("hopes to launch in April")
_HOPE = {"hope", "want", "wish", "aim", "intend", "seek", "dream", "expect", "prepare", "plan", "aspire", "yearn"}


def headline_plan(tok: Token) -> bool:
    """Whether an infinitive tells a plan: a headline's ("Ann Lee to return on March 19",
    "Also read: Crew-12 to launch on April 2": no finite verb before it in its sentence), or
    one hoped for ("hopes to launch in April", "aims to land by May")."""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    hoped = head.lemma_ in _HOPE or any(head.lower_.startswith(w.rstrip("e")) for w in _HOPE)  # the model's "hop"
    described = tok.dep_ in ("relcl", "acl") and any(c.dep_ in ("det", "amod") for c in head.children)
    return tok.dep_ == "xcomp" and hoped or not described and not any(  # not "the first Canadian to command X"
        t.tag_ in _FINITE for t in tok.doc[tok.sent.start:tok.i])


def stated(ctx: Context, tok: Token) -> str | None:
    """None when the clause around a word does not state a fact (quoted, negated, supposed),
    "planned" when its "would" reports a plan, else "". Read once per word: the relation
    component asks of every trigger word, and the rule it starts asks again."""
    if tok.i not in ctx.stated_at:
        ctx.stated_at[tok.i] = _stated(ctx, tok)
    return ctx.stated_at[tok.i]


def _stated(ctx: Context, tok: Token) -> str | None:
    if ctx.quoted(tok):
        return None
    clause = tok
    for _ in range(4):  # the word, and the verbs it depends on within its clause
        for child in clause.children:
            low = child.lower_
            if child.dep_ == "neg" or low == "never" or child.dep_ == "det" and low == "no":
                return None
            if child.dep_ == "mark" and low in _IF or child.dep_ == "advmod" and low in _HEDGES and not any(
                    c.dep_ == "advmod" for c in child.children):  # not "probably most famously"
                return None  # "if the crew returns", "apparently died of smoke": supposed, not stated
            if child.dep_ == "aux" and low in _SUPPOSE:
                if low != "would" or any(c.lower_ == "have" and c.dep_ == "aux" for c in clause.children):
                    return None  # "could land", "would have flown"
                if clause.dep_ == "ccomp" and clause.head.lemma_ in _SAY:
                    return "planned"  # "Nasa said she would fly in May"
                if not _went_on(clause) and _plan_told(tok):
                    return "planned"  # "three missions were planned ... Soyuz T13 would be launched in May"
                # otherwise the future of a past narrative: "he would later command Apollo 13"
        if clause.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in _NEARLY and c.i < clause.i
                                         for c in clause.children):
            return None  # "nearly joined the corps", "almost flew": it did not happen ("spent almost all day" did)
        if clause is not tok and clause.lemma_ == "suppose" and clause.tag_ == "VBN":  # "was supposed to land"
            return None if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children) \
                else "planned"  # past: a plan that did not come to pass then; "is supposed to": a plan
        if _on_track(clause):
            return "planned"  # "was on track to join the corps before being rejected": on the way, not done
        if clause.dep_ in ("dobj", "nsubjpass") and called_off(clause.head):
            return None  # "called off the launch", "the launch was scrubbed": it did not happen then
        if clause.dep_ not in ("xcomp", "aux", "auxpass", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "compound") \
                or clause.head.i == clause.i or set_off(clause) is not None:
            break  # a description set off after a name is told whatever its clause says
        clause = clause.head
    return None if _given_up(tok) or _later_called_off(ctx, tok) else ""


#: adverbs that tell a past narrative's "would" as what came to pass: "he would later command Apollo 13"
_CAME = {"later", "eventually", "subsequently", "ultimately", "afterwards", "afterward"}
#: words of a plan that make the "would" after them in a paragraph the plan's ("were planned", "it was hoped")
_PLAN_TOLD = {"plan", "schedule", "slate", "intend", "due", "target", "hope", "expect"}
#: how many words back a paragraph's plan word is looked for
_PLAN_REACH = 250


def set_off(noun: Token) -> Token | None:
    """The name a noun set off by commas right after it describes, when the parser took the
    noun for the subject of the clause that follows ("For A, commander of the first such
    mission, the concern was not ..."): the noun is the name's apposition."""
    doc, left = noun.doc, noun.left_edge.i
    if noun.dep_ not in ("nsubj", "nsubjpass") or left - 2 < noun.sent.start or doc[left - 1].text != "," \
            or doc[left - 2].ent_type_ != "PERSON":
        return None
    end = max(t.i for t in noun.subtree if not t.is_punct) + 1
    return doc[left - 2] if end < noun.sent.end and doc[end].text == "," else None


def _went_on(verb: Token) -> bool:
    """Whether a verb under "would" is told as what came to pass: "would later command", "would
    eventually lead", "would go on to fly"."""
    return any(c.dep_ == "advmod" and c.lower_ in _CAME for c in verb.children) or verb.lemma_ == "go" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in verb.children)


def _plan_told(tok: Token) -> bool:
    """Whether the paragraph before a word (its own sentence included) speaks of a plan: "another
    three missions were planned ... Soyuz T13 would be launched in May" tells the plan of the time,
    not the launch; "They left Earth in August ... They would spend 117 days" tells what came to pass."""
    doc = tok.doc
    for t in reversed(doc[max(0, tok.i - _PLAN_REACH):tok.i]):
        if "\n" in t.whitespace_ or t.is_space and "\n" in t.text:
            return False
        if t.lemma_ in _PLAN_TOLD:
            return True
    return False


#: adverbs that say an event came close and did not happen
_NEARLY = {"nearly", "almost"}
#: adverbs that hedge a clause: "had probably died of carbon monoxide poisoning" is a guess
_HEDGES = {"apparently", "probably", "possibly", "presumably", "allegedly"}


def _on_track(verb: Token) -> bool:
    """Whether a verb is what someone was on the way to ("on track to join", "on course to
    become"): its "to" right after those words, however the parser hung them."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    doc = verb.doc
    return to is not None and to.i >= 2 and doc[to.i - 2].lower_ == "on" and doc[to.i - 1].lower_ in ("track", "course")


#: verbs that end a plan for good: "a mission that was later canceled", "which was scrapped"
_ENDED = {"cancel", "scrap", "shelve", "abandon"}


def _later_called_off(ctx: Context, tok: Token) -> bool:
    """Whether a later relative clause of the sentence says what it tells was called off:
    "was assigned as commander of an all-female crew, a mission that was later canceled",
    "was named to fly Apollo 20, which was cancelled" (its subject the relative pronoun)."""
    ended: list[int] | None = ctx.memo.get("ended")
    if ended is None:  # such clauses are rare: found once per document, by the parse's arrays
        doc, strings = tok.doc, tok.doc.vocab.strings
        deps, lemmas = doc.to_array("DEP"), doc.to_array("LEMMA")
        relcl, words = strings.as_int("relcl"), {strings.as_int(w) for w in _ENDED if w in strings}
        ended = ctx.memo["ended"] = [
            i for i in (deps == relcl).nonzero()[0].tolist() if int(lemmas[i]) in words and any(
                c.dep_ == "nsubjpass" and c.lower_ in ("that", "which") for c in doc[i].children)]
    if not ended:
        return False
    end = tok.sent.end
    return any(tok.i < i < end for i in ended)


def _given_up(tok: Token) -> bool:
    """Whether a word belongs to a plan the sentence says was dropped or changed: "originally
    were to come home in October", "was scheduled to launch on July 20 but was postponed"."""
    chain, at = [], tok
    for _ in range(6):  # the word, and the verbs and adjectives it hangs from within its clause
        chain.append(at)
        if at.dep_ not in ("pobj", "prep", "xcomp", "acomp", "aux", "dobj", "npadvmod", "compound", "nummod") \
                or at.head.i == at.i:
            break
        at = at.head
    plan = any(t.lemma_ in _PLAN or t.lemma_ == "be" and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in t.children) for t in chain)
    if not plan:
        return False
    for t in chain:
        kids = list(t.children)
        if any(c.dep_ == "advmod" and c.lower_ in _AT_FIRST for c in kids):
            return True  # "originally were to come home", "was initially due to return"
        if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in kids) and any(
                c.dep_ == "conj" and (c.lemma_ in _CHANGE or called_off(c)) for c in kids):
            return True  # "was scheduled to launch on July 20, but was postponed"
    return False


def called_off(verb: Token) -> bool:
    """Whether a verb stops or puts off what it takes ("scrubbed", "called off")."""
    return verb.lemma_ in _CANCEL or verb.lemma_ == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def told_past(doc: Doc, char: int) -> bool:
    """Whether the plan a date at character ``char`` belongs to is told in the past tense ("was
    scheduled to launch in May", "was to fly on May 3", "would be launched in May"), not as what
    someone said ("said she would fly in May": a plan as of the saying) nor as a plan now ("is
    scheduled", "will")."""
    at = doc.char_span(char, char + 1, alignment_mode="expand")
    if at is None or not len(at):
        return False
    tok = at[0]
    for _ in range(8):  # the date, and the words it hangs from within its clause
        if tok.dep_ == "ccomp" and tok.head.lemma_ in _SAY:
            return False
        helpers = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ == "would" for c in helpers):
            return True
        if any(c.tag_ in ("VBZ", "VBP", "MD") for c in helpers):
            return False  # "is scheduled to", "will launch"
        if tok.tag_ in ("VBZ", "VBP", "MD") or tok.head.i == tok.i or tok.dep_ in ("relcl", "advcl", "conj"):
            return False
        tok = tok.head
    return False
