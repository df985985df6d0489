"""Articles: /articles (newest first), /article/<id> (text with its entities highlighted
and the facts taken from it; JSON twin at /article/<id>.json), and the write API
POST /api/articles with its jobs at /api/jobs/<id>."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request, url_for
from flask.typing import ResponseReturnValue
from markupsafe import Markup

from kg.iris import slug_of_article
from web import get_service
from web.auth import token_required
from web.drawing import highlighted
from web.errors import Problem
from web.formats import HTML, JSON, negotiate
from web.pages import article_page, recent_articles
from web.views.entities import entity_url

bp = Blueprint("articles", __name__)


def article_url(iri: str) -> str:
    """The page of an article."""
    return url_for("articles.page", article_id=slug_of_article(iri))


@bp.get("/articles")
def listing() -> ResponseReturnValue:
    """The articles in the graph, newest first."""
    articles = recent_articles(get_service().store)
    if negotiate([HTML, JSON], HTML) == JSON:
        return jsonify({"articles": articles})
    return render_template("articles.html", articles=articles)


@bp.get("/articles.json")
def listing_json() -> ResponseReturnValue:
    """The articles in the graph, as JSON."""
    return jsonify({"articles": recent_articles(get_service().store)})


@bp.get("/article/<article_id>")
def page(article_id: str) -> ResponseReturnValue:
    """The article with its entities highlighted, and the facts taken from it."""
    explicit = None
    if article_id.endswith(".json"):
        article_id, explicit = article_id[:-5], JSON
    service = get_service()
    data = article_page(service.store, service.vocabulary, article_id)
    if data is None:
        raise Problem(404, f"the graph has no article with the id “{article_id}”", [url_for("articles.listing")])
    if negotiate([HTML, JSON], HTML, explicit=explicit) == JSON:
        return jsonify(data.as_dict())
    text = Markup(highlighted(data, entity_url))  # noqa: S704 - displaCy escapes the text
    return render_template("article.html", page=data, text=text)


@bp.post("/api/articles")
@token_required
def ingest() -> ResponseReturnValue:
    """Load one article (JSON) or many (NDJSON); a few are loaded before answering, more
    become a background job (202 with its URL)."""
    from web.jobs import read_articles

    service = get_service()
    items = read_articles(request.get_data(cache=False), request.mimetype, service.settings.max_article)
    if len(items) <= service.settings.ingest_sync_limit:
        report = service.jobs.ingest_now(items)
        if report.failed and len(report.failed) == len(report.results):
            reasons = "; ".join(f"{r.origin}: {r.reason}" for r in report.failed[:5])
            raise Problem(400, f"no article could be loaded: {reasons}")
        return jsonify(service.jobs.report_body(report))
    job = service.jobs.submit(items)
    return jsonify(job.as_dict()), 202, {"Location": job.url}


@bp.get("/api/jobs/<job_id>")
def job(job_id: str) -> ResponseReturnValue:
    """Progress and per-article results of a background ingest job."""
    from web.jobs import KEEP, is_job_id

    found = get_service().jobs.get(job_id) if is_job_id(job_id) else None
    if found is None:
        raise Problem(404, f"no ingest job {job_id!r} (the service keeps the last {KEEP} finished jobs)")
    return jsonify(found.as_dict())
