"""A rebuttal is folded into a contradiction of the same two speakers when the two share a
matter or a statement; two reports that each have no matter share none. Every sentence here
is invented."""

from __future__ import annotations

from onrecord.matters.contradictions import Contradiction, Evidence, Kind
from onrecord.matters.grouping import group_disagreements


def _pair(cid: str, kind: Kind, by: str, to: str, article: str, cue: str) -> Contradiction:
    a = Evidence(by, "Ida Corrigan", "2031-03-02", article, None, "words", 0, 5, "unclear")
    b = Evidence(to, "Nell Ashby", "2031-03-02", article, None, "words", 0, 5, "unclear")
    return Contradiction(cid, kind, a, b, 0.8, None, cue)


def test_a_rebuttal_with_no_matter_is_not_folded_into_another_with_none() -> None:
    """Corrigan's rebuttal of Ashby in March and their contradiction of February, neither
    with a matter nor a statement in common, are two reports."""
    february = _pair("c1", "contradiction", "a", "b", "feb", "rejected that")
    march = _pair("c2", "rebuttal", "c", "d", "mar", "disputed Ashby's claim")
    assert len(group_disagreements([february, march])) == 2
    # a statement in common still folds it
    again = _pair("c3", "rebuttal", "a", "e", "feb", "disputed Ashby's claim")
    assert len(group_disagreements([february, again])) == 1
