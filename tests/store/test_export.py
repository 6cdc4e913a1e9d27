from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from onrecord.errors import MissingExtra, UsageError
from onrecord.models import Record
from onrecord.store import Store
from onrecord.store.export import COLUMNS, export_statements

MakeRecord = Callable[..., Record]


@pytest.fixture
def filled(make_record: MakeRecord, store: Store) -> Store:
    store.add_record(make_record(1, [("Sarah Sanders", "person", [])], published="2024-03-01",
                                 content='tariffs, "lower" prices'))  # fmt: skip
    store.add_record(make_record(2, [("Bernie Sanders", "person", [])], outlet="The Bugle",
                                 published="2024-03-02", content="bridge\nunsafe"))  # fmt: skip
    return store


def test_export_jsonl(filled: Store) -> None:
    buf = io.BytesIO()
    assert export_statements(filled, buf, "jsonl") == 2
    rows = [json.loads(line) for line in buf.getvalue().decode().splitlines()]
    assert [r["speaker"] for r in rows] == ["Bernie Sanders", "Sarah Sanders"]
    assert rows[1]["content"] == 'tariffs, "lower" prices (1.0)'
    assert (rows[0]["outlet"], rows[0]["date"], rows[0]["url"]) == (
        "The Bugle",
        "2024-03-02",
        "https://example.test/2",
    )
    assert set(rows[0]) == set(COLUMNS)


def test_export_csv_with_filter(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    assert export_statements(filled, out, "csv", speaker="Bernie Sanders") == 1
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [(r["speaker"], r["outlet"], r["content"]) for r in rows] == [
        ("Bernie Sanders", "The Bugle", "bridge\nunsafe (2.0)")]  # fmt: skip
    assert list(rows[0]) == list(COLUMNS)


def test_export_parquet_round_trip(filled: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "s.parquet"
    assert export_statements(filled, out, "parquet", batch_size=1) == 2
    table = pq.read_table(out)
    assert table.column_names == list(COLUMNS)
    assert table.column("speaker").to_pylist() == ["Bernie Sanders", "Sarah Sanders"]
    assert table.column("article_id").to_pylist() == [2, 1]


def test_export_parquet_empty(store: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "empty.parquet"
    assert export_statements(store, out, "parquet") == 0
    assert pq.read_table(out).num_rows == 0


def test_export_parquet_without_pyarrow(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)
    with pytest.raises(MissingExtra, match=r"pip install 'onrecord\[parquet\]'"):
        export_statements(filled, tmp_path / "x.parquet", "parquet")


def test_export_unknown_format(filled: Store) -> None:
    with pytest.raises(UsageError, match="jsonl, csv, parquet"):
        export_statements(filled, io.BytesIO(), "xml")  # type: ignore[arg-type]
