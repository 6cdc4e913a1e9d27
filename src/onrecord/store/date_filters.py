"""What a date filter is: the store compares dates as text, so ``since`` and ``until`` must be
real ISO dates or prefixes of one (YYYY, YYYY-MM, YYYY-MM-DD). A value that is not ("March
2025", "2025-02-30") would match nothing and answer with an empty page that reads as "nothing
was said", so the command line and the web API both refuse it with this check."""

from __future__ import annotations

import datetime as dt
import re

DATE_FILTER = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
HOW = "write it as YYYY-MM-DD, or YYYY-MM or YYYY for a whole month or year (e.g. 2024-03-02)"


def is_date_filter(value: str) -> bool:
    """Whether ``value`` is a real YYYY, YYYY-MM or YYYY-MM-DD date ("2024-02-30" is not)."""
    if not DATE_FILTER.fullmatch(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))
    except ValueError:
        return False
    return True
