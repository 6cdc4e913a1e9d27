"""Normalization state: the anchor (document creation time), tense, and narrative reference times.

News narrates: "On Oct. 30, ... That same day, ..." resolves against the most recent explicit
date, not the publication date. :class:`Context` remembers the latest value at each
granularity as the text is read left to right.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from ..models import TimeType
from .timex_calendar import (
    Granularity,
    Tense,
    at_granularity,
    granularity,
    pick_year,
    representative_date,
)

log = logging.getLogger(__name__)

Norm = tuple[TimeType, str, str | None]
"""A normalization: TIMEX3 type, value and mod."""

TenseAt = Callable[[int], Tense | None]

_FUTURE = re.compile(
    r"\b(?:will|won't|'ll|shall|going\s+to|would|wouldn't|plans?\s+to|planned\s+to|intends?\s+to|"
    r"expects?\s+to|expected\s+to|scheduled|slated|due\s+to|is\s+to|are\s+to|next|upcoming|"
    r"tomorrow|coming|until|hopes?\s+to|effective|can|should|must|planning|due)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|yesterday|last|earlier|since|began|came|went|took|met|"
    r"made|saw|won|lost|rose|fell|(?!(?:hundred|succeed|proceed|exceed|indeed|need|speed|breed|"
    r"feed|seed|heed)\b)(?-i:[a-z]{3,}ed))\b",
    re.IGNORECASE,
)
NEAR_DAYS = 90
"""A month or date without a year this close to the anchor is taken as the closest one."""

PERIOD_WINDOW = 300
"""How far (characters) a reported quarter governs "a year ago", "year-earlier", "last year"."""

_PART_VALUE = re.compile(r"\d{4}-[QH]\d")

_PAST_VERB = re.compile(
    r"\b(?:was|were|had|did|said|told|announced|(?!(?:hundred|succeed|proceed|exceed|need|"
    r"speed|breed|feed|seed|heed|scheduled|expected|planned|slated)\b)(?-i:[a-z]{3,}ed))\b",
    re.IGNORECASE,
)
_REPORTING = frozenset(
    "said told announced reported added stated noted disclosed confirmed indicated".split()
)
_PUT_OFF = re.compile(
    r"\b(?:extend|postpon|adjourn|delay|defer|suspend|recess|put\s+off|pushed\s+back)\w*",
    re.IGNORECASE,
)
_BARE_BE = re.compile(r"\bbe\s+$", re.IGNORECASE)
# the rest of a future verb group: "will [be released]", "is expected to [be completed]"
_FUTURE_GROUP = re.compile(
    r"(?:\s+(?:not|also|still|then|probably|likely))?\s+(?:be|have\s+been|have|been)\s+\w+ed\b",
    re.IGNORECASE,
)
_PAST_AUX = re.compile(r"\b(?:was|were|had\s+been)\s+$", re.IGNORECASE)
_OPENERS = frozenset({"", "on", "also", "also on", "and", "and on", "but", "but on", "by", "until"})
_FUTURE_AFTER = re.compile(
    r"[^.;!?]{0,80}?\b(?:will|'ll|plans?\s+to|is\s+to|are\s+to|is\s+scheduled|are\s+scheduled|"
    r"is\s+expected|are\s+expected|is\s+due|are\s+due|is\s+set\s+to|are\s+set\s+to)\b",
    re.IGNORECASE,
)
_NEAR_FUTURE = re.compile(
    r"\b(?:will|won't|'ll|shall|going\s+to|would|wouldn't|scheduled|slated|set\s+to|due\s+to|"
    r"plans?\s+to|planned\s+to|expected\s+to|to\s+be\s+held|is\s+to|are\s+to|until|"
    r"as\s+(?:early|soon)\s+as|by)\b(?=[^.;!?]{0,50}$)",
    re.IGNORECASE,
)
# a full stop after an initial or a title ("Daniel P. Davison", "Mr. Schwarz") ends no sentence
_NOT_AN_END = "".join(
    rf"(?<!\b{w})"
    for w in "[A-Z] Mr Mrs Ms Dr St Jr Sr Gen Gov Sen Rep Lt Col Sgt Capt Prof Rev No vs "
    "Jan Feb Aug Sept Oct Nov Dec".split()
)
_SENTENCE_END = re.compile(rf"{_NOT_AN_END}[.!?]\s+(?=[A-Z\"“])|\n\s*\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the sentence of ``text`` that holds ``text[start:end]``.

    Sentences end at ``.``, ``!`` or ``?`` before a capital (not after an initial, a title or a
    month abbreviation: "Daniel P. Davison", "Mr. Schwarz", "Nov. 10") and at line breaks.
    """
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    left = max(left, text.rfind("\n", 0, start) + 1)
    right_m = _SENTENCE_END.search(text, end)
    right = right_m.start() + 1 if right_m else len(text)
    newline = text.find("\n", end)
    if newline != -1 and newline < right:
        right = newline
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def local_tense(text: str, start: int, end: int) -> Tense | None:
    """Guess the tense around ``text[start:end]`` from nearby cue words in its sentence.

    The nearest future cue (will, would, next, plans to...) or past cue (was, said, a verb in
    -ed...) decides; None when the sentence has neither.
    """
    left = max(0, start - 120)
    for m in _SENTENCE_END.finditer(text, left, start):
        left = m.end()
    right_m = _SENTENCE_END.search(text, end, min(len(text), end + 120))
    right = right_m.start() if right_m else min(len(text), end + 120)
    best: tuple[int, Tense] | None = None
    for pattern, tense in ((_FUTURE, "future"), (_PAST, "past")):
        for m in pattern.finditer(text, left, right):
            if start <= m.start() < end:
                continue
            if tense == "past" and _BARE_BE.search(text, max(0, m.start() - 6), m.start()):
                continue  # "will be released", "to be completed": a participle, not the past
            distance = start - m.end() if m.end() <= start else m.start() - end
            # a cue to the left governs more often than one to the right, and wins a tie
            distance = distance if m.end() <= start else distance * 2 + 1
            if best is None or distance < best[0]:
                best = (distance, tense)  # type: ignore[assignment]
    return best[1] if best else None


