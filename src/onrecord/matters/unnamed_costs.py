"""A cost of nothing named, told in a story of one priced thing: that thing's cost.

"The true cost is 1,150 pounds a year" names no thing (:func:`.cost_nouns.as_price` keeps it
a quantity of its own, the unit its currency sign), but told in an article whose every named
price of that currency and rate is the price of one thing ("the licence fee is 300 pounds a
year", "the licence costs 300 pounds a year"), it answers how much that thing costs: a
speaker who corrects a sum ("the true cost", "the real cost") corrects the sum the story is
about. It then joins that quantity (the unit "¤", its currency kept apart, as
:mod:`.sums` gives a verb's cost).

Not where the article prices two things ("the licence fee is 300 pounds", "the parking permit
costs 50 pounds"): which one is meant is not told. Nor across a rate: "1,150 pounds a year"
is no value of a one-off "300 pounds"; nor across articles.
"""

from __future__ import annotations

from dataclasses import replace

from .figures import CURRENCY_SIGNS, Figure

_COST = "cost"
_PRICED = "¤"
_SIGNS = frozenset(CURRENCY_SIGNS.values())


def unnamed(fig: Figure) -> bool:
    """A cost in a currency sign that names no thing ("the true cost is 2 million pounds")."""
    sign = fig.unit.partition("/")[0]
    return fig.head == _COST and sign in _SIGNS and not fig.act and not fig.subject


def as_story_cost(fig: Figure, named: list[Figure]) -> Figure:
    """``fig`` (an unnamed cost) as the cost of the one thing ``named`` (the named prices of
    its article) price in its currency and rate; ``fig`` itself when they price none or
    more than one thing."""
    sign, _, rate = fig.unit.partition("/")
    unit = _PRICED + (f"/{rate}" if rate else "")
    same = [f for f in named if f.unit == unit and f.currency == sign]
    if not same or not all(f.same_quantity(g) for f in same for g in same):
        return fig
    return replace(fig, unit=unit, currency=sign)
