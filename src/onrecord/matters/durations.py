"""How long an act took: a duration is a figure of the act, in days.

"The county took five months to grant our permits" and "every permit was granted within
twenty days" give one quantity, the time the granting took, two values that cannot both
hold. Read as a :class:`.figures.Figure` of the act's verb (``grant``) in the unit ``days``,
the two meet in a matter of figures (:mod:`.figure_matters`) as two counts of one thing do.

Three ways of telling a duration are read: "took|take N <unit> to <verb>" (about N), "<verb>
... within N <unit>" (at most N) and "<verb> in N <unit>" (about N), where the verb is a
past participle or past form ("was granted within twenty days", "built in six months").
The thing acted on, when the words name it ("to grant our road permits"), qualifies the
figure: the time to grant permits is not the time to grant a licence; so does who took it,
when named ("the county took five months" is not the harbour board's twenty days).
"""

from __future__ import annotations

from . import lexicon as lx
from .claims import Clause
from .figures import Figure, number_value
from .themes import subject_of
from .words import tokens

__all__ = ["durations_of"]

_DAYS = {
    "day": 1.0, "days": 1.0, "week": 7.0, "weeks": 7.0, "fortnight": 14.0, "fortnights": 14.0,
    "month": 30.0, "months": 30.0, "year": 365.0, "years": 365.0,
}  # fmt: skip
_TOOK = frozenset({"took", "take", "takes", "taking", "taken"})
# who the time is taken by, between "took" and the figure ("took us five months")
_TAKERS = frozenset({"us", "them", "it", "him", "her", "me", "you"})
# words that end the thing acted on
_OBJECT_END = frozenset({"in", "on", "at", "for", "by", "from", "to", "and", "or", "but",
                         "within", "after", "before", "because", "which", "that",
                         "when"})  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "our", "its", "their", "his", "her", "my",
                          "your", "every", "each", "all", "any", "those", "these", "this",
                          "that"})  # fmt: skip
# about N: a told duration is rounded
_ABOUT = 0.2


def _amount(low: list[str], i: int) -> tuple[float, int] | None:
    """The duration in days of "N <unit>" at ``i`` ("five months", "20 days") and the index
    after it, or None."""
    j = i
    while j < len(low) and j < i + 3 and low[j] not in _DAYS:
        j += 1
    if j >= len(low) or low[j] not in _DAYS or j == i:
        return None
    value = number_value(" ".join(low[i:j]))
    if value is None or value <= 0:
        return None
    return value * _DAYS[low[j]], j + 1


def _thing(low: list[str], i: int) -> frozenset[str]:
    """Stems of the thing acted on after the verb at ``i`` ("grant our road permits":
    road, permit)."""
    out: set[str] = set()
    for w in low[i + 1 : i + 6]:
        if w in _OBJECT_END or not w.isalpha():
            break
        if w in _DETERMINERS or w in lx.STOPWORDS:
            continue
        out.add(lx.stem(w))
    return frozenset(out)


_PASSIVE = frozenset({"was", "were", "is", "are", "been", "be"})
# words of a subject that name no thing ("every one was granted")
_NO_THING = frozenset({"one", "ones", "each", "every", "all", "it", "they", "them", "which"})


def _passive_subject(low: list[str], i: int) -> frozenset[str]:
    """Stems of the subject of the passive participle at ``i`` ("the licence was granted":
    licence); none for a pronoun or "every one", which point back to a thing told before."""
    k = i - 1
    if k < 0 or low[k] not in _PASSIVE:
        return frozenset()
    while k > 0 and (low[k - 1] in _PASSIVE or low[k - 1] in ("had", "has", "have", "all")):
        k -= 1
    out: set[str] = set()
    for w in reversed(low[max(0, k - 4) : k]):
        if w in _OBJECT_END or not w.isalpha():
            break
        if w in _DETERMINERS or w in lx.STOPWORDS or w in _NO_THING:
            continue
        out.add(lx.stem(w))
    return frozenset(out)


def _figure(
    verb: str,
    days: float,
    low_end: float,
    text: str,
    thing: frozenset[str],
    doer: frozenset[str] = frozenset(),
) -> Figure:
    return Figure(lx.stem(verb), "time taken", "days", low_end, days * (1 + _ABOUT), text,
                  subject=doer, qualifiers=thing)  # fmt: skip


def durations_of(clause: Clause) -> tuple[Figure, ...]:
    """The durations an asserted clause gives its acts (see the module); none for a hedge,
    a condition or a question."""
    if not clause.asserted:
        return ()
    toks = tokens(clause.text)
    low = [t.lower() for t in toks]
    out: list[Figure] = []
    for i, w in enumerate(low):
        if w in _TOOK:
            k = i + 1
            while k < len(low) and low[k] in _TAKERS:
                k += 1
            found = _amount(low, k)
            if found is None:
                continue
            days, j = found
            if j + 1 < len(low) and low[j] == "to" and low[j + 1].isalpha():
                verb = low[j + 1]
                text = " ".join(toks[k:j])
                doer = subject_of(toks, low, i)  # "the county took": not the board's time
                out.append(_figure(verb, days, days * (1 - _ABOUT), text, _thing(low, j + 1),
                                   doer))  # fmt: skip
        elif w in ("within", "in") and i > 0 and low[i - 1].endswith("ed"):
            found = _amount(low, i + 1)
            if found is None:
                continue
            days, j = found
            verb = low[i - 1]
            start = 0.0 if w == "within" else days * (1 - _ABOUT)
            out.append(
                _figure(verb, days, start, " ".join(toks[i:j]), _passive_subject(low, i - 1))
            )
    return tuple(out)
