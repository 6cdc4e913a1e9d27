"""A rebuttal folds into the contradiction of the same two sides only when its rebutting
speaker is one of that contradiction's speakers: a second speaker of the side answering in
a report of their own ("the chief executive rejected the inspector's finding") is an
exchange of its own, not the support of what the side's spokeswoman said earlier.

Every statement here is invented (the Lindqvist ferry terminal in Bramholt)."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters.contradictions import Contradiction
from onrecord.matters.grouping import group_disagreements

from .test_grouping_rules import found, item


def _pair() -> Contradiction:
    out = found(
        item("a", "The ferry terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        item("b", "The ferry terminal will not reopen in June.", "Ivo Brandt", "2024-05-03",
             article="a2"),
    )  # fmt: skip
    assert len(out) == 1 and out[0].kind == "contradiction"
    return out[0]


def _rebuttal(c: Contradiction, speaker: str) -> Contradiction:
    side = c.a if c.a.speaker == "Nora Quist" else c.b
    other = c.b if side is c.a else c.a
    rebutting = replace(side, statement="r", speaker=speaker, article="a2")
    return replace(c, id="r1", kind="rebuttal", a=rebutting, b=other, cue="rejected the claim")


def test_another_speaker_of_the_side_rebuts_on_its_own() -> None:
    c = _pair()
    sides = {"a": "quist", "r": "quist", "b": "brandt"}
    out = group_disagreements([c, _rebuttal(c, "Hanne Solvik")], sides)
    assert sorted(d.kind for d in out) == ["contradiction", "rebuttal"]


def test_the_same_speaker_rebutting_folds_into_the_contradiction() -> None:
    c = _pair()
    sides = {"a": "quist", "r": "quist", "b": "brandt"}
    out = group_disagreements([c, _rebuttal(c, "Nora Quist")], sides)
    assert [d.kind for d in out] == ["contradiction"]
