"""Publication dates: validate the ``published`` option and read date lines of scraped pages."""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal

from ..errors import UsageError

DateLineKind = Literal["published", "updated"]
# How a slash date whose two numbers could both be the month ("04/05/2026") is read. A date
# that can be read one way only ("13/02/2026", "02/13/2026") is read that way whatever this says.
DateOrder = Literal["month-first", "day-first"]
DATE_ORDERS: tuple[DateOrder, ...] = ("month-first", "day-first")
DEFAULT_DATE_ORDER: DateOrder = "month-first"  # the US convention of most English news
_DATE_ORDER: ContextVar[DateOrder | None] = ContextVar("onrecord_date_order", default=None)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ISO_RE = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_MDY_RE = re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I)
_DMY_RE = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y>\d{{4}})\b", re.I)
_SLASH_RE = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b")

_PREFIX_RE = re.compile(
    r"^(?P<kind>published|updated|posted|last updated|first published|last modified|modified"
    r"|date|originally published)\b(?:\s+on)?\s*:?\s*",
    re.I,
)
# What may stand around a date on a date line: times, weekdays, time zones, separators.
_RESIDUE_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
    r"|\b(?:[A-Z]{1,4}T|UTC|GMT|ET|PT|CT|MT|BST|CET|CEST|EDT|EST|PDT|PST)\b"
    r"|\b(?:at|on|am|pm|a\.m\.|p\.m\.|updated|published|posted)\b"
    r"|[\s,|•·/()\-–—:.]+",
    re.I,
)


_UPDATED = ("updated", "last updated", "modified", "last modified")


def _make(y: str, m: str | int, d: str | int) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def check_date_order(value: str, *, what: str = "--date-order") -> DateOrder:
    """Validate a date order given by the user ("month-first" or "day-first").

    Raises:
        UsageError: Any other value.
    """
    order = value.strip().lower()
    if order not in DATE_ORDERS:
        raise UsageError(
            f"{what} is {value!r}; it must be month-first (04/05/2026 is April 5, the default) "
            "or day-first (04/05/2026 is 4 May)."
        )
    return order


def date_order() -> DateOrder:
    """How ambiguous slash dates are read now: the order set by :func:`reading_dates`, else
    ``ONRECORD_DATE_ORDER``, else :data:`DEFAULT_DATE_ORDER` (month-first).

    Raises:
        UsageError: ``ONRECORD_DATE_ORDER`` is set to something else.
    """
    order = _DATE_ORDER.get()
    if order is not None:
        return order
    raw = os.environ.get("ONRECORD_DATE_ORDER", "").strip()
    return check_date_order(raw, what="ONRECORD_DATE_ORDER") if raw else DEFAULT_DATE_ORDER


@contextmanager
def reading_dates(order: DateOrder | None) -> Iterator[None]:
    """Read ambiguous slash dates in ``order`` inside the block (None: leave it as it is)."""
    if order is None:
        yield
        return
    token = _DATE_ORDER.set(check_date_order(order))
    try:
        yield
    finally:
        _DATE_ORDER.reset(token)


def slash_date(first: str, second: str, year: str) -> str | None:
    """Read "FIRST/SECOND/YEAR": the only way it can be read when one number is over 12
    ("13/02/2026" is 13 February, "02/13/2026" is February 13), else in :func:`date_order`.
    """
    a, b = int(first), int(second)
    if a > 12 and b > 12:
        return None
    day_first = a > 12 or (b <= 12 and date_order() == "day-first")
    return _make(year, b, a) if day_first else _make(year, a, b)


def metadata_date(iso: str, page: str) -> str:
    """The date that htmldate (through trafilatura) found in ``page``, with an ambiguous slash
    date read in :func:`date_order`, as a date line of a text is.

    htmldate reads "04/05/2026" day-first (4 May) whatever onrecord's setting says, and gives
    only the date it made of it. When its date could have come the other way round (day and
    month both 12 or less, and unequal), the page holds that day-first slash date ("04/05/2026"
    or "4/5/26") and no unambiguous form of it (2026-05-04, 2026/05/04, "4 May 2026", "May 4,
    2026"), the slash date was its source and is read month-first unless the order is
    day-first. Dotted dates ("04.05.2026") are day-first everywhere and stay as htmldate read
    them.
    """
    y, m, d = (int(x) for x in iso.split("-"))
    if m > 12 or d > 12 or m == d or date_order() == "day-first":
        return iso
    slash = rf"(?<![\d/])0?{d}/0?{m}/(?:{y}|{y % 100:02d})(?![\d/])"
    if not re.search(slash, page):
        return iso
    plain = rf"{y}(?P<s>[-/]){m:02d}(?P=s){d:02d}(?!\d)"  # ISO, or a URL's /2026/05/04/
    if re.search(plain, page) or any(
        _make(w["y"], _MONTHS[w["month"].lower()[:3]], w["d"]) == iso
        for rx in (_MDY_RE, _DMY_RE)
        for w in rx.finditer(page)
    ):
        return iso
    return _make(str(y), d, m) or iso


