"""The noun a figure measures when it comes before the figure, and the rate of an act.

"The raise was 2 percent": the noun before "be" is what the figure measures, also past a
time said of it ("the recycling rate last year was 31 per cent": the rate, not the year).

A share of a whole that a verb governs is the rate of that act: "Brantwood recycled 46 per
cent of its household waste" and "the real recycling rate was 31 per cent" give one quantity,
the recycling rate, two values, though one names waste and the other a rate. The act is the
verb right before the share (past a bound: "recycled nearly 46 per cent of"), or the
"-ing" word before "rate" ("the recycling rate", "a 31 per cent recycling rate"). Shares that
other verbs govern are other rates: "recycled 46 per cent of its waste" and "sent 31 per
cent of its waste to landfill" answer two questions, not one. A share that names no verb
("46 per cent of its waste is plastic") keeps its noun; a rate named by a noun ("the vacancy
rate") keeps it too.

A clause opened after the figure ("31 per cent once you take out ...", "unless ...") names no
noun the figure measures.
"""

from __future__ import annotations

from . import lexicon as lx
from .figure_bounds import BOUNDS
from .questions import IRREGULAR_BASE
from .themes import BE

__all__ = [
    "BOUND_WORDS",
    "CLAUSE_OPENERS",
    "STAY_VERBS",
    "kind_counted",
    "predicate_head",
    "rate_of",
    "stays_at",
]

# words after a figure that open a clause of their own, not a noun ("31 per cent once ...")
CLAUSE_OPENERS = frozenset({"once", "unless", "although", "though", "whereas", "since",
                            "whether"})  # fmt: skip
_NP_DETS = frozenset({"the", "a", "an", "each", "every", "all", "its", "their", "our", "his",
                      "her", "this", "these", "those"})  # fmt: skip
# prepositions that attach a phrase to the noun a figure measures ("the rate for staff",
# "the recycling rate in Quillan")
_NOUN_PREPS = frozenset({"for", "at", "among", "per", "in"})  # not "of": "the number of deaths"
# a time said between the noun and "be": "the rate last year was"
_TIME_OPENERS = frozenset({"last", "this", "next", "previous"})
_TIME_NOUNS = frozenset({"year", "month", "week", "season", "quarter", "summer", "winter",
                         "spring", "autumn"})  # fmt: skip
# a year or a month said with "in" or "during" between the noun and "be": "mortality in 2036 was"
_TIME_PREPS = frozenset({"in", "during"})
_RATE = frozenset({"rate", "rates"})
# words that bound or soften a figure before it ("recycled nearly 46 per cent", "Roughly 300")
BOUND_WORDS = frozenset(w for p in BOUNDS for w in p) | {
    "only", "just", "fully", "exactly", "precisely", "barely", "well",
}  # fmt: skip


# a "be" or a verb of staying told with "will" or "has": "the fee will be 300 pounds", "the
# toll has been 40", "prices will stay at 1,150 pounds" measure the fee, the toll, the prices
# as "the fee is 300 pounds" does (a hedge, "may be", and a negator, "will not be", do not)
_WILL = frozenset({"will", "would", "shall", "'ll"})
_PERFECT = frozenset({"has", "have", "had"})
# verbs of staying at a value: "prices will stay at", "the rate remained at", "it stands at"
STAY_VERBS = frozenset({"stay", "stays", "stayed", "remain", "remains", "remained", "stand",
                   "stands", "stood"})  # fmt: skip


def stays_at(toks: list[str], low: list[str], i: int, j: int, unit: str) -> bool:
    """Whether the figure at ``i`` (its words ending at ``j``, read in ``unit``) is the value
    a verb of staying gives its subject ("prices will stay at 1,150 pounds", "the rate
    remained at about 4 per cent"), not a place or a time "at" names: a number with no unit
    before a capitalised name is an address ("the house stands at 14 Mill Lane")."""
    if not unit and j < len(toks) and toks[j][:1].isupper() and toks[j].isalpha():
        return False
    k = i - 1
    while k >= 0 and any(low[k] in p for p in BOUNDS) and low[k] != "at":
        k -= 1
    return k >= 1 and low[k] == "at" and low[k - 1] in STAY_VERBS


