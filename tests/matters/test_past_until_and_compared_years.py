"""Two times a clause names that are not the time it is about
(:mod:`onrecord.matters.claim_times`): a past "not ... until" a month gone by denies the months
before it, and a year a figure is measured against ("the same as last year") dates nothing.
Invented sentences."""

from __future__ import annotations

import pytest

from onrecord.matters.claims import parse_claim


def _months(text: str, said: str = "2030-05-02") -> set[tuple[int, int]]:
    return set().union(*(c.times for c in parse_claim(text, said=said).clauses))


def test_a_past_not_until_denies_the_months_before() -> None:
    """ "did not know about the leak until April", said in May: not knowing in January to
    March, so a telling on 14 March is the other side of it."""
    assert _months("The Kelso managers did not know about the leak until April.") == {
        (2030, 1), (2030, 2), (2030, 3),
    }  # fmt: skip


def test_a_past_not_until_a_later_month_is_last_years() -> None:
    """ "did not know until November", said in May: last November, so the months before it
    last year are denied, not the months ahead."""
    assert _months("The Kelso managers did not know about the leak until November.") == {
        (2029, m) for m in range(1, 11)
    }


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # a promise of a later month keeps the months from now up to it
        ("The Kelso depot will not reopen until September.", {(2030, m) for m in range(5, 9)}),
        ("The Kelso depot was shut in March.", {(2030, 3)}),
    ],
)
def test_a_future_until_and_a_plain_past_month_keep_their_months(
    text: str, months: set[tuple[int, int]]
) -> None:
    assert _months(text) == months


@pytest.mark.parametrize(
    "text",
    [
        "The Kelso grant is the same as last year, to the pound.",
        "The Kelso grant is bigger than last year.",
        "The Kelso grant is twice as much as last year.",
    ],
)
def test_a_year_measured_against_dates_nothing(text: str) -> None:
    assert _months(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Kelso grant was cut last year.",
        # "as recently as": a time, not a measure
        "The Kelso ferry ran as recently as last year.",
        "The Kelso hall was open as late as last year.",
    ],
)
def test_last_year_as_a_time_still_dates_the_clause(text: str) -> None:
    assert _months(text) == {(2029, m) for m in range(1, 13)}
