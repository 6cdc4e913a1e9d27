"""The tokens every matters module reads a clause by."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+(?=n't)|n't|'\w+|\w+(?:[-.]\w+)*|[^\w\s]")


def tokens(text: str) -> list[str]:
    """Words and punctuation, with contractions split the Penn way (``wo`` + ``n't``)."""
    return _TOKEN.findall(text)
