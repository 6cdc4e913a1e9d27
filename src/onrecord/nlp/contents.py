"""What a cue verb reports: the tokens of its clause, the edge of a content that ends in a
quotation, and a content on both sides of an inserted attribution."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from .offsets import Offsets, trim
from .quotes import Quote
from .subjects import second_report

_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight on".split()
)


def through_closing_mark(text: str, end: int, quotes: list[Quote]) -> int:
    """A content that ends inside a quotation keeps the quotation's end: 'were "well within
    our permit."' stops after the mark, or at the paragraph's end when the mark is missing."""
    for q in quotes:
        if q.start < end <= q.end and q.end - end <= 2:
            return q.end
    return end


def content_tokens(comp: Token, verb: Token) -> list[Token]:
    """The clause's tokens, less a closing participial aside (", contradicting X")."""
    cut: set[int] = set()
    doc = comp.doc
    subtree = list(comp.subtree)
    last = subtree[-1].i
    for c in subtree:
        aside = c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > comp.i
        closes = c.right_edge.i >= last - 1  # the aside runs to the end of the clause
        if aside and closes and (doc[c.left_edge.i - 1].text == "," or c.left_edge.text == ","):
            cut.update(t.i for t in c.subtree)
    # "said the plan failed and said that ...": the second report is the speaker's own
    for c in subtree:
        if second_report(c):
            cut.update(t.i for t in c.subtree)
            cut.update(t.i for t in c.head.children if t.dep_ == "cc" and t.i == c.left_edge.i - 1)
    # "said Monday the city would ...": the day belongs to the cue, not to the claim
    lead = [t for t in subtree if t.i > verb.i and t.i not in cut]
    i = 0
    while (
        i < len(lead)
        and lead[i].i == verb.i + 1 + i
        and lead[i].ent_type_ in ("DATE", "TIME")
        and (lead[0].lower_ in _DAY_WORDS or lead[0].dep_ in ("npadvmod", "prep"))
    ):
        cut.add(lead[i].i)
        i += 1
    out = [t for t in subtree if t.i != verb.i and t.i not in cut]
    # "said they were worried, and more than half said ...": the clause's dangling "and"
    while len(out) > 1 and (out[-1].dep_ == "cc" or out[-1].text == ",") and out[-1].i > comp.i:
        out.pop()
    return out


def content_around(
    text: str, pieces: Iterable[Offsets], *, longer_than: int
) -> tuple[Offsets, tuple[Offsets, ...]] | None:
    """A content around an inserted attribution (``..., according to X, ...``, ``In a poll,
    ...``): each piece trimmed, those longer than ``longer_than`` characters kept. Returns the
    content's offsets and its parts (none when one piece is left), or None when none is left."""
    parts = tuple(p for p in (trim(text, *piece) for piece in pieces) if p[1] - p[0] > longer_than)
    if not parts:
        return None
    return (parts[0][0], parts[-1][1]), parts if len(parts) > 1 else ()
