"""Where an indirect content ends: without the writer's closing aside.

A reported clause often ends on a name the writer then explains after a comma: ``said the
levy would fund the Harbor Line, a rail link first drawn up in 1990``. Such a description is
usually the writer's, and PolNeAR's annotators leave it out of the content; a parse keeps it,
since the apposition hangs from a noun of the clause. A characterisation may as well be the
speaker's own (``the levy, a tax that punishes the poor``, ``Ortega, his longtime rival``), so
the cut is kept narrow: only a description of a name, with a clause or phrase of its own, is
cut. A closing relative clause after a comma (``..., where she trailed by 40 votes``) is cut
too: the guidelines leave out what may be the writer's background. This pass also cuts a
closing ``, saying ...`` that reports a statement of its own, and a second report of the same
speaker that the parser joined to the reported clause (``called on X to act and proposed ...``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .attribution import Attribution
from .cue_verbs import is_cue_verb
from .offsets import Offsets, doc_text, trim
from .subjects import report_head


def without_closing_aside(
    doc: Doc, a: Attribution, text: str, cues: frozenset[int] = frozenset()
) -> Offsets:
    """``a``'s content less a closing ``, <description>`` in apposition to one of its nouns;
    ``cues``, the other statements' cue tokens, mark an aside that reports someone's stance
    (``the terminal, a project that Brandt opposed``) as the writer's."""
    start, end = a.content
    if a.kind == "direct" or a.parts:
        return start, end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return start, end
    last = span[-1] if not span[-1].is_punct else span[-2]
    # cut once nested statements are dropped (no ``cues``): one inside the clause stays nested
    rel = None if cues else _closing_relative(doc, span.start, last)
    if rel is not None and _quote_free(text, doc[rel].idx, end):
        return trim(text, start, doc[rel - 1].idx)
    tok: Token = last
    while tok.head.i != tok.i and span.start <= tok.head.i < span.end:
        if tok.dep_ == "appos" and _is_aside(doc, tok, span.start, cues - {a.cue_token}):
            if tok.head.i < tok.left_edge.i and _quote_free(text, tok.left_edge.idx, end):
                return trim(text, start, tok.left_edge.idx - 1)
            break
        tok = tok.head
    return start, end


_RELATIVES = frozenset("which who whom whose where".split())


def _closing_relative(doc: Doc, first: int, last: Token) -> int | None:
    """The first token of a non-restrictive relative clause (a comma, then ``which``,
    ``who``, ``where``, ``with whom`` ...) that closes a content: ``said she would seek a
    recount in the Elm race, where she trailed by 40 votes``. The guidelines keep such a
    clause out ("when in doubt, don't include it"): it is most often the writer's background."""
    tok: Token = last
    while tok.head.i != tok.i and first <= tok.head.i <= last.i:
        if tok.dep_ == "relcl" and tok.head.i < tok.left_edge.i:
            edge = tok.left_edge.i
            word = doc[edge + 1] if doc[edge].pos_ == "ADP" and edge + 1 < len(doc) else doc[edge]
            if (
                edge - 1 > first + 1
                and doc[edge - 1].text == ","
                and word.lower_ in _RELATIVES
                and tok.right_edge.i == last.i
                and tok.head.dep_ not in ("nsubj", "nsubjpass")  # the clause goes on after it
            ):
                return edge
            return None
        tok = tok.head
    return None


def _is_aside(doc: Doc, tok: Token, first: int, cues: frozenset[int | None]) -> bool:
    """A comma, then a description of a name with a clause or phrase of its own (``the Harbor
    Line, a rail link first drawn up in 1990``). A title (``Ortega, a Democratic senator``),
    a name (``his wife, Lena``), a possessive (``Ortega, his longtime rival``) or a description
    of a common noun (``the levy, a tax that punishes the poor``), which the speaker may well
    have said, stays, unless it holds a statement of its own (``the terminal, a project that
    Brandt opposed``)."""
    edge = tok.left_edge.i
    if edge - 1 <= first or doc[edge - 1].text != ",":
        return False
    if tok.pos_ != "NOUN" or tok.right_edge.i - edge < 2:
        return False
    if any(t.i in cues for t in tok.subtree):
        return True  # the aside holds a statement of its own: the writer's report
    if tok.head.pos_ != "PROPN":
        return False
    if any(c.dep_ == "poss" for c in tok.children):
        return False
    return any(c.dep_ in ("acl", "relcl", "prep") and c.i > tok.i for c in tok.children)


