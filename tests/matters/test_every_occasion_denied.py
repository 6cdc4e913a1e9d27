"""A denial in the present perfect ("has never sent anyone to a single meeting") and, weeks
later, every occasion of a span that holds its day told done ("staff have attended every
meeting this year") speak of one time: the occasions up to the denial
(:func:`onrecord.matters.perfect_denials.denied_up_to`). Not a count of some occasions,
which may all come after the denial, nor a span of another year. Every sentence here is
invented."""

from __future__ import annotations

from .builders import item, kinds

_NEVER = "Harlow Mills has never sent anyone to a single town council meeting"


def test_every_occasion_of_the_year_meets_a_denial_said_within_it() -> None:
    a = item("a", _NEVER, "Edith Crane", "2031-07-08", article="a1")
    b = item("b", "Harlow Mills staff have attended every town council meeting this year",
             "Victor Lund", "2031-08-15", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_some_occasions_of_the_year_may_come_after_the_denial() -> None:
    a = item("a", _NEVER, "Edith Crane", "2031-07-08", article="a1")
    b = item("b", "Harlow Mills staff have attended two town council meetings this year",
             "Victor Lund", "2031-08-15", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_every_occasion_of_a_later_year_is_another_time() -> None:
    a = item("a", _NEVER, "Edith Crane", "2031-07-08", article="a1")
    b = item("b", "Harlow Mills staff have attended every town council meeting this year",
             "Victor Lund", "2032-08-15", article="a2")  # fmt: skip
    assert kinds(a, b) == []
