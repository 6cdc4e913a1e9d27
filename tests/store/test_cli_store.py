from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import onrecord.cli.store  # noqa: F401 -- registers the commands on the group
from onrecord.cli import cli
from onrecord.models import Record, Skipped
from onrecord.store import Store

MakeRecord = Callable[..., Record]


@pytest.fixture
def db(tmp_path: Path, make_record: MakeRecord) -> str:
    path = tmp_path / "o.db"
    with Store.open(path) as store:
        store.add_record(make_record(1, [("Sarah Sanders", "person", ["press secretary"])],
                                     content="tariffs will lower prices"))  # fmt: skip
        store.add_record(make_record(2, [("Bernie Sanders", "person", ["senator"])],
                                     outlet="The Bugle", published="2024-03-02"))  # fmt: skip
        store.add_skip(Skipped("bad.html", "no_article", "no article body"))
    return str(path)


def invoke(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.output


def test_cli_speakers_formats(runner: CliRunner, db: str) -> None:
    code, out = invoke(runner, "speakers", "--db", db)
    assert code == 0
    assert [r["name"] for r in json.loads(out)] == ["Sarah Sanders", "Bernie Sanders"]
    code, out = invoke(runner, "speakers", "--db", db, "--nl")
    assert [json.loads(line)["name"] for line in out.splitlines()] == [
        "Sarah Sanders", "Bernie Sanders"]  # fmt: skip
    code, out = invoke(runner, "speakers", "--db", db, "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["name"] == "Sarah Sanders" and rows[0]["statements"] == "1"
    code, out = invoke(runner, "speakers", "--db", db, "--table")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["id", "name", "type"] and "Bernie Sanders" in lines[3]


def test_cli_speaker(runner: CliRunner, db: str) -> None:
    code, out = invoke(runner, "speaker", "Sarah Sanders", "--db", db)
    assert code == 0
    obj = json.loads(out)
    assert obj["roles"][0]["role"] == "press secretary" and obj["outlets"][0]["statements"] == 1
    code, out = invoke(runner, "speaker", "Sanders", "--db", db, "--table")
    assert code == 0 and "name: Sarah Sanders" in out and "others:" in out


def test_cli_speaker_not_found(runner: CliRunner, db: str) -> None:
    code, out = invoke(runner, "speaker", "Nobody Here", "--db", db)
    assert code == 1
    assert "Error: No speaker called 'Nobody Here' is in the store" in out


def test_cli_statements_filters(runner: CliRunner, db: str) -> None:
    code, out = invoke(runner, "statements", "--db", db, "--speaker", "Sanders", "--nl")
    assert code == 0 and len(out.splitlines()) == 2
    code, out = invoke(runner, "statements", "--db", db, "--outlet", "The Bugle", "--since",
                       "2024-03-02", "--until", "2024-03-02")  # fmt: skip
    assert [r["speaker"] for r in json.loads(out)] == ["Bernie Sanders"]
    code, out = invoke(runner, "statements", "--db", db, "--search", "tariffs", "--csv")
    assert next(iter(csv.DictReader(io.StringIO(out))))["speaker"] == "Sarah Sanders"


def test_cli_search_stats_skips(runner: CliRunner, db: str) -> None:
    code, out = invoke(runner, "search", "tariff", "--db", db)
    assert code == 0 and "[tariffs]" in json.loads(out)[0]["snippet"]
    code, out = invoke(runner, "stats", "--db", db)
    assert code == 0 and json.loads(out)["statements"] == 2
    code, out = invoke(runner, "stats", "--db", db, "--table")
    assert "articles: 2" in out
    code, out = invoke(runner, "skips", "--db", db, "--nl")
    assert json.loads(out)["reason"] == "no_article"


def test_cli_export(runner: CliRunner, db: str, tmp_path: Path) -> None:
    code, out = invoke(runner, "export", "--db", db)
    assert code == 0 and len(out.splitlines()) == 2
    target = tmp_path / "s.csv"
    code, out = invoke(runner, "export", "--db", db, "--format", "csv", "-o", str(target),
                       "--speaker", "Bernie Sanders")  # fmt: skip
    assert code == 0 and "Exported 1 statement(s)" in out
    assert target.read_text(encoding="utf-8").count("\n") == 2
    code, out = invoke(runner, "export", "--db", db, "--format", "parquet")
    assert code == 2 and "-o statements.parquet" in out


def test_cli_missing_store(runner: CliRunner, tmp_path: Path) -> None:
    code, out = invoke(runner, "stats", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "Error: There is no onrecord store at" in out
    assert not (tmp_path / "none.db").exists()


@pytest.mark.model
def test_cli_ingest(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "a.jsonl"
    text = '"The ferry will run again in May," said Elena Vela, the harbor director.'
    corpus.write_text(json.dumps({"id": "a", "text": text, "url": "https://x.test/a",
                                  "published": "2024-03-01"}) + "\n{broken\n")  # fmt: skip
    db = str(tmp_path / "o.db")
    code, out = invoke(runner, "ingest", str(corpus), "--db", db)
    assert code == 1, out
    assert "Stored 1 article(s)" in out and "1 malformed" in out
    code, out = invoke(runner, "ingest", str(corpus), "--db", db)
    assert code == 0 and "Stored 0 article(s)" in out
    code, out = invoke(runner, "speaker", "Vela", "--db", db)
    assert code == 0 and json.loads(out)["name"] == "Elena Vela"


def test_format_rows_table_hides_bookkeeping_columns_that_json_keeps() -> None:
    from onrecord.cli.store import format_rows

    rows = [{"id": 1, "speaker": "Ana Vela", "article_uid": "abc123", "content": "It holds."}]
    table = format_rows(rows, "table")
    assert "Ana Vela" in table
    assert "It holds." in table
    assert "article_uid" not in table
    assert "abc123" not in table
    assert '"article_uid": "abc123"' in format_rows(rows, "json")
    assert "article_uid" in format_rows(rows, "csv")