@dataclass
class Context:
    """What normalization knows at a point of the text."""

    text: str
    anchor: dt.date | None
    tense_at: TenseAt | None = None
    refs: dict[str, tuple[str, int]] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> Tense | None:
        """The tense governing the expression at ``start``: from the parser, else local cues."""
        if self.tense_at is not None:
            tense = self.tense_at(start)
            if tense is not None:
                return tense
        return local_tense(self.text, start, end)

    def weekday_tense(self, start: int, end: int) -> Tense | None:
        """Like :meth:`tense`, but a future reading of a weekday needs a nearby future cue.

        News mostly reports the past: in TimeBank nine weekdays in ten are on or before the
        publication date, so a distant "will" elsewhere in the sentence is not enough.
        """
        if self.tense_at is not None:
            tense = self.tense_at(start)
            if tense is not None:
                return tense
        cues = list(_NEAR_FUTURE.finditer(self.text, max(0, start - 60), start))
        if cues:
            future = cues[-1]  # the cue nearest to the weekday
            # "would appeal the decision, announced Wednesday": a past verb in between governs
            # "had been due to expire Friday", "was scheduled to": a future seen from the past
            before = max(0, future.start() - 12)
            seen_from_past = _PAST_AUX.search(self.text, before, future.start())
            if future[0].lower() in ("by", "until") and self._past_clause(future.start()):
                return "past"  # "had filed reports by Wednesday": a deadline already met
            group = _FUTURE_GROUP.match(self.text, future.end())  # "will be released"
            after = group.end() if group else future.end()
            if not seen_from_past and not _PAST_VERB.search(self.text, after, start):
                return "future"
            return "past"
        sentence_start = max(0, start - 60)
        for m in _SENTENCE_END.finditer(self.text, sentence_start, start):
            sentence_start = m.end()
        opening = self.text[sentence_start:start].strip(" \t\n,`'\"“").lower()
        if opening in _OPENERS and _FUTURE_AFTER.match(self.text, end):
            return "future"  # "On Tuesday, the league plans to hold a news conference"
        return "past"

    def _past_clause(self, cue: int) -> bool:
        """Whether the sentence up to a deadline's "by" or "until" at ``cue`` tells of something
        done: a past verb that is not the report's own ("said it expects approval by Friday"
        looks forward), no modal or other future cue, and no verb that puts things off
        ("stayed until Friday" is past, "was extended until Friday" is not)."""
        left, _ = sentence_bounds(self.text, cue, cue)
        done = any(
            m[0].lower() not in _REPORTING for m in _PAST_VERB.finditer(self.text, left, cue)
        )
        put_off = _PUT_OFF.search(self.text, left, cue)
        return done and not put_off and not _FUTURE.search(self.text, left, cue)

    def year_of(self, month: int, day: int | None, start: int, end: int) -> str:
        """The year of a month (and day) written without one, or ``XXXX`` without an anchor."""
        if self.anchor is None:
            return "XXXX"
        tense = self.tense(start, end)
        return f"{pick_year(self.anchor, month, day, tense, near_days=NEAR_DAYS):04d}"

    def reference(
        self,
        gran: Granularity | Literal["any", "period"],
        start: int,
        within: int | None = None,
    ) -> str | None:
        """The latest narrative value at granularity ``gran`` before ``start``.

        Args:
            gran: ``D``, ``M``, ``Q``, ``Y``...
            start: the offset of the expression that needs it.
            within: only a reference at most this many characters back.

        Returns:
            The value, or None.
        """
        ref = self.refs.get(gran)
        if ref is None or (within is not None and start - ref[1] > within):
            return None
        return ref[0]

    def base(self, gran: Granularity, start: int) -> str | None:
        """The narrative reference at ``gran``, else the anchor at ``gran``, else None."""
        ref = self.reference(gran, start)
        if ref is not None:
            return ref
        return at_granularity(self.anchor, gran) if self.anchor else None

    def remember_period(self, value: str, start: int) -> None:
        """Note the period a financial report is about: a quarter or half, or a span of months.

        "Net rose 5% in the third quarter from a year ago": the comparison is with the same
        quarter a year before (``1988-Q3``). After "For the nine months" it is the year.
        """
        self.refs["period"] = (value, start)

    def reporting_period(self, start: int, within: int = PERIOD_WINDOW) -> str | None:
        """The quarter or half (``1989-Q3``) the text reports on at ``start``, or None."""
        ref = self.refs.get("period")
        if ref is None or start - ref[1] > within or not _PART_VALUE.fullmatch(ref[0]):
            return None
        latest = self.refs.get("any")
        if latest and latest[1] > ref[1] and latest[0][:4] != ref[0][:4]:
            return None  # the text has moved on to another date ("last month")
        return ref[0]

    def reports_months(self, start: int, within: int = PERIOD_WINDOW) -> bool:
        """Whether the latest reported period is a span of months ("the nine months")."""
        ref = self.refs.get("period")
        return ref is not None and start - ref[1] <= within and ref[0].startswith("P")

    def remember(self, value: str, start: int) -> None:
        """Make a resolved DATE or TIME value the narrative reference at its granularities."""
        day = value.split("T", 1)[0]
        if re.fullmatch(r"XXXX-\d\d-\d\d", day):  # no anchor: keep month and day
            self.refs["D"] = (day, start)
            return
        gran = granularity(day)
        when = representative_date(day)
        if gran is None or when is None:
            return
        coarser: dict[Granularity, tuple[Granularity, ...]] = {
            # quarters only from explicit quarters: "Oct. 27" says nothing about "the quarter"
            "D": ("D", "W", "M", "Y"),
            "W": ("W", "M", "Y"),
            "WE": ("W", "Y"),
            "M": ("M", "Y"),
            "Q": ("Q", "Y"),
            "H": ("Y",),
            "S": ("Y",),
            "Y": ("Y",),
        }
        for g in coarser.get(gran, ()):
            self.refs[g] = (day if g == gran else at_granularity(when, g), start)
        self.refs["any"] = (day, start)
