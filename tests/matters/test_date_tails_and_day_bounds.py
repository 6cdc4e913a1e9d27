"""Two readings of a time: a bound with a day of the month ("after May 21") holds part of that
month (:mod:`onrecord.matters.claim_times`), and a date told after a comma ("found in one
pipe, on 14 April") dates the clause before it (:mod:`onrecord.matters.time_tails`).
Invented sentences."""

from __future__ import annotations

import pytest

from onrecord.matters.claim_times import times_of
from onrecord.matters.claims import parse_claim
from onrecord.matters.words import tokens

from .builders import item, kinds

MAY_ON = frozenset((2034, m) for m in range(5, 13))


def _months(text: str, tense: str = "future") -> frozenset[tuple[int, int]]:
    return times_of(tokens(text), (2034, 4), tense)


# -- a bound with a day of the month ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["forms that reach the Tolvern office after May 21 will be refused",
     "forms that reach the Tolvern office after 21 May will be refused"],
)  # fmt: skip
def test_after_a_day_of_a_month_holds_the_rest_of_that_month(text: str) -> None:
    assert _months(text) == MAY_ON


def test_after_a_month_alone_begins_with_the_next() -> None:
    assert _months("forms that reach the Tolvern office after May will be refused") == MAY_ON - {
        (2034, 5)
    }


def test_before_a_day_of_a_month_holds_that_month_too() -> None:
    assert _months("the Tolvern ferry will run before June 3") == {(2034, 4), (2034, 5), (2034, 6)}


def test_before_a_month_alone_ends_with_the_one_before() -> None:
    assert _months("the Tolvern ferry will run before June") == {(2034, 4), (2034, 5)}


def test_one_speaker_counting_by_a_late_day_and_refusing_after_an_earlier_one_reverses() -> None:
    found = kinds(
        item("a", "every form that reaches the Tolvern office by May 28 will be accepted",
             "Orla Fenwick", "2034-04-10"),
        item("b", "forms that reach the Tolvern office after May 21 will not be accepted",
             "Orla Fenwick", "2034-05-02", article="a2"),
    )  # fmt: skip
    assert [k for k, _, _ in found] == ["reversal"]


# -- a date told after a comma -----------------------------------------------------------------


def _times(text: str, key: str) -> frozenset[tuple[int, int]]:
    return next(c.times for c in parse_claim(text, said="2034-06-20").clauses
                for e in c.events if e.key == key)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["The leak was found in one pipe, near the Ashby weir, on 14 April.",
     "The leak was found in one pipe, on Tuesday, April 14."],
)  # fmt: skip
def test_a_date_after_a_comma_dates_the_clause_before_it(text: str) -> None:
    assert _times(text, "found") == {(2034, 4)}


@pytest.mark.parametrize(
    "text",
    ["The leak was found in one pipe, a week after the crews arrived in April.",
     "The leak was found in one pipe, near the Ashby weir."],
)  # fmt: skip
def test_a_tail_with_a_verb_or_no_date_dates_nothing(text: str) -> None:
    assert _times(text, "found") == frozenset()


def test_a_date_after_a_comma_meets_a_denial_of_that_month() -> None:
    found = kinds(
        item("a", "The Ashby sluice was opened for one night, on 14 April,", "Wendell Marsh",
             "2034-04-30"),
        item("b", "the Ashby sluice was not opened in April", "Priya Holloway", "2034-06-20",
             article="a2"),
    )  # fmt: skip
    assert found == [("contradiction", "a", "b")]
