"""A rebuttal's target shown by the speaker's quote told right after the reporter's lead-in
of it, when the quote names one of the lead-in's things besides its subject
(:func:`onrecord.matters.lead_ins.show_quotes`): "Kell said the night log did not record a
pump failure. "Nobody wrote down a word about the pumps that night," he said." The story is
invented: the flood at Marrowby."""

from __future__ import annotations

from onrecord.matters import analyze_items

from .builders import told

_LEAD = "Hamish Kell said the night log did not record a pump failure."
_REBUTTAL = "Orla Penhale disputed Kell's claim that the night log had missed a pump failure."
_CLAIM = "the night log had missed a pump failure"


def _target(quote: str, *, reply_first: bool = False) -> set[tuple[str, str]]:
    """(rebutting, rebutted) statements of the rebuttal after the lead-in and its quote (or
    the quote after the rebuttal, ``reply_first``)."""
    said = f'"{quote}," he said.'
    parts = [_LEAD, _REBUTTAL, said] if reply_first else [_LEAD, said, _REBUTTAL]
    body = " ".join(parts)
    day = "2031-03-04"
    lead = told("s1", body, "the night log did not record a pump failure", _LEAD,
                "Hamish Kell", "said", direct=False, day=day)  # fmt: skip
    own = told("s2", body, quote, said, "Hamish Kell", "said", direct=True, day=day)
    answer = told("s3", body, _CLAIM, _REBUTTAL, "Orla Penhale", "disputed", direct=False,
                  day=day)  # fmt: skip
    found = analyze_items([lead, own, answer])[1]
    return {(c.a.statement, c.b.statement) for c in found if c.kind == "rebuttal"}


def test_the_quote_that_tells_the_lead_in_again_shows_the_target() -> None:
    """The quote names the pumps, a thing of the lead-in besides its subject (the night
    log): Kell's own words of it, the evidence a reader checks."""
    assert _target("Nobody wrote down a word about the pumps that night") == {("s3", "s2")}


def test_a_quote_of_the_lead_ins_subject_alone_leaves_the_lead_in() -> None:
    """ "That night log will be sent to the inspectors" shares only the lead-in's subject:
    it says another thing of the log."""
    assert _target("That night log will be sent to the inspectors") == {("s3", "s1")}


def test_a_quote_after_the_rebuttal_leaves_the_lead_in() -> None:
    """Kell's quote after the rebuttal replies to it: the lead-in stays the target."""
    quote = "Nobody wrote down a word about the pumps that night"
    assert _target(quote, reply_first=True) == {("s3", "s1")}
