"""Figures: one quantity, given different values by different speakers.

"The offer is a 5 percent raise" and "the offer was a 2 percent raise" answer one question
(how large is the raise?) and cannot both hold, though neither denies an event: the yes/no
matters of :mod:`.cluster` never see them. Here each asserted figure is read as an interval
of values on a quantity (the noun it measures and its unit), and figures of one quantity that
are linked as :mod:`.cluster` links statements make a matter: "Is the raise 5 percent?",
answered yes by a compatible figure and no by a figure outside it.

Compatible figures are not a disagreement: "at least 3" holds with "5", "about 40,000" with
"38,000", "up to 10" with "7". Nor are figures of different quantities ("14 fires" and "14
injuries"; "a raise for nurses" and "a raise for teachers"; the district's offer and what the
union asks for), figures that are changes ("4 percent more", "rose by 4 percent"), times
("in 2026", "Oct. 8", "4 a.m.", "two years") or demands ("asked for a 9 percent raise").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .added_times import added_time
from .ages import AGE, age_of
from .claim_subjects import PLAN_WORDS
from .claims import Clause
from .cost_nouns import as_price
from .debts import DEBT, debtor_of
from .estimated_sums import WORK, priced_thing, priced_unit
from .estimates import estimated_head, saving_for
from .figure_bounds import bound_after, bound_before, bound_start, no_value, roughly
from .figure_heads import SAVING, head_before, saver_of, saving_at
from .frequencies import FREQUENCY, frequency_at, subset_either
from .gaps import gap_of
from .jobs_added import jobs_added, new_jobs
from .measures import half_value, rate_by
from .occasions import OCCASIONS, occasion_count, occasion_window
from .questions import IRREGULAR_BASE
from .rates import (
    BOUND_WORDS,
    CLAUSE_OPENERS,
    STAY_VERBS,
    kind_counted,
    predicate_head,
    rate_of,
    stays_at,
)
from .reached_levels import level_head
from .report_words import REPORT_NOUNS
from .reported_counts import compound_number, reported_act, reported_count
from .starting_values import distance, started
from .sums import subject_words, sum_of, things_apart, when_of
from .themes import NP_END, subject_of
from .verb_figures import dated, told_by_verb
from .words import tokens

_NUMBER = re.compile(r"\d+(?:\.\d+)?$")
# "one" is left out: far more often a pronoun ("one of its servers", "no one") than a figure
_WORDS = {
    w: i
    for i, w in enumerate(
        "- - two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
    if w != "-"
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90, "hundred": 100}  # fmt: skip
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# the sign of a sum's currency, or its word, and the unit a figure of it is given in
CURRENCY_SIGNS = {"$": "$", "€": "€", "£": "£"}
CURRENCY_WORDS = {"dollars": "$", "euros": "€", "pounds": "£"}
_TIME_UNITS = frozenset({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "second", "seconds", "a.m", "p.m", "am", "pm", "o'clock", "decade",
    "decades", "century", "times",
})  # fmt: skip
# after the figure: a change or a comparison, not a value ("4 percent more")
_RELATIVE = frozenset({"more", "less", "higher", "lower", "fewer", "bigger", "smaller",
                       "increase", "decrease", "rise", "cut", "drop"})  # fmt: skip
# words after a figure that are no noun it measures: times, order, quantifiers
_NOT_HEAD = frozenset({"last", "next", "first", "this", "previous", "earlier", "later",
                       "more", "less", "most", "least", "each", "every", "per", "ever",
                       "never", "even", "still", "now", "already"})  # fmt: skip
# "$2 an hour", "$4,000 a year", "$30 per ticket": a rate, a unit of its own
_RATE = frozenset({"a", "an", "per"})
# a figure asked for or proposed is no value, within this many words ("asked for 9 percent")
_DEMAND_WINDOW = 5
_DEMANDS = frozenset({
    "ask", "asks", "asked", "asking", "demand", "demands", "demanded", "seek", "seeks",
    "sought", "propose", "proposes", "proposed", "want", "wants", "wanted", "call", "calls",
    "called", "push", "pushed", "hope", "hoped", "target", "aim",
})  # fmt: skip
_NOT_CONTEXT = frozenset({"percent", "cent", "about", "around", "nearly", "almost", "least",
                          "between", "roughly", "approximately", "dollars", "euros",
                          "pounds", "real", "actual", "true"}) | STAY_VERBS  # fmt: skip
# "the real saving is", "the true cost is"; "prices will stay at": the value, nothing said of it


@dataclass(frozen=True, slots=True)
class Figure:
    """A value a clause gives a quantity: the noun it measures, its unit and an interval."""

    head: str  # stem of the measured noun ("rais")
    word: str  # the noun as written ("raise")
    unit: str  # "percent", a currency sign, or "" for a count
    low: float
    high: float
    text: str  # the value as written ("5 percent")
    qualifiers: frozenset[str] = frozenset()  # "for nurses": whose or which
    subject: frozenset[str] = frozenset()  # what the clause is about, besides the noun
    context: frozenset[str] = frozenset()  # the clause's other words: what is said of it
    predicate: str = ""  # what is said of the noun ("killed", "oppose"): one quantity each
    period: str = ""  # what time it is given for ("/year", "/2year"), when it says
    act: str = ""  # the verb that governs the figure ("cut 200 jobs", "keep 800 jobs")
    currency: str = ""  # a sum's currency (:mod:`.sums`), "" where it names none

    @property
    def quantity(self) -> tuple[str, str]:
        """The noun and the unit, with the act that governs the figure: 200 jobs cut and
        1,000 employees (or 800 jobs kept) are two quantities."""
        return (f"{self.head}/{self.act}" if self.act else self.head), self.unit

    def compatible(self, other: Figure) -> bool:
        """Whether both values can hold at once (their intervals meet)."""
        return self.low <= other.high and other.low <= self.high

    def same_quantity(self, other: Figure) -> bool:
        """One noun and unit, and nothing that tells them apart (whose raise; whose words)."""
        if self.quantity != other.quantity:
            return False
        if self.predicate and other.predicate and self.predicate != other.predicate:
            return False  # "4 people were killed" / "12 people were injured"
        if self.period and other.period and self.period != other.period:
            return False  # "5 percent over two years" / "2 percent each year"
        if self.currency and other.currency and self.currency != other.currency:
            return False  # "costs $9,000" / "costs 9,000 euros"
        if self.head == FREQUENCY and not subset_either(self.subject, other.subject):
            return False  # "the library bus" / "the school bus" (:mod:`.frequencies`)
        # "the expansion will create 2,400 jobs" / "this scheme will create 700": one plan
        plans = self.subject | other.subject <= PLAN_WORDS
        # "the repairs will cost ..." / "the cost of the work was put at ...": one work
        plans = plans or self.subject | other.subject <= WORK
        for mine, theirs in ((self.qualifiers, other.qualifiers),
                             (frozenset() if plans else self.subject, other.subject),
                             (self.context, other.context)):  # fmt: skip
            if mine and theirs and not mine & theirs:
                return False  # "7,500 troops are posted abroad" / "5,500 troops would remain"
            if things_apart(mine, theirs):
                return False  # "to run the ferry" / "to run the library" (:mod:`.sums`)
        return True


def figures_of(clause: Clause) -> tuple[Figure, ...]:
    """The figures an asserted clause gives (none for a hedge, a condition, a question)."""
    if not clause.asserted and not reported_count(clause):  # "31 people have reported ..."
        return ()
    toks = tokens(clause.text)
    low = [t.lower() for t in toks]
    out: list[Figure] = []
    i = 0
    while i < len(low):
        found = _figure_at(toks, low, i)
        if found is not None:
            fig, i = found
            out.append(dated(fig, clause.times))  # an income: of the years it is about
        else:
            i += 1
    return tuple(out)


def number_value(text: str) -> float | None:
    """The number a figure's words give ("18,000", "Nine", "2.3 million"), or None."""
    low = [t.lower() for t in tokens(text)]
    found = _value(low, 0) if low else None
    return found[0] if found else None


