"""A sum of money lost or made in profit: a body's accounts told with a figure.

"The site lost 6 million pounds last year" tells a loss as "the site lost money" does, and
"made 2.3 million pounds in profit" or "made a profit" the opposite; "made a loss" is the
loss that "made a profit" denies. Only the body's own result is read: a sum lost *of*
something or *in* something other than a time ("lost 6 million pounds of funding", "lost 2
million pounds in sales") is income that went, not a loss made, and a sum made without the
word "profit" ("made 6,000 pounds at the fair") may be takings, so it is left alone.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .predicates import TIME_WORDS

__all__ = ["made_loss", "made_profit", "told_sum"]

_CURRENCY_WORDS = frozenset({"pounds", "pound", "dollars", "dollar", "euros", "euro"})
_CURRENCY_SIGNS = frozenset({"$", "£", "€"})
_SCALE = frozenset({"thousand", "million", "billion", "m", "bn", "k"})
_NUMBER = re.compile(r"\d+(?:\.\d+)?$")
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred".split()
)
_PROFIT = frozenset({"profit", "profits"})
_LOSS = frozenset({"loss", "losses"})
# verbs that book a loss in the accounts: "made a loss", "posted a loss", "recorded losses"
_BOOK = lx.MAKE_FORMS | frozenset({"post", "posts", "posted", "record", "records", "recorded"})
_TURN = frozenset({"turn", "turns", "turned", "turning"})  # "turned a profit"
# words between the booking verb and "loss": "made a small loss", "a 2 million pound loss"
_LOSS_FILL = frozenset(
    {
        "a",
        "an",
        "any",
        "heavy",
        "big",
        "small",
        "large",
        "huge",
        "further",
        "operating",
        "pre-tax",
        "net",
        "annual",
        "pound",
        "dollar",
        "euro",
        ",",
    }
)
# after a sum lost, what may follow and still tell the body's result: the clause ends, a time
# ("last year", "in 2028", "every year"), or what it was lost on ("lost 2 million on the deal")
_ENDS = frozenset(
    {
        ",",
        ".",
        ";",
        "and",
        "but",
        "because",
        "as",
        "since",
        "over",
        "during",
        "on",
        "every",
        "each",
        "a",
        "this",
        "that",
        "so",
        "after",
        "before",
        "when",
        "last",
        "previous",
    }
)


def told_sum(low: list[str], i: int) -> tuple[int, int] | None:
    """For a sum of money at ``i`` (its currency word, "6 million <pounds>", or its sign,
    "<£>6 million") lost or made in profit: (-1 for lost, +1 for made in profit, the index of
    the verb), else None."""
    if low[i] in _CURRENCY_WORDS:
        start, end = _number_start(low, i), i + 1
    elif low[i] in _CURRENCY_SIGNS and i + 1 < len(low) and _is_number(low[i + 1]):
        start, end = i, i + 2
        while end < len(low) and (low[end] in _SCALE or _is_number(low[end])):
            end += 1
    else:
        return None
    if start < 1:
        return None
    verb, after = low[start - 1], low[end : end + 2]
    if verb in lx.LOSE_FORMS and _clause_goes_on(low, end):
        return -1, start - 1
    if verb in lx.MAKE_FORMS and (
        (after[:1] and after[0] in _PROFIT)
        or (after[:1] == ["in"] and after[1:] and after[1] in _PROFIT)
    ):
        return 1, start - 1  # "made 2.3 million pounds in profit"
    return None


def made_loss(low: list[str], i: int) -> tuple[int, int] | None:
    """For "loss" at ``i`` booked by a verb ("made a loss", "posted a 2 million pound loss"):
    (-1, the index of the verb), else None."""
    if low[i] not in _LOSS:
        return None
    k = i - 1
    while k >= 0 and (low[k] in _LOSS_FILL or low[k] in _SCALE or _is_number(low[k])):
        k -= 1
    if k >= 0 and k < i - 1 and low[k] in _BOOK:
        return -1, k
    return None


def made_profit(low: list[str], i: int) -> tuple[int, int] | None:
    """For "profit" at ``i`` booked by a verb and made on a venture ("made a profit on its
    car parks", "turned a small profit from room hire"): (+1, the index of the verb), else
    None. Its event is read elsewhere (the key "profit"); this gives it the venture it was
    made on, as a loss has it: a profit on one venture does not answer a loss on another. A
    profit with no venture keeps no theme: the body is often named in other words ("the
    Colnefield site lost ..." against "the factory made a profit")."""
    if low[i] not in _PROFIT or low[i + 1 : i + 2] not in (["on"], ["from"]):
        return None
    k = i - 1
    while k >= 0 and (low[k] in _LOSS_FILL or low[k] in _SCALE or _is_number(low[k])):
        k -= 1
    if k >= 0 and k < i - 1 and low[k] in _BOOK | _TURN:
        return 1, k
    return None


def _number_start(low: list[str], i: int) -> int:
    """Where the number before the currency word at ``i`` begins ("2.3 million", "30,000"),
    or -1 when none stands there."""
    k = i - 1
    while k >= 0 and low[k] in _SCALE:
        k -= 1
    if k < 0 or not _is_number(low[k]):
        return -1
    while k >= 2 and low[k - 1] == "," and _is_number(low[k - 2]):
        k -= 2
    return k


def _is_number(w: str) -> bool:
    return bool(_NUMBER.match(w)) or w in _NUMBER_WORDS


def _clause_goes_on(low: list[str], end: int) -> bool:
    """Whether what follows a sum lost leaves it the body's result: the end, a time, or
    what it was lost on; not "of funding", "in sales"."""
    if end >= len(low):
        return True
    w = low[end]
    if w in _ENDS or w in TIME_WORDS or w in lx.MONTHS:
        return True
    if w == "in":
        nxt = low[end + 1] if end + 1 < len(low) else ""
        return bool(re.fullmatch(r"(?:19|20)\d\d", nxt)) or nxt in lx.MONTHS or nxt in TIME_WORDS
    return False
