"""Two different articles under one id in a JSON Lines file: the first keeps the id, the
second is a ``duplicate_id`` skip naming both lines, never stored under the same id nor lost
without a word. Every input is invented here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

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


def test_ids_are_checked_across_the_files_of_a_batch(tmp_path: Path) -> None:
    a = _feed(tmp_path, [{"id": "1", "text": LOCKS}], name="a.jsonl")
    b = _feed(tmp_path, [{"id": "1", "text": FERRY}, {"id": "2", "text": FERRY}], name="b.jsonl")
    first, clash, other = read_articles([a, b])
    assert isinstance(first, Article) and first.id == "1"
    assert isinstance(clash, Skipped) and clash.reason == "duplicate_id"
    assert clash.source == f"{b}:1" and f"{a}:1" in clash.detail
    assert isinstance(other, Article) and other.id == "2"


def test_articles_without_ids_never_clash(tmp_path: Path) -> None:
    a = _feed(tmp_path, [{"text": LOCKS}], name="a.jsonl")
    (tmp_path / "story.txt").write_text(FERRY, encoding="utf-8")
    b = _feed(tmp_path, [{"text": LOCKS + " More."}, {"text": FERRY}], name="b.jsonl")
    items = list(read_articles([a, tmp_path / "story.txt", b]))
    assert all(isinstance(i, Article) for i in items)  # the copy of story.txt: the runner's


@pytest.mark.parametrize("empty", ["", "   ", "\t\n", "\u200b", "\u00a0\ufeff"])
def test_an_empty_or_blank_id_is_malformed(tmp_path: Path, empty: str) -> None:
    feed = _feed(tmp_path, [{"id": empty, "text": LOCKS}, {"text": FERRY}])
    bad, good = read_articles([feed])
    assert isinstance(bad, Skipped) and bad.reason == "malformed"
    assert bad.source == f"{feed}:1"
    assert '"id" is' in bad.detail and "id of its own" in bad.detail
    assert 'leave "id" out' in bad.detail
    assert isinstance(good, Article)  # the next line is read


def test_an_id_with_words_round_it_is_kept_as_given(tmp_path: Path) -> None:
    feed = _feed(tmp_path, [{"id": " n7 ", "text": LOCKS}, {"id": 0, "text": FERRY}])
    first, second = read_articles([feed])
    assert isinstance(first, Article) and first.id == " n7 "
    assert isinstance(second, Article) and second.id == "0"  # a number is an id, even 0


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


def _ingest(store: Store, *paths: Path) -> Any:
    return ingest_items(read_articles(paths), store, extractor=_Quoting())


def test_an_id_already_stored_for_another_article_is_a_duplicate_id(tmp_path: Path) -> None:
    a = _feed(tmp_path, [{"id": "n1", "text": LOCKS}], name="a.jsonl")
    b = _feed(tmp_path, [{"id": "n1", "text": FERRY}, {"id": "n2", "text": FERRY}], name="b.jsonl")
    with Store.open(tmp_path / "record.db") as store:
        assert _ingest(store, a).records == 1
        report = _ingest(store, b)  # a later run, another file
        assert report.records == 1
        (clash,) = report.skipped
        assert (clash.source, clash.reason) == (f"{b}:1", "duplicate_id")
        assert f"{a}:1" in clash.detail and "already in the store" in clash.detail
        assert "own id" in clash.detail
        rows = store.conn.execute("SELECT uid, text FROM articles ORDER BY id").fetchall()
        assert rows == [("n1", LOCKS), ("n2", FERRY)]


def test_ingesting_the_same_articles_again_stays_idempotent(tmp_path: Path) -> None:
    a = _feed(tmp_path, [{"id": "n1", "text": LOCKS}, {"id": "n2", "text": FERRY}], "a.jsonl")
    copy = _feed(tmp_path, [{"id": "n1", "text": LOCKS}], name="copy.jsonl")
    with Store.open(tmp_path / "record.db") as store:
        assert _ingest(store, a).records == 2
        again = _ingest(store, a)
        assert (again.records, again.already, again.skipped) == (0, 2, ())
        copied = _ingest(store, copy)  # the same article, same id, from another file
        assert [s.reason for s in copied.skipped] == ["duplicate"]
        assert store.count("articles") == 2


def test_the_runner_checks_ids_of_items_from_anywhere(tmp_path: Path) -> None:
    """Items not read by ``read_articles`` (a caller's own reader) get the same check, within
    the run and before anything is committed."""
    first = Article(id="k9", source="mine:1", text=LOCKS)
    second = Article(id="k9", source="mine:2", text=FERRY)
    with Store.open(":memory:") as store:
        report = ingest_items([first, second], store, extractor=_Quoting(), commit_every=10)
        assert report.records == 1
        (clash,) = report.skipped
        assert (clash.source, clash.reason) == ("mine:2", "duplicate_id")
        assert "mine:1" in clash.detail and "already in the store" not in clash.detail


def test_ids_made_from_the_text_are_not_kept_and_the_runner_still_guards() -> None:
    """The reader remembers only ids the input gave (a crawl without ids keeps nothing), so an
    id given equal to another article's text hash passes it; the runner, which sees every id
    it lets through, refuses it."""
    from onrecord.ingest.article import article_id
    from onrecord.ingest.ids import unique_ids

    made = Article(id=article_id(LOCKS), source="story.txt", text=LOCKS)
    given = Article(id=article_id(LOCKS), source="feed.jsonl:1", text=FERRY)
    assert all(isinstance(i, Article) for i in unique_ids([made, given]))
    with Store.open(":memory:") as store:
        report = ingest_items(unique_ids([made, given]), store, extractor=_Quoting())
        assert report.records == 1
        assert [(s.source, s.reason) for s in report.skipped] == [("feed.jsonl:1", "duplicate_id")]
