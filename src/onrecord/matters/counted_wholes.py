"""Every one of a counted whole against a part of it: one question.

News counts a known whole and then argues over how much of it a predicate holds of: "every
one of these 96 trees is diseased" against "only six of the 96 trees show any sign of
disease", "all 40 staff were consulted" against "twelve of the 40 staff were consulted", "none
of the 14 wells is contaminated" against "three of the 14 wells are contaminated". The two
sides name the same whole by the same count and noun ("the 96 trees"), so they speak of one
set, and they say the same thing of it (a word of the predicate in common: "diseased",
"disease"); yet they rarely share the event word the matters are built on ("is diseased",
"show any sign of disease"), so the pair is a matter of its own here, judged by the ordinary
rules (:func:`.contradictions.verdict`: time frames, sides, speakers, one occasion).

* A universal over the whole ("every one of the 96 trees", "each of the 40 staff", "all 96
  trees", "all of the 96 trees") said of the predicate answers yes to "does it hold of all
  of them?", and a part of the same whole ("six of the 96 trees", "only six of the 96") says
  no: a count of some of a whole that has just been counted tells that the rest are not so
  (or, denied, "six of the 96 trees are not diseased", says so outright). The part must be a
  proper part (fewer than the whole: "96 of the 96 trees" agrees).
* A denial over the whole ("none of the 14 wells", "not one of the 14 wells") answers no to
  "does it hold of any of them?", and a part said with the predicate ("three of the 14 wells
  are contaminated") says yes; a part denied ("three of the 14 wells are not contaminated")
  agrees with it and is left alone.

Not two wholes ("all 96 trees on the avenue" and "six of the 12 trees on the green": two
counts), not two predicates ("every one of the 96 trees was surveyed" and "eleven of the 96
trees are diseased": no word of the predicate shared besides the whole's own), not a hedge,
a condition or reported words, and not a whole named without its count ("every tree", "six
of the trees": :mod:`.only_part` and :mod:`.universal_instances` read those).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from . import lexicon as lx
from .claims import Clause, Item
from .cluster import Matter, Position
from .days import said_month
from .figure_words import NUMBER_WORDS
from .figures import number_value
from .stance import CERTAINTY, Label, Stance
from .stories import same_story
from .words import tokens

__all__ = ["Whole", "counted_wholes", "one_count_of_a_whole", "whole_matters"]

# the event of a matter of a counted whole ("whole-oak")
WHOLE = "whole-"
# two counts of one whole told this many months apart at most are of one time
_MONTHS = 1

# determiners between "of" and the whole's count ("of these 96 trees", "of its 40 staff")
_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "our", "his", "her", "my",
                          "your", "this"})  # fmt: skip
# words that open a universal over the whole, and the words they span before the count
_EVERY = (("every", "one", "of"), ("each", "one", "of"), ("each", "of"), ("all", "of"),
          ("all",))  # fmt: skip
_NONE = (("not", "a", "single", "one", "of"), ("not", "one", "of"), ("none", "of"))
# words before a part's count that make it no part ("every one of", "not one of", "all six of")
_NOT_A_PART = frozenset({"every", "each", "not", "single", "all", "no", "any", "than", "per"})
# the longest noun phrase after the whole's count ("96 Linden Avenue limes")
_PHRASE = 3
# words of time, which two claims of one month share without sharing a predicate
_TIMES = frozenset({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "today", "night",
    "time", "times", "morning", "evening", "last", "next", "since", "now", "still",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Whole:
    """A counted whole a clause names: "all" (every one of it), "none" (not one of it) or
    "part" (``part`` of it), its count, its head noun's stem and the words of its phrase."""

    kind: str  # "all", "none" or "part"
    count: float
    head: str  # "" when the whole is named by its count alone ("six of the 96")
    words: frozenset[str]
    part: float = 0.0
    span: tuple[int, int] = (0, 0)  # the tokens of the quantifier and the phrase


def counted_wholes(text: str) -> list[Whole]:
    """The counted wholes of a clause's ``text`` (see the module)."""
    low = [t.lower() for t in tokens(text)]
    out: list[Whole] = []
    for k in range(len(low)):
        found = _universal(low, k) or _part(low, k)
        if found is not None:
            out.append(found)
    return out


def _universal(low: list[str], k: int) -> Whole | None:
    for kind, openers in (("none", _NONE), ("all", _EVERY)):
        for opener in openers:
            if tuple(low[k : k + len(opener)]) != opener:
                continue
            if opener == ("all",) and k and low[k - 1] == "of":
                return None  # "of all 96": a whole inside another phrase
            j = k + len(opener)
            if low[j : j + 1] and low[j] in _DETERMINERS:
                j += 1
            whole = _whole(low, j)
            if whole is None:
                return None
            count, head, words, end = whole
            return Whole(kind, count, head, words, span=(k, end))
    return None


def _part(low: list[str], k: int) -> Whole | None:
    """ "six of the 96 trees", "only six of the 96": a count, "of", a determiner, a count."""
    if not _number(low[k]) or (k and low[k - 1] in _NOT_A_PART):
        return None
    m = _value(low, k)
    if m is None:
        return None
    part, j = m
    if low[j : j + 1] != ["of"]:
        return None
    j += 1
    if not (low[j : j + 1] and low[j] in _DETERMINERS):
        return None  # "two of 96" is rare; "two of them" names no count
    whole = _whole(low, j + 1)
    if whole is None:
        return None
    count, head, words, end = whole
    if not 0 < part < count:
        return None  # not a proper part ("96 of the 96 trees")
    return Whole("part", count, head, words, part, (k, end))


