"""Phrasal verbs and their particle nouns: one act, one key.

"The council will take over the home" and "the takeover of the home", "members can opt out"
and "there is no opt-out" name one event. A light verb and its particle ("take over") are read
as the noun made of them ("takeover"); a particle noun of a verb that names its act alone
("opt-out", "sell-off", "handover") takes the verb's key ("opt", "sell", "hand"). A particle
that opens an amount or a span ("took over 200 calls", "took over a year") is a preposition,
not the verb's, and "take over as chair" fills a post. "Pay back" repays only a thing paid
("paid back the loan", "will pay the grant back"): "the scheme will pay back within five
years" is a return, nothing repaid. To "look at" a thing a determiner opens is to watch it
("never looked at the footage" / "watched all of the footage"; not "looks at first sight").

A light verb says little alone: its particle carries the meaning ("taken on seven crew" hires,
"taken away" removes, "put off" delays, "set up" founds). Each pair of such a verb and a
particle is an act of its own, keyed by both words, so "take on" never meets "take away".
"""

from __future__ import annotations

from . import lexicon as lx
from .sales import SELL, for_sale

# (stem of a light verb, particle) -> the key of the act, the noun made of them; "pay back"
# is "repay" (the payer's making good, :data:`.families.FAMILY_SYNONYMS` "compensate"): "will
# not have to pay back the grant" answers "the grant would not have to be repaid"; to "look
# at" a thing is to watch it ("never looked at the footage" / "watched all of the footage")
_REPAY = "compensate"
_WATCH = lx.stem("watch")
_PHRASAL = {("tak", "over"): "takeover", ("take", "over"): "takeover",
            ("pay", "back"): _REPAY, ("look", "at"): _WATCH}  # fmt: skip
# what opens the thing looked at ("looked at the footage", "never looked at our CCTV")
_LOOKED_AT_OPENERS = frozenset({"the", "our", "their", "its", "his", "her", "my", "your",
                                "this", "that", "these", "those", "every", "all",
                                "any"})  # fmt: skip
_ARTICLES = frozenset({"a", "an", "another"})
# light verbs whose particle makes the act, by form -> the verb's plain form
_LIGHT = {
    **dict.fromkeys(("take", "takes", "took", "taken", "taking"), "take"),
    **dict.fromkeys(("put", "puts", "putting"), "put"),
    **dict.fromkeys(("set", "sets", "setting"), "set"),
}  # fmt: skip
# particles that make an act with a light verb ("take on", "put off", "set up")
_LIGHT_PARTICLES = frozenset({"on", "away", "off", "up", "back", "in", "out", "down", "aside",
                              "forward"})  # fmt: skip
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
    if object_before_back(low, i) > 0:
        return _REPAY  # "will pay the grant back": a pay back round its object
    key = _PHRASAL.get((lx.stem(low[i]), low[i + 1]), "")
    if key == _REPAY and not _acts_on(low, i):
        return ""  # "the scheme will pay back within five years": a return, nothing repaid
    if key == _WATCH and low[i + 2 : i + 3] != [] and low[i + 2] not in _LOOKED_AT_OPENERS:
        return ""  # "it looks at first sight like a leak": no thing looked at
    if key == _WATCH and i and (low[i - 1] in _ARTICLES or low[max(0, i - 2)] in _ARTICLES):
        return ""  # "took a (closer) look at the figures": a noun, a support verb's idiom
    light = _LIGHT.get(low[i], "")
    if not key and light and low[i + 1] in _LIGHT_PARTICLES and _acts_on(low, i):
        key = light + low[i + 1]  # "has taken on seven crew", "was taken away"
    if key in ("putup", "puton") and for_sale(low, i + 1):
        return SELL  # "was put up for sale": a sale (:mod:`.same_acts`)
    if not key:
        return ""
    nxt = low[i + 2] if i + 2 < len(low) else ""
    if (nxt[:1].isdigit() and low[i + 1] == "over") or (
        nxt in _AMOUNTS and _unit_follows(low, i + 2)
    ):
        return ""  # "took over 200 calls", "took over a year", "took up two hours"
    if nxt == "as":
        return ""  # "will take over as chair": a post filled, not a thing taken over
    return key


# forms of "be" before a passive participle ("was taken away", "has been put off")
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got"})
# words that open the object after a particle ("taken on seven crew", "set up a fund")
_OBJECT_OPENERS = frozenset({"a", "an", "the", "its", "their", "our", "his", "her", "my",
                             "your", "this", "that", "these", "those", "some", "any", "more",
                             "new", "extra", "every", "all", "no"})  # fmt: skip


def _acts_on(low: list[str], i: int) -> bool:
    """Whether the light verb at ``i`` and its particle act on a thing: an object after the
    particle ("took on nine guards", "put off the vote") or a passive ("was taken away").
    With neither ("the plane will take off between 11pm and 6am", "set off at dawn") the
    pair is an intransitive idiom of its own sense, and no act on anything."""
    if i and low[i - 1] in _BE:
        return True
    nxt = low[i + 2] if i + 2 < len(low) else ""
    if nxt[:1].isdigit() or nxt in _OBJECT_OPENERS or nxt in _AMOUNTS or nxt in lx.NEGATORS:
        return True  # "paid back nothing": an object denied
    return nxt.isalpha() and nxt not in lx.STOPWORDS and nxt not in _PREPOSITIONS


# words after a particle that open an adjunct, no object ("take off between 11pm and 6am")
_PREPOSITIONS = frozenset({"between", "to", "from", "at", "in", "on", "for", "with", "after",
                           "before", "during", "until", "into", "onto", "over", "under",
                           "towards", "toward", "around", "about", "by", "without", "within",
                           "inside", "through", "again", "as", "today", "tonight", "tomorrow",
                           "soon", "later", "early", "late", "when", "while", "if", "and",
                           "but", "or"})  # fmt: skip


def object_before_back(low: list[str], i: int) -> int:
    """Where "back" stands after "pay" at ``i`` and its object opened by a determiner ("will
    pay the grant back", "paid every penny back"), so the pair repays; -1 when none does. A
    pronoun between ("will pay them back") is a recipient or a revenge, no repaying."""
    if lx.stem(low[i]) != "pay" or low[i + 1 : i + 2] == [] or low[i + 1] not in _OBJECT_OPENERS:
        return -1
    for k in range(i + 2, min(i + 5, len(low))):
        if low[k] == "back":
            return k
        if not low[k].isalpha() or low[k] in _PREPOSITIONS:
            return -1
    return -1


def _unit_follows(low: list[str], k: int) -> bool:
    """Whether a unit of amount or time follows within two words of ``k``."""
    return any(w in _UNITS for w in low[k : k + 3])


def particle_noun(st: str) -> str:
    """The key of a particle noun's stem, spelled whole or with a hyphen ("opt-out" ->
    "opt", "take-over" -> "takeover"), or ""."""
    return _PARTICLE_NOUNS.get(st.replace("-", ""), "")
