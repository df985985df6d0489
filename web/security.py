"""Security headers on every response: a strict Content-Security-Policy and the usual
companions, so that even text that slipped through as markup cannot run script.

Scripts, styles, images and fonts come from this service only; no inline script, no
``eval``, no plugins, no framing, forms post only here. Inline *styles* are allowed:
displaCy's entity highlights and YASGUI's editor set ``style`` attributes, and a style
cannot run script. A view may set its own value of any of these headers first.
"""

from __future__ import annotations

from flask import Flask, Response

CSP = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))

HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def init_app(app: Flask) -> None:
    """Add :data:`HEADERS` to every response the app sends (errors included)."""

    @app.after_request
    def secure(response: Response) -> Response:
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response
