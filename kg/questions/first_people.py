""""Where was the first Afghan cosmonaut born?", "Who flew with Malaysia's first astronaut?": a
person named by a first they hold. The engine asks who holds it ("Who was the first Afghan
cosmonaut?", the firsts template: one holder stated, or none) and then the question with that
name in place of the phrase; both answers' facts support the reply, which says whom the
phrase was read as."""

from __future__ import annotations

from dataclasses import dataclass

from extract.frames.groups import PEOPLE, TRADES, country_of
from kg.questions.match import Parsed
from kg.questions.text import Token, subtree

#: the nouns of the trades ("engineer" of "flight engineer"), which a first's noun may be
_TRADE_NOUNS = frozenset(trade.split()[-1] for trade in TRADES)
#: words that leave a question that only asks who holds the first ("Who was the first X?")
_ONLY_ASKING = {"who", "whom", "what", "which", "was", "is", "were", "are", "has", "been", "became", "become"}


@dataclass(frozen=True)
class FirstPhrase:
    """A first that names a person in a question, and the question around it."""

    text: str  # "the first Afghan cosmonaut"
    before: str  # the question's words before it
    after: str  # and after it

    @property
    def holder_question(self) -> str:
        """The question that asks who holds the first."""
        return f"Who was {self.text}?"

    def with_name(self, name: str) -> str:
        """The question with the holder's name in place of the phrase."""
        return f"{self.before}{name}{self.after}"


def first_phrase(parsed: Parsed) -> FirstPhrase | None:
    """The phrase "the first <group> <noun>" (with what the noun carries: "the first woman in
    space") that stands for a person in a question asking something else of them; None when
    the question asks only who holds it, or the first is of no people ("his first flight")."""
    tokens = parsed.tokens
    at = next((t.i for t in tokens if t.lower == "first" and t.dep in ("amod", "advmod")), None)
    if at is None or at == 0 or tokens[at - 1].lower not in ("the", "'s", "’s"):
        return None
    if parsed.wh == "yesno" and tokens[0].lemma == "be" and any(m.end == at - 1 for m in parsed.mentions):
        return None  # "Was X the first Y to go to space?" asks whether X holds it, however the parse hangs "Y"
    noun = tokens[tokens[at].head]
    if noun.i <= at or noun.pos not in ("NOUN", "PROPN") or not _of_people(noun) or not _stands_for(tokens, noun):
        return None
    span = {noun.i} | {i for c in tokens if c.head == noun.i and c.i != noun.i and _carried(tokens, c)
                       for i in subtree(tokens, c.i)}
    start, end = min(span), max(span)
    if tokens[at - 1].lower in ("'s", "’s") and start >= at - 1:
        return None  # "Afghanistan's first": the owner's words belong to the phrase, and the parse left them out
    while end > noun.i and (tokens[end].is_punct or tokens[end].tag == "VBN"):
        end -= 1  # "When was the first woman to walk in space born?": the question's verb, however parsed
    rest = [t for t in tokens if not start <= t.i <= end and not t.is_punct]
    if all(t.lower in _ONLY_ASKING for t in rest) or all(t.lower in _ONLY_ASKING for t in tokens[:start]):
        return None  # "Who was the first Afghan cosmonaut?", "Who was the first woman awarded X?": the
        # firsts template's own question
    text = parsed.text
    begin, finish = _offset(text, tokens, start), _offset(text, tokens, end) + len(tokens[end].text)
    return FirstPhrase(text[begin:finish], text[:begin], text[finish:])


#: question words that ask for the holder themselves ("Who was the first X?")
_WH = {"who", "whom", "what", "which"}
#: the parts a noun that stands for someone plays in a question ("the first X" as its subject or object)
_PARTS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss"}


def _stands_for(tokens: tuple[Token, ...], noun: Token) -> bool:
    """Does the phrase name someone the question asks about ("Who flew with the first X?"),
    not what someone is said to be ("Who is known as the first X?", "Who became the first X?")?"""
    head = tokens[noun.head]
    if head.lemma in ("be", "become") and any(t.head == head.i and t.lower in _WH for t in tokens):
        return False  # "Who was the first woman to ...?", however the parse splits it
    return noun.dep in _PARTS and not (noun.dep == "pobj" and head.lower == "as")


def _of_people(noun: Token) -> bool:
    """Does the noun name people: a word for people, a trade's, a nationality's?"""
    low = noun.lower
    return bool({low, low.rstrip("s"), noun.lemma.lower()} & (PEOPLE | _TRADE_NOUNS)) or bool(country_of(low))


def _carried(tokens: tuple[Token, ...], child: Token) -> bool:
    """Is the word part of the first's phrase: a word before the noun, or after it a place
    phrase ("in space") or a "to" clause ("to walk in space"); not the participle the parse
    may hang from it ("Where was the first X born?": the question's verb)."""
    if child.i < child.head:
        return True
    if child.dep == "prep":
        return True
    return child.dep in ("acl", "relcl") and any(t.head == child.i and t.lower == "to" for t in tokens)


def _offset(text: str, tokens: tuple[Token, ...], i: int) -> int:
    """Where word ``i`` starts in the question's text (words are found in order)."""
    low, at = text.lower(), 0
    for t in tokens[:i + 1]:
        found = low.find(t.lower, at)
        at = found if found >= 0 else at
        if t.i < i:
            at += len(t.text)
    return at
