"""Figures whose quantity a verb tells: an income ("earned", "brought in"), an amount that
got into a place ("entered", "reached") and a count of things gathered ("recovered 640 dead
fish"). :mod:`.figures` reads each figure by its noun; these readings, applied to the figure
it found, make the verb's quantity one whatever verb of the kind tells it (:mod:`.incomes`,
:mod:`.arrivals`), and keep a count of what someone gathered apart from the whole: "officers
recovered 640 dead fish" and "we counted more than 1,100 dead fish" are two numbers, the
fish found by one party and all the fish, as "cut 200 jobs" and "has 1,000 jobs" are."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arrivals import arrived
from .incomes import dated, earned, income_verb
from .sums import subject_words

if TYPE_CHECKING:
    from .figures import Figure

__all__ = ["dated", "told_by_verb"]


def told_by_verb(
    fig: Figure, toks: list[str], low: list[str], start: int, end: int, after: int
) -> Figure:
    """``fig`` (its value at ``start:end``, its noun ending before ``after``) read as the
    quantity its verb tells, when a verb of income governs it or a verb of arrival follows
    its noun; else unchanged."""
    verb = income_verb(low, start)
    if verb is not None:
        return earned(fig, low, start, end, subject_words(toks, low, verb))
    if not fig.act and _gathered(low, start):
        return replace(fig, act=GATHER)
    return arrived(fig, toks, low, after)


GATHER = "gather"
# verbs of gathering what is found: the count is of what one party found, not of the whole
_GATHER = frozenset({
    "recover", "recovers", "recovered", "recovering", "collect", "collects", "collected",
    "collecting", "retrieve", "retrieved", "remove", "removes", "removed", "removing",
    "pull", "pulled", "gather", "gathered",
})  # fmt: skip
# words that end the verb's reach before the figure ("recovered the bodies, and 40 ...")
_BREAKS = frozenset({",", ";", ".", "and", "but", "while", "whereas"})
_WINDOW = 6


def _gathered(low: list[str], start: int) -> bool:
    """Whether a verb of gathering governs the figure at ``start`` (within a few words before
    it, in its clause): "officers had recovered <640> dead fish"."""
    for k in range(start - 1, max(-1, start - _WINDOW - 1), -1):
        if low[k] in _BREAKS:
            return False
        if low[k] in _GATHER:
            return True
    return False
