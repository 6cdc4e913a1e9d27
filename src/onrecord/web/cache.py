"""A bounded response cache that a write to the store invalidates.

Every page and JSON answer is a pure function of the request and the store's contents, so
:class:`ResponseCache` (a plain ASGI middleware) keeps the bytes of each successful ``GET``
answer, keyed on the method, path, query and ``Host`` header, and serves them again while the
store is unchanged. "Unchanged" is :class:`StoreVersion`: SQLite's ``PRAGMA data_version`` on
a connection of its own (it moves when any other connection, in any process, commits) together
with the size, modification time and inode of the database file and of its ``-wal`` file (they
move when the file is replaced or rewritten). When the version moves the whole cache is
dropped, so an ``onrecord ingest`` or ``onrecord analyze`` while serving shows on the next
request.

The cache is bounded in entries and in bytes (least recently used goes first); answers bigger
than ``max_entry_bytes``, other statuses than 200, other methods than ``GET`` and ``/static/``
(which has its own conditional requests) pass through. Concurrent requests for the same
missing key wait for the first one instead of all computing it.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import threading
from collections import OrderedDict
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["ResponseCache", "StoreVersion"]

Key = tuple[str, str, bytes, bytes]
Headers = list[tuple[bytes, bytes]]
CACHE_HEADER = b"x-onrecord-cache"


class StoreVersion:
    """What changes whenever the store's contents may have changed."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.wal = self.path + "-wal"
        self._uri = Path(self.path).resolve().as_uri() + "?mode=ro"
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    @staticmethod
    def _stat(path: str) -> tuple[int, int, int]:
        try:
            st = os.stat(path)
        except OSError:
            return (0, 0, 0)
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def current(self) -> tuple[object, ...]:
        """A value that differs from the last one after any write to the store."""
        with self._lock:
            try:
                if self._conn is None:  # opened lazily, again after close()
                    self._conn = sqlite3.connect(self._uri, uri=True, isolation_level=None,
                                                 check_same_thread=False)  # fmt: skip
                row = self._conn.execute("PRAGMA data_version").fetchone()
                data: object = (id(self._conn), int(row[0]))
            except sqlite3.Error:
                data = object()  # cannot tell: equal to nothing, so nothing is served stale
        return (data, self._stat(self.path), self._stat(self.wal))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class _Entry:
    __slots__ = ("body", "headers", "size", "status")

    def __init__(self, status: int, headers: Headers, body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body
        self.size = len(body) + sum(len(k) + len(v) for k, v in headers) + 64


class ResponseCache:
    """Serves repeated ``GET`` answers from memory until the store changes (see the module)."""

    def __init__(
        self,
        app: ASGIApp,
        version: StoreVersion,
        *,
        max_entries: int = 2048,
        max_bytes: int = 64 * 2**20,
        max_entry_bytes: int = 2 * 2**20,
        skip_prefixes: tuple[str, ...] = ("/static/",),
    ) -> None:
        self.app = app
        self.version = version
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes
        self.skip_prefixes = skip_prefixes
        self._entries: OrderedDict[Key, _Entry] = OrderedDict()
        self._bytes = 0
        self._seen: object = None
        self._pending: dict[Key, asyncio.Event] = {}
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0

    def _key(self, scope: Scope) -> Key | None:
        if scope["type"] != "http" or scope["method"] != "GET":
            return None
        path: str = scope["path"]
        if path.startswith(self.skip_prefixes):
            return None
        host = b""
        for name, value in scope["headers"]:
            if name == b"host":
                host = value
                break
        return (scope["method"], path, scope.get("query_string", b""), host)

    def _check_version(self) -> None:
        now = self.version.current()
        if now != self._seen:
            self._seen = now
            self.clear()

    def _put(self, key: Key, entry: _Entry) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= old.size
        self._entries[key] = entry
        self._bytes += entry.size
        while self._entries and (
            len(self._entries) > self.max_entries or self._bytes > self.max_bytes
        ):
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= dropped.size

    async def _serve(self, entry: _Entry, send: Send) -> None:
        self.hits += 1
        await send({"type": "http.response.start", "status": entry.status,
                    "headers": entry.headers})  # fmt: skip
        await send({"type": "http.response.body", "body": entry.body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        self._check_version()
        entry = self._entries.get(key)
        pending = self._pending.get(key)
        if entry is None and pending is not None:  # someone is computing it: wait for them
            await pending.wait()
            entry = self._entries.get(key)  # None when theirs was not kept: compute our own
        if entry is not None:
            self._entries.move_to_end(key)
            await self._serve(entry, send)
            return
        self.misses += 1
        seen = self._seen
        done = asyncio.Event()
        self._pending[key] = done
        try:
            await self._compute(key, seen, scope, receive, send)
        finally:
            if self._pending.get(key) is done:
                del self._pending[key]
            done.set()

    async def _compute(
        self, key: Key, seen: object, scope: Scope, receive: Receive, send: Send
    ) -> None:
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        keep = True

        async def capture(message: Message) -> None:
            nonlocal start, size, keep
            if message["type"] == "http.response.start":
                keep = message["status"] == 200
                headers = list(message.get("headers", []))
                start = {**message, "headers": [*headers, (CACHE_HEADER, b"miss")]}
                await send(start)
                start = {**message, "headers": [*headers, (CACHE_HEADER, b"hit")]}
                return
            if message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > self.max_entry_bytes:
                    keep = False
                    chunks.clear()
                else:
                    chunks.append(body)
                # kept under the version seen before the answer was computed: an answer
                # computed across a write is newer than its key, never older
                last = not message.get("more_body", False)
                if last and keep and start is not None and self._seen == seen:
                    self._put(key, _Entry(start["status"], start["headers"], b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)