def _value(low: list[str], i: int) -> tuple[float, int] | None:
    """The number at ``i`` ("38,000", "2.3 million", "five") and the index after it."""
    w = low[i]
    if _NUMBER.match(w):
        digits, j = w, i + 1
        while j + 1 < len(low) and low[j] == "," and re.fullmatch(r"\d{3}", low[j + 1]):
            digits, j = digits + low[j + 1], j + 2
        value = float(digits)
    elif w in _WORDS or compound_number(w) is not None:  # "nine", "thirty-one"
        value, j = float(_WORDS.get(w) or compound_number(w) or 0), i + 1
    elif (half := half_value(low, i)) is not None:  # "half a metre"
        value, j = half
    else:
        return None
    if j < len(low) and low[j] in _SCALE:
        value, j = value * _SCALE[low[j]], j + 1
    return value, j


def _range_end(low: list[str], i: int, j: int) -> tuple[float, int] | None:
    """The upper end of "30 to 70" or "between 30 and 70" (the first number at ``i``)."""
    between = i > 0 and low[i - 1] == "between"
    if j + 1 < len(low) and (low[j] in ("to", "-") or (low[j] == "and" and between)):
        return _value(low, j + 1)
    return None


def _figure_at(toks: list[str], low: list[str], i: int) -> tuple[Figure, int] | None:
    found = _value(low, i)
    upto = _value(low, found[1] + 1) if found and low[found[1] : found[1] + 1] == ["or"] else None
    if (often := frequency_at(toks, low, i, upto or found)) is not None:  # "three times a week"
        lo, hi = (found[0], often[0]) if found and upto else bound_before(low, i, often[0])
        if lo == hi and (post := bound_after(low, often[1])) is not None:  # "twice a week at most"
            lo, hi = lo * post[0], lo * post[1]
        return Figure(FREQUENCY, "frequency", f"{FREQUENCY}/{often[2]}", lo, hi,
                      " ".join(toks[i : often[1]]), often[4], often[3]), often[1]  # fmt: skip
    if found is None:
        return None
    value, j = found
    prev = low[i - 1] if i else ""
    if prev == "from" or no_value(low, i):
        return None  # "rose from 3 to 5": a change; "not close to 4 million": no value
    upper = _range_end(low, i, j)
    if upper is not None:
        (high, j), ranged = upper, True
    else:
        high, ranged = value, False
    before = [w for w in low[max(0, i - 3) : i] if w != "."]
    unit = CURRENCY_SIGNS.get(prev, "")
    if low[j : j + 1] and low[j] in CURRENCY_WORDS:
        unit, j = CURRENCY_WORDS[low[j]], j + 1
    elif low[j : j + 2] in (["percentage", "points"], ["percentage", "point"]):
        unit, j = "pp", j + 2  # a change of a rate, not a count of points
    elif low[j : j + 1] and low[j] in ("percent", "%"):
        unit, j = "percent", j + 1
    elif low[j : j + 2] == ["per", "cent"]:
        unit, j = "percent", j + 2
    if low[j : j + 1] and low[j] in _RATE and low[j + 1 : j + 2] and low[j + 1].isalpha():
        unit, j = f"{unit or 'count'}/{low[j + 1]}", j + 2  # "$2 an hour", "$4,000 a year"
    elif low[j : j + 1] == ["each"]:
        unit, j = f"{unit or 'count'}/each", j + 1
    nxt = low[j] if j < len(low) else ""
    if unit.partition("/")[0] in CURRENCY_SIGNS.values() and nxt not in _RELATIVE:
        thing = priced_thing(toks, low, i - 1 if prev in CURRENCY_SIGNS else i, j, unit)
        if thing:  # "the cost of the work was put at 3.6 million pounds", "put the repairs at"
            return _cost_figure(toks, low, i, j, value, high, ranged, unit, thing), j
    counted = occasion_count(toks, low, i, j) if nxt == OCCASIONS and not unit else None
    if counted:  # "the team was called out 96 times last year": a count of occasions
        lo, hi = bound_before(low, i, value)
        return Figure(OCCASIONS, OCCASIONS, OCCASIONS, lo, hi, " ".join(toks[i : j + 1]),
                      subject=counted[1], predicate=counted[0],
                      period=occasion_window(low)), j + 1  # fmt: skip
    added = added_time(low, i, j) if nxt in _TIME_UNITS and not unit else None
    if added:  # "the diversion adds forty minutes to every journey": a length added
        lo, hi = bound_before(low, i, value)
        return Figure("added", "time added", added[1], lo, hi, " ".join(toks[i : j + 1]),
                      added[2], added[0], added[0]), j  # fmt: skip
    if (aged := age_of(toks, low, i, j)) is not None:  # "the scanner is ten years old"
        lo, hi = bound_before(low, i, value)
        return Figure(AGE, "age", "years", lo, hi, " ".join(toks[i : j + 2]), subject=aged), j
    if (
        nxt in _TIME_UNITS
        or nxt in _RELATIVE
        or (before and before[-1] in lx.MONTHS)
        or (not unit and re.fullmatch(r"(?:19|20)\d\d", low[i]))
        or (prev == "by" and _act(low, i) != "cut" and not rate_by(low, j))  # "by 2 m a year"
        or prev == "no"
        or (prev == "at" and estimated_head(low, i) is None and not stays_at(toks, low, i, j, unit))
        or any(w in _DEMANDS for w in low[max(0, i - _DEMAND_WINDOW) : i])
    ):
        return None  # a time, a change, a date, a demand
    if low[j : j + 2] == ["of", "the"] and j + 2 < len(low) and _value(low, j + 2) is not None:
        return None  # "3 of the 5 board seats": a part, not the seats
    if i > 2 and low[i - 2 : i] == ["of", "the"] and _value(low, i - 3) is not None:
        return None  # ... nor the whole it is a part of
    # "All 48,000 birds", "Nearly 300 homes": a capital that opens the sentence, no name
    opening = i == 1 and (low[0] in lx.STOPWORDS or low[0] in BOUND_WORDS)
    if i and toks[i - 1][:1].isupper() and toks[i - 1].isalpha() and not unit and not opening:
        return None  # "Section 230", "Route 7", "Local 412": a name's number
    if not unit and "." in low[i] and not (i + 1 < len(low) and low[i + 1] in _SCALE):
        # "was 13.10": an amount with cents; "3.4 miles" is miles as "three miles" is
        unit = "amount" if _head(low, j, unit) is None else ""
    start = i - 1 if unit and prev in CURRENCY_SIGNS else i
    lo, hi = (value, high) if ranged else bound_before(low, start, value)
    if not ranged and lo == hi:
        lo, hi = _rounded(low, i, value)  # "$3 million": as precise as its last digit
    text = " ".join(toks[start:j]).replace("$ ", "$").replace(" , ", ",")
    head_at = _head(low, j, unit)
    if head_at is None and new_jobs(low, j, made=_act(low, start) == "add"):
        head_at = _head(low, j + 1, unit)  # "create 700 new jobs", "lists twelve new posts"
    named = head_before(low, start, unit) if head_at is None else None  # "reserves of 90,000"
    head_at, said_of = named if named else (head_at, "")
    estimate = estimated_head(low, start) if head_at is None else None  # "put the saving at"
    head_at = head_at if estimate is None else estimate
    if head_at is None:
        head_at = predicate_head(low, start)
        head_at = level_head(low, start) if head_at is None else head_at  # "has risen to"
        saves = saving_for(low, start, unit)  # "would save the council 310,000 pounds"
        if head_at is None and (saving_at(low, start, unit) or saves is not None):
            # "the new road would save": the road's
            saver = saver_of(toks, low, start) if saves is None else subject_words(toks, low, saves)
            return Figure(SAVING, "saving", unit, lo, hi, text, subject=saver), j
        if head_at is None:
            debtor = debtor_of(toks, low, start, j, unit)  # "the club owes 3.4 million pounds"
            if debtor:
                return Figure(DEBT, "debts", unit, lo, hi, text, subject=debtor,
                              context=debtor), j  # fmt: skip
            told = sum_of(toks, low, start, j, unit)  # "the ferry costs 90,000 pounds"
            if told is None:
                return None
            return Figure(told.kind, told.kind, told.unit, lo, hi, text, told.qualifiers,
                          subject=told.thing, context=told.thing | {told.kind},
                          predicate=told.act, act=told.when,
                          currency=told.currency), j  # fmt: skip
    if distance(low, head_at, max(head_at, j - 1) + 1):
        return None  # "Carrow, 25 miles away": how far a place is, no quantity
    period = _period(low, max(head_at, j - 1) + 1)  # "a 2 percent raise each year"
    post = (
        None
        if ranged or (lo, hi) != _rounded(low, i, value)
        else bound_after(low, max(head_at, j - 1) + 1)
    )
    if post is not None:  # "three crew at most", "40 people or more"
        lo, hi = value * post[0], value * post[1]
    head = low[head_at]
    verb = next((k for k in range(min(head_at, start) - 1, -1, -1) if low[k] in lx.AUXILIARIES
                 or low[k] in lx.MODALS), None)  # fmt: skip
    # an estimate's subject is who estimates ("the council's papers put ..."), not the thing's
    subject = subject_of(toks, low, verb) if verb is not None and estimate is None else frozenset()
    qualifiers = _qualifiers(low, head_at + 1) if head_at >= j else frozenset()
    stem = lx.stem(head)
    stem = lx.THEME_STEMS.get(stem, stem)  # "jobs" and "positions" are one quantity
    stem = rate_of(low, start, j, head_at, unit) or stem  # "recycled 46 per cent of its waste"
    if head_at >= j and (kind := kind_counted(low, head_at)):  # "1,400 letters of objection"
        stem, qualifiers = kind, qualifiers - {kind}
    lo_at, hi_at = _conjunct(low, start, max(head_at, j))
    own = {k - lo_at for k in (*range(bound_start(low, start), j), head_at)}  # and its bound
    context = _context(toks[lo_at:hi_at], low[lo_at:hi_at], own) - {stem}
    predicate = _predicate(low, max(head_at, j - 1) + 1) if head_at >= j else said_of
    predicate = (reported_act(low, head_at + 1) if head_at >= j else "") or predicate
    if stem == _JOBS and predicate in _JOB_LOSS:
        # "20 posts would be lost", "62 jobs will be cut": one count of jobs cut
        predicate, context = "jobcut", (context - {"win"}) | {"jobcut"}
    fig = Figure(stem, head, unit, lo, hi, text, qualifiers, subject - {stem}, context,
                 predicate, period, _act(low, start))  # fmt: skip
    fig = told_by_verb(fig, toks, low, start, j, max(head_at, j - 1) + 1)  # "earned", "entered"
    fig = as_price(fig) if head_at < start else jobs_added(fig, low, start, head_at)  # "fee is"
    fig = gap_of(fig, low, start, j, head_at)  # "60 officers short", "short of three crew"
    return started(fig, low, start, max(head_at, j - 1) + 1), j  # "40 staff at first"


