"""A denial bounded by another event ("would not repair the bridge before the race"): it says
nothing of the calendar, so a date for the event ("repairs would start in June") may well
come after the bound and agree with it."""

from __future__ import annotations

import re

from . import lexicon as lx
from .cluster import Position

# "before the race", "until the vote": a bound named by an event, not by a date
_BOUND = re.compile(
    r"\b(?:before|until|till) (?:the|this|that|its|their|our|his|her|next) ([a-z][a-z-]+)\b"
)
# nouns that name a time, not an event: "before the end of May", "until the spring"
_TIME_NOUNS = frozenset({"end", "start", "beginning", "middle", "year", "month", "week",
                         "day", "weekend", "summer", "winter", "spring", "autumn", "fall",
                         "season", "deadline", "time"})  # fmt: skip


def event_bound(p: Position) -> str | None:
    """The event a denial is bounded by ("the city would not repair the bridge before the
    race": "race"), or None."""
    if p.stance.label != "no" or p.stance.times:
        return None
    m = _BOUND.search(p.stance.clause.lower())
    if m is None or m.group(1) in _TIME_NOUNS or m.group(1) in lx.MONTHS:
        return None
    return m.group(1)


def bounded_apart(p: Position, q: Position) -> bool:
    """Whether one stance denies an event before another event, with no date, and the other
    dates the event by the calendar without that bound: the bound's day is not known, so the
    two need not be about one time. Both bounded by the same event ("will not resign before
    the election", "would resign before the election") stay comparable."""
    for a, b in ((p, q), (q, p)):
        noun = event_bound(a)
        if noun and b.stance.times and noun not in b.stance.clause.lower():
            return True
    return False
