"""The age of a thing: "the scanner is ten years old", "that bridge is 140 years old".

A count of years with "old" after it is no span of time (:data:`.figures._TIME_UNITS` leaves
those out) but a figure of its own, the age of the subject of "be": "the scanner is ten years
old" and "that scanner is fourteen years old" give one thing two ages. Only with "be" and a
subject named before it: "a ten-year-old boy", "children aged five" and "for two years old
stock was sold" are left alone, and a pronoun names no thing ("it is ten years old").
"""

from __future__ import annotations

from . import lexicon as lx

AGE = "age"


def age_of(toks: list[str], low: list[str], i: int, j: int) -> frozenset[str] | None:
    """The stems of the thing whose age the figure at ``i`` (its words ending before ``j``)
    gives ("<the scanner> is ten years old"), or None when it gives none."""
    if low[j : j + 1] not in (["years"], ["year"]) or low[j + 1 : j + 2] != ["old"]:
        return None
    k = i - 1
    while k >= 0 and (low[k] in _BOUNDS or low[k].endswith("ly")):
        k -= 1  # "is nearly ten", "is at least forty"
    if k < 0 or low[k] not in lx.BE_FORMS:
        return None
    words: list[str] = []
    for w in reversed(low[max(0, k - 4) : k]):
        if not w.replace("-", "").isalpha() or w in lx.STOPWORDS or w in lx.PRONOUNS:
            break
        words.append(lx.stem(w))  # "<that scanner> is", "<the Harrow Street bridge> is"
    return frozenset(words) or None


# words of bound between "be" and the figure ("is at least ten", "is more than 40")
_BOUNDS = frozenset({"at", "least", "most", "more", "less", "than", "over", "under", "about",
                     "around", "almost", "nearly", "only", "just", "some"})  # fmt: skip
