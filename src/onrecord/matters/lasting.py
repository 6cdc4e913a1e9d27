"""How long a closure lasts: a closure called temporary is a reopening to come.

"The closure is temporary", "a temporary closure", "the ward will close temporarily" each
say that the place will open again: against "it will never reopen" they answer the same
question (will it ever reopen?) the other way. That question is a key of its own,
:data:`AGAIN`, and not ``open``: a temporary closure is still a closure, so "the ward will
close temporarily in December" agrees with "the ward will shut on 1 December", and "the road
will not reopen until Monday" says when, not whether, it reopens. A closure the clause calls
temporary is read as ``open-again`` / ``+1`` (ahead) in place of its closing; a reopening
denied with no time that bounds it ("will never reopen", "Larkfield will not reopen"), a
closure for good ("will close permanently", "is to close for good") and a closure denied to be
temporary ("the closure will not be temporary") add ``open-again`` / ``-1`` beside their own
``open`` / ``-1``.

Left alone: "temporary" that describes something else ("temporary staff will not close the
ward"), a closure told in the past ("the pool was temporarily closed last week"), whose
reopening may already have come, and a reopening denied until a time ("will not reopen until
Monday", "not this year").
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
# the key of the question whether a closed place will ever open again
AGAIN = "open-again"
# words of a reopening ("will never reopen"), and words that close a place for good
_REOPEN = frozenset({"reopen", "reopens", "reopened", "reopening"})
_FOR_GOOD = frozenset({"permanently", "permanent", "forever"})
# words that bound a denied reopening in time: "not reopen until Monday", "before spring"
_BOUNDS = frozenset({"until", "till", "before", "by", "unless", "while", "this", "next", "yet",
                     "soon", "today", "tomorrow", "after", "during", "in"})  # fmt: skip


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
            read: tuple[Event, ...] = (Event(_OPEN, event.word, -1, ()),
                                       Event(AGAIN, event.word, -1, ()))  # fmt: skip
        elif event.polarity > 0 or event.negators:
            continue  # "will not close temporarily": no closure to last
        else:
            read = (Event(AGAIN, low[j], 1, ()),)
        return (*events[:n], *read, *events[n + 1 :])
    return None


def for_good(low: list[str], events: tuple[Event, ...]) -> tuple[Event, ...]:
    """:data:`AGAIN` / ``-1`` where the clause denies that a place will ever open again: a
    reopening denied with no time that bounds it ("it will never reopen"), or a closing for
    good ("will close permanently", "shut for good"); else nothing."""
    if any(e.key == AGAIN for e in events):
        return ()
    for event in events:
        if event.key != _OPEN or event.polarity > 0:
            continue
        word = event.word.lower()
        if word in _REOPEN and event.negators and not _bounded(low):
            return (Event(AGAIN, event.word, -1, event.negators),)
        said = _said_for_good(low)
        if _closing(word) and not event.negators and said:
            return (Event(AGAIN, said, -1, ()),)  # the word that says so decides
    return ()


def _bounded(low: list[str]) -> bool:
    """Whether the clause bounds its denial in time ("until Monday", "this year", "in 2029")."""
    return any(w in _BOUNDS or w in lx.MONTHS or w in lx.SEASONS or w[:1].isdigit() for w in low)


def _said_for_good(low: list[str]) -> str:
    """The word by which the clause says a closing is for good ("permanently", "for
    <good>"), or ""."""
    for k, w in enumerate(low):
        if w in _FOR_GOOD or (w == "good" and k and low[k - 1] == "for"):
            return w
    return ""
