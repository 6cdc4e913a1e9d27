"""The local runner: read articles, drop the ones already stored, extract, store in batches.

One process writes (this one); with ``workers > 1`` the NLP runs in a process pool, one
:class:`~onrecord.extractor.Extractor` per worker, and records come back in input order, so
the store is the same whatever the number of workers. Records and skips are committed
together every ``commit_every`` outputs: a crash or Ctrl-C loses at most the batch in
flight, and running again skips what was committed and resumes after it.

Each record carries its reading (the spaCy pipeline and the cue setting), which the store keeps
with its article; a run that adds articles to a store holding articles read another way says so
in its report (``RunReport.mixed``) and in a logged warning (or to ``on_mixed``), and goes on.
"""

from __future__ import annotations

import collections
import concurrent.futures
import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..errors import PipelineError
from ..models import Article, MixedReadings, Reading, Record, RunReport, Skipped
from ..readings import mixed_readings, warn
from ..store import Store, text_hash

if TYPE_CHECKING:
    from ..ingest.dates import DateOrder
    from ..nlp.cue_weights import CueSetting, CueWeights

log = logging.getLogger(__name__)
# a duplicate is a skip: logged where every skip is, which the CLI (listing skips itself) quiets
skip_log = logging.getLogger("onrecord.ingest.skips")

Progress = Callable[[int, int], None]
# told of the readings a run stored next to articles the store read otherwise
OnMixed = Callable[[tuple[MixedReadings, ...]], None]


class Pipe(Protocol):
    """What the runner needs of an extractor (:meth:`Extractor.pipe_safe`)."""

    def pipe_safe(
        self, items: Iterable[Article | Skipped], *, batch_size: int = 16
    ) -> Iterator[Record | Skipped]: ...


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    published: str | None = None,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 16,
    progress: Progress | None = None,
    commit_every: int = 64,
    cue_weights: CueSetting = None,
    on_mixed: OnMixed | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    date_order: DateOrder | None = None,
) -> RunReport:
    """Read ``paths`` into ``store``; return what was stored and what was skipped.

    Args:
        paths: files, folders, ``.jsonl``, ``.warc``/``.warc.gz``, or ``"-"`` for stdin.
        store: an open, writable store. When it holds articles read another way (another cue
            setting or spaCy pipeline), the run goes on, and its report's ``mixed`` and a
            warning logged on ``onrecord.readings`` say so.
        published: a date (YYYY-MM-DD) that supplies or overrides every article's.
        model: the spaCy pipeline (default: ``ONRECORD_MODEL`` or the bundled one).
        workers: processes for the NLP; 1 runs it here.
        batch_size: articles per spaCy batch.
        progress: called as ``progress(articles_seen, skipped)`` after each article.
        commit_every: outputs per committed transaction.
        cue_weights: the learned pass's weights (see :class:`~onrecord.extractor.Extractor`),
            resolved here once, so that every worker reads the same.
        on_mixed: called with ``RunReport.mixed`` when the store now mixes readings, in place
            of the logged warning (the CLI prints it itself).
        encoding: the encoding of text inputs that are not UTF-8 (``latin-1``, ``cp1252``).
        max_bytes: inputs larger than this are skipped as ``too_large`` (default:
            ``ONRECORD_MAX_BYTES`` or 20,000,000).
        date_order: how an ambiguous slash date ("04/05/2026") is read: "month-first" or
            "day-first" (default: ``ONRECORD_DATE_ORDER`` or month-first).

    Raises:
        UsageError: ``published`` is not a date.
        ModelNotFound: the spaCy model is not installed.
        PipelineError: the cue weights asked for are missing or broken.
    """
    from ..config import default_max_bytes
    from ..ingest import read_articles
    from ..nlp.cue_weights import pinned

    weights = pinned(cue_weights)
    limit = max_bytes if max_bytes is not None else default_max_bytes()
    items = read_articles(
        paths, published=published, encoding=encoding, max_bytes=limit, date_order=date_order
    )
    if workers > 1:
        return ingest_items(items, store, model=model, workers=workers, batch_size=batch_size,
                            progress=progress, commit_every=commit_every,
                            cue_weights=weights, on_mixed=on_mixed)  # fmt: skip
    from ..extractor import Extractor

    extractor = Extractor(model, matters=False, cue_weights=weights)
    return ingest_items(items, store, extractor=extractor, batch_size=batch_size,
                        progress=progress, commit_every=commit_every,
                        on_mixed=on_mixed)  # fmt: skip


