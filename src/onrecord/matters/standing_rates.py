"""Rates told weeks apart: "uses about 200,000 litres a day" and "draws 900,000 litres a day".

A count (deaths, arrests, the cost so far) moves from day to day, so two counts of one
quantity told on different days are of two times (:func:`.timeframes.counted_apart`), and a
present claim is about the day it was made. A figure told per day, per week or per year is
no such count: "the site uses 200,000 litres a day", "40 customers a week use the branch",
"the fee is 300 pounds a year" tell a level that holds over a stretch of time. Two speakers
who give one such rate two values in the articles of one story, weeks apart, disagree about
one time, as two forecasts do.

Only a present rate, untimed on both sides and told within :data:`.timeframes.OCCASION_DAYS`:
a rate with a time named ("last year", "in March") is left to the times it names, a
forecast ("will rise to 400 pounds a year") may tell what changes, and a rate told on one
side only is a rate against a count (:func:`.apart.rate_and_count`).
"""

from __future__ import annotations

from .cluster import Position
from .timeframes import OCCASION_DAYS, days_apart
from .words import tokens

__all__ = ["standing_rates"]

_PER = frozenset({"a", "an", "per", "each", "every"})
_SPANS = frozenset({"day", "night", "week", "month", "year", "hour", "shift"})
# words of the measured noun between the figure and its rate ("200,000 litres of water a day")
_NOUN_WORDS = 3


def standing_rates(p: Position, q: Position) -> bool:
    """Whether both stances give a present, untimed rate (see the module), told within
    weeks of each other."""
    if p.stance.times or q.stance.times or p.stance.future or q.stance.future:
        return False
    days = days_apart(p.item.said, q.item.said)
    if days is None or days > OCCASION_DAYS:
        return False
    return _rate(p) and _rate(q)


def _rate(p: Position) -> bool:
    """Whether the stance's figure is told per span of time: "300 pounds a year", "200,000
    litres a day", "40 customers a week"."""
    if not p.stance.words:
        return False
    low = [t.lower() for t in tokens(p.stance.clause)]
    fig = [t.lower() for t in tokens(p.stance.words[0])]
    n = len(fig)
    at = next((k for k in range(len(low) - n + 1) if low[k : k + n] == fig), None)
    if at is None:
        return False
    if n >= 2 and fig[-2] in _PER and fig[-1] in _SPANS:
        return True  # "300 pounds a year": the rate is the figure's unit
    for k in range(at + n, min(at + n + _NOUN_WORDS + 1, len(low) - 1)):
        if low[k] in _PER and low[k + 1] in _SPANS:
            return True
        if not low[k].isalpha():
            return False
    return False
