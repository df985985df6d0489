"""The HTTP face of astrokg. Knows Flask.

``create_app(config)`` is the only way to get an app: tests, ``kg serve`` and any WSGI
server call it. The store is opened once per app and shared by every request thread; the
spaCy pipeline is loaded on first use, once; both live in ``app.extensions["astrokg"]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask, current_app

from kg.config import Settings
from kg.store import Store, open_store
from web.service import Service


def create_app(config: Mapping[str, Any] | Settings | None = None) -> Flask:
    """Build the app from settings (a mapping of setting names, a Settings, or the environment).

    A mapping may also hold ``TESTING``. Example for a WSGI server (gunicorn):
    ``gunicorn --threads 8 'web:create_app()'``.
    """
    testing = bool(isinstance(config, Mapping) and config.get("TESTING"))
    if isinstance(config, Settings):
        settings = config
    elif config:
        settings = Settings.from_mapping({k: v for k, v in config.items() if k != "TESTING"})
    else:
        settings = Settings.from_env()
    app = Flask(__name__)
    app.config.update(TESTING=testing, MAX_CONTENT_LENGTH=settings.max_body)
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep the documented key order
    service = Service(settings, open_store(settings))
    app.extensions["astrokg"] = service

    from kg.sources import http_url
    from web import errors, security
    from web.views import articles, ask, entities, sparql, status

    errors.init_app(app)
    security.init_app(app)
    for view in (ask, sparql, entities, articles, status):
        app.register_blueprint(view.bp)
    app.jinja_env.globals.update(entity_url=entities.entity_url, article_url=articles.article_url, http_url=http_url)
    service.resume_jobs()
    return app


def get_service(app: Flask | None = None) -> Service:
    """The app's shared state (the current app's when none is given)."""
    service: Service = (app or current_app).extensions["astrokg"]
    return service


def get_store(app: Flask | None = None) -> Store:
    """The app's store."""
    return get_service(app).store


def close_app(app: Flask) -> None:
    """Stop the app's workers and background jobs and close its store (releases its lock)."""
    get_service(app).close()
