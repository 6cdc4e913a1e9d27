"""When was each statement made? From its sentence's time expression, else from its scene.

* **sentence**: a date in the statement's sentence, outside its content ("On Nov. 9, Sanders
  said ..."). A date inside the content is what the claim is about, not when it was made.
* **scene**: a past-tense statement with no date of its own takes the date of the same
  speaker's last dated statement in the last few paragraphs, unless the text has moved to
  another date in between ("Sanders added that ..." after "On Nov. 9, Sanders said ...").
  Quotations that continue a statement share its date.
* Present-tense reports ("Reuters reports", "she says") and present perfects ("has asserted")
  get no date: the text does not say when they were made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from ..models import StatementDate, TimeExpression
from .attribution import Attribution
from .entities import EntityDraft
from .offsets import doc_text
from .timex import timex_to_iso

_SCENE_PARAGRAPHS = 3


_CALENDAR = re.compile(r"^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$")


def _calendar(t: TimeExpression) -> bool:
    """A year, month or day (not a week, season, quarter or vague reference)."""
    return t.type in ("DATE", "TIME") and bool(_CALENDAR.match(t.value)) and t.value != "XXXX"


def _para_index(paragraphs: Sequence[tuple[int, int]], char: int) -> int:
    for i, (s, e) in enumerate(paragraphs):
        if s <= char < e or char < s:
            return i
    return len(paragraphs)


def _inside(t: TimeExpression, a: Attribution) -> bool:
    spans = a.parts or (a.content,)
    return any(s <= t.start and t.end <= e for s, e in spans)


def date_statements(
    doc: Doc,
    found: Sequence[Attribution],
    speakers: Sequence[EntityDraft | None],
    times: Sequence[TimeExpression],
    paragraphs: Sequence[tuple[int, int]],
    published: str | None,
) -> list[StatementDate | None]:
    """One date (or None) per attribution, in the same order."""
    calendar = [t for t in times if _calendar(t)]
    contents = [a.parts or (a.content,) for a in found]
    free_times = [
        t
        for t in calendar
        if not any(s <= t.start and t.end <= e for spans in contents for s, e in spans)
    ]
    # times that set a new scene: they open their sentence ("On Oct. 30, ...", "That same day,")
    scene_times = [t for t in free_times if _opens_sentence(doc, t)]
    out: list[StatementDate | None] = []
    last: dict[int, tuple[StatementDate, int, int]] = {}  # speaker -> date, paragraph, char
    by_quote: dict[int, StatementDate | None] = {}
    for a, ent in zip(found, speakers, strict=True):
        date: StatementDate | None = None
        anchor_char = a.cue[0] if a.cue else a.content[0]
        if a.continues is not None and a.continues in by_quote:
            date = by_quote[a.continues]
        else:
            date = _sentence_date(doc, a, calendar, anchor_char)
            if date is None and a.tense == "past" and ent is not None and id(ent) in last:
                prev, para, char = last[id(ent)]
                here = _para_index(paragraphs, anchor_char)
                moved = any(char < t.start < a.sentence[0] for t in scene_times)
                if here - para <= _SCENE_PARAGRAPHS and not moved:
                    date = StatementDate(prev.value, prev.text, "scene")
            if date is None and a.tense == "past":
                date = _paragraph_scene(a, free_times, paragraphs)
        if a.quote is not None:
            by_quote[a.quote] = date
        if date is not None and ent is not None:
            last[id(ent)] = (date, _para_index(paragraphs, anchor_char), a.sentence[1])
        out.append(date)
    return out


def _opens_sentence(doc: Doc, t: TimeExpression) -> bool:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    lead = doc_text(doc)[span.sent.start_char : t.start].strip().lower()
    return lead in ("", "on", "by", "in", "later", "later on", "then", "and", "but")


def _paragraph_scene(
    a: Attribution, free_times: Sequence[TimeExpression], paragraphs: Sequence[tuple[int, int]]
) -> StatementDate | None:
    """The date the paragraph has just set: "X met Y on Thursday. He said ..." -> Thursday."""
    para = _para_index(paragraphs, a.sentence[0])
    if para >= len(paragraphs):
        return None
    p_start = paragraphs[para][0]
    before = [t for t in free_times if p_start <= t.start < a.sentence[0]]
    if not before:
        return None
    t = before[-1]
    return StatementDate(_day(timex_to_iso(t.value)), t.text, "scene")


def _day(value: str) -> str:
    return value.split("T", 1)[0] if "T" in value else value


def _sentence_date(
    doc: Doc, a: Attribution, calendar: Sequence[TimeExpression], anchor_char: int
) -> StatementDate | None:
    if a.tense in ("present", "perfect"):
        return None
    s_start, s_end = a.sentence
    cands = [
        t
        for t in calendar
        if s_start <= t.start and t.end <= s_end and not _inside(t, a) and _governs(doc, t, a)
    ]
    if not cands:
        return None
    best = min(cands, key=lambda t: abs(t.start - anchor_char))
    return StatementDate(_day(timex_to_iso(best.value)), best.text, "sentence")


def _governs(doc: Doc, t: TimeExpression, a: Attribution) -> bool:
    """Whether the time expression modifies the cue's clause ("On Nov. 9, X said"), not a
    clause of its own ("..., who has lived here since 1989, said")."""
    if a.cue_token is None or doc[a.cue_token].pos_ not in ("VERB", "AUX"):
        return True
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    cue = doc[a.cue_token]
    between = doc_text(doc)[cue.idx + len(cue.text) : t.start].strip().lower()
    if t.start > cue.idx and between in ("", "on", "late on", "early on"):
        return True  # "said Tuesday", "said on Tuesday": whatever the parser attached it to
    node = span.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            break
        node = node.head
    for _ in range(3):  # "In a statement released Tuesday, the council said"
        if node == cue or node.dep_ != "acl" or node.head == node:
            break
        node = node.head
        while node.pos_ not in ("VERB", "AUX") and node.head != node:
            node = node.head
    if node == cue:
        return True
    x = cue  # the cue hangs from that verb: "pushed back on ..., asserting that"
    for _ in range(3):
        if x.head == x:
            break
        if x.dep_ in ("advcl", "xcomp", "conj") and x.head == node:
            return True
        x = x.head
    return False
