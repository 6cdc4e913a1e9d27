"""Words of a figure are no event: "is nine", "is nearer four million", "never fewer than six".

A number word standing where a verb or a predicate would ("the number who fell ill is nine",
"there were three of us") was read as an event of its own ('nin', 'thre'), and so was a word
that bounds a figure ("the loss was under $400,000", "the bill is nearer four million", "never
fewer than six carers"). A figure is a value of a quantity (:mod:`.figures`), never something
that happens: these words name no event, whatever the story.
"""

from __future__ import annotations

import re

__all__ = ["figure_word"]

NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion dozen dozens hundreds thousands millions twice".split()
)
# words that bound the figure right after them ("under 400", "nearer four million")
_BOUND_WORDS = frozenset({"under", "over", "nearer", "closer", "fewer", "less", "more", "below",
                          "above", "upwards", "around", "about", "roughly"})  # fmt: skip
_DIGITS = re.compile(r"[$£€]?\d")


def _number(w: str) -> bool:
    """Whether ``w`` is a number: digits ("400", "$3") or a number word ("nine", "thirty-one")."""
    if _DIGITS.match(w):
        return True
    parts = w.split("-")
    return all(p in NUMBER_WORDS for p in parts) if len(parts) > 1 else w in NUMBER_WORDS


def figure_word(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a number, or a bound before one ("under $400,000", "fewer than
    six", "nearer to 4 million"): a word of a figure, no event."""
    w = low[i]
    if _number(w):
        return True
    if w not in _BOUND_WORDS:
        return False
    k = i + 1
    while k < len(low) and low[k] in ("than", "to", "$", "£", "€"):
        k += 1
    return (
        k < len(low)
        and k > i + (1 if w in ("fewer", "less", "more", "closer") else 0)
        and (_number(low[k]))
    )
