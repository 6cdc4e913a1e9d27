"""Measure onrecord against annotated corpora (PolNeAR attributions).

>>> from onrecord.evaluation import evaluate
>>> report = evaluate("../shared/eval/polnear/data/dev", limit=20)  # doctest: +SKIP
>>> report.scores.f1_scores()["content_partial"]  # doctest: +SKIP
"""

from __future__ import annotations

from .attribution import EvaluationReport, Predictor, evaluate, predict_gold_doc
from .brat import GoldAttribution, GoldDocument, content_type, load_gold
from .context import SpanError
from .scoring import (
    PRF,
    AttributionScores,
    PredictedAttribution,
    RoleScores,
    TypeRecall,
    normalize,
    score,
)

__all__ = [
    "PRF",
    "AttributionScores",
    "EvaluationReport",
    "GoldAttribution",
    "GoldDocument",
    "PredictedAttribution",
    "Predictor",
    "RoleScores",
    "SpanError",
    "TypeRecall",
    "content_type",
    "evaluate",
    "load_gold",
    "normalize",
    "predict_gold_doc",
    "score",
]
