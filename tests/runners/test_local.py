from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from onrecord.ingest import read_articles
from onrecord.models import Article, Record, Skipped
from onrecord.runners.local import ingest, ingest_items
from onrecord.store import Store

Fake = Any  # tests/runners/conftest.py FakeExtractor
Dump = Any  # tests/runners/conftest.py Dump


@pytest.fixture
def corpus(tmp_path: Path, make_corpus: Callable[..., Path]) -> Path:
    return make_corpus(tmp_path / "corpus.jsonl", 12)


@pytest.fixture
def fake(fake_extractor: type[Fake]) -> Fake:
    return fake_extractor()


def run(corpus: Path, store: Store, fake: Fake, **kw: int) -> tuple[int, int, list[str]]:
    report = ingest_items(read_articles([corpus]), store, extractor=fake, **kw)
    return report.records, report.statements, sorted(s.reason for s in report.skipped)


def test_local_ingest_stores_records_and_skips(corpus: Path, fake: Fake) -> None:
    with Store.open(":memory:") as store:
        records, statements, reasons = run(corpus, store, fake, batch_size=2, commit_every=3)
        assert (records, statements) == (12, 12 * 4)
        assert reasons == ["duplicate", "empty", "malformed"]
        assert store.count("articles") == 12
        skips = store.conn.execute("SELECT source, reason, detail FROM skips ORDER BY id")
        dup = [r for r in skips if r[1] == "duplicate"]
        assert dup[0][0].endswith("corpus.jsonl:9") and "corpus.jsonl:2" in dup[0][2]
        assert "copy" not in " ".join(fake.seen) and len(fake.seen) == 12


def test_local_rerun_adds_nothing_and_skips_nlp(
    corpus: Path, tmp_path: Path, fake_extractor: type[Fake], dump: Dump
) -> None:
    db = tmp_path / "o.db"
    with Store.open(db) as store:
        run(corpus, store, fake_extractor())
    before = dump(db)
    again = fake_extractor()
    with Store.open(db) as store:
        records, _, reasons = run(corpus, store, again)
    assert records == 0 and again.seen == []  # the stored articles never reach the NLP
    assert reasons == []  # the same skips, already reported and stored once
    assert dump(db) == before


class Interrupting:
    """Wraps an extractor; Ctrl-C after ``after`` outputs."""

    def __init__(self, inner: Fake, after: int) -> None:
        self.inner, self.after = inner, after

    def pipe_safe(
        self, items: Iterable[Article | Skipped], *, batch_size: int = 16
    ) -> Iterator[Record | Skipped]:
        for n, out in enumerate(self.inner.pipe_safe(items, batch_size=batch_size)):
            if n == self.after:
                raise KeyboardInterrupt
            yield out


@pytest.mark.parametrize("after", [1, 5, 9])
def test_local_interrupted_run_resumes_to_the_same_store(
    corpus: Path, tmp_path: Path, after: int, fake_extractor: type[Fake], dump: Dump
) -> None:
    whole, cut = tmp_path / "whole.db", tmp_path / "cut.db"
    with Store.open(whole) as store:
        run(corpus, store, fake_extractor(), commit_every=3)
    with Store.open(cut) as store, pytest.raises(KeyboardInterrupt):
        run(corpus, store, Interrupting(fake_extractor(), after), commit_every=3)
    with Store.open(cut) as store:
        assert 0 <= store.count("articles") < 12
        run(corpus, store, fake_extractor(), commit_every=3)
    assert dump(cut) == dump(whole)


def test_local_progress_counts_articles_and_skips(corpus: Path, fake: Fake) -> None:
    calls: list[tuple[int, int]] = []
    with Store.open(":memory:") as store:
        ingest_items(read_articles([corpus]), store, extractor=fake, commit_every=4,
                     progress=lambda done, skipped: calls.append((done, skipped)))  # fmt: skip
    assert calls[-1][0] == 15
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)


