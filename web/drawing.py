"""Pictures drawn on the server: an entity's neighbourhood as SVG (Graphviz) and an article
with its entities highlighted (displaCy, from the mention offsets stored in its graph).
Both produce escaped markup with no script, the same every time."""

from __future__ import annotations

import re
from collections.abc import Callable

import graphviz
from spacy import displacy

from web.pages import ArticlePage, EntityPage

#: Most neighbours drawn; a busy entity shows its most common relations first.
MAX_EDGES = 40
_XML_PROLOG = re.compile(r"^.*?(?=<svg)", re.DOTALL)
_COLOURS = {
    "astronaut": "#c7e0f4", "person": "#dbeafe", "space agency": "#fde2c8", "organization": "#fde2c8",
    "expedition": "#d9f2d0", "spaceflight": "#d9f2d0", "mission": "#d9f2d0", "spacecraft": "#eadcf8",
    "space station": "#eadcf8", "launch site": "#fff1a8", "country": "#fff1a8", "city": "#fff1a8",
    "state": "#fff1a8", "place": "#fff1a8", "record": "#f8d0d8",
}


def neighbourhood_svg(page: EntityPage, link: Callable[[str], str]) -> str:
    """The entity and its neighbours, with labelled edges, as an inline ``<svg>`` element.
    Neighbours link to their own pages."""
    g = graphviz.Digraph(format="svg", graph_attr={"rankdir": "LR", "bgcolor": "transparent", "fontsize": "11",
                                                   "fontname": "Helvetica", "nodesep": "0.25", "ranksep": "0.6"},
                         node_attr={"fontname": "Helvetica", "fontsize": "11", "shape": "box",
                                    "style": "rounded,filled", "fillcolor": "#f3f4f6", "color": "#9ca3af"},
                         edge_attr={"fontname": "Helvetica", "fontsize": "9", "color": "#6b7280"})
    g.node("n0", label=graphviz.nohtml(page.label), fillcolor=_colour(page.types), penwidth="2", color="#1f2937")
    ids: dict[str, str] = {}
    drawn = 0
    for group in page.groups:
        for value in group.values:
            if drawn >= MAX_EDGES:
                break
            key = value.iri or f"{group.property}|{value.label}|{value.as_of}"
            if key not in ids:
                ids[key] = f"n{len(ids) + 1}"
                attrs = {"URL": link(value.iri), "target": "_top"} if value.iri else {
                    "shape": "note", "fillcolor": "#ffffff"}
                text = value.label + (f"\n{value.as_of}" if value.as_of and not value.iri else "")
                if value.planned:
                    text += " (planned)"
                g.node(ids[key], label=graphviz.nohtml(text), **attrs)
            edge = graphviz.nohtml(group.label or group.relation)  # edges point from subject to object
            if group.direction == "out":
                g.edge("n0", ids[key], label=edge)
            else:
                g.edge(ids[key], "n0", label=edge)
            drawn += 1
    svg = g.pipe(format="svg").decode("utf-8")
    return _XML_PROLOG.sub("", svg, count=1)


def _colour(types: list[str]) -> str:
    return next((_COLOURS[t] for t in types if t in _COLOURS), "#e5e7eb")


def highlighted(page: ArticlePage, link: Callable[[str], str]) -> str:
    """The article text with every recognised entity marked and linked to its page
    (displaCy's entity style; overlapping mentions keep the longer one)."""
    ents = []
    end = -1
    for m in sorted(page.mentions, key=lambda m: (int(m["start"]), -int(m["end"]))):  # type: ignore[call-overload]
        start, stop = int(m["start"]), int(m["end"])  # type: ignore[call-overload]
        if start < end or stop > len(page.text):
            continue
        label = str(m["type"] or "entity").upper()
        ents.append({"start": start, "end": stop, "label": label, "kb_id": "↗", "kb_url": link(str(m["entity"]))})
        end = stop
    colours = {k.upper(): v for k, v in _COLOURS.items()}
    html = displacy.render({"text": page.text, "ents": ents, "title": None}, style="ent", manual=True, page=False,
                           jupyter=False, options={"colors": colours})
    return str(html)
