"""A forecast of an act by one time, against a bound that holds it off until a later time.

"The bridge will reopen by the end of June" and "the bridge will not reopen before next
spring" name different months, yet speak of one time: the second denies the reopening for
every month up to the spring, June among them. So do "will stay shut until 2032" (the state
held through a time) and "will be handed over next year" against "will not be handed over
until 2031". Any event and any two dates: the bound ("until", "till", or "not ... before"
a time, with "at least" or "at the earliest" or not) must lie after every month the forecast
names, both must be forecasts, and they must answer opposite ways. "Will reopen by June"
against "will not reopen before May" can both hold (a reopening in late May or June), and so
can a bound without a time ("not before the race") or a forecast without one, and a bound on
the whole act ("will not fully reopen until 2030") against a forecast that does not say the
whole.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .cluster import Position

_SEASONS = "spring|summer|autumn|fall|winter|year|month"
# "until 2031", "till next spring", "before the end of March", "until late 2032"
_WHEN = (
    r"(?:(?:early|late|mid|next|this|the\s+(?:start|end|beginning|middle)\s+of)\s+)*"
    rf"(?:\d{{4}}|(?:{lx.MONTH_NAMES}|{_SEASONS})\b)"
)
# "until at least September", "before at least 2031": a bound no earlier than the time
_AT_LEAST = r"(?:at\s+(?:the\s+)?(?:least|earliest)\s+)?"
_UNTIL = re.compile(rf"\b(?:until|till)\s+{_AT_LEAST}{_WHEN}")
_BEFORE = re.compile(rf"\bbefore\s+{_AT_LEAST}{_WHEN}")
# words of degree that narrow the act a bound holds off ("will not fully reopen until 2030"
# leaves room for a partial reopening by June)
_DEGREE = re.compile(r"\b(?:fully|completely|entirely|wholly|partly|partially)\b")


def _narrower(bound: str, other: str) -> bool:
    """Whether the bound's clause narrows its act by a word of degree the other lacks."""
    return bool(set(_DEGREE.findall(bound)) - set(_DEGREE.findall(other)))


def denied_until(p: Position, q: Position) -> bool:
    """Whether one forecast holds an act off until a time after every month the other,
    answering the other way, forecasts it for (see the module)."""
    for bound, other in ((p, q), (q, p)):
        s, o = bound.stance, other.stance
        if not (s.future and o.future and s.times and o.times):
            continue
        if {s.label, o.label} != {"yes", "no"}:
            continue
        clause = s.clause.lower()
        held = _UNTIL.search(clause) is not None or (
            s.label == "no" and _BEFORE.search(clause) is not None
        )  # "will stay shut until", "will not reopen before": a bound, not a deadline
        if not held or _UNTIL.search(o.clause.lower()) or _BEFORE.search(o.clause.lower()):
            continue
        if _narrower(clause, o.clause.lower()):
            continue  # "will not fully reopen until 2030" against "will reopen by June"
        if max(o.times) < min(s.times):
            return True
    return False
