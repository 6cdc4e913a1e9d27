"""A denial ahead with no date: "the plant will not close" denies a closing on every date.

The judge's time check (:func:`~onrecord.matters.timeframes.same_time_frame`) keeps a dated
statement and an undated one apart unless they can speak of one time. A plan denied with no
date is denied for every date, so it meets a plan said for a later date; a denial bound to a
near time ("not immediately"), to a condition ("not without a vote") or to one kind of the
event ("not for good") does not.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .cluster import Position


def never_ahead(untimed: Position, timed: Position) -> bool:
    """Whether ``untimed`` denies an event for all time ahead ("the plant will not close",
    with no time) that ``timed`` says will come at a later time ("will close at the end of
    2027"): a plan denied with no date is denied for every date. The denial is of the word
    the stance reads, whichever way the matter faces: "the theatre will not close" is a yes
    on a matter of staying open, and "it will close in April" a no, yet the first denies
    the second's closing just the same; and "the theatre will close", with no date, does
    not deny "it will not close in April"."""
    opener = untimed.stance.clause.split(maxsplit=1)[:1]
    words = set(untimed.stance.clause.lower().replace(",", " ").split())
    return (
        (untimed.stance.future or bool(words & _WONT))
        and _denies(untimed)
        and not _denies(timed)
        and opener not in (["which"], ["who"])  # "..., which will stay open": another thing
        and not words & _FOR_NOW  # "will not close immediately": only for now
        and not _ONLY_SO.search(untimed.stance.clause.lower())  # "not without a vote"
        and timed.stance.future
    )


def _denies(p: Position) -> bool:
    """Whether the stance's deciding word is denied (a negator read with it: "will not
    close", "nobody is going to let it close")."""
    return any(lx.negating(w.lower()) for w in p.stance.words[1:])


# "won't", a denial ahead with no modal of its own in the clause's tokens ("wo", "n't")
_WONT = frozenset({"won't", "won’t"})
# words that bound a denial to a near time ("will not close next month", "not immediately",
# "not during the inquiry"): it is no denial for every date
_FOR_NOW = frozenset({
    "next", "soon", "immediately", "now", "yet", "right", "this", "before", "during", "until",
    "while", "meantime", "meanwhile", "today", "tomorrow", "tonight", "currently", "shortly",
})  # fmt: skip


# a denial ahead bound to a condition or to one kind of the event ("will not close without
# a consultation", "will not close for good"): not a denial for every date
_ONLY_SO = re.compile(r"\b(?:without|unless|if|permanently|forever|for\s+good)\b")
