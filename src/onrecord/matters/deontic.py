"""Demands and norms: a clause that says what ought to be, not what is or will be.

A demand ("owners should not charge") does not contradict a fact or a forecast, only another
demand; so :func:`deontic` tells the judge which clauses are of that kind: a modal of
obligation on the event, a generic "you" ("you do not retire a technician"), an opposed
gerund ("I am against paying for it"), an order ("ordered Corvane to stop pumping") or a
case for stopping ("we cannot keep running empty buses").
"""

from __future__ import annotations

from . import lexicon as lx
from .cluster import Position
from .directives import directed
from .words import tokens

_OUGHT = frozenset({"should", "ought", "must", "shouldn't", "mustn't"})


def deontic(p: Position) -> bool:
    """Whether the deciding clause says what ought to be ("owners should not charge"), not what
    is or will be: a demand does not contradict a fact or a forecast, only another demand. A
    clause with "you" for its subject is a norm too: in a quote, "you" is anyone.

    The modal must govern the event (within three words before it), not a verb of saying
    ("I must say the bridge will reopen"); "should" with a time the claim is about is a
    forecast ("the bridge should reopen in March"), not a demand."""
    low = [t.lower() for t in tokens(p.stance.clause)]
    event = next((w.lower() for w in p.stance.words), "")
    at = low.index(event) if event in low else len(low)
    if _generic_you(low, at):
        return True  # generic "you" ("you do not retire a technician"): a norm, no one's act
    if _opposed(low, at):
        return True  # "I am against paying for it": a view of what ought to be, not a fact
    if directed(low, at):
        return True  # "ordered Corvane to stop pumping": what one wants done, not what is
    if _cannot_go_on(low, at):
        return True  # "we cannot keep running empty buses": what must stop, not what will
    for i in range(max(0, at - 3), at):
        if low[i] not in _OUGHT:
            continue
        after = low[i + 1] if i + 1 < len(low) else ""
        if after in lx.REPORT_VERBS or after in lx.BELIEFS or after in ("admit", "confess"):
            continue
        if low[i].startswith("should") and p.stance.times:
            continue
        return True
    return False


_BE = frozenset({"am", "is", "are", "was", "were", "be", "been", "'m", "'s", "'re"})
_CANNOT = frozenset({"cannot", "can't", "couldn't"})
# at most this many words of the thing kept between "keep" and its gerund ("keep <the old
# ferry> running"); none of them a word that ends the thing
_KEPT_WORDS = 4
_NOT_KEPT = frozenset({"and", "or", "but", "on", "up", "to", "from", "is", "are", "was",
                       "were", "be", "that", "which", "who"})  # fmt: skip


def _cannot_go_on(low: list[str], at: int) -> bool:
    """Whether the event at ``at`` is a gerund that "cannot keep" or "cannot go on" happening
    ("we cannot keep running empty buses", "the club can't go on losing money"): a case for
    stopping, what must change, not a forecast of what will be done; so is "we cannot keep
    the ferry running" (the thing kept between). "We cannot keep the pool open" (no gerund)
    and "we will not keep running the route" are left as they are."""
    if at < 2 or at >= len(low) or not low[at].endswith("ing"):
        return False
    k = at - 1
    if low[k] == "on" and low[k - 1] == "go":
        k -= 1
    elif low[k] != "keep":
        k = next((j for j in range(at - 2, max(0, at - _KEPT_WORDS - 2), -1)
                  if low[j] == "keep"), -1)  # fmt: skip
        if k < 1 or not all(w.isalpha() and w not in _NOT_KEPT for w in low[k + 1 : at]):
            return False  # no "keep <the ferry> running"
    before = low[k - 1] if k >= 1 else ""
    if before in ("not", "n't") and k >= 2 and low[k - 2] in ("can", "ca", "could"):
        return True  # "can not", "can't" (read as "ca" and "n't")
    return before in _CANNOT


def _opposed(low: list[str], at: int) -> bool:
    """Whether the event at ``at`` is a gerund opposed ("I am against paying for the roof",
    "the union is firmly against extending the contract"): what the speaker wants, not what
    is done. "voted against raising taxes" tells a vote (:func:`.finite.against`)."""
    if at < 2 or at >= len(low) or low[at - 1] != "against" or not low[at].endswith("ing"):
        return False
    k = at - 2
    while k > 0 and low[k].endswith("ly"):
        k -= 1
    return low[k] in _BE


# between a generic "you" and its verb: a norm's auxiliaries ("you do not", "you can't")
_NORM_AUX = frozenset({"do", "don't", "does", "not", "n't", "never", "can", "cannot", "can't",
                       "should", "shouldn't", "must", "mustn't", "just", "simply"})  # fmt: skip
_NOT_NORM = frozenset({"see", "know", "tell", "be", "sure", "bet", "imagine", "believe", "think"})


def _generic_you(low: list[str], at: int) -> bool:
    """Whether "you" is the subject of the event at ``at`` in a norm: right before its verb
    or its norm's auxiliaries ("you do not retire a technician", "you can't close a clinic"),
    not "you can be sure the clinic will close", "you will see it close", "as you know"."""
    if at >= len(low) or low[at] in _NOT_NORM:
        return False
    k = at - 1
    while k >= 0 and low[k] in _NORM_AUX:
        k -= 1
    return k >= 0 and low[k] == "you" and (k == 0 or low[k - 1] not in ("as", "tell", "if"))
