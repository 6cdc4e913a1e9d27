"""The held-out scorer (benchmarks/eval_matters.py) names a rebuttal's target as its gold says."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _scorer() -> Any:
    name = "onrecord_benchmark_eval_matters"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "eval_matters.py")
        assert spec is not None and spec.loader is not None
        sys.modules[name] = module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules[name]


REBUTTAL = (
    "Oduya pushed back on the mayor's claim that the city was paying for the whole bridge, "
    "saying that the county had paid half."
)


def _pair(kind: str) -> Any:
    return _scorer().GoldPair.of({
        "id": "r1", "type": kind,
        "a": {"speaker": "Grace Oduya",
              "text": ["pushed back on the mayor's claim that the city was paying for the "
                       "whole bridge", "the county had paid half"]},
        "b": {"speaker": "Tomas Werrin", "text": "We are paying for every inch of that bridge"},
    })  # fmt: skip


def _said(speaker: str, text: str, sentence: str = "") -> Any:
    return _scorer().Said("k", speaker, text, "f.txt", sentence)


def test_rebuttal_target_as_the_rebuttal_reports_it() -> None:
    pair = _pair("rebuttal")
    rebutter = _said("Grace Oduya", "that the county had paid half", REBUTTAL)
    reported = _said("Mayor Tomas Werrin", "the city was paying for the whole bridge", REBUTTAL)
    own = _said("Tomas Werrin", "We are paying for every inch of that bridge.")
    assert pair.found_in((rebutter, own))
    assert pair.found_in((reported, rebutter))


def test_reported_target_needs_the_target_speaker_and_a_whole_claim() -> None:
    pair = _pair("rebuttal")
    rebutter = _said("Grace Oduya", "that the county had paid half", REBUTTAL)
    other = _said("Lena Maddox", "the city was paying for the whole bridge", REBUTTAL)
    fragment = _said("Tomas Werrin", "the whole bridge", REBUTTAL)
    assert not pair.found_in((rebutter, other))
    assert not pair.found_in((rebutter, fragment))


def test_only_a_rebuttal_names_its_target_by_report() -> None:
    pair = _pair("contradiction")
    rebutter = _said("Grace Oduya", "that the county had paid half", REBUTTAL)
    reported = _said("Tomas Werrin", "the city was paying for the whole bridge", REBUTTAL)
    assert not pair.found_in((rebutter, reported))
