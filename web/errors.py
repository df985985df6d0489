"""One error shape for JSON and one error page for people; no stack traces to clients.

Every JSON error is ``{"ok": false, "status", "error", "message"}`` (plus ``suggestions``
where there are some, and details such as the ``line`` and ``column`` of a SPARQL syntax
error), made by :func:`error_body`. JSON is the default; a page only for a client that
prefers HTML (a browser), as :func:`web.formats.preferred` decides. Named errors from
``kg`` become 4xx/5xx here and only here; anything unexpected is logged with its traceback and answered 500.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from kg.errors import (
    BadQuery,
    BadQuestion,
    InvalidArticle,
    KGError,
    QueryTimeout,
    ResultTooLarge,
    StoreUnavailable,
    WriteFailed,
)
from web.formats import HTML, JSON, preferred

log = logging.getLogger(__name__)

_STATUS: dict[type[KGError], int] = {
    BadQuestion: 400, BadQuery: 400, InvalidArticle: 400, ResultTooLarge: 413,
    QueryTimeout: 503, StoreUnavailable: 503, WriteFailed: 500,
}


class Problem(HTTPException):
    """An HTTP error with a message for the person or program that met it, and suggestions."""

    def __init__(self, status: int, message: str, suggestions: Sequence[str] = (),
                 headers: Mapping[str, str] | None = None, details: Mapping[str, object] | None = None) -> None:
        super().__init__(message)
        self.code = status
        self.message = message
        self.suggestions = tuple(suggestions)
        self.extra_headers = dict(headers or {})
        self.details = dict(details or {})


def error_body(status: int, message: str, suggestions: Sequence[str] = (),
               details: Mapping[str, object] | None = None) -> dict[str, object]:
    """The JSON of every error response."""
    body: dict[str, object] = {"ok": False, "status": status, "error": HTTP_STATUS_CODES.get(status, "Error"),
                               "message": message}
    if suggestions:
        body["suggestions"] = list(suggestions)
    body.update({k: v for k, v in (details or {}).items() if k not in body})
    return body


def wants_json() -> bool:
    """Does this request want its error as JSON? Yes for API routes and ``.json`` twins, and
    for every client that does not prefer HTML (``*/*`` or no Accept: JSON)."""
    path = request.path
    if path.startswith("/api/") or path.endswith(".json"):
        return True
    return preferred([JSON, HTML], JSON) != HTML


def respond(status: int, message: str, suggestions: Sequence[str] = (),
            headers: Mapping[str, str] | None = None, details: Mapping[str, object] | None = None) -> Response:
    """An error as JSON or as a page, whichever the client wants."""
    if wants_json():
        response = jsonify(error_body(status, message, suggestions, details))
    else:
        response = Response(render_template("error.html", status=status, title=HTTP_STATUS_CODES.get(status, "Error"),
                                            message=message, suggestions=suggestions), mimetype="text/html")
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def init_app(app: Flask) -> None:
    """Register the handlers that turn every error into :func:`respond`."""

    @app.errorhandler(Problem)
    def problem(error: Problem) -> Response:
        return respond(error.code or 400, error.message, error.suggestions, error.extra_headers, error.details)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        status = error.code or 500
        message = error.description or HTTP_STATUS_CODES.get(status, "Error")
        if status == 413:
            message = f"the request body is larger than the limit of {app.config['MAX_CONTENT_LENGTH']} bytes"
        allow = {k: v for k, v in error.get_headers() if k == "Allow"}
        return respond(status, message, headers=allow)

    @app.errorhandler(KGError)
    def kg_error(error: KGError) -> Response:
        status = next((code for kind, code in _STATUS.items() if isinstance(error, kind)), 500)
        if status >= 500:
            log.error("%s %s: %s", request.method, request.path, error)
        return respond(status, str(error))

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.path)
        return respond(500, "something went wrong on our side; the error has been logged")
