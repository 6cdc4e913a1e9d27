"""Find quotations in text: pure functions over characters, no model needed.

Handles straight and curly double quotes, quotes of several sentences, and the newspaper
convention of a quotation that runs over paragraphs: the closing mark is left out at the end
of every paragraph but the last, and each following paragraph opens with a new mark.
Unbalanced marks never raise: an unclosed quotation ends at its paragraph's end and is flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

OPENERS = frozenset("“«„")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
# Two apostrophes stand for a double mark in some newswires (''Like this,'' she said). Three
# that close are a single mark inside, then the double one (''a word she called 'odd,''' ...):
# there the double mark is the last two.
_MARK = re.compile(r"''(?!'(?!\w))|[\"“”«»„]")
# Where an unclosed quotation meets its attribution: '"We smell it nightly, said Ms. Blaylock'
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:(?:said|says|added|told|asked|wrote)\b"
    r"|(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added)\b"
    r"|(?:he|she|they)\s+(?:said|says|added)\b)"
)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``start``/``end`` index the quoted words, ``outer_*`` include the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool = True
    continues: bool = False  # runs on into the next paragraph (closing mark left out)
    continued: bool = False  # opens a paragraph that continues the previous one's quotation

    def contains(self, pos: int) -> bool:
        return self.outer_start <= pos < self.outer_end


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text separated by blank lines or single newlines."""
    bounds = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            bounds.append((m.start(), m.end()))
    return bounds


def _is_opening(text: str, i: int, width: int = 1) -> bool:
    """Decide for a straight mark whether it opens (True) or closes (False), from its context."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before.isspace() or before in "([{—–-:;/" or i == 0:
        return not after.isspace()
    return False


def find_quotes(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Return the quotations of ``text`` in order.

    Args:
        text: the clean article text.
        paragraphs: paragraph bounds; computed from newlines when omitted.

    Returns:
        Non-overlapping quotations, sorted by position.
    """
    if paragraphs is None:
        paragraphs = paragraph_bounds(text)
    quotes: list[Quote] = []
    carry = False  # the previous paragraph left a quotation open
    for p_start, p_end in paragraphs:
        open_at: int | None = None
        opened_by_carry = False
        for m in _MARK.finditer(text, p_start, p_end):
            i = m.start()
            ch = STRAIGHT if m.group() == "''" else text[i]
            if ch in OPENERS or (ch == STRAIGHT and open_at is None):
                opening = True
            elif ch in CLOSERS:
                opening = False
            else:  # a straight mark while a quotation is open: usually its end
                opening = _is_opening(text, i, len(m.group()))
            if opening:
                if open_at is not None:  # the previous quotation was never closed
                    quotes.append(
                        replace(_make(text, open_at, i, closed=False), continued=opened_by_carry)
                    )
                opened_by_carry = carry and _only_space(text, p_start, i)
                open_at = i
            elif open_at is not None:
                quotes.append(
                    replace(_make(text, open_at, m.end(), closed=True), continued=opened_by_carry)
                )
                open_at = None
                opened_by_carry = False
        next_opens = _next_paragraph_opens(text, paragraphs, p_end)
        if open_at is not None:
            q = _make(text, open_at, p_end, closed=False)
            tail = None if next_opens else _ATTRIBUTION_TAIL.search(text, q.start, q.end)
            if tail is not None:  # the closing mark was forgotten before the attribution
                q = replace(q, end=tail.start() + 1, outer_end=tail.start() + 1)
            quotes.append(replace(q, continues=next_opens, continued=opened_by_carry))
            carry = next_opens
        else:
            carry = False
    return [q for q in quotes if q.end > q.start]


def _only_space(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def _next_paragraph_opens(text: str, paragraphs: list[tuple[int, int]], p_end: int) -> bool:
    for s, _e in paragraphs:
        if s >= p_end:
            first = text[s:_e].lstrip()[:2]
            return first[:1] in OPENERS or first[:1] == STRAIGHT or first == "''"
    return False


def _make(text: str, outer_start: int, outer_end: int, *, closed: bool) -> Quote:
    start = outer_start + (2 if text.startswith("''", outer_start) else 1)
    end = (
        outer_end
        if not closed
        else outer_end - (2 if text[outer_end - 2 : outer_end] == "''" else 1)
    )
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quote(start, end, outer_start, outer_end, closed=closed)


def word_count(text: str, q: Quote) -> int:
    return len(text[q.start : q.end].split())
