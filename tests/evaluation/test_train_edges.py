"""Learning the content edge weights (``onrecord.evaluation.train_edges``) from invented gold."""

from __future__ import annotations

import pytest

from onrecord.evaluation.brat import GoldAttribution, GoldDocument
from onrecord.evaluation.train_edges import (
    EdgeExamples,
    EdgeGroup,
    edge_examples,
    fit_edges,
    outcome,
)
from onrecord.nlp.attribution import find_attributions
from onrecord.nlp.cue_weights import EdgeWeights

TEXT = "Mayor Ilse Kovac said the new bridge would open in May, weather permitting."


def _gold(content: str) -> GoldDocument:
    cue, start = TEXT.index("said"), TEXT.index(content)
    attribution = GoldAttribution(
        source=((0, len("Mayor Ilse Kovac")),),
        cue=((cue, cue + 4),),
        content=((start, start + len(content)),),
        type="indirect",
    )
    return GoldDocument("a1", TEXT, "2026-03-01", (attribution,))


def test_each_candidate_edge_is_labelled_by_the_gold_in_polnears_conventions(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    found, _ = find_attributions(doc)
    examples = EdgeExamples()
    # PolNeAR keeps "that" when the text has it; here the gold stops before the comma
    edge_examples(_gold("the new bridge would open in May"), doc, found, 0, examples)
    ((start, end),) = examples.pairs
    assert start.labels[0] and sum(start.labels) == 1  # the rules' start is the gold's
    assert not end.labels[0] and sum(end.labels) == 1  # the gold's end is another candidate
    # a gold content that no prediction overlaps by half gives no example
    none = EdgeExamples()
    edge_examples(_gold("weather permitting."), doc, found, 0, none)
    assert none.pairs == []


def _group(labels: list[bool], cut: list[bool]) -> EdgeGroup:
    features = [{"move=cur": 1.0}] + [
        {"move=narrower": 1.0, **({"out=,": 1.0} if c else {})} for c in cut[1:]
    ]
    return EdgeGroup(0, features, labels)


def test_the_fitted_model_moves_an_edge_only_where_the_examples_do() -> None:
    pytest.importorskip("sklearn")
    # where a comma follows, the gold stops before it; elsewhere the rules' edge is right
    moves = [(_group([False, True, False], [False, True, False]),) * 2] * 20
    stays = [(_group([True, False], [False, False]),) * 2] * 20
    examples = EdgeExamples([*moves, *stays])
    section = fit_edges(examples, c=10.0, margin=0.5, min_count=1)
    weights = EdgeWeights.from_json(section)  # the pipeline reads what the trainer writes
    assert weights.end.weights["out=,"] > 0
    assert outcome(section, examples.pairs) == (20, 40)  # both edges right: rules, model


def test_no_example_gives_a_model_that_moves_nothing() -> None:
    section = fit_edges(EdgeExamples(), min_count=1)
    assert section["start"]["weights"] == {} and section["end"]["weights"] == {}
