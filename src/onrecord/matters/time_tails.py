"""A date told after a comma dates the clause before it.

"The algae was found in one sample, at the dam end, on 14 April": the comma splits off "on
14 April" as a clause of its own, with no event, and the clause of the finding is left with
no time; read so, it is an untimed past that a later "sampling in May found nothing" seems to
deny. A tail that only names a date (a preposition of time, a month, a day, a weekday, a
year) gives its months to the nearest clause before it in the sentence that has events and no
time of its own, over at most one other verbless tail between them (a place: "at the dam
end"). A tail with a verb of its own ("two years after it opened in March") is a clause of
its own, and is left alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.timex_lexicon import WEEKDAYS
from . import lexicon as lx
from .words import tokens

if TYPE_CHECKING:
    from .claims import Clause

# the words a tail naming a date may hold besides months, seasons, weekdays and figures
_DATE_WORDS = frozenset({"on", "in", "at", "by", "during", "early", "late", "mid", "the",
                         "of", "last", "this", "next", "morning", "afternoon", "evening",
                         "night", "day", "week", "month", "year", ",", "."})  # fmt: skip
# the most verbless tails that may stand between a clause and the date that ends it
_BETWEEN = 1


def _words(clause: Clause) -> list[str]:
    return [t.lower() for t in tokens(clause.text)]


def _date_tail(clause: Clause) -> bool:
    """Whether the clause only names a date ("on 14 April", "on Monday, March 3")."""
    low = _words(clause)
    if clause.events or not clause.times or not low or low[0] not in _DATE_WORDS:
        return False
    return all(w in _DATE_WORDS or w in lx.MONTHS or w in lx.SEASONS or w in WEEKDAYS
               or w[:1].isdigit() for w in low)  # fmt: skip


def _verbless(clause: Clause) -> bool:
    """Whether the clause is a tail with no event and no verb group ("at the dam end")."""
    low = _words(clause)
    if clause.events or len(low) > 6 or set(low) & (lx.AUXILIARIES | lx.MODALS | lx.NEGATORS):
        return False
    return not any(w.endswith(("ed", "ing")) for w in low)


def dated_by_tails(clauses: list[Clause]) -> list[Clause]:
    """The clauses of one sentence, a clause with events and no time given the months of a
    date tail that follows it (see the module)."""
    out = list(clauses)
    for k, clause in enumerate(out):
        if not clause.events or clause.times:
            continue
        for j in range(k + 1, min(len(out), k + 2 + _BETWEEN)):
            tail = out[j]
            if _date_tail(tail):
                out[k] = replace(clause, times=tail.times)
                break
            if not _verbless(tail):
                break
    return out