def _cost_figure(toks: list[str], low: list[str], i: int, j: int, value: float, high: float,
                 ranged: bool, unit: str,
                 thing: tuple[frozenset[str], frozenset[str]]) -> Figure:  # fmt: skip
    """The cost of ``thing`` (:mod:`.estimated_sums`), as a verb's (:mod:`.sums`), or of none."""
    start = i - 1 if i and low[i - 1] in CURRENCY_SIGNS else i
    lo, hi = (value, high) if ranged else roughly(low, start, value, _rounded(low, i, value))
    text = " ".join(toks[start:j]).replace("$ ", "$").replace(" , ", ",")
    unit, currency = priced_unit(thing[0], unit)  # "¤" and "£"; of nothing named, "£" and ""
    return Figure("cost", "cost", unit, lo, hi, text, thing[1], subject=thing[0],
                  context=thing[0] | {"cost"} if thing[0] else frozenset(), act=when_of(low),
                  currency=currency)  # fmt: skip


def _rounded(low: list[str], i: int, value: float) -> tuple[float, float]:
    """ "3 million pounds" is as precise as its last digit (2.5 to 3.5 million), "3" exact."""
    if i + 1 < len(low) and low[i + 1] in _SCALE:
        decimals = len(low[i].split(".")[1]) if "." in low[i] else 0
        half = 0.5 * 10.0**-decimals * _SCALE[low[i + 1]]
        return value - half, value + half
    return value, value


