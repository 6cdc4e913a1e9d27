"""Rates told weeks apart: "uses about 200,000 litres a day" and "draws 900,000 litres a day".

A count (deaths, arrests, the cost so far) moves from day to day, so two counts of one
quantity told on different days are of two times (:func:`.timeframes.counted_apart`), and a
present claim is about the day it was made. A figure told per day, per week or per year is
no such count: "the site uses 200,000 litres a day", "40 customers a week use the branch",
"the fee is 300 pounds a year" tell a level that holds over a stretch of time. Two speakers
who give one such rate two values in the articles of one story, weeks apart, disagree about
one time, as two forecasts do.

Only two speakers' present rates, untimed and told within :data:`.timeframes.OCCASION_DAYS`
(one speaker's two rates weeks apart are more likely news that the rate changed, "it is
four times a week" and later "it has been two a week since the meeting"):
a rate with a time named ("last year", "in March") is left to the times it names, a
forecast ("will rise to 400 pounds a year") may tell what changes, and a rate told on one
side only is a rate against a count (:func:`.apart.rate_and_count`).

And the other way: a figure planned for a named time after the day another figure was told
in the present ("from May we will blast once a week", said in April, against "it is two times
a week") is the value the quantity will take then, not a second value for now
(:func:`planned_after`).
"""

from __future__ import annotations

from .cluster import Position
from .days import said_month
from .persons import one_person
from .timeframes import OCCASION_DAYS, days_apart
from .words import tokens

__all__ = ["planned_after", "standing_rates"]

_PER = frozenset({"a", "an", "per", "each", "every"})
_SPANS = frozenset({"day", "night", "week", "month", "year", "hour", "shift"})
# words of the measured noun between the figure and its rate ("200,000 litres of water a day")
_NOUN_WORDS = 3


def standing_rates(p: Position, q: Position) -> bool:
    """Whether two speakers' stances give a present, untimed rate (see the module), told
    within weeks of each other."""
    if p.stance.times or q.stance.times or p.stance.future or q.stance.future:
        return False
    if one_person(p.item, q.item):
        return False  # one speaker's two rates weeks apart: more likely news of a change
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


def planned_after(p: Position, q: Position) -> bool:
    """Whether one stance plans a figure for times that all lie after the month the other,
    an untimed present figure, was told ("from May we will blast once a week" / "it is two
    times a week", said in April): two times, no disagreement."""
    for plan, now in ((p, q), (q, p)):
        if not plan.stance.future or not plan.stance.times:
            continue
        if now.stance.future or now.stance.times:
            continue
        month = said_month(now.item.said)
        if month is not None and min(plan.stance.times) > month:
            return True
    return False
