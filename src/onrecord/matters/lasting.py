"""How long a closure lasts: a closure called temporary is a reopening to come.

"The closure is temporary", "a temporary closure", "the ward will close temporarily" each
say that the place will open again: against "it will never reopen" they answer the same
question (will it reopen?) the other way. The closing word alone reads as ``open`` / ``-1``
(closed), which agrees with "never reopen" and hides the disagreement, so a closure that the
clause calls temporary is read as the reopening it promises: ``open`` / ``+1``, ahead.

A closure denied to be temporary ("the closure will not be temporary") is for good: the
negator is the adjective's, not the closing's, so it reads ``open`` / ``-1``.

Left alone: "temporary" that describes something else ("temporary
staff will not close the ward"), and a closure told in the past ("the pool was temporarily
closed last week"), whose reopening may already have come. "Permanent" needs no rule: the
closing word already denies a reopening.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

_TEMPORARY = frozenset({"temporary", "temporarily"})
# words that may stand between "is" and "temporary" ("is only temporary")
_LIMITING = frozenset({"only", "just", "purely", "strictly", "merely", "simply"})
# a closure told as past: "was temporarily closed", "had shut temporarily"
_PAST = frozenset({"was", "were", "had"})
_OPEN = "open"


def _closing(word: str) -> bool:
    """Whether ``word`` names a closing (``open`` / ``-1`` in the lexicon's concepts)."""
    return lx.CONCEPTS.get(lx.stem(word)) == (_OPEN, -1)


def _temporary_of(low: list[str], at: int) -> tuple[int, bool]:
    """Where the word that calls the closing at ``at`` temporary stands (-1: nowhere), and
    whether it is denied: next to it ("a temporary closure", "closed temporarily",
    "temporarily shut"), or after a form of "be" that has the closing in its subject ("the
    closure of the ward is only temporary"; "will not be temporary" denies it)."""
    for j in (at - 1, at + 1):
        if 0 <= j < len(low) and low[j] in _TEMPORARY:
            return j, False
    for j in range(at + 1, len(low)):
        if low[j] not in _TEMPORARY:
            continue
        k, denied = j - 1, False
        while k > at and (low[k] in _LIMITING or low[k] in lx.NEGATORS):
            denied = denied or low[k] in lx.NEGATORS
            k -= 1
        if low[k] == "be" and k - 1 > at and low[k - 1] in lx.NEGATORS:
            denied = True  # "will not be temporary"
        if low[k] in lx.BE_FORMS and all(w not in lx.BE_FORMS for w in low[at + 1 : k]):
            return j, denied
        return -1, False
    return -1, False


def reopening(low: list[str], events: tuple[Event, ...]) -> tuple[Event, ...] | None:
    """The clause's events with a closure it calls temporary read as a reopening to come
    (``open`` / ``+1``), or None when the clause holds no such closure."""
    if any(w in _PAST for w in low):
        return None
    for n, event in enumerate(events):
        if event.key != _OPEN:
            continue
        at = next((i for i, w in enumerate(low) if w == event.word.lower()), -1)
        if at < 0 or not _closing(low[at]):
            continue
        j, denied = _temporary_of(low, at)
        if j < 0:
            continue
        if denied:  # "the closure will not be temporary": closed for good
            read = Event(_OPEN, event.word, -1, ())
        elif event.polarity > 0 or event.negators:
            continue  # "will not close temporarily": no closure to last
        else:
            read = Event(_OPEN, low[j], 1, ())
        return (*events[:n], read, *events[n + 1 :])
    return None
