"""A state said to hold again, against the news that it did not hold before.

"The water is safe to drink again" says the water is safe now and that it was not, for a while:
it agrees with "the water was not safe to drink on June 8", which tells that while. "The bridge
has reopened again" agrees with "the bridge was not open last week" the same way. Only a past
denial is the earlier while: "the water is not safe" (now) still contradicts "safe again". A
past "again" ("was shut down again on Friday") tells that occasion, which a denial of it
contradicts, and "never" denies the earlier holding that "again" presupposes. A change the
later article marks (:mod:`.marked_reversals`) is no change when the new words say the state
holds again and the old denied it, said on an earlier day and not of the future
(:func:`restored_since`): "is not safe to drink" on June 9, "is safe to drink again" on
June 30, is the while and its end.
"""

from __future__ import annotations

from .claims import Clause
from .cluster import Position
from .finite import finite_past
from .themes import PAST
from .timeframes import deciding_word
from .words import tokens


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


def restored_since(before: Clause, again: Clause) -> bool:
    """Whether clause ``again`` says its state holds again, in the present ("is safe to drink
    again"; not "was shut again on Friday", which tells that day), and ``before``, said on an
    earlier day, denied it then or before, not of the future nor with "never": the while that
    "again" says has ended."""
    low = [t.lower() for t in tokens(again.text)]
    if "again" not in low or again.tense == "future" or set(low) & PAST:
        return False
    return before.tense != "future" and "never" not in {t.lower() for t in tokens(before.text)}
