"""A "that" pointing back to a claim told before ("Quarrie said that was false"):
:mod:`onrecord.matters.points_back`. Invented sentences."""

from __future__ import annotations

from onrecord.matters.stance import stance_of

from .builders import item, kinds


def _certain(text: str, sentence: str, cue: str = "said") -> bool:
    """Whether ``text`` (in ``sentence``) takes a certain stance on any of its events."""
    it = item("s1", text, "Jo Quarrie", "2031-05-02", sentence=sentence, cue=cue)
    keys = {e.key for c in it.claim.clauses for e in c.events}
    assert keys  # the content names its event: only the stance may differ
    return any(stance_of(it.claim, k).certain for k in keys)


def test_a_that_pointing_back_answers_nothing_of_its_own() -> None:
    assert not _certain("was false", "Quarrie said that was false.")
    assert not _certain("was wrong", "The mayor, Jo Quarrie, said that was wrong.")


def test_a_that_clause_keeps_its_stance() -> None:
    assert _certain("the report was false", "Quarrie said that the report was false.")
    assert _certain("the report was false", "Quarrie said the report was false.")


def test_two_judgements_of_two_claims_are_not_opposite() -> None:
    a = item("s1", "was false", "Jo Quarrie", "2031-05-02", sentence="Quarrie said that was false.",
             cue="said")  # fmt: skip
    b = item("s2", "The figure is true", "Len Askew", "2031-05-02")
    assert kinds(a, b) == []
