"""The Ray runner: the NLP on a Ray cluster, the store written here.

For corpora that outgrow one machine. Articles are read and de-duplicated here, sent in
batches to a pool of Ray actors (one :class:`~onrecord.extractor.Extractor` each, loaded
once), and their records come back **in input order** to this process, the only writer of
the store. So the store is the same as a local run's, and a rerun resumes after what was
committed. An actor that dies (out of memory, a lost node) is restarted and its work retried;
when it dies for good, a new actor takes its place and its batches run again one article at a
time, so that only an article that kills its worker every time is lost, as a ``worker_error``
skip, and the run goes on. Needs the ``[ray]`` extra::

    pip install "onrecord[ray]"
    onrecord ingest corpus/ --runner ray                       # a local Ray instance
    onrecord ingest corpus/ --runner ray --ray-address auto    # the cluster of `ray start`
"""

from __future__ import annotations

import collections
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import MissingExtra, UsageError
from ..models import Article, Record, RunReport, Skipped
from .local import Pipe, Progress, ingest_items

if TYPE_CHECKING:
    from ..store import Store

log = logging.getLogger(__name__)

# actor restarts, and retries of a batch on a restarted actor, before its articles are skipped
RESTARTS = 2


class _Worker:
    """A Ray actor: one extractor, loaded once, run on batches of articles."""

    def __init__(self, model: str | None, make: Callable[[], Pipe] | None) -> None:
        if make is not None:
            self.extractor = make()
            return
        from ..extractor import Extractor

        self.extractor = Extractor(model, matters=False)

    def run(self, batch: Sequence[Article], batch_size: int) -> list[Record | Skipped]:
        return list(self.extractor.pipe_safe(batch, batch_size=batch_size))


def _ray() -> Any:
    try:
        import ray
    except ImportError as e:
        raise MissingExtra("The Ray runner (--runner ray)", "ray") from e
    return ray


class RayPipe:
    """Runs the NLP on Ray actors; usable wherever the local runner takes an extractor.

    Args:
        model: the spaCy pipeline each actor loads (default: ``ONRECORD_MODEL`` or bundled).
        actors: how many extractors; default: the cluster's CPUs (at least 1).
        address: a Ray cluster (``"auto"``, ``"ray://host:10001"``); ``None`` connects to the
            one this process already joined, or starts a local instance.
        in_flight: batches queued per actor; bounds the memory of a run.
        make: builds each actor's extractor instead (anything with ``pipe_safe``; it is
            pickled to the actors).
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        actors: int | None = None,
        address: str | None = None,
        in_flight: int = 2,
        make: Callable[[], Pipe] | None = None,
    ) -> None:
        if actors is not None and actors < 1:
            raise UsageError(f"actors must be at least 1, not {actors}")
        self.model = model
        self.actors = actors
        self.address = address
        self.in_flight = max(1, in_flight)
        self.make = make

    def pipe_safe(
        self, items: Iterable[Article | Skipped], *, batch_size: int = 16
    ) -> Iterator[Record | Skipped]:
        """Records and skips, in the order of ``items``; skips coming in pass through."""
        ray = _ray()
        if not ray.is_initialized():
            ray.init(address=self.address, include_dashboard=False, log_to_driver=False,
                     configure_logging=False)  # fmt: skip
        n = self.actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        pool = _Pool(ray, self.model, self.make, n, batch_size)
        queue: collections.deque[_Sent | Skipped] = collections.deque()
        try:
            batch: list[Article] = []
            for item in items:
                if isinstance(item, Skipped):
                    if batch:
                        queue.append(pool.submit(batch))
                        batch = []
                    queue.append(item)
                else:
                    batch.append(item)
                    if len(batch) >= batch_size:
                        queue.append(pool.submit(batch))
                        batch = []
                while sum(not isinstance(q, Skipped) for q in queue) >= self.in_flight * n:
                    yield from pool.collect(queue.popleft())
            if batch:
                queue.append(pool.submit(batch))
            while queue:
                yield from pool.collect(queue.popleft())
        finally:
            pool.close()


@dataclass(frozen=True)
class _Sent:
    ref: Any  # the ObjectRef of the actor's result
    slot: int  # which actor of the pool
    actor: Any  # the actor it was sent to (a replaced one is not replaced twice)
    batch: list[Article]


class _Pool:
    """Actors, round-robin; a dead one is replaced, and its batches are run again."""

    def __init__(
        self, ray: Any, model: str | None, make: Callable[[], Pipe] | None, n: int, size: int
    ) -> None:
        self.ray, self.model, self.make, self.size = ray, model, make, size
        remote = ray.remote(num_cpus=1, max_restarts=RESTARTS, max_task_retries=RESTARTS)
        self.cls = remote(_Worker)
        log.info("starting %d Ray actors", n)
        self.actors = [self.cls.remote(model, make) for _ in range(n)]
        self.turn = 0
        self.errors = (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError,
                       ray.exceptions.OutOfMemoryError)  # fmt: skip

    def submit(self, batch: list[Article]) -> _Sent:
        slot = self.turn % len(self.actors)
        self.turn += 1
        actor = self.actors[slot]
        return _Sent(actor.run.remote(batch, self.size), slot, actor, batch)

    def collect(self, item: _Sent | Skipped) -> list[Record | Skipped]:
        if isinstance(item, Skipped):
            return [item]
        try:
            return list(self.ray.get(item.ref))
        except self.errors as e:
            # the actor died for good (its restarts spent): replace it, then run the batch
            # again one article at a time, so that only an article that kills a worker is lost
            log.warning("a Ray actor died (%s); running its batch again", type(e).__name__)
            if self.actors[item.slot] is item.actor:
                self._replace(item.slot)
            return [self._alone(a) for a in item.batch]

    def _alone(self, article: Article) -> Record | Skipped:
        slot = self.turn % len(self.actors)
        self.turn += 1
        try:
            out: list[Record | Skipped] = self.ray.get(
                self.actors[slot].run.remote([article], self.size)
            )
            return out[0]
        except self.errors as e:
            self._replace(slot)
            why = f"the Ray worker running it died {RESTARTS + 1} times: {type(e).__name__}"
            log.warning("skipped %s: worker_error: %s", article.source, why)
            return Skipped(article.source, "worker_error", why)

    def _replace(self, slot: int) -> None:
        self.ray.kill(self.actors[slot])
        self.actors[slot] = self.cls.remote(self.model, self.make)

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)


def ingest_ray(
    paths: Iterable[str | Path],
    store: Store,
    *,
    published: str | None = None,
    model: str | None = None,
    actors: int | None = None,
    address: str | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
    commit_every: int = 64,
) -> RunReport:
    """Like :func:`onrecord.runners.local.ingest`, with the NLP on Ray (see :class:`RayPipe`).

    Raises:
        MissingExtra: Ray is not installed.
        UsageError: ``actors`` is below 1.
    """
    from ..ingest import read_articles

    pipe = RayPipe(model, actors=actors, address=address)
    items = read_articles(paths, published=published)
    return ingest_items(items, store, extractor=pipe, batch_size=batch_size,
                        progress=progress, commit_every=commit_every)  # fmt: skip
