"""Pure calendar helpers for TIMEX3 values: parse, shift, coarsen, pick a year, convert to ISO.

A TIMEX3 DATE value names a stretch of time at some granularity: ``2017`` (year), ``2017-Q4``
(quarter), ``2017-H2`` (half), ``2017-SU`` (season), ``2017-11`` (month), ``2017-W45`` (ISO week),
``2017-W45-WE`` (weekend), ``2017-11-10`` (day), ``201`` (decade), ``20`` (century). Unknown
digits are ``X`` (``XXXX-11-10``: November 10 of an unknown year).
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from typing import Literal

log = logging.getLogger(__name__)

Tense = Literal["past", "present", "future"]
Granularity = Literal["C", "E", "Y", "H", "Q", "S", "M", "W", "WE", "D"]

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_PART = re.compile(r"^(\d{4})-(Q|H)(\d)$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d\d)$")


def parse_anchor(anchor: str | None) -> dt.date | None:
    """Read a document creation time (``YYYY-MM-DD``, optionally followed by a time) as a date.

    Args:
        anchor: the publication date, or None.

    Returns:
        The date, or None when the anchor is missing or malformed.
    """
    if not anchor:
        return None
    m = _DAY.match(anchor.strip())
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def day_value(d: dt.date) -> str:
    """``2017-11-10`` for a date."""
    return d.isoformat()


def week_value(d: dt.date) -> str:
    """The ISO week that contains ``d``: ``2017-W45``."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: dt.date) -> int:
    """The calendar quarter (1-4) of ``d``."""
    return (d.month - 1) // 3 + 1


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months, the day clipped to the length of the target month."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    if year < 1:
        return d
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def shift_date(d: dt.date, amount: int, unit: str) -> dt.date:
    """``d`` moved by ``amount`` units of ``Y``, ``Q``, ``M``, ``W`` or ``D``."""
    try:
        if unit == "Y":
            return add_months(d, 12 * amount)
        if unit == "Q":
            return add_months(d, 3 * amount)
        if unit == "M":
            return add_months(d, amount)
        if unit == "W":
            return d + dt.timedelta(weeks=amount)
        return d + dt.timedelta(days=amount)
    except OverflowError:
        return d


def granularity(value: str) -> Granularity | None:
    """The granularity of a fully specified DATE value, or None for anything else."""
    if _DAY.match(value):
        return "D"
    if _MONTH.match(value):
        return "M"
    m = _WEEK.match(value)
    if m:
        return "WE" if m[3] else "W"
    m = _PART.match(value)
    if m:
        return "Q" if m[2] == "Q" else "H"
    if _SEASON.match(value):
        return "S"
    if _YEAR.match(value):
        return "Y"
    if _DECADE.match(value):
        return "E"
    if _CENTURY.match(value):
        return "C"
    return None


def representative_date(value: str) -> dt.date | None:
    """A date inside the period a DATE value names (its first day), or None."""
    try:
        if m := _DAY.match(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := _WEEK.match(value):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 1)
        if m := _PART.match(value):
            per = 3 if m[2] == "Q" else 6
            return dt.date(int(m[1]), (int(m[3]) - 1) * per + 1, 1)
        if m := _SEASON.match(value):
            month = {"WI": 1, "SP": 4, "SU": 7, "FA": 10}[m[2]]
            return dt.date(int(m[1]), month, 1)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None


def at_granularity(d: dt.date, gran: Granularity, like: str = "") -> str:
    """The value of granularity ``gran`` that contains ``d``.

    Args:
        d: a date.
        gran: the granularity wanted.
        like: for halves and seasons, a value of that kind to copy the suffix style from.

    Returns:
        A TIMEX3 value such as ``2017-Q4``.
    """
    if gran == "D":
        return day_value(d)
    if gran == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "W":
        return week_value(d)
    if gran == "WE":
        return week_value(d) + "-WE"
    if gran == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if gran == "H":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "S":
        return f"{d.year:04d}-{like[-2:] if like else 'SU'}"
    if gran == "E":
        return f"{d.year // 10:03d}"
    if gran == "C":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def shift_value(value: str, amount: int, unit: str) -> str | None:
    """A DATE value moved by ``amount`` units, keeping its granularity.

    Args:
        value: e.g. ``1989-Q3``.
        amount: how many units (negative for earlier).
        unit: ``Y``, ``Q``, ``M``, ``W`` or ``D``.

    Returns:
        The shifted value (``1988-Q3`` for -1 Y), or None when ``value`` is not fully specified.
    """
    gran = granularity(value)
    start = representative_date(value)
    if gran is None or start is None:
        return None
    return at_granularity(shift_date(start, amount, unit), gran, like=value)