def predicate_head(low: list[str], start: int) -> int | None:
    """ "the raise was 2 percent": the index of the noun before "be" that the figure at
    ``start`` measures, or None."""
    k = start - 1
    while k >= 0 and any(low[k] in p for p in BOUNDS):
        k -= 1
    stay = k >= 1 and low[k] in STAY_VERBS and low[k + 1 : k + 2] == ["at"]
    if k < 1 or (low[k] not in BE and not stay):
        return None
    if k > 1 and low[k - 1] in _WILL and (low[k] == "be" or low[k] in STAY_VERBS):
        k -= 1  # "the fee will be 300 pounds", "prices will stay at 1,150 pounds"
    elif k > 1 and low[k - 1] in _PERFECT and low[k] in ("been", "stayed", "remained", "stood"):
        k -= 1  # "the toll has been 40", "the rate has remained at 4 per cent"
    head = k - 1
    if head > 1 and low[head] in _TIME_NOUNS and low[head - 1] in _TIME_OPENERS:
        head -= 2  # "the recycling rate last year was": the rate
    elif head > 1 and _named_time(low[head]):
        # "in March 2036": a month and its year, one time
        at = head - 1 if low[head - 1] in lx.MONTHS and low[head] not in lx.MONTHS else head
        if at > 1 and low[at - 1] in _TIME_PREPS:
            head = at - 2  # "mortality in 2036 was", "the bill in March was": the mortality
    if not (low[head].isalpha() and low[head] not in lx.STOPWORDS):
        return None
    counted = _counted(low, head)
    if counted is not None:
        return counted  # "the number of homes with cracks is 40": the homes
    # "the hourly rate for store staff was 13.10": the rate, not the staff
    first = head
    while (
        first > 0
        and low[first - 1].isalpha()
        and (low[first - 1] not in lx.STOPWORDS or low[first - 1] in _NP_DETS)
    ):
        first -= 1
    if (
        first > 1
        and low[first - 1] in _NOUN_PREPS
        and low[first - 2].isalpha()
        and (low[first - 2] not in lx.STOPWORDS)
    ):
        return first - 2
    return head


def rate_of(low: list[str], start: int, end: int, head_at: int, unit: str) -> str | None:
    """The rate a share measures ("recycl rate"), when an act names it: the "-ing" word
    before "rate" at ``head_at``, or the verb that governs a share of a whole (the figure at
    ``start:end`` followed by "of"); None otherwise."""
    if unit != "percent":
        return None
    if low[head_at] in _RATE:
        act = low[head_at - 1] if head_at else ""
        if len(act) > 5 and act.endswith("ing") and act.isalpha():
            return f"{lx.stem(act)} rate"  # "the recycling rate", "a 31 per cent recycling rate"
        return None
    if head_at < end or low[end : end + 1] != ["of"]:
        return None  # no share of a whole
    k = start - 1
    while k >= 0 and low[k] in BOUND_WORDS:
        k -= 1
    verb = low[k] if k >= 0 else ""
    if not verb.isalpha() or verb in lx.STOPWORDS or verb in BE or verb in lx.AUXILIARIES:
        return None
    if verb in IRREGULAR_BASE:
        return f"{lx.stem(IRREGULAR_BASE[verb])} rate"  # "sold 30 per cent of"
    if len(verb) > 4 and verb.endswith("ed"):
        return f"{lx.stem(verb)} rate"  # "recycled 46 per cent of its waste"
    return None


# nouns of a count: "the number of homes ... is 40" counts the homes
_COUNT_NOUNS = frozenset({"number", "total", "count"})
# how far back from "be" the count's "of" may stand ("the number of homes with cracks in it")
_COUNT_REACH = 6


def _counted(low: list[str], head: int) -> int | None:
    """The noun a count noun counts, in the subject that ends at ``head`` ("the number of
    <homes> with cracks"), or None where the subject is no count ("the rate for staff")."""
    for k in range(head - 1, max(0, head - _COUNT_REACH), -1):
        if not low[k].isalpha():
            return None
        if low[k] == "of" and low[k - 1] in _COUNT_NOUNS:
            last = None
            for m in range(k + 1, head + 1):
                if low[m] in lx.STOPWORDS:
                    break  # "with cracks": the count's noun has ended
                last = m
            return last
    return None


# nouns that count things of a kind by what carries or tells them: "1,400 letters of
# objection" are 1,400 objections, "40 reports of damage" 40 damages reported
_CARRIERS = frozenset(lx.stem(w) for w in ("letters", "reports", "cases", "incidents",
                                           "instances", "claims"))  # fmt: skip


def kind_counted(low: list[str], head_at: int) -> str | None:
    """The stem of the kind a carrier noun at ``head_at`` counts, when one bare noun follows
    "of" ("letters of objection": objection); None otherwise ("letters of the residents",
    "cases of the new strain", "letters")."""
    if lx.stem(low[head_at]) not in _CARRIERS or low[head_at + 1 : head_at + 2] != ["of"]:
        return None
    kind = low[head_at + 2] if head_at + 2 < len(low) else ""
    if not kind.isalpha() or kind in lx.STOPWORDS or kind in lx.PRONOUNS:
        return None
    nxt = low[head_at + 3] if head_at + 3 < len(low) else ""
    if nxt.isalpha() and nxt not in lx.STOPWORDS:
        return None  # "reports of burn injuries": a phrase, not one kind
    return lx.stem(kind)


def _named_time(w: str) -> bool:
    """A year ("2036") or a month ("march") by itself."""
    return (len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")) or w in lx.MONTHS
