"""A thing put up for sale is sold: "will put the centre up for sale" (or "was put up for
sale", "put the site on the market") names the sale that "we will not sell the centre" denies
(``sell``), read by :mod:`.same_acts` and, for "put up" read as a phrasal verb, by
:mod:`.particles`. Plain Python over lower-cased tokens, with no imports, so both can use it.
"""

from __future__ import annotations

SELL = "sell"


def for_sale(low: list[str], k: int) -> bool:
    """Whether "up for sale" or "on the market" follows the word at ``k`` within four words of
    the thing put there ("put the depot up for sale", "put up for sale", "put the site on the
    market")."""
    for j in range(k, min(k + 5, len(low))):
        if low[j : j + 3] == ["up", "for", "sale"] or low[j : j + 3] == ["on", "the", "market"]:
            return True
        if not low[j].replace("-", "").isalpha():
            return False
    return False
