"""``onrecord serve``: a local web UI and a REST API over the store (the ``[web]`` extra).

>>> app = create_app("onrecord.db")      # a FastAPI app; run it with uvicorn

The database is opened read-only. Every error, JSON or HTML, comes from one handler:
``{"ok": false, "error": "...", "status": 404}`` under ``/api``, an error page elsewhere.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import OnrecordError
from . import api, pages
from .cache import ResponseCache, StoreVersion
from .errors import WebError
from .hosts import AllowedHosts
from .params import PATTERN_HELP
from .pool import StorePool

log = logging.getLogger(__name__)

__all__ = ["create_app", "create_app_from_env"]

# ``onrecord serve --workers N`` hands these to each worker process (uvicorn imports the app)
ENV_DB = "ONRECORD_WEB_DB"
ENV_HOSTS = "ONRECORD_WEB_ALLOWED_HOSTS"

STATIC = Path(__file__).parent / "static"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")

# No inline script or style, nothing from another origin, no framing.
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
     b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]  # fmt: skip


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every response (a plain ASGI middleware, cheap)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    """Answers ``HEAD`` as ``GET`` without the body: link checkers and ``curl -I`` send it.

    The request goes on as a ``GET`` (so a cached answer serves it too), and only the body is
    dropped; the status and headers, ``content-length`` included, are the ``GET``'s.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def create_app(
    db_path: str | Path,
    *,
    allowed_hosts: Sequence[str] | None = None,
    cache_entries: int = 2048,
    cache_bytes: int = 64 * 2**20,
) -> FastAPI:
    """The web app over the store at ``db_path``, opened read-only.

    Args:
        db_path: an onrecord store.
        allowed_hosts: the ``Host`` headers accepted (DNS rebinding protection); None: any.
        cache_entries: at most this many answers are kept in the response cache (0: no cache).
        cache_bytes: and at most this many bytes of them.

    Raises:
        StoreNotFound: there is no store at ``db_path``.
        SchemaTooOld: the store needs migrations (open it once for writing).
    """
    pool = StorePool(db_path)
    version = StoreVersion(db_path)
    pages.compile_templates()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()
        version.close()

    app = FastAPI(
        title="onrecord",
        summary="Who said what, when, through which outlet, and where it contradicts.",
        version=_version(),
        docs_url=None,  # Swagger UI loads from a CDN; /docs is our own page
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.db_name = Path(db_path).name
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    if cache_entries > 0:  # outside SecurityHeaders: a cached answer keeps its headers
        app.add_middleware(ResponseCache, version=version, max_entries=cache_entries,
                           max_bytes=cache_bytes)  # fmt: skip
    if allowed_hosts is not None:
        app.add_middleware(AllowedHosts, allowed=list(allowed_hosts), respond=error_response)
    app.add_middleware(HeadAsGet)  # outermost: the rest sees a GET
    _add_error_handlers(app)
    _openapi_without_422(app)
    return app


def create_app_from_env() -> FastAPI:
    """:func:`create_app` for a uvicorn worker: the store and hosts come from the environment."""
    hosts = os.environ.get(ENV_HOSTS)
    return create_app(
        os.environ[ENV_DB], allowed_hosts=hosts.split(",") if hosts is not None else None
    )


def _openapi_without_422(app: FastAPI) -> None:
    """Invalid parameters answer 400 with :class:`~.schemas.Error`, not FastAPI's 422."""
    default = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = default()
            for methods in spec["paths"].values():
                for op in methods.values():
                    op.get("responses", {}).pop("422", None)
            for name in ("HTTPValidationError", "ValidationError"):
                spec.get("components", {}).get("schemas", {}).pop(name, None)
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("onrecord")
    except PackageNotFoundError:
        return "0"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str) -> Response:
    """The one error shape: JSON under ``/api``, an HTML page elsewhere."""
    if _wants_json(request):
        return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)
    return pages.error_page(request, status, message)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(OnrecordError)
    async def onrecord_error(request: Request, exc: OnrecordError) -> Response:
        api = _wants_json(request)
        message = exc.message(api=api) if isinstance(exc, WebError) else str(exc)
        return error_response(request, exc.status, message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "Error"
        if exc.status_code == 404:
            message = f"There is nothing at {request.url.path}. Start from / or /api/stats."
        elif exc.status_code == 405:
            message = (f"{request.method} is not allowed: onrecord serves its record read-only. "
                       "Use GET.")  # fmt: skip
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 400, _validation_message(exc))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s", request.url.path)
        return error_response(request, 500, "Internal error; the server log has the details.")


def _validation_message(exc: RequestValidationError) -> str:
    """Which parameters are invalid and what a valid value looks like (in words, never a
    regular expression), with the value that came, shortened."""
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path"))
        msg = str(err.get("msg", "invalid"))
        if err.get("type") == "string_pattern_mismatch":
            pattern = err.get("ctx", {}).get("pattern")
            msg = PATTERN_HELP.get(pattern, msg) + f" (got {_shorten(err.get('input'))})"
        parts.append(f"{where}: {msg}")
    return "Invalid parameter. " + "; ".join(parts)


def _shorten(value: object, size: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= size else text[: size - 1] + "…"
