"""Days between two dates of statements, and the month a statement was said in."""

from __future__ import annotations

import datetime
import re


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two ISO dates (their first ten characters), or None when one is not a date."""
    try:
        da = datetime.date.fromisoformat((a or "")[:10])
        db = datetime.date.fromisoformat((b or "")[:10])
    except ValueError:
        return None
    return abs((da - db).days)


def said_month(date: str | None) -> tuple[int, int] | None:
    """(year, month) of a ``YYYY-MM...`` date, or None when it is not one."""
    if date is None or not re.match(r"\d{4}-\d\d", date):
        return None
    return int(date[:4]), int(date[5:7])
