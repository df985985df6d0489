"""The one place that registers astrokg's ``Doc`` extensions (spaCy's registry is
process-global, so this runs once, when :mod:`extract` is imported).

Every value is plain data (lists, dicts, strings, numbers), so documents survive
``nlp.pipe(n_process=...)``, which sends them between processes as bytes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: name -> what it holds
EXTENSIONS = {
    "astrokg_dates": "date expressions: extract.components.dates.DateMention tuples (lists once they have "
                     "crossed processes; DateMention.of restores them)",
    "astrokg_clusters": "entities: {'name', 'label', 'mentions': [[start, end], ...]} (token offsets)",
    "astrokg_refs": "pronouns and descriptions that point at a cluster: [start, end, cluster]",
    "astrokg_facts": "facts found by the relation and record components (extract.components.found, as lists)",
}


def register() -> None:
    """Register every extension; safe to call more than once."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


#: where :func:`text` keeps a document's text
_TEXT = "astrokg_text"


def text(doc: Doc) -> str:
    """The document's text. spaCy joins the tokens anew on every ``doc.text``, and several
    components read it, so it is joined once and kept with the document (its tokens, and so
    its text, never change once made)."""
    joined = doc.user_data.get(_TEXT)
    if joined is None:
        joined = doc.user_data[_TEXT] = doc.text
    return str(joined)


def span_text(span: Span) -> str:
    """A span's text, cut from its document's text (:func:`text`): ``Span.text`` joins the
    span's tokens anew on every read, and the name rules read the texts of every entity and
    of the words between them several times."""
    return text(span.doc)[span.start_char:span.end_char]
