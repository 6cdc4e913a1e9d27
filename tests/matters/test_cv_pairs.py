"""The cross-validation of the judge of pairs (benchmarks/cv_pairs.py): its non-linear judge
scores each held-out set's candidates, fitted on the other sets."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from onrecord.evaluation.train_pairs import Candidate, PairSet

ROOT = Path(__file__).resolve().parents[2]


def _cv() -> Any:
    name = "cv_pairs_under_test"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "cv_pairs.py")
        assert spec is not None and spec.loader is not None
        sys.modules[name] = module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules[name]


def _set(name: str, n: int) -> PairSet:
    """``n`` candidates, those with a high ``matter:opposite`` right, half of them reported."""
    cands = []
    for i in range(n):
        right = i % 2 == 0
        features = {"matter:opposite": 1.0 if right else 0.0, "terms:rare": (i % 7) / 7}
        cands.append(Candidate(f"{name}a{i}", f"{name}b{i}", "contradiction",
                               0.7 if i % 4 < 2 else None, features,
                               (f"{name}g{i}",) if right else (), False,
                               "rules" if i % 4 < 2 else "extra"))  # fmt: skip
    return PairSet(name, tuple(f"{name}g{i}" for i in range(0, n, 2)), tuple(cands))


@pytest.mark.parametrize("extra", [False, True])
def test_the_trees_score_every_held_out_candidate_and_learn_the_separating_feature(
    extra: bool,
) -> None:
    pytest.importorskip("sklearn")
    sets = [_set(s, 80) for s in ("north", "south", "east")]
    cv = _cv()
    keep = cv.sources("rules", "extra") if extra else cv.rules_source
    per = cv.loso(sets, keep=keep, c=1.0, model="trees")
    assert set(per) == {"north", "south", "east"}
    for s in sets:
        scored = per[s.name]
        assert len(scored) == sum(1 for x in s.candidates if extra or x.source == "rules")
        for score, x in scored:
            assert (score > 0.5) == x.label


def test_near_misses_are_kept_by_their_stage() -> None:
    """The "near" variant keeps the rules' reports and the near misses of the stages asked
    for, not the closest-statement extras."""
    cv = _cv()
    near = cv.sources("rules", "near", stages=frozenset({"time"}))

    def cand(source: str, features: dict[str, float]) -> Candidate:
        return Candidate("a", "b", "contradiction", None, features, (), False, source)

    assert near(cand("rules", {}))
    assert near(cand("near", {"near:time": 1.0}))
    assert not near(cand("near", {"near:agree": 1.0}))
    assert not near(cand("extra", {}))
