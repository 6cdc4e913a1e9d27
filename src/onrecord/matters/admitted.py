"""A past event one speaker denied and, weeks later, told as done: a reversal.

"No records have been deleted from the custody system" (March 9) and, from the same chief
constable, "Records were deleted from the custody system" (April 2); "our product was not
applied in the watershed" (May 5) and "the pesticide was applied on several farms this
spring" (May 26); "the cost has not risen" and, three weeks on, "the budget has risen to 455
million". Neither names the other's time, and a present claim is compared with another only
within days (:data:`.timeframes.PRESENT_WINDOW_DAYS`), so such pairs were never compared. Yet
a speaker's denial of a past event speaks of every day up to its own, and the later words,
which tell the event done and name no later day, go back over the same days: the speaker has
owned up to what they denied, which is the reversal itself.

Only one speaker (:func:`.persons.one_person`): between two speakers the later one may simply
know of an event the first could not. Only in that order (a denial, then the event done),
both asserted in the past or perfect, neither ahead, and within :data:`OCCASION_DAYS`.

It must not fire when the later words tell a new event rather than the old one owned up to:

* a word of a later day or of a change ("had **now** filed", "taking waste **again**",
  "**since** Monday", "a **new** complaint", "**last week**", "last **night**", "on
  **Friday**", "on Feb. 9", "**subsequently**"), a time back from the later day that ends
  after the denial ("two weeks **ago**", told 23 days after it), or months named that all lie
  after the denial was said ("was applied in **June**", the denial made in May);
* a denial that leaves the future open ("no offer has been made **so far**", "**yet**"), or
  of an act that settles what is pending ("nothing has been **decided**", "no **agreement**
  was reached"): done later, it is the news of the day, not an earlier denial owned up to;
* a denial of an act a pending matter awaits, as its deciding word ("no one has been
  **arrested**", "the boy has not been **found**", "the money has not been **paid**", "the
  line has not been **repaired**"): such acts are done in the weeks after, and then they are
  the news, not a denial owned up to;
* later words with a negator of their own ("a meeting that was **never** agreed").
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .cluster import Position
from .days import days_apart, said_month
from .finite import finite_past
from .persons import one_person
from .themes import PAST
from .timeframes import OCCASION_DAYS, completed, deciding_word
from .words import tokens

# words of a later day or a change: the later event may be new, not the one denied
_NEW_EVENT = frozenset({
    "now", "again", "since", "new", "another", "latest", "recently", "today", "yesterday",
    "tonight", "week", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "anew", "fresh", "further", "more", "second", "night", "overnight",
    "morning", "afternoon", "evening", "later", "subsequently", "afterwards", "afterward",
    "thereafter",
})  # fmt: skip
# "two weeks ago": a time back from the later words' day, in days by its unit
_AGO_UNITS = {"hour": 0, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "couple": 2, "few": 3, "several": 3}  # fmt: skip
# a denial that leaves what is still to come open ("nothing has been paid so far")
_UP_TO_NOW = re.compile(r"\b(?:so far|to date|thus far|until now|as yet|yet|still)\b")
# a day of a month ("on Feb. 9", "on 14 March"): a later day named, maybe after the denial
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?$")
_PERFECT = frozenset({"has", "have", "'ve"})
# plain past forms that :func:`.finite.finite_past` leaves out, as nouns or other forms share
# them; here only as the deciding verb right after its subject ("our food made anyone ill")
_MORE_PAST = frozenset({"made", "came", "went", "gave", "took", "told", "found", "left"})
# acts that settle what is pending ("nothing has been decided", "no deal has been agreed"):
# denied, they are not yet done, and done weeks later they are the news, not owned up to
_SETTLING = frozenset(lx.stem(w) for w in (
    "decide", "decided", "agree", "agreed", "approve", "approved", "sign", "signed", "settle",
    "settled", "choose", "chosen", "select", "selected", "vote", "voted", "resolve",
    "resolved", "conclude", "concluded", "finalise", "finalised", "finalize", "finalized",
    "award", "awarded", "appoint", "appointed", "confirm", "confirmed", "reach", "reached",
    "agreement", "decision", "deal", "settlement", "approval", "verdict", "ruling",
))  # fmt: skip
# acts a pending matter awaits ("no one has been arrested", "the money has not been paid"):
# denied as the deciding word, they are not yet done; done weeks later they are the news
_AWAITED = frozenset(lx.stem(w) for w in (
    "arrest", "arrested", "detain", "detained", "find", "found", "locate", "located", "recover",
    "recovered", "rescue", "rescued", "identify", "identified", "trace", "traced", "pay", "paid",
    "refund", "refunded", "compensate", "compensated", "repair", "repaired", "fix", "fixed",
    "restore", "restored", "reopen", "reopened", "complete", "completed", "finish", "finished",
))  # fmt: skip


def denied_then_admitted(p: Position, q: Position) -> bool:
    """Whether one speaker denied a past event and later, with no later day or new event
    named, told it done (see the module's docstring)."""
    if not one_person(p.item, q.item):
        return False
    days = days_apart(p.item.said, q.item.said)
    if not days or days > OCCASION_DAYS:
        return False
    first, second = sorted((p, q), key=lambda x: x.item.said or "")
    if first.stance.label != "no" or second.stance.label != "yes":
        return False
    if first.stance.future or second.stance.future or first.stance.times:
        return False
    if any(lx.stem(w.lower()) in _SETTLING for w in tokens(first.stance.clause)):
        return False  # "nothing has been decided", then "the board has decided": news
    return _denied_past(first) and _told_done(second) and not _later_event(second, first)


def _denied_past(p: Position) -> bool:
    """Whether the denial is of a past event: its clause in the past or the perfect ("was not
    applied", "no records have been deleted", "has not risen"), not one left open ("not
    yet", "so far"), nor a past before another past ("had not applied")."""
    low, at = deciding_word(p)
    if at < 0 or _UP_TO_NOW.search(" ".join(low)) or lx.stem(low[at]) in _AWAITED:
        return False  # "so far", "yet"; "no one has been arrested": awaited, not denied
    before = set(low[:at])
    if "had" in before:
        return False  # "had not applied": a past before another past, of a day unknown
    return bool(before & (PAST | _PERFECT)) or _plain_past(low, at)


def _told_done(p: Position) -> bool:
    """Whether the assertion tells its event done: the perfect or the past ("were deleted",
    "has risen", "made people ill")."""
    low, at = deciding_word(p)
    if at < 0 or any(lx.negating(w) for w in low):
        return False  # "a meeting that was never agreed": no owning up
    return completed(p) or _plain_past(low, at) or bool(set(low[:at]) & PAST)


def _plain_past(low: list[str], at: int) -> bool:
    """Whether the deciding word is a past verb right after its subject."""
    if finite_past(low, at, with_object=False):
        return True
    return low[at] in _MORE_PAST and at > 0 and low[at - 1] not in lx.MODALS | {"to"}


def _later_event(done: Position, denial: Position) -> bool:
    """Whether ``done`` names a later day or a new event, or only months after the one
    ``denial`` was said in."""
    low = [w.lower() for w in deciding_word(done)[0]]
    if set(low) & _NEW_EVENT or _day_named(low):
        return True
    if 0 <= _ago_days(low) < (days_apart(done.item.said, denial.item.said) or 0):
        return True  # "two weeks ago", told three weeks after the denial: after it
    said = said_month(denial.item.said)
    times = done.stance.times
    return bool(times) and said is not None and min(times) > said


def _ago_days(low: list[str]) -> int:
    """How many days back the words' "ago" goes ("two weeks ago": 14; "days ago": 2), the
    largest such; -1 when they say no "ago" of a known unit."""
    most = -1
    for k, w in enumerate(low):
        if w != "ago" or k == 0:
            continue
        unit = low[k - 1]
        size = _AGO_UNITS.get(unit.removesuffix("s"))
        if size is None:
            continue
        before = low[k - 2] if k > 1 else ""
        count = int(before) if before.isdigit() else _COUNTS.get(before)
        if count is None:
            count = 2 if unit.endswith("s") else 1  # "days ago": a few
        most = max(most, count * size)
    return most


def _day_named(low: list[str]) -> bool:
    """Whether the words name a day of a month: a number of one or two digits beside a
    month's name ("Feb. 9", "14 March"), not a figure ("45 million")."""
    for k, w in enumerate(low):
        if w.rstrip(".") in lx.MONTHS:
            near = low[max(0, k - 1) : k] + low[k + 1 : k + 3]
            if any(_DAY.match(t) for t in near if t != "."):
                return True
    return False
