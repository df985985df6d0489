"""Questions about something a name owns: "How old is X's wife?", "Who commanded Galactic 7's
carrier plane?", "Who was X's back-up?", "What is the name of the Crew-9 Dragon?". The answer
is a fact of the owned thing, not of the name; an answer of the name's own facts (X's age, the
mission's commander, a profile of X) by a relation that does not read the owned noun answers
another question, so it is refused. A flight, a crew or a record of someone is theirs: "X's
flight", "the crew of X" ask about X's own facts.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.questions.linking import Mention
from kg.questions.match import Parsed, crew_size_word
from kg.questions.templates import Item, Plan
from kg.questions.text import Token
from kg.questions.vocabulary import Vocabulary

#: the possessive marks after a name ("X's", "the Joneses'")
_POSSESSIVE = {"'s", "’s", "'", "’"}
#: owned nouns whose facts are the owner's own: someone's flight launches when they do, a
#: mission's crew is its crew members; "the end of X" is where and when X ends, X's own landing
_OWN = frozenset({
    "flight", "mission", "launch", "landing", "spaceflight", "trip", "journey", "voyage", "crew", "crewmate",
    "spacewalk", "expedition", "career", "record", "stay", "return", "splashdown", "liftoff", "member",
    "capsule", "spacecraft", "craft", "ship", "rocket", "end", "conclusion",
})
#: the crew roles and ranks the role and handover templates read themselves ("X's pilot on M")
_ROLES = frozenset({"commander", "pilot", "engineer", "specialist", "participant", "crewmate", "teammate",
                    "companion", "predecessor", "successor", "head", "chief", "director"})
#: the templates that answer through the question's relations and names, not nouns of their own
_GENERIC = frozenset({"fact", "description", "role", "list"})


def owned_words(parsed: Parsed, mention: Mention) -> list[Token]:
    """The noun phrase the name owns: "carrier plane" in "Galactic 7's carrier plane", "name"
    in "the name of the Crew-9 Dragon"; empty when the name owns nothing."""
    tokens = parsed.tokens
    end = mention.end
    if end < len(tokens) and tokens[end].lower in _POSSESSIVE:
        root = next((t for t in tokens[mention.start:end] if not mention.start <= t.head < end), tokens[end - 1])
        head = root.head  # the owned noun: "plane" in "Kestrel 4's carrier plane" ("4" hangs on "Kestrel")
        if head <= end or tokens[head].pos not in ("NOUN", "PROPN"):
            return []
        last = head  # with its "of" phrase: "X's date of birth"
        if head + 2 < len(tokens) and tokens[head + 1].lower == "of" and tokens[head + 2].pos == "NOUN":
            last = head + 2
        return [t for t in tokens[end + 1:last + 1] if not t.is_punct]
    k = mention.start - 1
    if k >= 0 and tokens[k].lower in ("the", "a", "an"):
        k -= 1
    if k < 1 or tokens[k].lower != "of" or tokens[k - 1].pos != "NOUN":
        return []
    start = k - 1
    while start > 0 and tokens[start - 1].pos in ("NOUN", "ADJ") and tokens[start - 1].dep in ("compound", "amod"):
        start -= 1
    return list(tokens[start:k])


def _crew_size(parsed: Parsed, owned: Sequence[Token]) -> bool:
    """Is the owned noun the word asking a crew's size ("What was the size of the X crew?")? The
    crew is the flight's own, and its size is what the question counts (:mod:`kg.questions.crew_sizes`)."""
    size = crew_size_word(parsed.tokens)
    return parsed.wh == "how many" and size is not None and [t.i for t in owned] == [size.i]


def owned_elsewhere(parsed: Parsed, plan: Plan, items: Sequence[Item], vocabulary: Vocabulary) -> str | None:
    """Why answers about a name are no answer about what the name owns (None: they are one).
    Only the generic templates are checked (the others read their own nouns: "X's ex-wife", "X's
    predecessor", "X's pilot on M"): an owned noun nothing reads ("X's back-up", "the name of X"),
    or one that names a person by a relation the answers do not rest on ("X's wife" answered with
    X's age), asks about another thing than the answers."""
    if not items or not plan.used or plan.template not in _GENERIC:
        return None
    facts = {t.predicate.value for i in items for t in i.support}
    people = vocabulary.family("Person")
    named = {k for m in parsed.mentions for k in range(m.start, m.end)}
    read = {k for c in parsed.classes for k in c.tokens} | named
    for mention, candidate in plan.used:
        owned = owned_words(parsed, mention)
        words = {t.lemma.lower() for t in owned} | {t.lower.rstrip("s") for t in owned}
        if not owned or any(t.i in read for t in owned) or words & (_OWN | _ROLES) or _crew_size(parsed, owned):
            continue
        reading = [r for r in parsed.relations if {t.i for t in owned} & set(r.tokens)]
        if any(set(r.prop.family) & facts for r in reading) or reading and not any(
                r.prop.is_object and r.prop.range in vocabulary.classes
                and set(vocabulary.classes[r.prop.range].family) <= people for r in reading):
            continue  # read by a relation the answers rest on, or by none that names a person
        noun = " ".join(t.text for t in owned)
        if plan.template == "description":
            return f"The question asks about the {noun} of {candidate.label}, not about {candidate.label} itself."
        found = ", ".join(i.label for i in items[:3])
        return (f"The question asks about the {noun} of {candidate.label}; the articles' answer ({found}) "
                f"is {candidate.label}'s own, not the {noun}'s.")
    return None
