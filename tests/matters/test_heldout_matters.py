"""The held-out set (tests/data/matters_heldout, scored by benchmarks/eval_matters.py) stays
above floors measured on it (model-backed: ingests the articles).

Measured when the set was added: before the fixes overall P 0.52 / R 0.46 (contradiction
0.41 / 0.50, reversal 1.00 / 0.60, rebuttal 1.00 / 0.20); after them P 1.00 / R 0.75
(contradiction 1.00 / 0.71, reversal 1.00 / 0.80, rebuttal 1.00 / 0.80), no hard negative
flagged. The floors leave one pair of slack per type for extraction changes (the rebuttals
depend on how "pushed back on X's claim that ..., saying ..." is split into statements).
The fixes were made while reading this set's misses, so these are not unbiased estimates.

``fresh/`` is a second set written after the fixes and scored once, untuned: overall P 0.40 /
R 0.20 before the fixes, P 0.43 / R 0.30 after. It then became a study set: the rules of
test_study_rules.py (a rise in other words, themes, one past occasion on two dates, figures,
rebuttals that need the claim named) were written while reading its misses, after which it
scores P 1.00 / R 0.70 (and this set P 1.00 / R 0.79, every reversal found). Neither is an
unbiased estimate any more; its floors only guard against regressions.

``fresh2/``, a third set written blind, scored P 0.50 / R 0.22 before that round and P 0.40 /
R 0.17 after it (with the extraction of that day): the round's rules did not generalize. It
then became a study set too (test_themes_figures_and_reversals.py: finding and having, a
denial with no one named, own words taken back, a forecast against later news, themes through
synonyms and coordinated predicates, figures per predicate and period), after which it scores
P 0.88 / R 0.61 (0.77 / 0.57 after the review fixes that followed). Its floor, too, only guards
against regressions.

``fresh3/``, a fourth set written blind, scored P 0.31 / R 0.22 untuned and became the next
study set (test_nominal_events_and_unnamed_bodies.py): P 1.00 / R 0.39 after it, no floor.
``fresh4/`` (P 0.48 / R 0.50, then 0.55 / 0.50) and ``fresh5/`` (P 0.69 / R 0.36, scored
once) were written blind and scored untuned; they became the next study sets
(test_verb_shapes.py), after which they score P 0.85 / R 0.71 and P 0.89 / R 0.68, with floors
that leave about two pairs of slack.
``fresh6/`` and ``fresh7/`` were written blind when that round began and scored at its end
(P 0.47 / R 0.28 and P 0.50 / R 0.35), then studied briefly; ``fresh8/``, written blind
during that study, was scored once at its end (P 0.57 / R 0.36). The ninth round studied all
three (P 1.00 / R 0.68, 0.77 / 0.65, 1.00 / 0.64 after it; floors below with about two pairs of
slack). ``fresh9/`` and ``fresh10/`` were written blind when that round began and scored once
at its end (P 0.70 / R 0.41 and 0.57 / 0.33). The tenth round studied both (P 0.96 / R 0.56
and 0.84 / 0.44 after it; floors below with about two pairs of slack). ``fresh11/`` and
``fresh12/`` were written blind when that round began and scored once at its end (P 0.33 /
R 0.19 both). The eleventh round studied both (P 0.79 / R 0.44 and 0.58 / 0.39 after it, part
of it from gold amended where a report named the same speaker's other sentence of a listed
claim; floors below with about two pairs of slack). ``fresh13/`` and ``fresh14/`` were written
blind when that round began and scored once at its end (P 0.36 / R 0.26 and 0.47 / R 0.24).
The twelfth round studied both (P 0.39 / R 0.29 and 0.64 / 0.40 after it; floors below with
about two pairs of slack, and the floors of ``fresh9/`` to ``fresh12/`` raised to their new
scores). ``fresh15/`` and ``fresh16/`` were written blind when that round began and scored with
the code from before it and once at its end (P 0.53 / R 0.42 and 0.40 / 0.15 before, 0.54 /
0.42 and 0.40 / 0.15 after). The thirteenth round studied both (P 0.69 / R 0.44 and 0.47 /
0.21 after it; floors below with about two pairs of slack). ``fresh17/`` and ``fresh18/`` were
written blind when that round began and scored with the code from before it and once at its
end (P 0.44 / R 0.30 and 0.55 / 0.30 before, 0.43 / 0.27 and 0.55 / 0.30 after). The
fourteenth round studied them with ``fresh16/`` (P 0.59 / R 0.43 and 0.73 / 0.51 after it,
``fresh16/`` 0.60 / 0.31; floors below with about two pairs of slack). ``fresh19/`` was written
blind when that round began and scored with the code from before it and once at its end (P 0.50
/ R 0.24 before, 0.53 / 0.24 after). The fifteenth round studied it (P 0.65 / R 0.41 after it,
0.58 / 0.27 before it with the scorer that round amended; floor below with about two pairs of
slack). ``fresh20/`` was written blind when that round began and scored with the code from
before it and once at its end (P 0.40 / R 0.09 both times). The sixteenth round studied it (P
0.82 / R 0.53 after it; floor below with about two pairs of slack). ``fresh21/`` was written
blind when that round began and scored with the code from before it and once at its end (P 0.47
/ R 0.18 before, 0.50 / 0.20 after). The seventeenth round studied it (P 1.00 / R 0.45 after
it; floor below with about two pairs of slack). ``fresh22/`` was written blind when that round
began and scored with the code from before it and once at its end (P 0.44 / R 0.16 before,
0.50 / 0.16 after). The eighteenth round studied it (P 0.95 / R 0.40 after it; floor below with
about two pairs of slack). ``fresh23/`` was written blind when that round began and scored with
the code from before it and once at its end (P 0.46 / R 0.14 before, 0.47 / 0.16 after).
``fresh24/`` was written blind at the end of that round and scored on its final code (P 0.50 / R
0.17). The nineteenth round studied ``fresh23/`` (P 0.95 / R 0.49 after it; floor below with
about two pairs of slack); ``fresh24/`` and ``fresh25/`` (written blind when that round began,
P 0.53 / R 0.18 with the code from before it) stay unread, the blind measures. The twentieth
round studied ``fresh24/`` (P 0.60 / R 0.20 before it, 0.83 / 0.54 after it; floor below with
about two pairs of slack); ``fresh25/`` and ``fresh26/`` (written blind when that round began,
P 0.70 / R 0.40 with the code from before it) stay unread, the blind measures. The
twenty-first round studied ``fresh25/`` (P 0.56 / R 0.20 before it, 0.70 / 0.29 after it; floor
below with about two pairs of slack); ``fresh26/`` and ``fresh27/`` (``fresh27/`` written blind
when that round began, P 0.50 / R 0.19 with the code from before it) stay unread, the blind
measures. The twenty-second round studied ``fresh26/`` (P 0.69 / R 0.38 before it, 0.78 / 0.58
after it; floor below with about two pairs of slack); ``fresh27/`` and ``fresh28/``
(``fresh28/`` written blind when that round began, P 0.69 / R 0.36 with the code from before
it) stay unread, the blind measures. The twenty-third round studied ``fresh27/`` (P 0.60 / R
0.29 before it, 0.72 / 0.44 after it; floor below with about two pairs of slack); ``fresh28/``
and ``fresh29/`` (``fresh29/`` written blind when that round began, P 0.24 / R 0.10 with the
code from before it) stay unread, the blind measures. The twenty-fourth round studied
``fresh28/`` (P 0.70 / R 0.46 before it, 0.80 / 0.56 after it; floor below with about two pairs
of slack); ``fresh29/`` and ``fresh30/`` (``fresh30/`` written blind when that round began, P
0.63 / R 0.24 with the code from before it) stay unread, the blind measures. The twenty-fifth
round studied ``fresh29/`` (P 0.43 / R 0.18 before it, 0.67 / 0.39 after it; floor below with
about two pairs of slack); ``fresh30/`` and ``fresh31/`` (``fresh31/`` written blind when that
round began, P 0.68 / R 0.40 with the code from before it) stay unread, the blind measures.
The twenty-sixth round studied ``fresh30/`` (P 0.57 / R 0.25 before it, 0.86 / 0.35 after it,
with the learned judge of pairs fitted on all the study sets; floor below with about two pairs
of slack); ``fresh31/`` and ``fresh32/`` (``fresh32/`` written blind when that round began, P
0.71 / R 0.41 with the code from before it) stay unread, the blind measures. The
twenty-seventh round studied ``fresh31/`` (P 0.74 / R 0.44 before it, 0.75 / 0.46 after it;
floor below with about two pairs of slack); ``fresh32/`` and ``fresh33/`` (``fresh33/``
written blind when that round began, P 0.62 / R 0.25 with the code from before it) stay
unread, the blind measures. The twenty-eighth round studied ``fresh32/`` (P 0.76 / R 0.41
before it, 0.83 / 0.46 after it; floor below with about two pairs of slack); ``fresh33/`` and
``fresh34/`` (``fresh34/`` written blind when that round began, P 0.70 / R 0.40 with the code
from before it) stay unread, the blind measures. The twenty-ninth round studied ``fresh33/``
(P 0.62 / R 0.25 before it, 0.69 / 0.34 after it; floor below with about two pairs of slack);
``fresh34/`` and ``fresh35/`` (``fresh35/`` written blind when that round began, P 0.60 / R
0.28 with the code from before it) stay unread, the blind measures. The thirtieth round studied
``fresh34/`` (P 0.71 / R 0.43 before it, 0.75 / 0.45 after it; floor below with about two pairs
of slack); ``fresh35/`` and ``fresh36/`` (``fresh36/`` written blind when that round began, P
0.65 / R 0.34 with the code from before it) stay unread, the blind measures. The thirty-first
round studied ``fresh35/`` (P 0.63 / R 0.28 before it, 0.70 / 0.30 after it; floor below with
about two pairs of slack); ``fresh36/`` and ``fresh37/`` (``fresh37/`` written blind when that
round began, P 0.65 / R 0.26 with the code from before it) stay unread, the blind measures.
The thirty-second round studied ``fresh36/`` (P 0.65 / R 0.34 before it, 0.73 / 0.38 after
it; floor below with about two pairs of slack); ``fresh37/`` and ``fresh38/`` (``fresh38/``
written blind when that round began, P 0.70 / R 0.28 with the code from before it) stay
unread, the blind measures. The thirty-third round studied ``fresh37/`` (P 0.65 / R 0.26
before it, 0.76 / 0.33 after it; floor below with about two pairs of slack); ``fresh38/`` and
``fresh39/`` (``fresh39/`` written blind when that round began, P 0.82 / R 0.42 with the code
from before it) stay unread, the blind measures. The thirty-fourth round studied ``fresh38/``
(P 0.69 / R 0.32 before it, 0.75 / 0.37 after it; floor below with about two pairs of slack);
``fresh39/`` and ``fresh40/`` (``fresh40/`` written blind when that round began, P 0.75 / R
0.24 with the code from before it) stay unread, the blind measures. The thirty-fifth round
held ``fresh39/`` back, with ``fresh36/`` to ``fresh38/``, as a check set that was scored and
never read (P 0.82 / R 0.42 before it and after it; floor below with about two pairs of
slack); ``fresh40/`` and ``fresh41/`` (``fresh41/`` written blind when that round began, P
0.76 / R 0.41 with the code from before it) stay unread, the blind measures. The
thirty-eighth round studied ``fresh36/`` to ``fresh39/`` (P 0.76 / R 0.38, 0.79 / 0.40, 0.75 /
0.37 and 0.82 / 0.42 before it; 0.81 / 0.38, 0.80 / 0.41, 0.78 / 0.37 and 0.89 / 0.46 after
it; floors below with about two pairs of slack); ``fresh40/`` to ``fresh43/`` (``fresh42/``
and ``fresh43/`` written blind when that round began, P 0.89 / R 0.65 and P 0.73 / R 0.33 with
the code from before it) stay unread, the blind measures. The forty-third round studied
``fresh40/`` and ``fresh41/`` (P 0.75 / R 0.24 and 0.76 / 0.41 before it, 0.80 / 0.37 and
0.85 / 0.61 after it; floors below with about two pairs of slack); ``fresh42/`` to ``fresh45/``
(``fresh44/`` written blind when the forty-second round began, P 0.83 / R 0.45 with the code
from before it, ``fresh45/`` when the forty-third began, P 0.73 / R 0.47) stay unread, the
blind measures.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.model


def _eval_module() -> Any:
    name = "onrecord_benchmark_eval_matters"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "eval_matters.py")
        assert spec is not None and spec.loader is not None
        sys.modules[name] = module = importlib.util.module_from_spec(spec)  # for dataclasses
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    out: dict[str, Any] = _eval_module().evaluate(ROOT / "tests" / "data" / "matters_heldout")
    return out


def test_heldout_gold_is_big_enough() -> None:
    pairs, negatives, _ = _eval_module().load_gold(ROOT / "tests" / "data" / "matters_heldout")
    types = [p.type for p in pairs]
    assert types.count("contradiction") >= 12
    assert types.count("reversal") >= 4 and types.count("rebuttal") >= 4
    assert len(negatives) >= len(pairs)


def test_heldout_overall_floor(result: dict[str, Any]) -> None:
    s = result["overall"]
    assert s["precision"] >= 0.9 and s["recall"] >= 0.7, (s, result["false_positives"])


@pytest.mark.parametrize(("kind", "recall"), [("contradiction", 0.64), ("reversal", 0.6),
                                              ("rebuttal", 0.6)])  # fmt: skip
def test_heldout_per_kind_floor(result: dict[str, Any], kind: str, recall: float) -> None:
    s = result[kind]
    assert s["recall"] >= recall, (s, result["misses"])
    assert s["precision"] >= 0.75, (s, result["false_positives"])


def test_heldout_hard_negatives(result: dict[str, Any]) -> None:
    assert len(result["negatives_flagged"]) <= 1, result["negatives_flagged"]


def test_fresh_heldout_floor() -> None:
    out = _eval_module().evaluate(ROOT / "tests" / "data" / "matters_heldout" / "fresh")
    s = out["overall"]
    assert s["precision"] >= 0.85 and s["recall"] >= 0.6, (s, out["false_positives"], out["misses"])
    assert not out["negatives_flagged"], out["negatives_flagged"]


def test_fresh2_heldout_floor() -> None:
    out = _eval_module().evaluate(ROOT / "tests" / "data" / "matters_heldout" / "fresh2")
    s = out["overall"]
    # slack of about two pairs: several of its pairs hang on extraction (speaker, statement)
    assert s["precision"] >= 0.75 and s["recall"] >= 0.5, (s, out["false_positives"], out["misses"])
    assert not out["negatives_flagged"], out["negatives_flagged"]


@pytest.mark.parametrize(("folder", "precision", "recall"), [("fresh4", 0.75, 0.6),
                                                             ("fresh5", 0.85, 0.6),
                                                             ("fresh6", 0.85, 0.6),
                                                             ("fresh7", 0.7, 0.55),
                                                             ("fresh8", 0.85, 0.55),
                                                             ("fresh9", 0.85, 0.53),
                                                             ("fresh10", 0.85, 0.52),
                                                             ("fresh11", 0.7, 0.42),
                                                             ("fresh12", 0.6, 0.44),
                                                             ("fresh13", 0.3, 0.22),
                                                             ("fresh14", 0.55, 0.35),
                                                             ("fresh15", 0.6, 0.4),
                                                             ("fresh16", 0.5, 0.25),
                                                             ("fresh17", 0.5, 0.37),
                                                             ("fresh18", 0.65, 0.45),
                                                             ("fresh19", 0.55, 0.36),
                                                             ("fresh20", 0.72, 0.48),
                                                             ("fresh21", 0.85, 0.4),
                                                             ("fresh22", 0.85, 0.36),
                                                             ("fresh23", 0.85, 0.44),
                                                             ("fresh24", 0.75, 0.5),
                                                             ("fresh25", 0.6, 0.24),
                                                             ("fresh26", 0.7, 0.52),
                                                             ("fresh27", 0.65, 0.4),
                                                             ("fresh28", 0.7, 0.5),
                                                             ("fresh29", 0.6, 0.35),
                                                             ("fresh30", 0.7, 0.3),
                                                             ("fresh31", 0.7, 0.42),
                                                             ("fresh32", 0.75, 0.42),
                                                             ("fresh33", 0.6, 0.3),
                                                             ("fresh34", 0.65, 0.4),
                                                             ("fresh35", 0.6, 0.26),
                                                             ("fresh36", 0.72, 0.34),
                                                             ("fresh37", 0.72, 0.37),
                                                             ("fresh38", 0.7, 0.33),
                                                             ("fresh39", 0.8, 0.42),
                                                             ("fresh40", 0.7, 0.33),
                                                             ("fresh41", 0.78, 0.57)])  # fmt: skip
def test_studied_heldout_floor(folder: str, precision: float, recall: float) -> None:
    out = _eval_module().evaluate(ROOT / "tests" / "data" / "matters_heldout" / folder)
    s = out["overall"]
    assert s["precision"] >= precision and s["recall"] >= recall, (
        s, out["false_positives"], out["misses"],
    )  # fmt: skip
