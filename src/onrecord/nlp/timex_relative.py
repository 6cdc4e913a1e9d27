"""Normalization of relative and quantified expressions: today, last week, the next day, three
years ago, the past two months, every week, now. Each ``norm_<rule>`` turns one
:class:`Candidate` into a TIMEX3 type, value and mod, or None to drop it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from .timex_calendar import Granularity, at_granularity, shift_value, week_value
from .timex_context import Context, Norm
from .timex_lexicon import (
    FIXED_PHRASES,
    MONTHS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    QUANT_MODS,
    SEASONS,
    UNITS,
    VAGUE_AMOUNTS,
    WEEKDAYS,
)
from .timex_patterns import Candidate
from .timex_rules import point_mod, relative_day, shift_anchor

log = logging.getLogger(__name__)

_BACK = {"last", "the last", "the past", "past", "the previous", "previous", "prior", "the prior"}
_FORWARD = {"next", "the next", "the coming", "coming", "the following", "this coming"}
_NARRATIVE = {"the previous", "previous", "prior", "the prior", "the following", "that", "the same"}
_GRAN: dict[str, tuple[str, Granularity]] = {
    "year": ("Y", "Y"), "fiscal year": ("Y", "Y"), "month": ("M", "M"), "week": ("W", "W"),
    "weekend": ("W", "WE"), "quarter": ("Q", "Q"), "day": ("D", "D"), "night": ("D", "D"),
    "morning": ("D", "D"), "afternoon": ("D", "D"), "evening": ("D", "D"),
}  # fmt: skip
_UNKNOWN: dict[str, str] = {
    "Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "Q": "XXXX-QX",
    "D": "XXXX-XX-XX", "E": "XXX",
}  # fmt: skip


_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|should)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\b", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """The amount in ``5 1/2``, ``twenty-five``, ``two and a half``, ``half a``, ``a``; None when
    vague."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in VAGUE_AMOUNTS or re.search(r"\b(?:or|to)\b", t):
        return None
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?: (\d)/(\d))?", t)
    if m:
        value = float(m[1].replace(",", ""))
        return value + (int(m[2]) / int(m[3]) if m[2] and int(m[3]) else 0.0)
    if re.fullmatch(r"half an?", t):  # "half a century", "half an hour"
        return 0.5
    half = 0.0
    if t.endswith("half"):
        t, half = re.sub(r"(?: and)? an? half$|^an? half$|half$", "", t).strip(), 0.5
        if not t:
            return 0.5
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t] + half
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] + half
    return None


