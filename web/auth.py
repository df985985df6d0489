"""Writes need ``Authorization: Bearer <KG_API_TOKEN>``; without a configured token the
service is read-only. The token is compared in constant time and never logged."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from flask import request

from web import get_service
from web.errors import Problem

F = TypeVar("F", bound=Callable[..., object])


def check_token() -> None:
    """Raise 403 when writes are off, 401 when the bearer token is missing or wrong."""
    token = get_service().settings.api_token
    if not token:
        raise Problem(403, "this service is read-only: no KG_API_TOKEN is configured; start it with "
                           "KG_API_TOKEN=<secret> (or kg serve --api-token) to accept writes")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise Problem(401, "this write needs the header 'Authorization: Bearer <token>'",
                      headers={"WWW-Authenticate": 'Bearer realm="astrokg"'})
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise Problem(401, "the bearer token is not valid",
                      headers={"WWW-Authenticate": 'Bearer realm="astrokg", error="invalid_token"'})


def token_required(view: F) -> F:
    """Decorate a write route so it runs only with the valid token."""

    @wraps(view)
    def checked(*args: object, **kwargs: object) -> object:
        check_token()
        return view(*args, **kwargs)

    return checked  # type: ignore[return-value]
