"""Sums a noun of cost gives a thing: "the cost of the work was put at 3.6 million pounds".

:mod:`.sums` reads the sum a verb gives ("the repairs will cost 1.2 million pounds"); a story
as often names the cost as a noun and gives it a value with "be" or a verb of estimating:
"the cost of the repairs is 4 million pounds", "the bill for the bridge was put at 3.6
million pounds", "the price of the scheme has been estimated at 2 million pounds", "the real
bill for the bridge is nearer 4 million pounds". Each is the cost of the thing after "of" or
"for", one quantity with the verb's.

Read only a sum of money (a currency), told right after the noun phrase's verb: not a share
("the council will pay 40,000 pounds of the cost"), a change ("the cost rose by 2 million
pounds", "the bill has gone up to 4 million pounds"), nor a cost of nothing named ("the cost
is 2 million pounds").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import lexicon as lx

if TYPE_CHECKING:
    from .figures import Figure

# nouns that name what a thing costs
_COST_NOUNS = frozenset({"cost", "costs", "bill", "price", "price-tag"})
# what may stand between the noun phrase and the sum: "be", a verb of estimating, its "at",
# adverbs of time and words that round the sum ("nearer", "closer to", "about")
_BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "will", "would", "has",
                 "have", "had", "'s", "now"})  # fmt: skip
_ESTIMATE = frozenset({"put", "estimated", "valued", "set", "assessed", "priced", "costed"})
_ROUNDING = frozenset({"nearer", "closer", "to", "about", "around", "roughly", "some",
                       "nearly", "almost", "approximately", "at", "more", "than", "over",
                       "least", "well", "just"})  # fmt: skip
_THING_END = frozenset({",", ".", ";", ":", "is", "was", "are", "were", "will", "would", "has",
                        "have", "had", "and", "but", "to", "in", "on", "at", "by", "from",
                        "with", "'s", "now", "once", "when", "if"})  # fmt: skip
_SKIP = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our",
                   "his", "her", "whole", "entire", "full", "total", "real", "final"})  # fmt: skip


def noun_cost(low: list[str], start: int) -> tuple[frozenset[str], frozenset[str]] | None:
    """The stems of the thing whose cost the sum at ``start`` is, and apart those of its
    other words ("the new library": library, and new), when a noun of cost with
    "of" or "for" after it is the subject the sum is said of ("the cost of the work was put
    at <3.6 million pounds>"); None when no such noun phrase governs the sum."""
    k = start - 1
    while k >= 0 and low[k] in _ROUNDING:
        k -= 1
    estimated = False
    while k >= 0 and (low[k] in _BE or low[k] in _ESTIMATE):
        estimated = estimated or low[k] in _ESTIMATE
        k -= 1
    if k == start - 1 or (low[k + 1 : start] and not estimated and not _has_be(low, k + 1, start)):
        return None
    # the noun phrase before the verb: "<the cost of the work> was", "<the bill for it> is"
    end = k + 1
    head = next((j for j in range(end - 1, max(-1, end - 9), -1) if low[j] in _COST_NOUNS), None)
    if head is None or head + 1 >= end or low[head + 1] not in ("of", "for"):
        return None
    if _part_or_rate(low, head, end):
        return None
    thing = [w for w in low[head + 2 : end] if w.isalpha() and w not in _SKIP
             and w not in lx.STOPWORDS]  # fmt: skip
    if not thing or any(w in _THING_END for w in low[head + 2 : end]):
        return None
    return frozenset({lx.stem(thing[-1])}), frozenset(lx.stem(w) for w in thing[:-1])


# words before the noun of cost that make the sum a rate or a part, not the thing's whole cost:
# "the annual cost of the bridge", "the extra cost of the scheme", "the council's share of
# the cost of the bridge"
_RATE_OR_EXTRA = frozenset({"annual", "yearly", "monthly", "weekly", "daily", "running", "extra",
                            "additional", "added", "further", "ongoing", "upkeep"})  # fmt: skip
# nouns of a part of the thing after "of": "the cost of the first phase of the bridge"
_PARTS = frozenset({"phase", "phases", "stage", "stages", "part", "parts", "section", "sections",
                    "half", "share", "portion"})  # fmt: skip
# gerunds of keeping a thing going after "of": "the cost of running the bridge" is its upkeep
_UPKEEP = frozenset({"running", "maintaining", "operating", "staffing", "heating", "insuring",
                     "servicing", "keeping", "cleaning", "powering", "policing", "managing",
                     "financing", "borrowing", "using"})  # fmt: skip


def _part_or_rate(low: list[str], head: int, end: int) -> bool:
    """Whether the noun of cost at ``head`` names a rate, an extra or a share ("the annual
    cost of", "a share of the cost of"), or its thing a part or the upkeep of a thing ("the
    cost of the first phase of the bridge", "the cost of running the bridge"): such a sum is
    no total cost of the thing and must not meet its total as another value."""
    before = low[max(0, head - 3) : head]
    if any(w in _RATE_OR_EXTRA for w in before) or "of" in before[-2:]:
        return True
    thing = low[head + 2 : end]
    return any(w in _PARTS or w in _UPKEEP for w in thing)


def _has_be(low: list[str], a: int, b: int) -> bool:
    return any(w in _BE and w != "now" for w in low[a:b])


# nouns of what a thing costs whoever pays for it: "the licence fee", "plot prices", "fares"
_PRICE_STEMS = frozenset(lx.stem(w) for w in ("cost", "costs", "price", "prices", "fee", "fees",
                                              "charge", "charges", "fare", "fares"))  # fmt: skip
_CURRENCY_SIGNS = frozenset({"$", "€", "£"})


def as_price(fig: Figure) -> Figure:
    """A sum that a noun of price is said to be ("the licence fee will be 300 pounds a year",
    "plot prices will stay at 1,150 pounds", "the ticket price is 9 pounds") as the cost
    :mod:`.sums` reads from a verb ("a plot would cost 1,480 pounds", "the licence costs 300
    pounds a year"): one quantity, the unit kept apart from its currency as there. Not a sum a
    verb of its own governs ("cut the fee by 20 pounds"), nor a price of nothing named ("the
    true cost is 2 million pounds" is no plot's nor licence's). Only for a noun told before
    the sum: "will pay 40,000 pounds of the fee" is a share of it."""
    currency, _, rate = fig.unit.partition("/")
    if fig.head not in _PRICE_STEMS or currency not in _CURRENCY_SIGNS or fig.act:
        return fig
    if not fig.context and not fig.subject:
        return fig  # "the cost is 2 million pounds": of nothing named, no total of a thing
    return replace(fig, head="cost", unit="¤" + (f"/{rate}" if rate else ""), currency=currency)
