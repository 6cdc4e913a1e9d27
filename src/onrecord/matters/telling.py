"""Two figures one article sets side by side: one time, though their days may differ.

:func:`.timeframes.counted_apart` keeps figures given on different days apart: a toll moves
from day to day. But an article that quotes one speaker "on Monday" ("the app had 90,000
users", dated the day before it was published) and then another with no day of their own
("the app had more than 200,000 users", dated by the article) gives both as of one time:
the second speaker's day is only the article's, not a later count. So figures of one article,
one of them dated by the article alone, within :data:`.timeframes.PRESENT_WINDOW_DAYS` of
each other, are of one telling. Two figures each given a day of their own ("12 had died on
Monday", "15 had died by Wednesday") stay apart, and so does a running count, which an
article updates as it goes ("12 people had died", then "15 people have now died", "the toll
rose to 15"): a perfect of what happens, or a word of a count that grows.
"""

from __future__ import annotations

from itertools import pairwise

from .cluster import Position
from .days import days_apart
from .timeframes import PRESENT_WINDOW_DAYS
from .words import tokens

# forms of "have" ("'s" is as often a possessive or "is": "the trust's own accounts")
_HAVE = frozenset({"has", "have", "had", "'ve", "’ve"})
# words between "have" and its participle ("have now died", "had so far been found")
_BETWEEN = frozenset({"now", "so", "far", "already", "since", "also", "not", "yet", "all"})
# words that tell a count that grows: "so far", "to date", "the death toll", "rose to 15"
_RUNNING = frozenset({"now", "toll", "tally", "rose", "risen", "climbed", "climbing", "rising"})
_NOT_PARTICIPLES = frozenset({"own", "seven", "ten", "eleven", "fifteen", "often", "open"})
_IRREGULAR = frozenset({"lost", "left", "found", "held", "caught", "hit", "struck", "sold",
                        "fled", "spent", "paid", "put", "cut", "shut"})  # fmt: skip


def running_count(text: str) -> bool:
    """Whether ``text`` tells a count that grows as things happen: "15 people have died",
    "the toll rose to 15", "40 arrests so far"; not a state ("the app had 90,000 users")."""
    low = [t.lower() for t in tokens(text)]
    if any(w in _RUNNING for w in low) or _pair(low, "so", "far") or _pair(low, "to", "date"):
        return True
    for i, w in enumerate(low):
        if w not in _HAVE:
            continue
        k = i + 1
        while k < len(low) and low[k] in _BETWEEN:
            k += 1
        nxt = low[k] if k < len(low) else ""
        participle = nxt.endswith(("ed", "en", "wn")) and nxt not in _NOT_PARTICIPLES
        if nxt.isalpha() and (participle or nxt in _IRREGULAR):
            return True  # "had died", "have been killed", "has lost": a perfect of an event
    return False


def _pair(low: list[str], a: str, b: str) -> bool:
    return any(x == a and y == b for x, y in pairwise(low))


def told_together(p: Position, q: Position) -> bool:
    """Whether two figures are of one article and one telling (see the module)."""
    a, b = p.item, q.item
    if a.article != b.article or (a.statement.date is not None and b.statement.date is not None):
        return False
    if running_count(a.statement.content.text) or running_count(b.statement.content.text):
        return False
    days = days_apart(a.said, b.said)
    return days is not None and days <= PRESENT_WINDOW_DAYS