# epoch seconds and milliseconds of 1973-03-03 (the first with nine digits) to 2100-01-01
_EPOCH_SECONDS = (100_000_000, 4_102_444_800)
_EPOCH_MILLISECONDS = (100_000_000_000, 4_102_444_800_000)


def epoch_date(value: float) -> str | None:
    """The UTC date of a time given in seconds or milliseconds since 1970 (a feed's
    ``1764633600`` or ``1764633600000``), or None when it is outside both sane ranges
    (1973 to 2099): a number that small or that large is some other count, not a date."""
    if not math.isfinite(value):
        return None
    if _EPOCH_MILLISECONDS[0] <= value < _EPOCH_MILLISECONDS[1]:
        value /= 1000
    elif not _EPOCH_SECONDS[0] <= value < _EPOCH_SECONDS[1]:
        return None
    return dt.datetime.fromtimestamp(value, tz=dt.UTC).date().isoformat()


def find_date(text: str) -> tuple[str, int, int] | None:
    """Find the first written calendar date in ``text``.

    Args:
        text: A short line such as "Updated 3:04 PM ET, Sat November 11, 2017".

    Returns:
        ``(YYYY-MM-DD, start, end)`` of the first full date (with a year), or None.
    """
    found: list[tuple[int, int, str]] = []
    for rx in (_ISO_RE, _MDY_RE, _DMY_RE, _SLASH_RE):
        for m in rx.finditer(text):
            groups = m.groupdict()
            name = groups.get("month")
            if rx is _SLASH_RE:
                iso = slash_date(groups["a"], groups["b"], groups["y"])
            else:
                month = _MONTHS.get(name.lower()[:3], 0) if name else int(groups["m"])
                iso = _make(groups["y"], month, groups["d"])
            if iso:
                found.append((m.start(), m.end(), iso))
                break
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


def parse_date_line(line: str) -> tuple[DateLineKind, str] | None:
    """Read a date line ("Published Nov. 11, 2017", "Updated 3:04 PM ET, Sat November 11, 2017").

    Args:
        line: One line of a scraped page.

    Returns:
        ``(kind, YYYY-MM-DD)`` when the whole line is a dateline, else None. A line that merely
        mentions a date inside a sentence is not a date line.
    """
    if len(line) > 120:
        return None
    prefix = _PREFIX_RE.match(line)
    body = line[prefix.end() :] if prefix else line
    found = find_date(body)
    if found is None:
        return None
    iso, start, end = found
    if _RESIDUE_RE.sub("", body[:start] + " " + body[end:]).strip():
        return None
    updated = prefix is not None and prefix.group("kind").lower() in _UPDATED
    kind: DateLineKind = "updated" if updated else "published"
    return kind, iso


def normalize_published(value: str, *, what: str = "published") -> str:
    """Validate a publication date given by the user and return it as YYYY-MM-DD.

    Args:
        value: "2017-11-11", or an ISO 8601 date-time that starts with the date.
        what: How to name the option in the error message.

    Raises:
        UsageError: When the value is not such a date.
    """
    text = value.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?", text)
    iso = _make(m.group(1), m.group(2), m.group(3)) if m else None
    if iso is None:
        raise UsageError(
            f"{what} must be a date in the form YYYY-MM-DD (for example 2017-11-11), "
            f"not {value!r}. Pass the publication date as --published YYYY-MM-DD."
        )
    return iso


_ISO_START_RE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?![\d-])")


def coerce_date(value: str) -> str | None:
    """Turn a date found in metadata ("2017-11-11T09:00Z", "Nov. 11, 2017") into YYYY-MM-DD.

    A value that opens with an ISO 8601 date is read by it first: in "2017-11-11T09:00:00Z" the
    "T" glues the date to the time, so the date is no word of its own for :func:`find_date`.
    """
    m = _ISO_START_RE.match(value)
    if m:
        return _make(m[1], m[2], m[3])
    found = find_date(value)
    return found[0] if found else None
