"""Sums of money told as the cost of a thing without a verb of cost.

:mod:`.sums` reads the cost a verb gives ("the repairs will cost 14 million pounds") and
:mod:`.cost_nouns` the cost a noun of cost names with its thing ("the cost of the repairs
was put at 6 million pounds"). A row over what a thing costs is as often told in two more
shapes, and the two sides then name the one quantity in other words:

* a sum of work: "the deck needs 14 million pounds of repairs", "the roof has had 90,000
  pounds of work": a sum of money whose noun, after "of", names work done or to be done is
  what that work costs, the quantity "the repairs will cost ..." gives; the thing the work is
  on, the subject of the verb before the sum ("the deck"), tells it from another's work
  ("the roof needs ... of work" is not "the windows need ... of work");
* an estimate: "the engineers put the repairs at 6 million pounds" (a sum an estimate sets on
  work is its cost), "the papers put the cost at 3.4 million pounds" and "our engineers put
  it at 5.5 million pounds" (a cost that names no thing: :mod:`.unnamed_costs` gives it the
  one thing its story prices, where there is one).

Not a sum that is no cost: "valued the site at 310,000 pounds" (a value), "put the saving at"
or "the losses at" (nouns of their own quantity, :mod:`.estimates`), "30,000 pounds of the
work" (a share of it); nor a count ("put the repairs at 40", no currency).
"""

from __future__ import annotations

from . import lexicon as lx
from .cost_nouns import noun_cost
from .figure_bounds import bound_start
from .sums import subject_words

__all__ = ["WORK", "priced_thing", "priced_unit"]

# nouns of work done on a thing: a sum of them is what the work costs, and the plain words
# for the work a story tells of ("the repairs" and "the work" are one work)
_WORK_WORDS = frozenset({"repair", "repairs", "work", "works", "improvements", "upgrade",
                         "upgrades", "renovation", "refurbishment", "maintenance",
                         "roadworks"})  # fmt: skip
WORK = frozenset(lx.stem(w) for w in _WORK_WORDS)
# verbs that set an estimate on a thing "at" a sum (not "value": a worth, no cost)
_ESTIMATE = frozenset({"put", "puts", "putting", "estimate", "estimates", "estimated",
                       "estimating", "peg", "pegs", "pegged", "pegging", "place", "places",
                       "placed", "placing"})  # fmt: skip
# nouns of cost that name no thing of their own: "put the cost at"
_COST_NOUNS = frozenset({"cost", "costs", "bill", "price", "price-tag"})
# what may stand between the verb of estimating and its object's head
_OPENERS = frozenset({"the", "its", "their", "his", "her", "our", "your", "this", "that",
                      "total", "whole", "full", "final", "real", "true", "overall"})  # fmt: skip
_PRONOUNS = frozenset({"it"})
# what may stand between the verb of the thing worked on and the sum ("needs about")
_VERB_GAP = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "at", "least",
                       "more", "than", "over", "another", "a", "further", "an", "extra",
                       "estimated"})  # fmt: skip
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "your", "this", "that"})

# (the stems of the thing a sum is the cost of, none for a cost that names no thing; those of
# the thing the work is on: "the deck" of "the deck needs ... of repairs")
Told = tuple[frozenset[str], frozenset[str]]
_NONE: Told = (frozenset(), frozenset())


def priced_thing(toks: list[str], low: list[str], start: int, end: int, unit: str) -> Told | None:
    """The thing whose cost the sum of money at ``start:end`` is (its number and currency, its
    unit ``unit``: "£", "£/year"): a noun of cost's (:func:`.cost_nouns.noun_cost`, a sum of
    no rate), or one an estimate sets it on, or the work it is a sum "of"; None otherwise."""
    named = noun_cost(low, start) if "/" not in unit else None
    return named or _estimate(low, bound_start(low, start)) or _of_work(toks, low, start, end)


def priced_unit(thing: frozenset[str], unit: str) -> tuple[str, str]:
    """The unit and currency of a cost of ``thing`` given in ``unit`` ("£/year"): "¤/year" and
    "£", as :mod:`.sums` gives a verb's; for a cost of no thing named, "£/year" and "", as
    :func:`.cost_nouns.as_price` leaves "the true cost is ..." for :mod:`.unnamed_costs`."""
    sign, _, rate = unit.partition("/")
    if not thing:
        return unit, ""
    return "¤" + (f"/{rate}" if rate else ""), sign


def _estimate(low: list[str], at: int) -> Told | None:
    """ "put <the repairs> at", "put <the cost> at", "put <it> at", right before the sum."""
    if at < 3 or low[at - 1] != "at":
        return None
    k = at - 2
    if low[k] in _PRONOUNS:
        return _NONE if low[k - 1] in _ESTIMATE else None
    head = k
    while k >= 0 and low[k] in _OPENERS | _COST_NOUNS | _WORK_WORDS:
        k -= 1
    if k < 0 or low[k] not in _ESTIMATE or k + 1 > head or low[k + 1] not in _OPENERS:
        return None
    if low[head] in _COST_NOUNS:
        return _NONE
    stem = lx.stem(low[head])
    return (frozenset({stem}), frozenset()) if stem in WORK else None


def _of_work(toks: list[str], low: list[str], start: int, end: int) -> Told | None:
    """ "needs <14 million pounds> of repairs": the work's cost, on the verb's subject."""
    if low[end : end + 1] != ["of"] or end + 1 >= len(low) or low[end + 1] in _DETERMINERS:
        return None  # "of the work": a share of a known sum
    stem = lx.stem(low[end + 1])
    if stem not in WORK or (end + 2 < len(low) and low[end + 2] == "of"):
        return None  # "of work of the kind": not the work's whole cost
    verb = start - 1
    while verb >= 0 and low[verb] in _VERB_GAP:
        verb -= 1
    on = subject_words(toks, low, verb) if verb > 0 and low[verb].isalpha() else frozenset()
    return frozenset({stem}), on
