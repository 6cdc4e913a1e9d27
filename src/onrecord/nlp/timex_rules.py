"""Normalization of calendar expressions: explicit dates, months, years, decades, quarters, clock
times, weekdays and holidays. Each ``norm_<rule>`` turns one :class:`Candidate` into a TIMEX3
type, value and mod, or None to drop it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections.abc import Callable

from .timex_calendar import (
    at_granularity,
    holiday_date,
    quarter_of,
    shift_date,
    week_value,
    weekday_date,
)
from .timex_context import Context, Norm
from .timex_lexicon import MONTHS, ORDINALS, PARTS_OF_DAY, POINT_MODS, SEASONS, WEEKDAYS
from .timex_patterns import Candidate

log = logging.getLogger(__name__)

Handler = Callable[[Candidate, Context], Norm | None]

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_DECADE_WORDS = "twenties thirties forties fifties sixties seventies eighties nineties".split()


def point_mod(word: str | None) -> str | None:
    """The TIMEX3 mod of a prefix such as ``early``, ``the end of`` or ``mid-``."""
    if not word:
        return None
    for token in re.findall(r"[a-z]+", word.lower()):
        if token in POINT_MODS:
            return POINT_MODS[token]
    return None


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation (``Sept.`` -> 9)."""
    return MONTHS[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    """The day of month in ``10th`` -> 10."""
    return int(re.sub(r"\D", "", word))


def _valid_day(year: str, month: int, day: int) -> bool:
    ref_year = int(year) if year.isdigit() else 2000  # a leap year, so Feb. 29 is fine
    return 1 <= day <= calendar.monthrange(ref_year, month)[1]


def norm_iso(c: Candidate, ctx: Context) -> Norm | None:
    """``1998-08-07`` (optionally with a time)."""
    y, m, d = c.groups["y"] or "", int(c.groups["m"] or 0), int(c.groups["d"] or 0)
    if not (1 <= m <= 12 and _valid_day(y, m, d)):
        return None
    value = f"{y}-{m:02d}-{d:02d}"
    if c.groups["h"]:
        return "TIME", f"{value}T{c.groups['h']}:{c.groups['mi']}", None
    return "DATE", value, None


def norm_slash(c: Candidate, ctx: Context) -> Norm | None:
    """``10/27/89`` (US order)."""
    y, m, d = c.groups["y"] or "", int(c.groups["m"] or 0), int(c.groups["d"] or 0)
    if len(y) == 2:
        y = ("19" if int(y) >= 30 else "20") + y
    if not (1 <= m <= 12 and _valid_day(y, m, d)):
        return None
    return "DATE", f"{y}-{m:02d}-{d:02d}", None


def _day_of(ref: str | None, c: Candidate, ctx: Context) -> str:
    """The day a clock time or part of day belongs to: a named day, else the anchor."""
    if ref:
        low = ref.lower()
        if low in ("today", "yesterday", "tomorrow"):
            return relative_day(low, ctx)
        if low in WEEKDAYS:
            if ctx.anchor is None:
                return "XXXX-XX-XX"
            tense = ctx.weekday_tense(c.start, c.end)
            return weekday_date(ctx.anchor, WEEKDAYS[low], tense).isoformat()
        parts = ref.split()
        month, day = month_number(parts[0]), day_number(parts[-1])
        return f"{ctx.year_of(month, day, c.start, c.end)}-{month:02d}-{day:02d}"
    same_sentence = ctx.reference("D", c.start, within=300)
    if same_sentence:
        return same_sentence
    return ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"


def relative_day(word: str, ctx: Context) -> str:
    """The day (ISO) a relative day word names against the anchor: "yesterday", "tomorrow",
    "the day before yesterday", "the day after tomorrow", else the anchor's own ("today");
    "XXXX-XX-XX" when there is no anchor."""
    if ctx.anchor is None:
        return "XXXX-XX-XX"
    offset = {"yesterday": -1, "tomorrow": 1}.get(word.split()[-1], 0)
    if word.startswith("the day before"):
        offset = -2
    elif word.startswith("the day after"):
        offset = 2
    return (ctx.anchor + dt.timedelta(days=offset)).isoformat()


def norm_clock(c: Candidate, ctx: Context) -> Norm | None:
    """``4 a.m. EDT Thursday``, ``10:30``, ``noon``."""
    g = c.groups
    if g["noon"]:
        hour, minute = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[g["noon"].lower()]
    elif g["h24"]:
        hour, minute = int(g["h24"]), int(g["mi24"] or 0)
        if hour > 23:
            return None
    elif g.get("hpod"):  # "4 in the morning", "8 in the evening"
        hour, minute = int(g["hpod"] or 0), 0
        if (g["pod"] or "").lower() != "morning" and hour < 12:
            hour += 12
    else:
        hour, minute = int(g["h"] or 0), int(g["mi"] or 0)
        ampm = (g["ampm"] or "").lower()
        if hour == 0 or hour > 12:
            return None
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    day = _day_of(g["dayref"], c, ctx)
    mod = "APPROX" if g["q"] and g["q"].lower() in ("around", "about", "at about") else None
    return "TIME", f"{day}T{hour:02d}:{minute:02d}", mod


def norm_mdy(c: Candidate, ctx: Context) -> Norm | None:
    """``Nov. 10``, ``Friday, Oct. 23, 1998``, ``10 November 2017``."""
    month, day = month_number(c.groups["month"] or ""), day_number(c.groups["day"] or "")
    year = c.groups.get("year") or ctx.year_of(month, day, c.start, c.end)
    if not _valid_day(year, month, day):
        return None
    return "DATE", f"{year}-{month:02d}-{day:02d}", point_mod(c.groups.get("q"))


def norm_weekof(c: Candidate, ctx: Context) -> Norm | None:
    """``the week of March 6``."""
    kind, value, _ = norm_mdy(c, ctx) or ("DATE", "", None)
    if not value or value.startswith("X"):
        return ("DATE", "XXXX-WXX", None) if value else None
    return kind, week_value(dt.date.fromisoformat(value)), None


def norm_my(c: Candidate, ctx: Context) -> Norm | None:
    """``October 1998``, ``mid-October 1998``."""
    month = month_number(c.groups["month"] or "")
    return "DATE", f"{c.groups['year']}-{month:02d}", point_mod(c.groups.get("pre"))


def _year_from_rel(rel: str | None, ctx: Context) -> int | None:
    if not rel or ctx.anchor is None:
        return None
    words = rel.lower().split()
    delta = -1 if "last" in words else 1 if "next" in words else 0
    return ctx.anchor.year + delta


def norm_month(c: Candidate, ctx: Context) -> Norm | None:
    """``January``, ``last November``, ``early December``, ``June last year``."""
    month = month_number(c.groups["month"] or "")
    mod = point_mod(c.groups.get("pre"))
    rel = (c.groups.get("rel") or "").lower()
    year_rel = _year_from_rel(c.groups.get("yrel"), ctx)
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}", mod
    if year_rel is not None:
        year = year_rel
    elif rel in ("last", "this past", "the previous", "previous", "past"):
        year = ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1
    elif rel in ("next", "this coming", "the following", "coming"):
        year = ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
    elif rel == "this":
        year = ctx.anchor.year
    else:
        year = int(ctx.year_of(month, None, c.start, c.end))
    return "DATE", f"{year:04d}-{month:02d}", mod


