"""A name's words before it that the parser makes a subject of their own ("Apollo 14
astronaut Edgar Mitchell ... died": "Apollo" and "Mitchell" both subjects of "died") describe
the person, who is the subject (invented names, the session ``nlp``, the model's split parse
set by hand: it makes it on some real pages and not on short sentences)."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

from extract import Article
from extract.assemble import to_extraction
from extract.gold import extracted_keys, key
from extract.pipeline import VERSION

TEXT = "Apollo 14 astronaut Ada Rinn died on Thursday in Dayton at age 85."


def facts_with_subject(nlp: Language, word: str) -> set[tuple[str, ...]]:
    """The facts of TEXT with ``word`` hung on "died" as a subject of its own, as the model does."""
    doc = nlp.make_doc(TEXT)
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == "parser":
            doc = _as_subject(doc, word)
    return {tuple(k) for k in extracted_keys(to_extraction([(doc, 0)], Article(TEXT, id="t"), VERSION))}


def _as_subject(doc: Doc, word: str) -> Doc:
    words = [t.text for t in doc]
    moved, verb = words.index(word), words.index("died")
    heads = numpy.array([t.head.i - t.i for t in doc], dtype="int32")
    deps = [t.dep_ for t in doc]
    heads[moved], deps[moved] = verb - moved, "nsubj"
    doc.from_array([HEAD, DEP], numpy.array([[h, doc.vocab.strings.add(d)] for h, d in zip(heads, deps, strict=True)],
                                            dtype="uint64"))
    return doc


def test_the_person_is_the_subject_when_the_words_before_the_name_are_split_off(nlp: Language) -> None:
    found = facts_with_subject(nlp, "Apollo")
    assert tuple(key("Ada Rinn", "deathPlace", "Dayton")) in found
