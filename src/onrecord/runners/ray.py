"""The Ray runner: the NLP on a Ray cluster, the store written here.

For corpora that outgrow one machine. Articles are read and de-duplicated here, sent in
batches to a pool of Ray actors (one :class:`~onrecord.extractor.Extractor` each, loaded
once), and their records come back **in input order** to this process, the only writer of
the store. So the store is the same as a local run's, and a rerun resumes after what was
committed. An actor that dies (out of memory, a lost node) is restarted and its work retried;
when it dies for good, a new actor takes its place and its batches run again one article at a
time, so that only an article that kills its worker every time is lost, as a ``worker_error``
skip, and the run goes on. Each actor's extractor sets the reading of its records (its own
spaCy pipeline, the cue table sent from here), so the store says what each node ran. Needs
the ``[ray]`` extra::

    pip install "onrecord[ray]"
    onrecord ingest corpus/ --runner ray                       # a local Ray instance
    onrecord ingest corpus/ --runner ray --ray-address auto    # the cluster of `ray start`
"""

from __future__ import annotations

import collections
import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import MissingExtra, PipelineError, UsageError
from ..models import Article, Record, RunReport, Skipped
from .local import OnMixed, Pipe, Progress, ingest_items

if TYPE_CHECKING:
    from ..ingest.dates import DateOrder
    from ..nlp.cue_weights import CueSetting, CueWeights
    from ..store import Store

log = logging.getLogger(__name__)

# actor restarts, and retries of a batch on a restarted actor, before its articles are skipped
RESTARTS = 2
# seconds for the actors to load their extractors
READY_TIMEOUT = 600


class _Worker:
    """A Ray actor: one extractor, loaded once, run on batches of articles."""

    def __init__(self, make: Callable[[], Pipe]) -> None:
        self.extractor = make()

    def ready(self) -> bool:
        return True

    def run(self, batch: Sequence[Article], batch_size: int) -> list[Record | Skipped]:
        return list(self.extractor.pipe_safe(batch, batch_size=batch_size))


def _extractor(model: str | None, weights: CueWeights | str) -> Pipe:
    from ..extractor import Extractor

    return Extractor(model, matters=False, cue_weights=weights)


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
        cue_weights: the learned pass's weights (see :class:`~onrecord.extractor.Extractor`),
            resolved here and sent to the actors; unused when ``make`` is given.

    Raises:
        PipelineError: the cue weights asked for are missing or broken.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        actors: int | None = None,
        address: str | None = None,
        in_flight: int = 2,
        make: Callable[[], Pipe] | None = None,
        cue_weights: CueSetting = None,
    ) -> None:
        if actors is not None and actors < 1:
            raise UsageError(f"actors must be at least 1, not {actors}")
        self.actors = actors
        self.address = address
        self.in_flight = max(1, in_flight)
        if make is None:  # the weights as set here, not as each node's environment says
            from ..nlp.cue_weights import pinned

            make = functools.partial(_extractor, model, pinned(cue_weights))
        self.make: Callable[[], Pipe] = make

    def pipe_safe(
        self, items: Iterable[Article | Skipped], *, batch_size: int = 16
    ) -> Iterator[Record | Skipped]:
        """Records and skips, in the order of ``items``; skips coming in pass through.

        Raises:
            UsageError: no Ray cluster at ``address``, or more actors than its CPUs.
            PipelineError: the actors could not start (onrecord or the model missing there).
        """
        ray = _ray()
        started = not ray.is_initialized()
        pool: _Pool | None = None
        queue: collections.deque[_Sent | Skipped] = collections.deque()
        try:
            batch: list[Article] = []
            for item in items:
                if isinstance(item, Skipped):
                    if batch:
                        assert pool is not None  # made at the batch's first article
                        queue.append(pool.submit(batch))
                        batch = []
                    queue.append(item)
                    continue
                if pool is None:  # at the first article: a resumed run may have none
                    pool = self._pool(ray, batch_size)
                batch.append(item)
                if len(batch) >= batch_size:
                    queue.append(pool.submit(batch))
                    batch = []
                limit = self.in_flight * len(pool.actors)
                while sum(not isinstance(q, Skipped) for q in queue) >= limit:
                    yield from _collect(pool, queue.popleft())
            if batch:
                assert pool is not None
                queue.append(pool.submit(batch))
            while queue:
                yield from _collect(pool, queue.popleft())
        finally:
            if pool is not None:
                pool.close()
            if started and ray.is_initialized():
                ray.shutdown()

    def _pool(self, ray: Any, batch_size: int) -> _Pool:
        if not ray.is_initialized():
            try:
                ray.init(address=self.address, include_dashboard=False, log_to_driver=False,
                         configure_logging=False)  # fmt: skip
            except ConnectionError as e:
                raise UsageError(
                    f"No Ray cluster at {self.address!r} ({e}). Start one with 'ray start "
                    "--head', or leave --ray-address out to run a local Ray instance."
                ) from e
        cpus = int(ray.cluster_resources().get("CPU", 1))
        if self.actors is not None and self.actors > cpus:
            raise UsageError(
                f"{self.actors} actors need {self.actors} CPUs and the Ray cluster has {cpus}: "
                f"ask for {cpus} or fewer (--workers), or add nodes."
            )
        return _Pool(ray, self.make, self.actors or max(1, cpus), batch_size)


