"""The learned judge of reported pairs (onrecord.matters.pair_judge) and the pair features and
candidates it is trained on (onrecord.matters.pair_features): invented sentences only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from onrecord.matters import analyze_items
from onrecord.matters.contradictions import Contradiction, Evidence
from onrecord.matters.pair_features import (
    FEATURES,
    PairContext,
    candidate_pairs,
    intended_kind,
    pair_features,
)
from onrecord.matters.pair_judge import PairWeights, default_weights, rescored

from .builders import item

DAY = "2031-03-04"
SAYS = item("1", "The Ferrow Lane footbridge will reopen in April", "Ingrid Solvay", DAY)
DENIES = item("2", "The Ferrow Lane footbridge will not reopen in April", "Petra Nokes", DAY)
HEDGES = item("3", "The Ferrow Lane footbridge might not reopen in April", "Petra Nokes", DAY)
AGREES = item("4", "The Ferrow Lane footbridge will reopen in April", "Oskar Brandt", DAY)


def _context() -> tuple[PairContext, Contradiction]:
    items = [SAYS, DENIES, HEDGES, AGREES]
    matters, found = analyze_items(items, judge=False)
    [report] = [c for c in found if {c.a.statement, c.b.statement} == {"1", "2"}]
    return PairContext.of(items, matters), report


def test_the_committed_table_loads_and_weighs_only_known_features() -> None:
    weights = default_weights()
    assert weights is not None
    assert 0.0 < weights.floor < 1.0
    assert set(weights.weights) <= set(FEATURES)


def test_a_clear_contradiction_scores_above_a_hedge_and_an_agreement() -> None:
    """The same report (kind, rules' confidence) set on three pairs: the flat denial scores
    above the hedged one ("might not") and the agreement (both "will reopen")."""
    weights = default_weights()
    assert weights is not None
    ctx, report = _context()

    def score(other: str) -> float:
        b = ctx.items[other]
        shown = replace(report, a=Evidence.of(SAYS), b=Evidence.of(b))
        return weights.score(pair_features(SAYS, b, ctx, shown))

    assert score("2") > score("3")
    assert score("2") > score("4")


def test_the_judge_sets_the_confidence_keeps_the_rules_factors_and_drops_below_its_floor() -> None:
    ctx, report = _context()
    items, matters = list(ctx.items.values()), analyze_items(list(ctx.items.values()))[0]
    lenient = PairWeights(0.0, {"matter:opposite": 2.0}, floor=0.5)
    [kept] = rescored([report], items, matters, None, lenient)
    assert kept.confidence == pytest.approx(0.881, abs=0.001)
    assert kept.factors[: len(report.factors)] == report.factors
    assert ("learned: matter:opposite", 2.0) in kept.factors
    strict = PairWeights(0.0, {"matter:opposite": 2.0}, floor=0.9)
    assert rescored([report], items, matters, None, strict) == []


def test_features_are_the_same_either_way_round_and_named_in_features() -> None:
    ctx, report = _context()
    ab = pair_features(SAYS, DENIES, ctx, report)
    assert ab == pair_features(DENIES, SAYS, ctx, report)
    assert set(ab) <= set(FEATURES)
    assert ab["matter:opposite"] == 1.0
    assert ab["speaker:same"] == 0.0
    assert pair_features(SAYS, HEDGES, ctx)["hedged:either"] == 1.0
    assert pair_features(SAYS, AGREES, ctx)["negated:one"] == 0.0


def test_candidates_pair_other_speakers_and_one_speaker_on_other_days_only() -> None:
    later = item("5", "The Ferrow Lane footbridge will not reopen this year", "Ingrid Solvay",
                 "2031-05-20", article="a2")  # fmt: skip
    again = item("6", "The footbridge at Ferrow Lane will reopen in April", "Ingrid Solvay", DAY)
    ctx = PairContext.of([SAYS, DENIES, later, again], [])
    pairs = candidate_pairs(ctx)
    assert ("1", "2") in pairs and ("1", "5") in pairs
    assert ("1", "6") not in pairs  # one speaker, one day: a repetition, not a reversal
    assert intended_kind(SAYS, later) == "reversal"
    assert intended_kind(SAYS, DENIES) == "contradiction"
    assert candidate_pairs(ctx, reported=[("2", "1")]).count(("1", "2")) == 0


def test_retraining_on_a_tiny_invented_set_gives_a_table_of_the_same_features() -> None:
    pytest.importorskip("sklearn")
    from onrecord.evaluation.train_pairs import Candidate, PairSet, table

    ctx, report = _context()
    rows = []
    for key, right in (("2", ("g1",)), ("3", ()), ("4", ()), ("2", ("g1",))):
        b = ctx.items[key]
        shown = replace(report, a=Evidence.of(SAYS), b=Evidence.of(b))
        feats = pair_features(SAYS, b, ctx, shown)
        rows.append(Candidate("1", key, shown.kind, shown.confidence, feats, right, False))
    out = table([PairSet("tiny", ("g1",), tuple(rows))])
    assert out["weights"] and set(out["weights"]) <= set(FEATURES)
    retrained = PairWeights.of(out)
    assert retrained.floor == out["floor"]
    assert retrained.score(rows[0].features) > retrained.score(rows[1].features)


def test_with_the_judge_a_report_is_as_sure_as_the_committed_table_scores_it() -> None:
    """``judge=True`` (as ``analyze_corpus`` runs): the report's confidence is the learned
    score, the rules' factors followed by the learned ones."""
    weights = default_weights()
    assert weights is not None
    matters, [rules] = analyze_items([SAYS, DENIES])
    [judged] = analyze_items([SAYS, DENIES], judge=True)[1]
    features = pair_features(SAYS, DENIES, PairContext.of([SAYS, DENIES], matters), rules)
    assert judged.confidence == pytest.approx(weights.score(features), abs=0.001)
    assert judged.confidence != rules.confidence
    assert any(why.startswith("learned: ") for why, _ in judged.factors)
    assert not any(why.startswith("learned: ") for why, _ in rules.factors)


def test_each_statement_pair_is_one_candidate_the_first_source_winning() -> None:
    from onrecord.evaluation.train_pairs import unseen

    seen = {frozenset(("s1", "s2"))}  # reported by the rules
    near = list(unseen([("s2", "s1"), ("s3", "s4"), ("s4", "s3")], seen))
    extra = list(unseen([("s3", "s4"), ("s1", "s5")], seen))
    assert near == [("s3", "s4")]  # the rules' pair and the turned-round repeat are left out
    assert extra == [("s1", "s5")]  # the near miss already a candidate is no extra one
