"""Money a body takes in: one quantity, whatever verb tells it.

"Our research earned 2.1 million pounds last year" and "the department brought in under
600,000 pounds in research funding in 2027" give one sum (how much did the research bring
in that year?) two values, though neither names a noun the figure measures the same way:
the first names none (:mod:`.figures` reads no figure without this module), the second
"funding". A verb of income (earn, generate, receive, bring in, take in) before a sum of money
makes the sum the income of the verb's subject and of what it came from ("in research
funding", "from ticket sales"): incomes from two sources ("from ticket sales", "in
sponsorship") or of two bodies are two quantities, and so are an income from one source and
one whose source is not told ("received 300,000 pounds from the lottery", "earned 2 million
pounds": a part and perhaps the whole; the earner stands in for the untold source, so "our
research earned" still meets "brought in ... in research funding"), and so are incomes of two
times (the years the clause is about, :func:`dated`; an income of no stated time only meets
another of none).
Not read: money raised or spent ("raised 3 million pounds", a fundraising total), a count
("received 400 complaints"), or a sum asked for (:mod:`.figures`' demands).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import lexicon as lx

if TYPE_CHECKING:
    from .figures import Figure

__all__ = ["INCOME", "dated", "earned", "income_verb", "source_of"]

INCOME = "income"
_VERBS = frozenset({"earn", "earns", "earned", "earning", "generate", "generates", "generated",
                    "generating", "receive", "receives", "received", "receiving"})  # fmt: skip
# verbs of income with the particle "in": "brought in", "took in"
_WITH_IN = frozenset({"bring", "brings", "brought", "bringing", "take", "takes", "took",
                      "taken", "taking"})  # fmt: skip
# words between the verb and the sum that bound it ("brought in under 600,000 pounds")
_BOUNDS = frozenset({
    "at", "least", "most", "more", "less", "than", "over", "under", "about", "around", "nearly",
    "almost", "roughly", "approximately", "some", "just", "only", "up", "to", "below", "above",
    "an", "estimated", "barely",
})  # fmt: skip
_CURRENCIES = frozenset({"$", "€", "£"})
# words that end the source of an income ("in research funding <in 2027>")
_SOURCE_END = frozenset({",", ".", ";", ":", "in", "on", "at", "for", "to", "by", "and", "but",
                         "last", "this", "next", "each", "every", "a", "an", "per", "since",
                         "during", "over", "until"})  # fmt: skip
_SOURCE_WORDS = 4


def income_verb(low: list[str], start: int) -> int | None:
    """The index of the verb of income that governs the sum starting at ``start`` ("earned
    <2.1 million pounds>", "brought in under <600,000 pounds>"), or None."""
    k = start - 1
    while k >= 0:
        if low[k] == "in" and k and low[k - 1] in _WITH_IN:
            return k - 1
        if low[k] in _VERBS:
            return k
        if low[k] not in _BOUNDS:
            return None
        k -= 1
    return None


def source_of(low: list[str], end: int) -> frozenset[str]:
    """Stems of what an income came from, after the sum ending at ``end``: "in <research
    funding>", "from <ticket sales>"; none when the clause says nothing of it."""
    if low[end : end + 1] not in (["in"], ["from"]):
        return frozenset()
    words: set[str] = set()
    for w in low[end + 1 : end + 1 + _SOURCE_WORDS]:
        if w in _SOURCE_END or not w.isalpha() or w in lx.MONTHS:
            break
        if w not in lx.STOPWORDS:
            words.add(lx.stem(w))
    return frozenset(words)


def earned(fig: Figure, low: list[str], start: int, end: int, thing: frozenset[str]) -> Figure:
    """``fig``, a sum of money that a verb of income governs ("brought in 600,000 pounds in
    research funding"), read as the income of ``thing`` (the verb's subject) and of its
    source; any other figure unchanged."""
    currency, _, rate = fig.unit.partition("/")
    if currency not in _CURRENCIES or income_verb(low, start) is None:
        return fig
    source = source_of(low, end)
    whose = thing | source
    return replace(fig, head=INCOME, word=INCOME, unit="¤" + (f"/{rate}" if rate else ""),
                   currency=currency, qualifiers=source or thing, subject=whose,
                   context=whose | {INCOME}, predicate="", act="")  # fmt: skip


def dated(fig: Figure, times: frozenset[tuple[int, int]]) -> Figure:
    """An income with the years its clause is about ("last year", "in 2027": one year), so
    incomes of two years, or one dated and one not, are two quantities."""
    if fig.head != INCOME:
        return fig
    years = sorted({y for y, _m in times})
    return replace(fig, act="when " + ",".join(str(y) for y in years) if years else "")