def norm_season(c: Candidate, ctx: Context) -> Norm | None:
    """``last fall``, ``the summer of 1998``, ``this spring``."""
    code = SEASONS[(c.groups["season"] or "").lower()]
    mod = point_mod(c.groups.get("pre"))
    if c.groups.get("year"):
        return "DATE", f"{c.groups['year']}-{code}", mod
    year_rel = _year_from_rel(c.groups.get("yrel"), ctx)
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}", mod
    rel = (c.groups.get("rel") or "").lower()
    start_month, now = _SEASON_START[code], ctx.anchor.month
    if year_rel is not None:
        year = year_rel
    elif rel in ("last", "this past", "past", "the previous", "previous"):
        year = ctx.anchor.year if start_month + 3 <= now else ctx.anchor.year - 1
    elif rel in ("next", "this coming", "coming", "the following"):
        year = ctx.anchor.year if start_month > now else ctx.anchor.year + 1
    elif rel == "this":  # the season of the publication year, whatever the tense
        year = ctx.anchor.year
    else:
        year = ctx.anchor.year
        tense = ctx.tense(c.start, c.end)
        if tense == "past" and start_month > now:
            year -= 1
    return "DATE", f"{year:04d}-{code}", mod


def norm_year(c: Candidate, ctx: Context) -> Norm | None:
    """``1998``, ``fiscal 1989``, ``early 2017``, ``post-1998``, ``2000 and beyond``."""
    mod = point_mod(c.groups.get("pre"))
    if c.groups.get("suffix"):
        suffix = (c.groups["suffix"] or "").lower()
        mod = "ON_OR_BEFORE" if "earlier" in suffix else "ON_OR_AFTER"
    return "DATE", c.groups["year"] or "", mod


