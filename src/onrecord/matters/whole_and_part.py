"""A claim about every member of a group against a count of some of its members: one question.

"Every player at the club has been paid for March" and "four of the lads still had not been
paid": the two name their people in other words ("player", "lads"), and two stances whose
themes share no word are kept apart (:func:`.contradictions.same_theme`: "notified all users"
against "not notified her office", one verb and two things). But a universal claim ("every",
"each", "all", "no", "any": "there is no evidence that any house was damaged") is answered
by a count of part of a group, told as a part ("four of the lads", "seven of the twelve
houses", "some of our members"): the partitive says that the group its noun names had members
for whom the claim fails (or holds), which is what the whole claim is about.

The shape, read on the two clauses' words: one has a universal determiner right before a noun
("every player", "no house", "any member", "every one of", "all of the"), the other a count or
a quantity word, then "of", then a determiner ("four of the", "seven of our", "some of its")
and no universal of its own. Not a part told with a universal ("not one of the teachers",
"none of the houses": a universal claim again, left to the other rules), nor a count with no
"of" ("four lads were not paid": no part of a group named), nor an "of" that names a
measure ("two of the three million pounds").
"""

from __future__ import annotations

from . import lexicon as lx
from .cluster import Position
from .words import tokens

__all__ = ["whole_and_part"]

# determiners that make a claim about every member of the group their noun names
_UNIVERSAL = frozenset({"every", "each", "all", "no", "any"})
# counts and quantities that, before "of" and a determiner, name part of a group
_PART = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                   "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "some",
                   "several", "many", "most", "half", "few", "dozens", "hundreds"})  # fmt: skip
# determiners of the group a part is taken from ("four of the", "some of our")
_GROUP = frozenset({"the", "our", "its", "their", "these", "those", "his", "her", "my", "your"})
# words before a part that make it a universal again ("not one of", "no one of")
_DENIED = frozenset({"not", "no", "none", "never", "without"})
# measures: a part of an amount, not of a group ("two of the three million pounds")
_MEASURES = frozenset({"million", "billion", "thousand", "hundred", "pounds", "dollars",
                       "euros", "percent", "cent", "per"})  # fmt: skip


def whole_and_part(p: Position, q: Position) -> bool:
    """Whether one stance is a universal claim over a group and the other counts part of a
    group (see the module's docstring)."""
    lp, lq = _low(p), _low(q)
    return (_universal(lp) and _part(lq) and not _universal(lq) and not _part(lp)) or (
        _universal(lq) and _part(lp) and not _universal(lp) and not _part(lq)
    )


def _low(p: Position) -> list[str]:
    return [t.lower() for t in tokens(p.stance.clause)]


def _universal(low: list[str]) -> bool:
    """Whether the clause has a universal determiner before a noun ("every player", "any
    house", "every one of", "all of the")."""
    for k, w in enumerate(low[:-1]):
        if w not in _UNIVERSAL:
            continue
        nxt = low[k + 1]
        if nxt in ("one", "of", "single") or (nxt.isalpha() and nxt not in lx.STOPWORDS):
            return True
    return False


def _part(low: list[str]) -> bool:
    """Whether the clause counts part of a group: a count or quantity, "of" and a determiner
    ("four of the lads", "seven of the twelve houses"), not denied ("not one of them")."""
    for k, w in enumerate(low[:-2]):
        if not (w in _PART or w.replace(",", "").isdigit()):
            continue
        if low[k + 1] != "of" or low[k + 2] not in _GROUP:
            continue
        if k > 0 and low[k - 1] in _DENIED:
            continue
        if set(low[k + 3 : k + 6]) & _MEASURES:
            continue
        return True
    return False
