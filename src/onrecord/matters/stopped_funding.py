"""Money that stops: a grant no longer paid is a grant cut.

"The council will no longer pay the team a grant" and "the county has stopped funding the
museum's grant" end a payment of money; against "the grant has not been cut" they answer one
question (is the money cut?) the other way, though the one names a paying and the other a
cut. A payment or funding that stops ("no longer pay", "stopped paying", "ceased funding")
whose object names a sum given (a grant, a subsidy, funding) is read as a cut,
``rise-down`` / ``+1`` (the end of the scale that "has cut the grant" names,
:func:`.scales.scalar_events`), in place of the payment it denies: its sum is no payment of
another thing ("we paid the fuel bill").

Left alone: a stop denied ("has not stopped paying the grant"), a payment only delayed or
not made once ("did not pay the grant in March": no cessation), and a stop of paying for a
thing that is no sum given ("stopped paying for our fuel": a cost met, told by
:mod:`.wages` and the lexicon's "pay").
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

__all__ = ["CUT", "PAYING", "stopped_funding"]

# the key a cut names ("has cut our grant": the lower end of the scale of "rise")
CUT = "rise-down"
# the keys of the paying that stops: the clause is read as the cut, not as a payment denied
# ("will no longer pay the team a grant" against "we paid the fuel bill": two payments)
PAYING = frozenset({"pay", "money"})

_PAY = frozenset({"pay", "pays", "fund", "funds", "give", "gives", "provide", "provides",
                  "support", "supports"})  # fmt: skip
_STOP = frozenset({"stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased",
                   "ceasing"})  # fmt: skip
_PAYING = frozenset({"paying", "funding", "giving", "providing"})
# nouns of a sum given to a body or a cause, which a cut can lower
_SUMS = frozenset({"grant", "grants", "subsidy", "subsidies", "funding", "allowance",
                   "allowances", "bursary", "bursaries", "donation", "donations", "payment",
                   "payments", "contribution", "contributions", "stipend"})  # fmt: skip
# how far after the verb the sum may be named ("pay the mountain rescue team a grant")
_WINDOW = 6
_ENDS = frozenset({",", ".", ";", ":", "and", "but", "because", "while", "which", "who"})


def stopped_funding(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """The cut a payment of a sum that stops names ("will no longer pay the team a
    grant"), or nothing."""
    for i in range(len(low) - 1):
        if low[i : i + 2] == ["no", "longer"] and low[i + 2 : i + 3] and low[i + 2] in _PAY:
            verb, negs = i + 2, low[:i]
        elif low[i] in _STOP and low[i + 1] in _PAYING:
            verb, negs = i + 1, low[:i]
        else:
            continue
        if any(w in lx.NEGATORS for w in negs[-4:]):
            return ()  # "has not stopped paying the grant"
        for k in range(verb + 1, min(len(low), verb + 1 + _WINDOW)):
            if low[k] in _ENDS:
                break
            if low[k] in _SUMS:
                return (Event(CUT, toks[k], 1, ()),)
    return ()
