"""Linking adverbs that open a sentence: the writer's joints between sentences, not what a
speaker said.

A sentence often opens on a word or phrase that ties it to the one before (``Still, the ferry
lost money``, ``In fact, the levy raised $4 million``, ``What's more, ...``). When the
sentence's attribution comes after its content (``..., the harbor board said.``), the parse
makes the whole sentence the content, the linking phrase included; but the phrase is the
writer's, joining the sentence to the one before, and the guidelines keep in a content only
what is clearly attributed. In PolNeAR's train, where a
content lies before its cue and its sentence opens on one of these, the annotators start the
content right after it 21 times, later still 9 times, and never keep it (they keep a summing
"In all" 4 times to 1, and "Now" or "In the end", which say when: none of them is listed).
Inside an inserted tag (``Still, she said, ...``) they keep it as a piece more often than not
(21 to 11), so only a content wholly before its cue loses it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .offsets import Offsets

# One-word sentence adverbs that link a sentence to the one before, set off by a comma.
LINKING_WORDS = frozenset(
    "still nevertheless nonetheless meanwhile however moreover furthermore instead yet "
    "indeed".split()
)
# Phrases that do the same, as lower-case token texts ("what's more": what + 's + more).
LINKING_PHRASES = frozenset(
    {
        ("even", "so"),
        ("in", "addition"),
        ("in", "fact"),
        ("in", "contrast"),
        ("by", "contrast"),
        ("as", "a", "result"),
        ("at", "the", "same", "time"),
        ("what", "'s", "more"),
        ("what", "’s", "more"),
    }
)


def linking_length(words: list[Token], i: int = 0) -> int:
    """How many of ``words`` from ``i`` a linking adverb and its comma take (``Still ,`` is
    2, ``In fact ,`` 3); 0 when none opens there."""
    low = [t.lower_ for t in words]
    if i + 1 < len(low) and low[i] in LINKING_WORDS and low[i + 1] == ",":
        return 2
    for phrase in LINKING_PHRASES:
        n = len(phrase)
        if tuple(low[i : i + n]) == phrase and i + n < len(low) and low[i + n] == ",":
            return n + 1
    return 0


def past_opening_link(doc: Doc, content: Offsets, cue_token: int | None) -> Offsets:
    """``content`` less a linking adverb that opens its sentence, when the content lies
    wholly before its cue (``Still, the ferry lost money, the board said``: "the ferry lost
    money"); unchanged when the cue comes first or sits inside the content, or when the
    adverb is no sentence opener (``said it still, as before, ...``)."""
    start, end = content
    if cue_token is None or doc[cue_token].idx < end:
        return content
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return content
    first = span[0]
    sent_words = [t for t in first.sent if not t.is_punct and not t.is_space]
    if not sent_words or sent_words[0].i != first.i:
        return content
    words = [t for t in span if not t.is_space]
    n = linking_length(words)
    if n == 0 or n + 2 > len(words):
        return content
    return words[n].idx, end
