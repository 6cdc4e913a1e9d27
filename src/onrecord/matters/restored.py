"""A state said to hold again, against the news that it did not hold before.

"The water is safe to drink again" says the water is safe now and that it was not, for a while:
it agrees with "the water was not safe to drink on June 8", which tells that while. "The bridge
has reopened again" agrees with "the bridge was not open last week" the same way. Only a past
denial is the earlier while: "the water is not safe" (now) still contradicts "safe again". A
past "again" ("was shut down again on Friday") tells that occasion, which a denial of it
contradicts, and "never" denies the earlier holding that "again" presupposes.
"""

from __future__ import annotations

from .cluster import Position
from .finite import finite_past
from .themes import PAST
from .timeframes import deciding_word


def again_after_past(p: Position, q: Position) -> bool:
    """Whether one stance says its state holds again ("is safe to drink again") and the other,
    in the past and denied, tells the while it did not ("was not safe on June 8")."""
    return _restored(p, q) or _restored(q, p)


def _restored(again: Position, before: Position) -> bool:
    if again.stance.label != "yes" or before.stance.label != "no":
        return False
    low, at = deciding_word(again)
    if at < 0 or "again" not in low[at + 1 :]:
        return False
    if _past(low, at):
        return False  # "was shut down again on Friday" tells that Friday, which "not" denies
    if before.stance.future:
        return False
    low, at = deciding_word(before)
    if "never" in low[:at] or "never" in before.stance.words:
        return False  # "again" presupposes an earlier holding, which "never" denies
    return at > 0 and _past(low, at)


def _past(low: list[str], at: int) -> bool:
    """Whether the verb group of the deciding word at ``at`` is past ("was not safe")."""
    return bool(set(low[:at]) & PAST) or finite_past(low, at, with_object=False)
