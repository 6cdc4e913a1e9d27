"""Bounds on a figure: the interval of values "at least 3", "up to 10" or "nearly 40" allow.

A bound before the figure scales its value into an interval ("more than 600,000" is 600,000
to no end). Two readings follow from English grammar, not from the words of any one story:

* a bound under a negation turns over: "never fewer than six carers" is at least six (not at
  most six, as "fewer than six" alone would be), "the ward never dropped below 17 degrees" and
  "did not rise above 40" bound the value from the other side. The negation stands just
  before the bound or before the verb it bounds ("never dropped below", "did n't go over").
* a bound can follow the figure and its noun: "three crew at most", "40 people or more",
  "six hours, no more" bound the value as "at most three", "at least 40" and "no more than
  six" do.

A bound of nearness gives no value where "not" stands before it ("the cost is not close to 4
million pounds" says only that it is far from it, on either side), nor where "close to"
places a thing ("the depot is close to 200 homes": near them, no count of them).

"Up to" after a verb of going is no bound: "fares went up to 4 dollars" tells the level fares
reached (:mod:`.reached_levels`).
"""

from __future__ import annotations

import math

from . import lexicon as lx
from .reached_levels import GOING

# words before the figure that bound it: (low factor, high factor) of the value
BOUNDS: dict[tuple[str, ...], tuple[float, float]] = {
    ("at", "least"): (1.0, math.inf), ("more", "than"): (1.0, math.inf),
    ("over",): (1.0, math.inf), ("above",): (1.0, math.inf), ("upwards", "of"): (1.0, math.inf),
    ("in", "excess", "of"): (1.0, math.inf), ("at", "most"): (0.0, 1.0),
    ("up", "to"): (0.0, 1.0), ("less", "than"): (0.0, 1.0), ("fewer", "than"): (0.0, 1.0),
    ("no", "more", "than"): (0.0, 1.0), ("under",): (0.0, 1.0), ("below",): (0.0, 1.0),
    ("not", "more", "than"): (0.0, 1.0), ("no", "fewer", "than"): (1.0, math.inf),
    ("no", "less", "than"): (1.0, math.inf), ("not", "less", "than"): (1.0, math.inf),
    ("not", "fewer", "than"): (1.0, math.inf),
    ("nearly",): (0.9, 1.0), ("almost",): (0.9, 1.0), ("about",): (0.9, 1.1),
    ("around",): (0.9, 1.1), ("roughly",): (0.9, 1.1), ("approximately",): (0.9, 1.1),
    ("some",): (0.9, 1.1), ("an", "estimated"): (0.9, 1.1),
    # a value given as nearer the truth than another's: "the real cost is nearer 150,000
    # pounds", "closer to 40 homes" (a value of its own, told as roughly so)
    ("nearer",): (0.9, 1.1), ("nearer", "to"): (0.9, 1.1), ("closer", "to"): (0.9, 1.1),
    ("close", "to"): (0.9, 1.1),
}  # fmt: skip
# the one-sided bounds a negation turns over: "not below 17" is 17 or more
_ONE_SIDED = {p: f for p, f in BOUNDS.items() if math.isinf(f[1]) or f[0] == 0.0}
_NEGATORS = frozenset({"never", "not", "n't"})
# words that may stand between the negation and the bound: the verb it bounds and its aids
# ("never dropped below", "has never gone above", "did n't fall below"); no noun, no clause
_BETWEEN_MAX = 2
_NOT_BETWEEN = frozenset({",", ";", "and", "or", "but", "the", "a", "an", "that", "which",
                          "who", "of", "to", "than"})  # fmt: skip
# bounds after the figure's noun: (words, (low factor, high factor))
_AFTER: tuple[tuple[tuple[str, ...], tuple[float, float]], ...] = (
    (("at", "the", "most"), (0.0, 1.0)), (("at", "most"), (0.0, 1.0)),
    (("at", "the", "least"), (1.0, math.inf)), (("at", "least"), (1.0, math.inf)),
    (("or", "more"), (1.0, math.inf)), (("or", "over"), (1.0, math.inf)),
    (("or", "fewer"), (0.0, 1.0)), (("or", "less"), (0.0, 1.0)), (("or", "under"), (0.0, 1.0)),
    ((",", "no", "more"), (0.0, 1.0)), ((",", "no", "fewer"), (1.0, math.inf)),
    ((",", "no", "less"), (1.0, math.inf)),
)  # fmt: skip


