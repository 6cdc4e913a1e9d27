"""``onrecord serve``: the web UI and REST API over the store (the ``[web]`` extra)."""

from __future__ import annotations

import errno
import os
import socket
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
    port = free_port(host, port)
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


def free_port(host: str, port: int) -> int:
    """The port to serve on, once a trial bind of ``host:port`` has shown that it is free.

    uvicorn reports a failed bind only after the "serving at" line, as a raw errno and exit
    code 3; this check turns it into one message that says which option to change. Every
    address ``host`` resolves to is tried, as uvicorn binds them all. Port 0 asks the system
    for a free port; the one it gives is returned, so that the "serving at" line shows the
    real address (uvicorn then binds that port).

    Raises:
        click.BadParameter: the port is taken or needs privileges, or the host is not one of
            this machine's addresses (exit code 2, like any bad option).
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        raise click.BadParameter(
            f"{host} is not an address or a name this machine can resolve ({e.strerror}). "
            "Pass --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (every interface).",
            param_hint="'--host'",
        ) from e
    sockets: list[socket.socket] = []
    try:
        for family, address in dict.fromkeys((info[0], info[4]) for info in infos):
            sock = socket.socket(family, socket.SOCK_STREAM)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            try:
                sock.bind((address[0], port, *address[2:]))  # the port found so far
            except OSError as e:
                raise bind_error(e, host, port) from e
            port = int(sock.getsockname()[1])  # port 0: the one the system chose
    finally:
        for sock in sockets:
            sock.close()
    return port


def bind_error(e: OSError, host: str, port: int) -> click.BadParameter:
    """What to pass instead, for an address that cannot be bound."""
    if e.errno == errno.EADDRINUSE:
        return click.BadParameter(
            f"port {port} on {host} is already in use (by another onrecord serve or another "
            f"program). Pass --port with a free port, for example --port {_next(port)}, or "
            "--port 0 to let the system choose one.",
            param_hint="'--port'",
        )
    if e.errno == errno.EACCES:
        return click.BadParameter(
            f"listening on port {port} needs privileges this user lacks (ports below 1024 "
            "usually do). Pass --port with a port from 1024 up, for example --port 8731.",
            param_hint="'--port'",
        )
    if e.errno == errno.EADDRNOTAVAIL:
        return click.BadParameter(
            f"{host} is not an address of this machine. Pass --host 127.0.0.1 (this machine "
            "only), --host 0.0.0.0 (every interface) or one of this machine's addresses.",
            param_hint="'--host'",
        )
    return click.BadParameter(
        f"cannot listen on {host} port {port}: {e.strerror or e}. Pass another --host or --port.",
        param_hint="'--port'",
    )


def _next(port: int) -> int:
    return port + 1 if 0 < port < 65535 else 8731
