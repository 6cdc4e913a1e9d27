"""Exports of the analysis: matters, stances and contradictions, from the library and the CLI."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.errors import MissingExtra, UsageError
from onrecord.matters.export import (
    CONTRADICTIONS,
    MATTERS,
    STANCES,
    export,
    export_contradictions,
    export_matters,
    export_stances,
)
from onrecord.matters.filters import SAID_DATE_SQL
from onrecord.matters.store import said_date
from onrecord.models import Record
from onrecord.store import Store

MakeRecord = Callable[..., Record]


def add_analysis(path: Path) -> dict[str, int]:
    """Two matters as ``onrecord analyze`` stores them: m1 (Quill yes, Renn no, one
    contradiction) and m2 (Renn hedged, a month later). Returns the statement ids by speaker
    and article."""
    conn = sqlite3.connect(path)
    sql = "SELECT a.uid, st.id FROM statements st JOIN articles a ON a.id = st.article_id"
    ids: dict[str, int] = dict(conn.execute(sql).fetchall())
    conn.executemany("INSERT INTO matters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        ("m1", "Will the Orlen ferry run in May?", "run ferry", 1, 1, 0, 0, "2024-03-01",
         "2024-03-02"),
        ("m2", "Will the Orlen ferry run in June?", "run ferry", 0, 0, 1, 0, "2024-04-01",
         "2024-04-01"),
    ])  # fmt: skip
    conn.executemany("INSERT INTO stances VALUES (?, ?, ?, ?, ?, NULL)", [
        ("m1", ids["a1"], "yes", 0.9, '["will run"]'),
        ("m1", ids["a2"], "no", 0.9, '["will not", "run, at all"]'),
        ("m2", ids["a3"], "hedged", 0.5, '["may"]'),
    ])  # fmt: skip
    sides = {}
    for key, stance in (("a1", "yes"), ("a2", "no")):
        sid, who, date, content, start, end = conn.execute(
            "SELECT st.id, st.speaker_name, st.date, st.content, st.content_start, "
            "st.content_end FROM statements st WHERE st.id = ?",
            [ids[key]],
        ).fetchone()
        sides[key] = {"statement": str(sid), "speaker": who, "date": date, "article": key,
                      "outlet": None, "text": content, "start": start, "end": end,
                      "stance": stance, "words": []}  # fmt: skip
    speaker = dict(conn.execute("SELECT id, speaker_id FROM statements"))
    evidence = {"id": "c1", "kind": "contradiction", "matter": "m1", "confidence": 0.9,
                "cue": None, "reason": "run vs not", "a": sides["a1"], "b": sides["a2"],
                "support": [], "pairs": 1}  # fmt: skip
    conn.execute(
        "INSERT INTO contradictions VALUES ('c1', 'contradiction', 'm1', ?, ?, ?, ?, "
        "'2024-03-01', '2024-03-02', 0.9, NULL, 'run vs not', ?)",
        [ids["a1"], ids["a2"], speaker[ids["a1"]], speaker[ids["a2"]], json.dumps(evidence)],
    )
    conn.commit()
    conn.close()
    return ids


@pytest.fixture
def db(tmp_path: Path, make_record: MakeRecord) -> Path:
    path = tmp_path / "analyzed.db"
    with Store.open(path) as store:
        store.add_record(make_record(1, [("Ada Quill", "person", [])], published="2024-03-01",
                                     content="the Orlen ferry will run in May"))  # fmt: skip
        store.add_record(make_record(2, [("Bo Renn", "person", [])], published="2024-03-02",
                                     outlet="The Bugle",
                                     content="the Orlen ferry will not run in May"))  # fmt: skip
        store.add_record(make_record(3, [("Bo Renn", "person", [])], published="2024-04-01",
                                     content="the Orlen ferry may run in June"))  # fmt: skip
    add_analysis(path)
    return path


def lines(buf: io.BytesIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in buf.getvalue().decode().splitlines()]


def test_export_matters_one_row_each_with_counts_and_dates(db: Path) -> None:
    buf = io.BytesIO()
    with Store.open(db, readonly=True) as store:
        assert export_matters(store, buf) == 2
    rows = lines(buf)
    assert [list(r) for r in rows] == [list(MATTERS.names)] * 2
    assert [(r["id"], r["statements"], r["contradictions"], r["first_date"], r["last_date"])
            for r in rows] == [("m1", 2, 1, "2024-03-01", "2024-03-02"),
                               ("m2", 1, 0, "2024-04-01", "2024-04-01")]  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"speaker": "Ada Quill"}, ["m1"]),
        ({"speaker": "renn"}, ["m1", "m2"]),
        ({"speaker": "Bo Renn", "since": "2024-03-15"}, ["m2"]),
        ({"speaker": "Ada Quill", "since": "2024-03-02"}, []),
        ({"until": "2024-03"}, ["m1"]),
        ({"search": "JUNE ferry"}, ["m2"]),
        ({"disputed": True}, ["m1"]),
        ({"min_statements": 2}, ["m1"]),
        ({"speaker": "Nobody Here"}, []),
    ],
)
def test_export_matters_filters(db: Path, filters: dict[str, object], expected: list[str]) -> None:
    buf = io.BytesIO()
    with Store.open(db, readonly=True) as store:
        export_matters(store, buf, "jsonl", **filters)  # type: ignore[arg-type]
    assert [r["id"] for r in lines(buf)] == expected


def test_export_stances_rows_and_their_filters(db: Path, tmp_path: Path) -> None:
    buf = io.BytesIO()
    with Store.open(db, readonly=True) as store:
        assert export_stances(store, buf) == 3
        rows = lines(buf)
        assert [list(r) for r in rows] == [list(STANCES.names)] * 3
        first = rows[0]
        assert (first["matter_id"], first["question"], first["speaker"], first["date"],
                first["stance"], first["words"], first["url"]) == (
            "m1", "Will the Orlen ferry run in May?", "Ada Quill", "2024-03-01", "yes",
            ["will run"], "https://example.test/1")  # fmt: skip
        # the speaker's statements, not their matters' every statement
        buf = io.BytesIO()
        assert export_stances(store, buf, speaker="Bo Renn", until="2024-03") == 1
        assert [(r["matter_id"], r["stance"]) for r in lines(buf)] == [("m1", "no")]
        out = tmp_path / "stances.csv"
        assert export_stances(store, out, "csv", matter_id="m1") == 2
    rows_csv = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert json.loads(rows_csv[1]["words"]) == ["will not", "run, at all"]


def test_export_contradictions_carry_both_sides_evidence(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pairs.csv"
    with Store.open(db, readonly=True) as store:
        assert export_contradictions(store, out, "csv") == 1
        texts = dict(store.conn.execute("SELECT id, text FROM articles"))
    (row,) = csv.DictReader(out.open(encoding="utf-8", newline=""))
    assert list(row) == list(CONTRADICTIONS.names)
    assert (row["kind"], row["question"], row["a_speaker"], row["b_speaker"], row["b_outlet"]) == (
        "contradiction",
        "Will the Orlen ferry run in May?",
        "Ada Quill",
        "Bo Renn",
        "The Bugle",
    )
    for side in "ab":  # the offsets point at the quoted words in the article's text
        text = texts[int(row[f"{side}_article_id"])]
        start, end = int(row[f"{side}_content_start"]), int(row[f"{side}_content_end"])
        assert text[start:end] == row[f"{side}_text"]
    assert (row["a_date"], row["b_date"]) == ("2024-03-01", "2024-03-02")


def test_export_contradictions_filters(db: Path) -> None:
    with Store.open(db, readonly=True) as store:
        for filters, n in [({"speaker": "Quill"}, 1), ({"kind": "reversal"}, 0),
                           ({"since": "2024-04"}, 0), ({"matter_id": "m1"}, 1),
                           ({"min_confidence": 0.95}, 0)]:  # fmt: skip
            assert export_contradictions(store, io.BytesIO(), **filters) == n, filters  # type: ignore[arg-type]


def test_export_contradictions_until(db: Path) -> None:
    # c1's statements are dated 2024-03-01 and 2024-03-02
    with Store.open(db, readonly=True) as store:
        for filters, n in [({"until": "2024-02"}, 0), ({"until": "2024-03-01"}, 1),
                           ({"until": "2024-03"}, 1), ({"since": "2024-03-02", "until": "2024"}, 1),
                           ({"since": "2024-03-03", "until": "2024-04"}, 0)]:  # fmt: skip
            assert export(store, io.BytesIO(), "contradictions", **filters) == n, filters


@pytest.mark.parametrize("what", ["matters", "stances", "contradictions"])
def test_export_analysis_parquet_round_trip(db: Path, tmp_path: Path, what: str) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / f"{what}.parquet"
    with Store.open(db, readonly=True) as store:
        n = export(store, out, what, "parquet", batch_size=1)
    table = pq.read_table(out)
    assert table.num_rows == n > 0
    tables = {"matters": MATTERS, "stances": STANCES, "contradictions": CONTRADICTIONS}
    assert table.column_names == list(tables[what].names)
    if what == "stances":
        assert table.column("words").to_pylist()[0] == ["will run"]


def test_export_analysis_parquet_without_pyarrow(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)
    with Store.open(db, readonly=True) as store, pytest.raises(MissingExtra, match="parquet"):
        export(store, tmp_path / "m.parquet", "matters", "parquet")


def test_export_refuses_a_filter_the_rows_do_not_take(db: Path) -> None:
    with Store.open(db, readonly=True) as store:
        with pytest.raises(UsageError, match="cannot be filtered by kind, outlet"):
            export(store, io.BytesIO(), "matters", outlet="The Bugle", kind="reversal")
        with pytest.raises(UsageError, match="Choose one of: statements, matters, stances"):
            export(store, io.BytesIO(), "quotes")
        # an unset filter (None, empty, False) is no filter
        assert export(store, io.BytesIO(), "matters", outlet=None, disputed=False) == 2


@pytest.mark.parametrize(
    ("date", "published"),
    [(None, "2024-03-05"), ("2024-03-01", "2024-05-01"), ("2019", "2024-03-05"),
     ("2024", "2024-03-05"), ("2024-03", "2024-03-05"), ("2024-02", "2024-03-05"),
     ("2025", "2024-03-05"), ("2024-W02", "2024-03-05"), ("2024-03", None), ("", None)],
)  # fmt: skip
def test_said_date_sql_is_said_date(date: str | None, published: str | None) -> None:
    conn = sqlite3.connect(":memory:")
    sql = f"SELECT {SAID_DATE_SQL} FROM (SELECT ? AS date) st, (SELECT ? AS published) a"
    assert conn.execute(sql, [date, published]).fetchone()[0] == said_date(date, published)


# -- the command line ---------------------------------------------------------------------


def test_cli_export_matters_stances_contradictions(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "matters", "--db", str(db), "--format", "csv",
                                 "--disputed"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["m1"]
    result = runner.invoke(cli, ["export", "stances", "--db", str(db), "--speaker", "Ada Quill"])
    assert [json.loads(line)["stance"] for line in result.stdout.splitlines()] == ["yes"]
    out = tmp_path / "pairs.jsonl"
    result = runner.invoke(cli, ["export", "contradictions", "--db", str(db), "-o", str(out),
                                 "--kind", "contradiction", "--min-confidence", "0.5"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Exported 1 contradiction(s) to" in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["b_speaker"] == "Bo Renn"


def test_cli_export_refuses_a_filter_the_rows_do_not_take(db: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "matters", "--db", str(db), "--outlet", "X"])
    assert result.exit_code == 2
    assert "Exported matters cannot be filtered by outlet" in result.stderr


def test_cli_export_says_a_speaker_that_names_nobody(db: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "matters", "--db", str(db), "--speaker", "Zed"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "No speaker called 'Zed' is in the store" in result.stderr


def test_cli_export_parquet_to_stdout_names_the_rows(db: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "stances", "--db", str(db), "--format", "parquet"])
    assert result.exit_code == 2 and "add -o stances.parquet" in result.stderr


@pytest.mark.parametrize("command", ["matters", "statements", "speakers"])
def test_cli_an_empty_limit_is_the_default(db: Path, command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--db", str(db), "--limit", "", "--offset", ""])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)
