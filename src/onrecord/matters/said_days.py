"""Whether one statement was said on an earlier day than another, at the dates' common
precision.

A statement's date is as precise as the article tells it: a day ("2034-10-10"), or only a
month ("2034-10", "Lenihan said in October that ...") or a year. Compared as strings, "2034-10"
sorts before "2034-10-10", so a statement known only to be of October would count as said
before a rebuttal of the tenth, though it may well come after it (a later report that recalls
what was said "in October"). Two dates are compared only as far as both are known: "2034-10"
and "2034-10-10" are of one month, neither known to be the earlier; "2034-09" is before either.
"""

from __future__ import annotations

# a date's characters up to the day: "2034-10-10"
_DAY = 10


def said_earlier(first: str | None, then: str | None) -> bool:
    """Whether the date ``first`` is known to be earlier than ``then``: earlier at the
    precision both have (a month against a day of that month is not); False when either date
    is unknown."""
    if not first or not then:
        return False
    n = min(len(first), len(then), _DAY)
    return first[:n] < then[:n]
