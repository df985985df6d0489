"""Questions: the form (/), the answer page (/ask), the JSON API (/api/ask) and the
entity autocomplete (/api/entities). One ``Answer`` object feeds all of them."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request
from flask.typing import ResponseReturnValue

from kg.errors import BadQuestion
from kg.questions import Answer
from kg.questions.answer import LOW_CONFIDENCE
from web import get_service
from web.formats import HTML, JSON, negotiate

bp = Blueprint("ask", __name__)


def _answer() -> Answer:
    """The answer to the request's ``q`` (and ``about``, the entities the conversation is about)."""
    question = request.args.get("q", "")
    service = get_service()
    if len(question) > service.settings.max_question:  # refuse before parsing anything
        raise BadQuestion(f"the question is {len(question)} characters long; the limit is "
                          f"{service.settings.max_question}")
    return service.answerer.answer(question, about=request.args.getlist("about")[:3])


@bp.get("/")
def index() -> ResponseReturnValue:
    """The question form, with example questions the graph can answer."""
    data = _index_data()
    if negotiate([HTML, JSON], HTML) == JSON:
        return jsonify(data)
    return render_template("index.html", **data, max_question=get_service().settings.max_question)


@bp.get("/index.json")
def index_json() -> ResponseReturnValue:
    """The front page's data: example questions and counts."""
    return jsonify(_index_data())


def _index_data() -> dict[str, object]:
    service = get_service()
    return {"examples": service.examples(8), "stats": service.store.stats().as_dict()}


@bp.get("/ask")
def page() -> ResponseReturnValue:
    """The answer page: answers, sources linked to their articles, the SPARQL."""
    if not request.args.get("q", "").strip():
        raise BadQuestion("the question is empty; type one into the form, e.g. Who is Scott Kelly's twin?")
    answer = _answer()
    if negotiate([HTML, JSON], HTML) == JSON:
        return jsonify(answer.as_dict())
    return render_template("ask.html", answer=answer, max_question=get_service().settings.max_question,
                           low_confidence=LOW_CONFIDENCE)


@bp.get("/api/ask")
def api() -> ResponseReturnValue:
    """``{"question", "answers", "sparql", "template", "sources", "message"?, "passages", ...}``;
    200 with no answers, a message and the related passages when the graph cannot answer; 400
    for an empty or long question."""
    return jsonify(_answer().as_dict())


@bp.get("/api/entities")
def entities() -> ResponseReturnValue:
    """Entities whose names start with ``prefix`` (any word of them), for autocomplete."""
    prefix = request.args.get("prefix", "")[:100]
    try:
        limit = max(1, min(50, int(request.args.get("limit", "10"))))
    except ValueError:
        raise BadQuestion("limit must be a whole number between 1 and 50") from None
    from web.views.entities import entity_url

    found = get_service().asker.index().complete(prefix, limit)
    return jsonify([{"label": e.label, "iri": e.iri, "url": entity_url(e.iri), "types": list(e.types)}
                    for e in found])
