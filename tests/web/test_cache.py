"""The response cache: repeated answers from memory, dropped by any write to the store, bounded."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from starlette.types import Message, Receive, Scope, Send

from onrecord.models import Record
from onrecord.store import Store
from onrecord.web import create_app
from onrecord.web.cache import ResponseCache, StoreVersion


def test_cache_serves_a_repeat_from_memory(own_db: Path) -> None:
    with TestClient(create_app(own_db)) as c:
        first, second = c.get("/api/stats"), c.get("/api/stats")
        assert first.headers["x-onrecord-cache"] == "miss"
        assert second.headers["x-onrecord-cache"] == "hit"
        assert first.content == second.content
        # the security headers are kept with the cached answer
        assert second.headers["content-security-policy"] == first.headers["content-security-policy"]
        # the query is part of the key
        assert c.get("/api/articles?limit=1").headers["x-onrecord-cache"] == "miss"
        assert c.get("/api/articles?limit=2").headers["x-onrecord-cache"] == "miss"
        assert c.get("/api/articles?limit=1").headers["x-onrecord-cache"] == "hit"
        page = c.get("/")
        assert c.get("/").text == page.text


def test_cache_a_write_to_the_store_invalidates(own_db: Path, new_record: Record) -> None:
    with TestClient(create_app(own_db)) as c:
        for _ in range(2):
            before = c.get("/api/stats").json()
            titles = c.get("/articles").text
        assert c.get("/api/stats").headers["x-onrecord-cache"] == "hit"
        assert "Ferry resumes" not in titles
        with Store.open(own_db) as store:  # an ingest while serving
            store.add_records([new_record])
        after = c.get("/api/stats")
        assert after.headers["x-onrecord-cache"] == "miss"
        assert after.json()["articles"] == before["articles"] + 1
        assert "Ferry resumes" in c.get("/articles").text
        assert c.get("/api/stats").headers["x-onrecord-cache"] == "hit"


def test_cache_a_write_by_another_process_style_connection_invalidates(own_db: Path) -> None:
    """A plain sqlite3 write (as ``onrecord analyze`` makes) moves ``PRAGMA data_version``."""
    with TestClient(create_app(own_db)) as c:
        c.get("/api/matters")
        assert c.get("/api/matters").headers["x-onrecord-cache"] == "hit"
        conn = sqlite3.connect(own_db)
        conn.execute("DELETE FROM contradictions")
        conn.execute("DELETE FROM stances")
        conn.execute("DELETE FROM matters")
        conn.commit()
        conn.close()
        answer = c.get("/api/matters")
        assert answer.headers["x-onrecord-cache"] == "miss"
        assert answer.json()["rows"] == []


def test_cache_replacing_the_file_invalidates(own_db: Path, more_db: Path) -> None:
    bigger = more_db
    with TestClient(create_app(own_db)) as c:
        count = c.get("/api/stats").json()["articles"]
        for suffix in ("-wal", "-shm"):
            Path(str(own_db) + suffix).unlink(missing_ok=True)
        shutil.copy(bigger, str(own_db) + ".new")
        os.replace(str(own_db) + ".new", own_db)
        assert c.get("/api/stats").json()["articles"] == count + 1


def test_cache_keeps_errors_out(own_db: Path) -> None:
    with TestClient(create_app(own_db)) as c:
        for _ in range(2):
            assert c.get("/api/articles/999999").status_code == 404
            assert c.get("/api/articles?limit=0").status_code == 400
        assert c.get("/api/articles/999999").headers.get("x-onrecord-cache") == "miss"
        assert "x-onrecord-cache" not in c.get("/static/style.css").headers


def test_cache_can_be_turned_off(own_db: Path) -> None:
    with TestClient(create_app(own_db, cache_entries=0)) as c:
        c.get("/api/stats")
        assert "x-onrecord-cache" not in c.get("/api/stats").headers


# -- the middleware alone, over a tiny app --------------------------------------------------


def _app(size: int = 100, status: int = 200) -> tuple[list[str], object]:
    calls: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        calls.append(scope["path"])
        await send({"type": "http.response.start", "status": status, "headers": []})
        await asyncio.sleep(0)
        await send({"type": "http.response.body", "body": b"x" * size})

    return calls, app


def _get(cache: ResponseCache, path: str, method: str = "GET") -> list[Message]:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b""}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "query_string": b"", "headers": []}
    asyncio.run(cache(scope, receive, send))
    return sent


@pytest.fixture
def version(own_db: Path) -> StoreVersion:
    return StoreVersion(own_db)


def test_cache_is_bounded_in_entries(version: StoreVersion) -> None:
    calls, app = _app()
    cache = ResponseCache(app, version, max_entries=3)  # type: ignore[arg-type]
    for i in range(10):
        _get(cache, f"/p{i}")
    assert len(cache) == 3
    _get(cache, "/p9")
    _get(cache, "/p0")
    assert calls.count("/p9") == 1 and calls.count("/p0") == 2  # least recently used went


def test_cache_is_bounded_in_bytes(version: StoreVersion) -> None:
    _, app = _app(size=1000)
    cache = ResponseCache(app, version, max_bytes=5000, max_entry_bytes=2000)  # type: ignore[arg-type]
    for i in range(20):
        _get(cache, f"/p{i}")
    assert 0 < len(cache) <= 4 and cache.size_bytes <= 5000
    _, big = _app(size=3000)
    cache = ResponseCache(big, version, max_entry_bytes=2000)  # type: ignore[arg-type]
    body = _get(cache, "/big")[-1]["body"]
    assert len(body) == 3000 and len(cache) == 0  # served whole, not kept


def test_cache_only_keeps_get_200(version: StoreVersion) -> None:
    calls, app = _app(status=500)
    cache = ResponseCache(app, version)  # type: ignore[arg-type]
    _get(cache, "/boom")
    _get(cache, "/boom")
    assert calls == ["/boom", "/boom"]
    calls, app = _app()
    cache = ResponseCache(app, version)  # type: ignore[arg-type]
    _get(cache, "/x", "POST")
    _get(cache, "/x", "POST")
    assert calls == ["/x", "/x"] and len(cache) == 0


@pytest.mark.parametrize("status", [200, 404])
def test_cache_concurrent_misses_compute_once(version: StoreVersion, status: int) -> None:
    calls, app = _app(status=status)
    cache = ResponseCache(app, version)  # type: ignore[arg-type]

    async def many() -> list[bytes]:
        bodies: list[bytes] = []

        async def one() -> None:
            sent: list[Message] = []

            async def receive() -> Message:
                return {"type": "http.request", "body": b""}

            async def send(message: Message) -> None:
                sent.append(message)

            scope = {"type": "http", "method": "GET", "path": "/same", "query_string": b"",
                     "headers": []}  # fmt: skip
            await cache(scope, receive, send)
            bodies.append(sent[-1]["body"])

        await asyncio.gather(*(one() for _ in range(20)))
        return bodies

    bodies = asyncio.run(many())
    assert len(set(bodies)) == 1 and len(bodies) == 20
    if status == 200:
        assert calls == ["/same"]
    else:  # not kept: the others wait for the first, then answer for themselves
        assert len(calls) == 20 and not cache._pending
