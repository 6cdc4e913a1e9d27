"""Quotations that go on a statement found before them: ``"A," she said. "B."``.

A quotation no cue claims continues the last quotation's statement when it follows it closely
and nobody else speaks or acts in between: the speaker goes on after the cue (``"A," said Ana
Ruiz. "B."``), however long the aside that names her (``"A," said Ana Ruiz, who chairs the board
and ... "B."``), and a statement whose content ends on a quotation of the speaker's words, its
cue after it (mixed: ``The plan is a "long shot," Ruiz conceded.``), is continued by the next
one, as is one tagged after its content (``Ruiz "felt a duty to act" on it, her aide said.``).
The scene the tag sets (``Ruiz said as the crowd cheered.``, :mod:`.tag_scenes`) is no one
else acting. A gap that holds another statement, or a sentence with a subject of its own
(``Her rival Ortega disagreed.``), leaves the quotation unattributed: a quotation given to
the wrong speaker is worse than one given to none. PolNeAR annotates the stretches as one
attribution with a discontinuous content; onrecord keeps one statement per stretch with the
same cue and speaker (joined when scored, :mod:`onrecord.evaluation.conventions`).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from .attribution import Attribution
from .offsets import doc_text
from .quotes import Quote
from .tag_scenes import in_tag_scene

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_RELATIVE = frozenset({"who", "that", "which", "whose", "whom"})


def statements_by_quote(found: list[Attribution], quotes: list[Quote]) -> dict[int, Attribution]:
    """The statement each quotation is the content of, or closes: a mixed statement whose
    content ends on a quotation (``The plan is a "long shot," Varga conceded.``) owns that
    quotation, which the next may continue, and so does one tagged after its content (``Ruiz
    "felt a duty to speak up about" the closure, her brother said. "B."``: the tag closes the
    speaker's words, and the next quotation goes on with them); one with a quotation inside
    its content and its cue before it (``said the plan was a "long shot" and the council would
    reject it``) owns none."""
    out: dict[int, Attribution] = {}
    starts = [q.outer_start for q in quotes]
    for a in found:
        if a.quote is not None:
            out[a.quote] = a
        elif a.kind == "mixed":
            j = bisect_right(starts, a.content[1]) - 1
            if j < 0:
                continue
            qj = quotes[j]
            if a.content[0] > qj.outer_start:
                continue
            tagged_after = a.cue is not None and a.cue[0] >= a.content[1]
            if qj.outer_end >= a.content[1] - 1 or tagged_after:
                out.setdefault(j, a)
    return out


def previous_quote_statement(
    i: int,
    quotes: list[Quote],
    by_quote: dict[int, Attribution],
    doc: Doc,
    found: list[Attribution],
) -> Attribution | None:
    """The statement this unattributed quotation continues: the last quotation's, when near
    and when no one else speaks or acts between the two."""
    j = _previous_claimed(i, quotes, by_quote, doc_text(doc))
    if j is None:
        return None
    prev = by_quote[j]
    prev_q, q = quotes[j], quotes[i]
    lo, hi = max(prev_q.outer_end, prev.content[1]), q.outer_start  # past its own content
    between = doc_text(doc)[lo:hi]
    if between.count("\n") > 2:
        return None
    speaker = _speaker_tokens(doc, prev)
    if _inside(doc, q, speaker):
        return None  # "said Ana Ruiz, who waited in a "very long line"": the aside's words
    same = [a for a in found if a is not prev and _same_speaker(doc, a, prev, speaker)]
    if _other_statement_between(prev, doc, found, same, speaker, lo, hi):
        return None
    if _other_subject_between(prev, doc, speaker, same, lo, hi):
        return None
    if len(between.split()) > 12 and not _split_by_attribution(prev, prev_q, q, doc):
        return None
    return prev


def reported_lead(q: Quote, doc: Doc, found: list[Attribution]) -> Attribution | None:
    """The statement in reported speech that this unclaimed quotation follows in its paragraph
    (``He said the council would protect the rural routes. "Every village will keep its
    bus."``): the writer gives the gist, then the speaker's words. The speaker opens the
    sentence and is its only statement, the reported statement runs to its end (not ``...,
    but Ortega disagreed.``), and the quotation opens the very next sentence, with nothing
    between the two but spaces."""
    text = doc_text(doc)
    for a in found:
        if a.kind != "indirect" or a.cue is None or a.source is None:
            continue
        s0, s1 = a.sentence
        if not s0 < q.outer_start or text[s1 : q.outer_start].strip(" \t"):
            continue
        if text[s0 : a.source[0]].strip(" \t\n") or a.content[0] < a.cue[0]:
            continue  # the speaker does not open the sentence ("..., but Ortega said ...")
        if text[a.content[1] : s1].strip(" \t.,;:\"'”’"):
            continue
        if any(b is not a and b.sentence == a.sentence for b in found):
            continue  # another statement in the sentence: whose words follow is not told
        return a
    return None


# A quotation this short between two is a name or a word the writer quotes, no statement.
_TITLE_WORDS = 5


def _previous_claimed(
    i: int, quotes: list[Quote], by_quote: dict[int, Attribution], text: str
) -> int | None:
    """The quotation before the ``i``-th that a statement claims: the one just before, or the
    one before a short unclaimed quotation in between (a title or a quoted word in the
    speaker's aside: ``"A," said Ruiz, a host of "Daybreak." "B."``)."""
    if i == 0:
        return None
    if i - 1 in by_quote:
        return i - 1
    between = quotes[i - 1]
    if (
        i < 2
        or i - 2 not in by_quote
        or len(text[between.start : between.end].split()) > _TITLE_WORDS
    ):
        return None
    return i - 2


def _speaker_tokens(doc: Doc, prev: Attribution) -> set[int]:
    """The token indices of the speaker's phrase, the aside that describes her included."""
    if prev.source_head is None:
        return set()
    return {t.i for t in doc[prev.source_head].subtree}


def _inside(doc: Doc, q: Quote, tokens: set[int]) -> bool:
    """The quotation's words lie in ``tokens`` (the speaker's phrase)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].i in tokens


def _same_speaker(doc: Doc, a: Attribution, prev: Attribution, speaker: set[int]) -> bool:
    """``a`` is the speaker's too: the same cue (a continuation), the same source (``Clark
    said, noting ...``), or a relative word in her aside (``said Aida, who wrote that ...``)."""
    if a.cue_token is not None and a.cue_token == prev.cue_token:
        return True
    if a.source_head is None or prev.source_head is None:
        return False
    if a.source_head == prev.source_head or a.source == prev.source:
        return True
    return a.source_head in speaker and doc[a.source_head].lower_ in _RELATIVE


def _other_statement_between(
    prev: Attribution,
    doc: Doc,
    found: list[Attribution],
    same: list[Attribution],
    speaker: set[int],
    lo: int,
    hi: int,
) -> bool:
    """Another speaker's statement (its cue or source) between the two quotations: ``...
    Varga conceded, but Ortega said the council would back it. "B."``; not a statement in the
    tag's scene (``Varga said when asked about the closure.``, ``as she accepted the award``,
    ``after Ortega told reporters that ...``) nor a cue with no source of its own inside the
    phrase that names the speaker (``said the pilot known as Greta``)."""
    contents = _contents(same, lo, hi)
    tag = doc[prev.cue_token] if prev.cue_token is not None else None
    for a in found:
        if a is prev or any(a is b for b in same):
            continue
        if a.cue_token is not None and tag is not None and in_tag_scene(doc[a.cue_token], tag):
            continue  # a question put to the speaker, a stance taken, in the tag's scene
        if a.source is None and a.cue_token in speaker:
            continue  # "said a captain known as Rolf": a bare cue inside the speaker's phrase
        if a.cue is not None and any(c0 <= a.cue[0] < c1 for c0, c1 in contents):
            continue  # "Clark said, noting he would support ...": inside her own statement
        for span in (a.cue, a.source):
            if span is not None and lo <= span[0] < hi:
                return True
    return False


def _other_subject_between(
    prev: Attribution,
    doc: Doc,
    speaker: set[int],
    same: list[Attribution],
    lo: int,
    hi: int,
) -> bool:
    """Someone else acts between the two quotations: a subject outside the speaker's phrase
    and her own statements' contents (``"A," Lund said, before Mayor Reed interrupted her.``,
    ``... Varga conceded. Her rival Ortega disagreed.``). In a later sentence a pronoun subject
    may be the speaker's (``She paused.``), and is let pass; so is a subject in the scene the
    tag sets (``Lund said as the crowd cheered.``, :mod:`.tag_scenes`)."""
    contents = _contents(same, lo, hi)
    tag = doc[prev.cue_token] if prev.cue_token is not None else None
    cue_sentence = tag.sent if tag is not None else None
    for t in doc.char_span(lo, hi, alignment_mode="expand") or []:
        if t.idx < lo or t.idx >= hi or t.i in speaker or t.dep_ not in _SUBJECTS:
            continue
        if tag is not None and in_tag_scene(t, tag):
            continue
        if t.lower_ in _RELATIVE and t.head.dep_ == "relcl":
            continue  # "said of a plan that cut taxes": a description, not someone acting
        if any(c0 <= t.idx < c1 for c0, c1 in contents):
            continue
        in_cue_sentence = cue_sentence is not None and t.sent.start == cue_sentence.start
        if t.pos_ == "PRON" and not in_cue_sentence:
            continue
        return True
    return False


def _contents(same: list[Attribution], lo: int, hi: int) -> list[tuple[int, int]]:
    """The contents of the speaker's own statements cued in the gap."""
    return [a.content for a in same if a.cue is not None and lo <= a.cue[0] < hi]


