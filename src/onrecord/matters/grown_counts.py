"""A running count given again later, over a span still open when it was first given.

:func:`.timeframes.counted_apart` keeps two figures of a count apart when they were given on
different days with no one time named. A count said in the perfect or with "now" counts up
to the moment it is said ("eight seals have died this month", "nine have now died since the
start of May"): when the earlier figure was given while the span it names was still running
(its month is the month it was said in), a higher or lower figure on a later day is the same
toll told again as it grew, even though both name a time. A span already closed when the
earlier figure was given ("six seals died in May", said in June) fixes the count, so a later
different figure of it does disagree; so do two figures of one day. A running count only
grows (deaths, arrests, tickets sold): a later figure lower than the earlier one is no growth,
and the two disagree.
"""

from __future__ import annotations

from .cluster import Position
from .days import days_apart
from .figures import number_value
from .telling import running_count


def grown_since(p: Position, q: Position) -> bool:
    """Whether two figures of one count were given on different days, one of them a running
    count, the earlier over a span still open when it was said (see the module)."""
    days = days_apart(p.item.said, q.item.said)
    if not days or days < 1:
        return False
    if not (running_count(p.item.statement.content.text)
            or running_count(q.item.statement.content.text)):  # fmt: skip
        return False
    first, then = (p, q) if (p.item.said or "") <= (q.item.said or "") else (q, p)
    before, after = _value(first), _value(then)
    if before is None or after is None or after < before:
        return False  # "had sold 18,000 tickets", then "7,100 were sold": no count that grew
    return _open_when_said(first)


def _value(p: Position) -> float | None:
    return number_value(p.stance.words[0]) if p.stance.words else None


def _open_when_said(p: Position) -> bool:
    """Whether a month the stance names is the month it was said in ("this month")."""
    said = p.item.said or ""
    if len(said) < 7 or not (said[:4].isdigit() and said[5:7].isdigit()):
        return False
    now = (int(said[:4]), int(said[5:7]))
    return now in p.stance.times
