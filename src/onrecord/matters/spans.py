"""How long a thing went on, told with "for": a span is a figure of the thing, in days.

"The agreement runs for a full year" and "the new agreement runs for six months" give one
quantity, how long the agreement lasts, two values that cannot both hold; so do "the file was
online for less than 48 hours" and "the file was on our website for 26 days". Neither gives a
noun the figure counts, and "for N <unit>" is a time to :mod:`.figures`, so without this
module they are no figures at all. :mod:`.durations` reads how long an act took ("took five
months to grant"); this reads how long a state or an act lasted: "<subject> <verb> ... for
<bound> N <unit>". The span is a figure of the clause's subject (its noun phrase before the
verb), the unit days; the word after the verb group, when it is no preposition ("online",
"spilled", "kept"), is what is said of it and part of the quantity, so "the road was closed
for six weeks" is not "the road was resurfaced for six weeks" (a "be" with a place after it,
"was on our website", meets only another such). A span told as a noun of the act, "more than
400 hours of spills", is the span of that act ("had spilled for 96 hours"), of no subject.

Not a span: a subject that is a pronoun or none ("we have flown that route for seven weeks",
"I was there for 40 minutes": whose or which thing is not told, and every story has one); a
state that still goes on ("the station has been shut for three weeks": its length grows
each day it is told, so two days' figures are no disagreement); a span after a noun ("a
contract for two years"), a demand or a hedge (:mod:`.figures` reads only asserted clauses).
"""

from __future__ import annotations

from . import lexicon as lx
from .claims import Clause
from .figure_bounds import bound_before
from .figures import Figure, number_value
from .themes import subject_of
from .words import tokens

__all__ = ["SPAN", "spans_of"]

SPAN = "span"
_DAYS = {
    "minute": 1 / 1440, "minutes": 1 / 1440, "hour": 1 / 24, "hours": 1 / 24, "day": 1.0,
    "days": 1.0, "week": 7.0, "weeks": 7.0, "fortnight": 14.0, "month": 30.0, "months": 30.0,
    "year": 365.0, "years": 365.0,
}  # fmt: skip
# a told span is rounded: "for six months" holds about six months
_ABOUT = 0.2
# verbs of lasting that carry a span with no auxiliary ("the deal runs for a year")
_LASTING = frozenset({"runs", "ran", "run", "lasts", "lasted", "last", "stays", "stayed",
                      "remains", "remained", "continues", "continued"})  # fmt: skip
# the verb group of a state that still goes on: its span grows with the day it is told
_ONGOING = (("has", "been"), ("have", "been"), ("'s", "been"), ("'ve", "been"))
# words inside the span's phrase before the number ("for a full year", "for less than")
_FILLERS = frozenset({"a", "an", "full", "whole", "just", "only", "another", "further"})
# words before "for" that make the span a noun's ("a contract for two years", "plans for")
_NOUN_ENDS = frozenset({"contract", "contracts", "deal", "lease", "plan", "plans", "sentence",
                        "ban", "licence", "license", "permit", "loan", "term"})  # fmt: skip
_CLAUSE_STOP = frozenset({",", ";", ":", ".", "and", "but", "because", "while", "after",
                          "before", "until", "when", "which", "that", "who"})  # fmt: skip


def spans_of(clause: Clause) -> tuple[Figure, ...]:
    """The spans an asserted clause gives its subject (see the module)."""
    if not clause.asserted:
        return ()
    toks = tokens(clause.text)
    low = [t.lower() for t in toks]
    out: list[Figure] = []
    for i, w in enumerate(low):
        if w != "for" or not i or low[i - 1] in _NOUN_ENDS:
            continue
        found = _amount(low, i + 1)
        if found is None:
            continue
        value, at, end = found
        verb = _verb(low, i)
        if verb is None or _ongoing(low, verb, i):
            continue
        subject = subject_of(toks, low, verb)
        if not subject or subject <= lx.PRONOUNS:
            continue
        lo, hi = bound_before(low, at, value)
        if lo == hi:
            lo, hi = value * (1 - _ABOUT), value * (1 + _ABOUT)
        said = _said_of(low, verb, i)
        out.append(Figure(SPAN, "time lasted", "days", lo, hi, " ".join(toks[i + 1 : end]),
                          subject=subject, context=subject, predicate=said,
                          act=said))  # fmt: skip
    return (*out, *_spans_of_acts(toks, low))


