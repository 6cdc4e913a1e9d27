"""The docs describe what the code does: the CLI reference is current, every command documented."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import click
import pytest

import onrecord
from onrecord.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def _cli_docs_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("cli_docs", ROOT / "scripts" / "cli_docs.py")
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_docs_cli_reference_is_current() -> None:
    expected = _cli_docs_module().render()
    actual = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/cli.md is stale: run .venv/bin/python scripts/cli_docs.py"


@pytest.mark.parametrize("name", sorted(cli.commands) if isinstance(cli, click.Group) else [])
def test_docs_every_command_has_help_and_a_mention(name: str) -> None:
    command = cli.commands[name]  # type: ignore[attr-defined]
    assert command.help and len(command.help.strip()) > 20
    docs = (ROOT / "README.md").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md") if p.name != "cli.md"
    )
    assert re.search(rf"onrecord {re.escape(name)}\b", docs), f"no doc page shows {name!r}"


def test_docs_public_api_is_exported() -> None:
    for name in onrecord.__all__:
        assert getattr(onrecord, name) is not None
