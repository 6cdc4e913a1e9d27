from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from onrecord.store import Store, migrations
from onrecord.store.errors import SchemaTooNew, SchemaTooOld, StoreError, StoreNotFound

TABLES = {
    "articles", "outlets", "statements", "speakers", "aliases", "roles", "mentions", "times",
    "skips", "statements_fts", migrations.HISTORY,
}  # fmt: skip


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()


def test_migrations_apply_to_an_empty_database() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    done = migrations.apply(conn)
    assert done == [step.name for step in migrations.MIGRATIONS]
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names >= TABLES
    assert migrations.applied(conn) == done


def test_migrations_reapply_is_a_no_op() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrations.apply(conn)
    before = _schema(conn)
    assert migrations.apply(conn) == []
    assert _schema(conn) == before
    assert migrations.pending(conn) == []


def test_migrations_reopen_file_store_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    with Store.open(db) as store:
        schema = _schema(store.conn)
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store.open(db) as store:
        assert _schema(store.conn) == schema


def test_migrations_newer_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    with Store.open(db) as store:
        store.conn.execute(
            f"INSERT INTO {migrations.HISTORY} (name, applied_at) VALUES ('m999_future', 'x')"
        )
    for readonly in (False, True):
        with pytest.raises(SchemaTooNew, match=r"m999_future.*pip install --upgrade onrecord"):
            Store.open(db, readonly=readonly)


def test_migrations_readonly_old_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    sqlite3.connect(db).close()
    with pytest.raises(SchemaTooOld, match="onrecord stats --db"):
        Store.open(db, readonly=True)


def test_migrations_failure_rolls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    def m900_broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    steps = [*migrations.MIGRATIONS, migrations._Step("m900_broken", m900_broken)]
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    with pytest.raises(RuntimeError):
        migrations.apply(conn)
    tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    assert "m900_broken" not in migrations.applied(conn)
    assert migrations.pending(conn) == ["m900_broken"]


def test_store_open_missing_or_bad_file(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFound, match="onrecord ingest"):
        Store.open(tmp_path / "missing.db", create=False)
    with pytest.raises(StoreNotFound):
        Store.open(tmp_path / "missing.db", readonly=True)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="Is it an onrecord database"):
        Store.open(bad)
