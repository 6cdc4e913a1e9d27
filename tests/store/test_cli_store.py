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


def test_cli_speaker_csv_keeps_the_lists(runner: CliRunner, db: str) -> None:
    # key/value CSV: a list (roles, outlets) is one cell of JSON text, never dropped
    code, out = invoke(runner, "speaker", "Sarah Sanders", "--db", db, "--csv")
    assert code == 0
    cells = {r["key"]: r["value"] for r in csv.DictReader(io.StringIO(out))}
    assert cells["name"] == "Sarah Sanders"
    assert json.loads(cells["roles"])[0]["role"] == "press secretary"
    assert json.loads(cells["outlets"])[0]["statements"] == 1


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


@pytest.mark.parametrize("text", ["", "   "])
def test_cli_search_of_nothing_is_a_usage_error(runner: CliRunner, db: str, text: str) -> None:
    code, out = invoke(runner, "search", text, "--db", db)
    assert code == 2
    assert "it is empty; give the words to look for" in out


def test_cli_skips_reason_is_one_of_the_reasons(runner: CliRunner, db: str) -> None:
    code, out = invoke(runner, "skips", "--db", db, "--reason", "no_article", "--nl")
    assert code == 0 and json.loads(out)["source"] == "bad.html"
    code, out = invoke(runner, "skips", "--db", db, "--reason", "no-article")  # a typo
    assert code == 2
    assert "'no-article' is not one of" in out and "duplicate_id" in out


def test_cli_skips_table_says_which_input_and_why(runner: CliRunner, db: str) -> None:
    code, out = invoke(runner, "skips", "--db", db, "--table")
    assert code == 0
    header, _, row = out.splitlines()[:3]
    assert header.split()[:2] == ["source", "reason"]
    assert row.split()[:2] == ["bad.html", "no_article"]


@pytest.mark.parametrize(
    ("flag", "value"),
    [("--since", "March 2024"), ("--since", "2024-13-01"), ("--until", "2024-02-30"),
     ("--until", "yesterday")],
)  # fmt: skip
def test_cli_statement_dates_that_are_not_dates_are_refused(
    runner: CliRunner, db: str, flag: str, value: str
) -> None:
    for command in ("statements", "export"):
        code, out = invoke(runner, command, "--db", db, flag, value)
        assert code == 2, out
        assert f"{value!r} is not a date; write it as YYYY-MM-DD" in out


def test_cli_statement_dates_keep_month_and_year_prefixes(runner: CliRunner, db: str) -> None:
    code, out = invoke(runner, "statements", "--db", db, "--since", "2024-3")  # not zero-padded
    assert code == 2 and "write it as YYYY-MM-DD, or YYYY-MM or YYYY" in out
    code, out = invoke(runner, "statements", "--db", db, "--since", "2024", "--until", "2024-03")
    assert code == 0, out
    assert len(json.loads(out)) == 2
    code, out = invoke(runner, "statements", "--db", db, "--since", "2024-03-02", "--until", "2024")
    assert [r["speaker"] for r in json.loads(out)] == ["Bernie Sanders"]


@pytest.mark.parametrize("limit", ["0", "-5"])
def test_cli_limit_below_one_is_refused(runner: CliRunner, db: str, limit: str) -> None:
    code, out = invoke(runner, "statements", "--db", db, "--limit", limit)
    assert code == 2 and "Invalid value for '--limit'" in out


def test_cli_export_into_a_missing_folder_is_a_clean_error(
    runner: CliRunner, db: str, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "s.csv"
    result = runner.invoke(cli, ["export", "--db", db, "--format", "csv", "-o", str(target)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"Error: Cannot write {target}" in result.output
    assert "Check that its folder exists" in result.output


@pytest.mark.model
def test_cli_ingest_reads_other_encodings_and_size_limits(
    runner: CliRunner, tmp_path: Path
) -> None:
    story = tmp_path / "cafe.txt"
    text = "Mayor José Ibarra said on Monday that the café tax would be cut in June."
    story.write_bytes(text.encode("latin-1"))
    db = str(tmp_path / "o.db")
    code, out = invoke(runner, "ingest", str(story), "--db", db)
    assert code == 1 and "1 encoding" in out  # the skip advises --encoding: it must exist
    code, out = invoke(runner, "ingest", str(story), "--db", db, "--encoding", "latin-1")
    assert code == 0, out
    assert "Stored 1 article(s)" in out
    code, out = invoke(runner, "speaker", "Ibarra", "--db", db)
    assert json.loads(out)["name"] == "José Ibarra"
    big = tmp_path / "big.txt"
    big.write_text("Governor Lena Ostrow said the dam would hold. " * 10, encoding="utf-8")
    code, out = invoke(runner, "ingest", str(big), "--db", db, "--max-bytes", "100")
    assert code == 1 and "1 too_large" in out


@pytest.mark.model
def test_cli_ingest_rerun_says_what_earlier_runs_did(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "a.jsonl"
    text = "Harbor director Elena Vela said on Monday that the ferry would run again in May."
    corpus.write_text(json.dumps({"id": "a", "text": text, "published": "2024-03-04"})
                      + "\n{broken\n", encoding="utf-8")  # fmt: skip
    db = str(tmp_path / "o.db")
    code, out = invoke(runner, "ingest", str(corpus), "--db", db)
    assert code == 1 and "already stored" not in out and "earlier run" not in out
    code, out = invoke(runner, "ingest", str(corpus), "--db", db)
    assert code == 0
    assert "Stored 0 article(s), 0 statement(s)" in out
    assert "; 1 already stored; 1 skipped by an earlier run (onrecord skips --db" in out


def test_cli_filters_that_name_nothing_stored_are_said(runner: CliRunner, db: str) -> None:
    for command in ("statements", "export"):
        result = runner.invoke(cli, [command, "--db", db, "--speaker", "Sandres"])
        assert result.exit_code == 0 and result.stdout.strip() in ("[]", "")
        assert "No speaker called 'Sandres' is in the store" in result.stderr
    result = runner.invoke(cli, ["statements", "--db", db, "--outlet", "The Bugel"])
    assert "No outlet called 'The Bugel' is in the store" in result.stderr
    result = runner.invoke(cli, ["statements", "--db", db, "--speaker", "Sanders", "--since",
                                 "2030-01-01"])  # fmt: skip
    assert json.loads(result.stdout) == [] and result.stderr == ""  # known, just none then


def test_cli_speaker_search_wildcards_match_only_themselves(runner: CliRunner, db: str) -> None:
    for text in ("_", "%"):
        assert json.loads(invoke(runner, "speakers", "--db", db, "--search", text)[1]) == []
    names = json.loads(invoke(runner, "speakers", "--db", db, "--search", "SANDERS")[1])
    assert sorted(r["name"] for r in names) == ["Bernie Sanders", "Sarah Sanders"]
