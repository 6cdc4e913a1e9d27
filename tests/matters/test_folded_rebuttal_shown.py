"""A rebuttal folded into a contradiction of the same two speakers is shown by a contradiction
of that exchange, not by one that sets the rebutted words against the rebutter's words of a
report weeks later (:func:`onrecord.matters.grouping.group_disagreements`), on hand-built
pairs. The story: the invented lido at Caddenham and its water tests."""

from __future__ import annotations

from onrecord.matters.contradictions import Contradiction, Evidence, Kind
from onrecord.matters.grouping import group_disagreements

COUNCILLOR = "The lido failed its water test in May,"  # Aled Pryce, in the June report
PASSED = "The lido passed its water test in May,"  # the manager's answer, in the same report
SAFE = "The water at the lido is safe to swim in,"  # the manager again, in the same report
ADMITTED = "The lido did not pass the May test, and the filters are being replaced,"  # July


def ev(sid: str, speaker: str, text: str, stance: str, article: str, date: str) -> Evidence:
    return Evidence(sid, speaker, date, article, None, text, 0, len(text), stance)


def pair(cid: str, a: Evidence, b: Evidence, confidence: float, kind: Kind) -> Contradiction:
    return Contradiction(cid, kind, a, b, confidence, matter="m1", cue="pushed back on the claim")


PRYCE = ev("p1", "Aled Pryce", COUNCILLOR, "no", "june", "2031-06-02")
ANSWER = ev("o1", "Ruth Okafor", PASSED, "yes", "june", "2031-06-02")


def shown(*pairs: Contradiction) -> tuple[str, str]:
    (c,) = group_disagreements(list(pairs))  # one report, however shown
    return c.a.statement, c.b.statement


def test_a_rebuttal_in_one_report_is_not_shown_by_a_pair_across_two() -> None:
    rebuttal = pair("r1", ANSWER, PRYCE, 0.9, "rebuttal")
    later = ev("o2", "Ruth Okafor", ADMITTED, "yes", "july", "2031-07-10")
    recalled = pair("c1", PRYCE, later, 0.6, "contradiction")
    assert shown(rebuttal, recalled) == ("o1", "p1")


def test_a_contradiction_told_in_the_rebuttals_report_shows_it() -> None:
    rebuttal = pair("r1", ANSWER, PRYCE, 0.9, "rebuttal")
    same = pair("c1", PRYCE, ev("o2", "Ruth Okafor", SAFE, "yes", "june", "2031-06-02"), 0.6,
                "contradiction")  # fmt: skip
    assert shown(rebuttal, same) == ("p1", "o2")


def test_a_rebuttal_across_two_reports_is_shown_by_the_contradiction() -> None:
    late = ev("o1", "Ruth Okafor", PASSED, "yes", "july", "2031-07-10")
    rebuttal = pair("r1", late, PRYCE, 0.8, "rebuttal")
    other = ev("o2", "Ruth Okafor", SAFE, "yes", "july", "2031-07-10")
    recalled = pair("c1", PRYCE, other, 0.6, "contradiction")
    assert shown(rebuttal, recalled) == ("p1", "o2")
