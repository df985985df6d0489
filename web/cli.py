"""Adds ``kg serve`` to the ``kg`` command group, so no import points from kg/ to web/."""

from __future__ import annotations

import signal
import sys
import warnings
from typing import Any

import click

from kg.cli import cli, setting_options, settings_of
from kg.config import options_of
from kg.errors import KGError

#: Settings only the web service uses (declared so in kg/config.py); the others are options of the kg group.
SERVE_SETTINGS = options_of("serve")

#: Response bytes a request thread buffers before it starts sending. Waitress's default (1)
#: makes the request thread send every write at once and hand what the socket did not take
#: to the main loop; buffering a whole SPARQL result (up to the size waitress keeps in memory)
#: lets the main loop send headers and body together: measured 0.35 instead of 0.57 ms of
#: server CPU per 250 KB response.
SEND_BYTES = 1 << 20


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=5000, show_default=True, help="Port to listen on.")
@click.option("--threads", type=click.IntRange(1), default=8, show_default=True, help="Request threads.")
@setting_options(SERVE_SETTINGS)
@click.pass_context
def serve(ctx: click.Context, /, host: str, port: int, threads: int, **options: Any) -> None:
    """Serve the web app and SPARQL endpoint with waitress (a production WSGI server).

    The store is opened once; the question workers load their spaCy pipelines at start, and the
    service process loads none (questions go to them, ingest to a worker process of its own). For gunicorn
    instead: gunicorn --workers 1 --threads 8 -b 127.0.0.1:5000 'web:create_app()'
    (one worker process: the embedded store belongs to one process).

    Example:

        KG_API_TOKEN=secret kg serve --port 5000
    """
    from waitress import create_server

    from kg.client import announce
    from web import close_app, create_app, get_service

    settings = settings_of(ctx).replace(**options)
    try:  # a second server on the same data directory, a locked or broken store: one line, exit 1
        app = create_app(settings)
    except KGError as error:
        raise click.ClickException(str(error)) from error
    announced = None
    try:
        try:
            with warnings.catch_warnings():  # send_bytes is marked deprecated, but kept by every waitress 3
                warnings.simplefilter("ignore", DeprecationWarning)
                server = create_server(app, host=host, port=port, threads=threads, ident="astrokg",
                                       send_bytes=SEND_BYTES)
        except OSError as error:
            raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror or error}") from error
        url = f"http://{host}:{server.effective_port}/"
        click.echo(f"astrokg serving on {url} (read-{'write' if settings.api_token else 'only'})", err=True)
        # kg ingest on the same data directory finds the service here and sends it the articles
        announced = None if settings.is_remote else announce(settings.data_dir, url)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        get_service(app).start_question_workers()
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        if announced is not None:
            announced.unlink(missing_ok=True)
        close_app(app)


def main() -> None:
    """Entry point of the ``kg`` script."""
    cli(prog_name="kg")
