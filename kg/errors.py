"""Named exceptions. ``kg/`` and ``extract/`` raise them; only the CLI and the web app
translate them into messages and status codes."""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error astrokg raises on purpose."""


class InvalidArticle(KGError):
    """An article that cannot be read or has no text; it is reported and skipped."""


class BadQuery(KGError):
    """A SPARQL query or update the engine rejected (syntax, unsupported feature)."""


class BadQuestion(KGError):
    """A question that is empty or too long to be worth parsing."""


class QueryTimeout(KGError):
    """A query ran longer than the configured limit and was stopped."""


class ResultTooLarge(KGError):
    """A query produced more rows than the configured limit."""


class StoreUnavailable(KGError):
    """The store cannot be opened or reached (locked directory, server down)."""


class StoreLocked(StoreUnavailable):
    """Another process owns the embedded store's directory."""


class WriteFailed(KGError):
    """A write did not complete; the store holds none of it."""