def _collect(pool: _Pool | None, item: _Sent | Skipped) -> list[Record | Skipped]:
    if isinstance(item, Skipped):
        return [item]
    assert pool is not None
    return pool.collect(item)


@dataclass(frozen=True)
class _Sent:
    ref: Any  # the ObjectRef of the actor's result
    slot: int  # which actor of the pool
    actor: Any  # the actor it was sent to (a replaced one is not replaced twice)
    batch: list[Article]


class _Pool:
    """Actors, round-robin; a dead one is replaced, and its batches are run again."""

    def __init__(self, ray: Any, make: Callable[[], Pipe], n: int, size: int) -> None:
        self.ray, self.make, self.size = ray, make, size
        remote = ray.remote(num_cpus=1, max_restarts=RESTARTS, max_task_retries=RESTARTS)
        self.cls = remote(_Worker)
        # the actor that runs a dead batch again, article by article, reserves no CPU: the
        # pool holds them all, and this one is short-lived and rare
        solo = ray.remote(num_cpus=0, max_restarts=RESTARTS, max_task_retries=RESTARTS)
        self.solo = solo(_Worker)
        self.errors = (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError,
                       ray.exceptions.OutOfMemoryError)  # fmt: skip
        log.info("starting %d Ray actors", n)
        self.actors = [self.cls.remote(make) for _ in range(n)]
        self.turn = 0
        self._ready(self.actors)

    def _ready(self, actors: list[Any]) -> None:
        """Wait until ``actors`` are built: an extractor that cannot load is an error of the
        run (say why), not a reason to skip every article."""
        try:
            self.ray.get([a.ready.remote() for a in actors], timeout=READY_TIMEOUT)
        except self.errors as e:
            self.close()
            cause = getattr(e, "cause", None) or e
            raise PipelineError(
                f"The Ray actors could not start: {cause}. Every node needs onrecord and the "
                "spaCy model installed (the same versions as here)."
            ) from e
        except self.ray.exceptions.GetTimeoutError as e:
            self.close()
            raise PipelineError(
                f"The Ray actors did not start within {READY_TIMEOUT} s: the cluster may lack "
                "free CPUs (each actor takes one). Ask for fewer actors (--workers)."
            ) from e

    def submit(self, batch: list[Article]) -> _Sent:
        slot = self.turn % len(self.actors)
        self.turn += 1
        actor = self.actors[slot]
        return _Sent(actor.run.remote(batch, self.size), slot, actor, batch)

    def collect(self, item: _Sent) -> list[Record | Skipped]:
        try:
            return list(self.ray.get(item.ref))
        except self.errors as e:
            # the actor died for good (its restarts spent): replace it, then run the batch
            # again one article at a time, each on an actor of its own, so that only an
            # article that kills its worker is lost
            log.warning("a Ray actor died (%s); running its batch again", type(e).__name__)
            if self.actors[item.slot] is item.actor:
                self.ray.kill(item.actor)
                self.actors[item.slot] = self.cls.remote(self.make)
            return self._one_by_one(item.batch)

    def _one_by_one(self, batch: list[Article]) -> list[Record | Skipped]:
        out: list[Record | Skipped] = []
        solo = self.solo.remote(self.make)
        try:
            for article in batch:
                try:
                    out += self.ray.get(solo.run.remote([article], self.size))
                except self.errors as e:  # this article killed a fresh worker, every time
                    why = f"it kills the Ray worker that runs it ({type(e).__name__}, " \
                          f"{RESTARTS} restarts)"  # fmt: skip
                    log.warning("skipped %s: worker_error: %s", article.source, why)
                    out.append(Skipped(article.source, "worker_error", why))
                    self.ray.kill(solo)
                    solo = self.solo.remote(self.make)
        finally:
            self.ray.kill(solo)
        return out

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
    cue_weights: CueSetting = None,
    on_mixed: OnMixed | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    date_order: DateOrder | None = None,
) -> RunReport:
    """Like :func:`onrecord.runners.local.ingest`, with the NLP on Ray (see :class:`RayPipe`).

    Raises:
        MissingExtra: Ray is not installed.
        UsageError: ``actors`` is below 1.
        PipelineError: the cue weights asked for are missing or broken.
    """
    from ..config import default_max_bytes
    from ..ingest import read_articles

    pipe = RayPipe(model, actors=actors, address=address, cue_weights=cue_weights)
    limit = max_bytes if max_bytes is not None else default_max_bytes()
    items = read_articles(
        paths, published=published, encoding=encoding, max_bytes=limit, date_order=date_order
    )
    return ingest_items(items, store, extractor=pipe, batch_size=batch_size,
                        progress=progress, commit_every=commit_every,
                        on_mixed=on_mixed)  # fmt: skip
