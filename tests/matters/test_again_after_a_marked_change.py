"""A state said to hold again ("is safe to drink again") agrees with the present denial of it
told on an earlier day ("is not safe to drink", three weeks before): that day's now is the
while "again" says has ended, even where the later article marks a change of position
(:mod:`onrecord.matters.marked_reversals`). Every sentence here is invented: tap water at
Kelder."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.restored import restored_since

from .builders import item, kinds

# -- a state that holds again, in an article that marks a change --------------------------------


_NOT_SAFE = "Tap water in Kelder is not safe to drink"


def _marked(later: str) -> list[tuple[str, str, str]]:
    """Morrow's denial on May 1, and on May 22 her new words in a sentence that marks a change
    ("who had told residents to boil their water")."""
    a = item("a", _NOT_SAFE, "Ines Morrow", "2026-05-01")
    sentence = f"Morrow, who had told residents to boil their water, said {later}."
    b = item("b", later, "Ines Morrow", "2026-05-22", article="a2", sentence=sentence, cue="said")
    return kinds(a, b)


def test_safe_again_weeks_after_not_safe_is_no_change_of_position() -> None:
    assert _marked("the tap water in Kelder is safe to drink again") == []


def test_safe_without_again_weeks_after_not_safe_is_still_a_reversal() -> None:
    assert _marked("the tap water in Kelder is safe to drink") == [("reversal", "a", "b")]


def test_again_of_a_past_day_or_against_never_is_still_a_reversal() -> None:
    assert _marked("the tap water in Kelder was safe to drink again on Friday") == [
        ("reversal", "a", "b")
    ]
    a = item("a", "Tap water in Kelder has never been unsafe to drink", "Ines Morrow", "2026-05-01")
    assert not restored_since(a.claim.clauses[0], parse_claim("the water is safe again").clauses[0])