def _period(low: list[str], k: int) -> str:
    """The period a figure is given for, after its noun ("a raise <each year>", "<over two
    years>", "<a month>"): "/year", "/2year", or "" when it says none."""
    w, nxt = (low[k] if k < len(low) else ""), (low[k + 1] if k + 1 < len(low) else "")
    if w in ("each", "per", "a", "an", "every") and nxt in _TIME_UNITS:
        return "/" + nxt.rstrip("s")
    if w == "over" and nxt and _value(low, k + 1) is not None:
        n, after = _value(low, k + 1) or (0.0, k + 2)
        unit = low[after] if after < len(low) else ""
        if unit in _TIME_UNITS:
            return f"/{n:g}{unit.rstrip('s')}"
    return ""


# verbs that govern a figure and make it a quantity of its own (:attr:`Figure.act`)
_ACTS: dict[str, str] = {
    **{w: "cut" for w in ("cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing",
                          "slash", "slashes", "slashed", "eliminate", "eliminates", "eliminated",
                          "shed", "sheds", "shedding", "lay", "lays", "laid", "axe", "axed")},
    **{w: "add" for w in ("add", "adds", "added", "hire", "hires", "hired", "create", "creates",
                          "created")},
    **{w: "keep" for w in ("keep", "keeps", "kept", "retain", "retains", "retained", "save",
                           "saves", "saved", "preserve", "preserved", "protect", "protected")},
}  # fmt: skip


