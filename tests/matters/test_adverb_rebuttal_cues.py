"""A rebuttal cue that extraction opens with an adverb ("also disputed", "still denied",
"again rejected"): the claim the speaker rejects is not theirs, so it answers no matter for
them and makes no reversal with their own words (:func:`.rebuttal_cues.rebutted_cue`)."""

from __future__ import annotations

from .builders import item

_SENT = ("Tamsin Orrell also disputed the harbour board's claim that the quay had been "
         "dredged, saying the channel was as shallow as ever.")  # fmt: skip


def test_an_adverb_before_the_rebuttal_verb_still_marks_the_claim_rebutted() -> None:
    claim = item("s1", "the harbour board's claim that the quay had been dredged",
                 "Tamsin Orrell", "2031-05-02", sentence=_SENT, cue="also disputed")  # fmt: skip
    assert claim.claim.rebutted == "disputed the harbour board's claim"
    assert {c.modality for c in claim.claim.clauses} == {"reported"}


def test_an_adverb_before_a_bare_denial_still_marks_the_claim_rebutted() -> None:
    sent = "Tamsin Orrell still denied that the quay had been dredged."
    denied = item("s2", "the quay had been dredged", "Tamsin Orrell", "2031-05-02",
                  sentence=sent, cue="still denied")  # fmt: skip
    assert denied.claim.rebutted == "denied that the quay had been dredged"
    assert {c.modality for c in denied.claim.clauses} == {"reported"}


def test_an_adverb_before_a_verb_of_saying_is_no_rebuttal() -> None:
    sent = "Tamsin Orrell also said the quay had been dredged."
    said = item("s3", "the quay had been dredged", "Tamsin Orrell", "2031-05-02",
                sentence=sent, cue="also said")  # fmt: skip
    assert said.claim.rebutted is None
    sent = "Tamsin Orrell also did not dispute the board's claim that the quay had been dredged."
    granted = item("s4", "the board's claim that the quay had been dredged", "Tamsin Orrell",
                   "2031-05-02", sentence=sent, cue="also did not dispute")  # fmt: skip
    assert granted.claim.rebutted is None
