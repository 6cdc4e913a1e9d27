"""The noun a figure measures when it stands before the figure, not after it.

:mod:`.figures` finds the measured noun after a figure ("14 fires", "600,000 pounds in
reserves") or before "be" ("the raise was 2 percent"). Two more ways English names it first:

* a sum or a rate "of" a noun: "cash reserves of 90,000 pounds", "a deficit of about 12
  million pounds", "a budget of 412 million" measure the reserves, the deficit, the budget,
  as "90,000 pounds in reserves" does. Only a sum or a percentage: "a group of 40" or "a
  total of 40 people" count what follows, and "three of the five" is a part. A noun of
  counting itself ("a total of", "a figure of", "a sum of") names no thing.
* a count told as "the number of X who / that Y is N": "the number of people who have fallen
  ill is nine" counts people, said to have fallen ill, as "nine people have fallen ill" does
  (not the last noun before "is", "ill").

And a sum a verb of saving gives: "the change would save 1.4 million pounds a year" is a
saving, the quantity "the real saving is about 400,000 pounds a year" gives another value
("save 200 jobs", a count, is no sum of money and is left to :mod:`.figures`).
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .figure_bounds import bound_start
from .sums import subject_words

__all__ = ["SAVING", "head_before", "saver_of", "saving_at"]

# the stem a saving is measured under: "saving" and "savings" as a noun read the same
SAVING = lx.stem("saving")
_SAVE = frozenset({"save", "saves", "saved", "saving"})
_MONEY = frozenset({"$", "€", "£", "¤"})
# nouns of counting or of amount: a figure "of" them names no thing measured
_AMOUNT_NOUNS = frozenset({"total", "sum", "figure", "amount", "number", "average", "group",
                           "maximum", "minimum", "cost", "costs", "value", "rise", "increase",
                           "cut", "fall", "drop", "reduction", "decrease", "loss", "profit",
                           "price", "fine", "bill", "debt", "debts", "rate"})  # fmt: skip
# relative pronouns that open what the counted noun is said to do
_RELATIVE = frozenset({"who", "that", "which"})
_BE = frozenset({"is", "was", "are", "were", "stands", "stood"})
_AIDS = frozenset({"have", "has", "had", "been", "be", "are", "were", "is", "was", "will",
                   "would", "now", "already", "actually", "really"})  # fmt: skip


def head_before(low: list[str], start: int, unit: str) -> tuple[int, str] | None:
    """(the index of the noun a figure at ``start`` measures, the stem of what is said of it)
    when the noun stands before the figure (see the module), else None."""
    at = bound_start(low, start)
    counted = _number_of(low, at)
    if counted is not None:
        return counted
    money = unit.split("/")[0] in _MONEY or unit.startswith("percent")
    if not money or at < 2 or low[at - 1] != "of":
        return None
    noun = low[at - 2]
    if not noun.isalpha() or noun in lx.STOPWORDS or noun in _AMOUNT_NOUNS:
        return None
    if noun.endswith(("ly", "ed")) or noun in lx.MONTHS:
        return None
    return at - 2, ""


def _number_of(low: list[str], at: int) -> tuple[int, str] | None:
    """ "the number of people who have fallen ill is nine": (index of "people", "fallen")."""
    if at < 1 or low[at - 1] not in _BE:
        return None
    try:
        k = max(i for i in range(at - 1) if low[i] == "number")
    except ValueError:
        return None
    if low[k + 1 : k + 2] != ["of"] or k + 2 >= at:
        return None
    noun = k + 2
    while noun < at and low[noun] in ("the", "those", "these", "all"):
        noun += 1
    if noun >= at - 1 or not low[noun].isalpha() or low[noun + 1] not in _RELATIVE:
        return None
    verb = noun + 2
    while verb < at and low[verb] in _AIDS:
        verb += 1
    if verb >= at - 1 or not low[verb].isalpha() or low[verb] in lx.NEGATORS:
        return None
    return noun, lx.stem(low[verb])


def saving_at(low: list[str], start: int, unit: str) -> bool:
    """Whether a verb of saving governs the sum at ``start`` ("would save 1.4 million pounds a
    year", "saves about 40,000 pounds"): a saving of money, not a count saved."""
    if unit.split("/")[0] not in _MONEY:
        return False
    at = bound_start(low, start)
    return at > 0 and low[at - 1] in _SAVE


def saver_of(toks: list[str], low: list[str], start: int) -> frozenset[str]:
    """Stems of what makes the saving of the sum at ``start`` ("<the new road> would save 1
    million pounds"): two things that save are two savings. None for a pronoun."""
    at = bound_start(low, start)
    return subject_words(toks, low, at - 1) if at > 1 else frozenset()


def called_so(clause_text: str, figure_text: str) -> bool:
    """Whether a figure and its noun are the subject of "is a ..." ("Ninety-five seats is a
    working majority", "Forty pounds is a lot of money"): the figure is judged or named, not
    given as the value of a quantity ("the majority is just four seats" measures the
    majority, a part of the 95 seats)."""
    pattern = rf"(?:^|[,;:]\s*){re.escape(figure_text)}\s+[a-z]+\s+(?:is|was)\s+(?:a|an)\b"
    return re.search(pattern, clause_text, re.IGNORECASE) is not None
