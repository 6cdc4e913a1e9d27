"""Map onrecord's statements onto PolNeAR's annotation conventions before scoring.

onrecord's output is made for readers: a direct quotation's content is the quoted words without
their marks, an indirect content starts after "that", and a quotation split by its attribution
or continued in the next sentence is one statement per stretch of quoted words. PolNeAR's
annotators (see its guidelines) mark the same facts differently:

* the content of a quotation includes its quotation marks;
* a content introduced by "that" includes "that", a quotation introduced by "that" too;
* one attribution covers every stretch of content its cue introduces ("A," she said, "B." is
  one attribution with a discontinuous content);
* a reporter's question leading into an answer ("Asked about X, Y said") and a record that
  passes a statement on ("..., according to a recording") are attributions of their own
  (the record's ``framing``), though no statements of onrecord's;
* a cue introducing a quotation with a colon includes the colon ("said:"), a cue followed by
  "of" keeps it ("critical of"), unless the cue is "said";
* a source with an apposition keeps the comma or dash that closes it ("Phil Lovas, a
  Republican,", "Jo Park — a nurse —").
* a source named after its cue runs on through a relative clause on it ('..., said Dana
  Spence, who runs the gym.': 77 to 38 in PolNeAR's train), to the end of its own sentence
  or to the next stretch of the quotation it splits; before its cue, the clause is an aside
  the annotators mostly leave out (69 to 62), but not at the name's first mention in the
  article, where it tells who the source is ('Dana Spence, who runs the gym, said': kept 42
  times to 18 in train), unless it holds another statement's cue ("who said ..."); a
  source named after a cue set inside its content runs through the clause to the comma
  before the content's next part ('The bridge, said Dana Spence, who runs the board, would
  close').

The mapping changes spans only at their edges; what was found stays what was found.
"""

from __future__ import annotations

import re

from ..models import Record, Span, Statement
from .scoring import PredictedAttribution

# Punctuation then a closing mark right after a content: PolNeAR keeps both inside.
_CLOSING_TAIL = re.compile(r"[,.?!;]*(?:''|[\"”’])(?![\w])")
# A quotation that ends on a quotation inside it, its closing mark set off by a space
# ('"The vote was 'a sham,' " she said'): PolNeAR's content ends on the outer mark.
_SPACED_CLOSE = re.compile(r" (?:''|[\"”])(?!\w)")
# What PolNeAR's cue keeps after the word: "critical of", "warned of" (its object is neither cue
# nor content); but "said" mostly stands alone ("he said of Ruiz": 36 to 17 in PolNeAR's train).
_CUE_TAIL = re.compile(r" of(?= )")
_BARE_CUES = frozenset({"said"})
_THAT = re.compile(r"[Tt]hat\s")
_DASHES = ("—", "–", "-")
_OPEN = "\"“'‘«"
_CLOSE = "\"”'’»"


def polnear_attributions(record: Record) -> list[PredictedAttribution]:
    """One :class:`PredictedAttribution` per cue of ``record``, in PolNeAR's conventions."""
    text = record.article.text
    # the reporter's questions and relaying records are attributions to PolNeAR's annotators
    found = (*record.statements, *record.framing)
    groups: dict[tuple[int, int], list[Statement]] = {}
    for n, s in enumerate(found):
        key = (s.cue.start, s.cue.end) if s.cue else (-1 - n, -1 - n)
        groups.setdefault(key, []).append(s)
    cues = [s.cue.start for s in found if s.cue is not None]
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
                source=(_source_extent(text, first, source, cues),) if source else (),
                cue=(_cue(text, first.cue, contents),) if first.cue else (),
                content=tuple(sorted(set(contents))),
                kind=first.kind,
            )
        )
    return out


