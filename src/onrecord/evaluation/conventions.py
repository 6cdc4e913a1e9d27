"""Map onrecord's statements onto PolNeAR's annotation conventions before scoring.

onrecord's output is made for readers: a direct quotation's content is the quoted words without
their marks, an indirect content starts after "that", and a quotation split by its attribution
or continued in the next sentence is one statement per stretch of quoted words. PolNeAR's
annotators (see its guidelines) mark the same facts differently:

* the content of a quotation includes its quotation marks;
* a content introduced by "that" includes "that";
* one attribution covers every stretch of content its cue introduces ("A," she said, "B." is
  one attribution with a discontinuous content);
* a cue introducing a quotation with a colon includes the colon ("said:");
* a source with an apposition keeps the comma that closes it ("Phil Lovas, a Republican,").

The mapping changes spans only at their edges; what was found stays what was found.
"""

from __future__ import annotations

from ..models import Record, Span, Statement
from .scoring import PredictedAttribution

_OPEN = "\"“'‘«"
_CLOSE = "\"”'’»"


def polnear_attributions(record: Record) -> list[PredictedAttribution]:
    """One :class:`PredictedAttribution` per cue of ``record``, in PolNeAR's conventions."""
    text = record.article.text
    groups: dict[tuple[int, int], list[Statement]] = {}
    for n, s in enumerate(record.statements):
        key = (s.cue.start, s.cue.end) if s.cue else (-1 - n, -1 - n)
        groups.setdefault(key, []).append(s)
    out = []
    for statements in groups.values():
        first = statements[0]
        contents: list[tuple[int, int]] = []
        for s in statements:
            for part in s.content_parts or (s.content,):
                contents.append(_content(text, part, s.kind))
        source = first.source_span or first.speaker.mention
        out.append(
            PredictedAttribution(
                source=(_source(text, source),) if source else (),
                cue=(_cue(text, first.cue),) if first.cue else (),
                content=tuple(sorted(set(contents))),
                kind=first.kind,
            )
        )
    return out


def _content(text: str, span: Span, kind: str) -> tuple[int, int]:
    start, end = span.start, span.end
    if start > 0 and text[start - 1] in _OPEN:
        start -= 1
        if end < len(text) and text[end] in _CLOSE:
            end += 1
    elif kind in ("indirect", "mixed", "belief") and text[max(0, start - 5) : start] == "that ":
        start -= 5
    return start, end


def _cue(text: str, span: Span) -> tuple[int, int]:
    end = span.end
    if end < len(text) and text[end] == ":":
        end += 1
    return span.start, end


def _source(text: str, span: Span) -> tuple[int, int]:
    end = span.end
    if "," in span.text and end < len(text) and text[end] == ",":
        end += 1
    return span.start, end
