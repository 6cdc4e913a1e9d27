"""Money given: "there will be no extra money for the clinic" and "will provide 12 million
pounds for the clinic" answer one question, whether the clinic gets money.

A sum of money after a verb of giving ("provide", "allocate", "give", "grant", "commit",
"contribute"; "put" with "into" or "towards" after the sum)
names the event of money given, whatever its amount or currency ("will provide 12 million
pounds", "allocated $4 million to the shelter", "gave the library 50,000 euros"), as the
nouns of money do ("money", "funding", "funds", "cash": :func:`money_key`): all are keyed
``money``. The amount itself is a figure (:mod:`.figures`); here only whether money is given.
"""

from __future__ import annotations

import re

MONEY = "money"
# stems of the nouns (and of "fund" the verb) that name money given
_MONEY_STEMS = frozenset({"money", "fund", "cash"})
GIVING = frozenset({
    "provide", "provides", "provided", "providing", "allocate", "allocates", "allocated",
    "allocating", "give", "gives", "gave", "given", "giving", "grant", "grants", "granted",
    "commit", "commits", "committed", "earmark", "earmarks", "earmarked", "inject",
    "injects", "injected", "pledge", "pledges", "pledged", "contribute", "contributes",
    "contributed", "contributing",
})  # fmt: skip
# "put" gives money only into or towards a thing ("will not put a penny into the bridge"; not
# "put the cost at 2 million pounds", "put 2 million pounds aside")
PUTTING = frozenset({"put", "puts", "putting"})
_INTO = frozenset({"into", "towards", "toward"})
# the currencies, and the smallest coins a giving is denied in ("will not give a penny")
_CURRENCY = frozenset({"$", "£", "€", "dollars", "pounds", "euros", "dollar", "pound", "euro",
                       "penny", "pennies", "cent", "cents"})  # fmt: skip
_SCALES = frozenset({"thousand", "million", "billion", "m", "bn"})
_NUMBER = re.compile(r"[$£€]?\d[\d,.]*(?:m|bn)?$")
# words that may stand between the verb and the sum: a recipient, "another", "an extra"
_BETWEEN = frozenset({
    "another", "an", "a", "extra", "additional", "further", "more", "them", "us", "it", "him",
    "her", "the", "its", "their", "our", "nearly", "almost", "about", "around", "some", "over",
    "up", "to", "single",
})  # fmt: skip
_WINDOW = 6


def money_key(st: str) -> str:
    """The key of a stem of money ("funding", "funds", "cash" -> ``money``), else the stem."""
    return MONEY if st in _MONEY_STEMS else st


def money_given(toks: list[str], low: list[str], i: int) -> int:
    """Where the sum of money that the verb of giving at ``i`` gives stands ("will provide
    12 million pounds": the currency word; "allocated $4 million": the sign), or -1."""
    if low[i] in PUTTING:
        k = _sum_after(toks, low, i)
        return k if k >= 0 and set(low[k + 1 : k + 4]) & _INTO else -1
    if low[i] not in GIVING:
        return -1
    return _sum_after(toks, low, i)


def _sum_after(toks: list[str], low: list[str], i: int) -> int:
    """Where the sum of money after the verb at ``i`` stands, over a recipient and the
    words of an amount, or -1."""
    for k in range(i + 1, min(len(low), i + 1 + _WINDOW)):
        w = low[k]
        if w in _CURRENCY or (w[:1] in "$£€" and len(w) > 1):
            return k
        if w in _MONEY_STEMS or w in ("funding", "funds"):
            return k  # "will give the clinic extra funding"
        if _NUMBER.match(w) or w in _SCALES or w in _BETWEEN:
            continue
        if w == "," and low[k - 1][:1].isdigit() and low[k + 1 : k + 2] and low[k + 1].isdigit():
            continue  # "50,000" read as "50", ",", "000"
        if w.isalpha() and k == i + 1 and toks[k][:1].isupper():
            continue  # a recipient by name: "gave Harlow 2 million pounds"
        if w.isalpha() and k <= i + 2 and low[k - 1] in ("the", "its", "their", "our"):
            continue  # "gave the council 2 million pounds"
        return -1
    return -1