@dataclass
class _Writer:
    """Buffers outputs and commits records with skips, in input order, every ``every``."""

    store: Store
    every: int
    progress: Progress | None
    pending: dict[str, str] = field(default_factory=dict)  # url/hash -> source, not committed
    # article id -> (source, text hash) of the articles let through and not committed
    pending_ids: dict[str, tuple[str, str]] = field(default_factory=dict)
    records: list[Record] = field(default_factory=list)
    skips: list[Skipped] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    stored: int = 0
    statements: int = 0
    seen: int = 0
    already: int = 0
    skipped_before: int = 0  # skips an earlier run stored: reported by it, counted here
    readings: collections.Counter[Reading] = field(default_factory=collections.Counter)

    def fresh(self, items: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
        """Pass skips through; drop articles already stored, before any NLP work."""
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            digest = text_hash(item.text)
            found = self.store.find_article(item.url, digest)
            source = found[1] if found else self.pending.get(digest)
            if source is None and item.url:
                source = self.pending.get(item.url)
            if source is None and (taken := self.id_taken(item, digest)) is not None:
                yield taken
            elif source is None:
                self.pending[digest] = item.source
                self.pending_ids[item.id] = (item.source, digest)
                if item.url:
                    self.pending[item.url] = item.source
                yield item
            elif source == item.source:  # stored by an earlier run: resume past it
                self.already += 1
                self.tick()
            else:
                skip_log.warning("skipped %s (duplicate): duplicate of %s", item.source, source)
                yield Skipped(item.source, "duplicate", f"the same article as {source}")

    def id_taken(self, article: Article, digest: str) -> Skipped | None:
        """A ``duplicate_id`` skip when another article holds ``article.id``: stored by an
        earlier run, or earlier in this one and not yet committed; the first keeps it."""
        from ..ingest.ids import duplicate_id
        from ..ingest.skips import skip

        if (stored := self.store.find_uid(article.id, digest)) is not None:
            return skip(duplicate_id(article, stored, stored=True))
        first = self.pending_ids.get(article.id)
        if first is not None and first[1] != digest:
            return skip(duplicate_id(article, first[0]))
        return None

    def add(self, item: Record | Skipped) -> None:
        if isinstance(item, Skipped):
            self.skips.append(item)
            self.forget(item.source)
        else:
            self.records.append(item)
        self.tick()
        if len(self.records) + len(self.skips) >= self.every:
            self.flush()

    def forget(self, source: str) -> None:
        """An article that failed after :meth:`fresh` let it through is not stored: a later
        copy of it is read in its turn, not skipped as a duplicate of nothing."""
        for key in [k for k, v in self.pending.items() if v == source]:
            del self.pending[key]
        for key in [k for k, (v, _) in self.pending_ids.items() if v == source]:
            del self.pending_ids[key]

    def tick(self) -> None:
        self.seen += 1
        if self.progress is not None:
            self.progress(self.seen, len(self.skipped) + len(self.skips))

    def flush(self) -> None:
        if not self.records and not self.skips:
            return
        with self.store.transaction():
            new = [r for r in self.records if self.store.add_record(r)]
            known = [s for s in self.skips if self.store.has_skip(s.source, s.reason)]
            if self.skips:
                self.store.add_skips(self.skips)
        self.stored += len(new)
        self.statements += sum(len(r.statements) for r in new)
        self.readings.update(r.reading for r in new if r.reading is not None)
        self.skipped += [s for s in self.skips if s not in known]  # reported by an earlier run
        self.skipped_before += len(known)
        for r in self.records:  # committed: the store answers for them now
            self.pending.pop(text_hash(r.article.text), None)
            self.pending_ids.pop(r.article.id, None)
            if r.article.url:
                self.pending.pop(r.article.url, None)
        log.info("committed %d records and %d skips", len(new), len(self.skips))
        self.records, self.skips = [], []

    def report(self, on_mixed: OnMixed | None = None) -> RunReport:
        if self.already:
            log.info("%d articles were already stored", self.already)
        mixed = mixed_readings(self.store.readings(), self.readings) if self.readings else ()
        if mixed and on_mixed is not None:
            on_mixed(mixed)
        else:
            warn(mixed, self.store.path)
        return RunReport(records=self.stored, statements=self.statements,
                         skipped=tuple(self.skipped), mixed=mixed, already=self.already,
                         skipped_before=self.skipped_before)  # fmt: skip


def ingest_items(
    items: Iterable[Article | Skipped],
    store: Store,
    *,
    extractor: Pipe | None = None,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 16,
    progress: Progress | None = None,
    commit_every: int = 64,
    cue_weights: CueSetting = None,
    on_mixed: OnMixed | None = None,
) -> RunReport:
    """Like :func:`ingest`, over articles and skips already read (from any source).

    Args:
        items: articles and skips, in input order.
        store: an open, writable store.
        extractor: runs the NLP in this process (anything with ``pipe_safe``); used when
            ``workers`` is 1, and built from ``model`` when not given.
        model, workers, batch_size, progress, commit_every, cue_weights, on_mixed: as in
            :func:`ingest` (``cue_weights`` is unused when ``extractor`` is given).
    """
    writer = _Writer(store, max(1, commit_every), progress)
    try:
        if workers > 1:
            from ..nlp.cue_weights import pinned

            weights = pinned(cue_weights)
            outputs = _pooled(writer.fresh(items), model, weights, workers, batch_size)
        else:
            if extractor is None:
                from ..extractor import Extractor

                extractor = Extractor(model, matters=False, cue_weights=cue_weights)
            outputs = extractor.pipe_safe(writer.fresh(items), batch_size=batch_size)
        for item in outputs:
            writer.add(item)
        writer.flush()
    except BaseException:
        log.warning("stopped: %d records are committed; run again to resume", writer.stored)
        raise
    return writer.report(on_mixed)


# -- the process pool -------------------------------------------------------------------------

_worker: Pipe | None = None
_failed: PipelineError | None = None  # why the worker could not start


def _init_worker(model: str | None, weights: CueWeights | str) -> None:
    global _worker, _failed
    from ..extractor import Extractor

    try:
        _worker = Extractor(model, matters=False, cue_weights=weights)
    except Exception as e:  # said by the first batch, in the caller: not as a broken pool
        _failed = PipelineError(f"A worker process could not start: {e}")


def _work(batch: Sequence[Article], batch_size: int) -> list[Record | Skipped]:
    if _failed is not None:
        raise _failed
    assert _worker is not None, "the worker was not initialized"
    return list(_worker.pipe_safe(batch, batch_size=batch_size))


def _pooled(
    items: Iterable[Article | Skipped],
    model: str | None,
    weights: CueWeights | str,
    workers: int,
    batch_size: int,
) -> Iterator[Record | Skipped]:
    """Outputs of a process pool, in input order, with at most ``2 * workers`` batches out."""
    ctx = multiprocessing.get_context("spawn")  # never fork a process holding SQLite and spaCy
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(model, weights)
    )
    queue: collections.deque[concurrent.futures.Future[list[Record | Skipped]] | Skipped]
    queue = collections.deque()
    try:
        batch: list[Article] = []
        for item in items:
            if isinstance(item, Skipped):
                if batch:
                    queue.append(pool.submit(_work, batch, batch_size))
                    batch = []
                queue.append(item)
            else:
                batch.append(item)
                if len(batch) >= batch_size:
                    queue.append(pool.submit(_work, batch, batch_size))
                    batch = []
            while sum(not isinstance(q, Skipped) for q in queue) >= 2 * workers:
                yield from _drain_one(queue)
        if batch:
            queue.append(pool.submit(_work, batch, batch_size))
        while queue:
            yield from _drain_one(queue)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _drain_one(
    queue: collections.deque[concurrent.futures.Future[list[Record | Skipped]] | Skipped],
) -> Iterator[Record | Skipped]:
    head = queue.popleft()
    if isinstance(head, Skipped):
        yield head
    else:
        yield from head.result()
