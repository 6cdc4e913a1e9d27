"""Which rebuttals are exchanges of their own: each side's rebuttal of the other's claim in
one report (:func:`onrecord.matters.grouping.group_disagreements`); and the pairs a
rebuttal's cue backs (:func:`onrecord.matters._with_rebuttals`). Invented: a youth club's
grant in Millbrook."""

from __future__ import annotations

from onrecord.matters import _with_rebuttals
from onrecord.matters.contradictions import Contradiction, Evidence
from onrecord.matters.grouping import group_disagreements


def _ev(key: str, speaker: str, article: str, stance: str = "yes") -> Evidence:
    return Evidence(key, speaker, "2031-03-04", article, None, "...", 0, 3, stance)


def test_a_rebuttal_in_the_report_of_the_contradiction_still_folds_into_it() -> None:
    contra = Contradiction("c", "contradiction", _ev("h1", "Lena Hartley", "jan"),
                           _ev("f1", "Naomi Fairbairn", "jan", "no"), 0.8, "m")  # fmt: skip
    rebut = Contradiction("r", "rebuttal", _ev("f2", "Naomi Fairbairn", "jan"),
                          _ev("h1", "Lena Hartley", "jan"), 0.8, "m", "rejected")  # fmt: skip
    assert [c.kind for c in group_disagreements([contra, rebut])] == ["contradiction"]


def test_each_sides_rebuttal_in_one_report_is_its_own() -> None:
    """The county's manager rejects the campaign's claim, and the campaign's chair rejects the
    county's: two rebuttals of two claims in one report."""
    one = Contradiction("r1", "rebuttal", _ev("f1", "Naomi Fairbairn", "mar"),
                        _ev("h1", "Lena Hartley", "mar"), 0.9, None, "rejected")  # fmt: skip
    two = Contradiction("r2", "rebuttal", _ev("h2", "Lena Hartley", "mar"),
                        _ev("f3", "Naomi Fairbairn", "mar"), 0.9, None, "denied")  # fmt: skip
    assert len(group_disagreements([one, two])) == 2
    again = Contradiction("r3", "rebuttal", _ev("f4", "Naomi Fairbairn", "mar"),
                          _ev("h3", "Lena Hartley", "mar"), 0.9, None, "dismissed")  # fmt: skip
    assert len(group_disagreements([one, again])) == 1  # one side's two: one exchange


def test_a_rebuttal_does_not_back_a_pair_recalled_from_another_report() -> None:
    """The rebuttal answers the chair in March's report; a pair setting the manager's
    January words against the chair's March ones is not backed by its cue."""
    rebut = Contradiction("r", "rebuttal", _ev("f2", "Naomi Fairbairn", "mar"),
                          _ev("h2", "Lena Hartley", "mar"), 0.8, "m", "rejected")  # fmt: skip
    recalled = Contradiction("c", "contradiction", _ev("f1", "Naomi Fairbairn", "jan", "no"),
                             _ev("h2", "Lena Hartley", "mar"), 0.6, "m")  # fmt: skip
    same = Contradiction("d", "contradiction", _ev("f3", "Naomi Fairbairn", "mar", "no"),
                         _ev("h2", "Lena Hartley", "mar"), 0.6, "m")  # fmt: skip
    out = {c.id: c for c in _with_rebuttals([recalled, same], [rebut])}
    assert out["c"].cue is None and out["c"].confidence == 0.6
    assert out["d"].cue == "rejected"


def test_two_pairs_on_no_matter_are_not_one_disagreement() -> None:
    """A contradiction on no matter (a verdict's, "rejected that." and the words after it) and
    a rebuttal on no matter between the same two, with no statement in common, are two
    exchanges: having no matter is no matter in common."""
    contra = Contradiction("c", "contradiction", _ev("h1", "Lena Hartley", "jan"),
                           _ev("f1", "Naomi Fairbairn", "jan", "no"), 0.85, None,
                           "rejected that")  # fmt: skip
    rebut = Contradiction("r", "rebuttal", _ev("f2", "Naomi Fairbairn", "mar"),
                          _ev("h2", "Lena Hartley", "mar"), 0.9, None, "disputed")  # fmt: skip
    assert sorted(c.kind for c in group_disagreements([contra, rebut])) == [
        "contradiction", "rebuttal"]  # fmt: skip
    # on one matter, the rebuttal still folds into the contradiction
    contra_m = Contradiction("c", "contradiction", _ev("h1", "Lena Hartley", "jan"),
                             _ev("f1", "Naomi Fairbairn", "jan", "no"), 0.85, "m")  # fmt: skip
    rebut_m = Contradiction("r", "rebuttal", _ev("f2", "Naomi Fairbairn", "mar"),
                            _ev("h2", "Lena Hartley", "mar"), 0.9, "m", "disputed")  # fmt: skip
    assert [c.kind for c in group_disagreements([contra_m, rebut_m])] == ["contradiction"]


def test_a_rebuttal_told_in_a_later_report_is_its_own_exchange() -> None:
    """The manager and the chair contradict each other in January's report; in March's the
    chair rejects the manager's January claim: a second exchange, shown by its own pair,
    not folded into January's contradiction."""
    contra = Contradiction("c", "contradiction", _ev("h1", "Lena Hartley", "jan"),
                           _ev("f1", "Naomi Fairbairn", "jan", "no"), 0.9, "m")  # fmt: skip
    rebut = Contradiction("r", "rebuttal", _ev("f2", "Naomi Fairbairn", "mar"),
                          _ev("h1", "Lena Hartley", "jan"), 0.8, "m", "rejected")  # fmt: skip
    out = {c.kind: c for c in group_disagreements([contra, rebut])}
    assert set(out) == {"contradiction", "rebuttal"}
    assert (out["rebuttal"].a.statement, out["rebuttal"].b.statement) == ("f2", "h1")


def test_a_later_rebuttal_folds_into_a_contradiction_told_in_its_report_too() -> None:
    """The two also contradict each other in March's report: the rebuttal told there backs
    that disagreement rather than being reported again."""
    contra = Contradiction("c", "contradiction", _ev("h1", "Lena Hartley", "jan"),
                           _ev("f1", "Naomi Fairbairn", "jan", "no"), 0.9, "m")  # fmt: skip
    march = Contradiction("d", "contradiction", _ev("h1", "Lena Hartley", "jan"),
                          _ev("f3", "Naomi Fairbairn", "mar", "no"), 0.6, "m")  # fmt: skip
    rebut = Contradiction("r", "rebuttal", _ev("f2", "Naomi Fairbairn", "mar"),
                          _ev("h1", "Lena Hartley", "jan"), 0.8, "m", "rejected")  # fmt: skip
    assert [c.kind for c in group_disagreements([contra, march, rebut])] == ["contradiction"]


def test_a_later_rebuttal_of_a_claim_never_disputed_in_one_report_still_folds() -> None:
    """The contradiction sets the chair's January words against the manager's February
    letter; the chair's March rebuttal of the letter is what opposes the two: one report."""
    contra = Contradiction("c", "contradiction", _ev("h1", "Lena Hartley", "feb"),
                           _ev("f1", "Naomi Fairbairn", "jan", "no"), 0.9, "m")  # fmt: skip
    rebut = Contradiction("r", "rebuttal", _ev("f2", "Naomi Fairbairn", "mar"),
                          _ev("h1", "Lena Hartley", "feb"), 0.8, "m", "rejected")  # fmt: skip
    assert [c.kind for c in group_disagreements([contra, rebut])] == ["contradiction"]