def _act(low: list[str], i: int) -> str:
    """The act of the verb that governs the figure at ``i`` (within six words before it, in
    its clause): "cut" for "cut 200 jobs" and "reduce the workforce by 180" (the size of the
    cut, a value), "cut-to" for "reduce the workforce to 800" (the level left), "keep",
    "add", or "" for none ("has 1,000 employees")."""
    for k in range(i - 1, max(-1, i - 7), -1):
        w = low[k]
        if w in (",", ";", ".", "and", "but", "while"):
            break
        act = _ACTS.get(w) or ("cut" if lx.CONCEPTS.get(lx.stem(w), ("", 0))[0] == "jobcut"
                               else "")  # fmt: skip
        if act:
            return "cut-to" if act == "cut" and i and low[i - 1] == "to" else act
    return ""


# adverbs inside a perfect ("have now died", "had already left")
_PERFECT_ADVERBS = frozenset({"now", "already", "also", "just", "still", "since"})


def _predicate(low: list[str], k: int) -> str:
    """The stem of what is said of the measured noun, after it ("4 people were <killed>",
    "40 percent of voters <oppose> the plan"), or "" when nothing follows."""
    while k < len(low) and (low[k] in lx.AUXILIARIES or low[k] in lx.MODALS
                            or low[k] in lx.NEGATORS or low[k].endswith("ly")
                            or low[k] in _PERFECT_ADVERBS):  # fmt: skip
        k += 1  # "9 seals have now died": died
    if k >= len(low) or not low[k].isalpha() or low[k] in lx.STOPWORDS or low[k] in NP_END:
        return ""
    if low[k] in _NOT_HEAD or low[k] in _TIME_UNITS or low[k] in lx.MONTHS:
        return ""
    how = low[k + 1] if k + 1 < len(low) and low[k + 1].endswith("ly") else ""
    return lx.stem(low[k]) + (" " + how if how else "")  # "hurt critically" is not "hurt"


