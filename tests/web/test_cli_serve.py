"""``onrecord serve``: loopback by default, a clean error without the store or the extra."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner


def _cli() -> Any:
    # imported here: importing the module registers ``serve`` on the group
    from onrecord.cli import cli
    from onrecord.cli.serve import serve  # noqa: F401

    return cli


def test_cli_serve_binds_loopback_by_default(
    runner: CliRunner, web_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    result = runner.invoke(_cli(), ["serve", "--db", str(web_db)])
    assert result.exit_code == 0, result.output
    assert (calls[0]["host"], calls[0]["port"]) == ("127.0.0.1", 8731)
    assert "http://127.0.0.1:8731/" in result.output


def test_cli_serve_other_host_and_port(
    runner: CliRunner, web_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    args = ["serve", "--db", str(web_db), "--host", "0.0.0.0", "--port", "9000"]
    assert runner.invoke(_cli(), args).exit_code == 0
    assert (calls[0]["host"], calls[0]["port"]) == ("0.0.0.0", 9000)


def test_cli_serve_missing_store(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(_cli(), ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "Error: There is no onrecord store at" in result.output
    assert not (tmp_path / "none.db").exists()


def test_cli_serve_missing_extra(
    runner: CliRunner, web_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = _cli()
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    result = runner.invoke(cli, ["serve", "--db", str(web_db)])
    assert result.exit_code == 1
    assert "Run: pip install 'onrecord[web]'" in result.output


def test_cli_serve_workers_import_the_app_from_the_environment(
    runner: CliRunner, web_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    from onrecord.web import ENV_DB, ENV_HOSTS, create_app_from_env

    monkeypatch.delenv(ENV_DB, raising=False)
    monkeypatch.delenv(ENV_HOSTS, raising=False)
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    result = runner.invoke(_cli(), ["serve", "--db", str(web_db), "--workers", "3"])
    assert result.exit_code == 0, result.output
    call = calls[0]
    assert call["app"] == "onrecord.web:create_app_from_env"
    assert (call["workers"], call["factory"], call["host"]) == (3, True, "127.0.0.1")
    assert "3 workers" in result.output
    # what each worker builds: the same store, loopback Host headers only
    from fastapi.testclient import TestClient

    with TestClient(create_app_from_env(), base_url="http://127.0.0.1") as worker:
        assert worker.get("/api/stats").json()["articles"] == 3
        assert worker.get("/api/stats", headers={"host": "evil.test"}).status_code == 400


def test_cli_serve_workers_must_be_positive(runner: CliRunner, web_db: Path) -> None:
    result = runner.invoke(_cli(), ["serve", "--db", str(web_db), "--workers", "0"])
    assert result.exit_code == 2