def norm_decade(c: Candidate, ctx: Context) -> Norm | None:
    """``the 1990s`` -> ``199``, ``the '80s`` -> ``198``, ``the nineties``."""
    dec = (c.groups["dec"] or "").lower().replace("'", "").rstrip("s")
    mod = point_mod(c.groups.get("dpre"))
    century = f"{ctx.anchor.year // 100:02d}" if ctx.anchor else "19"
    if dec in [w.rstrip("s") for w in _DECADE_WORDS]:
        digit = [w.rstrip("s") for w in _DECADE_WORDS].index(dec) + 2
        return "DATE", f"{century}{digit}", mod
    if len(dec) == 4:
        return "DATE", dec[:3], mod
    if len(dec) == 2:
        if ctx.anchor and int(dec[0]) > (ctx.anchor.year % 100) // 10:
            century = f"{ctx.anchor.year // 100 - 1:02d}"
        return "DATE", f"{century}{dec[0]}", mod
    return None


def norm_century(c: Candidate, ctx: Context) -> Norm | None:
    """``the 19th century`` -> ``18``; ``this century``."""
    mod = point_mod(c.groups.get("cpre"))
    if c.groups.get("ord"):
        word = (c.groups["ord"] or "").lower()
        n = int(word[:-2]) if word[0].isdigit() else ORDINALS.get(word, 0)
        return ("DATE", f"{n - 1:02d}", mod) if n else None
    if ctx.anchor is None:
        return "DATE", "XX", mod
    rel = (c.groups.get("crel") or "").lower()
    delta = (
        -1 if ("last" in rel or "past" in rel or "previous" in rel) else 1 if "next" in rel else 0
    )
    return "DATE", f"{ctx.anchor.year // 100 + delta:02d}", mod


def _pick_period(ctx: Context, c: Candidate, index: int, per_year: int) -> int:
    """The year of quarter/half ``index`` (1-based) seen from the anchor, by tense."""
    assert ctx.anchor is not None
    now = quarter_of(ctx.anchor) if per_year == 4 else (1 if ctx.anchor.month <= 6 else 2)
    here = abs(index - now)
    before = now + per_year - index
    after = index + per_year - now
    if min(here, before, after) > 1:  # not adjacent: the tense decides
        tense = ctx.tense(c.start, c.end)
        if tense == "past":
            return ctx.anchor.year if index <= now else ctx.anchor.year - 1
        if tense == "future":
            return ctx.anchor.year if index >= now else ctx.anchor.year + 1
    if here <= min(before, after):
        return ctx.anchor.year
    return ctx.anchor.year - 1 if before < after else ctx.anchor.year + 1


def norm_quarter(c: Candidate, ctx: Context) -> Norm | None:
    """``the third quarter``, ``third-quarter``, ``the 1988 fourth quarter``, ``first half``."""
    g = c.groups
    per_year = 2 if c.rule == "half" else 4
    word = (g["ord"] or "").lower()
    index = 2 if word in ("last", "latter") else ORDINALS.get(word, 0)
    if not 1 <= index <= per_year:
        return None
    letter = "H" if per_year == 2 else "Q"
    explicit = g.get("qyear") or g.get("qyear2")
    if explicit:
        return "DATE", f"{explicit}-{letter}{index}", None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{letter}{index}", None
    rel = g.get("rely") or g.get("qrel")
    year = _year_from_rel(rel, ctx) if rel and "the" not in rel.lower() else None
    if year is None and "fiscal" in ctx.text[c.start : c.end].lower():
        year = ctx.anchor.year  # a fiscal quarter is named by the year it is reported in
    if year is None:
        year = _pick_period(ctx, c, index, per_year)
    adjs = (g.get("adjs") or "").lower()
    if "year-ago" in adjs or "year-earlier" in adjs:
        year -= 1
    return "DATE", f"{year:04d}-{letter}{index}", None