def _spans_of_acts(toks: list[str], low: list[str]) -> list[Figure]:
    """Spans told as a noun of the act: "more than 400 hours of spills" is how long the
    spilling went on, the span "spilled for 96 hours" gives (see the module)."""
    out: list[Figure] = []
    for i, w in enumerate(low):
        if w not in _DAYS or low[i + 1 : i + 2] != ["of"] or i + 2 >= len(low):
            continue
        noun = low[i + 2]
        if not noun.isalpha() or noun in lx.STOPWORDS or noun in _DAYS:
            continue  # "two weeks of the year", "ten hours of overtime" is counted below
        k = i - 1
        while k > 0 and low[k] not in _FILLERS and number_value(low[k]) is None:
            k -= 1
        found = _amount(low, k) if k >= 0 else None
        if found is None or found[2] != i + 1:
            continue
        value, at, _ = found
        lo, hi = bound_before(low, at, value)
        if lo == hi:
            lo, hi = value * (1 - _ABOUT), value * (1 + _ABOUT)
        act = lx.stem(noun)
        out.append(Figure(SPAN, "time lasted", "days", lo, hi, " ".join(toks[at : i + 1]),
                          predicate=act, act=act))  # fmt: skip
    return out


def _amount(low: list[str], i: int) -> tuple[float, int, int] | None:
    """The span in days of "[bound] N <unit>" at ``i`` ("less than 48 hours", "a full
    year"), the index of its number and the index after its unit; None for no span."""
    k = i
    while k < len(low) and k < i + 3 and (low[k] in _FILLERS or low[k] in _BOUND_WORDS):
        k += 1
    j = k
    while j < len(low) and j < k + 3 and low[j] not in _DAYS:
        j += 1
    if j >= len(low) or low[j] not in _DAYS:
        return None
    if j == k:  # "for a full year": one of the unit
        if k == i or low[k - 1] not in ("a", "an", "full", "whole"):
            return None
        value: float | None = 1.0
    else:
        value = number_value(" ".join(low[k:j]))
    if value is None or value <= 0:
        return None
    return value * _DAYS[low[j]], k, j + 1


# bounds a span's number may stand behind ("for less than 48 hours", "for at least a year")
_BOUND_WORDS = frozenset({"less", "more", "than", "at", "least", "most", "about", "around",
                          "nearly", "almost", "over", "under", "up", "to", "roughly",
                          "some", "no"})  # fmt: skip


def _verb(low: list[str], at: int) -> int | None:
    """The first word of the verb group that governs the "for" at ``at``, back within its
    clause: an auxiliary or modal ("was online for", "will be kept out for"), or a verb of
    lasting ("runs for")."""
    found = None
    for k in range(at - 1, -1, -1):
        w = low[k]
        if w in _CLAUSE_STOP:
            break
        if w in lx.AUXILIARIES or w in lx.MODALS or w in _LASTING:
            found = k
    return found


def _ongoing(low: list[str], verb: int, at: int) -> bool:
    """Whether the verb group before ``at`` is one of a state that still goes on ("has
    been shut for three weeks")."""
    return any(tuple(low[k : k + 2]) in _ONGOING for k in range(verb, at))


def _said_of(low: list[str], verb: int, at: int) -> str:
    """The stem of what the clause says of its subject: the first word after the verb
    group, before the "for" at ``at``; "" where it is a preposition or none."""
    for k in range(verb, at):
        w = low[k]
        if w in lx.AUXILIARIES or w in lx.MODALS or not w.isalpha():
            continue
        if w in lx.STOPWORDS:
            return ""
        return lx.stem(w)
    return ""
