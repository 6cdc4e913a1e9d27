"""Two past accounts of one occasion, named by the event it came with.

"The pumps were not working on the night the river overtopped" and, weeks later, "the pumping
station was working when the river overtopped" tell one night. A past state ("was working",
"had no licence") is told of each day, and two accounts of it said weeks apart are read as two
days (:func:`.timeframes.same_time_frame`); but a state tied by "when ..." or "on the night
..." to a past event both accounts name is a state on that occasion, whenever it is told.

Both clauses must be in the past before their anchor, each anchor must hold a past verb, and
the two anchors must share that verb and another word: "when the river overtopped" and "when
the storm hit" are two occasions. The shared verb must name a one-off incident (a river
overtopping, a fire starting, a wall collapsing): "when inspectors visited", "when the council
met" and "when residents complained" name events that recur, and two accounts of them are two
visits, meetings or complaints. Accounts of two articles told more than six weeks apart are
left apart: even an incident recurs ("when the river flooded").
"""

from __future__ import annotations

from . import lexicon as lx
from .cluster import Position
from .days import days_apart, said_month
from .finite import finite_past
from .themes import PAST
from .words import tokens

# how far apart two accounts of one anchored occasion may be told
_WITHIN_DAYS = 42
# past verbs of one-off incidents an occasion may be named by ("when the river overtopped")
_INCIDENTS = frozenset(lx.stem(w) for w in (
    "overtopped", "overflowed", "flooded", "burst", "breached", "collapsed", "started", "broke",
    "exploded", "struck", "crashed", "sank", "derailed", "erupted", "caught", "spilled",
))  # fmt: skip
# the parts of a day (or days) an occasion is named by: "on the night the river overtopped"
_PERIODS = frozenset({"night", "day", "morning", "evening", "afternoon", "weekend"})
# determiners before such a period ("the night", "that morning")
_PERIOD_DETERMINERS = frozenset({"the", "that"})
# words that end an anchoring clause ("when the river overtopped but was overwhelmed")
_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "but", "and", "so", "because", "which", "who"})


def one_anchored_occasion(p: Position, q: Position) -> bool:
    """Whether two past stances tie their event to one past occasion, named by the same past
    incident in each ("when the river overtopped", "on the night the river overtopped")."""
    if p.item.article != q.item.article and not _within(p.item.said, q.item.said):
        return False  # one article tells one occasion, whatever dates its accounts take
    a, b = _anchor(p), _anchor(q)
    if not a or not b:
        return False
    shared = a[0] & b[0]
    return bool(shared & (a[1] | b[1]) & _INCIDENTS) and len(shared) >= 2


def _within(a: str | None, b: str | None) -> bool:
    """Whether two dates of statements lie within :data:`_WITHIN_DAYS`; a date known only to
    its month ("2031-04") by the months between."""
    days = days_apart(a, b)
    if days is not None:
        return days <= _WITHIN_DAYS
    ma, mb = said_month(a), said_month(b)
    if ma is None or mb is None:
        return False
    return abs((ma[0] - mb[0]) * 12 + ma[1] - mb[1]) * 31 <= _WITHIN_DAYS


def _anchor(p: Position) -> tuple[frozenset[str], frozenset[str]] | None:
    """The content stems of the past event the stance's clause is tied to, and the stems of
    its past verbs; None when the clause is not in the past before it or names none."""
    low = [t.lower() for t in tokens(p.stance.clause)]
    word = p.stance.words[0].lower() if p.stance.words else ""
    if word not in low:
        return None
    at = low.index(word)
    start = _anchor_start(low, at)
    if start is None or not _past_before(low, at, start):
        return None
    words: list[str] = []
    for w in low[start:]:
        if w in _CLAUSE_ENDS:
            break
        words.append(w)
    verbs = {lx.stem(w) for k, w in enumerate(words) if finite_past(words, k, with_object=False)}
    verbs |= {lx.stem(w) for w in words if w in lx.SIMPLE_PAST}
    if not verbs:
        return None
    content = {lx.stem(w) for w in words if w.isalpha() and w not in lx.STOPWORDS}
    return frozenset(content), frozenset(verbs)


def _anchor_start(low: list[str], at: int) -> int | None:
    """Where the anchoring clause after the deciding word (at ``at``) begins: after "when",
    or after a period of a day named with a determiner ("the night", "that morning")."""
    for k in range(at + 1, len(low)):
        if low[k] in _CLAUSE_ENDS:
            return None
        if low[k] == "when":
            return k + 1
        if low[k] in _PERIODS and low[k - 1] in _PERIOD_DETERMINERS:
            return k + 1
    return None


def _past_before(low: list[str], at: int, start: int) -> bool:
    """Whether the clause before its anchor is in the past: a past auxiliary ("was working",
    "were not"), or its deciding word a plain past ("held a valid licence")."""
    head = low[:start]
    return bool(set(head) & PAST) or (at > 0 and finite_past(head, at, with_object=False))