def _whole(low: list[str], j: int) -> tuple[float, str, frozenset[str], int] | None:
    """The count at ``j``, the stem of its phrase's head ("" if none) and the phrase's stems,
    and the index after the phrase."""
    if j >= len(low) or not _number(low[j]):
        return None
    found = _value(low, j)
    if found is None or found[0] < 2:
        return None
    count, k = found
    phrase: list[str] = []
    while k < len(low) and len(phrase) < _PHRASE and _content(low[k]):
        phrase.append(low[k])
        k += 1
    head = lx.stem(phrase[-1]) if phrase else ""
    return count, head, frozenset(lx.stem(w) for w in phrase), k


def _number(w: str) -> bool:
    return w[:1].isdigit() or w in NUMBER_WORDS or w.split("-")[0] in NUMBER_WORDS


def _value(low: list[str], k: int) -> tuple[float, int] | None:
    """The number at ``k`` and the index after it ("1 , 096" is one number)."""
    j = k + 1
    while j + 1 < len(low) and low[j] == "," and low[j + 1].isdigit() and len(low[j + 1]) == 3:
        j += 2
    if j < len(low) and low[j] in ("hundred", "thousand", "million"):
        j += 1
    value = number_value(" ".join(low[k:j]))
    return (value, j) if value is not None else None


def _content(w: str) -> bool:
    return (
        w[:1].isalpha()
        and w not in lx.STOPWORDS
        and w not in lx.AUXILIARIES
        and w not in lx.MODALS
        and not lx.negating(w)
        and not w.endswith("ly")
    )


def _predicate(low: list[str], whole: Whole) -> set[str]:
    """The stems of the clause's content words outside the whole's own phrase and quantifier,
    less times and numbers: what the clause says of the whole."""
    a, b = whole.span
    return {
        lx.stem(w)
        for i, w in enumerate(low)
        if not a <= i < b
        and _content(w)
        and len(w) > 2
        and w not in _TIMES
        and not _number(w)
        and lx.stem(w) not in whole.words
    }


def _denied(low: list[str], whole: Whole) -> bool:
    """Whether the clause denies its predicate outside the whole's quantifier ("six of the 96
    trees are not diseased", "had no valid licence")."""
    a, b = whole.span
    return any(lx.negating(w) for i, w in enumerate(low) if not a <= i < b)


def _asserted(c: Clause) -> bool:
    return c.modality in ("certain", "belief")


def whole_matters(items: list[Item], stories: dict[str, frozenset[str]] | None) -> list[Matter]:
    """The matters of a universal over a counted whole against a part of it (see the
    module)."""
    read: list[tuple[Item, Clause, list[str], Whole]] = []
    for it in items:
        for c in it.claim.clauses:
            if not _asserted(c):
                continue
            low = [t.lower() for t in tokens(c.text)]
            read += [(it, c, low, w) for w in counted_wholes(c.text)]
    wholes = [r for r in read if r[3].kind != "part"]
    parts = [r for r in read if r[3].kind == "part"]
    out: list[Matter] = []
    seen: set[str] = set()
    for u, uc, ulow, uw in wholes:
        for p, pc, plow, pw in parts:
            if p.key == u.key or pw.count != uw.count or not same_story(stories, u, p):
                continue
            if uw.head and pw.head and uw.head not in pw.words and pw.head not in uw.words:
                continue  # "all 40 staff" / "six of the 40 beds"
            if (uc.tense == "future") != (pc.tense == "future"):
                continue  # "all 40 oaks will be felled" / "five were felled": work under way
            if not _predicate(ulow, uw) & _predicate(plow, pw):
                continue  # "every one of the 96 trees was surveyed" / "eleven ... are diseased"
            u_denied = uw.kind == "none" or _denied(ulow, uw)
            p_denied = _denied(plow, pw)
            if u_denied and p_denied:
                continue  # "none of the 14 wells" / "three of the 14 wells are not": agreed
            head = uw.head or pw.head
            seed = f"whole|{u.key}|{p.key}|{head}|{uw.count:g}"
            if seed in seen:
                continue
            seen.add(seed)
            u_label: Label = "no" if u_denied else "yes"
            p_label: Label = "yes" if u_denied else "no"
            word = next(iter(sorted(uw.words)), head)
            ustance = Stance(u_label, CERTAINTY[uc.modality], (word, uw.kind), uc.text,
                             uc.times, uc.tense == "future", uc.entities,
                             frozenset({head}))  # fmt: skip
            pstance = Stance(p_label, CERTAINTY[pc.modality], (word, f"{pw.part:g}"), pc.text,
                             pc.times, pc.tense == "future", pc.entities,
                             frozenset({head}))  # fmt: skip
            mid = "m" + hashlib.sha1(seed.encode()).hexdigest()[:10]
            asked = "any" if u_denied else "all"
            question = f"Does it hold of {asked} of the {uw.count:g} {head or 'counted'}?"
            out.append(Matter(mid, question, f"{WHOLE}{head or 'counted'}",
                              (Position(u, ustance), Position(p, pstance))))  # fmt: skip
    return out


def one_count_of_a_whole(p: Position, q: Position, matter: Matter) -> bool:
    """Whether ``p`` and ``q`` answer a matter of a counted whole (:func:`whole_matters`)
    told in one month or the next, naming no two times: the row is over how much of one
    set of things (the 96 trees, the 12 wells) a state holds of, told as a survey is
    answered, over weeks, not over a state that changed between two days."""
    if not matter.event.startswith(WHOLE):
        return False
    if p.stance.times and q.stance.times and not p.stance.times & q.stance.times:
        return False  # "in March five were infected" / "in May all 40 are"
    ma, mb = said_month(p.item.said), said_month(q.item.said)
    if ma is None or mb is None:
        return False
    return abs((ma[0] * 12 + ma[1]) - (mb[0] * 12 + mb[1])) <= _MONTHS
