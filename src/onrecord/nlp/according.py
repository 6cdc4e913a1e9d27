"""The pieces of a sentence that an ``according to X`` phrase attributes to X.

The phrase attributes its own clause: the words before it and, when the phrase is set inside
that clause, the words after it (``At the heart of it, according to Ruiz, was a feud``). Two
stretches of the sentence are not that clause's words:

* the closing marks after the phrase when no word follows it (``..., according to the tally.
  ''``, a period set off by a non-breaking space), which used to be kept as a piece of their
  own;
* a conjunction or a linking adverb that opens the sentence (``But, according to Ruiz, the
  bridge ...``, ``Still, the ferry ..., according to Ruiz``), which joins the sentence to the
  one before and says nothing itself (PolNeAR's annotators leave it out).

A clause the writer joins after the phrase (``Ruiz leads by 12 points, according to the
tally, but her lead is narrowing``) is mostly left out by the annotators, but leaving it out
frees the reports inside it as statements of their own: measured and left (docs/evaluation.md,
the thirty-fourth round).
"""

from __future__ import annotations

from spacy.tokens import Span

from .offsets import Offsets

# Sentence adverbs that link a sentence to the one before it (``Still, ...``, ``Even so,
# ...``): the writer's words, set off by a comma before the attributed clause.
_CONNECTIVES = frozenset(
    "still nevertheless nonetheless meanwhile however moreover furthermore instead yet".split()
)
_CONNECTIVE_PAIRS = frozenset({("even", "so"), ("in", "addition"), ("in", "all")})


def according_pieces(sent: Span, phrase: Offsets) -> list[Offsets]:
    """The stretches of ``sent`` that ``according to X`` (at ``phrase``) attributes to X:
    the words before the phrase and after it, less those the phrase does not cover."""
    pieces: list[Offsets] = []
    start = _past_connectives(sent, phrase[0])
    if start < phrase[0]:
        pieces.append((start, phrase[0]))
    if _words_after(sent, phrase):
        pieces.append((phrase[1], sent.end_char))
    return pieces


def _past_connectives(sent: Span, end: int) -> int:
    """Where the attributed words before ``end`` start: past a conjunction opening the
    sentence (``But the ferry, according to ...``) and a linking adverb set off by a comma
    (``Still, the ferry ...``), which join the sentence to the one before and say nothing."""
    words = [t for t in sent if t.idx < end and not t.is_space]
    i = 0
    if i < len(words) and words[i].pos_ == "CCONJ":
        i += 1
    low = [t.lower_ for t in words]
    if i + 1 < len(words) and low[i] in _CONNECTIVES and low[i + 1] == ",":
        i += 2
    elif i + 2 < len(words) and (low[i], low[i + 1]) in _CONNECTIVE_PAIRS and low[i + 2] == ",":
        i += 3
    while i < len(words) and words[i].is_punct:
        i += 1
    return words[i].idx if i < len(words) else end


def _words_after(sent: Span, phrase: Offsets) -> bool:
    """Whether the sentence holds a word after the phrase, not only closing marks (``...,
    according to the tally. ''``, a closing period set off by a non-breaking space)."""
    return any(t.idx >= phrase[1] and not t.is_punct and not t.is_space for t in sent)
