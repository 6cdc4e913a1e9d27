"""Skipped inputs on the web: ``/api/skips`` (as ``onrecord skips``), the ``/skips`` page and
the home page's counts that link to it."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from onrecord.store import Store, queries

from .conftest import XSS_IMG, XSS_SCRIPT


def test_api_skips_lists_every_skip_in_the_order_seen(client: TestClient, web_db: Path) -> None:
    body = client.get("/api/skips").json()
    assert body["ok"] is True and body["next"] is None
    assert [r["source"] for r in body["rows"]] == [
        "feeds/harbor.jsonl#4", f"scrapes/{XSS_IMG}.txt", "feeds/harbor.jsonl#9",
    ]  # fmt: skip
    assert body["rows"][0]["detail"] == "line 4 is not JSON: fix the line."
    assert body["rows"][0]["seen_at"]
    with Store.open(web_db, readonly=True) as store:  # the CLI's query, the same rows
        assert body["rows"] == queries.skips(store)


def test_api_skips_filters_by_reason_and_pages(client: TestClient) -> None:
    rows = client.get("/api/skips?reason=encoding").json()["rows"]
    assert [r["reason"] for r in rows] == ["encoding"]
    first = client.get("/api/skips?reason=malformed&limit=1").json()
    assert [r["source"] for r in first["rows"]] == ["feeds/harbor.jsonl#4"]
    assert first["next"] == "/api/skips?reason=malformed&offset=1&limit=1"
    second = client.get(first["next"]).json()
    assert [r["source"] for r in second["rows"]] == ["feeds/harbor.jsonl#9"]
    assert second["next"] is None
    assert client.get("/api/skips?reason=too_large").json()["rows"] == []
    assert len(client.get("/api/skips?reason=").json()["rows"]) == 3  # empty: every reason


def test_api_skips_bad_reason_names_the_valid_ones(client: TestClient) -> None:
    r = client.get("/api/skips?reason=broken")
    body = r.json()
    assert r.status_code == 400 and body["ok"] is False
    assert "reason" in body["error"]
    for valid in ("malformed", "duplicate_id", "not_english", "worker_error"):
        assert valid in body["error"]


def test_skips_page_shows_the_reasons_and_escapes_the_text(client: TestClient) -> None:
    page = client.get("/skips").text
    assert "feeds/harbor.jsonl#9" in page and "line 9 has no text" in page
    assert '<option value="malformed">malformed (2)</option>' in page
    assert 'href="/api/skips"' in page  # its JSON
    assert XSS_SCRIPT not in page and XSS_IMG not in page
    narrowed = client.get("/skips?reason=encoding").text
    assert "feeds/harbor.jsonl" not in narrowed and "byte 0xff" in narrowed
    assert '<option value="encoding" selected>' in narrowed
    assert "No input was skipped as too_large" in client.get("/skips?reason=too_large").text
    assert client.get("/skips?reason=broken").status_code == 400


def test_home_page_links_the_skips_by_reason(client: TestClient) -> None:
    page = client.get("/").text
    assert 'href="/skips"' in page and 'href="/skips?reason=malformed"' in page


def test_home_page_of_a_store_without_skips_leaves_them_out(tmp_path: Path) -> None:
    from onrecord.web import create_app

    with Store.open(tmp_path / "empty.db"):
        pass
    with TestClient(create_app(tmp_path / "empty.db")) as c:
        assert "/skips" not in c.get("/").text
        assert "every one became an article" in c.get("/skips").text
