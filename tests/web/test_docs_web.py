"""docs/web.md documents every route the app serves, pages and REST alike."""

from __future__ import annotations

from pathlib import Path

from onrecord.web import api, pages

ROOT = Path(__file__).resolve().parents[2]


def test_docs_web_every_route_is_documented() -> None:
    docs = (ROOT / "docs" / "web.md").read_text(encoding="utf-8")
    routes = [r.path for router in (api.router, pages.router) for r in router.routes]  # type: ignore[attr-defined]
    assert len(routes) > 15
    missing = [path for path in routes if f"`{path}`" not in docs]
    assert not missing, f"docs/web.md does not document {missing}"
    assert "`/openapi.json`" in docs and "onrecord serve" in docs
