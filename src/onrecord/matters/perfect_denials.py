"""A denial in the present perfect, or with "never" in the past, covers the past up to when
it was said.

"Nobody has been cut" (June 9) and "they took a 30 percent cut in April" (July 14), "the firm
has not applied for a permit" (June 3) and "it did apply in March" (July 13), "I never ordered
anyone to delete the records" (March 6) and "he instructed the inspector on January 14" (March
9): the denial speaks of every day up to its own, and the other words name one of them, so the
two are about one time although neither names the other's.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .cluster import Position
from .days import days_apart
from .decisions import another_body, settling_times
from .stance import Stance
from .words import tokens

# how far back a month named may lie and still be one the denial speaks of
_MONTHS_BACK = 12
_PERFECT = frozenset({"has", "have", "'ve", "hasn't", "haven't"})
# how many days before a perfect denial a perfect assertion may be said and still be of its time
_PERFECT_DAYS = 45
# words that make a month the start or the whole of a span, not the day of one event
_SPANS = frozenset({"since", "through", "throughout", "until", "till", "after"})


def denied_up_to(p: Position, q: Position) -> bool:
    """Whether one stance denies an event in the present perfect with no time ("has not
    applied", "nobody has been cut") and the other, not ahead, tells it done in a month
    before the denial was said (and within a year of it), or tells it done in the present
    perfect itself, said weeks before the denial ("the airline has signed the lease", then
    "the airline has signed no lease"), or tells it done on every occasion of a span that
    holds the denial's day ("have attended every meeting this year", :func:`_every_one_in_span`):
    both speak of every day up to the earlier one."""
    for perfect, dated in ((p, q), (q, p)):
        if _perfect_denial(perfect) and (
            _done_before(dated, perfect) or _perfect_said_before(dated, perfect)
        ):
            return True
        if _every_one_in_span(dated, perfect):
            return True
    return False


def _perfect_denial(p: Position) -> bool:
    s = p.stance
    if s.label != "no" or s.future or s.times or not s.words:
        return False
    found = _event_word(s)
    if found is None:
        return False
    low, at = found
    group = low[max(0, at - 4) : at]
    if "had" in group:
        return False  # "had not applied": a past before another past, not up to now
    if group[-1:] == ["no"] and low[at + 1 : at + 3] in (["has", "been"], ["have", "been"]):
        return True  # "no decision has been made": the perfect after its denied subject
    if not set(group) & _PERFECT:
        # "I never ordered anyone to": the whole past, as the perfect; not "never again"
        return bool(group) and group[-1] == "never" and "again" not in low[at + 1 :]
    return any(lx.negating(w) for w in low[:at])


def _event_word(s: Stance) -> tuple[list[str], int] | None:
    """The lowered tokens of the stance's clause and where its deciding word stands in them,
    or None when the word is not among them."""
    low = [t.lower() for t in tokens(s.clause)]
    word = s.words[0].lower()
    return (low, low.index(word)) if word in low else None


def _done_before(p: Position, perfect: Position) -> bool:
    s = p.stance
    if s.label != "yes" or s.future or not s.times:
        return False
    if set(tokens(s.clause.lower())) & _SPANS:
        return False  # "has cut 40 jobs since January": events counted, maybe all after
    if s.words and another_body(perfect.stance.clause, s.clause, s.words[0]):
        return False  # "no decision has been made by the council" / "the club agreed to"
    said = perfect.item.said or ""
    if not re.match(r"\d{4}-\d\d", said):
        return False
    now = int(said[:4]) * 12 + int(said[5:7])
    times = settling_times(s.clause, s.words[0], s.times) if s.words else s.times
    return all(0 < now - (y * 12 + m) <= _MONTHS_BACK for y, m in times)


def _perfect_said_before(p: Position, denial: Position) -> bool:
    """Whether ``p`` tells its event done in the present perfect ("has signed", "have been
    paid"), with no time, said before the denial and within :data:`_PERFECT_DAYS` of it. Not
    one said after the denial (the event may have come in between), not a pluperfect ("had
    signed") nor one after a modal ("will have signed")."""
    s = p.stance
    if s.label != "yes" or s.future or s.times or not s.words:
        return False
    days = days_apart(p.item.said, denial.item.said)
    if days is None or days <= 0 or days > _PERFECT_DAYS:
        return False
    if (p.item.said or "") >= (denial.item.said or ""):
        return False
    found = _event_word(s)
    if found is None:
        return False
    low, at = found
    k = at - 1
    while k >= 0 and (low[k].endswith("ly") or low[k] in ("already", "now", "just")):
        k -= 1
    if k < 0 or low[k] not in _PERFECT:
        return False
    return not any(lx.negating(w) or w in lx.MODALS for w in low[:at])


# quantifiers that make a perfect tell every occasion of its span ("attended every meeting")
_EVERY = frozenset({"every", "each", "all"})


def _every_one_in_span(p: Position, denial: Position) -> bool:
    """Whether ``p`` tells its event done, in the present perfect, on every occasion of a span
    of months ("staff have attended every parish council meeting this year", "has paid all
    its bills since January") that holds the month ``denial`` was said in or one before it
    (within a year), and ``denial`` denies it in the present perfect with no time ("has never
    sent anyone to a single meeting", "has not paid a bill"): the denial speaks of those
    occasions up to its day, said before ``p`` or after it. Not a count of some occasions
    ("has attended two meetings this year": maybe all after the denial), not a plan, not a
    pluperfect."""
    s, d = p.stance, denial.stance
    if s.label != "yes" or s.future or not s.times or not s.words:
        return False
    if d.label != "no" or d.future or d.times or not d.words:
        return False
    said = denial.item.said or ""
    if not re.match(r"\d{4}-\d\d", said):
        return False
    if not _in_perfect(d, denied=True) or not _in_perfect(s, denied=False):
        return False
    found = _event_word(s)
    if found is None:
        return False
    low, at = found
    around = set(low[max(0, at - 4) : at]) | set(low[at + 1 : at + 3])
    if not _EVERY & around:
        return False  # every one of a kind: "attended every meeting", "paid all its bills"
    now = int(said[:4]) * 12 + int(said[5:7])
    return any(0 <= now - (y * 12 + m) <= _MONTHS_BACK for y, m in s.times)


def _in_perfect(s: Stance, *, denied: bool) -> bool:
    """Whether the clause puts its event in the present perfect ("have attended every
    meeting", "has never sent anyone to a meeting"): "has" or "have" before the event's word,
    with a negator between them when ``denied`` and none when not; no "had", no modal."""
    found = _event_word(s)
    if found is None:
        return False
    low, at = found
    aux = next((k for k in range(at - 1, -1, -1) if low[k] in _PERFECT), None)
    if aux is None or any(
        w == "had" or (w in lx.MODALS and w != "to" and not lx.negating(w)) for w in low[:at]
    ):
        return False
    return any(lx.negating(w) for w in low[aux:at]) == denied
