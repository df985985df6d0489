"""Adds ``kg serve`` to the ``kg`` command group, so no import points from kg/ to web/."""

from __future__ import annotations

import signal
import sys

import click

from kg.cli import cli, setting_options, settings_of


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=5000, show_default=True, help="Port to listen on.")
@click.option("--threads", type=click.IntRange(1), default=8, show_default=True, help="Request threads.")
@setting_options(("api_token", "max_body"))
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, threads: int, api_token: str | None, max_body: int) -> None:
    """Serve the web app and SPARQL endpoint with waitress (a production WSGI server).

    Example:

        KG_API_TOKEN=secret kg serve --port 5000
    """
    from waitress import create_server

    from kg.client import announce
    from web import create_app

    settings = settings_of(ctx).replace(api_token=api_token, max_body=max_body)
    app = create_app(settings)
    server = create_server(app, host=host, port=port, threads=threads, ident="astrokg")
    url = f"http://{host}:{server.effective_port}/"
    click.echo(f"astrokg serving on {url} (read-{'write' if api_token else 'only'})", err=True)
    # kg ingest on the same data directory finds the service here and sends it the articles
    announced = None if settings.is_remote else announce(settings.data_dir, url)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        if announced is not None:
            announced.unlink(missing_ok=True)


def main() -> None:
    """Entry point of the ``kg`` script."""
    cli(prog_name="kg")
