"""The census of where gold pairs were lost (onrecord.evaluation.miss_stages and
benchmarks/miss_stages.py): exhaustive, in step with the scorer, and right on invented pairs
(model-backed: ingests the articles)."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from onrecord.evaluation.gold_pairs import load_gold
from onrecord.evaluation.miss_stages import STAGES, Census, census

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "data" / "matters_heldout"

ARTICLE = """Kelswick ferry row over Sunday sailings

By Marta Lindholm
Published Apr. 2, 2031

KELSWICK — The Brackley ferry will not sail on Sundays this summer, its operator said on \
Tuesday, a day after the harbour board promised weekend crossings.

"The ferry will sail every Sunday in 2033," said Councillor Edith Marrow, who chairs the \
harbour board.

Tobias Quell, who runs Quell Marine, said the ferry would not sail on Sundays this summer. \
"We have no crew for Sundays," Quell said.

Harbour engineer Priya Vantongeren said the north pier had been repaired in March. "The pier \
is safe for foot passengers," she said.

Dorian Felk, a fisherman, said the quay lights were switched off every night in winter.

Felk disputed the engineer's account. "The pier is not safe for foot passengers," Felk said.
"""


def _side(speaker: str, text: str) -> dict[str, str]:
    return {"speaker": speaker, "text": text}


GOLD = {
    "pairs": [
        # one matter ("sail"), two years: rejected by the time frame check
        {"id": "c01", "type": "contradiction", "a": _side("Edith Marrow", "will sail every"),
         "b": _side("Tobias Quell", "would not sail on Sundays")},
        # both said, about two things: a pier's safety, the lights switched off
        {"id": "c02", "type": "contradiction", "a": _side("Priya Vantongeren", "pier is safe"),
         "b": _side("Dorian Felk", "quay lights were switched off")},
        # words no one said
        {"id": "c03", "type": "contradiction", "a": _side("Edith Marrow", "will sail every"),
         "b": _side("Dorian Felk", "the ferry is cancelled")},
        {"id": "c04", "type": "contradiction", "accept": ["rebuttal"],
         "a": _side("Priya Vantongeren", "pier is safe"),
         "b": _side("Dorian Felk", "pier is not safe")},
    ],
    "negatives": [],
}  # fmt: skip


def _load(name: str, path: Path) -> Any:
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        sys.modules[name] = module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules[name]


def _scorer() -> Any:
    return _load("onrecord_benchmark_eval_matters", ROOT / "benchmarks" / "eval_matters.py")


def _script() -> Any:
    return _load("onrecord_benchmark_miss_stages", ROOT / "benchmarks" / "miss_stages.py")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny")
    (folder / "2031-04-02_kelswick-harbour-post_ferry-sundays.txt").write_text(ARTICLE, "utf-8")
    (folder / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tiny_census(tiny: Path) -> Census:
    return census(tiny)


def _stage(c: Census, pair: str) -> tuple[str, str]:
    (p,) = [p for p in c.pairs if p.id == pair]
    return p.stage, p.detail


def test_heldout_counts_are_exhaustive_and_found_is_the_scorers() -> None:
    pairs, _, _ = load_gold(HELDOUT)
    c = census(HELDOUT)
    counts = c.counts()
    assert sum(row["all"] for row in counts.values()) == len(pairs) == len(c.pairs)
    assert {p.stage for p in c.pairs} <= set(STAGES)
    scored = _scorer().evaluate(HELDOUT)
    assert counts.get("found", {}).get("all", 0) == scored["overall"]["gold_found"]
    missed = {m["id"] for m in scored["misses"]}
    assert {p.id for p in c.pairs if p.stage != "found"} == missed
    for kind in ("contradiction", "reversal", "rebuttal"):
        assert counts.get("found", {}).get(kind, 0) == scored[kind]["gold_found"]


def test_a_side_no_one_said_is_not_extracted(tiny_census: Census) -> None:
    stage, detail = _stage(tiny_census, "c03")
    assert stage == "side not extracted"
    assert detail.startswith("b:")


def test_two_things_said_are_events_that_differ(tiny_census: Census) -> None:
    stage, detail = _stage(tiny_census, "c02")
    assert stage == "events differ"
    assert "safe" in detail and "switch" in detail


def test_one_matter_two_time_frames_is_rejected_at_time(tiny_census: Census) -> None:
    stage, detail = _stage(tiny_census, "c01")
    assert stage == "rejected at time"
    assert "time:frame" in detail
    sides = {s.side: s for s in next(p for p in tiny_census.pairs if p.id == "c01").sides}
    assert sides["a"].stance.startswith("yes") and sides["b"].stance.startswith("no")


def test_a_reported_pair_is_found(tiny_census: Census) -> None:
    assert _stage(tiny_census, "c04")[0] == "found"


def test_counts_print_no_text(tiny: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main(["--data", str(tiny), "--counts"]) == 0
    out = capsys.readouterr().out
    assert "side not extracted" in out and "events differ" in out
    for word in ("Marrow", "Felk", "ferry", "pier", "c01", "Kelswick"):
        assert word.casefold() not in out.casefold()
    assert _script().main(["--data", str(tiny)]) == 0
    detailed = capsys.readouterr().out
    assert "c02 (contradiction) events differ" in detailed and "Felk" in detailed


def test_the_census_runs_the_scorers_pipeline(
    tiny: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The census sets no cue weights of its own: it reads the environment as the scorer does."""
    monkeypatch.delenv("ONRECORD_CUE_WEIGHTS", raising=False)
    assert _script().main(["--data", str(tiny), "--counts"]) == 0
    capsys.readouterr()
    assert "ONRECORD_CUE_WEIGHTS" not in os.environ
