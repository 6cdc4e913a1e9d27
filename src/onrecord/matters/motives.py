"""What a thing is about: "this is about money", "it is not about the money", "this has
nothing to do with cost".

News quotes often argue over the motive of a decision rather than the decision itself: the
union says a closure "is about money", the board that it "is about safety, not about money".
No verb names an event there (the predicate is "be about" and a noun phrase), so the claim
joined no matter. Here "be about X" names the motive ``about-<X>`` (X the last noun of the
phrase: "about patient safety" is safety, "about saving money" money), and the negators of
the clause deny it ("is not about money", "was never about money"). English gives the denial
two more shapes, read the same way:

* a contrast told as a bare fragment after a comma: "..., not about money" (the clause
  splitter leaves "not about money" as a clause of its own);
* "has nothing to do with X" denies the motive X as "is not about X" does.

Not a motive: "about" before a number or a time ("is about 40 miles", "about time"), "about
to" ("is about to close"), "about" after a verb of its own ("talked about money": a topic of
talk) or with no "be" before it.
"""

from __future__ import annotations

from . import lexicon as lx
from .figure_words import NUMBER_WORDS

__all__ = ["MOTIVE", "motive"]

MOTIVE = "about-"  # the key's prefix: "about-money"
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am"})
# words between "be" and "about" that leave it the predicate ("is all about", "was never about")
_BETWEEN = frozenset({"all", "only", "just", "really", "simply", "purely", "entirely", "not",
                      "n't", "never", "always", "mostly", "partly", "still", "more", "less",
                      "also", "ultimately", "actually", "clearly"})  # fmt: skip
# words that end the noun phrase of the motive ("about money on supply teachers")
_PHRASE_END = frozenset({",", ".", ";", ":", "and", "but", "or", "not", "nor", "on", "in",
                         "at", "for", "of", "to", "with", "from", "by", "than", "that",
                         "which", "who", "because", "when", "while", "if", "whatever"})  # fmt: skip
# a noun phrase this long is a description, not a motive named
_MAX_PHRASE = 5


def motive(low: list[str], i: int) -> tuple[str, int, int] | None:
    """The motive key that "about" (or "nothing to do with") at ``i`` names, its sign (-1 for
    "nothing to do with") and the index of the phrase's last word; None when ``i`` names no
    motive (see the module)."""
    if low[i] == "nothing" and low[i + 1 : i + 4] == ["to", "do", "with"] and i > 0:
        if low[i - 1] not in ("has", "had", "have", "'s"):
            return None  # "there is nothing to do with it": no motive denied
        start, sign = i + 4, -1
    elif low[i] == "about" and (_be_before(low, i) or _bare_contrast(low, i)):
        start, sign = i + 1, 1
    else:
        return None
    head = _head(low, start)
    if head is None:
        return None
    return MOTIVE + lx.stem(low[head]), sign, head


def _be_before(low: list[str], i: int) -> bool:
    """A form of "be" before "about", over the words of :data:`_BETWEEN`."""
    j = i - 1
    while j >= 0 and low[j] in _BETWEEN:
        j -= 1
    return j >= 0 and low[j] in _BE


def _bare_contrast(low: list[str], i: int) -> bool:
    """ "not about money" as a clause of its own: the contrast after a comma."""
    return i == 1 and low[0] in ("not", "never")


def _head(low: list[str], start: int) -> int | None:
    """The last word of the noun phrase after "about" at ``start``, or None when none is one
    (a number, "to", "time", a pronoun, a long description)."""
    if start >= len(low):
        return None
    first = low[start]
    if first in ("to", "time", "it", "this", "that") or not first.isalpha():
        return None  # "about to close", "about time", "about 40 miles"
    end = start
    while end < len(low) and low[end] not in _PHRASE_END:
        end += 1
    words = [k for k in range(start, end) if low[k].isalpha() and low[k] not in lx.STOPWORDS]
    if (
        not words
        or end - start > _MAX_PHRASE
        or any(w in NUMBER_WORDS or any(c.isdigit() for c in w) for w in low[start:end])
    ):
        return None
    return words[-1]


def motive_negator(low: list[str], k: int) -> bool:
    """Whether the negator at ``k`` denies a motive ("the closure is not about money"), not
    the event the clause's subject names: the closure is not denied."""
    j = k + 1
    while j < len(low) and low[j] in _BETWEEN:
        j += 1
    return j < len(low) and low[j] == "about" and motive(low, j) is not None
