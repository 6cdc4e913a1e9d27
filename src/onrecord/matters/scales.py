"""Scales: the events a word of rise or fall names, and the slots that make a word one.

On a scale, denying one end does not assert the other ("rents will not fall" leaves them flat
as well as rising), so a denied end keeps a key of its own (:func:`scalar_events`). "Go up" and
"go down" are a rise and a fall unless a goal or an occasion follows (:func:`goal_after`); a
verb of becoming before a comparative names one too (:data:`BECOME`, :data:`COMPARATIVES`); an
intensive word ("double", "surge") counts only as a verb (:func:`verb_slot`).
"""

from __future__ import annotations

from . import lexicon as lx
from .dated_moves import dated_outage
from .objects import DETERMINERS
from .predicates import SUBJECTS


def scalar_events(
    key: str, sign: int, own: str, negated: bool, intensive: bool = False
) -> list[tuple[str, int]]:
    """(key, polarity) of the events a word names, with its own key ``own`` where the
    concept is a scale (:data:`.lexicon.SCALAR`).

    On a scale, denying one end does not assert the other: "rents will not fall" leaves them
    flat as well as rising, and "will not double" leaves a smaller rise. A denied extreme
    ("double") or opposite ("fall", "go down") keeps only its own key; asserted, it names the
    concept and its own key too, so "will double" and "will not double" still meet."""
    polarity = -sign if negated else sign
    special = key in lx.SCALAR and (intensive or sign < 0)
    if not special:
        return [(key, polarity)]
    if not intensive:
        own = key + "-down"  # "fell", "decline", "go down": one end of the scale
    if negated:
        return [(own, -1)]
    if intensive and sign < 0:  # "takings halved": a fall too
        return [(key, polarity), (own, 1), (key + "-down", 1)]
    return [(key, polarity), (own, 1)]


# after "go up" / "go down", words that make it a movement to a place or an event ("went up
# to the house", "went down on Monday", "go up for a vote"), not a rise or a fall
_GOALS = frozenset({"to", "for", "against", "near", "at", "into", "the", "a", "an", "with",
                    "onto", "toward", "towards", "there", "here"})  # fmt: skip
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "the"})  # fmt: skip


# verbs of becoming, and the comparatives of an amount after them that name a rise or a fall
BECOME = frozenset({"get", "gets", "getting", "got", "grow", "grows", "growing", "become",
                     "becomes", "becoming"})  # fmt: skip
COMPARATIVES = {
    **dict.fromkeys(("louder", "noisier", "higher", "bigger", "larger", "busier", "costlier",
                     "pricier", "dearer"), 1),
    **dict.fromkeys(("quieter", "lower", "smaller", "cheaper"), -1),
}  # fmt: skip


def goal_after(low: list[str], i: int) -> bool:
    """Whether the words after the particle of "go" at ``i`` give a goal or an occasion, not
    an amount ("went down on Monday" is an outage; "go up on every route" a rise)."""
    j = i + 2
    nxt = low[j] if j < len(low) else ""
    after = low[j + 1] if j + 1 < len(low) else ""
    if nxt == "on":
        dated = after in _DAYS or after in lx.MONTHS
        return dated and dated_outage(low, i, low[i + 1])  # "will go up on December 1": a rise
    if nxt == "at" and after in ("every", "each", "all", "most", "many", "several", "some"):
        return False  # "will go up at every school": a rise in each place, not a goal
    return nxt in _GOALS or (nxt == "in" and after in ("flames", "smoke"))


def verb_slot(low: list[str], i: int) -> bool:
    """Whether an intensive word ("double", "surge") is used as a verb: inflected ("doubled",
    "surges"), or after a modal, an auxiliary, a negator, "to" or a subject pronoun."""
    word, prev = low[i], low[i - 1] if i else ""
    if prev in ("a", "an", "the") or prev in DETERMINERS:
        return False
    if word.endswith(("ed", "es", "s")):
        return True
    return prev in lx.MODALS or prev in lx.AUXILIARIES or prev in lx.NEGATORS or prev in SUBJECTS
