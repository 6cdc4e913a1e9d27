"""A figure told as where a quantity starts, or how far away a place is: neither is the
quantity's level.

"The plant would need about 40 staff at first, rising to 140 by 2030" gives two values of
one workforce at two times: the first is a starting value ("at first", "initially", "to begin
with", or a change that follows it: ", rising to 140"), so it does not answer "will the plant
bring 140 jobs?" as a level would. It is read as a quantity of its own (the act ``initial``).

"Homes in Carrow, 25 miles away" and "places some 30 miles away" measure distances to two
places, no count of miles that two speakers could dispute: a figure whose noun is followed by
"away" or "apart" is no figure.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import lexicon as lx

if TYPE_CHECKING:
    from .figures import Figure

INITIAL = "initial"
# phrases after a figure's noun that tell its value a start ("40 staff at first")
_STARTS: tuple[tuple[str, ...], ...] = (
    ("at", "first"), ("initially",), ("to", "begin", "with"), ("to", "start", "with"),
    ("at", "the", "start"), ("at", "the", "outset"),
)  # fmt: skip
# a change that follows the figure in its sentence: the figure is where it starts
_CHANGES_AFTER = frozenset({"rising", "growing", "increasing", "climbing", "falling",
                            "dropping", "shrinking", "going"})  # fmt: skip
# words a start may stand behind in its clause ("40 staff on site at first")
_WINDOW = 4
_DISTANCE = frozenset({"away", "apart"})


def distance(low: list[str], head: int, after: int) -> bool:
    """Whether the figure's noun (at ``head``, its phrase ending before ``after``) ends in or
    is followed by "away" or "apart" ("25 miles away"): a distance to a place (see the
    module)."""
    return low[head] in _DISTANCE or (after < len(low) and low[after] in _DISTANCE)


def started(fig: Figure, low: list[str], start: int, after: int) -> Figure:
    """``fig`` (its value at ``start``, its noun ending before ``after``) read as a starting
    value when its words say so (see the module); else unchanged."""
    if fig.act:
        return fig
    if start and low[start - 1] == "initially":
        return replace(fig, act=INITIAL)
    for k in range(after, min(after + _WINDOW + 1, len(low))):
        for p in _STARTS:
            if tuple(low[k : k + len(p)]) == p and not _noun_after(low, k + len(p)):
                return replace(fig, act=INITIAL)  # not "at first glance"
        if low[k] == "," and k + 2 < len(low) and low[k + 1] in _CHANGES_AFTER:
            return replace(fig, act=INITIAL) if low[k + 2] == "to" else fig
        if low[k] in (",", ";", ".", "and", "but"):
            break
    return fig


def _noun_after(low: list[str], k: int) -> bool:
    return k < len(low) and low[k].isalpha() and low[k] not in lx.STOPWORDS