def _gap_sentences(doc: Doc, prev: Attribution, lo: int, hi: int) -> list[Span]:
    """The sentences that start between the two quotations, after the one holding prev's cue."""
    cue_at = prev.cue[0] if prev.cue is not None else lo
    return [s for s in doc.sents if lo < s.start_char < hi and s.start_char > cue_at]


def _split_by_attribution(prev: Attribution, prev_q: Quote, q: Quote, doc: Doc) -> bool:
    """``"A," said Ana Ruiz, who chairs the board and ... "B."``: a quotation that goes on after
    its own cue and source, however long the aside that names the speaker; the second stretch
    is the same statement (PolNeAR's discontinuous content), not an unattributed quotation.
    The gap must be that one sentence's attribution (its cue and source in it, nobody else's
    statement or subject, see above), the next quotation opening the next sentence."""
    text = doc_text(doc)
    lo, hi = prev_q.outer_end, q.outer_start
    if prev.cue is None or prev.source is None or "\n" in text[lo:hi]:
        return False
    if not (lo <= prev.cue[0] <= hi and lo <= prev.source[0] <= hi):
        return False
    # no sentence of its own in the gap, only the quotation's
    return not any(
        text[s.start_char : hi].strip(" \"'“‘") for s in _gap_sentences(doc, prev, lo, hi)
    )
