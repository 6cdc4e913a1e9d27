"""``onrecord serve``: the web UI and REST API over the store (the ``[web]`` extra)."""

from __future__ import annotations

import os
from pathlib import Path

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
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (uvicorn workers), each with its own connections and "
                   "response cache. More than one helps under heavy concurrent load.")  # fmt: skip
def serve(db: str, host: str, port: int, workers: int) -> None:
    """Browse the record in a web browser and serve it as a REST API (read-only).

    Pages for articles, speakers, matters, contradictions and search, with JSON under /api
    and its reference at /docs. Answers are cached in memory until the store changes, so an
    ingest while serving shows on the next request. Needs: pip install 'onrecord[web]'.
    """
    with cli_errors():
        try:
            import uvicorn

            from ..web import ENV_DB, ENV_HOSTS, create_app
        except ModuleNotFoundError as e:
            raise MissingExtra("onrecord serve", "web") from e
        # on loopback, refuse other Host headers (DNS rebinding); elsewhere the user decides
        hosts = [*LOOPBACK, "[::1]"] if host in LOOPBACK else None
        app = create_app(db, allowed_hosts=hosts)  # also checks the store before any worker
    shown = f"[{host}]" if ":" in host else host
    more = f", {workers} workers" if workers > 1 else ""
    click.echo(f"onrecord: serving {db} at http://{shown}:{port}/{more} (Ctrl-C to stop)",
               err=True)  # fmt: skip
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
        return
    # workers are separate processes: uvicorn imports the app in each, from the environment
    os.environ[ENV_DB] = str(Path(db).resolve())
    if hosts is None:
        os.environ.pop(ENV_HOSTS, None)
    else:
        os.environ[ENV_HOSTS] = ",".join(hosts)
    uvicorn.run("onrecord.web:create_app_from_env", factory=True, host=host, port=port,
                workers=workers, log_level="warning", access_log=False)  # fmt: skip
