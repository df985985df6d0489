"""Liveness and counts: GET /health, GET /api/stats."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue

from web import get_store

bp = Blueprint("status", __name__)


@bp.get("/health")
def health() -> ResponseReturnValue:
    """The service is up and its store answers."""
    get_store(current_app).query("ASK { ?s ?p ?o }")
    return jsonify({"status": "ok"})


@bp.get("/api/stats")
def stats() -> ResponseReturnValue:
    """Counts of articles, entities, facts and triples."""
    return jsonify(get_store(current_app).stats().as_dict())
