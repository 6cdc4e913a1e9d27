"""The statement's basis (rules or learned weights) in the store and its exports."""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from onrecord.store import Store, migrations
from onrecord.store.export import export_statements

from .conftest import MakeRecord


def test_the_store_keeps_and_exports_the_basis(make_record: MakeRecord, tmp_path: Path) -> None:
    record = make_record(1, [("Sarah Voss", "person", []), ("Ilse Marrow", "person", [])])
    second = replace(record.statements[1], basis="learned")
    record = replace(record, statements=(record.statements[0], second))
    target = tmp_path / "s.csv"
    with Store.open(tmp_path / "b.db") as store:
        store.add_record(record)
        rows = store.conn.execute("SELECT basis FROM statements ORDER BY id").fetchall()
        assert rows == [("rules",), ("learned",)]
        assert export_statements(store, target, "csv") == 2
    with target.open(encoding="utf-8") as fh:
        got = {r["speaker"]: r["basis"] for r in csv.DictReader(fh)}
    assert got == {"Sarah Voss": "rules", "Ilse Marrow": "learned"}


def test_an_older_store_gains_the_column_with_rules_as_its_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    older = [s for s in migrations.MIGRATIONS if s.name != "m004_statement_basis"]
    monkeypatch.setattr(migrations, "MIGRATIONS", older)
    migrations.apply(conn)
    conn.execute(
        "INSERT INTO articles (uid, text_hash, source, text, added_at) "
        "VALUES ('u1', 'h1', 'a.txt', 'x', '2026-01-01')"
    )
    conn.execute(
        "INSERT INTO statements (uid, article_id, kind, content, content_start, content_end, "
        "speaker_type) VALUES ('s1', 1, 'indirect', 'x', 0, 1, 'person')"
    )
    monkeypatch.undo()
    assert migrations.apply(conn) == ["m004_statement_basis"]
    assert conn.execute("SELECT basis FROM statements").fetchall() == [("rules",)]