def pick_year(
    anchor: dt.date, month: int, day: int | None, tense: Tense | None, *, near_days: int = 0
) -> int:
    """The year of a month (and day) written without one, seen from ``anchor``.

    The closest such date wins when it is at most ``near_days`` away or the tense is unknown.
    Otherwise, in past-tense context it is the latest one on or before the anchor, in
    future-tense context the earliest one on or after it.
    """
    years = (anchor.year - 1, anchor.year, anchor.year + 1)

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        last = calendar.monthrange(year, month)[1]
        if day:
            when = dt.date(year, month, min(day, last))
            return when, when
        return dt.date(year, month, 1), dt.date(year, month, last)

    def distance(year: int) -> int:
        start, end = bounds(year)
        if start <= anchor <= end:
            return 0
        return min(abs((start - anchor).days), abs((end - anchor).days))

    closest = min(years, key=distance)
    if distance(closest) <= near_days:
        return closest
    if tense == "future":
        return min(y for y in years if bounds(y)[1] >= anchor)
    # news reports the past: without a future cue, a far date is the latest one before the anchor
    return max(y for y in years if bounds(y)[0] <= anchor)


def weekday_date(anchor: dt.date, weekday: int, tense: Tense | None, rel: str = "") -> dt.date:
    """The date of a weekday (ISO 1-7) mentioned in a text published on ``anchor``.

    The publication day itself when it is that weekday (unless ``rel`` is ``last`` or
    ``next``); otherwise the most recent one before it, or the next one in future context.
    """
    delta = weekday - anchor.isoweekday()
    if rel in ("last", "previous"):
        return anchor + dt.timedelta(days=(delta % 7) - 7 if delta % 7 else -7)
    if rel in ("next", "coming", "following"):
        return anchor + dt.timedelta(days=delta % 7 or 7)
    if delta == 0:
        return anchor
    if tense == "future":
        return anchor + dt.timedelta(days=delta % 7)
    return anchor - dt.timedelta(days=(-delta) % 7)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ISO ``weekday`` of a month (``n = -1``: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(name: str, year: int) -> dt.date | None:
    """The date of a (mostly US) holiday in ``year``; ``name`` is lowercase, e.g. ``christmas``."""
    fixed = {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
        "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
        "independence day": (7, 4), "july fourth": (7, 4), "fourth of july": (7, 4),
        "valentine's day": (2, 14), "veterans day": (11, 11), "boxing day": (12, 26),
    }  # fmt: skip
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name in ("thanksgiving", "thanksgiving day"):
        return nth_weekday(year, 11, 4, 4)
    if name == "labor day":
        return nth_weekday(year, 9, 1, 1)
    if name == "memorial day":
        return nth_weekday(year, 5, 1, -1)
    if name == "election day":
        return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    if name in ("easter", "easter sunday"):
        return easter(year)
    if name == "good friday":
        return easter(year) - dt.timedelta(days=2)
    return None


def timex_to_iso(value: str) -> str:
    """Turn a TIMEX3 date value into ISO 8601, writing an unknown year the ISO way.

    ``XXXX-11-10`` becomes ``--11-10`` and ``XXXX-11`` becomes ``--11``; a value without
    unknown digits (``2017-11-10``, ``2017-W45``, ``PRESENT_REF``) is returned unchanged.

    Args:
        value: a TIMEX3 value.

    Returns:
        The ISO 8601 form.
    """
    m = re.match(r"^XXXX-(\d\d)(-\d\d)?(T.*)?$", value)
    if m:
        return f"--{m[1]}{m[2] or ''}{m[3] or ''}"
    return value
