"""How often a thing happens: "the van will visit Thornby three times a week", "comes once a week".

:mod:`.figures` reads no figure before "times" (mostly a multiple, "three times the size"),
and :mod:`.occasions` reads a count of occasions ("was called out 96 times last year"), not
a rate. But "three times a week", "twice a day" and "once a month" give a frequency: a value
of how often the clause's subject does its act, per span of time, which two speakers can
give two values ("the bus stops here twice a day" / "the bus stops here once a week" cannot
both hold). The frequency is one quantity per subject and span: "once a week" and "three
times a week" meet; "twice a day" and "once a week" are two units and do not (no sum is
made of them); "the bus" and "the train" are two subjects, and so are "the library bus" and
"the school bus" (each subject has a word the other lacks; "the van" and "the mobile van"
are one). A place named between the verb
and the count ("visits Thornby three times a week") tells which visits: "visits Coldbeck once
a week" is another frequency.

Not read: a multiple ("three times the size", "four times as many", "twice the cost", no span
after it), nor a count with no span ("we met six times", left to :mod:`.occasions`).
"""

from __future__ import annotations

from . import lexicon as lx
from .themes import subject_of

__all__ = ["FREQUENCY", "Frequency", "frequency_at", "subset_either"]

# the noun a frequency is measured under: a unit of its own per span ("times/week")
FREQUENCY = "times"
_ADVERBS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_PER = frozenset({"a", "an", "per", "every", "each"})
_SPANS = frozenset({"day", "night", "week", "fortnight", "month", "year", "hour"})
# words between the verb and the count: its bound ("at least twice a week") or an adverb
_SKIP = frozenset({"at", "least", "most", "only", "just", "about", "around", "roughly",
                   "nearly", "almost", "up", "to", "more", "than", "no", "fewer", "less",
                   "still", "now", "already", "even", "here", "there", "out", "back", "in",
                   "over", "by"})  # fmt: skip

_TO_PLACE = frozenset({"at", "to", "in", "on", "into", "from", "through"})

Frequency = tuple[float, int, str, frozenset[str], frozenset[str]]


def frequency_at(
    toks: list[str], low: list[str], i: int, number: tuple[float, int] | None
) -> Frequency | None:
    """(times per span, the index after the span, the span, the stems of the subject, the
    stems of the names between the verb and the count) when a frequency starts at ``i``
    ("three times a week", "once a month"), else None. ``number`` is the number read at
    ``i`` and the index after it (None for none: "once", "twice" are read here)."""
    if number is None:
        if low[i] not in _ADVERBS:
            return None
        value, j = _ADVERBS[low[i]], i + 1
    else:
        value, j = number
        if low[j : j + 1] != [FREQUENCY]:
            return None
        j += 1
    if j + 1 >= len(low) or low[j] not in _PER or low[j + 1] not in _SPANS:
        return None
    span = low[j + 1]
    k = i - 1
    while k >= 0 and low[k] in _SKIP:
        k -= 1
    names: list[str] = []
    while k >= 0 and toks[k][:1].isupper() and toks[k].isalpha() and k > 0:
        names.append(lx.stem(low[k]))  # "visit <Thornby Magna> three times a week"
        k -= 1
    if names and low[k] in _TO_PLACE:
        k -= 1  # "calls <at Dunmere> once a week"
    if k < 1 or not low[k].isalpha() or low[k] in lx.STOPWORDS - lx.AUXILIARIES:
        return None  # no verb before the count: "the cost three times a year"
    return value, j + 2, span, subject_of(toks, low, k), frozenset(names)


def subset_either(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two subjects may be one: either is unnamed, or one's words hold the other's
    ("the van" / "the mobile van"; not "the library bus" / "the school bus")."""
    return not mine or not theirs or mine <= theirs or theirs <= mine
