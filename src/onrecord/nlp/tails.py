"""Where an indirect content ends: without the writer's closing aside.

A reported clause often ends on a noun the writer then explains after a comma: ``said the
levy would fund the Harbor Line, a rail link first drawn up in 1990``. The explanation is the
writer's, not the source's, and PolNeAR's annotators leave it out of the content; a parse
keeps it, since the apposition hangs from a noun of the clause. This pass cuts such a closing
aside off a content, and a closing ``, saying ...`` that reports a statement of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .attribution import Attribution, Offsets, doc_text, is_cue_verb, trim

_ASIDE_DEPS = frozenset({"appos"})


def without_closing_aside(doc: Doc, a: Attribution, text: str) -> Offsets:
    """``a``'s content less a closing ``, <description>`` in apposition to one of its nouns."""
    start, end = a.content
    if a.kind == "direct" or a.parts:
        return start, end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return start, end
    last = span[-1] if not span[-1].is_punct else span[-2]
    tok: Token = last
    while tok.head.i != tok.i and span.start <= tok.head.i < span.end:
        if tok.dep_ in _ASIDE_DEPS and _is_aside(doc, tok, span.start):
            if tok.head.i < tok.left_edge.i and _quote_free(text, tok.left_edge.idx, end):
                return trim(text, start, tok.left_edge.idx - 1)
            break
        tok = tok.head
    return start, end


def _is_aside(doc: Doc, tok: Token, first: int) -> bool:
    """A comma before a description of three words or more (``, a rail link first drawn up in
    1990``); a name (``his wife, Lena``) or a short title (``, a Democrat``) identifies the noun
    and stays, and so does a relative clause, which the annotators keep about as often."""
    edge = tok.left_edge.i
    if edge - 1 <= first or doc[edge - 1].text != ",":
        return False
    return tok.pos_ in ("NOUN", "PRON") and tok.right_edge.i - edge >= 2


def _quote_free(text: str, start: int, end: int) -> bool:
    return not any(ch in text[start:end] for ch in '"“”')


def without_reporting_participle(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """``rejected the idea that X, saying the crowds prove Y``: a content stops before a closing
    ``, saying ...`` of its own speaker, which reports a statement of its own; the parse may hang
    the participle inside the content (under the object's clause), which would swallow it, and
    lend it the clause's subject as its speaker.

    Runs before nested statements are dropped, so that the participle's statement stays, with
    the speaker of the statement it was cut from; a closing aside is cut there too, for the
    statements inside it (``..., something that the mayor mocked``).
    """
    by_cue = {a.cue_token: a for a in found if a.cue_token is not None}
    text = doc_text(doc)
    for a in found:
        a.content = without_closing_aside(doc, a, text)  # ", something the mayor mocked"
        participle = _reporting_participle(doc, a)
        if participle is None:
            continue
        a.content = _cut_before(doc, a, participle)
        b = by_cue.get(participle.i)
        if b is not None and a.source is not None:
            b.source, b.source_head = a.source, a.source_head
    return found


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