def unit_key(word: str) -> str:
    """``centuries`` -> ``century``, ``yrs`` -> ``yr``, ``Weeks`` -> ``week``."""
    w = word.lower()
    if w == "centuries":
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: ``P3D``, ``PT5H30M``, ``P1Y6M``, ``PXY``, ``P10Y`` (a decade)."""
    letter, is_time, mult = UNITS[unit_key(unit)]
    prefix = "PT" if is_time else "P"
    if amount is None:
        if mult == 10:
            return "PXE"
        return f"{prefix}X{'C' if mult == 100 else letter}"
    amount *= mult
    whole = int(amount)
    if amount == whole:
        return f"{prefix}{whole}{letter}"
    finer = {
        ("Y", False): ("M", 12, False),
        ("H", True): ("M", 60, True),
        ("M", True): ("S", 60, True),  # "a minute and a half": PT1M30S
        ("D", False): ("H", 24, True),
        ("M", False): ("D", 30, False),
    }
    if (letter, is_time) in finer:
        sub, per, sub_time = finer[letter, is_time]
        rest = round((amount - whole) * per)
        sep = "T" if sub_time and not is_time else ""
        return f"{prefix}{whole}{letter}{sep}{rest}{sub}" if whole else f"{prefix}{sep}{rest}{sub}"
    return f"{prefix}{amount:g}{letter}"


def _quant_mod(c: Candidate) -> str | None:
    q = re.sub(r"\s+", " ", (c.groups.get("q") or "").lower())
    return QUANT_MODS.get(q) or None


def _unknown(gran: str) -> str:
    return _UNKNOWN.get(gran, "XXXX-XX-XX")


def norm_relday(c: Candidate, ctx: Context) -> Norm | None:
    """``today``, ``yesterday``, ``late yesterday``, ``tomorrow morning``, ``tonight``."""
    word = re.sub(r"\s+", " ", (c.groups["rel"] or "").lower())
    pre = (c.groups.get("pre") or "").lower()
    day = relative_day(word, ctx)
    pod = PARTS_OF_DAY.get((c.groups.get("pod") or "").lower())
    if word == "tonight":
        pod = "NI"
    if "afternoon" in pre or "morning" in pre:
        return "TIME", f"{day}T{'AF' if 'afternoon' in pre else 'MO'}", "MID"
    mod = point_mod(pre)
    return ("TIME", f"{day}T{pod}", mod) if pod else ("DATE", day, mod)


def norm_midpod(c: Candidate, ctx: Context) -> Norm | None:
    """``mid-afternoon``, ``by mid morning``: a part of the day the story is at."""
    day = ctx.base("D", c.start) or "XXXX-XX-XX"
    return "TIME", f"{day}T{PARTS_OF_DAY[(c.groups['pod'] or '').lower()]}", None


def norm_pod(c: Candidate, ctx: Context) -> Norm | None:
    """``this morning``, ``last night``, ``yesterday afternoon``."""
    rel = (c.groups["rel"] or "").lower()
    pod = PARTS_OF_DAY[(c.groups["pod"] or "").lower()]
    word = {"last": "yesterday", "this": "today"}.get(rel, rel)
    if rel == "last" and pod != "NI":
        return None
    return "TIME", f"{relative_day(word, ctx)}T{pod}", point_mod(c.groups.get("pre"))


def _relative(ctx: Context, c: Candidate, rel: str, unit: str) -> Norm | None:
    """Shared by ``last week``, ``that same day``, ``the following month``..."""
    shift, gran = _GRAN[unit]
    if gran == "D" and rel in ("the next", "next"):
        rel = "the following"  # "the next day" follows the story, not the publication
    delta = -1 if rel in _BACK else 1 if rel in _FORWARD else 0
    if rel == "this past":
        delta = -1 if unit == "weekend" else 0
    pod = PARTS_OF_DAY.get(unit)
    if rel in _NARRATIVE:
        base = ctx.base(gran, c.start)
    else:
        base = at_granularity(ctx.anchor, gran) if ctx.anchor else None
    if gran == "D" and rel in ("last", "the last", "the past", "past", "next", "this", "coming"):
        return None  # "the last day" is an ordinal, "last night" is norm_pod's
    shifted = shift_value(base, delta, shift) if base is not None and delta else base
    value = shifted or _unknown(gran)
    if pod and unit != "day":
        return "TIME", f"{value}T{pod}", point_mod(c.groups.get("pre"))
    return "DATE", value, point_mod(c.groups.get("pre"))


def norm_relunit(c: Candidate, ctx: Context) -> Norm | None:
    """``last week``, ``next month``, ``this year``, ``earlier this month``, ``the past year``,
    ``the next year or so`` (mod ``APPROX``)."""
    rel = re.sub(r"\s+", " ", (c.groups["rel"] or "").lower())
    unit = re.sub(r"\s+", " ", (c.groups["unit"] or "").lower())
    norm: Norm | None
    if unit == "decade" and rel in _BACK:
        norm = "DURATION", "P10Y", None
    elif unit == "decade":
        value = f"{ctx.anchor.year // 10:03d}" if ctx.anchor else "XXX"
        norm = "DATE", value, point_mod(c.groups.get("pre"))
    else:
        norm = _relative(ctx, c, rel, unit)
    if norm and c.groups.get("orso"):
        return norm[0], norm[1], "APPROX"
    return norm


def norm_theunit(c: Candidate, ctx: Context) -> Norm | None:
    """``the year``, ``that year``, ``the same day``, ``the end of the month``."""
    det = (c.groups["det"] or "").lower()
    adj = (c.groups.get("adj") or "").lower()
    unit = (c.groups["unit"] or "").lower()
    pre = c.groups.get("pre")
    if det == "that" or adj == "same":
        return _relative(ctx, c, "that", unit)
    if det == "this":
        return _relative(ctx, c, "this", unit)
    prev = ctx.text[max(0, c.start - 12) : c.start].lower().split()
    if unit == "weekend" and det == "the" and not pre and ctx.anchor is not None:
        days = 0 if ctx.anchor.isoweekday() >= 6 else 7
        return "DATE", week_value(ctx.anchor - dt.timedelta(days=days)) + "-WE", None
    if unit == "year" and not pre and _ENDED.match(ctx.text, c.end):
        return "DURATION", "P1Y", None  # "the year ended Sept. 30": twelve months up to a date
    for_the = prev[-1:] in (["for"], ["over"])
    if not pre and adj in ("", "fiscal", "entire", "whole") and for_the and unit != "year":
        return "DURATION", duration_value(1, unit), None
    if unit in ("day", "morning", "night") and not pre:
        return None
    _, gran = _GRAN[unit]
    if adj.startswith("latest") and unit == "year" and ctx.anchor is not None:
        return "DATE", str(ctx.anchor.year - 1), None  # the latest complete (fiscal) year
    # "for the full year", "the fiscal year": the year of the report, not the story's
    own = adj in ("full", "fiscal", "current", "entire", "whole") or for_the
    base = ctx.base(gran, c.start) if not (pre or own) else None
    if base is None:
        base = at_granularity(ctx.anchor, gran) if ctx.anchor else _unknown(gran)
    return "DATE", base, point_mod(pre)


def norm_yearend(c: Candidate, ctx: Context) -> Norm | None:
    """``year-end``, ``year's end``, ``around year end``."""
    year = ctx.base("Y", c.start) or "XXXX"
    pre = (c.groups.get("pre") or "").lower()
    return "DATE", year, "APPROX" if pre == "around" else "END"


