"""How many times a thing happened: "the team was called out 96 times last year".

:mod:`.figures` reads no figure before "times" (mostly a multiple, "three times the size",
or a time of day); but a count of occasions right after the verb it counts ("was called out
212 times", "has flooded 14 times since 2020", "we met six times") is a quantity, one per
act and doer, and two speakers can give it two values. It is read only when the verb
(with its particle) stands right before the count, so that what was acted on is the clause's
subject ("the bridge was inspected three times") and not an object between ("visited the
site four times" / "visited the school twice" stay unread), and only when the clause ends or
a time follows "times": not a multiple ("three times more", "four times as many", "twice
the cost").

A count of occasions is told of a window ("96 times last year", "three times since May") or
of all time ("has been launched 40 times"): a count of all time and one of a window are of
two quantities (40 launches ever and 12 in March both hold), so each count carries which of
the two it is (:func:`occasion_window`), and only counts of the same kind meet; two windows
are then told apart by the times they name, as any two figures are.
"""

from __future__ import annotations

from . import lexicon as lx
from .themes import subject_of

__all__ = ["OCCASIONS", "occasion_count", "occasion_window"]

# the noun and unit of a count of occasions
OCCASIONS = "times"
_PARTICLES = frozenset({"out", "up", "off", "in", "down", "back", "over", "away"})
# words between the verb and the count that bound it ("called out more than 200 times")
_BOUND_WORDS = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "at",
                          "least", "most", "up", "to", "more", "than", "over", "under",
                          "fewer", "less", "no", "only", "just"})  # fmt: skip
# what may follow "times" in a count of occasions: the clause's end or a time
_AFTER = frozenset({",", ".", ";", ":", "last", "this", "in", "since", "a", "per", "every",
                    "each", "during", "so", "according", "before", "after", "between", "and",
                    "but", "because", "while", "that", "over", "until", "by"})  # fmt: skip

_SPANS = (["day"], ["week"], ["month"], ["year"])
# words that name a window of time in the clause ("last year", "since May", "this winter")
_WINDOW_WORDS = frozenset({"since", "today", "yesterday", "week", "weeks", "month", "months",
                           "year", "years", "season", "winter", "summer", "spring", "autumn",
                           "decade", "days", "night", "weekend", "quarter"})  # fmt: skip


def occasion_window(low: list[str]) -> str:
    """The kind of time a count of occasions in the clause ``low`` is told of: "/window"
    when the clause names a time ("called out 96 times last year", "in March 2027"), else
    "/ever" (a count of all time so far: "the lifeboat has been launched 40 times")."""
    for w in low:
        if (
            w in _WINDOW_WORDS
            or w in lx.MONTHS
            or (len(w) == 4 and w[:2] in ("19", "20") and w.isdigit())
        ):
            return "/window"
    return "/ever"


def occasion_count(
    toks: list[str], low: list[str], start: int, end: int
) -> tuple[str, frozenset[str]] | None:
    """(the stem of the counted act with its particle, the stems of its subject) for the
    number at ``start:end`` when "times" follows it and the act's verb stands right before it
    ("<was called out> 212 times last year"), else None."""
    if low[end : end + 1] != [OCCASIONS]:
        return None
    if end + 1 < len(low) and low[end + 1] not in _AFTER:
        return None  # "three times more", "four times the size"
    if low[end + 1 : end + 2] == ["a"] and low[end + 2 : end + 3] not in _SPANS:
        return None  # "three times a year" is a rate; "four times a bigger site" no count
    k = start - 1
    while k >= 0 and low[k] in _BOUND_WORDS:
        k -= 1
    particle = ""
    if k >= 1 and low[k] in _PARTICLES:
        particle, k = low[k], k - 1
    if k < 1 or not low[k].isalpha() or low[k] in lx.STOPWORDS:
        return None
    verb = low[k]
    if not (verb.endswith("ed") or low[k - 1] in lx.AUXILIARIES or low[k - 1] in lx.PRONOUNS):
        return None  # no verb right before the count
    act = lx.stem(verb) + (" " + particle if particle else "")
    return act, subject_of(toks, low, k)
