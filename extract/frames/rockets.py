"""A launch told of the rocket alone, whose people the story told before or tells after
("... lifted off aboard the Soyuz MS-40 spacecraft. The Soyuz-2.1a rocket blasted off from
the Baikonur Cosmodrome at 3:36 p.m."): the rocket, the site and the time are those of the
story's crew, read once the article is read. Not a rocket that carried something uncrewed."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.rules.common import MISSIONS

#: words that make a launch one of no crew
_UNCREWED = {"cargo", "uncrewed", "unmanned", "unpiloted", "robotic", "satellite", "satellites", "probe", "supply",
             "supplies", "freighter", "telescope", "rover", "lander", "progress", "tianzhou", "cygnus"}


def rocket_subject(ctx: Context, verb: Token) -> bool:
    """Whether a verb's subject is a rocket ("The Soyuz-2.1a rocket rose", "their rocket")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ == "rocket" or any(ctx.is_a(t, "ROCKET") for t in subject.subtree))


def rocket_alone(ctx: Context, verb: Token) -> bool:
    """Whether a launch verb's subject is a rocket, in a sentence that names no person (a
    pronoun is the story's), craft or mission and nothing uncrewed."""
    return rocket_subject(ctx, verb) and not any(
        ctx.is_a(t, "PERSON") and t.pos_ != "PRON" or ctx.is_a(t, "SPACECRAFT", *MISSIONS) or t.lower_ in _UNCREWED
        for t in verb.sent)


def uncrewed(verb: Token) -> bool:
    """Whether a launch is told of something that flies uncrewed: the verb's subject or the
    noun it describes ("a Dragon cargo ship due to launch", "the satellite launched")."""
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl", "amod", "compound"):
        nouns.append(verb.head)
    elif verb.dep_ == "xcomp" and verb.head.dep_ in ("acl", "amod"):  # "a cargo ship due to launch"
        nouns.append(verb.head.head)
    before = verb.doc[max(verb.sent.start, verb.i - 4):verb.i]  # the parse may break "a cargo ship due to launch"
    return any(t.lower_ in _UNCREWED for n in nouns for t in (n, *(c for c in n.children if c.dep_ in (
        "compound", "amod", "nmod")))) or any(t.lower_ in _UNCREWED for t in before) and not any(
        t.ent_type_ == "PERSON" for t in before)
