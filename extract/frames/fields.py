"""Field lines of a profile page: "Born: August 8, 1940", "Birth Place: Lipniki." A field
line starts a line and puts a colon after its label; it tells of the person the page's title
names (the page's first words), since a profile lists the fields of one person."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context


def field_owner(ctx: Context, label: Span) -> int | None:
    """The person a field line is about: the one the document's first words name, when
    ``label`` starts its line and a colon follows it; None otherwise."""
    doc = ctx.doc
    if label.end >= len(doc) or doc[label.end].text != ":" or not _starts_line(label):
        return None
    return ctx.person(doc[0])


def page_person(ctx: Context) -> int | None:
    """The one person a page's first line (its headline or title) names: whom a profile's or
    an obituary's subjectless sentences tell of ("Born on D, to A and B in X.")."""
    end = next((t.i for t in ctx.doc if "\n" in t.text or "\n" in t.whitespace_), len(ctx.doc))
    first = ctx.doc[:end + 1]
    people = {p for t in first if (p := ctx.person(t)) is not None and ctx.named_at.get(t.i) is not None}
    return people.pop() if len(people) == 1 else None


def _starts_line(label: Span) -> bool:
    """Whether the words stand first on their line (spaCy keeps line breaks as tokens)."""
    if label.start == 0:
        return True
    before = label.doc[label.start - 1]
    return "\n" in before.text or "\n" in before.whitespace_


def field_value(label: Span) -> list[Token]:
    """The words after a field's colon, up to the end of its line."""
    words: list[Token] = []
    for t in label.doc[label.end + 1:]:
        if "\n" in t.text:
            break
        words.append(t)
        if "\n" in t.whitespace_:
            break
    return words
