"""The sentences of an article's text, placed where its statements' sentences are placed: a
sentence may hold no statement ("Corrigan rejected that."), and still answer one."""

from __future__ import annotations

import re

from .claims import Item

# a sentence: from after a full stop (or ? !) and a space, or a line break, to the next one
# and before a capital or a quote ("Feb. 8" and "No. 4" go on)
_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?][\"”’]?(?=\s+[A-Z\"“‘'(]|\s*$)|\n"
)

# a paragraph: one line of the text with a word on it
_LINE = re.compile(r"[^\n]*\S[^\n]*")


def paragraph_starts(items: list[Item], text: str | None) -> list[int]:
    """Where each paragraph (a line of the article's ``text``) begins, placed as ``items``
    place their sentences; empty without the text."""
    first = items[0].statement.sentence if items else None
    at = text.find(first.text) if text is not None and first is not None else -1
    if text is None or first is None or at < 0:
        return []
    shift = at - first.start
    return [m.start() - shift for m in _LINE.finditer(text, shift)]


def article_sentences(items: list[Item], text: str | None) -> list[tuple[tuple[int, int], str]]:
    """The sentences of the article's ``text`` (its title and text, or None) with their
    places in the article (where ``items``, its statements, place their sentences)."""
    first = items[0].statement.sentence if items else None
    at = text.find(first.text) if text is not None and first is not None else -1
    if text is None or first is None or at < 0:
        return []
    shift = at - first.start  # where the article's text begins in ``text``
    out = []
    begin = shift
    for end in _END.finditer(text, shift):
        raw = text[begin : end.end()]
        if raw.strip():
            start = begin + len(raw) - len(raw.lstrip()) - shift
            out.append(((start, start + len(raw.strip())), raw.strip()))
        begin = end.end()
    return out
