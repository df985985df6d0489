"""The HTTP face of astrokg. Knows Flask.

``create_app(config)`` is the only way to get an app: tests, ``kg serve`` and any WSGI
server call it. The store is opened once per app and kept in ``app.extensions``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

from kg.config import Settings
from kg.store import Store, open_store


def create_app(config: Mapping[str, Any] | Settings | None = None) -> Flask:
    """Build the app from settings (a mapping of setting names, a Settings, or the environment)."""
    settings = config if isinstance(config, Settings) else (
        Settings.from_mapping({k: v for k, v in config.items() if k != "TESTING"}) if config else Settings.from_env()
    )
    app = Flask(__name__)
    app.config["TESTING"] = bool(config and not isinstance(config, Settings) and config.get("TESTING"))
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body
    app.extensions["astrokg"] = {"settings": settings, "store": open_store(settings)}

    from web.views import status

    app.register_blueprint(status.bp)
    return app


def get_store(app: Flask) -> Store:
    """The app's store."""
    store: Store = app.extensions["astrokg"]["store"]
    return store
