"""Entity pages: /entity/<name> as HTML (facts with sources and a picture), JSON, Turtle,
N-Triples, JSON-LD, RDF/XML or the SVG picture, chosen by a suffix or by ``Accept``.

Names are matched without regard to case: /entity/scott_kelly redirects to the canonical
/entity/Scott_Kelly. An unknown name is a 404 with the names most like it (rapidfuzz,
word by word, so "Elon Musk" is not told "United States")."""

from __future__ import annotations

from urllib.parse import quote

import pyoxigraph as ox
from flask import Blueprint, Response, jsonify, redirect, render_template, request
from flask.typing import ResponseReturnValue
from markupsafe import Markup

from kg.iris import local_name, name_slug
from kg.namespaces import PREFIXES, RES
from web import get_service
from web.drawing import neighbourhood_svg
from web.errors import Problem
from web.formats import HTML, JSON, JSONLD, NTRIPLES, RDFXML, SVG, TURTLE, negotiate
from web.pages import entity_exists, entity_page, entity_triples, is_entity_iri

bp = Blueprint("entities", __name__)

_SUFFIXES = {".json": JSON, ".ttl": TURTLE, ".nt": NTRIPLES, ".jsonld": JSONLD, ".rdf": RDFXML, ".svg": SVG}
_OFFERS = [HTML, JSON, TURTLE, NTRIPLES, JSONLD, RDFXML, SVG]
_RDF = {TURTLE: ox.RdfFormat.TURTLE, NTRIPLES: ox.RdfFormat.N_TRIPLES, JSONLD: ox.RdfFormat.JSON_LD,
        RDFXML: ox.RdfFormat.RDF_XML}


def entity_url(iri: str) -> str:
    """The page of an entity: /entity/<name> for our resources, else /entity/?iri=..."""
    if is_entity_iri(iri):
        return "/entity/" + local_name(iri)
    return "/entity/?iri=" + quote(iri, safe="")


def _iri_of(name: str) -> str | None:
    """The IRI a page name stands for (names are the IRI's local part, as minted)."""
    store = get_service().store
    tried = ["/".join(name_slug(part) for part in name.split("/")), name_slug(name)]
    return next((str(RES) + slug for slug in dict.fromkeys(tried) if entity_exists(store, str(RES) + slug)), None)


def _iri_ignoring_case(name: str) -> str | None:
    """The named entity whose page name is ``name`` in another case (scott_kelly)."""
    wanted = {name.casefold(), name_slug(name).casefold()}
    return next((iri for iri in get_service().asker.index().entities
                 if is_entity_iri(iri) and local_name(iri).casefold() in wanted), None)


def _find(name: str) -> tuple[str | None, str | None, str, bool]:
    """The entity a page name stands for, the format its suffix names, the suffix, and
    whether the name is canonical (a name in another case is found too, as not canonical)."""
    for lookup in (_iri_of, _iri_ignoring_case):
        iri = lookup(name)
        if iri is not None:
            return iri, None, "", lookup is _iri_of
        for suffix, media in _SUFFIXES.items():
            if name.endswith(suffix) and (iri := lookup(name[:-len(suffix)])) is not None:
                return iri, media, suffix, lookup is _iri_of
    return None, None, "", True


def suggestions(shown: str, limit: int = 5) -> list[str]:
    """Pages of the entities whose names look most like ``shown``, best first."""
    return [entity_url(e.iri) for e in get_service().asker.index().suggest(shown, limit)]


@bp.get("/entity/")
@bp.get("/entity/<path:name>")
def page(name: str = "") -> ResponseReturnValue:
    """Every fact about an entity with its sources; a picture of its neighbourhood."""
    service = get_service()
    explicit = None
    if name:  # _find only returns IRIs the graph knows
        iri, explicit, suffix, canonical_name = _find(name)
        if iri is not None and not canonical_name:
            canonical = entity_url(iri) + suffix
            query = request.query_string.decode("ascii", "replace")
            return redirect(canonical + ("?" + query if query else ""), code=308)
    else:
        iri = request.args.get("iri")
        if iri and not entity_exists(service.store, iri):
            iri = None
    if not iri:
        shown = (name or request.args.get("iri", "")).replace("_", " ")
        stem = next((shown[:-len(s)] for s in _SUFFIXES if shown.endswith(s)), shown)
        raise Problem(404, f"the graph has no entity called “{shown}”", suggestions(stem))
    media = negotiate(_OFFERS, HTML, {"application/x-turtle": TURTLE}, explicit=explicit)
    if media == SVG:
        svg = neighbourhood_svg(entity_page(service.store, service.vocabulary, iri), entity_url)
        return Response(svg, mimetype=SVG, headers={"Vary": "Accept"})
    if media in _RDF:
        rdf = ox.serialize(sorted(entity_triples(service.store, iri), key=str), format=_RDF[media],
                           prefixes=PREFIXES if media == TURTLE else None)
        return Response(rdf, mimetype=media, headers={"Vary": "Accept"})
    data = entity_page(service.store, service.vocabulary, iri)
    if media == JSON:
        response = jsonify(data.as_dict())
    else:
        picture = Markup(neighbourhood_svg(data, entity_url))  # noqa: S704 - Graphviz escapes every label
        response = Response(render_template("entity.html", page=data, picture=picture, url=entity_url(iri)))
    response.headers["Vary"] = "Accept"
    return response