def content_extent(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """A content's ``[start, end)`` as PolNeAR marks it: with its quotation marks, a "that"
    before it and the punctuation a closing mark takes in."""
    return _content(text, Span(text[start:end], start, end), kind)


def _content(text: str, span: Span, kind: str) -> tuple[int, int]:
    start, end = span.start, span.end
    if text[max(0, start - 2) : start] == "''":  # a newswire double mark: ''...''
        start -= 2
        if text.startswith("''", end):
            end += 2
    elif start > 0 and text[start - 1] in _OPEN:
        start -= 1
        if end < len(text) and text[end] in _CLOSE:
            end += 1
    if _THAT.fullmatch(text, max(0, start - 5), start) and (kind != "direct" or start < span.start):
        start -= 5  # 'said that "..."': the quotation is the clause "that" introduces
    tail = _CLOSING_TAIL.match(text, end)
    if tail is not None:  # 'were "well within our permit,"': the mark closes inside the content
        end = tail.end()
    spaced = _SPACED_CLOSE.match(text, end) if text[end - 1 : end] in ("'", "’") else None
    if spaced is not None:
        end = spaced.end()
    return start, end


# Adverbs inside the verb group that PolNeAR's cue keeps ("also said", "has repeatedly called").
_CUE_ADVERBS = frozenset("also again later repeatedly previously already further often".split())


def _cue(text: str, span: Span, contents: list[tuple[int, int]]) -> tuple[int, int]:
    start, end = span.start, span.end
    tail = _CUE_TAIL.match(text, end)
    if (text[start:end].split() or [""])[-1].lower() in _BARE_CUES:
        tail = None
    if tail is not None and not any(s < tail.end() and tail.end() <= e for s, e in contents):
        end = tail.end()
    if end < len(text) and text[end] == ":":
        end += 1
    before = text[max(0, start - 14) : start]
    word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    if before.endswith(" ") and word.lower() in _CUE_ADVERBS:
        start -= len(before) - before.rstrip().rfind(word)
    return start, end


# A relative clause on a source named after its cue: '..., said Ann Ruiz, who runs the club.'
_WHO_CLAUSE = re.compile(r",\s+(?:who|whose)\s")
_SENTENCE_TAIL = re.compile(r"[\s.,;:!?\"'”’)]+$")


# The end of a sentence in the text, and the opening of a quotation's next stretch after a comma.
_SENTENCE_STOP = re.compile(r"[.!?](?=[\"'”’)]*(?:\s|$))")
_NEXT_STRETCH = re.compile(r",\s+(?:''|[\"“])")


def _clause_stop(text: str, end: int, sentence_end: int) -> int:
    """Where a relative clause on a source named after its cue stops: at the end of its
    sentence, or before the next stretch of a quotation it splits ('"A," said Ann Ruiz, who
    runs the club, "B."'). The statement's sentence is the quotation's; when the parser ended
    it before the source ('"One. Two," said Ruiz, who ...'), the clause runs to the end of
    the sentence the source is in."""
    if sentence_end <= end:
        stop = _SENTENCE_STOP.search(text, end)
        sentence_end = stop.end() if stop is not None else len(text)
    stretch = _NEXT_STRETCH.search(text, end, sentence_end)
    return stretch.start() if stretch is not None else sentence_end


# A relative clause set off between a source and its cue: 'Ann Ruiz, who runs the club, said'.
_CLAUSE_BEFORE_CUE = re.compile(r",\s+(?:who|whose)\s[^\"“”;:]*,\s*")
_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def _source_extent(text: str, first: Statement, source: Span, cues: list[int]) -> tuple[int, int]:
    cue = first.cue
    if cue is None:
        return _source(text, source)
    # a participle ("..., saying") hangs on another verb, whose words may lie before it
    participle = any(w.endswith("ing") for w in cue.text.split())
    end = None if participle else _introduced(text, source, cue.start, cues)
    if end is not None:
        return source.start, end
    if cue.end <= source.start:  # named after its cue
        resumed = _resumed_after(text, first, source)
        if resumed is not None:
            return source.start, resumed
        return _source(text, source, first.sentence.end if first.sentence else len(text))
    return _source(text, source)


def _resumed_after(text: str, first: Statement, source: Span) -> int | None:
    """Where a relative clause on a source named after a cue set inside its content ends:
    at the comma before the content's next part ('The bridge, said Ann Ruiz, who runs the
    board, would close': "Ann Ruiz, who runs the board,"), as the comma that closes an
    apposition; None when the content does not resume after the source."""
    parts = first.content_parts
    cue = first.cue
    if cue is None or not parts or not any(p.end <= cue.start for p in parts):
        return None
    later = [p.start for p in parts if p.start >= source.end]
    if not later or _WHO_CLAUSE.match(text, source.end) is None:
        return None
    return len(text[: min(later)].rstrip())


def _introduced(text: str, span: Span, cue_start: int, cues: list[int]) -> int | None:
    """Where a source before its cue ends when a relative clause between them introduces it:
    past the comma that closes the clause, when the source's name is new to the article
    ('Ann Ruiz, who runs the club, said'; not at a later mention, 'Ruiz, who runs the club,
    said', nor on a common noun, nor when the clause holds another statement's cue, 'Ann Ruiz,
    who said she would retire, told ...'); None otherwise."""
    if _CLAUSE_BEFORE_CUE.fullmatch(text, span.end, cue_start) is None:
        return None
    if any(span.end <= c < cue_start for c in cues):
        return None
    name = (_PARENTHESES.sub("", span.text).split() or [""])[-1].strip(".,")
    if not (name[:1].isupper() and name.replace("-", "").isalpha()):
        return None  # a common noun ("the engineer"), a number
    if re.search(rf"\b{re.escape(name)}\b", text[: span.start]):
        return None
    return text.rindex(",", span.end, cue_start) + 1


def _source(text: str, span: Span, sentence_end: int | None = None) -> tuple[int, int]:
    end = span.end
    if sentence_end is not None and _WHO_CLAUSE.match(text, end):
        stop = _clause_stop(text, end, sentence_end)
        tail = _SENTENCE_TAIL.search(text, end, stop)
        return span.start, tail.start() if tail is not None else stop
    if "," in span.text and end < len(text) and text[end] == ",":
        end += 1
    for dash in _DASHES:  # "Jo Park — a nurse from Leeds — said": the pair closes inside
        if dash in span.text and text.startswith(" " + dash, end):
            end += 1 + len(dash)
            break
    return span.start, end