def norm_narr(c: Candidate, ctx: Context) -> Norm | None:
    """``the next day``, ``the following week``, ``the previous year``, ``the same day``."""
    rel = (c.groups["rel"] or "").lower()
    mapped = {"next": "the following", "following": "the following", "same": "that"}
    return _relative(ctx, c, mapped.get(rel, "the previous"), (c.groups["unit"] or "").lower())


def norm_narrday(c: Candidate, ctx: Context) -> Norm | None:
    """``that same day``, ``later that day``, ``that night``."""
    rel = (c.groups["rel"] or "").lower()
    norm = _relative(ctx, c, "that", (c.groups["unit"] or "").lower())
    if norm and rel.startswith(("earlier", "later")):
        return norm[0], norm[1], "START" if rel.startswith("earlier") else "END"
    return norm


def norm_daybefore(c: Candidate, ctx: Context) -> Norm | None:
    """``the day before``, ``the year after``."""
    direction = (c.groups["dir"] or "").lower()
    return _relative(ctx, c, "the following" if direction == "after" else "the previous",
                     (c.groups["unit"] or "").lower())  # fmt: skip


def norm_ago(c: Candidate, ctx: Context) -> Norm | None:
    """``three years ago``, ``two days earlier``, ``a year earlier``, ``six months from now``."""
    amount = parse_number(c.groups["num"] or "")
    direction = re.sub(r"\s+", " ", (c.groups["dir"] or "").lower())
    future = direction in ("later", "from now", "hence")
    mod = _quant_mod(c)
    if amount is None:
        return "DATE", "FUTURE_REF" if future else "PAST_REF", mod
    letter, is_time, mult = UNITS[unit_key(c.groups["unit"] or "")]
    sign = 1 if future else -1
    n = round(amount * mult) * sign
    grans: dict[str, Granularity] = {"Y": "Y", "M": "M", "W": "W", "Q": "Q"}
    gran: Granularity = "D" if is_time else grans.get(letter, "D")
    shift: str = gran
    if is_time:
        n = 0
    narrative = direction in ("earlier", "later")
    base: str | None = None
    if shift == "Y":
        period = ctx.reporting_period(c.start)
        if period:
            base, gran = period, "Q"
        elif narrative:
            ref = ctx.reference("any", c.start, within=400)
            base = ref if ref and len(ref) > 4 else None
    if base is None:
        if narrative:
            base = ctx.base(gran, c.start)
        else:
            base = at_granularity(ctx.anchor, gran) if ctx.anchor else None
    if base is None:
        return "DATE", _unknown(gran), mod
    value = shift_value(base, n, shift) if n else base
    return "DATE", value or _unknown(gran), mod


