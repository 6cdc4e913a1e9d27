"""The kind a counted noun is given between its figure and itself ("30 <electric> karts").

"The firm ordered 30 electric karts" and "its fleet of 40 petrol karts" count one noun, but
two kinds of it: two quantities, not two values of one. A word between the figure and the
noun it counts (an adjective or a noun used as one: "electric", "petrol", "construction
jobs", "permanent jobs") says which of the things are counted. Two figures that both name a
kind, and share none, count two things (:func:`kinds_apart`); a figure that names none ("40
karts") may count either, as the same thing named with and without its kind.

Words that say how many or which of one kind ("30 new karts", "200 more jobs", "40 extra
staff") are no kind of their own: new karts may be electric ones.
"""

from __future__ import annotations

from . import lexicon as lx
from .figures import Figure
from .words import tokens

# words between a figure and its noun that say how many, which or when, not what kind
_NO_KIND = frozenset({
    "new", "more", "extra", "additional", "further", "other", "full", "whole", "own",
    "existing", "current", "total", "fewer", "less", "last", "first", "next", "previous",
    "remaining", "former", "same", "such", "different", "separate", "individual", "single",
    "percent", "per", "cent", "million", "billion", "thousand", "hundred", "dozen", "of",
    "the", "a", "an", "or", "and", "to", "so", "odd", "plus", "about",
})  # fmt: skip


def kind_words(clause: str, fig: Figure) -> frozenset[str]:
    """Stemmed words of the kind between ``fig``'s value and the noun it counts in ``clause``
    ("30 electric karts": electric), or none: no such word, or the noun comes first."""
    low = [t.lower() for t in tokens(clause)]
    value = [t.lower() for t in tokens(fig.text)]
    word = fig.word.lower()
    n = len(value)
    for k in range(len(low) - n + 1):
        if low[k : k + n] != value:
            continue
        after = low[k + n : k + n + 3]
        if word not in after:
            continue
        between = after[: after.index(word)]
        return frozenset(
            lx.stem(w)
            for w in between
            if w.isalpha() and w not in _NO_KIND and w not in lx.STOPWORDS and not w.endswith("ly")
        )
    return frozenset()


def kinds_apart(clause: str, fig: Figure, other_clause: str, other: Figure) -> bool:
    """Whether two figures of one noun count two kinds of it: each names a kind, and the two
    share none ("30 electric karts" / "40 petrol karts"; not "40 karts", nor "30 new karts")."""
    mine, theirs = kind_words(clause, fig), kind_words(other_clause, other)
    return bool(mine and theirs and not mine & theirs)