def _conjunct(low: list[str], start: int, end: int) -> tuple[int, int]:
    """The span of the figure's own conjunct: "4 residents were killed | and 12 were injured"
    gives the first figure only its own words, not the next figure's."""
    cuts = {",", ";", "and", "but", "while", "whereas"}

    def has_number(a: int, b: int) -> bool:
        return any(_value(low, k) is not None for k in range(a, b))

    lo = next((k + 1 for k in range(start - 1, -1, -1) if low[k] in cuts and has_number(0, k)), 0)
    hi = next((k for k in range(end + 1, len(low)) if low[k] in cuts
               and has_number(k + 1, len(low))), len(low))  # fmt: skip
    return lo, hi


def _context(toks: list[str], low: list[str], skip: set[int]) -> frozenset[str]:
    """Stemmed common words of the clause besides the figure: what it says of the quantity."""
    return frozenset(
        _canonical(lx.stem(w))
        for k, (t, w) in enumerate(zip(toks, low, strict=True))
        if k not in skip and w.isalpha() and w not in lx.STOPWORDS and w not in lx.PRONOUNS
        and w not in _TIME_UNITS and w not in _SCALE and w not in _WORDS and w not in _NOT_CONTEXT
        and not (k and t[:1].isupper())
    )  # fmt: skip


