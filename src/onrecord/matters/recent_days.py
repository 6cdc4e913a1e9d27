"""A past told with a day of its own week is a later occasion than a past told weeks before.

"I voted against the bill" (October 2) and, from the same speaker, "I voted for the bill on
Monday" (October 22): Monday is a day of the week before the later words were said, weeks
after the earlier ones, which could only tell of a vote before their own day. So two past
stances are of two times when the later names a recent day (a weekday, "yesterday", "last
night", "this morning", "last week") and no month, and the earlier was said before the
span that day can lie in. Not a plan or a forecast (a weekday ahead), and not a clause that
goes back behind the day with the pluperfect ("had voted on Monday" in reported speech is
backshift, kept out to be safe).
"""

from __future__ import annotations

from ..nlp.timex_lexicon import WEEKDAYS
from .cluster import Position
from .days import days_apart
from .words import tokens

# how many days back a recent day may lie from the day its words were said
_WEEK = 7
_DAY = 1
_TWO_WEEKS = 14
_NIGHT_OR_MORNING = frozenset({"night", "morning", "evening", "afternoon"})


def recent_reach(p: Position) -> int | None:
    """How many days before it was said the stance's recent day may lie, or None when it names
    none ("on Monday": 7, "yesterday": 1, "last week": 14)."""
    low = [t.lower() for t in tokens(p.stance.clause)]
    reach: int | None = None
    for i, w in enumerate(low):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        here: int | None = None
        if w in WEEKDAYS:
            here = _WEEK
        elif w == "yesterday" or (w in ("last", "this") and nxt in _NIGHT_OR_MORNING):
            here = _DAY
        elif w == "last" and nxt == "week":
            here = _TWO_WEEKS
        if here is not None:
            reach = max(reach or 0, here)
    return reach


def later_recent_occasion(p: Position, q: Position) -> bool:
    """Whether two past stances tell two occasions: the later said names a recent day of its
    own, after the earlier was said (see the module)."""
    days = days_apart(p.item.said, q.item.said)
    if not days:
        return False
    first, second = sorted((p, q), key=lambda x: x.item.said or "")
    if first.stance.future or second.stance.future or second.stance.times:
        return False
    if "had" in {t.lower() for t in tokens(second.stance.clause)}:
        return False
    reach = recent_reach(second)
    return reach is not None and days > reach
