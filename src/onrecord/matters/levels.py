"""A level said to be what it was: "has not changed since 2024", "the same as last year".

"Fares have not changed since January" and "the count was the same as when we counted in
2024" say what "fares held steady" says (:func:`.states.steady`): neither a rise nor a fall,
so they meet "fares have risen" and "passenger numbers have fallen by a third" on the scale
of rise and fall (``rise`` and ``rise-down``, both denied).

Read only in two shapes:

* "change" denied, with nothing changed after it, said of an amount ("fares have not
  changed", "the fee will not change this year"): "did not change the rules" tells of an act
  done to a thing, "has not changed its mind" of a mind, and "the timetable will not change"
  of a thing that can lose buses and keep its shape;
* "the same as" with an earlier time for its standard ("the same as when we counted in 2024",
  "the same as last year", "the same as in 2023"): "the same as at other homes" compares two
  things, not a level over time.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

_CHANGE = frozenset({"change", "changed", "changes"})
# words after a denied "change" that end its predicate: a time, a clause's end
_AFTER_CHANGE = frozenset({"since", "this", "in", "for", "from", "at", "over", "and", "but",
                           "much", "last", "next", "until", "during", "yet", "either",
                           "all"})  # fmt: skip
# words of the verb group between a negator and "change" ("has not yet changed")
_GROUP = lx.AUXILIARIES | lx.MODALS | frozenset({"yet", "really", "actually", "ever"})
# what a level is counted in: the subject of a denied "change" must name one ("fares have not
# changed"; "the timetable will not change" may keep its level and still lose buses)
_MEASURED = frozenset(lx.stem(w) for w in (
    "fare", "price", "rate", "tax", "fee", "cost", "budget", "funding", "spending", "subsidy",
    "grant", "wage", "salary", "pay", "pension", "rent", "tariff", "number", "figure", "level",
    "total", "count", "amount", "sum", "charge", "payment", "income", "revenue", "sales",
    "takings", "turnover", "profit", "output", "demand", "attendance", "passengers",
    "visitors", "members", "membership", "staffing", "headcount",
))  # fmt: skip
# an earlier time that "the same as" may be measured against
_THEN = frozenset({"when", "last", "before", "then", "previously", "ever", "earlier",
                   "usual"})  # fmt: skip


def level_events(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """``rise`` and ``rise-down``, both denied, where the clause says a level is unchanged."""
    for i in range(len(low)):
        if _unchanged(low, i) or _same_as_then(low, i):
            return (Event("rise", toks[i], -1, ()), Event("rise-down", toks[i], -1, ()))
    return ()


def _unchanged(low: list[str], i: int) -> bool:
    """Whether "change" at ``i`` is denied and changes nothing ("has not changed since")."""
    if low[i] not in _CHANGE:
        return False
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt and nxt[:1].isalnum() and nxt not in _AFTER_CHANGE:
        return False
    k = i - 1
    while k >= 0 and low[k] in _GROUP and not lx.negating(low[k]):
        k -= 1
    if k < 0 or low[k] not in ("not", "n't", "never"):
        return False
    return any(lx.stem(w) in _MEASURED for w in low[max(0, k - 6) : k])


def _same_as_then(low: list[str], i: int) -> bool:
    """Whether "same" at ``i`` opens "the same as" with an earlier time after it."""
    if low[i] != "same" or low[i - 1 : i] != ["the"] or low[i + 1 : i + 2] != ["as"]:
        return False
    after = low[i + 2 : i + 4]
    if not after:
        return False
    if after[0] in _THEN:
        return True
    return after[0] == "in" and len(after) > 1 and (after[1][:1].isdigit() or after[1] in lx.MONTHS)