def norm_duration(c: Candidate, ctx: Context) -> Norm | None:
    """``three years``, ``the past two months``, ``13-day``, ``more than two years``."""
    amount = parse_number(c.groups["num"] or "")
    if amount == 0:
        return None
    if amount is not None and c.groups.get("half"):
        amount += 0.5  # "an hour and a half", "a year and a half"
    text = ctx.text[c.start : c.end].lower()
    if text == "one day" and _MODAL_BEFORE.search(ctx.text, max(0, c.start - 20), c.start):
        return "DATE", "FUTURE_REF", None  # "Islam will one day be ...": some day, not 24 hours
    mod = _quant_mod(c)
    orso = (c.groups.get("orso") or "").lower()
    if orso.startswith("or"):
        mod = {"or so": "APPROX", "or more": "EQUAL_OR_MORE", "or less": "EQUAL_OR_LESS"}.get(
            re.sub(r"\s+", " ", orso), mod
        )
    return "DURATION", duration_value(amount, c.groups["unit"] or ""), mod


def norm_vague(c: Candidate, ctx: Context) -> Norm | None:
    """``years``, ``the past few weeks`` (without a number), ``centuries``."""
    return "DURATION", duration_value(None, c.groups["unit"] or ""), None


def norm_set(c: Candidate, ctx: Context) -> Norm | None:
    """``every week``, ``twice a year``, ``each Thursday``, ``$5 a day``."""
    g = c.groups
    unit = (g.get("unit") or g.get("unit3") or "").lower()
    if unit:
        return "SET", duration_value(1, unit), None
    word = g.get("unit2") or ""
    low = word.lower()
    if low in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[low]}", None
    if low in MONTHS and word[0].isupper():
        return "SET", f"XXXX-{MONTHS[low]:02d}", None
    if low in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[low]}", None
    if low in SEASONS:
        return "SET", f"XXXX-{SEASONS[low]}", None
    num = (g.get("num") or "").lower()
    amount = 2.0 if num == "other" else parse_number(num) if num else 1.0
    return "SET", duration_value(amount, low), None


def norm_fixed(c: Candidate, ctx: Context) -> Norm | None:
    """``now``, ``recently``, ``the future``, ``daily``..."""
    kind, value = FIXED_PHRASES[re.sub(r"\s+", " ", (c.groups["phrase"] or "").lower())]
    return kind, value, None  # type: ignore[return-value]


def norm_once(c: Candidate, ctx: Context) -> Norm | None:
    """``once`` before a past-tense verb: a past reference."""
    return "DATE", "PAST_REF", None


def norm_period(c: Candidate, ctx: Context) -> Norm | None:
    """``the quarter``, ``the latest period``, ``the year-ago quarter``, ``the 1988 period``."""
    adjs = (c.groups.get("adjs") or "").lower()
    year = re.search(r"\d{4}", adjs)
    shifted = "year-" in adjs or "comparable" in adjs or "corresponding" in adjs
    shifted = shifted or (c.groups.get("det") or "").lower().startswith("last")
    if (c.groups["what"] or "").lower() == "period" and ctx.reports_months(c.start):
        # after "the first nine months", "the 1988 period" is those months of 1988: a year
        if year:
            return "DATE", year[0], None
        value = shift_anchor(ctx, -1 if shifted else 0, "Y", "Y")
        return "DATE", value or "XXXX", None
    base = ctx.reference("Q", c.start)
    if base and ctx.anchor and "latest" in adjs and base >= at_granularity(ctx.anchor, "Q"):
        base = None  # "the latest quarter" is the last one reported, never the current one
    if base is None and ctx.anchor is not None:
        current = at_granularity(ctx.anchor, "Q")
        base = current if ("current" in adjs or (c.groups.get("det") or "") == "this") else None
        base = base or shift_value(current, -1, "Q")
    if base is None:
        return "DATE", "XXXX-QX", None
    if year:
        base = f"{year[0]}{base[4:]}"
    elif shifted or c.groups.get("ago"):
        base = shift_value(base, -1, "Y") or base
    return "DATE", base, None


def norm_yearago(c: Candidate, ctx: Context) -> Norm | None:
    """``year-ago``, ``year-earlier`` used alone as adjectives."""
    period = ctx.reporting_period(c.start)
    if period:
        return "DATE", shift_value(period, -1, "Y") or period, None
    value = shift_anchor(ctx, -1, "Y", "Y")
    return "DATE", value or "XXXX", None