@pytest.mark.model
def test_local_ingest_with_the_model_in_one_or_two_processes(
    tmp_path: Path, make_corpus: Callable[..., Path], dump: Dump
) -> None:
    corpus = make_corpus(tmp_path / "c.jsonl", 6, sentences=2)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    with Store.open(one) as store:
        report = ingest([corpus], store, batch_size=2, commit_every=3)
    assert report.records == 6 and report.statements > 6
    with Store.open(two) as store:
        ingest([corpus], store, workers=2, batch_size=2, commit_every=3)
    assert dump(one) == dump(two)


# -- SIGKILL in the middle of `onrecord ingest`, then run it again: the same store ---------

# the lead registers onrecord.cli.store in onrecord.cli; import it here so that it is there
CLI = "import onrecord.cli.store; from onrecord.cli import cli; cli()"
N = 40


def ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-c", CLI, "ingest", str(corpus), "--db", str(db), "--silent",
            "--batch-size", "2", "--commit-every", "4"]  # fmt: skip


def committed(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


@pytest.mark.model
def test_kill_mid_run_then_rerun_equals_an_uninterrupted_run(
    tmp_path: Path, make_corpus: Callable[..., Path], dump: Dump
) -> None:
    corpus = make_corpus(tmp_path / "corpus.jsonl", N, sentences=8)
    whole, cut = tmp_path / "whole.db", tmp_path / "cut.db"
    subprocess.run(ingest_cmd(corpus, whole), check=False, timeout=600)
    with Store.open(whole) as store:
        assert store.count("articles") == N

    proc = subprocess.Popen(ingest_cmd(corpus, cut))
    deadline = time.monotonic() + 300
    while committed(cut) < 8 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert 0 < committed(cut) < N

    rerun = subprocess.run(ingest_cmd(corpus, cut), check=False, timeout=600)
    assert rerun.returncode in (0, 1)  # 1 when some skips were not committed before the kill
    assert dump(cut) == dump(whole)
    again = subprocess.run(ingest_cmd(corpus, cut), check=False, timeout=600)
    assert again.returncode == 0 and dump(cut) == dump(whole)


def test_local_duplicate_is_logged_where_skips_are(
    corpus: Path, fake: Fake, caplog: pytest.LogCaptureFixture
) -> None:
    """The CLI lists skips itself and quiets ``onrecord.ingest.skips``: a duplicate logged
    anywhere else was printed twice, once as a bare WARNING line."""
    with (
        caplog.at_level("WARNING", logger="onrecord.ingest.skips"),
        Store.open(":memory:") as store,
    ):
        run(corpus, store, fake)
    dup = [r for r in caplog.records if "duplicate of" in r.getMessage()]
    assert len(dup) == 1 and dup[0].name == "onrecord.ingest.skips"
    assert "corpus.jsonl:9 (duplicate)" in dup[0].getMessage()


def test_copy_of_an_article_that_failed_is_read_not_called_its_duplicate(
    tmp_path: Path, fake: Fake
) -> None:
    class FailsFirst:
        """Fails the first article it is given (as spaCy fails one too long for it)."""

        def pipe_safe(
            self, items: Iterable[Article | Skipped], *, batch_size: int = 16
        ) -> Iterator[Record | Skipped]:
            for item in items:
                if isinstance(item, Article) and item.source.endswith(":1"):
                    yield Skipped(item.source, "too_large", "too long for the parser")
                else:
                    yield from fake.pipe_safe([item])

    text = "Elena Vela said the pier would reopen in May."
    feed = tmp_path / "feed.jsonl"
    feed.write_text(f'{{"id": "a", "text": "{text}"}}\n{{"id": "b", "text": "{text}"}}\n')
    with Store.open(":memory:") as store:
        report = ingest_items(read_articles([feed]), store, extractor=FailsFirst(), batch_size=1)
    assert report.records == 1
    assert [(s.source, s.reason) for s in report.skipped] == [(f"{feed}:1", "too_large")]
