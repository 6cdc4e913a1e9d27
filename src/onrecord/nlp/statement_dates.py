"""When was each statement made? From its sentence's time expression, else from its scene.

* **sentence**: a date in the statement's sentence that frames its cue ("On Nov. 9, Sanders
  said ...", "said Tuesday that ...", "told reporters on Monday morning"). A date inside
  reported content -- this statement's, another statement's, or any quotation's -- is what a
  claim is about, not when it was made ("The heaters were installed in 2019, the company said
  Tuesday": Tuesday). Only a statement nested inside that content may take it as its frame.
* **scene**: a past-tense statement with no date of its own takes the date of the same
  speaker's last dated statement in the last few paragraphs, unless the text has moved to
  another date in between ("Sanders added that ..." after "On Nov. 9, Sanders said ..."),
  else the date its paragraph has just set outside any reported content, unless that date
  frames another speaker's words ("X told the committee in 2031 that ...", then "Y rejected
  X's claim": X's occasion, not Y's). A date in a sentence
  with statements sets a scene only when it frames one of them or the sentence's main verb
  (not "X, who gave birth in March, said"). Quotations that continue a statement share its date.
* A frame that is not a calendar date ("said in an interview last week") still dates the
  statement: as the month when the week lies within one, else not at all (no scene either).
* Present-tense reports ("Reuters reports", "she says") and present perfects ("has asserted")
  get no date: the text does not say when they were made.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..models import StatementDate, TimeExpression
from .attribution import Attribution
from .entities import EntityDraft
from .occasions import SHIFTING, TIME_LINKS, has_own_subject, occasion_cue, occasion_phrase
from .offsets import Offsets, doc_text
from .quotes import Quote, find_quotes
from .timex import timex_to_iso

_SCENE_PARAGRAPHS = 3
# words that make the time after them a span's bound ("since August", "until May")
_SPAN_START = re.compile(r"\b(?:since|until|till)\s*$")

_CALENDAR = re.compile(r"^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _calendar(t: TimeExpression) -> bool:
    """A year, month or day (not a week, season, quarter or vague reference)."""
    return t.type in ("DATE", "TIME") and bool(_CALENDAR.match(t.value)) and t.value != "XXXX"


def _frame_time(t: TimeExpression) -> bool:
    """A time that can frame a cue: a calendar date or a week ("said last week")."""
    return _calendar(t) or (t.type == "DATE" and bool(_WEEK.match(t.value)))


def _week_month(value: str) -> str | None:
    """The month a week lies within ("2023-W45" -> "2023-11"), None when it straddles two."""
    m = _WEEK.match(value)
    if m is None:
        return None
    try:
        first = datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None
    last = first + datetime.timedelta(days=6)
    return f"{first.year:04d}-{first.month:02d}" if first.month == last.month else None


def _para_index(paragraphs: Sequence[tuple[int, int]], char: int) -> int:
    for i, (s, e) in enumerate(paragraphs):
        if s <= char < e or char < s:
            return i
    return len(paragraphs)


def _inside(t: TimeExpression, a: Attribution) -> bool:
    spans = a.parts or (a.content,)
    return any(s <= t.start and t.end <= e for s, e in spans)


def _anchor(a: Attribution) -> int:
    return a.cue[0] if a.cue else a.content[0]


def _level(t: TimeExpression, a: Attribution, held: Sequence[Offsets]) -> bool:
    """Whether ``t`` is outside ``a``'s content and at the same depth of reported speech as its
    cue: every content or quotation holding ``t`` holds the cue too (a statement nested inside
    reported content may be framed by a date of that content; its reporter may not)."""
    if _inside(t, a):
        return False
    anchor = _anchor(a)
    return all(s <= anchor < e for s, e in held if s <= t.start and t.end <= e)


def date_statements(
    doc: Doc,
    found: Sequence[Attribution],
    speakers: Sequence[EntityDraft | None],
    times: Sequence[TimeExpression],
    paragraphs: Sequence[tuple[int, int]],
    published: str | None,
    quotes: Sequence[Quote] | None = None,
) -> list[StatementDate | None]:
    """One date (or None) per attribution, in the same order (``quotes``: the article's
    quotations, when already found)."""
    text = doc_text(doc)
    # "in dry dock since August": a span's bound, never when words were said
    frames = [t for t in times if _frame_time(t) and not _span_bound(text, t)]
    calendar = [t for t in frames if _calendar(t)]
    # reported content: every statement's, and every quotation (attributed or not)
    held: list[Offsets] = [sp for a in found for sp in (a.parts or (a.content,))]
    if quotes is None:
        quotes = find_quotes(text, list(paragraphs) or None)
    held += [(q.outer_start, q.outer_end) for q in quotes]
    free_times = [
        t
        for t in calendar
        if not any(s <= t.start and t.end <= e for s, e in held)
        and _sets_scene(doc, t, found, held)
    ]
    # times that set a new scene: they open their sentence ("On Oct. 30, ...", "That same day,")
    scene_times = [t for t in free_times if _opens_sentence(doc, t)]
    # a past week that opens a sentence outside reported content, as its adverbial, moves the
    # scene too ("Last week the council wrote ...": the speaker's earlier date no longer
    # holds), though it gives a date only when it lies within one month; not a week ahead
    # ("Next week the board will vote") nor one that names a thing ("Last week's letter")
    weeks = [
        t
        for t in frames
        if not _calendar(t)
        and not any(s <= t.start and t.end <= e for s, e in held)
        and _opens_sentence(doc, t)
        and _past_week_adverbial(doc, t, published)
    ]
    out: list[StatementDate | None] = []
    last: dict[int, tuple[StatementDate, int, int]] = {}  # speaker -> date, paragraph, char
    by_quote: dict[int, StatementDate | None] = {}
    framed: dict[int, int] = {}  # a time's start -> the speaker whose statement it framed
    for a, ent in zip(found, speakers, strict=True):
        date: StatementDate | None = None
        week = False  # framed by a week: dates this statement only, not the speaker's later ones
        anchor_char = _anchor(a)
        if a.continues is not None and a.continues in by_quote:
            date = by_quote[a.continues]
        else:
            frame, date = _sentence_date(doc, a, frames, held, anchor_char)
            week = frame is not None and not _calendar(frame)
            if frame is not None and ent is not None:
                framed.setdefault(frame.start, id(ent))
            if frame is None and a.tense == "past" and ent is not None and id(ent) in last:
                prev, para, char = last[id(ent)]
                here = _para_index(paragraphs, anchor_char)
                moved = any(char < t.start < a.sentence[0] for t in (*scene_times, *weeks))
                if here - para <= _SCENE_PARAGRAPHS and not moved:
                    date = StatementDate(prev.value, prev.text, "scene")
            if frame is None and date is None and a.tense == "past":
                # not the time of another speaker's words ("X told the committee in 2031
                # that ...", then "Y rejected X's claim"): X's occasion, not Y's
                own = [t for t in free_times
                       if ent is None or framed.get(t.start, id(ent)) == id(ent)]  # fmt: skip
                date = _paragraph_scene(a, [*own, *weeks], paragraphs)
        if a.quote is not None:
            by_quote[a.quote] = date
        if ent is not None and week:
            last.pop(id(ent), None)
        elif (
            date is not None
            and ent is not None
            and not _pluperfect(doc, a)
            and not _recalled(doc, a)
        ):
            last[id(ent)] = (date, _para_index(paragraphs, anchor_char), a.sentence[1])
        out.append(date)
    return out


def _pluperfect(doc: Doc, a: Attribution) -> bool:
    """Whether the cue is in the pluperfect ("who had told parents in April that ..."): an
    occasion before the story's, whose date is no scene for the speaker's later words."""
    if a.cue_token is None:
        return False
    cue = doc[a.cue_token]
    return cue.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in cue.children
    )


def _span_bound(text: str, t: TimeExpression) -> bool:
    """Whether ``t`` bounds a span ("since August", "until May"), not an occasion."""
    return bool(_SPAN_START.search(text[max(0, t.start - 8) : t.start].lower()))


def _recalled(doc: Doc, a: Attribution) -> bool:
    """Whether the cue heads a relative clause ("the pen, which Moss said in May would open
    within a week, is still shut"): an earlier occasion recalled, whose date is no scene for
    the speaker's later words."""
    return a.cue_token is not None and doc[a.cue_token].dep_ == "relcl"


def _sets_scene(
    doc: Doc, t: TimeExpression, found: Sequence[Attribution], held: Sequence[Offsets]
) -> bool:
    """Whether a date outside reported content can set the scene of later statements: in a
    sentence with statements, only when it frames one of them or the sentence's main clause
    (not "Jodie Marchbank, who gave birth in March, said ..."); in any other sentence, when it
    is not in a relative clause ("a group that took its own samples last month")."""
    here = [a for a in found if a.sentence[0] <= t.start < a.sentence[1]]
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if not here:  # not "Rivers First, a group that took its own samples last month."
        return span is None or not _in_relative_clause(span)
    if any(_level(t, a, held) and _governs(doc, t, a) and not _recalled(doc, a) for a in here):
        return True
    if span is None:
        return False
    verb = _clause_verb(span)
    return verb == span.sent.root or verb.dep_ == "ROOT"


def _in_relative_clause(span: Span) -> bool:
    node = span.root
    while node.head != node:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _opens_sentence(doc: Doc, t: TimeExpression) -> bool:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    lead = doc_text(doc)[span.sent.start_char : t.start].strip().lower()
    return lead in ("", "on", "by", "in", "later", "later on", "then", "and", "but")


def _past_week_adverbial(doc: Doc, t: TimeExpression, published: str | None) -> bool:
    """Whether a week is past (not after the week of ``published``) and stands as an
    adverbial of its clause: no possessive ("Last week's letter") and not the subject ("Last
    week was busy")."""
    m = _WEEK.match(t.value)
    if m is None:
        return False
    if published:
        try:
            day = datetime.date.fromisoformat(published[:10])
        except ValueError:
            day = None
        if day is not None and (int(m[1]), int(m[2])) > tuple(day.isocalendar())[:2]:
            return False
    elif t.text.lower().startswith(("next", "coming", "the coming", "the next")):
        return False
    after = doc_text(doc)[t.end : t.end + 2]
    if after in ("'s", "’s"):
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is None or span.root.dep_ not in ("nsubj", "nsubjpass", "poss", "attr")


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
    t = max(before, key=lambda t: t.start)
    if not _calendar(t):  # a week: its month, or no date when it straddles two
        month = _week_month(t.value)
        return StatementDate(month, t.text, "scene") if month else None
    return StatementDate(_day(timex_to_iso(t.value)), t.text, "scene")


def _day(value: str) -> str:
    return value.split("T", 1)[0] if "T" in value else value


def _sentence_date(
    doc: Doc,
    a: Attribution,
    frames: Sequence[TimeExpression],
    held: Sequence[Offsets],
    anchor_char: int,
) -> tuple[TimeExpression | None, StatementDate | None]:
    """The time in the statement's sentence that frames its cue, and the date it gives (None
    for a week that straddles two months: framed, but no calendar date to give)."""
    if a.tense in ("present", "perfect"):
        return None, None
    s_start, s_end = a.sentence
    cands = [
        t
        for t in frames
        if s_start <= t.start and t.end <= s_end and _level(t, a, held) and _governs(doc, t, a)
    ]
    if not cands:
        return None, None
    best = min(cands, key=lambda t: abs(t.start - anchor_char))
    if _calendar(best):
        return best, StatementDate(_day(timex_to_iso(best.value)), best.text, "sentence")
    month = _week_month(best.value)
    return best, StatementDate(month, best.text, "sentence") if month else None


def _clause_verb(span: Span) -> Token:
    """The verb of the clause a time expression belongs to (its root when there is none)."""
    node = span.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            break
        node = node.head
    return node


def _finite(tok: Token) -> bool:
    """A clause with its own subject or subordinator ("claim that the plant closed in May",
    "after its chair told"): it has a time of its own, not its head's."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in tok.children)


def _joined_clause(x: Token) -> bool:
    """A clause joined to another with its own subject ("The mayor met the workers on Tuesday,
    and the union said ..."): the other clause's time is when the mayor met them, not when
    the union spoke; a date belongs to its own clause. A verb that shares its subject ("met
    the workers on Tuesday and said ...") is the same occasion, and keeps the date."""
    return x.dep_ == "conj" and any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in x.children
    )


def _shifted(x: Token) -> bool:
    """A subordinate clause set off in time from its head: "a week after he vowed", "hours
    after the director said" (a measure on the clause or its subordinator). One without
    ("while his lawyer said", "after the mayor said") shares its head's date."""
    marks = [c for c in x.children if c.dep_ == "mark"]
    if x.dep_ != "advcl" or not marks:
        return False
    return any(c.dep_ == "npadvmod" for m in (x, *marks) for c in m.children)


# Participles of being spoken to whose lead-in names the occasion of the answer ("Asked on
# Wednesday about ..., X said", "Reached by phone on Monday, X said").
_SPOKEN_TO = frozenset("ask tell question press quiz interview reach contact approach".split())


def _lead_in_occasion(node: Token, span: Span, cue: Token) -> bool:
    """Whether the time is an adverbial of a participle clause leading into the cue, with no
    subject of its own, that names the occasion of the words ("Speaking on Tuesday, X said",
    "Asked on Wednesday about the delay, X said", "When asked Monday, X said"): the answer
    was given then. Not a perfect participle ("Having left in May"), one set off in time
    ("After visiting on Monday"), a participle of a state ("Elected in 2019, X said"), nor a
    time that only modifies a noun of the clause ("Pointing to the May ruling")."""
    if node.head != cue or node.dep_ != "advcl" or node.tag_ not in ("VBG", "VBN"):
        return False
    if node.tag_ == "VBN" and node.lemma_.lower() not in _SPOKEN_TO:
        return False
    if has_own_subject(node):
        return False
    if any(c.lower_ in SHIFTING for c in node.children if c.dep_ in ("mark", "advmod", "prep")):
        return False
    tok = span.root  # "on Tuesday", "Tuesday", "at a rally on Tuesday": prepositions only
    for _ in range(6):
        if tok == node:
            return True
        if tok.dep_ not in TIME_LINKS:
            return False
        tok = tok.head
    return False


def _closing_occasion(span: Span, a: Attribution) -> bool:
    """Whether the time is in a phrase after the content that names the occasion of the
    words (occasions.py: "X said the pier was safe, speaking on Tuesday at a rally", "...,
    in an interview on Monday"): the parse hangs it on the reported clause, but the content
    leaves it out and it dates the cue. A phrase inside the content ("said the plant would
    shut, ending 300 jobs in May") is the claim's, and a time there never reaches this test
    (``_level``)."""
    phrase = occasion_phrase(span.root)
    if phrase is None or phrase.left_edge.idx < a.content[1]:
        return False
    cue = occasion_cue(phrase)
    return cue is not None and cue.i == a.cue_token


def _governs(doc: Doc, t: TimeExpression, a: Attribution) -> bool:
    """Whether the time expression modifies the cue's clause ("On Nov. 9, X said"), not a
    clause of its own ("..., who has lived here since 1989, said", "X rejected the claim that
    it closed in May, saying", "voted on Monday, a week after its chair told", "met them on
    Tuesday, and the union said"), nor a participle
    on the cue's object ("said the accounts, filed in December, showed ...": when the accounts
    were filed)."""
    if a.cue_token is None or doc[a.cue_token].pos_ not in ("VERB", "AUX"):
        return True
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    cue = doc[a.cue_token]
    between = doc_text(doc)[cue.idx + len(cue.text) : t.start].strip().lower()
    if t.start > cue.idx and between in ("", "on", "late on", "early on"):
        return True  # "said Tuesday", "said on Tuesday": whatever the parser attached it to
    node = _clause_verb(span)
    for _ in range(3):  # "In a statement released Tuesday, the council said"
        if node == cue or node.dep_ != "acl" or node.head == node or _finite(node):
            break
        if node.head.dep_ == "dobj" and node.head.head == cue:
            return False  # "said the accounts, filed in December, ...": the object's date
        node = node.head
        while node.pos_ not in ("VERB", "AUX") and node.head != node:
            node = node.head
    if node == cue or _lead_in_occasion(node, span, cue) or _closing_occasion(span, a):
        return True
    x = cue  # the cue hangs from that verb: "pushed back on ..., asserting that"
    for _ in range(3):
        if x.head == x or _shifted(x) or _joined_clause(x):
            break
        if x.dep_ in ("advcl", "xcomp", "conj") and x.head == node:
            return True
        x = x.head
    return False
