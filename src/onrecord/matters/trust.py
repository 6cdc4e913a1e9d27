"""Confidence in someone is support for them.

"The board has full confidence in its chair" says what "the board supports its chair"
says, and "the board has lost confidence in her", "no confidence in the plan" what "does
not support" says: the noun of trust with "in" and whom it is placed in names the concept
``support`` (:data:`.lexicon.ANTONYMS`), so a later "could no longer support her" answers
the same question.

Left alone: confidence with no one it is placed in ("we are confident", "a confidence
vote", "in confidence"), trust no one holds or places ("the hospital trust in Marrowby":
a body), and confidence in an outcome, which is a forecast ("confidence in a deal by
Friday" names no one; "confidence in the contractor to finish by June" is that it will).

The support is for whom the trust is placed in, held by the subject that holds it: its theme
(:mod:`.themes`) is read as the verb's would be, so "full confidence in its chair" is no
answer to "does not support the merger", nor the board's trust in Dr Hale to the nurses'.
"Lost" that withdraws trust names no defeat.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

TRUST_NOUNS = frozenset({"confidence", "faith", "trust"})
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
    for i in range(len(low)):
        if _holder(toks, low, i) < 0:
            continue
        negs = tuple(w for w in low[:i] if w in lx.NEGATORS)
        sign = -1 if len(negs) % 2 else 1
        if any(w in _WITHDRAWN for w in low[max(0, i - 4) : i]):
            sign = -sign
        return (Event(_SUPPORT, toks[i], sign, negs),)
    return ()


def trust_placed(toks: list[str], low: list[str], at: int) -> tuple[int, int] | None:
    """For the noun of trust at ``at`` placed in someone: the index of the word that holds it
    (its subject holds the trust: "<the board> has full confidence in"), and where whom it
    is placed in begins ("in <its chair>"); None for no such reading. As with "supports",
    what the support is for is whom it is placed in, and its holder where that is a name."""
    k = _holder(toks, low, at)
    return (k, at + 2) if k >= 0 else None


def lost_trust(low: list[str], event: Event) -> bool:
    """Whether ``event`` is a defeat read in the verb that withdrew trust ("have lost
    confidence in her": no contest lost)."""
    word = event.word.lower()
    if event.key != "win" or word not in _WITHDRAWN or word not in low:
        return False
    k = low.index(word) + 1
    while k < len(low) and low[k] in _DEGREE:
        k += 1
    return k < len(low) and low[k] in TRUST_NOUNS and low[k + 1 : k + 2] == ["in"]


# words that end whom the trust is placed in ("in the board <and> ...", "in her <to> ...")
_NP_STOPS = frozenset({"to", "in", "on", "at", "for", "by", "and", "but", "or", "that", "who",
                       "which", "as", "with"})  # fmt: skip


def _to_do(low: list[str], j: int) -> bool:
    """Whether whom the trust is placed in, from ``j``, is followed by "to" and a verb
    ("confidence in the contractor to finish the work"): trust that someone will do a thing
    is a forecast of it, not support for them."""
    while j < len(low) and low[j].isalnum() and low[j] not in _NP_STOPS:
        j += 1
    return low[j : j + 1] == ["to"] and j + 1 < len(low) and low[j + 1] not in _WHOM


def _holder(toks: list[str], low: list[str], i: int) -> int:
    """The index of the word that holds or places the trust named at ``i`` ("has full
    confidence in", "lost faith in"), or -1 where ``i`` names no trust placed in someone."""
    if low[i] not in TRUST_NOUNS or low[i + 1 : i + 2] != ["in"] or i + 2 >= len(low):
        return -1
    if not toks[i + 2][:1].isupper() and low[i + 2] not in _WHOM:
        return -1  # "confidence in a deal by Friday": an outcome hoped for, no one trusted
    if _to_do(low, i + 2):
        return -1  # "confidence in the contractor to finish by June": a forecast
    k = i - 1
    while k >= 0 and low[k] in _DEGREE:
        k -= 1
    if k < 0 or low[k] not in _HOLDING:
        return -1  # "the hospital trust in Marrowby": a body, not trust placed in someone
    return k
