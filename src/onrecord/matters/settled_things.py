"""A decision told by the thing settled: "the sale has been agreed", "we granted the permit".

"No decision on the permit will be made before September" is answered by "we granted the
permit on 2 July", and "no decision on selling the land will be taken" by "the sale has
already been agreed": a thing agreed (told in the passive, the thing its subject) or a
permission granted or refused is a decision made, as a body that agreed to do a thing has
decided (:mod:`.decisions`). Only the past or the perfect, asserted: "will be agreed" is not
settled yet, and a denial ("nothing has been agreed", "was not granted") is left alone, as a
decision may have been made otherwise. Not read: "agreed that" or "agreed to" after the
passive ("it was agreed that the talks were useful": a shared view, :mod:`.decisions` reads
what is to be done), nor "agreed with" (a view shared), nor a grant of money ("granted 2
million pounds", "were granted a hearing").
"""

from __future__ import annotations

from . import lexicon as lx
from .decisions import DECIDED
from .event_record import Event

__all__ = ["settled_thing"]

# forms of "be" that make a past or perfect passive ("has been agreed", "was agreed")
_PASSIVE = frozenset({"been", "was", "were"})
# verbs of settling on a permission, past: a decision on it made, whichever way
_GRANTING = frozenset({"granted", "refused"})
# what a permission is named by ("granted the permit", "refused planning permission")
_PERMISSIONS = frozenset({"permit", "permits", "permission", "licence", "licences", "license",
                          "licenses", "consent", "application", "applications", "planning",
                          "approval", "exemption", "variation"})  # fmt: skip
# words that may stand between "granted" and the permission ("granted the new permit")
_BEFORE_PERMISSION = frozenset({"the", "a", "an", "its", "their", "our", "this", "that",
                                "full", "new", "outline", "formal", "final", "planning",
                                "premises", "environmental"})  # fmt: skip
# words after a passive "agreed" that make it another shape than a thing agreed
_NOT_A_THING = frozenset({"that", "to", "with"})


def settled_thing(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """:data:`.decisions.DECIDED` (+1) where a thing is told agreed in the past or perfect
    passive, or a permission granted or refused; else none."""
    for i, word in enumerate(low):
        if _denied(low, i):
            continue
        if word == "agreed" and i and low[i - 1] in _PASSIVE and _ends_thing(low, i):
            return (Event(DECIDED, toks[i], 1, ()),)
        if word in _GRANTING and (_permission_after(low, i) or _permission_granted(low, i)):
            return (Event(DECIDED, toks[i], 1, ()),)
    return ()


def _ends_thing(low: list[str], i: int) -> bool:
    """Whether nothing after the passive "agreed" at ``i`` makes it a view or an infinitive:
    the clause ends, or goes on with a time, a place or an aside."""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    return nxt not in _NOT_A_THING


def _permission_after(low: list[str], i: int) -> bool:
    """Whether a permission is the object of the verb at ``i`` ("granted the permit",
    "refused planning permission", "granted the Pellow boathouse licence"), within five
    words that name it."""
    for k in range(i + 1, min(len(low), i + 6)):
        if low[k] in _PERMISSIONS:
            return True
        if low[k] not in _BEFORE_PERMISSION and (not low[k].isalpha() or low[k] in lx.STOPWORDS):
            return False  # "granted 2 million pounds", "granted him a hearing"
    return False


def _permission_granted(low: list[str], i: int) -> bool:
    """Whether the verb at ``i`` is a passive whose subject is a permission ("the permit was
    granted", "planning permission has been refused"), within seven words and no comma."""
    if not i or low[i - 1] not in _PASSIVE | {"is", "are", "be"}:
        return False
    before = low[max(0, i - 8) : i - 1]
    if "," in before:
        before = before[len(before) - before[::-1].index(",") :]
    return any(w in _PERMISSIONS for w in before)


def _denied(low: list[str], i: int) -> bool:
    """Whether a negator stands in the verb group before ``i`` ("has not been agreed")."""
    k = i - 1
    while k >= 0 and not lx.negating(low[k]) and (
        low[k] in lx.AUXILIARIES or low[k] in lx.MODALS or low[k] in _PASSIVE
        or low[k] in ("yet", "already", "formally", "ever")
    ):  # fmt: skip
        k -= 1
    return (k >= 0 and lx.negating(low[k])) or "no" in low[max(0, i - 4) : i]
