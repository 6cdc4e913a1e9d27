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


def test_cli_serve_port_in_use_is_one_clear_error(
    runner: CliRunner, web_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(_cli(), ["serve", "--db", str(web_db), "--port", str(port)])
    assert result.exit_code == 2, result.output
    assert f"port {port} on 127.0.0.1 is already in use" in result.output
    assert "Pass --port with a free port" in result.output
    assert "serving" not in result.output and not calls  # no "serving at" line, no uvicorn


def test_cli_serve_port_0_names_the_port_it_serves_on(
    runner: CliRunner, web_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    result = runner.invoke(_cli(), ["serve", "--db", str(web_db), "--port", "0"])
    assert result.exit_code == 0, result.output
    port = calls[0]["port"]
    assert port > 0 and f"http://127.0.0.1:{port}/" in result.output


@pytest.mark.parametrize(
    ("code", "option", "words"),
    [("EACCES", "--port", "needs privileges"), ("EADDRNOTAVAIL", "--host", "not an address of "
      "this machine"), ("EADDRINUSE", "--port", "already in use")],
)  # fmt: skip
def test_cli_serve_bind_errors_say_which_option_to_change(
    code: str, option: str, words: str
) -> None:
    import errno

    from onrecord.cli.serve import bind_error

    err = bind_error(OSError(getattr(errno, code), "refused"), "10.1.2.3", 80)
    assert err.param_hint == f"'{option}'" and words in err.message
    assert f"Pass {option}" in err.message
