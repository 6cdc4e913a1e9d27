"""Confidence in someone is support for them.

"The board has full confidence in its chair" says what "the board supports its chair"
says, and "the board has lost confidence in her", "no confidence in the plan" what "does
not support" says: the noun of trust with "in" and whom it is placed in names the concept
``support`` (:data:`.lexicon.ANTONYMS`), so a later "could no longer support her" answers
the same question.

Left alone: confidence with no one it is placed in ("we are confident", "a confidence
vote", "in confidence"), trust no one holds or places ("the hospital trust in Marrowby":
a body), and confidence in an outcome, which is a forecast ("confidence in a deal by
Friday" names no one).
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

_TRUST = frozenset({"confidence", "faith", "trust"})
# words before the noun that take the trust away: "lost confidence in", "a lack of faith in"
_WITHDRAWN = frozenset({"lost", "lose", "loses", "losing", "lack", "lacks", "lacked",
                        "lacking", "withdrew", "withdrawn", "withdraw"})  # fmt: skip
# words that may stand between the verb and the noun ("has full confidence in")
_DEGREE = frozenset({"full", "complete", "total", "every", "absolute", "great", "our", "its",
                     "their", "his", "her", "my", "the", "any", "much", "no"})  # fmt: skip
# words that hold or place the trust before it ("has", "retains", "a vote of ... in")
_HOLDING = (
    frozenset(
        {
            "has",
            "have",
            "had",
            "having",
            "'s",
            "'ve",
            "retain",
            "retains",
            "retained",
            "keep",
            "keeps",
            "kept",
            "express",
            "expresses",
            "expressed",
            "place",
            "places",
            "placed",
            "put",
            "puts",
            "of",
        }
    )
    | _WITHDRAWN
)
# what trust is placed in, besides a name: a person or a known thing ("in her", "in the board")
_WHOM = frozenset({"him", "her", "them", "us", "me", "you", "the", "its", "our", "their", "his",
                   "my", "your", "this", "these", "those"})  # fmt: skip
_SUPPORT = "support"


def trust_events(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """``support`` with its polarity where the clause places trust in someone ("has full
    confidence in Alistair": +1; "has no confidence in", "lost confidence in": -1)."""
    for i, word in enumerate(low):
        if word not in _TRUST or low[i + 1 : i + 2] != ["in"] or i + 2 >= len(low):
            continue
        if not toks[i + 2][:1].isupper() and low[i + 2] not in _WHOM:
            continue  # "confidence in a deal by Friday": an outcome hoped for, no one trusted
        k = i - 1
        while k >= 0 and low[k] in _DEGREE:
            k -= 1
        if k < 0 or low[k] not in _HOLDING:
            continue  # "the hospital trust in Marrowby": a body, not trust placed in someone
        negs = tuple(w for w in low[:i] if w in lx.NEGATORS)
        sign = -1 if len(negs) % 2 else 1
        if any(w in _WITHDRAWN for w in low[max(0, i - 4) : i]):
            sign = -sign
        return (Event(_SUPPORT, toks[i], sign, negs),)
    return ()
