"""A title several people held at different times: "Who is NASA Administrator?" when an
article of 2008 names one administrator and an article of 2026 another. A job title carries no
dates of its own, so the articles' publication dates place each holder: asked in the present,
the holder named by the latest article answers, as of that date; asked of a year ("Who was the
administrator in 2008?"), the holder named by an article of that year. When the dates cannot
tell the holders apart (undated, or named on the same day), there is no answer rather than
every holder as if each held the title now. One holder asked in the present is given as of the
latest article naming them: that is when the articles last say they held it. A question that
names its own source ("according to the X report") has the time of that source, which this does
not know: it is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.questions.as_of import period_asked
from kg.questions.match import Parsed
from kg.questions.templates import Item, Reply
from kg.questions.wording import joined


@dataclass(frozen=True)
class Tenure:
    """The time a title question asks about: now, or a period ("2008", "2008-05")."""

    period: str | None  # None: now


def tenure_asked(parsed: Parsed) -> Tenure | None:
    """The time asked, or None when the question gives every holder (the past, undated) or
    names a source of its own."""
    if any(t.lower == "according" for t in parsed.tokens):
        return None
    period = period_asked(parsed)
    if period is not None:
        return Tenure(period)
    return Tenure(None) if parsed.present else None


def holders_at(items: list[Item], stated: dict[str, set[str]], tenure: Tenure, title: str, organisation: str) -> Reply:
    """Of the title's ``items`` (people, with the publication dates of the articles that state
    their title), those of the time asked (see the module)."""
    if not items or len(items) < 2 and tenure.period is None:  # one holder: held as of its latest article
        return Reply([replace(i, as_of=max(stated[i.iri or ""])) if stated.get(i.iri or "") else i for i in items])
    said = "; ".join(f"{i.label} ({', '.join(sorted(stated.get(i.iri or '', ()))) or 'undated'})" for i in items)
    if tenure.period is not None:
        period = tenure.period
        chosen = [replace(i, as_of=period) for i in items
                  if any(d.startswith(period) for d in stated.get(i.iri or "", ()))]
        if chosen:
            return Reply(chosen)
        return Reply([], note=f"No article of {period} names the {title} of {organisation}; the articles name {said}.")
    latest = {i.iri: max(stated.get(i.iri or "", ()), default="") for i in items}
    ranked = sorted(items, key=lambda i: latest[i.iri], reverse=True)
    first, second = ranked[0], ranked[1]
    if not latest[second.iri] or latest[first.iri] == latest[second.iri]:
        return Reply([], note=f"Several people are named {title} of {organisation}, and the articles' dates do not "
                              f"say who holds it now: {said}.")
    others = joined([i.label for i in ranked[1:]])
    return Reply([replace(first, as_of=latest[first.iri])],
                 note=f"The latest article naming the {title} of {organisation} ({latest[first.iri]}) names "
                      f"{first.label}; earlier articles name {others}.")
