"""A denial that runs from a time up to when it was said, against an act dated inside it.

"There has been no inspection since 2025" (said in August 2026) denies every inspection from
the end of 2025 up to that August; "the park had an inspection in March this year" tells one
inside that span, so the two speak of one time though the months they name differ. Only a
present perfect denial ("has been no", "have not"): "had not been inspected since 2020" speaks
of a span that ended at another past time. The act must fall after the time "since" names
("an inspection in 2025" may come before the day the span began) and not after the denial
was said (a later act does not answer it), and must not be ahead.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .cluster import Position
from .days import said_month

# "since 2025", "since early March", "since the start of 2024", "since the fourth of
# February"; or since an act told with its
# time ("since it opened in 2029", "since the nets were replaced in March")
_SINCE_TIME = re.compile(
    r"\bsince\s+(?:(?:[a-z']+\s+){1,5}?(?:in|on)\s+)?"
    r"(?:(?:early|late|mid|the\s+(?:start|end|beginning|(?:[a-z]+-)?(?:first|second|third|[a-z]+th)"
    r"|\d{1,2}(?:st|nd|rd|th))\s+of)\s+)?"
    rf"(?:\d{{4}}|(?:{lx.MONTH_NAMES})\b)"
)
_PERFECT = re.compile(r"\b(?:has|have|'ve)\b")
_PAST_PERFECT = re.compile(r"\bhad\b")
_WORD = re.compile(r"[a-z']+")


def _since_denial(denial: Position, other: Position) -> bool:
    """Whether ``denial`` denies, in the present perfect, an act since a time, and
    ``other`` tells a past act at a time."""
    s, o = denial.stance, other.stance
    if s.label != "no" or s.future or not s.times or o.future or not o.times:
        return False
    clause = s.clause.lower()
    if not _SINCE_TIME.search(clause) or not _PERFECT.search(clause):
        return False
    if not any(lx.negating(w) for w in _WORD.findall(clause)):
        return False  # "Six seals have died since July" against "Nine have": figures, no denial
    return not _PAST_PERFECT.search(clause)  # "had not been ... since 2020": another past time


def before_since(p: Position, q: Position) -> bool:
    """Whether one stance denies an act since a time and the other tells the act done in that
    time or before it: "has not been inspected since 2029" and "was inspected in March 2029"
    agree (the last inspection was in 2029), though both name 2029."""
    for denial, other in ((p, q), (q, p)):
        if _since_denial(denial, other):
            begun = max(denial.stance.times)
            if all(t <= begun for t in other.stance.times):
                return True
    return False


def denied_since(p: Position, q: Position) -> bool:
    """Whether one stance denies, in the present perfect, an act since a time, and the
    other tells the act done (not ahead) after that time and by the day of the denial."""
    for denial, other in ((p, q), (q, p)):
        s, o = denial.stance, other.stance
        if not _since_denial(denial, other):
            continue
        said = said_month(denial.item.said)
        if said is None:
            continue
        begun = max(s.times)
        if all(begun < t <= said for t in o.times):
            return True
    return False
