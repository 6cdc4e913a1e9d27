"""A past denied for all time, "ever" or "never", against the act told done before it.

"A full safety assessment was carried out for every street on the list" (October 13) and,
six weeks later, "no safety assessment was ever done for the crossroads": the later words
deny the act on every day before they were said, the day the first words tell of among
them. Present words about a state are compared only within two days (:mod:`.timeframes`),
and a denied past occasion only when it is settled; but "ever" and "never" take the denial
back over the whole past, so the two speak of one time.

So two stances speak of one time when

* one denies, in the past, with "ever" or "never" in the verb group of its event ("was
  never inspected", "never flooded", "has never been warned", or after a subject denied
  with "no": "no assessment was ever done"), with no time of its own and nothing ahead;
* the other tells the act done, in the past, with no time or only months up to the month the
  denial was said, and was said on the denial's day or before it (within a year).

Not a denial said first ("no assessment was ever done", then weeks later "one was carried
out": it may have been done between), not a plan ("will be carried out"), not a denial with
no "ever" or "never" ("no assessment was done for the crossroads", left to the other rules),
not "not yet" (a denial that looks ahead), and not "never" of a verb that governs the event
("had never agreed to let the cell reopen" denies the agreeing for all time, not the
reopening).
"""

from __future__ import annotations

from . import lexicon as lx
from .cluster import Position
from .days import days_apart, said_month
from .finite import finite_past
from .themes import PAST
from .words import tokens

_EVER = frozenset({"ever", "never"})
# words of a verb group besides auxiliaries ("has not ever been")
_GROUP = frozenset({"not", "been", "be", "being"})
# how far after a denied subject its verb group may hold "ever" ("no X has ever been done")
_AFTER = 3
# words that make a denial look ahead ("has never yet been tested") or bound it to a span
_AHEAD = frozenset({"yet", "still", "since", "until", "till"})
# the longest gap between the two statements, in days: the past a denial covers is the
# recent past the story is about
_WITHIN_DAYS = 365


def ever_denied(p: Position, q: Position) -> bool:
    """Whether one stance denies a past act "ever" and the other, said no later, tells it
    done before (see the module)."""
    return _covers(p, q) or _covers(q, p)


def _covers(denial: Position, done: Position) -> bool:
    d, s = denial.stance, done.stance
    if d.label != "no" or s.label != "yes" or d.future or s.future or d.times:
        return False
    low = [t.lower() for t in tokens(d.clause)]
    if not _ever_of(low, d.words) or set(low) & _AHEAD or not _past(low, d.words):
        return False
    if not _past([t.lower() for t in tokens(s.clause)], s.words):
        return False
    days = days_apart(done.item.said, denial.item.said)
    if days is None or days > _WITHIN_DAYS:
        return False
    if (done.item.said or "")[:10] > (denial.item.said or "")[:10]:
        return False  # the act told after the denial: it may have come between
    month = said_month(denial.item.said)
    return not s.times or (month is not None and max(s.times) <= month)


def _ever_of(low: list[str], words: tuple[str, ...]) -> bool:
    """Whether "ever" or "never" stands in the verb group of the deciding word: before it
    ("was never inspected", "has never flooded") or, for a subject denied with "no", right
    after it ("no assessment was ever done"); not of a verb that governs it ("had never
    agreed to let it reopen": the agreeing is denied for all time, not the reopening)."""
    word = words[0].lower() if words else ""
    if word not in low:
        return False
    at = low.index(word)
    k = at - 1
    while k >= 0 and _in_group(low[k]):
        if low[k] in _EVER:
            return True
        k -= 1
    for w in low[at + 1 : at + 1 + _AFTER]:
        if w in _EVER:
            return True
        if not _in_group(w):
            return False
    return False


def _in_group(w: str) -> bool:
    return w in lx.AUXILIARIES or w in lx.MODALS or w in _EVER or w in _GROUP or w.endswith("ly")


def _past(low: list[str], words: tuple[str, ...]) -> bool:
    """Whether the clause (lowered tokens ``low``) is in the past: a past or perfect
    auxiliary, or its deciding word a plain past form ("never flooded")."""
    if set(low) & (PAST | {"has", "have"}):
        return True
    word = words[0].lower() if words else ""
    if word not in low:
        return False
    at = low.index(word)
    # "Ambervale Police never supported the plan": "never" stands where an auxiliary would,
    # and is read among the modals; the verb after it is still a plain past
    plain = [w for k, w in enumerate(low) if not (w == "never" and k < at)]
    return finite_past(plain, plain.index(word), with_object=False)
