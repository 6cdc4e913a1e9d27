"""A rebuttal folds into the contradiction of the same two sides told in its report only when
it rebuts a statement that contradiction sets against the other side: in the same report,
the rebuttal of another claim of that side is an exchange of its own, shown by its own pair
(:func:`onrecord.matters.grouping.group_disagreements`). Invented: the Corrow Mill
footbridge, the council's Alys Penmarric against the ramblers' Teodor Vasko."""

from __future__ import annotations

from onrecord.matters.contradictions import Contradiction, Evidence
from onrecord.matters.grouping import group_disagreements


def _ev(key: str, speaker: str, article: str, stance: str = "yes") -> Evidence:
    return Evidence(key, speaker, "2032-06-09", article, None, "...", 0, 3, stance)


def _contradiction() -> Contradiction:
    """Penmarric: "The footbridge will reopen in July"; Vasko: "It will not reopen this
    summer", both in June's report."""
    return Contradiction("c", "contradiction", _ev("p1", "Alys Penmarric", "jun"),
                         _ev("v1", "Teodor Vasko", "jun", "no"), 0.9, "m")  # fmt: skip


def _rebuttal(target: str, article: str = "jun") -> Contradiction:
    """Vasko "rejected Penmarric's claim ..." (the claim: ``target``), told in ``article``."""
    return Contradiction("r", "rebuttal", _ev("v2", "Teodor Vasko", article, "no"),
                         _ev(target, "Alys Penmarric", article), 0.85, "m", "rejected")  # fmt: skip


def _kinds(out: list[Contradiction]) -> list[str]:
    return sorted(c.kind for c in out)


def test_a_rebuttal_of_another_claim_in_the_same_report_is_its_own() -> None:
    """In June's report Vasko also "rejected Penmarric's claim that the ramblers had been
    consulted" (p2), a claim the contradiction does not hold: shown by its own pair. Aimed at
    her "will reopen in July" (p1), the claim the contradiction shows, it backs that pair."""
    out = group_disagreements([_contradiction(), _rebuttal("p2")])
    assert _kinds(out) == ["contradiction", "rebuttal"]
    shown = next(c for c in out if c.kind == "rebuttal")
    assert (shown.a.statement, shown.b.statement) == ("v2", "p2")
    out = group_disagreements([_contradiction(), _rebuttal("p1")])
    assert _kinds(out) == ["contradiction"] and out[0].cue == "rejected"


def test_a_claim_held_by_a_supporting_pair_is_not_another_claim() -> None:
    """The rebutted claim (p3) is a side of a weaker pair of the same disagreement
    (Penmarric's "The bridge is open by the end of July" against Vasko's words): the
    rebuttal folds; with a weaker pair that does not hold it, it is its own."""
    held = Contradiction("c2", "contradiction", _ev("p3", "Alys Penmarric", "jun"),
                         _ev("v1", "Teodor Vasko", "jun", "no"), 0.6, "m")  # fmt: skip
    assert _kinds(group_disagreements([_contradiction(), held, _rebuttal("p3")])) == [
        "contradiction"]  # fmt: skip
    other = Contradiction("c2", "contradiction", _ev("p4", "Alys Penmarric", "jun"),
                          _ev("v1", "Teodor Vasko", "jun", "no"), 0.6, "m")  # fmt: skip
    assert _kinds(group_disagreements([_contradiction(), other, _rebuttal("p3")])) == [
        "contradiction", "rebuttal"]  # fmt: skip


def test_only_a_rebuttal_told_in_the_contradictions_report_stands_apart() -> None:
    """In September's report Vasko rejects a claim of Penmarric's told there; the
    contradiction is told in June's only, and the rebuttal stays folded (as the rules for
    later reports decide). The same rebuttal told in June's report is its own."""
    assert _kinds(group_disagreements([_contradiction(), _rebuttal("p2", "sep")])) == [
        "contradiction"]  # fmt: skip
    assert _kinds(group_disagreements([_contradiction(), _rebuttal("p2", "jun")])) == [
        "contradiction", "rebuttal"]  # fmt: skip