# bounds of nearness, and what "close to" may place a thing by (see the module)
_NEAR = frozenset({("close", "to"), ("closer", "to"), ("nearer",), ("nearer", "to")})
_PLACING = frozenset({"is", "are", "was", "were", "be", "lies", "sits", "stands", "located",
                      "situated", "built", "lie", "sit", "stand", "live", "lives"})  # fmt: skip
# nouns whose value "is close to" gives ("turnout in May was close to 200"), and units
_QUANTITIES = frozenset({"list", "total", "number", "count", "tally", "toll", "figure",
                         "turnout", "attendance", "crowd", "population", "queue", "backlog",
                         "membership", "sum", "amount", "rate", "share", "roll", "workforce",
                         "estimate", "cost", "bill", "price", "fee", "debt", "loss"})  # fmt: skip
_UNITS = frozenset({"per", "percent", "%", "pounds", "dollars", "euros", "million", "billion",
                    "thousand", "hundred", "m", "bn", "k"})  # fmt: skip


def no_value(low: list[str], start: int) -> bool:
    """Whether a bound of nearness before the number at ``start`` (or its currency sign)
    leaves it no value: a nearness denied or a place (see the module)."""
    if start and not low[start - 1].isalnum():
        start -= 1  # "not close to $4 million"
    at = bound_start(low, start)
    phrase = tuple(low[at:start])
    if phrase not in _NEAR:
        return False
    if _negated(low, at):
        return True
    after = low[start + 1] if start + 1 < len(low) else ""
    if phrase != ("close", "to") or at < 2 or low[at - 1] not in _PLACING or after in _UNITS:
        return False
    return low[at - 1] not in lx.BE_FORMS or not set(low[: at - 1]) & (_QUANTITIES | {"it"})


def bound_start(low: list[str], start: int) -> int:
    """The index where the bound before a figure begins ("about", "more than"), or ``start``."""
    for phrase in sorted(BOUNDS, key=len, reverse=True):
        n = len(phrase)
        if tuple(low[max(0, start - n) : start]) == phrase:
            return start - n
    return start


def roughly(
    low: list[str], start: int, value: float, rounded: tuple[float, float]
) -> tuple[float, float]:
    """The interval of a sum a noun of cost gives (:mod:`.cost_nouns`): a one-sided bound as
    it reads ("more than 390,000 pounds"); a value told roughly ("nearer four million
    pounds") or with no bound, its rounding (3.5 to 4.5 million) widened by the bound."""
    lo, hi = bound_before(low, start, value)
    if lo == 0.0 or math.isinf(hi):
        return lo, hi
    return min(lo, rounded[0]), max(hi, rounded[1])


def bound_before(low: list[str], start: int, value: float) -> tuple[float, float]:
    """The interval a bound before the figure at ``start`` gives its value (the value alone
    when none does), turned over under a negation (see the module)."""
    # the longest phrase first: "no more than 20" is at most 20, not "more than 20"
    for phrase, (a, b) in sorted(BOUNDS.items(), key=lambda kv: -len(kv[0])):
        n = len(phrase)
        if tuple(low[max(0, start - n) : start]) == phrase:
            if phrase == ("up", "to") and start > 2 and low[start - 3] in GOING:
                break  # "fares went up to 4 dollars": a level reached, not a bound
            if phrase in _ONE_SIDED and _negated(low, start - n):
                a, b = (1.0, math.inf) if a == 0.0 else (0.0, 1.0)
            return value * a, value * b
    return value, value


def _negated(low: list[str], at: int) -> bool:
    """Whether a negation stands just before the bound phrase at ``at``, or before the verb
    it bounds ("never fewer than", "never dropped below", "did n't go over")."""
    for k in range(at - 1, max(-1, at - 2 - _BETWEEN_MAX), -1):
        w = low[k]
        if w in _NEGATORS:
            return True
        if w in _NOT_BETWEEN or not w.isalpha():
            return False
    return False


def bound_after(low: list[str], k: int) -> tuple[float, float] | None:
    """The factors of a bound that follows a figure and its noun at ``k`` ("three crew at
    most", "40 people or more", "six hours, no more"), or None."""
    for words, factors in _AFTER:
        if tuple(low[k : k + len(words)]) == words:
            after = low[k + len(words)] if k + len(words) < len(low) else ""
            if after in ("than", "of") or (words[0] == "," and after.isalnum()):
                return None  # "40 or more than 50"; "20 staff, no more funding": no bound
            return factors
    return None