def _canonical(stem: str) -> str:
    """One word for words of one event or thing ("cut" / "reduce", "jobs" / "workforce"), so
    two figures told in other words share their context."""
    concept = lx.CONCEPTS.get(stem)
    if stem == _REDUCE:
        return "jobcut"  # a figure's clause: "reduce" is what :func:`_act` reads as a cut
    return concept[0] if concept else lx.THEME_STEMS.get(stem, stem)


_REDUCE = lx.stem("reduce")
_SIGNS = frozenset(CURRENCY_SIGNS.values())
# jobs lost, cut or axed: the verbs after a count of jobs that tell one cut
_JOBS = lx.THEME_STEMS[lx.stem("job")]
_JOB_LOSS = frozenset(lx.stem(w) for w in ("lose", "lost", "cut", "axed", "shed", "eliminated",
                                           "scrapped"))  # fmt: skip


def _head(low: list[str], j: int, unit: str) -> int | None:
    """The noun the figure measures after it: "a 5 percent <raise>", "14 <fires>", "38,000 of
    the <patients>", "$14 million in <reserves>" (a sum held in something)."""
    held = j < len(low) and low[j] in ("of", "in") and (low[j] == "of" or unit in _SIGNS)
    if held:
        j += 1
        while j < len(low) and low[j] in ("the", "its", "their", "his", "her", "our", "all"):
            j += 1
    last = None
    for k in range(j, min(j + 2, len(low))):  # "a 2 percent pay raise"; not "people died"
        w = low[k]
        if not w.isalpha() or w in lx.STOPWORDS or w in NP_END or w in _TIME_UNITS:
            break
        if w in CLAUSE_OPENERS:
            break  # "31 per cent once you take out ...": a clause, no noun
        if w in lx.MONTHS or w.endswith("ly") or w in _NOT_HEAD:
            break  # "on 8 October" (a date), "3 critically" (how), "3 percent last year"
        if held and w in REPORT_NOUNS:
            last = k  # "84,000 pounds in claims", "in pothole claims": the noun, no verb
            continue
        if w.endswith("ed") or w in lx.LIGHT_VERBS or w in lx.REPORT_VERBS or w in IRREGULAR_BASE:
            break  # a verb: "30 people came"
        last = k
    return last


def _qualifiers(low: list[str], j: int) -> frozenset[str]:
    """Words of a "for"/"of" phrase after the noun ("a raise for nurses")."""
    if j >= len(low) or low[j] not in ("for", "of"):
        return frozenset()
    words: set[str] = set()
    for w in low[j + 1 :]:
        if w in NP_END or not w[:1].isalnum():
            break
        if w not in lx.STOPWORDS:
            words.add(lx.stem(w))
    return frozenset(words)
