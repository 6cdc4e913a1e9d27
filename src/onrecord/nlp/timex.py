"""The time stage: find TIMEX3 time expressions in text and normalize them.

A pure-Python, rule-based tagger in the spirit of HeidelTime::

    >>> [(t.text, t.type, t.value) for t in find_times("On Nov. 10, the two met.", "2017-11-11")]
    [('Nov. 10', 'DATE', '2017-11-10')]

Recognition is in ``timex_patterns`` (compiled regular expressions), normalization in
``timex_rules`` (calendar expressions) and ``timex_relative`` (relative and quantified ones),
narrative state and tense in ``timex_context``, date arithmetic in ``timex_calendar``. The
spaCy component ``onrecord_times`` lives in ``timex_component`` and is registered on import of
this module.
"""

from __future__ import annotations

import logging
import re

from ..models import TimeExpression
from . import timex_relative as rel
from . import timex_rules as cal
from .timex_calendar import Tense, parse_anchor, timex_to_iso
from .timex_context import Context, TenseAt, local_tense
from .timex_patterns import Candidate, candidates

log = logging.getLogger(__name__)

__all__ = ["find_times", "local_tense", "resolve_date", "timex_to_iso"]

HANDLERS: dict[str, cal.Handler] = {
    "iso": cal.norm_iso,
    "slash": cal.norm_slash,
    "clock": cal.norm_clock,
    "mdy": cal.norm_mdy,
    "dmy": cal.norm_mdy,
    "andday": cal.norm_mdy,
    "weekof": cal.norm_weekof,
    "my": cal.norm_my,
    "month": cal.norm_month,
    "season": cal.norm_season,
    "year": cal.norm_year,
    "decade": cal.norm_decade,
    "century": cal.norm_century,
    "quarter": cal.norm_quarter,
    "half": cal.norm_quarter,
    "weekday": cal.norm_weekday,
    "holiday": cal.norm_holiday,
    "period": rel.norm_period,
    "yearago": rel.norm_yearago,
    "relday": rel.norm_relday,
    "pod": rel.norm_pod,
    "midpod": rel.norm_midpod,
    "relunit": rel.norm_relunit,
    "theunit": rel.norm_theunit,
    "yearend": rel.norm_yearend,
    "narr": rel.norm_narr,
    "narrday": rel.norm_narrday,
    "daybefore": rel.norm_daybefore,
    "ago": rel.norm_ago,
    "duration": rel.norm_duration,
    "vague": rel.norm_vague,
    "set": rel.norm_set,
    "spelled": cal.norm_spelled,
    "spelledin": cal.norm_spelledin,
    "fixed": rel.norm_fixed,
    "once": rel.norm_once,
}

# Expressions that set the narrative reference time for "that same day", "a year earlier"...
# Comparisons ("a year ago", "the year-ago quarter") and durations do not.
_SETS_REFERENCE = frozenset(
    "iso slash spelled spelledin clock mdy dmy andday weekof my month season year quarter half "
    "weekday holiday relday pod relunit theunit narr narrday daybefore period".split()
)


_SETS_PERIOD = frozenset("quarter half period relunit theunit duration".split())
_MONTHS_SPAN = re.compile(r"P\d+M")  # "the nine months": the report covers months, not a quarter
_PART = re.compile(r"\d{4}-[QH]\d")


_COMPARED_WITH = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|than|from)\s+(?:(?:a|an|the|its|their)\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _is_comparison(cand: Candidate, value: str, ctx: Context) -> bool:
    """Whether an expression names a period only to compare with it ("the year-ago quarter",
    "the 1988 period", "compared with a flat second quarter"): it does not move the story."""
    adjs = (cand.groups.get("adjs") or "").lower()
    if "year-" in adjs or cand.groups.get("ago"):
        return True
    if cand.rule == "period" and ctx.anchor and re.search(r"\d{4}", adjs):
        return not adjs.strip().startswith(str(ctx.anchor.year))
    return cand.rule == "quarter" and bool(_COMPARED_WITH.search(ctx.text, 0, cand.start))


def find_times(
    text: str, anchor: str | None = None, *, tense_at: TenseAt | None = None
) -> list[TimeExpression]:
    """All time expressions in ``text``, normalized to TIMEX3 types and values.

    Args:
        text: the text to search.
        anchor: the document creation (publication) date ``YYYY-MM-DD``, or None. Relative
            expressions ("yesterday", "Friday", "Nov. 10") resolve against it; without it, the
            unknown parts of a value are ``X`` ("Nov. 10" -> ``XXXX-11-10``).
        tense_at: optionally, the tense of the verb that governs the expression starting at a
            character offset (the spaCy component passes one built from the parse). Without it,
            or where it returns None, local cue words decide.

    Returns:
        Time expressions sorted by start, non-overlapping, with offsets into ``text``.
    """
    ctx = Context(text, parse_anchor(anchor), tense_at)
    found: list[TimeExpression] = []
    for cand in candidates(text):
        try:
            norm = HANDLERS[cand.rule](cand, ctx)
        except (ValueError, KeyError, IndexError, OverflowError) as e:
            log.debug("dropped %r (%s): %s", text[cand.start : cand.end], cand.rule, e)
            continue
        if norm is None:
            continue
        kind, value, mod = norm
        found.append(
            TimeExpression(text[cand.start : cand.end], cand.start, cand.end, kind, value, mod)
        )
        shifted = _is_comparison(cand, value, ctx)
        known = not value.startswith("XXXX-X") and not value.endswith("_REF")
        if kind in ("DATE", "TIME") and cand.rule in _SETS_REFERENCE and not shifted and known:
            ctx.remember(value, cand.start)
        reports = _MONTHS_SPAN.fullmatch(value) or _PART.fullmatch(value)
        if reports and cand.rule in _SETS_PERIOD and not shifted:
            ctx.remember_period(value, cand.start)
    return found


def resolve_date(
    expr: TimeExpression | str, anchor: str | None, *, tense: Tense | None = None
) -> str | None:
    """Normalize one expression on its own against ``anchor``.

    Useful to re-resolve an expression found without an anchor once the publication date is
    known: ``resolve_date("Nov. 10", "2017-11-11")`` -> ``2017-11-10``.

    Args:
        expr: an expression (its ``text`` is used) or a string.
        anchor: the publication date ``YYYY-MM-DD``, or None.
        tense: the tense of the governing verb, if known.

    Returns:
        The TIMEX3 value of the first expression found in the text, or None.
    """
    text = expr.text if isinstance(expr, TimeExpression) else expr
    times = find_times(text, anchor, tense_at=(lambda _: tense) if tense else None)
    return times[0].value if times else None


from . import timex_component as _component  # noqa: E402  registers the spaCy factory

del _component
