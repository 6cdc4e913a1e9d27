"""A date for one act moved: a forecast of when a thing ends or starts, then another date.

News tells a promised date that did not hold in the speaker's own new words, with no denial:
"the work on Carrow Lane will be finished by 31 July" in May, then in June "we will be on
Carrow Lane until the end of September"; "the night buses will stop at the end of the summer
term", then "the night buses will run until Christmas". The two speak of one act told two
ways (the end of a work or a service: finish, complete, end, stop, close, expire, run out;
or carrying on until a time: run, last, stay, be there until; "extended to" a time) or of
one start (open, reopen, start, begin, resume), and name two different months for it: the
date moved, a reversal.

Each clause is read for the act it dates (:func:`dated_act`): its family (``"end"`` or
``"start"``) and its last month. An end told as carrying on "until" a time is no end when
the clause keeps a thing shut ("will stay closed until May" dates a reopening, not an end).
Not moved: two acts of different families ("will reopen in June", then "will stay open until
October"); the same month in other words ("by the end of August", "by 31 August"); a date
given loosely ("at the earliest", "or so", "around", "about"); one part against another or
the whole ("the first phase by May", then "the whole scheme by October": a clause naming a
phase, stage or section that the other does not name); a later date told as someone else's
news ("the contractor has told us the works will run until October": a verb of telling in
the later clause). A time set aside at the clause's end (", not in July", "rather than in
July") dates the act and denies nothing of it: the clause is read without it, and its month
is not the act's. :mod:`.slipped_dates` pairs the statements (one speaker, the earlier
words a forecast, the two about one thing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .claims import Clause
from .words import tokens

__all__ = ["DatedAct", "dated_act", "moved"]

# an end told as the act: "will be finished by", "ends on", "will stop at", "runs out on"
_END = re.compile(
    r"\b(?:finish(?:es|ed)?|complet(?:e|es|ed)|end(?:s|ed)?|stop(?:s|ped)?|clos(?:e|es|ed)"
    r"|expir(?:e|es|ed)|run(?:s)?\s+out|wound\s+up|wind(?:s)?\s+up|done)\s+"
    r"(?:on|in|at|by|before)\b",
    re.IGNORECASE,
)
# an end told as carrying on until a time: "will run until Christmas", "extended to 2034"
_UNTIL = re.compile(
    r"\b(?:until|till|through\s+to)\b|\bextend(?:s|ed)?\s+(?:to|until|into|till)\b",
    re.IGNORECASE,
)
# a start told as the act: "will reopen in June", "starts on", "will begin by"
_START = re.compile(
    r"\b(?:(?:re)?open(?:s|ed)?|start(?:s|ed)?|begin(?:s)?|resum(?:e|es|ed))\s+"
    r"(?:to\s+\w+\s+)?(?:on|in|at|by)\b",
    re.IGNORECASE,
)
# a thing kept shut or held off until a time: the "until" dates its reopening, not an end
_HELD = re.compile(
    r"\b(?:clos(?:e|ed|ure)|shut|suspend(?:ed)?|halt(?:ed)?|paus(?:e|ed)|ban(?:ned)?|off)\b",
    re.IGNORECASE,
)
# a time set aside at the clause's end: ", not in July", "rather than in July"
_SET_ASIDE = re.compile(
    r",?\s+(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:in|on|by|at|until|till|before)"
    r"\s+[^,;]*?[.,;]?\s*$",
    re.IGNORECASE,
)
# a date given loosely: no promise a later date breaks
_LOOSE = re.compile(
    r"\b(?:at\s+the\s+earliest|or\s+so|around|about|roughly|approximately|some\s+time)\b",
    re.IGNORECASE,
)
# a part of a work or a scheme: one phase's date is not the whole's
_PART = re.compile(
    r"\b(?:first|second|third|final|last|next|opening|early|later)\s+"
    r"(?:phase|stage|section|part|leg|half|stretch)s?\b|\b(?:phase|stage)\s+(?:one|two|three|\d)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DatedAct:
    """The act a clause dates: its family (``"end"`` or ``"start"``) and its last month."""

    family: str
    month: tuple[int, int]


def dated_act(c: Clause) -> DatedAct | None:
    """The act a certain clause with a time dates, told firmly (see the module); ``None`` for
    a clause that dates no end or start, or dates it loosely."""
    if c.modality != "certain" or not c.times:
        return None
    text, times = _corrected(c.text, c.times)
    if _LOOSE.search(text) or any(lx.negating(t.lower()) for t in tokens(text)):
        return None
    if _START.search(text):
        family = "start"
    elif _END.search(text) or (_UNTIL.search(text) and not _HELD.search(text)):
        family = "end"
    else:
        return None
    return DatedAct(family, max(times))


def _corrected(
    text: str, times: frozenset[tuple[int, int]]
) -> tuple[str, frozenset[tuple[int, int]]]:
    """The clause without a time it sets aside at its end (", not in July", "rather than in
    July": the act is dated, not denied) and its months without that time's; the clause as it
    is when it sets none aside, or when the tail names every month it has."""
    m = _SET_ASIDE.search(text)
    if m is None:
        return text, times
    named = {lx.MONTHS[t.lower()] for t in tokens(m.group(0)) if t.lower() in lx.MONTHS}
    kept = frozenset(t for t in times if t[1] not in named)
    return (text[: m.start()], kept) if kept and named else (text, times)


def _part(text: str) -> frozenset[str]:
    """The parts of a work a clause names ("first phase"), lower case."""
    return frozenset(m.group(0).lower() for m in _PART.finditer(text))


def moved(earlier: list[Clause], later: Clause) -> bool:
    """Whether the ``later`` clause dates an act an ``earlier`` clause dated, in another month,
    and no earlier clause dates it in the same month; never a part against another or the
    whole, and never a later date told as news ("the contractor has told us")."""
    act = dated_act(later)
    if act is None or any(t.lower() in lx.REPORT_VERBS for t in tokens(later.text)):
        return False
    differ = False
    for c in earlier:
        before = dated_act(c)
        if before is None or before.family != act.family or _part(c.text) != _part(later.text):
            continue
        if before.month == act.month:
            return False  # one clause agrees: "by 31 August" and "by the end of August"
        differ = True
    return differ
