"""What a debtor owes in all: "the club owes 3.4 million pounds" gives its debts a value.

"The club owes 3.4 million pounds" and "the club's debts are 1.1 million pounds" give one
quantity, the club's debts, two values; the first names no noun that the figure measures, so
:mod:`.figures` reads no figure in it without this module. The debtor is the verb's subject.
Not read: a sum owed to one creditor ("owes the bank 2 million pounds", "owes 2 million
pounds to the bank"), a part of the whole; a sum someone is owed ("is owed 40,000 pounds"), a
debt of the creditor's side; a sum with a rate ("owes 900 pounds a month").
"""

from __future__ import annotations

from . import lexicon as lx
from .sums import subject_words

_OWE = frozenset({"owe", "owes", "owed", "owing"})
_CURRENCIES = frozenset({"$", "€", "£"})
# words between "owes" and the sum that bound it ("owes more than 3 million pounds")
_BOUNDS = frozenset({"at", "least", "most", "more", "less", "than", "over", "under", "about",
                     "around", "nearly", "almost", "roughly", "some", "just", "only", "up",
                     "to", "an", "estimated", "a", "total", "of", "still"})  # fmt: skip
DEBT = lx.THEME_STEMS.get(lx.stem("debts"), lx.stem("debts"))


def debtor_of(toks: list[str], low: list[str], start: int, end: int, unit: str) -> frozenset[str]:
    """Stems of the debtor whose whole debt the money figure at ``start:end`` is ("the club
    owes 3.4 million pounds": club), or none where the figure is no such debt."""
    if unit not in _CURRENCIES:
        return frozenset()  # a count, a percent, a sum with a rate
    verb = start - 1
    while verb >= 0 and low[verb] in _BOUNDS:
        verb -= 1
    if verb < 1 or low[verb] not in _OWE:
        return frozenset()  # "owes the bank 2 million": the bank stands before the sum
    if low[verb - 1] in lx.BE_FORMS or low[verb - 1] in ("been", "being"):
        return frozenset()  # "the firm is owed 40,000 pounds": a creditor's due
    if low[end : end + 1] == ["to"]:
        return frozenset()  # "owes 2 million pounds to the bank": one creditor's share
    return subject_words(toks, low, verb)
