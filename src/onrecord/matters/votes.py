"""A vote on a thing denied: nothing was approved by it.

"The senate never voted on the merger" and "the senate approved the merger on 4 May" cannot
both hold for a body that decides by voting: a body's approval is its vote. So a clause that
denies that a vote was held on a thing (``vote-held``, :func:`.senses.vote_held`: "never voted
on", "there was no vote on") also denies its approval (``approve``, -1), which answers "the
senate approved the merger" and agrees with "the senate rejected it" (no approval either). A
vote held, or one still to come or put off ("will vote on the merger", "will not vote on it
until the tests are in"), says nothing of the outcome and adds nothing; nor does a denied
vote in a clause that itself tells an approval ("approved it without a vote"), nor one on
any thing of a kind ("never voted on any contribution"), nor one by a voter whose vote is
not the body's decision ("I did not vote on the merger", "residents never voted on it").
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

__all__ = ["unvoted"]

_HELD = lx.stem("vote") + "-held"
_APPROVE = "approve"


def unvoted(toks: list[str], low: list[str], events: tuple[Event, ...]) -> tuple[Event, ...]:
    """``events`` with the approval a denied vote on a known thing denies ("never voted on
    the merger": ``approve``, -1). A vote denied on any thing of a kind ("never voted on any
    contribution") is no denial that one particular thing was approved."""
    if any(e.key == _APPROVE for e in events):
        return events
    denied = next((e for e in events if e.key == _HELD and e.polarity < 0), None)
    if denied is None or not _known_thing(toks, low, denied.word):
        return events
    if any(w in _AHEAD for w in low):
        return events  # "will not vote on the expansion until ...": a vote put off
    if _voter(low, denied.word.lower()) in _NOT_DECIDING:
        return events  # "I did not vote on the merger": one member abstained
    return (*events, Event(_APPROVE, denied.word, -1, denied.negators))


# modals of a vote still to come or put off ("will not vote on it until ...")
_AHEAD = frozenset({"will", "'ll", "would", "'d", "shall", "should", "must", "can", "could",
                    "may", "might", "wo", "gonna"})  # fmt: skip
# words that open a thing already known: "on the merger", "on its budget"
_DEFINITE = frozenset({"the", "this", "that", "its", "their", "our", "his", "her", "my"})


# voters whose vote is not a body's decision: one member, or the public at large ("residents
# never voted on the merger": no referendum, which says nothing of the council's approval)
_NOT_DECIDING = frozenset({"i", "he", "she", "you", "residents", "voters", "people",
                           "public", "citizens", "locals", "tenants", "parents", "staff",
                           "workers"})  # fmt: skip


def _voter(low: list[str], word: str) -> str:
    """The word right before the verb group of the vote named by ``word`` ("<residents> never
    voted"), "" for none."""
    at = low.index(word) if word in low else -1
    k = at - 1
    while k >= 0 and (low[k] in lx.AUXILIARIES or low[k] in lx.NEGATORS
                      or low[k] in ("yet", "ever", "even", "actually")):  # fmt: skip
        k -= 1
    return low[k] if k >= 0 else ""


def _known_thing(toks: list[str], low: list[str], word: str) -> bool:
    """Whether the vote named by ``word`` is on a known thing: a definite noun phrase or a
    name after "on"."""
    at = next((k for k, t in enumerate(toks) if t == word), -1)
    if at < 0 or low[at + 1 : at + 2] != ["on"] or at + 2 >= len(low):
        return False
    return low[at + 2] in _DEFINITE or (toks[at + 2][:1].isupper() and low[at + 2].isalpha())
