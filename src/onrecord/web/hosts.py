"""Refuses requests whose ``Host`` header names another site (DNS rebinding), saying why.

Starlette's ``TrustedHostMiddleware`` answers such a request with the bare text "Invalid host
header", which tells a person who reached the server under another name (an alias in
``/etc/hosts``, a tunnel) neither why nor what to open instead. This one answers in the app's
error shape (JSON under ``/api``, a page elsewhere) with both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from fastapi import Request
from fastapi.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

Respond = Callable[[Request, int, str], Response]


def host_name(header: str) -> str:
    """The name in a ``Host`` header, without its port, lower case (``[::1]`` keeps brackets)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[: header.find("]") + 1] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class AllowedHosts:
    """Passes requests whose ``Host`` is one of ``allowed``; answers 400 to the others."""

    def __init__(self, app: ASGIApp, *, allowed: Sequence[str], respond: Respond) -> None:
        self.app = app
        self.allowed = {h.lower() for h in allowed}
        self.respond = respond

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        name = host_name(request.headers.get("host", ""))
        if name in self.allowed:
            await self.app(scope, receive, send)
            return
        response = self.respond(request, 400, self.message(name, scope.get("server")))
        await response(scope, receive, send)

    def message(self, name: str, server: object) -> str:
        """Why the request is refused, and the address to open instead."""
        names = sorted(n for n in self.allowed if n != "::1")  # "[::1]" says it
        listed = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
        url = "http://127.0.0.1/"
        if isinstance(server, (tuple, list)) and len(server) == 2:  # the address it listens on
            host, port = str(server[0]), server[1]
            url = f"http://{f'[{host}]' if ':' in host else host}:{port}/"
        came = f"the name {name!r}" if name else "no name"
        return (
            f"This server answers only to {listed}, and this request came with {came}: it "
            "refuses other host names, against DNS rebinding. "
            f"Open {url} instead, or start it with --host 0.0.0.0 to answer to any name."
        )
