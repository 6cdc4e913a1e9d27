"""``onrecord serve``: the web UI and REST API over the store (the ``[web]`` extra)."""

from __future__ import annotations

import click

from ..errors import MissingExtra
from ._base import cli, cli_errors
from .store import db_option

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Only loopback unless you choose otherwise.")  # fmt: skip
@click.option("--port", default=8731, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")  # fmt: skip
def serve(db: str, host: str, port: int) -> None:
    """Browse the record in a web browser and serve it as a REST API (read-only).

    Pages for articles, speakers, matters, contradictions and search, with JSON under /api
    and its reference at /docs. Needs: pip install 'onrecord[web]'.
    """
    with cli_errors():
        try:
            import uvicorn

            from ..web import create_app
        except ModuleNotFoundError as e:
            raise MissingExtra("onrecord serve", "web") from e
        # on loopback, refuse other Host headers (DNS rebinding); elsewhere the user decides
        hosts = [*LOOPBACK, "[::1]"] if host in LOOPBACK else None
        app = create_app(db, allowed_hosts=hosts)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"onrecord: serving {db} at http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
