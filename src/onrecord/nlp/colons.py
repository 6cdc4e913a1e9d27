"""Colons that attribute: a headline's ``Speaker: what they said``, a transcript's
``TAPPER: ...``, and ``pollster Dana Whitfield: "..."`` before a quotation.

The colon is the cue and the name before it the source.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .attribution import Attribution
from .offsets import Offsets, doc_text, trim
from .quotes import Quote
from .subjects import speaker_like

# A paragraph that opens with a short capitalized name and a colon: "Issa: Clinton's Honesty Is
# in Question", "Clinton camp: ...", "JAKE TAPPER: ...". The name may be followed by what the
# line is about ("CNN President On Trump: ..."), which is not part of the source.
# A line label may come first ("EXCLUSIVE – Roger Stone: ..."), and where the speaker spoke
# after the name ("Mukasey at RNC: ...", "Ruiz at the Capitol: ...").
_HEADLINE_COLON = re.compile(
    r"(?:[A-Z]{3,} [–—-] )?"
    r"([A-Z][\w.’'&-]*(?: (?:(?!On |To |At )[A-Z][\w.’'&-]*|camp)){0,3})"
    r"(?: (?:on|to|On|To) [A-Z][^:\n]{0,60}?| (?:at|At) (?:the )?[A-Z][\w.’'&-]*"
    r"(?: [A-Z][\w.’'&-]*){0,3})?: +(?=[A-Z‘'“\"])"
)

_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_HEADLINE_SOURCES = frozenset({"poll", "survey", "study", "report"})
# Words that label a line rather than name a speaker ("Update:", "Q:", "BYLINE:", "Breaking:").
# fmt: off
_LINE_LABELS = frozenset("""
q a update updates correction corrections note latest breaking revealed wow look boom busted
exclusive leaked bombshell name so watch video photos photo editor byline contributing paid
developing just live read
""".split())
# fmt: on


def headline_colons(doc: Doc, paragraphs: list[Offsets], qidx: list[int]) -> list[Attribution]:
    """``Poll: Trump and Clinton Tied``: a short capitalized name, a colon, then a paragraph."""
    text = doc_text(doc)
    out: list[Attribution] = []
    for p_start, p_end in paragraphs:
        m = _HEADLINE_COLON.match(text, p_start, p_end)
        if m is None:
            continue
        label = text[p_start : m.start(1)].split(maxsplit=1)
        if label and label[0].lower() not in _LINE_LABELS:
            continue  # only a line label goes before the name: "EXCLUSIVE –", "WATCH –"
        start, end = trim(text, m.end(), p_end)
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if end - start < 8 or name is None or qidx[name[-1].i] >= 0 or not _speaker_name(name):
            continue
        colon = m.end() - len(m.group()) + len(m.group().rstrip(" "))
        out.append(
            Attribution(
                kind="indirect",
                content=(start, end),
                cue=(colon - 1, colon),
                cue_token=name[-1].i + 1,
                source=(m.start(1), m.end(1)),
                source_head=name[-1].i,
                sentence=(p_start, p_end),
                labels={"headline"},
            )
        )
    return out


def _speaker_name(name: Span) -> bool:
    """Whether a headline's lead names who speaks, not what the line is ("Update", "Q")."""
    words = {w.lower_.rstrip("s’'") for w in name} | {w.lower_ for w in name}
    if words & _LINE_LABELS or name[-1].lower_.endswith("ing"):
        return False
    last = name[-1]
    if last.ent_type_ in _SPEAKER_ENTS or last.lower_ in _HEADLINE_SOURCES:
        return True
    if last.pos_ in ("PROPN", "NOUN"):
        return True
    # a transcript's speaker in capitals ("BOULDUAN:"), which the tagger often gets wrong
    return all(w.is_upper and len(w) > 1 for w in name if w.is_alpha)


_NAME_POS = ("PROPN", "NOUN", "ADJ")


def colon_frame(doc: Doc, q: Quote, qidx: list[int]) -> tuple[Token, list[Token]] | None:
    """``Republican pollster Daron Shaw: "..."``: a name, a colon, then the quotation.

    The colon is the cue and the name before it (with its title) the source.
    """
    span = doc.char_span(q.outer_start, q.outer_start + 1, alignment_mode="expand")
    if span is None or span.start < 2:
        return None
    colon = doc[span.start - 1]
    if colon.text != ":" or qidx[colon.i] >= 0 or doc[colon.i - 1].pos_ != "PROPN":
        return None
    src: list[Token] = []
    j = colon.i - 1
    while j >= 0 and len(src) < 6 and doc[j].pos_ in _NAME_POS and qidx[j] < 0:
        if doc[j].is_sent_start:
            src.insert(0, doc[j])
            break
        src.insert(0, doc[j])
        j -= 1
    return (colon, src) if src else None


# Words between a verb and its colon that keep it the tag: "went even further:", "shot back:".
_TAG_TAIL_DEPS = frozenset({"advmod", "prt", "npadvmod"})
_CLAIMED_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"})


def verb_before_colon(doc: Doc, q: Quote, qidx: list[int]) -> Token | None:
    """``Hannity interjected: "..."``, ``Ruiz went even further: "..."``: the verb of a person
    whose clause a colon closes right before the quotation introduces it, whatever the verb
    (the guidelines' manner verbs: "smiled Lowell"). Only a main verb with a subject that can
    speak and nothing after it but adverbs: not ``The sign read: "..."``, ``The results were
    clear: "..."``, ``Ruiz issued a list: "..."`` (its object is what the colon explains)."""
    text = doc_text(doc)
    before = text[: q.outer_start].rstrip()
    if not before.endswith(":"):
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    verb = doc[span.start - 1]
    while verb.dep_ in _TAG_TAIL_DEPS and verb.head.i < verb.i and verb.i - verb.head.i <= 3:
        verb = verb.head
    # the main verb, or one the parser hung on the quotation's verb
    main = verb.dep_ == "ROOT" or (verb.dep_ in ("ccomp", "parataxis") and qidx[verb.head.i] >= 0)
    if verb.pos_ != "VERB" or not main or qidx[verb.i] >= 0:
        return None
    if any(c.dep_ in _CLAIMED_DEPS and c.i > verb.i and qidx[c.i] < 0 for c in verb.children):
        return None
    if any(
        t.dep_ not in _TAG_TAIL_DEPS for t in doc[verb.i + 1 : span.start] if t.head.i == verb.i
    ):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return verb if speaker_like(subj) else None
