"""The size of one change, given two values: "cutting our grant by 200,000 pounds" against
"the grant will fall by 140,000 pounds".

:mod:`.figures` reads no value in a change ("rose by 4 percent" is no level of anything), so
two speakers who agree that a thing rises or falls, and not by how much, meet only in the
yes/no matter of the rise or fall, both "yes". A change by an amount is a quantity of its own:
the size of the change of one thing in one direction. Here each asserted clause that moves a
thing up or down "by" a figure (or, for a verb that takes no object, straight by a percentage
or a sum: "rents rose 11 percent") gives a :class:`.figures.Figure` whose head is the thing
changed and whose act is the direction ("by-up", "by-down"), so figures of it meet in a
matter of values (:mod:`.figure_matters`) and the two sizes disagree unless they overlap
("about 400,000" holds with "412,000"; "by less than 4 percent" with "3 percent").

The thing changed is the verb's object ("cut <our grant> by", "raise <pay> by") or, for a
verb that takes none, its subject ("<music enrollment> had fallen by", "<average rents in
Calverport> rose"): the noun before any phrase that follows it. Two things stay apart (rents
and fares; the arts grant and the sports grant, by :meth:`.figures.Figure.same_quantity`), as
do two times ("last year" and "next year") and the two directions. A denied change ("did not
rise by 5 percent"), a hedge or a condition gives none.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .claims import Clause
from .days import days_apart
from .figure_bounds import bound_before
from .figures import CURRENCY_SIGNS, CURRENCY_WORDS, Figure, number_value
from .reached_levels import GOING
from .sums import when_of
from .words import tokens

__all__ = ["changes_of"]

_UP = frozenset({"rise", "rises", "rose", "risen", "rising", "increase", "increases",
                 "increased", "increasing", "grow", "grows", "grew", "grown", "growing",
                 "climb", "climbs", "climbed", "jump", "jumps", "jumped", "raise", "raises",
                 "raised", "raising"})  # fmt: skip
_DOWN = frozenset({"fall", "falls", "fell", "fallen", "falling", "drop", "drops", "dropped",
                   "decline", "declines", "declined", "shrink", "shrinks", "shrank", "shrunk",
                   "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing",
                   "slash", "slashes", "slashed", "lower", "lowers", "lowered", "decrease",
                   "decreases", "decreased"})  # fmt: skip
# verbs whose object is the thing changed ("cut our grant by"); the others change their subject
_TRANSITIVE = frozenset({"raise", "raises", "raised", "raising", "cut", "cuts", "cutting",
                         "reduce", "reduces", "reduced", "reducing", "slash", "slashes",
                         "slashed", "lower", "lowers", "lowered", "increase", "increases",
                         "increased", "increasing", "decrease", "decreases",
                         "decreased"})  # fmt: skip
_GO = GOING | {"coming"}
_PARTICLES = frozenset({"up", "down"})
# words between the verb group and the thing: aids, adverbs ("has <now> fallen")
_AIDS = lx.AUXILIARIES | lx.MODALS | frozenset({"now", "already", "also", "just", "still",
                                                "to", "been", "be", "being"})  # fmt: skip
# words that end the subject phrase, reading back from its verb
_SUBJECT_STOP = frozenset({",", ";", ":", "that", "said", "says", "and", "but", "or", "see",
                           "saw", "sees", "seen", "watch", "watched", "because",
                           "while"})  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "its", "his", "her", "my", "your",
                          "this", "these", "those", "every", "all"})  # fmt: skip
# words of a summary of many values, not of which thing: "the average bill" is the bill
# ("our bills"), as "the typical rent" is the rent
_SUMMARIES = frozenset({"average", "typical", "mean", "median"})
_PREPOSITIONS = frozenset({"in", "of", "at", "for", "on", "from", "across", "among"})
# softeners between "by" and the figure that do not bound it
_SOFT = frozenset({"only", "just", "a", "mere", "another", "further"})
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_NUMBER = re.compile(r"\d[\d.]*$")
_YEARS = frozenset({"year", "years"})


def changes_of(clause: Clause) -> tuple[Figure, ...]:
    """The sizes of changes an asserted clause gives (see the module)."""
    if not clause.asserted:
        return ()
    toks = tokens(clause.text)
    low = [t.lower() for t in toks]
    out: list[Figure] = []
    for v, w in enumerate(low):
        way = "up" if w in _UP else "down" if w in _DOWN else ""
        at = v + 1
        if not way and w in _GO and low[at : at + 1] and low[at] in _PARTICLES:
            way, at = low[at], at + 1  # "fares will go up by 6 percent"
        if not way and w in _PARTICLES and v and low[v - 1] in _STATE_BE:
            way = w  # "footfall is down 40 per cent": a fall by 40 per cent, told as a state
        if any(n in lx.NEGATORS for n in low[:v]):
            continue  # a denied change ("did not rise by 5 percent")
        if w in _MULTIPLES and low[v + 1 : v + 2] == ["as"]:
            continue  # "the kitchen doubled as a classroom": a use, no change
        if w in _MULTIPLES and not _object_after(low, v + 1):
            fig = _multiple(toks, low, v)  # "footfall has halved": a fall by half
            out.extend([fig] if fig is not None else [])
        if not way:
            continue  # no verb of change
        fig = _change(toks, low, v, at, way)
        if fig is not None:
            out.append(fig)
    return tuple(out)


# forms of "be" before "up" or "down" told as a change's state: "sales are up 8 per cent"
_STATE_BE = frozenset({"is", "are", "was", "were", "be", "been", "'s", "'re"})
# verbs of change by a multiple, with the direction and the size of the change in per cent
_MULTIPLES = {"halved": ("down", 50.0), "doubled": ("up", 100.0), "trebled": ("up", 200.0),
              "tripled": ("up", 200.0)}  # fmt: skip


# words of a time after a verb of change by a multiple: "halved since May", "doubled this year"
_TIME_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days",
                         "season", "quarter", "today", "yesterday", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "sunday", "mondays",
                         "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
                         "sundays", "overnight", "again", "recently", "lately", "spring",
                         "summer", "autumn", "winter", *lx.MONTHS, *lx.SEASONS})  # fmt: skip
# words that open a phrase of time or place, no object: "halved since May", "doubled in 2024"
_NO_OBJECT = frozenset({"since", "in", "on", "at", "over", "during", "within", "after",
                        "before", "from", "by", "to", "until", "till", "across", "under",
                        "last", "next", "this", "that", "these", "every", "each"})  # fmt: skip
_TIME_DETERMINERS = frozenset({"this", "that", "last", "next", "every", "each"})


def _object_after(low: list[str], k: int) -> bool:
    """Whether a noun phrase opens at ``k``: the verb before it changes its object ("halved
    the grant"), not its subject ("footfall has halved since May", "visitor numbers have
    doubled this year"): a preposition, a time word, or a determiner before a time noun opens
    no object."""
    if k >= len(low) or not low[k][:1].isalpha():
        return False
    w = low[k]
    if w in _PREPOSITIONS or w in _NO_OBJECT - _TIME_DETERMINERS or w in _TIME_WORDS:
        return False
    if w in _TIME_DETERMINERS and low[k + 1 : k + 2] and low[k + 1] in _TIME_WORDS:
        return False  # "doubled this year", "halved last month"
    return w in _DETERMINERS or w in lx.PRONOUNS or w not in lx.STOPWORDS


def _multiple(toks: list[str], low: list[str], v: int) -> Figure | None:
    """The change a verb of change by a multiple with no object tells of its subject
    ("footfall on the quay has halved": a fall by 50 per cent)."""
    thing = _subject(toks, low, v)
    if thing is None:
        return None
    way, size = _MULTIPLES[low[v]]
    return Figure(thing[0], thing[0], "percent", size, size, low[v], subject=thing[1],
                  period=when_of(low) or _span(low), act=f"by-{way}")  # fmt: skip


def _change(toks: list[str], low: list[str], v: int, at: int, way: str) -> Figure | None:
    """The size of the change the verb at ``v`` tells, its figure read from ``at`` on."""
    if low[v] in _TRANSITIVE and at < len(low) and low[at] != "by":
        end = next((k for k in range(at, min(at + 6, len(low))) if low[k] == "by"), None)
        if end is None or end == at:
            return None
        thing = _noun_phrase(toks, low, at, end)  # "cutting <our grant> by"
        by = end
    else:
        if v and low[v - 1] in _DETERMINERS:
            return None  # "the cut", "a rise": a noun, not the verb
        thing = _subject(toks, low, v)
        by = at if at < len(low) and low[at] == "by" else at - 1  # "rose 11 percent"
    if thing is None:
        return None
    value = _figure(low, by + 1, direct=low[by] != "by")
    if value is None:
        return None
    lo, hi, unit, text = value
    head, subject = thing
    when = when_of(low) or _span(low)
    return Figure(head, head, unit, lo, hi, text, subject=subject, period=when,
                  act=f"by-{way}")  # fmt: skip


def _figure(low: list[str], k: int, direct: bool) -> tuple[float, float, str, str] | None:
    """(low, high, unit, words) of the figure of a change at ``k`` ("less than 4 percent",
    "only 2 percent", "200,000 pounds"); straight after the verb only a sum or a percentage."""
    while k < len(low) and low[k] in _SOFT:
        k += 1
    start = k
    for n in (3, 2, 1):  # a bound before it: "less than", "about", "more than"
        lo_hi = bound_before(low, k + n, 1.0) if k + n < len(low) else (1.0, 1.0)
        if lo_hi != (1.0, 1.0) and _is_number(low, k + n):
            k += n
            break
    else:
        lo_hi = (1.0, 1.0)
    unit = ""
    if k < len(low) and low[k] in CURRENCY_SIGNS:
        unit, k = CURRENCY_SIGNS[low[k]], k + 1
    first = k
    while k < len(low) and (_NUMBER.match(low[k]) or low[k] in _SCALE or _thousands(low, k)):
        k += 1
    if k == first:
        value = number_value(low[k]) if k < len(low) else None
        k += 1
    else:
        value = number_value(" ".join(low[first:k]))
    if value is None:
        return None
    if k < len(low) and low[k] in CURRENCY_WORDS:
        unit, k = CURRENCY_WORDS[low[k]], k + 1
    elif low[k : k + 1] in (["percent"], ["%"]):
        unit, k = "percent", k + 1
    elif low[k : k + 2] == ["per", "cent"]:
        unit, k = "percent", k + 2
    if direct and not unit:
        return None  # "rose 11 places", "fell 3 floors": no size of a change read
    half = _half(low[first:k])
    lo, hi = lo_hi
    low_v, high_v = (
        (value * lo, value * hi) if lo_hi != (1.0, 1.0) else (value - half, value + half)
    )
    return low_v, high_v, unit or "count", " ".join(low[start:k]).replace(" , ", ",")


def _thousands(low: list[str], k: int) -> bool:
    """Whether the comma at ``k`` splits the digits of one number ("140 , 000")."""
    return low[k] == "," and k + 1 < len(low) and bool(re.fullmatch(r"\d{3}", low[k + 1]))


def _is_number(low: list[str], k: int) -> bool:
    w = low[k] if k < len(low) else ""
    nxt = low[k + 1] if k + 1 < len(low) else ""
    return bool(_NUMBER.match(w)) or number_value(w) is not None or (
        w in CURRENCY_SIGNS and bool(_NUMBER.match(nxt)))  # fmt: skip


def _half(words: list[str]) -> float:
    """Half the last digit's step of a rounded figure ("1.4 million": 50,000), else 0."""
    scale = next((_SCALE[w] for w in words if w in _SCALE), 0.0)
    if not scale:
        return 0.0
    digits = next((w for w in words if _NUMBER.match(w)), "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 0.5 * 10.0**-decimals * scale


def _span(low: list[str]) -> str:
    """ "in five years", "over three years": the span a change is told over, or "". A part
    of a year ("in the first quarter", "in the second half", "in March", "since June") or
    "over the year" is a span too: a fall of 5 percent in the first quarter and one of 12
    percent over the year are two changes."""
    for k in range(len(low) - 2):
        if low[k] in ("in", "over") and low[k + 2] in _YEARS:
            n = number_value(low[k + 1])
            if n is not None:
                return f"/{n:g}year"
    for k, w in enumerate(low[:-1]):
        nxt = low[k + 1]
        if w in _PARTS_OF and nxt in ("quarter", "half"):
            return f"/{w} {nxt}"  # "in the first quarter", "the second half"
        if w in ("in", "during", "since") and nxt in lx.MONTHS:
            return f"/{w} {nxt}"  # "in March", "since June"
        year = low[k + 2 : k + 3] == ["year"] or low[k + 2 : k + 4] in _PAST_YEAR
        if w == "over" and nxt == "the" and year:
            return "/over the year"  # "over the year", "over the past year"
    return ""


# words that pick out a part of a year ("the first quarter", "the second half")
_PARTS_OF = frozenset({"first", "second", "third", "fourth", "final", "last"})
_PAST_YEAR = (["past", "year"], ["last", "year"])


def _subject(toks: list[str], low: list[str], v: int) -> tuple[str, frozenset[str]] | None:
    """The thing a verb of change with no object changes: its subject, read back from it."""
    k = v
    while k > 0 and (low[k - 1] in _AIDS or low[k - 1].endswith("ly")):
        k -= 1
    start = k
    while start > 0 and low[start - 1] not in _SUBJECT_STOP and start > k - 6:
        start -= 1
        if low[start] in _DETERMINERS or low[start] in lx.PRONOUNS:
            start += 1
            break
    return _noun_phrase(toks, low, start, k)


def _noun_phrase(toks: list[str], low: list[str], a: int, b: int
                 ) -> tuple[str, frozenset[str]] | None:  # fmt: skip
    """(the head's stem, the other words' stems) of the phrase ``a:b``: its head is the last
    noun before a preposition ("enrollment in music": enrollment)."""
    words = [k for k in range(a, b) if low[k] not in _DETERMINERS and low[k] != "'s"]
    cut = next((n for n, k in enumerate(words) if low[k] in _PREPOSITIONS), len(words))
    first = words[:cut]
    if not first or not low[first[-1]].isalpha() or low[first[-1]] in lx.STOPWORDS:
        return None
    if low[first[-1]] in lx.PRONOUNS or (first[-1] and toks[first[-1]][:1].isupper()):
        return None  # "it fell by 4 percent", "Acme rose": no thing named
    stem = lx.stem(low[first[-1]])
    head = lx.THEME_STEMS.get(stem, stem)
    rest = frozenset(
        lx.stem(low[k]) for k in words if k != first[-1] and low[k].isalpha()
        and low[k] not in lx.STOPWORDS and low[k] not in _SUMMARIES
        and not (k and toks[k][:1].isupper())
    )  # fmt: skip
    return head, rest


_PROGRESSIVE = frozenset({"is", "are", "am", "'s", "'re"})


def under_way(fig: Figure, clause: Clause) -> bool:
    """Whether the change ``fig`` is told in the present progressive with no time ("the council
    is cutting our grant by 200,000 pounds"): a change arranged, as "will cut" is, so it meets
    a change told for next year (not "has cut", "cut last year")."""
    if not fig.act.startswith("by-") or clause.times:
        return False
    low = [t.lower() for t in tokens(clause.text)]
    return any(
        w in _PROGRESSIVE and k + 1 < len(low) and low[k + 1].endswith("ing")
        and (low[k + 1] in _UP or low[k + 1] in _DOWN)
        for k, w in enumerate(low)
    )  # fmt: skip


# the longest gap between two sizes of one change told as one account of it
SAME_ACCOUNT_DAYS = 7


def said_together(said: list[str | None]) -> list[list[int]]:
    """The indexes of ``said`` (the dates sizes of one change were given) in runs told within
    :data:`SAME_ACCOUNT_DAYS` of the run's first: a size given weeks later is the plan revised
    ("a 4.5 percent rise" in March, "3.9 percent" decided in April; "the new offer raises pay
    by 6 percent"), no answer to the earlier one."""
    order = sorted(range(len(said)), key=lambda k: said[k] or "")
    runs: list[list[int]] = []
    for k in order:
        gap = days_apart(said[runs[-1][0]], said[k]) if runs else None
        if runs and (gap is None or gap <= SAME_ACCOUNT_DAYS):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs
