"""The time a clause is about: the months it names, as ``(year, month)`` pairs.

"In March", "until autumn", "in 2025", "this year", "the second quarter": each names months,
anchored on the year and month the statement was said (:func:`times_of`). "May" is the month
only where a month fits ("in May", "May 4"), not the modal; "fall" is the season only beside
a time word ("this fall"), not the verb.
"""

from __future__ import annotations

import re

from . import lexicon as lx

# words before "May" that make it the month ("in May", "since May", "last May")
_BEFORE_MONTH = frozenset({"in", "on", "by", "until", "till", "since", "from", "of", "last",
                           "next", "early", "late", "mid", "through", "before", "after",
                           "during", "this"})  # fmt: skip


def is_month(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the token at ``i`` ("May") names the month, not the modal ("may reopen"):
    capitalized, after a preposition of time, before a day or after one ("paid the fee in
    May", "on May 3", "will begin on 17 May", "the 3rd May meeting")."""
    if not toks[i][:1].isupper():
        return False
    prev = low[i - 1] if i else ""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    return prev in _BEFORE_MONTH or nxt[:1].isdigit() or _day_of_month(prev)


def _day_of_month(word: str) -> bool:
    """Whether ``word`` is a day of a month, "17" or "17th" (a modal after a figure has a
    noun between them: "17 members may leave")."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", word)
    return m is not None and 1 <= int(m.group(1)) <= 31


# the words before "Christmas" that make it a time, December ("by Christmas", "over
# Christmas"), not a kind of thing ("the Christmas market", "Christmas lights"); a time of
# year that is no season, so no time word in what two statements share (:mod:`.cluster`)
_HOLIDAY_TIME = frozenset({"by", "before", "until", "till", "at", "over", "after", "since",
                           "for", "this", "next", "last", "from"})  # fmt: skip


# words passed over back to the word that bounds a month ("until the end of May", "until at
# least September": a bound up to the month, as "until September" is)
_PAST_PREV = frozenset({"the", "of", "at", "least"})


def times_of(
    toks: list[str], anchor: tuple[int, int], tense: str = ""
) -> frozenset[tuple[int, int]]:
    """The months a clause is about, as ``(year, month)``, anchored on when it was said.

    A relative year ("in March next year") is the year of the months named with it; "last"
    and "next" before a season pick the one before or after the anchor; a season or a quarter
    with no year is the last one for a clause in the past and the coming one for a clause in
    the future (``tense``)."""
    year, now = anchor
    low = [t.lower() for t in toks]
    months: set[tuple[int, int]] = set()
    years = [int(t) for i, t in enumerate(low)
             if re.fullmatch(r"(19|20)\d\d", t) and not _of_a_noun(low, i)]  # fmt: skip
    # not a year a figure is measured against ("the same as last year", "more than last year")
    rel = next((year + _RELATIVE_YEARS[low[i - 1]] for i in range(1, len(low))
                if low[i] == "year" and low[i - 1] in _RELATIVE_YEARS
                and not _compared(low, i - 1)), None)  # fmt: skip
    for i, w in enumerate(low):
        span: tuple[int, ...] = ()
        if w in lx.MONTHS and (w != "may" or is_month(toks, low, i)) and toks[i][0].isupper():
            span = (lx.MONTHS[w],)
        elif w in lx.SEASONS and (w != "fall" or season_fall(low, i)):
            span = lx.SEASONS[w]
        elif w == "christmas" and i and low[i - 1] in _HOLIDAY_TIME:
            span = (12,)
        elif w == "quarter" and i and low[i - 1] in _QUARTERS and not _quarter_of_other(low, i):
            span = _QUARTERS[low[i - 1]]
        if not span:
            continue
        # a day of the month ("after May 21", "before 3 June") puts part of the month itself
        # on the far side of the bound: the month is in the span
        day = int(any(_day_of_month(d) for d in low[i + 1 : i + 2] + low[max(0, i - 1) : i]))
        prev = next((p for p in reversed(low[max(0, i - 3) : i])
                     if p not in _PAST_PREV and not _day_of_month(p)), "")  # fmt: skip
        y = years[0] if years else rel if rel is not None else year
        dated = bool(years) or rel is not None
        cyclic = w in lx.SEASONS or w in ("quarter", "christmas")
        if prev in ("until", "till", "before") and span and year < y:
            months |= _months_up_to((year, now), (y, span[0]))  # "not until March 2027"
        elif prev in ("until", "till", "before") and span and tense == "past":
            # "did not know until April", said in May: the months before April are denied;
            # "until November", said in February, is last year's November
            ly = y - 1 if span[0] > now and not dated else y
            months |= {(ly, m) for m in range(1, span[0])}
        elif prev in ("until", "till", "before") and span:
            first = span[0]
            rng = range(now, first + day) if first + day > now else range(now, 13)
            months |= {(y, m) for m in rng}
        elif prev in ("through", "throughout"):
            months |= {(y, m) for m in range(now, max(span) + 1)}
        elif prev in ("after", "past", "beyond"):
            months |= {(y, m) for m in range(max(span) + 1 - day, 13)}
        elif w == "winter" and not dated:  # it spans the new year: which one is the anchor's
            lead = y - 1 if now <= 6 else y
            if prev == "last":  # the one before the winter we are in, or the one just ended
                lead = y - 1 if now == 12 else y - 2 if now <= 2 else y - 1
            elif prev == "next":
                lead = y + 1 if now == 12 else y
            elif tense == "future" and 3 <= now <= 6:
                lead = y  # "will stay open this winter", said in spring: the coming one
            months |= {(lead, 12), (lead + 1, 1), (lead + 1, 2)}
        elif cyclic and not dated and (prev in ("last", "next") or tense in ("past", "future")):
            if prev == "last" or (prev != "next" and tense == "past"):
                y = y if max(span) < now or (prev != "last" and min(span) <= now) else y - 1
            else:
                y = y if min(span) > now or (prev != "next" and max(span) >= now) else y + 1
            months |= {(y, m) for m in span}
        elif not cyclic and not dated:
            past = _told_past(low, i)
            told = "future" if past is None else "past" if past else tense
            months |= {(_month_year(y, now, span[0], prev, told), span[0])}
        else:
            months |= {(y, m) for m in span}
    for i in range(1, len(low)):
        if low[i] == "month" and low[i - 1] in _RELATIVE_YEARS:  # "this month", "next month"
            k = year * 12 + now - 1 + _RELATIVE_YEARS[low[i - 1]]
            months.add((k // 12, k % 12 + 1))
    for i in range(1, len(low)):
        if low[i] == "season" and low[i - 1] in ("next", "last") and not months:
            months |= _season_span(year, now, low[i - 1] == "next")
    if not months and rel is not None:  # "this year", "next year": the whole of it
        months = {(rel, m) for m in range(1, 13)}
    if not months and years:
        months = {(y, m) for y in years for m in range(1, 13)}
    return frozenset(months)


# words of time in "as recently as last year": the year is a time, not a measure
_AS_TIME = frozenset({"recently", "late", "early", "soon", "ago", "lately"})


def _compared(low: list[str], i: int) -> bool:
    """Whether the relative year at ``i`` ("last year") is one a figure is measured against
    ("bigger than last year", "the same as last year", "as much as last year"), not a time
    ("as recently as last year", "as late as last year")."""
    if i < 1 or low[i - 1] not in ("as", "than"):
        return False
    return low[i - 1] == "than" or i < 2 or low[i - 2] not in _AS_TIME


# how many months "next season" or "last season" may reach from the day it is said: a
# season of a sport or a trade starts at any month and may straddle two years
_SEASON_REACH = 18


def _season_span(year: int, now: int, ahead: bool) -> set[tuple[int, int]]:
    """The months "next season" (``ahead``) or "last season" may cover, said in month ``now``
    of ``year``: the coming (or past) year and a half, without the month it is said in."""
    base = year * 12 + now - 1
    steps = range(1, _SEASON_REACH + 1)
    return {
        ((base + k) // 12, (base + k) % 12 + 1) for k in (steps if ahead else (-k for k in steps))
    }


def _months_up_to(start: tuple[int, int], end: tuple[int, int]) -> set[tuple[int, int]]:
    """The months from ``start`` up to, not including, ``end`` of a later year: "will not
    be finished until March 2027", said in June 2026, denies June 2026 to February 2027."""
    return {(y, m) for y in range(start[0], end[0] + 1) for m in range(1, 13)
            if start <= (y, m) < end}  # fmt: skip


def _month_year(year: int, now: int, month: int, prev: str, tense: str) -> int:
    """The year of a month named with none, said in month ``now`` of ``year``: "next March"
    is the coming one and "last March" the one before; "will take effect in March", said in
    November, is next year's March, and "closed in December", said in February, last
    year's. A month named in a clause of neither tense is the anchor year's."""
    if prev == "next" or (prev not in ("last", "this") and tense == "future"):
        return year + 1 if month < now or (prev == "next" and month == now) else year
    if prev == "last" or (prev != "this" and tense == "past"):
        return year - 1 if month > now or (prev == "last" and month == now) else year
    return year


def _told_past(low: list[str], i: int) -> bool | None:
    """Whether the month at ``i`` dates a past act told beside the clause's own time: "since
    March", "the rules passed in March (will take effect ...)", "submitted its plan to the
    state in January"; not a passive ahead ("will be finished in March", "is expected in
    March"). The nearest verb before the month decides: a modal or "to" keeps the clause's
    time, a past form not after an auxiliary of the future is a past act. None: a modal
    looks ahead ("should reopen in March"), whatever the clause's tense."""
    if i and low[i - 1] == "since":
        return True
    for k in range(i - 1, max(-1, i - 9), -1):
        w = low[k]
        if w == "to" and low[k + 1] in ("the", "a", "an", "its", "their", "our"):
            continue  # "sent its plan to the state in January": a place, not a verb
        if w in lx.MODALS or w in _AHEAD_WORDS:
            return None if w in _AHEAD_MODALS else False
        if _past_form(low, k):
            return k == 0 or low[k - 1] not in _AHEAD_AUX
    return _fronted(low, i) if i < 3 else False


def _fronted(low: list[str], i: int) -> bool | None:
    """A month that opens its clause ("From July, no rent can rise"; "In July the council
    said"): the first verb after it decides, as the nearest one before does; a present one
    ("the timetable is due", "takes effect") keeps the clause's time."""
    for k in range(i + 1, min(len(low), i + 12)):
        w = low[k]
        if w in _AHEAD_MODALS:
            return None
        if w in _PRESENT_AUX:
            return False
        if _past_form(low, k):
            return True
    return False


def _past_form(low: list[str], k: int) -> bool:
    """Whether the word at ``k`` is a past form: an irregular one ("took"), or one in "-ed"
    that is no adjective after a determiner or a possessive ("the revised timetable") and no
    noun, a number or a short word ("hundred", "bed", "need")."""
    w = low[k]
    if w in _IRREGULAR_PAST:
        return True
    if not w.endswith("ed") or len(w) < 4 or w.endswith("eed") or w in _ED_NOUNS:
        return False
    return not k or low[k - 1] not in _AFTER_DET


# words after which an "-ed" word is an adjective ("the revised timetable")
_AFTER_DET = frozenset({"a", "an", "the", "every", "each", "its", "their", "our", "his",
                        "her", "'s", "no", "this", "that", "these", "those"})  # fmt: skip
# words in "-ed" that are no past form
_ED_NOUNS = frozenset({"hundred", "hundreds", "kindred", "hatred", "sacred", "naked",
                       "wicked"})  # fmt: skip
# present forms of the auxiliaries: a clause told in the present ("the rule is in force")
_PRESENT_AUX = frozenset({"is", "are", "has", "have", "does", "do", "'re", "'ve"})


# modals that put what follows ahead of when it was said ("should reopen in March")
_AHEAD_MODALS = frozenset({"will", "'ll", "would", "shall", "should", "must", "can", "could",
                           "may", "might", "wo", "ca", "gonna"})  # fmt: skip
# words before a participle that keep it in the clause's own time ("will be finished in May")
_AHEAD_AUX = frozenset({"be", "being", "been", "will", "would", "to", "is", "are", "'s",
                        "get", "gets", "not", "fully", "now", "'ll"})  # fmt: skip
# participles of a time ahead ("expected in March", "due in May")
_AHEAD_WORDS = frozenset({"expected", "scheduled", "planned", "due", "slated", "set",
                          "going", "intended", "proposed", "hoped"})  # fmt: skip
# past forms with no -ed ending
_IRREGULAR_PAST = frozenset({
    "took", "went", "came", "began", "made", "gave", "sent", "paid", "told", "left", "held",
    "met", "won", "lost", "said", "was", "were", "had", "did", "broke", "wrote", "spent",
    "sold", "bought", "brought", "struck", "shut", "fell", "rose", "led", "fed",
})  # fmt: skip


def _of_a_noun(low: list[str], i: int) -> bool:
    """Whether the year at ``i`` dates a participle after a noun, not the clause ("every
    battery sold since 2028", "homes built before 1960"; not "were sold in 2028")."""
    if i < 3 or low[i - 1] not in ("since", "in", "before", "after"):
        return False
    part, head = low[i - 2], low[i - 3]
    participle = part.endswith("ed") or part in _IRREGULAR_PAST
    return participle and head.isalpha() and head not in _AHEAD_AUX | _AHEAD_MODALS | _SUBJECTS


# words before a participle that make it the clause's own verb ("they sold", "it was sold")
_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "it", "they", "was", "were", "has",
                       "have", "had", "who", "which", "that"})  # fmt: skip


def _quarter_of_other(low: list[str], i: int) -> bool:
    """ "the third quarter of the game": a part of something, not of a year."""
    if low[i + 1 : i + 2] != ["of"]:
        return False
    rest = [w for w in low[i + 2 : i + 5] if w not in ("the", "this", "its", "our")]
    return bool(rest) and not (re.fullmatch(r"(19|20)\d\d", rest[0]) or rest[0] in
                               ("year", "fiscal", "financial", "next", "last"))  # fmt: skip


_QUARTERS = {"first": (1, 2, 3), "second": (4, 5, 6), "third": (7, 8, 9), "fourth": (10, 11, 12)}


_RELATIVE_YEARS = {"this": 0, "next": 1, "last": -1}


def season_fall(low: list[str], i: int) -> bool:
    """Whether "fall" names the season ("in the fall", "this fall"), not the verb ("orders
    would fall this year"): a verb follows a modal, an auxiliary, a subject or "to"."""
    prev = low[i - 1] if i else ""
    return prev in ("the", "this", "next", "last", "in", "by", "until", "since", "early",
                    "late", "mid", "of", "through", "before", "after")  # fmt: skip


def time_opener(words: set[str]) -> bool:
    """Whether the words of a part are only a time that opens its sentence ("Last winter",
    "In March", "Since October", "In 2031"): no negator, and a month, a season, a year or a
    number among them; it dates the clause it opens (:func:`.claims.parse_claim`)."""
    return (
        len(words) <= 6
        and not words & lx.NEGATORS
        and all(w in _OPENER_WORDS or w in lx.MONTHS or w in lx.SEASONS or w[:1].isdigit()
                for w in words)
        and any(w[:1].isdigit() or w in lx.MONTHS or w in lx.SEASONS or w == "year"
                for w in words)
    )  # fmt: skip


# the words a fronted time may hold besides its month, season or number
_OPENER_WORDS = frozenset({
    "in", "on", "by", "this", "next", "last", "year", "since", "during", "from", "over", "the",
    "of", "early", "late", "end", "until", "before", "after", "at", "all", ",", ".",
})  # fmt: skip
