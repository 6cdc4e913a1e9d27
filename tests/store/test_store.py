from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from onrecord.models import Record, Skipped
from onrecord.store import Store, text_hash
from onrecord.store.errors import StoreError

MakeRecord = Callable[..., Record]


def test_store_add_record_writes_every_table(make_record: MakeRecord, store: Store) -> None:
    record = make_record(
        1, [("Sarah Sanders", "person", ["press secretary"]), (None, "unknown", [])],
        entities=[("EPA", "organization", [])], conduit="CNN",
    )  # fmt: skip
    assert store.add_record(record) is True
    counts = {t: store.count(t) for t in ("articles", "statements", "outlets", "times", "mentions")}
    assert counts == {"articles": 1, "statements": 2, "outlets": 2, "times": 1, "mentions": 2}
    row = store.conn.execute(
        "SELECT a.url, a.title, o.name, a.credited_sources FROM articles a "
        "JOIN outlets o ON o.id = a.outlet_id"
    ).fetchone()
    assert row == ("https://example.test/1", "Story 1", "Daily Planet", "[]")
    st = store.conn.execute(
        "SELECT content, content_start, content_end, speaker_text, date, date_basis, c.name "
        "FROM statements JOIN outlets c ON c.id = conduit_outlet_id ORDER BY statements.id"
    ).fetchone()
    assert st[0] == record.article.text[st[1] : st[2]]
    assert st[3:] == ("Sarah Sanders", "2024-03-01", "published", "CNN")


def test_store_add_record_same_url_is_stored_once(make_record: MakeRecord, store: Store) -> None:
    first = make_record(1, [("Sarah Sanders", "person", [])])
    assert store.add_record(first)
    again = make_record(2, [("Sarah Sanders", "person", [])], url=first.article.url)
    assert store.add_record(again) is False
    assert store.count("articles") == 1 and store.count("statements") == 1


def test_store_add_record_same_text_is_stored_once(make_record: MakeRecord, store: Store) -> None:
    first = make_record(1, [("Sarah Sanders", "person", [])])
    assert store.add_record(first)
    text = "  " + first.article.text.upper().replace(" ", "\n ") + "\n"
    copy = replace(first, article=replace(first.article, text=text, url="https://other.test/x"))
    assert text_hash(text) == text_hash(first.article.text)
    assert store.add_record(copy) is False
    assert store.count("articles") == 1


def test_store_add_records_in_one_transaction(make_record: MakeRecord, store: Store) -> None:
    records = [make_record(n, [("Sarah Sanders", "person", [])]) for n in range(5)]
    assert store.add_records([*records, records[0]]) == 5
    assert store.conn.execute("SELECT statements FROM speakers").fetchone()[0] == 5


def test_store_failed_batch_leaves_nothing(make_record: MakeRecord, store: Store) -> None:
    good = make_record(1, [("Sarah Sanders", "person", [])])

    def add_then_fail() -> None:
        with store.transaction():
            store.add_record(good)
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        add_then_fail()
    assert store.count("articles") == 0 and store.count("speakers") == 0


def test_store_add_skip_is_idempotent(store: Store) -> None:
    store.add_skip(Skipped("a.txt", "empty", "nothing left"))
    store.add_skip(Skipped("a.txt", "empty", "nothing left"))
    store.add_skips([Skipped("b.html", "no_article", "no body"), Skipped("a.txt", "binary")])
    rows = store.conn.execute("SELECT source, reason FROM skips ORDER BY id").fetchall()
    assert rows == [("a.txt", "empty"), ("b.html", "no_article"), ("a.txt", "binary")]


def test_store_readonly_refuses_writes(make_record: MakeRecord, tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    with Store.open(db) as store:
        store.add_record(make_record(1, [("Sarah Sanders", "person", [])]))
    with Store.open(db, readonly=True) as ro:
        assert ro.count("articles") == 1
        with pytest.raises(StoreError, match="read-only"):
            ro.add_skip(Skipped("x", "empty"))


def test_store_removed_lines_are_json(make_record: MakeRecord, store: Store) -> None:
    from onrecord.models import RemovedLine

    record = make_record(1)
    article = replace(record.article, removed=(RemovedLine("Subscribe now", "cta"),),
                      credited_sources=("Reuters",))  # fmt: skip
    store.add_record(replace(record, article=article))
    removed, credited = store.conn.execute(
        "SELECT removed, credited_sources FROM articles"
    ).fetchone()
    assert json.loads(removed) == [{"text": "Subscribe now", "reason": "cta"}]
    assert json.loads(credited) == ["Reuters"]


def test_store_db_property_is_sqlite_utils(store: Store) -> None:
    assert "statements" in store.db.table_names()


def test_open_in_a_missing_folder_says_the_folder_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "o.db"
    with pytest.raises(StoreError, match=r"the folder .*no such folder does not exist"):
        Store.open(path)
    assert not path.parent.exists()


def test_open_a_file_sqlite_cannot_set_up_is_a_store_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from onrecord.store import migrations

    def fails(conn: sqlite3.Connection, name: str) -> None:
        raise sqlite3.OperationalError("disk I/O error")  # as for a device such as /dev/null

    monkeypatch.setattr(migrations, "apply", fails)
    with pytest.raises(StoreError, match=r"Cannot set up the store .*o\.db: disk I/O error"):
        Store.open(tmp_path / "o.db")
