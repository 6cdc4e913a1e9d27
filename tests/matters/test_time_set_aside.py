"""A new date told with the old one set aside: "the ferry to Holm will stop on 30 June" in
March, then "the Holm ferry will stop at the end of October, not in June". The ", not in
June" dates the act and denies nothing of it: the date moved, a reversal
(:func:`onrecord.matters.moved_ends.dated_act`).

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item, parse_claim
from onrecord.matters.moved_ends import dated_act

from .builders import item, kinds

_WHO = "Ingrid Faulkes"
_OLD = "The ferry to Holm will stop on 30 June."


def _two(old: str, new: str) -> list[Item]:
    return [
        item("1", old, _WHO, "2031-03-04", article="a1"),
        item("2", new, _WHO, "2031-05-11", article="a2"),
    ]


def test_a_new_date_with_the_old_one_set_aside_is_a_reversal() -> None:
    new = "The Holm ferry will stop at the end of October, not in June."
    assert kinds(*_two(_OLD, new)) == [("reversal", "1", "2")]


def test_rather_than_sets_a_date_aside_too() -> None:
    clause = parse_claim("The Holm ferry will stop in June rather than in October.").clauses[0]
    act = dated_act(clause)
    assert act is not None and act.family == "end" and act.month[1] == 6


def test_the_set_aside_date_is_not_the_acts_date() -> None:
    """The month dated is the one kept, even when the one set aside comes later."""
    clause = parse_claim("The Holm ferry will stop in June, not in October.").clauses[0]
    act = dated_act(clause)
    assert act is not None and act.month[1] == 6


def test_the_act_itself_denied_dates_nothing() -> None:
    """ "will not stop in June" denies the act: no date is given for it."""
    clause = parse_claim("The Holm ferry will not stop in June.").clauses[0]
    assert dated_act(clause) is None
    assert kinds(*_two(_OLD, "The Holm ferry will not stop in June.")) == []
