"""A bound told "until at least" a time holds an act off as "until" that time does
(:mod:`onrecord.matters.claim_times`, :mod:`onrecord.matters.deadlines`): "will stay shut
until at least October" covers the months up to October, so it meets "will reopen on 14 July"
said before it; a bound that ends before the forecast month does not."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.claim_times import times_of
from onrecord.matters.words import tokens

from .builders import item, kinds


def test_until_at_least_a_month_covers_the_months_up_to_it() -> None:
    toks = tokens("The pool will stay shut until at least October.")
    assert times_of(toks, (2035, 7), "future") == {(2035, 7), (2035, 8), (2035, 9)}
    assert times_of(tokens("The pool will stay shut until October."), (2035, 7), "future") == (
        times_of(toks, (2035, 7), "future")
    )


def test_a_reopening_date_meets_a_later_bound_of_one_speaker() -> None:
    a = item("a", "The pool will reopen on Monday 14 July.", "Wilf Ancrum", "2035-07-02")
    b = item("b", "The pool will stay shut until at least October.", "Wilf Ancrum",
             "2035-07-25")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_bound_before_the_forecast_month_is_no_reversal() -> None:
    a = item("a", "The pool will reopen on Monday 14 October.", "Wilf Ancrum", "2035-07-02")
    b = item("b", "The pool will stay shut until at least September.", "Wilf Ancrum",
             "2035-07-25")  # fmt: skip
    assert kinds(a, b) == []
    assert parse_claim("The pool will stay shut until at least September.").clauses[0].times
