"""A state kept up to a bound: "the lab will stay open until the end of the year", "the park
will stay closed at least through this week". Such a stance says nothing of what comes after
its bound, so a change told with no time ("it would close the lab") or for a time after the
bound ("the park will reopen on August 20") can come after it: both hold."""

from __future__ import annotations

import re

from . import lexicon as lx
from .cluster import Position
from .timeframes import deciding_word

# verbs of a state kept ("stay open", "remain closed", "keep the plant open")
KEEPS = frozenset({"stay", "stays", "stayed", "remain", "remains", "remained", "keep", "keeps",
                   "kept"})  # fmt: skip
# words that bound a state kept from the end ("until", "through")
_BOUNDS = frozenset({"until", "till", "through", "throughout"})
# words of a bound within the month the stance was said ("through this week", "until Friday")
_THIS_MONTH = frozenset({"week", "weekend", "today", "tonight", "tomorrow", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "sunday"})  # fmt: skip


def kept_until(p: Position) -> int:
    """Where the bound of a state kept stands in the stance's clause ("will stay open <until>
    the end of the year"), or -1: the deciding word is kept by a verb of keeping within four
    words before it, not denied, in a forecast, and "until" or "through" follows it."""
    low, at = deciding_word(p)
    if at < 0 or not p.stance.future or not set(low[max(0, at - 4) : at]) & KEEPS:
        return -1
    if any(lx.negating(w.lower()) for w in p.stance.words[1:]):
        return -1  # "will not stay open until May": the state is denied, not kept
    return next((k for k in range(at + 1, len(low)) if low[k] in _BOUNDS), -1)


def bound_month(p: Position, at: int) -> tuple[int, int] | None:
    """The last month of the state kept (``at``: where its bound opens): the last month the
    stance names, else the end of the year or the month it was said for a bound within it
    ("through this week"); None for a bound that is an event ("until it passes inspection")."""
    if p.stance.times:
        return max(p.stance.times)
    said = p.item.said or ""
    if not re.match(r"\d{4}-\d\d", said):
        return None
    year, month = int(said[:4]), int(said[5:7])
    words = set(deciding_word(p)[0][at + 1 : at + 8])
    if "year" in words and not words & {"next", "another"}:
        return (year, 12)  # "until the end of the year"
    if words & _THIS_MONTH and not words & {"next", "month"}:
        return (year, month)
    return None


def after_the_bound(p: Position, q: Position) -> bool:
    """Whether one stance keeps a state up to a bound and the other tells a change of it
    ahead, untimed or timed after the bound: "Fenwater will stay open until the end of the
    year" and "it would close the lab"; "the park will stay closed at least through this
    week" (July) and "the park will reopen on August 20". A kept state against another kept
    state, or against what holds now, still disagrees ("will remain open" / "is closed")."""
    for kept, change in ((p, q), (q, p)):
        at = kept_until(kept)
        if at < 0 or not change.stance.future:
            continue
        low, where = deciding_word(change)
        if where >= 0 and set(low[max(0, where - 4) : where]) & KEEPS:
            continue  # "will remain open": a state kept from now, against the other's
        if not change.stance.times:
            return True
        bound = bound_month(kept, at)
        if bound is not None and min(change.stance.times) > bound:
            return True
    return False
