"""Saying what is missing: a question turned into the clause of "The articles do not say ...",
and what a corrected name says.

"Where did Anna Berg land?" becomes "where Anna Berg landed", "Is X married to Y?" becomes
"whether X is married to Y". Pure English grammar on the question's tokens (question word,
auxiliary, subject, verb); when the question has another shape, it is quoted instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.questions.match import Parsed
from kg.questions.templates import Item
from kg.questions.text import Token
from kg.questions.types import Expected

#: how every message of a fact the articles do not give begins
UNSAID = "The articles do not say"
_DO = {"do", "does", "did"}
_AUX = _DO | {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "shall"}
#: words between a subject and its verb that the model may tag otherwise ("did X first launch")
_BEFORE_VERBS = {"first", "last", "ever", "also", "once", "again", "later", "finally", "still", "actually"}
#: Past tenses English does not form with "-ed" (grammar, not domain: any verb may be asked about).
_IRREGULAR_PAST = {
    "be": "was", "become": "became", "begin": "began", "break": "broke", "bring": "brought", "choose": "chose",
    "come": "came", "do": "did", "fly": "flew", "get": "got", "give": "gave", "go": "went", "grow": "grew",
    "have": "had", "hold": "held", "keep": "kept", "lead": "led", "leave": "left", "make": "made", "meet": "met",
    "ride": "rode", "run": "ran", "see": "saw", "set": "set", "spend": "spent", "take": "took", "teach": "taught",
    "tell": "told", "think": "thought", "win": "won", "write": "wrote", "sit": "sat", "stand": "stood",
    "put": "put", "pay": "paid", "send": "sent", "build": "built", "say": "said", "know": "knew", "beat": "beat",
    "find": "found",
}


#: nouns the tagger takes for a verb after a flight's name ("did the STS-71 mission last")
_NOUNS_AFTER_NAMES = {"mission", "flight", "crew", "trio", "duo", "team", "capsule", "spacecraft", "expedition",
                      "spacewalk"}


def _past(lemma: str) -> str:
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _present(lemma: str) -> str:
    if lemma in ("have", "be", "do", "go"):
        return {"have": "has", "be": "is", "do": "does", "go": "goes"}[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _join(tokens: Sequence[Token]) -> str:
    return "".join(t.text + t.space for t in tokens).strip()


def clause(tokens: Sequence[Token], names: Sequence[tuple[int, int]] = ()) -> str:
    """The question as a clause that can follow "do not say": the question word (or
    "whether"), then the subject, then the verb. ``names`` are the token spans of the names
    in it (the subject of "Is X an astronaut?" is the name after "is").

    >>> from kg.questions.text import Token
    >>> words = [("Where", "where", "ADV"), ("did", "do", "AUX"), ("Anna", "Anna", "PROPN"),
    ...          ("Berg", "Berg", "PROPN"), ("land", "land", "VERB"), ("?", "?", "PUNCT")]
    >>> clause([Token(i, t, lemma, pos) for i, (t, lemma, pos) in enumerate(words)])
    'where Anna Berg landed'
    """
    words = [t for t in tokens if not (t.is_punct and t.text in "?!.")]
    if not words:
        return ""
    at = next((k for k, t in enumerate(words) if t.lower in _AUX), None)
    if at is None or at > 4:
        return f"“{_join(tokens)}”"
    head = _join(words[:at]).lower() if at else "whether"
    if head.split()[0] in ("who", "what", "which") and at + 1 < len(words) and words[at + 1].pos in ("VERB",):
        return _join(words)[:1].lower() + _join(words)[1:]  # "who flew with X": the question word is the subject
    aux, rest = words[at], words[at + 1:]
    the = bool(rest) and rest[0].lower == "the"  # "is the Baikonur Cosmodrome in"
    subject_end = next((e for s, e in names if s == aux.i + 1 + the), None)
    verb = next((k for k, t in enumerate(rest) if t.pos in ("VERB", "AUX") and k > 0 and rest[k - 1].lower != "to"
                 and (subject_end is None or t.i >= subject_end)), None)  # "the first to command": no verb of its own
    if aux.lower in _DO:
        if verb is None and subject_end is not None:  # the model may take "land" for a noun, and "first" of
            # "did X first launch" for an adjective
            verb = next((k for k, t in enumerate(rest) if t.i == subject_end), None)
            while verb is not None and verb + 1 < len(rest) and rest[verb].lower in _BEFORE_VERBS:
                verb += 1
            verb = verb if verb is not None and rest[verb].text.isalpha() else None
        if verb is None:
            return f"“{_join(tokens)}”"
        while verb + 1 < len(rest) and rest[verb].lower in _NOUNS_AFTER_NAMES and rest[verb + 1].pos != "ADP":
            verb += 1  # "the STS-71 mission last", "the Expedition 14 crew land": the noun was taken for a verb
        lemma = rest[verb].lemma.lower()
        form = _past(lemma) if aux.lower == "did" else _present(lemma) if aux.lower == "does" else lemma
        body = f"{_join(rest[:verb])} {form} {_join(rest[verb + 1:])}"
    elif verb is None and head == "whether":  # "Is X an astronaut?": "whether X is an astronaut"
        end = subject_end
        if end is None:
            return f"“{_join(tokens)}”"
        split = next(k for k, t in enumerate(rest) if t.i >= end) if rest[-1].i >= end else len(rest)
        body = f"{_join(rest[:split])} {aux.lower} {_join(rest[split:])}"
    elif verb is None and subject_end is not None and rest[-1].i >= subject_end and rest[-1].i > 0 and not any(
            t.i == subject_end and t.lower in ("'s", "’s") for t in rest):  # "which agency X is with"
        split = next(k for k, t in enumerate(rest) if t.i >= subject_end)
        body = f"{_join(rest[:split])} {aux.lower} {_join(rest[split:])}"
    elif verb is None:  # "What is X's hometown?": "what X's hometown is"
        body = f"{_join(rest)} {aux.lower}"
    else:
        body = f"{_join(rest[:verb])} {aux.lower} {_join(rest[verb:])}"
    return " ".join(f"{head} {body}".split())


def missing(parsed: Parsed, empty: str, dropped: Sequence[Item], want: Expected, note: str | None) -> str:
    """What the articles do not say, in the question's words ("The articles do not say where
    Anna Berg landed."), with the reason a found value was not given; ``empty`` is the failed
    plan's own message, kept when it already explains more."""
    if empty.startswith(("I cannot", "Record:")) or not parsed.mentions:
        return empty
    if note and note.startswith(UNSAID):  # a note that says what is missing says it once
        return note
    said = clause(parsed.tokens, [(m.start, m.end) for m in parsed.mentions])
    for m in parsed.mentions:  # a misspelt name in the graph's spelling ("Anna Berg" for "Ana Berg"); the
        if m.best.how == "fuzzy":  # asker's own words otherwise ("American", not "United States")
            said = said.replace(m.text, m.best.label)
    message = f"{UNSAID} {said}." if said else empty
    if note:
        message += " " + note
    elif dropped:
        kinds = sorted({_kind_name(i) for i in dropped})
        message += f" They give {joined(kinds, 'or')}, not {_article(want.what or want.item)}."
    return message


def corrected(written: str, label: str) -> str:
    """What a corrected spelling says ("Did you mean Anna Berg?")."""
    return f"Did you mean {label}? The graph has no “{written}”; I read it as {label}."


def _kind_name(item: Item) -> str:
    names = {"date": "a date", "number": "a number", "place": "a place", "value": "a description",
             "boolean": "a yes or no", "count": "a count", "article": "an article"}
    return names.get(item.kind, "another kind of thing")


def _article(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def joined(names: Sequence[str], last: str = "and") -> str:
    """Names as a sentence lists them: "A", "A and B", "A, B and C" (or with "or")."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {last} " + names[-1]
