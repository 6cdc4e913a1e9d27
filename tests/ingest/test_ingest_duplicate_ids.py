"""Two different articles under one id in a JSON Lines file: the first keeps the id, the
second is a ``duplicate_id`` skip naming both lines, never stored under the same id nor lost
without a word. Every input is invented here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from onrecord.ingest import read_articles
from onrecord.models import Article, Record, Skipped
from onrecord.runners.local import ingest_items
from onrecord.store import Store

LOCKS = (
    "Harbourmaster Ines Calloway said on Tuesday that the Wrenfield locks would reopen to "
    "barges in June, and the canal trust said the new gates had already been delivered."
)
FERRY = (
    "Councillor Bram Oduya said on Friday that the Quillport ferry would not run before "
    "autumn, and the harbour authority said the pier repairs were only half done."
)


def _feed(tmp_path: Path, rows: list[dict[str, Any]], name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_second_article_under_a_used_id_is_a_duplicate_id_skip(tmp_path: Path) -> None:
    feed = _feed(
        tmp_path,
        [{"id": "n1", "text": LOCKS}, {"id": "n2", "text": FERRY}, {"id": "n1", "text": FERRY}],
    )
    first, second, third = read_articles([feed])
    assert isinstance(first, Article) and first.id == "n1"
    assert isinstance(second, Article) and second.id == "n2"
    assert isinstance(third, Skipped)
    assert third.reason == "duplicate_id"
    assert third.source == f"{feed}:3"
    assert "'n1'" in third.detail and f"{feed}:1" in third.detail  # both lines named
    assert "own id" in third.detail  # what to do


def test_whole_number_and_string_ids_are_the_same_id(tmp_path: Path) -> None:
    feed = _feed(tmp_path, [{"id": 7, "text": LOCKS}, {"id": "7", "text": FERRY}])
    items = list(read_articles([feed]))
    assert [getattr(i, "reason", "article") for i in items] == ["article", "duplicate_id"]


def test_same_text_under_the_same_id_is_left_to_the_duplicate_check(tmp_path: Path) -> None:
    feed = _feed(tmp_path, [{"id": "n1", "text": LOCKS}, {"id": "n1", "text": LOCKS}])
    items = list(read_articles([feed]))
    assert all(isinstance(i, Article) for i in items)  # the runner reports the copy


def test_ids_are_checked_per_file_and_articles_without_ids_never_clash(tmp_path: Path) -> None:
    a = _feed(tmp_path, [{"id": "1", "text": LOCKS}], name="a.jsonl")
    b = _feed(tmp_path, [{"id": "1", "text": FERRY}, {"text": LOCKS + " More."}], name="b.jsonl")
    items = list(read_articles([a, b]))
    assert all(isinstance(i, Article) for i in items)


class _Quoting:
    """A stand-in extractor: a record without statements for every article."""

    def pipe_safe(
        self, items: Iterable[Article | Skipped], *, batch_size: int = 16
    ) -> Iterator[Record | Skipped]:
        for item in items:
            yield item if isinstance(item, Skipped) else Record(item, ())


def test_duplicate_id_is_stored_as_a_skip_and_the_first_article_kept(tmp_path: Path) -> None:
    feed = _feed(
        tmp_path,
        [{"id": "n1", "text": LOCKS}, {"id": "n1", "text": FERRY}, {"id": "n1", "text": LOCKS}],
    )
    with Store.open(":memory:") as store:
        report = ingest_items(read_articles([feed]), store, extractor=_Quoting())
        assert report.records == 1
        assert sorted(s.reason for s in report.skipped) == ["duplicate", "duplicate_id"]
        rows = store.conn.execute("SELECT uid, text FROM articles").fetchall()
        assert rows == [("n1", LOCKS)]
        skips = store.conn.execute("SELECT source, reason FROM skips ORDER BY id").fetchall()
        assert (f"{feed}:2", "duplicate_id") in skips
