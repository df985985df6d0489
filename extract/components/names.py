"""Fixes for the errors the small model makes on names.

- a possessive or quote inside an entity ("Kelly’s", "the ‘Nasa Twin Study’") is trimmed;
- a surname or first name of a person named in full elsewhere in the article, tagged ORG,
  GPE or the like ("Lopez-Alegria" as ORG, "Padalka" as GPE), becomes PERSON, and so does
  one the model missed altogether;
- a plural surname ("the Kellys") names a family, not a person, and is dropped, and so is a
  "person" without a capital letter ("lunar module" before "pilot").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

_LEADING = {"astronaut", "cosmonaut", "taikonaut", "commander", "captain", "colonel", "senator", "pilot",
            "the", "‘", "'", '"', "“", "’", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof."}
_TRAILING = {"’s", "'s", "’", "'", '"', "”", ",", ".", ":", ";"}
_RELABEL = {"ORG", "GPE", "NORP", "LOC", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW"}
_TITLES = {"Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof."}


@Language.factory("astrokg_names", assigns=["doc.ents"], requires=["doc.ents"], default_config={})
def make_name_fixer(nlp: Language, name: str) -> NameFixer:
    return NameFixer(name)


class NameFixer:
    """Trims entity spans and repairs person names (see the module docstring)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ents = [s for s in (_trim(e) for e in doc.ents) if s is not None]
        full = [e for e in ents if e.label_ == "PERSON" and len(e.text.split()) >= 2]
        parts = {w for e in full for w in (e.text.split()[0], e.text.split()[-1])}
        plurals = {p + "s" for p in parts}
        words = parts | {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
        fixed: list[Span] = []
        for e in ents:
            if e.text in plurals or e.start > 0 and doc[e.start - 1].lower_ == "alma" or _lowercase_person(e):
                continue
            if e.label_ in _RELABEL and e.text in words:  # "Leonov" tagged ORG, PERSON elsewhere
                e = Span(doc, _first_name(doc, e.start), e.end, label="PERSON")
            elif e.label_ in _RELABEL and not e.kb_id_ and 2 <= len(e) <= 3 and all(
                    t.pos_ == "PROPN" and t.is_title for t in e) and (e[-1].text in words or _beside_person(e)):
                e = Span(doc, e.start, e.end, label="PERSON")  # "Matthias Maurer" tagged GPE
            elif e.label_ in ("PERSON", "ORG") and _is_place(e) and e.text not in parts:
                e = Span(doc, e.start, e.end, label="GPE")
            elif e.label_ == "PERSON" and len(e) == 1 and _first_name(doc, e.start) < e.start:
                e = Span(doc, _first_name(doc, e.start), e.end, label="PERSON")  # "Alexei" left out
            fixed.append(e)
        words |= {w for e in fixed if e.label_ == "PERSON" and len(e) >= 2 for w in (e[0].text, e[-1].text)}
        covered = {i for e in fixed for i in range(e.start, e.end)}
        for tok in doc:
            if tok.i not in covered and tok.text in words and tok.pos_ == "PROPN" and tok.is_title:
                start = tok.i
                while start > 0 and start - 1 not in covered and tok.i - start < 2 and \
                        doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and \
                        doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
                    start -= 1
                fixed.append(Span(doc, start, tok.i + 1, label="PERSON"))
                covered.update(range(start, tok.i + 1))
        doc.ents = sorted(fixed, key=lambda s: s.start)
        return doc


def _lowercase_person(span: Span) -> bool:
    """A person's name has a capital letter; common nouns the model tags PERSON have none."""
    return span.label_ == "PERSON" and not any(t.text[:1].isupper() for t in span)


def _beside_person(span: Span) -> bool:
    """A name coordinated with a person's name ("Kayla Barron of Nasa and Matthias Maurer of
    ESA"): a person too."""
    root = span.root
    if root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children)


def _first_name(doc: Doc, start: int) -> int:
    """Where a surname's name starts: "Alexei" before "Leonov" when the model left it out
    (a capitalised proper noun that is not an entity and modifies the surname)."""
    i = start
    while i > 0 and start - i < 2 and not doc[i - 1].ent_type_ and doc[i - 1].pos_ == "PROPN" \
            and doc[i - 1].is_title and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i >= start:
        i -= 1
    return i


_PLACE_VERBS = {"bear", "born", "die", "live", "grow", "raise"}


def _is_place(span: Span) -> bool:
    """A name where only a place fits: "born in Vozdvizhenka", "died in Kirzhach"."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "near", "at"):
        return False
    verb = root.head.head  # "born in X", or "born on May 30, 1934 in X" with "in" on the date
    for _ in range(3):
        if verb.lemma_ in _PLACE_VERBS or verb.lower_ in _PLACE_VERBS:
            return True
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING or doc[start].text in _TITLES):
        start += 1
    while end > start and (doc[end - 1].text in _TRAILING or span.label_ == "GPE" and end - start > 1
                           and doc[end - 1].text in ("city", "province", "Province")):
        end -= 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)
