"""A level a quantity has reached: "the budget has risen to 455 million", "raise its offer to
6 percent", "cut the grant to 20,000 pounds".

A figure after "to" and a verb of change tells the value the quantity stands at now (or will
stand at), as "the budget is 455 million" does: a value of the noun whose level changed. That
noun is the subject of an intransitive verb ("the budget has risen to", "fares went up to") or
the object of a transitive one ("raise its offer to", "cut the grant to"). A figure after
"by" is the size of the change, not a level, and stays unread (:mod:`.figures`); "from 3 to 5"
is a change told by both its ends, read there as a range or not at all.
"""

from __future__ import annotations

from . import lexicon as lx

# verbs of a quantity's own change: their subject is the quantity ("the budget has risen to")
_OWN_CHANGE = frozenset({
    "rise", "rises", "rose", "risen", "fall", "falls", "fell", "fallen", "drop", "drops",
    "dropped", "climb", "climbs", "climbed", "grow", "grows", "grew", "grown", "jump", "jumps",
    "jumped", "soar", "soars", "soared", "sink", "sinks", "sank", "sunk", "shrink", "shrinks",
    "shrank", "shrunk", "slip", "slips", "slipped",
})  # fmt: skip
# verbs of going that tell a change only with "up" or "down" ("went up to"; not "went to")
GOING = frozenset({"go", "goes", "went", "gone", "going", "come", "comes", "came"})
# verbs of a change done to a quantity: their object is the quantity ("raise its offer to")
_DONE_CHANGE = frozenset({
    "raise", "raises", "raised", "cut", "cuts", "reduce", "reduces", "reduced", "lower",
    "lowers", "lowered", "lift", "lifts", "lifted", "trim", "trims", "trimmed", "slash",
    "slashes", "slashed", "increase", "increases", "increased", "decrease", "decreases",
    "decreased", "bring", "brings", "brought",
})  # fmt: skip
_PARTICLES = frozenset({"up", "down"})
# verbs that give their subject a level with no change ("has reached 600", "total 380")
_STANDING = frozenset({"reach", "reaches", "reached", "total", "totals", "totalled", "totaled",
                       "number", "numbers", "numbered"})  # fmt: skip
_CAME = frozenset({"came", "comes", "come"})
# bounds between such a verb and the figure ("number more than 600")
_BOUNDS = frozenset({"more", "less", "fewer", "than", "about", "around", "nearly", "almost",
                     "over", "under", "some", "roughly", "just", "well"})  # fmt: skip
# words inside a verb group between the subject and the verb ("has now risen")
_GROUP = lx.AUXILIARIES | lx.MODALS | frozenset({"now", "already", "just", "since", "also"})
# words between a transitive verb and its object's noun ("its offer", "the annual grant")
_OBJECT_MAX = 3


def level_head(low: list[str], start: int) -> int | None:
    """Where the noun stands whose level the figure at ``start`` tells after "to" and a verb
    of change, or after a verb of standing, or None (see the module)."""
    standing = _standing(low, start)
    if standing is not None:
        return standing
    k = start - 1
    if k < 1 or low[k] != "to":
        return None
    k -= 1
    particle = k >= 0 and low[k] in _PARTICLES
    while k >= 0 and low[k] in _PARTICLES:
        k -= 1
    if k < 0:
        return None
    if (
        low[k] in _OWN_CHANGE
        or (particle and low[k] in GOING)
        or (low[k] in _DONE_CHANGE and _passive(low, k))
    ):
        k -= 1  # "the budget has risen to", "staff numbers were cut to": the subject
        while k >= 0 and low[k] in _GROUP:
            k -= 1
        return _phrase_head(low, k) if k >= 0 and _noun(low[k]) else None
    if not _noun(low[k]):
        return None
    for v in range(k - 1, max(-1, k - 2 - _OBJECT_MAX), -1):
        if low[v] in _DONE_CHANGE:
            return k  # "raise its offer to", "cut the grant to": the object
        if not (low[v].isalpha() and low[v] not in _GROUP) or low[v] in ("by", "from"):
            return None
    return None


def _standing(low: list[str], start: int) -> int | None:
    """Where the subject stands of a verb that gives a quantity its level with no change:
    "the number of complaints has reached 600", "complaints now number more than 600", "the
    claims total 380", "the bill came to 3 million pounds"; None otherwise."""
    k = start - 1
    while k >= 0 and low[k] in _BOUNDS:
        k -= 1
    if k >= 1 and low[k] == "to" and low[k - 1] in _CAME:
        k -= 1  # "the bill came to"
    elif k < 1 or low[k] not in _STANDING:
        return None
    k -= 1
    while k >= 0 and low[k] in _GROUP:
        k -= 1
    return k if k >= 0 and _noun(low[k]) else None


# prepositions that attach a phrase to the noun whose level changed ("the fee for a new plot
# will rise to": the fee; "the rate at Oxley has fallen to": the rate); not "of" ("the number
# of complaints has risen to" counts the complaints)
_NOUN_PREPS = frozenset({"for", "at", "per"})
# words inside the attached phrase besides its nouns: "for <a new> plot"
_PHRASE_WORDS = frozenset({"a", "an", "the", "each", "every", "new", "its", "their", "our"})
_PHRASE_MAX = 4


def _phrase_head(low: list[str], k: int) -> int:
    """The head of the subject phrase ending at ``k``: the noun before a phrase attached to
    it by a preposition ("<the fee> for a new plot"), else ``k`` itself."""
    first = k
    while (
        first > 0
        and k - first < _PHRASE_MAX
        and (_noun(low[first - 1]) or low[first - 1] in _PHRASE_WORDS)
    ):
        first -= 1
    if first > 1 and low[first - 1] in _NOUN_PREPS and _noun(low[first - 2]):
        return first - 2
    return k


def _passive(low: list[str], k: int) -> bool:
    """Whether the verb at ``k`` is a passive participle ("were cut to", "has been raised")."""
    return k > 0 and low[k - 1] in ("was", "were", "been", "be", "is", "are")


def _noun(w: str) -> bool:
    return w.isalpha() and w not in lx.STOPWORDS and w not in lx.PRONOUNS
