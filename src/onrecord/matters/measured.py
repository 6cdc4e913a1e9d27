"""A rise and a fall of two different quantities: no answer to each other.

A scale (:data:`.lexicon.SCALAR`: rise, fall, double, halve) is always a scale of something
measured: fares, profits, passenger numbers. "Profits fell last year" and "everyone will get
double the redundancy pay" both sit on the scale, as "we raised 12,000 pounds" and "the
council cut our grant" do, but they measure different things, and one does not answer the
other. Two statements on a scale disagree only when they share a content word besides the
scale's own ("fares will rise" / "fares will not go up"; "passenger numbers fell" /
"passenger numbers have grown"): with no word in common, nothing says they measure one thing.

Other events keep their looser linking: "the bridge will reopen" and "it stays closed" need no
shared word, since a closing is whole and its thing is the story's; a quantity is one of many.
"""

from __future__ import annotations

from . import lexicon as lx
from .claims import Item
from .cluster import context_terms

__all__ = ["measured_apart"]

# words that name the scale or its size, not the thing measured
_SCALE_WORDS = frozenset(
    lx.stem(w)
    for w in ("per", "cent", "percent", "pounds", "dollars", "euros", "million", "billion",
              "thousand", "hundred", "year", "years", "month", "months", "week", "weeks", "last",
              "next", "this", "number", "numbers", "level", "levels", "total", "amount")
)  # fmt: skip
# nouns that name one quantity in other words: a grant is a subsidy, a fare a price
_SAME_QUANTITY = {
    lx.stem(w): group
    for group, words in (
        ("funding", ("subsidy", "subsidies", "grant", "grants", "funding", "aid",
                     "allocation", "allocations")),
        ("price", ("price", "prices", "fare", "fares", "fee", "fees", "charge", "charges",
                   "tariff", "tariffs")),
        ("pay", ("pay", "wage", "wages", "salary", "salaries")),
        ("spending", ("budget", "budgets", "spending", "spend")),
        ("staff", ("staff", "staffing", "workforce", "employees", "workers", "headcount")),
    )
    for w in words
}  # fmt: skip


def _measured_terms(item: Item, event: str) -> set[str]:
    """Content terms of ``item`` that may name what is measured: not the scale's own key or
    a word of its concept, not a size, a unit or a time."""
    out: set[str] = set()
    for t in context_terms(item):
        concept = lx.CONCEPTS.get(t)
        if t == event or t.startswith(event + "-") or (concept and concept[0] == event):
            continue
        if t in _SCALE_WORDS or any(ch.isdigit() for ch in t):
            continue
        out.add(_SAME_QUANTITY.get(t, t))
    return out


def measured_apart(event: str, a: Item, b: Item) -> bool:
    """Whether ``a`` and ``b`` answer a scale ``event`` (:data:`.lexicon.SCALAR`) with no
    word in common for the thing measured: two quantities, not one disagreement."""
    if event.split("-")[0] not in lx.SCALAR:
        return False
    return not _measured_terms(a, event) & _measured_terms(b, event)
