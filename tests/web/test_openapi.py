"""Property-based tests of the REST API against its own OpenAPI schema (schemathesis, in process).

Schemathesis generates valid and invalid parameters for every route; each response must
match its documented schema and status codes, never be a 500, and every JSON body carries
``ok`` (errors in the one shape).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

from onrecord.web import create_app  # noqa: E402

OPERATIONS = [
    "/api/stats", "/api/articles", "/api/articles/{article_id}", "/api/speakers",
    "/api/speakers/{speaker_id}", "/api/statements", "/api/search", "/api/outlets",
    "/api/matters", "/api/matters/{matter_id}", "/api/contradictions", "/api/skips",
]  # fmt: skip


@pytest.fixture(scope="module")
def api_schema(web_db: Path) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(web_db))


def test_openapi_lists_every_operation(api_schema: Any) -> None:
    paths = {r.ok().path for r in api_schema.get_all_operations()}
    assert paths == set(OPERATIONS)


@pytest.mark.parametrize("path", OPERATIONS)
def test_openapi_conformance(api_schema: Any, path: str) -> None:
    operation = api_schema[path]["GET"]

    @given(case=operation.as_strategy())
    @settings(max_examples=40, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    def check(case: Any) -> None:
        response = case.call()
        case.validate_response(response)
        assert response.status_code < 500
        body = response.json()
        assert isinstance(body.get("ok"), bool)
        if not body["ok"]:
            assert set(body) == {"ok", "error", "status"}
            assert body["status"] == response.status_code

    check()
