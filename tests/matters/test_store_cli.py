"""Matters in the store and on the command line, from hand-built records (no model)."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.matters import analyze_corpus, analyze_record
from onrecord.models import Article, Record, Span, Speaker, Statement, StatementDate
from onrecord.store import Store
from onrecord.store.migrations import MIGRATIONS


def statement(sid: str, text: str, speaker: str, date: str, offset: int) -> Statement:
    span = Span(text, offset, offset + len(text))
    return Statement(sid, "indirect", None, span, Speaker(speaker, "person"),
                     date=StatementDate(date, date, "sentence"), sentence=span)  # fmt: skip


def record(rid: str, published: str, parts: list[tuple[str, str, str]]) -> Record:
    text, statements = "", []
    for i, (said, speaker, date) in enumerate(parts):
        statements.append(statement(f"s{i + 1}", said, speaker, date, len(text)))
        text += said + " "
    return Record(Article(id=rid, source=f"{rid}.txt", text=text, published=published),
                  tuple(statements))  # fmt: skip


RECORDS = [
    record("r1", "2024-05-02", [
        ("The Lindqvist ferry terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        ("The Lindqvist ferry terminal will not reopen in June.", "Ivo Brandt", "2024-05-02"),
    ]),
    record("r2", "2024-05-21", [
        ("The Lindqvist ferry terminal will stay closed through the summer.", "Nora Quist",
         "2024-05-20"),
    ]),
]  # fmt: skip


@pytest.fixture(autouse=True)
def matter_commands() -> Iterator[None]:
    """Register the matter commands for the test only, as the lead wires them in later
    (the CLI reference test renders whatever ``cli`` holds)."""
    assert isinstance(cli, click.Group)
    before = set(cli.commands)
    module = importlib.import_module("onrecord.cli.matters")
    commands = [module.analyze, module.matters_cmd, module.matter_cmd, module.contradictions_cmd]
    for c in commands:
        cli.add_command(c)
    yield
    for c in commands:
        if c.name not in before:
            cli.commands.pop(c.name or "", None)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "m.db")
    with Store.open(path) as store:
        store.add_records(RECORDS)
    return path


def test_store_migration_is_last() -> None:
    assert MIGRATIONS[-1].name == "m006_article_uid_index"


def test_store_analyze_corpus_is_idempotent(db: str) -> None:
    with Store.open(db) as store:
        first = analyze_corpus(store).to_dict()
        second = analyze_corpus(store).to_dict()
        assert first == second
        assert (
            store.count("contradictions")
            == first["contradiction"] + first["reversal"] + (first["rebuttal"])
        )
    assert first["contradiction"] >= 1 and first["reversal"] >= 1


def test_store_analyze_record_to_dict() -> None:
    matters, found = analyze_record(RECORDS[0])
    assert len(matters) == 1 and len(found) == 1
    d = found[0].to_dict()
    assert d["kind"] == "contradiction" and {d["a"]["speaker"], d["b"]["speaker"]} == {  # type: ignore[index]
        "Nora Quist", "Ivo Brandt"}  # fmt: skip
    json.dumps(matters[0].to_dict())


def test_cli_analyze_matters_matter_contradictions(db: str) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["analyze", "--db", db])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["matters", "--db", db])
    rows = json.loads(result.output)
    assert rows[0]["question"] == "Will the Lindqvist ferry terminal reopen in June?"
    result = runner.invoke(cli, ["matter", rows[0]["id"], "--db", db])
    timeline = json.loads(result.output)["timeline"]
    assert [t["stance"] for t in timeline] == ["yes", "no", "no"]
    result = runner.invoke(cli, ["contradictions", "--db", db, "--speaker", "Ivo Brandt"])
    assert [r["kind"] for r in json.loads(result.output)] == ["contradiction"]
    result = runner.invoke(cli, ["contradictions", "--db", db, "--min-confidence", "0.99"])
    assert json.loads(result.output) == []


def test_cli_matter_not_found(db: str) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["analyze", "--db", db])
    result = runner.invoke(cli, ["matter", "nope", "--db", db])
    assert result.exit_code == 1
    assert "Error: No matter 'nope' in the store." in result.output


def test_cli_matters_before_analyze_say_how_to_compute_them(db: str) -> None:
    runner = CliRunner()
    for command in ("matters", "contradictions"):
        result = runner.invoke(cli, [command, "--db", db])
        assert result.exit_code == 0
        assert json.loads(result.stdout) == []
        assert f"No matters are stored in {db} yet" in result.stderr
        assert f"onrecord analyze --db {db}" in result.stderr
    runner.invoke(cli, ["analyze", "--db", db])
    result = runner.invoke(cli, ["contradictions", "--db", db, "--min-confidence", "0.99"])
    assert json.loads(result.stdout) == [] and result.stderr == ""


def test_cli_contradictions_since_must_be_a_date(db: str) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["analyze", "--db", db])
    result = runner.invoke(cli, ["contradictions", "--db", db, "--since", "May 2024"])
    assert result.exit_code == 2
    assert "'May 2024' is not a date" in result.output
    result = runner.invoke(cli, ["contradictions", "--db", db, "--since", "2024-05"])
    assert result.exit_code == 0 and len(json.loads(result.stdout)) >= 1


def test_cli_contradictions_of_a_speaker_not_stored_say_so(db: str) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["analyze", "--db", db])
    result = runner.invoke(cli, ["contradictions", "--db", db, "--speaker", "Ivo Brant"])
    assert json.loads(result.stdout) == []
    assert "No speaker called 'Ivo Brant' is in the store" in result.stderr
