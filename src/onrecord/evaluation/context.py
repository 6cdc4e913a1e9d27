"""Span errors shown in their sentence, so that a person sees why a span was missed.

Gold spans are bracketed ``[like this]`` and predicted spans ``{like this}``; a boundary error
shows both. Long stretches of text are shortened in the middle with ``…``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..models import Json
from .brat import Extent, Role

ErrorKind = Literal["missed", "spurious", "boundary"]

# a sentence ends at a line break, or at . ! ? (and closing quotes) before a capital or a quote;
# "Sept. 11" does not end one (abbreviations before names still do; it is only for display)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[A-Z\"“‘'(\[])|\n")
_MAX_SEGMENT = 160  # characters of plain text kept between two markers
_REACH = 400  # how far to look for a sentence boundary


@dataclass(frozen=True, slots=True)
class SpanError:
    """A gold span nobody predicted, a prediction matching no gold span, or a wrong boundary.

    ``gold`` / ``predicted`` are ``()`` when that side is absent. ``context`` is the
    sentence around the span(s) with gold in ``[...]`` and the prediction in ``{...}``.
    """

    doc_id: str
    role: Role
    kind: ErrorKind
    gold: Extent
    predicted: Extent
    gold_text: str
    predicted_text: str
    context: str

    @property
    def start(self) -> int:
        return (self.gold or self.predicted)[0][0]

    def to_dict(self) -> Json:
        return {
            "doc_id": self.doc_id,
            "role": self.role,
            "kind": self.kind,
            "gold": [list(f) for f in self.gold],
            "predicted": [list(f) for f in self.predicted],
            "gold_text": self.gold_text,
            "predicted_text": self.predicted_text,
            "context": self.context,
        }

    def __str__(self) -> str:
        return f"{self.kind:<8} {self.role:<7} {self.context}"


def make_error(
    doc_id: str, text: str, role: Role, kind: ErrorKind, gold: Extent, predicted: Extent
) -> SpanError:
    """Build a :class:`SpanError` with its surface texts and its bracketed context."""
    return SpanError(
        doc_id,
        role,
        kind,
        gold,
        predicted,
        surface(text, gold),
        surface(text, predicted),
        bracketed(text, gold, predicted),
    )


def surface(text: str, extent: Extent) -> str:
    return " … ".join(text[s:e] for s, e in extent)


def bracketed(text: str, gold: Extent, predicted: Extent = ()) -> str:
    """The sentence(s) around the extents, gold in ``[...]``, prediction in ``{...}``."""
    frags = gold + predicted
    start = _sentence_start(text, min(s for s, _ in frags))
    end = _sentence_end(text, max(e for _, e in frags))
    # (position, order, mark): closing marks sort before opening ones at the same position
    marks = [(s, 1, "[") for s, _ in gold] + [(e, 0, "]") for _, e in gold]
    marks += [(s, 1, "{") for s, _ in predicted] + [(e, 0, "}") for _, e in predicted]
    marks.sort()
    pieces, cursor = [], start
    for n, (pos, _, mark) in enumerate(marks):
        pieces += [_shorten(text[cursor:pos], "head" if n == 0 else "middle"), mark]
        cursor = pos
    pieces.append(_shorten(text[cursor:end], "tail"))
    return " ".join("".join(pieces).split())


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - _REACH)
    # endpos one past pos, so that the look-ahead can see the span's first character
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos + 1) if m.end() <= pos]
    return ends[-1] if ends else lo


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos, min(len(text), pos + _REACH))
    return m.end() if m else min(len(text), pos + _REACH)


def _shorten(segment: str, where: Literal["head", "middle", "tail"]) -> str:
    if len(segment) <= _MAX_SEGMENT:
        return segment
    if where == "head":
        return "…" + segment[-_MAX_SEGMENT:]
    if where == "tail":
        return segment[:_MAX_SEGMENT] + "…"
    half = _MAX_SEGMENT // 2
    return segment[:half] + " … " + segment[-half:]
