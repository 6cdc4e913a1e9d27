"""Phrasal verbs and their particle nouns: one act, one key.

"The council will take over the home" and "the takeover of the home", "members can opt out"
and "there is no opt-out" name one event. A light verb and its particle ("take over") are read
as the noun made of them ("takeover"); a particle noun of a verb that names its act alone
("opt-out", "sell-off", "handover") takes the verb's key ("opt", "sell", "hand"). A particle
that opens an amount or a span ("took over 200 calls", "took over a year") is a preposition,
not the verb's, and "take over as chair" fills a post.
"""

from __future__ import annotations

from . import lexicon as lx

# (stem of a light verb, particle) -> the key of the act, the noun made of them
_PHRASAL = {("tak", "over"): "takeover", ("take", "over"): "takeover"}
# particle nouns of verbs that name their act alone -> the verb's key
_PARTICLE_NOUNS = {
    "optout": "opt", "handover": "hand", "selloff": "sell", "buyout": "buy", "pullout": "pull",
    "lockout": "lock", "rollout": "roll", "bailout": "bail", "crackdown": "crack",
    "shakeup": "shak", "takeover": "takeover",
}  # fmt: skip
# what may follow a particle that is a preposition of amount or time
_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
                    "hours", "decade", "decades", "minute", "minutes", "century", "dozen",
                    "half", "third", "quarter", "million", "billion", "hundred", "thousand",
                    "time", "period"})  # fmt: skip
_AMOUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "twenty", "fifty", "hundred", "hundreds", "thousands", "half", "a",
                      "an", "the", "its", "their"})  # fmt: skip


def particle_key(low: list[str], i: int) -> str:
    """The key of the phrasal verb at ``i`` and its particle ("take over" -> "takeover"), or
    "" when the word is none or the particle opens an amount or a span."""
    if i + 1 >= len(low):
        return ""
    key = _PHRASAL.get((lx.stem(low[i]), low[i + 1]), "")
    if not key:
        return ""
    nxt = low[i + 2] if i + 2 < len(low) else ""
    if nxt[:1].isdigit() or (nxt in _AMOUNTS and _unit_follows(low, i + 2)):
        return ""  # "took over 200 calls", "took over a year"
    if nxt == "as":
        return ""  # "will take over as chair": a post filled, not a thing taken over
    return key


def _unit_follows(low: list[str], k: int) -> bool:
    """Whether a unit of amount or time follows within two words of ``k``."""
    return any(w in _UNITS for w in low[k : k + 3])


def particle_noun(st: str) -> str:
    """The key of a particle noun's stem, spelled whole or with a hyphen ("opt-out" ->
    "opt", "take-over" -> "takeover"), or ""."""
    return _PARTICLE_NOUNS.get(st.replace("-", ""), "")
