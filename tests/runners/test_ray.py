"""The Ray runner: the same store as a local run, and a dying worker loses nothing else."""

from __future__ import annotations

import os
import sys
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
    pipe = RayPipe(actors=2, make=fake)
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
        assert "died 3 times" in report.skipped[0].detail
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
