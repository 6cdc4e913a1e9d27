"""The pieces of a sentence that an ``according to X`` phrase attributes to X.

The phrase attributes its own clause: the words before it and, when the phrase is set inside
that clause, the words after it (``At the heart of it, according to Ruiz, was a feud``). Two
stretches of the sentence are not that clause's words:

* the closing marks after the phrase when no word follows it (``..., according to the tally.
  ''``, a period set off by a non-breaking space), which used to be kept as a piece of their
  own;
* a conjunction or a linking adverb that opens the sentence (``But, according to Ruiz, the
  bridge ...``, ``Still, the ferry ..., according to Ruiz``), which joins the sentence to the
  one before and says nothing itself (PolNeAR's annotators leave it out);
* the copula of ``That's according to X.``, which the phrase completes: the writer's frame
  around the pronoun, which alone stands for what X reported.

A clause the writer joins after the phrase (``Ruiz leads by 12 points, according to the
tally, but her lead is narrowing``) is mostly left out by the annotators, but leaving it out
frees the reports inside it as statements of their own: measured and left (docs/evaluation.md,
the thirty-fourth round).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .connectives import linking_length
from .offsets import Offsets

# A summing "In all," is the writer's too before "according to" (``In all, the fund raised
# $2 million, according to ...``), though not always before a closing tag (connectives.py).
_IN_ALL = ("in", "all", ",")
_COPULAS = frozenset({"'s", "’s", "is", "was"})


def according_pieces(sent: Span, phrase: Offsets) -> list[Offsets]:
    """The stretches of ``sent`` that ``according to X`` (at ``phrase``) attributes to X:
    the words before the phrase and after it, less those the phrase does not cover."""
    pieces: list[Offsets] = []
    start = _past_connectives(sent, phrase[0])
    after = _words_after(sent, phrase)
    end = phrase[0] if after else _before_copula(sent, start, phrase[0])
    if start < end:
        pieces.append((start, end))
    if after:
        pieces.append((phrase[1], sent.end_char))
    return pieces


def _before_copula(sent: Span, start: int, end: int) -> int:
    """``That's according to the tally.``: where the words before the phrase end without the
    copula the phrase completes, when they are a subject and that copula alone."""
    words = [t for t in sent if start <= t.idx < end and not t.is_space]
    if len(words) == 2 and _is_copula(words[1]) and words[0].pos_ in ("PRON", "DET"):
        return words[0].idx + len(words[0].text)
    return end


def _past_connectives(sent: Span, end: int) -> int:
    """Where the attributed words before ``end`` start: past a conjunction opening the
    sentence (``But the ferry, according to ...``) and a linking adverb set off by a comma
    (``Still, the ferry ...``), which join the sentence to the one before and say nothing."""
    words = [t for t in sent if t.idx < end and not t.is_space]
    i = 0
    if i < len(words) and words[i].pos_ == "CCONJ":
        i += 1
    low = tuple(t.lower_ for t in words)
    i += 3 if low[i : i + 3] == _IN_ALL else linking_length(words, i)
    while i < len(words) and words[i].is_punct:
        i += 1
    return words[i].idx if i < len(words) else end


def _is_copula(tok: Token) -> bool:
    # the tagger reads a curly "’s" as an adverb
    return tok.lemma_ == "be" or tok.lower_ in _COPULAS


def _words_after(sent: Span, phrase: Offsets) -> bool:
    """Whether the sentence holds a word after the phrase, not only closing marks (``...,
    according to the tally. ''``, a closing period set off by a non-breaking space)."""
    return any(t.idx >= phrase[1] and not t.is_punct and not t.is_space for t in sent)