def norm_weekday(c: Candidate, ctx: Context) -> Norm | None:
    """``Friday``, ``last Friday``, ``Friday morning``, ``Fridays`` (a SET)."""
    g = c.groups
    weekday = WEEKDAYS[(g["wd"] or "").lower()]
    pod = PARTS_OF_DAY.get((g.get("pod") or "").lower())
    suffix = f"T{pod}" if pod else ""
    if g.get("plural"):
        return "SET", f"XXXX-WXX-{weekday}{suffix}", None
    mod = point_mod(g.get("pre"))
    if ctx.anchor is None:
        return ("TIME" if pod else "DATE"), f"XXXX-WXX-{weekday}{suffix}", mod
    raw = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    narrative = ctx.reference("D", c.start) if raw in ("the previous", "the following") else None
    if narrative and re.fullmatch(r"\d{4}-\d\d-\d\d", narrative):
        # "down 4.5% from the previous Friday": the one before the day the story is at
        when = weekday_date(dt.date.fromisoformat(narrative), weekday, None, raw.split()[-1])
        return ("TIME" if pod else "DATE"), when.isoformat() + suffix, mod
    rel = raw.replace("the ", "").replace("this ", "")
    tense = ctx.weekday_tense(c.start, c.end)
    if rel == "coming":
        tense = "future"
    when = weekday_date(ctx.anchor, weekday, tense, rel if rel in ("last", "next") else "")
    return ("TIME" if pod else "DATE"), when.isoformat() + suffix, mod


def norm_holiday(c: Candidate, ctx: Context) -> Norm | None:
    """``Christmas``, ``Thanksgiving``, ``Election Day``."""
    name = re.sub(r"\s+", " ", (c.groups["name"] or "").lower())
    if ctx.anchor is None:
        fixed = holiday_date(name, 2001)
        known = name not in ("thanksgiving", "thanksgiving day", "labor day", "memorial day")
        if fixed and known and "easter" not in name and name not in ("election day", "good friday"):
            return "DATE", f"XXXX-{fixed.month:02d}-{fixed.day:02d}", None
        return "DATE", "XXXX-XX-XX", None
    rel = (c.groups.get("rel") or "").lower()
    tense = "past" if rel == "last" else "future" if rel == "next" else ctx.tense(c.start, c.end)
    options = [holiday_date(name, ctx.anchor.year + d) for d in (-1, 0, 1)]
    dates = [d for d in options if d is not None]
    if not dates:
        return None
    if tense == "past":
        when = max((d for d in dates if d <= ctx.anchor), default=dates[1])
    elif tense == "future":
        when = min((d for d in dates if d >= ctx.anchor), default=dates[1])
    else:
        when = min(dates, key=lambda d: abs((d - ctx.anchor).days) if ctx.anchor else 0)
    return "DATE", when.isoformat(), None


def shift_anchor(ctx: Context, amount: int, unit: str, gran: str) -> str | None:
    """The anchor moved by ``amount`` units, at granularity ``gran`` (None without an anchor)."""
    if ctx.anchor is None:
        return None
    return at_granularity(shift_date(ctx.anchor, amount, unit), gran)  # type: ignore[arg-type]


def norm_spelled(c: Candidate, ctx: Context) -> Norm | None:
    """``nineteen ninety-six`` (transcribed speech) -> ``1996``, ``two thousand`` -> ``2000``."""
    from .timex_relative import parse_number

    head = (c.groups["spelled"] or "").lower()
    tail = re.sub(r"^and\s+", "", (c.groups.get("tens") or "").lower())
    rest = parse_number(tail) if tail else 0.0
    if rest is None:
        return None
    base = 1900 if head == "nineteen" else 2000
    return "DATE", f"{base + int(rest):04d}", None


def norm_spelledin(c: Candidate, ctx: Context) -> Norm | None:
    """``January nineteen ninety-seven``, ``the winter of nineteen ninety-four``."""
    norm = norm_spelled(c, ctx)
    if norm is None:
        return None
    year = norm[1]
    if c.groups.get("month"):
        return "DATE", f"{year}-{month_number(c.groups['month'] or ''):02d}", None
    if c.groups.get("season"):
        return "DATE", f"{year}-{SEASONS[(c.groups['season'] or '').lower()]}", None
    return norm