def _quote_free(text: str, start: int, end: int) -> bool:
    return not any(ch in text[start:end] for ch in '"“”')


def without_reporting_participle(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """``rejected the idea that X, saying the crowds prove Y``: a content stops before a closing
    ``, saying ...`` that reports a statement of its own; the parse may hang the participle
    inside the content (under the object's clause), which would swallow it, and lend it the
    clause's subject as its speaker. A participle that closes a content is taken to be the
    statement's own speaker's, and its statement gets that speaker. So does ``, adding that
    ...`` hung on the reported clause (``Reed said the strike would end soon, adding that
    ...``), whose content was cut before this pass.

    Runs before nested statements are dropped, so that the participle's statement stays, with
    the speaker of the statement it was cut from; a closing aside is cut there too, for the
    statements inside it (``..., something that the mayor mocked``).
    """
    by_cue = {a.cue_token: a for a in found if a.cue_token is not None}
    cues = frozenset(by_cue)
    text = doc_text(doc)
    for a in found:
        a.content = without_closing_aside(doc, a, text, cues)  # ", something the mayor mocked"
        participle = _reporting_participle(doc, a)
        if participle is None:
            continue
        a.content = _cut_before(doc, a, participle)
        b = by_cue.get(participle.i)
        if b is not None and a.source is not None and "nominal" not in a.labels:
            b.source, b.source_head = a.source, a.source_head  # not the owner of "X's claim"
    _adding_after_content(doc, found)
    return found


def _adding_after_content(doc: Doc, found: list[Attribution]) -> None:
    """``Reed said the strike would end soon, adding that ...``: the parse hangs ``adding`` on
    the reported clause's verb and lends it that clause's subject (``the strike``); Reed adds."""
    for b in found:
        if b.cue_token is None or b.source_head is None:
            continue
        part = doc[b.cue_token]
        if part.lemma_.lower() != "add" or part.tag_ != "VBG" or doc[part.i - 1].text != ",":
            continue
        clause = part.head
        if clause.i == part.i or doc[b.source_head].head.i != clause.i:
            continue  # the participle's speaker is not the subject lent by the clause
        for a in found:
            if a is b or a.source is None or a.cue_token is None or a.kind == "direct":
                continue
            if a.content[0] <= clause.idx < a.content[1] and a.cue_token in {
                t.i for t in clause.ancestors
            }:
                b.source, b.source_head = a.source, a.source_head
                break


def cut_at_reporting_participle(doc: Doc, a: Attribution) -> Offsets:
    """``a``'s content, less a closing reporting participle (see above) its edges took in."""
    participle = _reporting_participle(doc, a)
    return a.content if participle is None else _cut_before(doc, a, participle)


def _cut_before(doc: Doc, a: Attribution, participle: Token) -> Offsets:
    return trim(doc_text(doc), a.content[0], doc[participle.i - 1].idx)


def _reporting_participle(doc: Doc, a: Attribution) -> Token | None:
    """The ``, saying ...`` participle closing ``a``'s content, with a clause or object of its
    own, when it is not ``a``'s own cue."""
    if a.kind == "direct" or a.parts or a.cue_token is None:
        return None
    span = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if span is None:
        return None
    for tok in span[2:]:
        if tok.tag_ != "VBG" or doc[tok.i - 1].text != "," or not is_cue_verb(tok):
            continue
        if tok.i == a.cue_token or tok.right_edge.i < span.end - 2:
            continue
        if any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
            return tok
    return None


def cut_second_reports(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """``called on X to act and proposed a plan``: the second report is the speaker's own, so
    the first statement's content ends before it (and its ``and``) rather than holding it."""
    text = doc_text(doc)
    for a in found:
        head = report_head(doc[a.cue_token]) if a.cue_token is not None else None
        if a.cue is None or a.cue_token is None or head is None:
            continue
        verb = doc[a.cue_token]
        above = {t.i for t in verb.ancestors}
        j = min(verb.left_edge.i, _token_at(doc, a.cue[0])) - 1
        while j > 0 and (doc[j].dep_ == "cc" or doc[j].is_punct or doc[j].is_space):
            j -= 1
        end = doc[j].idx + len(doc[j].text)
        for outer in found:  # the reports whose content the parser let run over it
            if outer.cue_token not in above or not outer.content[0] < a.cue[0] < outer.content[1]:
                continue
            if end > outer.content[0]:
                outer.content = trim(text, outer.content[0], end)
                outer.parts = tuple((s, min(e, end)) for s, e in outer.parts if s < end)
    return found


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc)
