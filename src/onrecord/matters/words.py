"""The tokens every matters module reads a clause by."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+(?=n't)|n't|'\w+|\w+(?:[-.]\w+)*|[^\w\s]")


def tokens(text: str) -> list[str]:
    """Words and punctuation, with contractions split the Penn way (``wo`` + ``n't``)."""
    return _TOKEN.findall(text)


def word_at(toks: list[str], low: list[str], word: str) -> int | None:
    """Where ``word`` stands among ``toks`` (``low``: the same, lower case): as written first,
    else in any case; None when it is not there."""
    at = next((i for i, t in enumerate(toks) if t == word), None)
    if at is None:
        at = next((i for i, t in enumerate(low) if t == word.lower()), None)
    return at
