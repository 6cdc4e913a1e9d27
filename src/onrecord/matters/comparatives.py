"""A thing said to be better or worse than another: an improvement, or none.

"The new service will be better than the old one" says the change is an improvement as "the
change would be an improvement" does, and "the new service will be worse than the 41 in
every way" says it is none: the comparative of quality with its "than" names the event
``improv`` (the stem of "improve", "improvement"), asserted by "better" and denied by
"worse", so the three meet in one matter.

Only a comparison with "than" counts, and not one with what was expected ("worse than
expected", "better than forecast": a forecast missed, not a change judged), nor one denied
("will not be better than"): on a scale, denying one end asserts nothing of the other.
"Better off" tells who gains, and "had better" is advice; neither is read.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

__all__ = ["comparative_events"]

IMPROVE = lx.stem("improve")  # the key "improvement" takes too
_SIGN = {"better": 1, "worse": -1}
# what a comparison with expectations ends on
_EXPECTED = frozenset({"expected", "forecast", "predicted", "feared", "hoped", "planned",
                       "thought", "anticipated", "projected", "budgeted", "estimated",
                       "usual", "normal", "average"})  # fmt: skip
_REACH = 8  # words between the comparative and its "than"


def comparative_events(low: list[str]) -> tuple[Event, ...]:
    """The improvement a clause's "better ... than" or "worse ... than" names (see the
    module), or none."""
    for i, w in enumerate(low):
        sign = _SIGN.get(w)
        if sign is None:
            continue
        if low[i + 1 : i + 2] == ["off"] or (i and low[i - 1] == "had"):
            continue  # "better off", "had better"
        than = next((j for j in range(i + 1, min(len(low), i + _REACH)) if low[j] == "than"), -1)
        if than < 0 or (than + 1 < len(low) and low[than + 1] in _EXPECTED):
            continue
        if any(t in lx.NEGATORS for t in low[max(0, i - 4) : i]):
            continue  # "will not be better than": nothing asserted on the scale
        return (Event(IMPROVE, w, sign),)
    return ()
