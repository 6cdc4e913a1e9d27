"""Two figures one article sets side by side: one time, though their days may differ.

:func:`.timeframes.counted_apart` keeps figures given on different days apart: a toll moves
from day to day. But an article that quotes one speaker "on Monday" ("the app had 90,000
users", dated the day before it was published) and then another with no day of their own
("the app had more than 200,000 users", dated by the article) gives both as of one time:
the second speaker's day is only the article's, not a later count. So figures of one article,
one of them dated by the article alone, within :data:`.timeframes.PRESENT_WINDOW_DAYS` of
each other, are of one telling. Two figures each given a day of their own ("12 had died on
Monday", "15 had died by Wednesday") stay apart.
"""

from __future__ import annotations

from .cluster import Position
from .days import days_apart
from .timeframes import PRESENT_WINDOW_DAYS


def told_together(p: Position, q: Position) -> bool:
    """Whether two figures are of one article and one telling (see the module)."""
    a, b = p.item, q.item
    if a.article != b.article or (a.statement.date is not None and b.statement.date is not None):
        return False
    days = days_apart(a.said, b.said)
    return days is not None and days <= PRESENT_WINDOW_DAYS
