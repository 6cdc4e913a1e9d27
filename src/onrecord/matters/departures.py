"""A departure: someone "left the team", as "will leave the club" and "will not leave" say.

After an auxiliary or a modal "leave" names its event by its stem (``leav``); "left", its
past, is read here, where it leaves a body one belongs to ("five riders left the team this
year", "she has left the club", "had left because of him"): the same key, so a departure
meets its denial. Leaving a place or an occasion ("left the meeting early") is no departure,
nor is leaving a thing in a state ("the ruling left the club in debt", "left the board no
choice", "left the company two weeks behind"), nor is leaving a building or a party at a
time ("left the office at 6 pm", "left the party early"): "office" is a post only bare
("left office in 2019"). Plain Python over lower-cased tokens; :func:`.events.events_of`
reads the event.
"""

from __future__ import annotations

from . import lexicon as lx

LEAVE = lx.stem("leave")

# bodies one belongs to, and posts one holds
_BODIES = frozenset({"team", "club", "squad", "side", "party", "band", "company", "firm",
                     "board", "cabinet", "government", "union", "group", "league", "post",
                     "job", "role", "position", "academy", "orchestra", "choir", "crew",
                     "council", "committee", "coalition", "movement", "business",
                     "organisation", "organization", "agency", "ministry", "department",
                     "newspaper", "network", "race", "series", "tour", "office",
                     "politics", "management"})  # fmt: skip
_OWNERS = frozenset({"the", "his", "her", "their", "its", "our", "my", "your", "this", "that"})
# what may follow a departure: a time, a reason, a manner, a destination, or nothing
_THEN = frozenset({"this", "last", "after", "because", "before", "since", "at", "on", "for",
                   "by", "to", "earlier", "when", "and", "but", "over", "as", "during",
                   "following", "amid", "within", "ago", "recently", "already",
                   "altogether", "abruptly", "suddenly"})  # fmt: skip
# a span before "ago" ("left the club two years ago"); "two weeks behind" is a state
_COUNTS = frozenset({"a", "an", "two", "three", "four", "five", "six", "few", "several"})
_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                    "season", "seasons"})  # fmt: skip
# posts only when bare: "left office", but "left the office" is a building
_BARE_POSTS = frozenset({"office", "politics", "management"})
_HAVE = frozenset({"has", "have", "had", "having"})


def departure(low: list[str], i: int) -> bool:
    """Whether "left" at ``i`` is a departure from a body ("left the team this year", "left
    office in 2019"), or, after "has" or "had", a departure with nothing left behind ("had
    left because of him")."""
    if low[i] != "left" or not i or low[i - 1] in ("the", "a", "on", "to", "is", "was"):
        return False  # "on the left", "is left": a side, or what remains
    k = i + 1
    if k < len(low) and low[k] in _OWNERS:
        k += 1
        if k + 1 < len(low) and low[k + 1] in _BODIES and low[k] not in _BODIES:
            k += 1  # "left the cycling team"
    elif low[i - 1] in _HAVE and _goes_on(low, k):
        return True  # "had left because of him", "have left."
    if k >= len(low) or low[k] not in _BODIES:
        return False
    if k == i + 1 and low[k] not in _BARE_POSTS:
        return False  # "left team members": not a body left
    if k > i + 1 and low[k] == "office":
        return False  # "left the office at 6 pm": a building
    return _goes_on(low, k + 1)


def _goes_on(low: list[str], k: int) -> bool:
    """Whether the words from ``k`` go on as a departure's do: the clause ends, or a time, a
    reason or a manner follows; "in" only before a date ("in 2019", "in May"), not a state
    ("in debt")."""
    if k >= len(low) or not low[k][:1].isalnum():
        return True
    if low[k] == "in":
        after = low[k + 1] if k + 1 < len(low) else ""
        return after[:1].isdigit() or after in lx.MONTHS
    if low[k] in _COUNTS or low[k][:1].isdigit():
        return low[k + 1 : k + 2] != [] and low[k + 1] in _UNITS and low[k + 2 : k + 3] == ["ago"]
    if low[k] == "at" and k + 1 < len(low):
        after = low[k + 1]
        if after[:1].isdigit() or after in ("noon", "midnight", "dawn", "dusk", "night"):
            return False  # "left the party at 6 pm": a time of day, an occasion left
    return low[k] in _THEN
