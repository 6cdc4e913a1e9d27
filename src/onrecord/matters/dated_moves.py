"""A day named after "go up" / "go down": the day of a rise, or of an outage.

"Milk will go up on December 1" says when a rise comes; "the water system went down on
Monday" says when a thing stopped working. A rise is named by "up" whatever day follows it; a
fall only where what went down is counted or priced ("prices went down on Monday"). Plain
Python over lower-cased tokens; :func:`.events.events_of` reads the rise.
"""

from __future__ import annotations

from .states import QUANTITIES


def dated_outage(low: list[str], i: int, particle: str) -> bool:
    """Whether the day after "go" at ``i`` and its ``particle`` makes the phrase an outage
    (or a loss, a sinking), not a fall: "down" said of a thing that is not counted or priced.
    "Go up" on a day is a rise ("fares will go up on Monday"); "prices went down on Monday"
    a fall."""
    if particle != "down":
        return False
    return not any(w in QUANTITIES for w in low[:i])
