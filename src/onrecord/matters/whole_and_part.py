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
and no universal of its own; and the part's group must be the universal's: one noun ("every
driver", "four of the drivers"), or a plain word for its kind ("every player", "four of the
lads"; "any cottage", "six of the nine houses"), not two ("every invoice" or "each month"
against "four of the lads", "every supplier" against "four of the players"). Not a part told
with a universal ("not one of the teachers",
"none of the houses": a universal claim again, left to the other rules), nor a count with no
"of" ("four lads were not paid": no part of a group named), nor an "of" that names a
measure ("two of the three million pounds").
"""

from __future__ import annotations

from . import lexicon as lx
from .cluster import Position
from .counted_wholes import DETERMINERS, count_word, noun_phrase
from .dismissals import person_noun
from .words import tokens

__all__ = ["whole_and_part"]

# determiners that make a claim about every member of the group their noun names
_UNIVERSAL = frozenset({"every", "each", "all", "no", "any"})
# quantities that, before "of" and a determiner, name part of a group (besides counts)
_QUANTITIES = frozenset({"one", "some", "several", "many", "most", "half", "few"})
# words before a part that make it a universal again ("not one of", "no one of")
_DENIED = frozenset({"not", "no", "none", "never", "without"})
# measures: a part of an amount, not of a group ("two of the three million pounds")
_MEASURES = frozenset({"million", "billion", "thousand", "hundred", "pounds", "dollars",
                       "euros", "percent", "cent", "per"})  # fmt: skip
# plain words for people and for homes, which name the group of any noun of their kind
_FOLK = frozenset(lx.stem(w) for w in ("people", "person", "lads", "lasses", "men", "women",
                  "boys", "girls", "folk", "guys", "staff", "workers", "employees", "members",
                  "colleagues"))  # fmt: skip
_HOMES = frozenset(lx.stem(w) for w in ("houses", "homes", "properties", "dwellings", "flats",
                   "households", "buildings", "cottages", "bungalows", "apartments"))  # fmt: skip


def whole_and_part(p: Position, q: Position) -> bool:
    """Whether one stance is a universal claim over a group and the other counts part of the
    same group (see the module's docstring)."""
    lp, lq = _low(p), _low(q)
    up, uq, pp, pq = _universal(lp), _universal(lq), _part(lp), _part(lq)
    return (bool(up) and not uq and not pp and _one_group(up, pq)) or (
        bool(uq) and not up and not pq and _one_group(uq, pp)
    )


def _low(p: Position) -> list[str]:
    return [t.lower() for t in tokens(p.stance.clause)]


def _universal(low: list[str]) -> list[str]:
    """The nouns (as written) of the clause's universals: a universal determiner before a noun
    ("every player", "any house", "every one of the drivers", "all of the houses")."""
    out: list[str] = []
    for k, w in enumerate(low[:-1]):
        if w not in _UNIVERSAL:
            continue
        j = k + 1
        while j < len(low) and low[j] in ("one", "of", "single", *DETERMINERS):
            j += 1
        if j > k + 1 or (low[j].isalpha() and low[j] not in lx.STOPWORDS):
            out.append(_noun(low, j))
    return out


def _part(low: list[str]) -> list[str]:
    """The nouns of the groups the clause counts part of: a count or quantity, "of" and a
    determiner ("four of the lads", "seven of the twelve houses"), not denied ("not one of
    them"); "" for a group named by no noun ("four of them")."""
    out: list[str] = []
    for k, w in enumerate(low[:-2]):
        if not (w in _QUANTITIES or count_word(w)):
            continue
        if low[k + 1] != "of" or low[k + 2] not in DETERMINERS:
            continue
        if k > 0 and low[k - 1] in _DENIED:
            continue
        if set(low[k + 3 : k + 6]) & _MEASURES:
            continue
        j = k + 3
        while j < len(low) and count_word(low[j]):
            j += 1
        out.append(_noun(low, j))
    return out


def _noun(low: list[str], j: int) -> str:
    """The head of the noun phrase at ``j`` ("" if none)."""
    phrase, _ = noun_phrase(low, j)
    return phrase[-1] if phrase else ""


def _one_group(universals: list[str], parts: list[str]) -> bool:
    """Whether a universal's noun and a part's name one group (see the module)."""
    return any(_kin(u, p) for u in universals for p in parts)


def _kin(u: str, p: str) -> bool:
    if not u or not p:
        return False
    su, sp = lx.stem(u), lx.stem(p)
    if su == sp or lx.THEME_STEMS.get(su, su) == lx.THEME_STEMS.get(sp, sp):
        return True
    if (su in _FOLK and person_noun(p)) or (sp in _FOLK and person_noun(u)):
        return True
    return su in _HOMES and sp in _HOMES
