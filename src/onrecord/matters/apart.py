"""Two answers that only look opposed: each tells of something the other does not deny.

* **one clause, both answers**: "the zoo would stay open as normal and the giraffe house
  would be closed" decides "open" and also says "closed", the very word of the statement it
  would be set against ("the giraffe house will stay closed until it is rebuilt"). The clause
  gives both answers, of two things, so it opposes neither (:func:`answers_both`).
* **a rate and one count**: "the ward averages about 300 patients a day" and "the ward saw
  412 patients on Monday" measure two things, a usual day and one day
  (:func:`rate_and_count`).
* **a state, then a plan**: "we are not allowed to give them" (January 14) and, weeks later,
  another speaker's "pharmacists would be allowed to substitute" tell the rule as it was and
  the rule to come (:func:`state_then_plan`). One speaker saying both has changed course: a
  reversal, not asked here. So do a past act denied and a plan of it told the same day or
  later ("were given no warning", "would be given notice", :func:`past_denied_then_planned`).
* **a routine and one occasion**: "she has been running the bends every morning" and another
  speaker's "she will not run in the relay" tell a habit and one coming event
  (:func:`routine_and_occasion`).
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .cluster import Position
from .timeframes import FORECAST, deciding_word, untimed_forecast_apart
from .words import tokens

# how far before a word a negator reaches it ("would not be closed")
_NEGATION_REACH = 3
# before a word, words that make it a modifier of a noun ("the closed wing"), not a predicate
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those",
                          "his", "her", "our", "my", "your"})  # fmt: skip


def answers_both(p: Position, q: Position) -> bool:
    """Whether one stance's clause also holds, unnegated, the word that alone decides the
    other ("open" / "closed"): that clause answers both ways. A word that decides only with
    its negation ("would not pay") says the opposite unnegated ("had agreed to pay")."""
    return _answers(p, q) or _answers(q, p)


def _answers(p: Position, q: Position) -> bool:
    """Whether ``p``'s clause gives ``q``'s answer in ``q``'s own single deciding word."""
    if not p.stance.words or len(q.stance.words) != 1:
        return False
    wp, wq = p.stance.words[0].lower(), q.stance.words[0].lower()
    if lx.stem(wp) == lx.stem(wq):
        return False  # one word both ways: the usual opposition
    return _holds(p.stance.clause, wq, wp)


def _holds(clause: str, word: str, own: str) -> bool:
    """Whether ``clause`` has ``word`` (not negated) besides its own deciding word ``own``."""
    low = [t.lower() for t in tokens(clause)]
    stem = lx.stem(word)
    for i, t in enumerate(low):
        if t == own or (t != word and lx.stem(t) != stem):
            continue
        if i and low[i - 1] in _DETERMINERS:
            continue  # "while the closed reading room is repaired": a thing named, no answer
        if not lx.NEGATORS & set(low[max(0, i - _NEGATION_REACH) : i]):
            return True
    return False


# a figure of a usual period: "averages 300 a day", "on average", "20 patients per night"
_RATE = re.compile(
    r"\b(?:averag\w*|typical(?:ly)?|usually|normally)\b"
    r"|\b(?:a|an|per|each|every)\s+(?:day|night|week|hour|shift)\b",
    re.IGNORECASE,
)


def rate_and_count(p: Position, q: Position) -> bool:
    """Whether, of two figures, one is a usual rate ("averages 300 patients a day") and the
    other is not (a count of one occasion, "saw 412 patients on Monday")."""
    return bool(_RATE.search(p.stance.clause)) != bool(_RATE.search(q.stance.clause))


def state_then_plan(p: Position, q: Position) -> bool:
    """Whether an untimed present state ("we are not allowed to") came days before another
    speaker's untimed forecast: the forecast tells of a time after that state, not against
    it. A past act ("had agreed to pay") is a claim a later forecast can deny."""
    if past_denied_then_planned(p, q):
        return True
    pair = untimed_forecast_apart(p, q)
    if pair is None:
        return False
    plan, state = pair
    if (state.item.said or "") >= (plan.item.said or ""):
        return False
    return _present(state.stance.clause)


def past_denied_then_planned(p: Position, q: Position) -> bool:
    """Whether a settled past denied ("families were given no warning") meets another
    speaker's forecast of the act ("families would be given 12 weeks' notice"), told the
    same day or later, neither with a time: what has not happened yet may still come. The
    forecast's word must be near "will" or "would": "had been signed" reported is no plan."""
    no, yes = (p, q) if p.stance.label == "no" else (q, p)
    if yes.stance.label != "yes" or not no.stance.settled or no.stance.times or yes.stance.times:
        return False
    if not yes.stance.future or yes.stance.settled:
        return False
    if (yes.item.said or "") < (no.item.said or ""):
        return False  # the plan came first: the denial may tell what came of it
    low, at = deciding_word(yes)
    return at >= 0 and bool(FORECAST & set(low[max(0, at - 4) : at + 3]))  # "a review
    # would run": a nominal's forecast follows it


# "we are not allowed": a present state; "the council had agreed to pay" tells a past act
_PRESENT = frozenset({"is", "are", "am", "'re", "isn't", "aren't"})
_PAST = frozenset({"was", "were", "had", "did", "has", "have", "been", "'ve", "hasn't",
                   "haven't", "hadn't", "didn't", "wasn't", "weren't"})  # fmt: skip


def _present(clause: str) -> bool:
    """Whether a clause tells a present state: a present form of "be", no past or perfect."""
    low = {t.lower() for t in tokens(clause)}
    return bool(low & _PRESENT) and not low & _PAST


# how often: "every morning", "each week", "daily", "on Sundays"
_ROUTINE = re.compile(
    r"\b(?:every|each)\s+(?:single\s+)?(?:morning|afternoon|evening|night|day|week|weekend|"
    r"month|year|season|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:daily|nightly|weekly|routinely|regularly)\b"
    r"|\bon\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|"
    r"weekends)\b",
    re.IGNORECASE,
)


def routine(text: str) -> bool:
    """Whether ``text`` tells a routine ("meets every Tuesday", "inspects the pumps weekly")."""
    return bool(_ROUTINE.search(text))


def routine_and_occasion(p: Position, q: Position) -> bool:
    """Whether one stance tells a routine (a habit, "every night") and the other a forecast of
    no routine: what is done as a rule does not answer whether one coming event happens. A
    routine forecast ("the pool will open every day this summer") is itself one answer."""
    rp, rq = bool(_ROUTINE.search(p.stance.clause)), bool(_ROUTINE.search(q.stance.clause))
    if rp == rq:
        return False
    routine, occasion = (p, q) if rp else (q, p)
    return occasion.stance.future and not routine.stance.future  # "will open every day": a
    # forecast of the routine itself, which "will not open this summer" denies
