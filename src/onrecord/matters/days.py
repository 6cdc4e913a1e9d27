"""Days between two dates of statements."""

from __future__ import annotations

import datetime


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two ISO dates (their first ten characters), or None when one is not a date."""
    try:
        da = datetime.date.fromisoformat((a or "")[:10])
        db = datetime.date.fromisoformat((b or "")[:10])
    except ValueError:
        return None
    return abs((da - db).days)
