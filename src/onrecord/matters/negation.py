"""Which negators reach an event, and where a clause of time begins.

An event named before the clause's verb is denied by any negator of the clause; one after it
by the negators before it, with their parity deciding ("would not stop selling" sells); a
negator of a motive ("the closure is not about money", :mod:`.motives`) denies only the
motive. A temporal clause ("until the bridge reopens") tells background: its events are not
asserted.
"""

from __future__ import annotations

from . import lexicon as lx
from .background_clauses import background_clause_start
from .complements import clause_of, question_start
from .given_up import given_up
from .motives import motive_negator
from .objects import DETERMINERS
from .scope import (
    adjunct_negator,
    degree_negator,
    object_negator,
    subject_adjunct_negator,
    verb_group_span,
)
from .senses import halts_doing


def negators_of(low: list[str], i: int, first_aux: int) -> tuple[str, ...]:
    """The negators that scope over the word at ``i``: an event named before the verb ("A
    March reopening ... is not going to happen") is negated by any negator of the clause; one
    after it by those before it. The clause is bounded by a clause inside it (:func:`.clause_of`):
    "nobody disputes that the rent will rise" does not deny the rise, "cautioned that the city
    had not applied" does not deny the cautioning. Inside a clause of its own the verb is that
    clause's ("we do not dispute that the closure is not coming": the closure is denied)."""
    start, end = clause_of(low, i)
    if start > first_aux:
        first_aux = next((k for k in range(start, end) if _verb_of(low, k)), end)
    lo, hi = verb_group_span(low, i, first_aux)
    lo, hi = max(lo, start), min(hi, end)
    span = range(start, hi) if i < first_aux else range(lo, i)
    scope = [low[k] for k in span]
    negs = tuple(
        low[k]
        for k in span
        if low[k] in lx.NEGATORS
        and not degree_negator(low, k)
        and not adjunct_negator(low, k, i)
        and not subject_adjunct_negator(low, k, i, first_aux)
        and not (i < first_aux and motive_negator(low, k))  # "the closure is not about money"
    )
    negs += tuple(p for p in lx.NEGATING_PHRASES if p in " ".join(scope))
    obj = object_negator(low, i) if first_aux < i else None
    if obj is not None:
        negs += (obj,)  # "has received no order": as "received no order" is
    if i and halts_doing(low, i - 1):
        negs += (low[i - 1],)  # "must stop charging", "would not stop selling" (parity)
    up = given_up(low, i)
    if up and i < first_aux and negs and up in low[i + 1 :]:
        return ()  # "plans to sell it have not been scrapped": the plan stands
    if up:
        negs += (up,)  # "abandoned plans for a meeting", "failure to deliver" (parity)
    return negs


def _verb_of(low: list[str], k: int) -> bool:
    """Whether ``low[k]`` is an auxiliary or a modal (a negator counts, as for a clause)."""
    return (low[k] in lx.MODALS and low[k] != "to") or lx.is_aux(low, k)


def is_negated(negs: tuple[str, ...], i: int, first_aux: int) -> bool:
    """Before the verb any negator negates; after it, their parity decides."""
    return bool(negs) if i < first_aux else len(negs) % 2 == 1


# subordinators that open a background clause: its events are presupposed, not asserted
_BACKGROUND = frozenset({"until", "till", "before", "after", "since", "when", "while", "once"})
# subordinators of time that make a whole clause background when they open it ("since" and
# "while" also give a reason or a concession, which is asserted)
_OPENING_TIME = frozenset({"until", "till", "before", "after", "when", "once"})
# a background clause may open with these too ("until every ballot is counted")
_BACKGROUND_OPENERS = DETERMINERS | {"every", "all", "each", "a", "an"}


def background_start(low: list[str]) -> int:
    """Where a temporal clause ("until the bridge reopens", "before the closure") or a
    question ("did not say whether the pool will close", :func:`.question_start`) begins: at
    once when the clause opens with its subordinator ("Once that is true", "When it opens"),
    whatever follows."""
    return min(_time_start(low), question_start(low))


def _time_start(low: list[str]) -> int:
    """Where a temporal clause begins (:func:`background_start`)."""
    if low[:1] and low[0] in _OPENING_TIME:
        return 0
    for i, w in enumerate(low):
        if w in _BACKGROUND and i + 1 < len(low) and low[i + 1] in _BACKGROUND_OPENERS:
            return min(i, background_clause_start(low))
    return background_clause_start(low)  # "before it shut the bridge", "which opened in May"
