"""Pure calendar helpers of the time stage."""

from __future__ import annotations

import datetime as dt

import pytest

from onrecord.nlp.timex_calendar import (
    easter,
    holiday_date,
    parse_anchor,
    pick_year,
    shift_value,
    weekday_date,
)
from onrecord.nlp.timex_relative import duration_value, parse_number

SAT = dt.date(2017, 11, 11)


@pytest.mark.parametrize(
    ("value", "amount", "unit", "expected"),
    [
        ("2017-11-10", 1, "D", "2017-11-11"),
        ("2017-11", -1, "M", "2017-10"),
        ("2017-Q1", -1, "Q", "2016-Q4"),
        ("1989-Q3", -1, "Y", "1988-Q3"),
        ("2017-W45", 1, "W", "2017-W46"),
        ("2017", -3, "Y", "2014"),
        ("XXXX-11-10", 1, "D", None),
    ],
)
def test_timex_shift_value(value: str, amount: int, unit: str, expected: str | None) -> None:
    assert shift_value(value, amount, unit) == expected


def test_timex_pick_year_rollover() -> None:
    assert pick_year(dt.date(2018, 1, 2), 12, 30, "past") == 2017
    assert pick_year(dt.date(2017, 12, 28), 1, 5, "future") == 2018
    assert pick_year(dt.date(2017, 12, 28), 1, 5, None, near_days=90) == 2018
    # without a tense, a far date is in the past: news reports what happened
    assert pick_year(dt.date(2017, 12, 28), 1, 5, None) == 2017
    assert pick_year(dt.date(1998, 2, 6), 8, 6, None, near_days=90) == 1997
    assert pick_year(dt.date(2017, 8, 15), 1, None, "past", near_days=90) == 2017
    assert pick_year(dt.date(2017, 8, 15), 1, None, "future", near_days=90) == 2018


def test_timex_weekday_date() -> None:
    assert weekday_date(SAT, 5, "past") == dt.date(2017, 11, 10)
    assert weekday_date(SAT, 6, "future") == SAT
    assert weekday_date(SAT, 1, "future") == dt.date(2017, 11, 13)
    assert weekday_date(SAT, 6, None, "last") == dt.date(2017, 11, 4)
    assert weekday_date(SAT, 6, None, "next") == dt.date(2017, 11, 18)


def test_timex_holidays() -> None:
    assert easter(2017) == dt.date(2017, 4, 16)
    assert holiday_date("thanksgiving", 2017) == dt.date(2017, 11, 23)
    assert holiday_date("election day", 2016) == dt.date(2016, 11, 8)
    assert holiday_date("arbor day", 2016) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5 1/2", 5.5),
        ("twenty-five", 25.0),
        ("two and a half", 2.5),
        ("a", 1.0),
        ("several", None),
        ("1,000", 1000.0),
        ("10 to 12", None),
    ],
)
def test_timex_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [
        (3, "days", "P3D"),
        (5.5, "hours", "PT5H30M"),
        (1.5, "years", "P1Y6M"),
        (None, "years", "PXY"),
        (2, "decades", "P20Y"),
        (None, "hours", "PTXH"),
        (2, "quarters", "P2Q"),
    ],
)
def test_timex_duration_value(amount: float | None, unit: str, value: str) -> None:
    assert duration_value(amount, unit) == value


def test_timex_parse_anchor() -> None:
    assert parse_anchor("1998-11-20T19:30") == dt.date(1998, 11, 20)
    assert parse_anchor("not a date") is None
    assert parse_anchor("2017-02-30") is None
