"""A learned judge of the pairs the rules report: a logistic model over the general features of
:mod:`.pair_features`, fitted on the held-out study sets (``make pair-weights``, which runs
:mod:`onrecord.evaluation.train_pairs`) and committed as ``pair_weights.json`` (the data is
our own, invented articles). It needs no scikit-learn to apply.

:func:`rescored` sets each report's confidence to the judge's probability that it is a true
contradiction, reversal or rebuttal; the rules' factors stay as the evidence, the learned
score's largest contributions are added to them (``"learned: ..."``), and a report the judge
puts below the table's floor is dropped.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from .claims import Item
from .cluster import Matter
from .contradictions import Contradiction
from .pair_features import PairContext, pair_features

WEIGHTS_FILE = Path(__file__).with_name("pair_weights.json")


@dataclass(frozen=True, slots=True)
class PairWeights:
    """The judge: an intercept, a weight per feature, and the floor below which a report is
    dropped."""

    intercept: float
    weights: Mapping[str, float]
    floor: float = 0.0

    @classmethod
    def of(cls, d: Mapping[str, Any]) -> PairWeights:
        return cls(float(d["intercept"]), {str(k): float(v) for k, v in d["weights"].items()},
                   float(d.get("floor", 0.0)))  # fmt: skip

    @classmethod
    def load(cls, path: Path = WEIGHTS_FILE) -> PairWeights | None:
        """The table at ``path``; None when there is none."""
        if not path.exists():
            return None
        return cls.of(json.loads(path.read_text(encoding="utf-8")))

    def contributions(self, features: Mapping[str, float]) -> dict[str, float]:
        return {n: self.weights[n] * v for n, v in features.items() if n in self.weights and v}

    def score(self, features: Mapping[str, float]) -> float:
        """The probability that a pair with ``features`` is a true one."""
        z = self.intercept + sum(self.contributions(features).values())
        return 1.0 / (1.0 + math.exp(-z))


@cache
def default_weights() -> PairWeights | None:
    """The committed table (read once)."""
    return PairWeights.load()


def rescored(
    found: Iterable[Contradiction],
    items: Iterable[Item],
    matters: Iterable[Matter],
    stories: Mapping[str, frozenset[str]] | None,
    weights: PairWeights,
    *,
    top: int = 3,
) -> list[Contradiction]:
    """``found`` with each confidence the judge's score (the ``top`` largest contributions added
    to the factors); a report scored below the floor is dropped."""
    ctx = PairContext.of(items, matters, stories)
    out: list[Contradiction] = []
    for c in found:
        a, b = ctx.items.get(c.a.statement), ctx.items.get(c.b.statement)
        if a is None or b is None:
            out.append(c)
            continue
        features = pair_features(a, b, ctx, c)
        value = weights.score(features)
        if value < weights.floor:
            continue
        parts = sorted(weights.contributions(features).items(), key=lambda x: -abs(x[1]))
        learned = tuple((f"learned: {n}", round(w, 2)) for n, w in parts[:top])
        out.append(replace(c, confidence=round(value, 3), factors=(*c.factors, *learned)))
    return out
