"""A content that goes on past a conjunct the parser hung on the cue verb.

The small parser often joins the second member of a coordination inside the content to the
cue verb instead of to its first member: in ``pledged to cut taxes, fix the schools and build
roads`` it makes ``fix`` a conjunct of ``pledged``; in ``wants to become the nominee — and the
chief rival of the mayor`` the noun ``rival``; in ``will talk about immigration and how it is
changing the state`` the clause ``how it is changing``. The content then stopped after its
first member, though the guidelines give a content everything the source is reported to say.
Such a conjunct is read as the content's own when it cannot be the verb's:

* a noun or adjective (a verb does not coordinate with a noun);
* a bare verb (``fix``) where the cue verb is inflected (``pledged``, ``wants``) and the content
  holds a verb of the same form to share it (``to cut``, ``would cut``);
* a clause opened by a question word (``how``, ``why``, ``whether``) after a content that is a
  noun phrase (``talk about immigration and how ...``).

A conjunct with a subject of its own, or one that reports (``and said``, ``and urged``), stays
the speaker's next act, as before (``contrasts``, ``tails.cut_second_reports``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .attribution import Attribution
from .cue_verbs import is_cue_verb
from .offsets import Offsets, trim

# Tags of a cue verb whose form a bare verb (VB) cannot share: "pledged", "wants", "saying".
_INFLECTED = frozenset({"VBD", "VBZ", "VBN", "VBG"})
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})
_WH_WORDS = frozenset("how why what whether where who".split())
_JOINS = frozenset({",", "—", "–", "--", "and", "or"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def through_stranded_conjuncts(
    doc: Doc, a: Attribution, text: str, cues: frozenset[int] = frozenset()
) -> Offsets:
    """``a``'s content, running on through the conjuncts of its cue verb that belong to it
    (see the module's docstring); ``cues`` are the cue tokens of the other statements, which
    a conjunct must not hold."""
    if a.kind == "direct" or a.parts or a.cue_token is None:
        return a.content
    span = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    verb = doc[a.cue_token]
    if span is None or len(span) == 0 or span.start <= verb.i:
        return a.content
    words = [t for t in span if not t.is_punct]
    if not words:
        return a.content
    end = words[-1].i
    stop: Token | None = None
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.dep_ != "conj" or c.i <= end or c.sent.start != verb.sent.start:
            continue
        if not _joined(doc, end, c.left_edge.i) or not _belongs(c, verb, span):
            break
        if any(t.i in cues for t in c.subtree):
            break
        stop = c.right_edge
        end = stop.i
    if stop is None:
        return a.content
    while stop.i > span.start and (stop.is_punct or stop.dep_ == "cc"):
        stop = doc[stop.i - 1]
    return trim(text, a.content[0], stop.idx + len(stop.text))


def _joined(doc: Doc, last: int, first: int) -> bool:
    """Only commas, dashes and a coordinator lie between the content and the conjunct."""
    between = doc[last + 1 : first]
    return len(between) <= 3 and all(t.lower_ in _JOINS for t in between)


def _belongs(c: Token, verb: Token, span: Span) -> bool:
    """Whether the conjunct ``c`` of ``verb`` can only continue the content ``span``."""
    if is_cue_verb(c) or any(k.dep_ in _SUBJECTS for k in c.children):
        return c.left_edge.lower_ in _WH_WORDS and _nominal_content(span)
    if c.pos_ in _NOMINAL:
        return True
    if c.tag_ == "VB":  # not "and may not do so": a predicate of the speaker's own
        modal = any(k.tag_ == "MD" for k in c.children)
        return not modal and verb.tag_ in _INFLECTED and any(t.tag_ == "VB" for t in span)
    return c.left_edge.lower_ in _WH_WORDS and _nominal_content(span)


def _nominal_content(span: Span) -> bool:
    """A content that is a noun phrase (``immigration``) or a clause of a question word."""
    root = span.root
    return root.pos_ in _NOMINAL or root.dep_ in ("pobj", "dobj")
