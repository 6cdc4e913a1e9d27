"""Timelines: the dated statements and events of one or more records, in date order.

A timeline has two kinds of entries:

* **statements** that carry a date (``Statement.date``): ``Sarah Sanders said: Putin and Trump
  would not hold a formal meeting``, dated by the time expression of their sentence, of the scene
  they belong to, or by the publication date;
* **events**: sentences that carry a calendar DATE or TIME expression of month, week, day or
  time granularity (``On Oct. 30, Mueller's probe indicted ...``) and are not something a speaker
  said: the expression is not inside a statement's content, and the sentence is not a statement's
  reporting sentence (that statement's entry stands for it).

Years, quarters and coarser values do not make events: in news they mostly name things ("the
2016 election") rather than date the sentence.

Ordering: entries with a known year sort by the first day of the period their value names
(``2017-11`` before ``2017-11-01``, which sorts before ``2017-11-01T14:30``); entries without a
year (``--11-10``, from ``XXXX-11-10`` when the publication date is unknown) come after all of
them, by month and day. Ties keep the order of the records, then of the text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .models import Json, Record, Span, Statement, TimeExpression
from .nlp.timex_calendar import representative_date, timex_to_iso
from .nlp.timex_context import sentence_bounds

log = logging.getLogger(__name__)

__all__ = ["TimelineEntry", "build_timeline", "render_timeline"]

EntryKind = Literal["statement", "event"]

_EVENT_VALUE = re.compile(r"^(?:\d{4}-(?:\d\d|W\d\d)|XXXX-\d\d)")
_YEARLESS = re.compile(r"^--(\d\d)(?:-(\d\d))?")


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated line of a timeline.

    Attributes:
        date: the ISO 8601 date with its granularity: ``2017-11-10``, ``2017-11``,
            ``2017-W45``, ``2017-11-10T14:30``, or ``--11-10`` when the year is unknown.
        kind: ``statement`` or ``event``.
        text: for a statement ``Speaker cue: content``; for an event, the sentence.
        sentence: the sentence, with offsets into the article's text.
        article: the article id.
        ref: the statement id (``s3``) for a statement, the time expression (``Oct. 30``) for
            an event.
        speaker: the speaker's name for a statement, else None.
    """

    date: str
    kind: EntryKind
    text: str
    sentence: Span
    article: str
    ref: str
    speaker: str | None = None

    def to_dict(self) -> Json:
        return {
            "date": self.date,
            "kind": self.kind,
            "text": self.text,
            "sentence": self.sentence.text,
            "sentence_span": [self.sentence.start, self.sentence.end],
            "article": self.article,
            "ref": self.ref,
            "speaker": self.speaker,
        }


def build_timeline(records: Iterable[Record]) -> list[TimelineEntry]:
    """The dated statements and events of ``records``, in date order.

    Args:
        records: records from :class:`onrecord.extractor.Extractor` or
            :func:`onrecord.extractor.extract_many`.

    Returns:
        Entries sorted by date (see the module docstring for the order of year-less dates).
    """
    keyed: list[tuple[tuple[int, str], int, int, TimelineEntry]] = []
    for n, record in enumerate(records):
        for entry in (*_statement_entries(record), *_event_entries(record)):
            keyed.append((_sort_key(entry.date), n, entry.sentence.start, entry))
    keyed.sort(key=lambda item: item[:3])
    return [item[3] for item in keyed]


def render_timeline(entries: Iterable[TimelineEntry]) -> str:
    """A plain-text listing, one entry a paragraph: date, kind, text and (for statements) the
    sentence it comes from, with the article id when there is more than one article."""
    items = list(entries)
    if not items:
        return "No dated statements or events.\n"
    several = len({e.article for e in items}) > 1
    width = max(len(e.date) for e in items)
    blocks = []
    for e in items:
        where = f"  [{e.article}]" if several else ""
        lines = [f"{e.date:<{width}}  {e.kind:<9}  {_one_line(e.text)}{where}"]
        if e.kind == "statement":
            lines.append(f"{'':<{width}}  {'':<9}  > {_one_line(e.sentence.text)}")
        blocks.append("\n".join(lines))
    return "\n".join(blocks) + "\n"


def _statement_entries(record: Record) -> list[TimelineEntry]:
    entries = []
    for s in record.statements:
        if s.date is None:
            continue
        sentence = s.sentence or s.content
        entries.append(
            TimelineEntry(
                date=timex_to_iso(s.date.value),
                kind="statement",
                text=_statement_text(s),
                sentence=sentence,
                article=record.article.id,
                ref=s.id,
                speaker=s.speaker.name,
            )
        )
    return entries


def _statement_text(s: Statement) -> str:
    speaker = s.speaker.name or (s.speaker.mention.text if s.speaker.mention else "Unknown")
    cue = f" {s.cue.text}" if s.cue else ""
    return f"{speaker}{cue}: {s.content.text}"


def _event_entries(record: Record) -> list[TimelineEntry]:
    text = record.article.text
    contents = [p for s in record.statements for p in (s.content_parts or (s.content,))]
    reporting = [s.sentence for s in record.statements if s.sentence is not None]
    entries: list[TimelineEntry] = []
    seen: set[int] = set()
    for t in record.times:
        if not _is_calendar(t) or any(_inside(t, c) for c in contents):
            continue
        start, end = sentence_bounds(text, t.start, t.end)
        if start in seen or any(r.start <= t.start < r.end for r in reporting):
            continue
        seen.add(start)
        sentence = Span(text[start:end], start, end)
        entries.append(
            TimelineEntry(
                date=timex_to_iso(t.value),
                kind="event",
                text=sentence.text,
                sentence=sentence,
                article=record.article.id,
                ref=t.text,
            )
        )
    return entries


def _is_calendar(t: TimeExpression) -> bool:
    return t.type in ("DATE", "TIME") and bool(_EVENT_VALUE.match(t.value))


def _inside(t: TimeExpression, span: Span) -> bool:
    return span.start <= t.start and t.end <= span.end


def _sort_key(iso: str) -> tuple[int, str]:
    """Dated values first, by the first day they name; then year-less ones by month-day."""
    m = _YEARLESS.match(iso)
    if m:
        return (1, f"{m[1]}-{m[2] or '00'}{iso[m.end() :]}")
    day, _, clock = iso.partition("T")
    first = representative_date(day)
    if first is None:
        return (2, iso)
    # a coarser value sorts before the days inside it: "2017-11" < "2017-11-01"
    fine = 1 if re.fullmatch(r"\d{4}-\d\d-\d\d", day) else 0
    return (0, f"{first.isoformat()}:{fine}:{clock}")


def _one_line(text: str) -> str:
    return " ".join(text.split())
