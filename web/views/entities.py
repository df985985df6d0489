"""Entity pages: /entity/<name> as HTML (facts with sources and a picture), JSON, Turtle,
N-Triples or JSON-LD, chosen by a suffix or by ``Accept``; /entity/<name>.svg is the picture."""

from __future__ import annotations

from urllib.parse import quote

import pyoxigraph as ox
from flask import Blueprint, Response, jsonify, render_template, request
from flask.typing import ResponseReturnValue
from markupsafe import Markup

from kg.iris import local_name, name_slug
from kg.namespaces import PREFIXES, RES
from web import get_service
from web.drawing import neighbourhood_svg
from web.errors import Problem
from web.formats import HTML, JSON, JSONLD, NTRIPLES, RDFXML, TURTLE, negotiate
from web.pages import entity_exists, entity_page, entity_triples, is_entity_iri

bp = Blueprint("entities", __name__)

_SUFFIXES = {".json": JSON, ".ttl": TURTLE, ".nt": NTRIPLES, ".jsonld": JSONLD, ".rdf": RDFXML, ".svg": "image/svg+xml"}
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


@bp.get("/entity/")
@bp.get("/entity/<path:name>")
def page(name: str = "") -> ResponseReturnValue:
    """Every fact about an entity with its sources; a picture of its neighbourhood."""
    service = get_service()
    explicit = None
    if name:  # _iri_of only returns IRIs the graph knows
        iri = _iri_of(name)
        if iri is None:
            for suffix, media in _SUFFIXES.items():
                if name.endswith(suffix):
                    iri, explicit = _iri_of(name[:-len(suffix)]), media
                    break
    else:
        iri = request.args.get("iri")
        if iri and not entity_exists(service.store, iri):
            iri = None
    if not iri:
        shown = (name or request.args.get("iri", "")).replace("_", " ")
        suggestions = [entity_url(e.iri) for e in service.asker.index().suggest(shown.rsplit(".", 1)[0], 5)]
        raise Problem(404, f"the graph has no entity called “{shown}”", suggestions)
    if explicit == "image/svg+xml":
        svg = neighbourhood_svg(entity_page(service.store, service.vocabulary, iri), entity_url)
        return Response(svg, mimetype="image/svg+xml")
    media = negotiate([HTML, JSON, TURTLE, NTRIPLES, JSONLD, RDFXML], HTML, {"application/x-turtle": TURTLE},
                      explicit=explicit)
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
