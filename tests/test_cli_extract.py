"""``onrecord extract`` end to end through click: formats, batches, bad input, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.cli import cli

pytestmark = pytest.mark.model

ARTICLE = (
    "Harbor Town Weighs Ferry Cuts\n\n"
    "Skip to main content\n\n"
    "On Tuesday, Mayor Ana Lindqvist told the council that two ferry routes would close in "
    "January.\n\n"
    '"We cannot keep both boats running," Lindqvist said. "The numbers do not work."\n\n'
    "Share this article\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "ferry.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_cli_extract_json_single(runner, article: Path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["extract", str(article), "--published", "2023-11-16"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["title"] == "Harbor Town Weighs Ferry Cuts"
    assert "Skip to main content" not in data["article"]["text"]
    speakers = {s["speaker"]["name"] for s in data["statements"]}
    assert speakers == {"Ana Lindqvist"}
    told = next(s for s in data["statements"] if s["cue"]["text"] == "told")
    assert told["date"] == {"value": "2023-11-14", "text": "Tuesday", "basis": "sentence"}


def test_cli_extract_many_defaults_to_jsonl_and_reports_skips(runner, tmp_path, article) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = runner.invoke(cli, ["extract", str(article), str(empty), str(binary)])
    assert result.exit_code == 1
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert len(lines) == 1
    assert lines[0]["source"].endswith("ferry.txt")
    assert "empty.txt: empty" in result.stderr
    assert "photo.txt: binary" in result.stderr
    assert "1 article(s)" in result.stderr
    assert "2 skipped" in result.stderr


@pytest.mark.parametrize("fmt", ["table", "md"])
def test_cli_extract_human_formats(runner, article: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["extract", str(article), "--format", fmt, "--silent"])
    assert result.exit_code == 0, result.output
    assert "Ana Lindqvist" in result.stdout
    assert "We cannot keep both boats running" in result.stdout
    if fmt == "md":
        assert result.stdout.startswith("## Harbor Town Weighs Ferry Cuts")
        assert "| id | date | speaker |" in result.stdout


def test_cli_extract_stdin(runner) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["extract", "-", "--format", "json"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["statements"]


def test_cli_extract_bad_published_is_a_usage_error(runner, article: Path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["extract", str(article), "--published", "11/11/2017"])
    assert result.exit_code == 1
    assert "Error: --published must be a date in the form YYYY-MM-DD" in result.output


def test_cli_extract_single_bad_file_names_file_and_reason(runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Le maire a déclaré que le pont fermerait.".encode("latin-1"))
    result = runner.invoke(cli, ["extract", str(bad)])
    assert result.exit_code == 1
    assert "latin.txt" in result.stderr
    assert "encoding" in result.stderr


def test_cli_extract_missing_model_says_how_to_install(runner, article: Path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["extract", str(article), "--model", "xx_no_such_model"])
    assert result.exit_code == 1
    assert "spaCy model 'xx_no_such_model' is not installed" in result.output
    assert "--model / ONRECORD_MODEL" in result.output


def test_cli_extract_max_bytes_sets_the_size_limit(runner, article: Path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["extract", str(article), "--max-bytes", "100"])
    assert result.exit_code == 1
    assert "too_large" in result.output and "the limit of 100 bytes" in result.output
    result = runner.invoke(cli, ["extract", str(article)], env={"ONRECORD_MAX_BYTES": "100"})
    assert result.exit_code == 1 and "the limit of 100 bytes" in result.output
    result = runner.invoke(cli, ["extract", str(article), "--max-bytes", "100000"],
                           env={"ONRECORD_MAX_BYTES": "100"})  # fmt: skip
    assert result.exit_code == 0, result.output


def test_cli_extract_max_bytes_env_that_is_not_a_size_is_said(runner, article: Path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["extract", str(article)], env={"ONRECORD_MAX_BYTES": "20MB"})
    assert result.exit_code == 1
    assert "ONRECORD_MAX_BYTES is '20MB', not a number of bytes" in result.output
    assert "Traceback" not in result.output


def test_cli_extract_exit_code_3_when_nearly_all_fail_is_the_documented_one(
    runner, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    for command in ("extract", "timeline"):
        result = runner.invoke(cli, [command, str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
        assert result.exit_code == 3, result.output
        helped = runner.invoke(cli, [command, "--help"]).output
        assert "3: nearly all" in " ".join(helped.split())
