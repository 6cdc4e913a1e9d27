"""Two statements of two articles joined only through others: two questions, not one.

A matter links statements of two articles only when they share a word besides the event's
own, a light verb or a time (:func:`.cluster.linked_groups`); but a matter is a connected
group, so two statements may sit in one through a third that shares a word with each ("the
closure was about saving money" and, weeks later in another paper, "no ferry office on Harn
Island will close this year", both linked to "the ferry office on Harn Island will close in
May"). Set against each other, such a pair answers two questions ("why close it?",
"when?"): on the 29 study sets 12 of the 13 such contradictions were false, and the
13th is still shown by the rebuttal that backed it, while within one article, where the talk
itself joins two speakers, 17 of 43 pairs sharing no word were right.

A pair that shares a word (any, besides the event's own) stands, and so does a reversal: one
speaker tells the same act of their own in new words. A rebuttal between the two is found on
its own, its cue naming the claim (:mod:`.rebuttals`).
"""

from __future__ import annotations

from .claims import Item
from .cluster import Matter, context_terms, words_besides
from .contradictions import Contradiction


def joined_only_through_others(a: Item, b: Item, event: str) -> bool:
    """Whether ``a`` and ``b``, on the event ``event``, come from two articles and share no
    word besides the event's own, its family's, a light verb or a time."""
    if a.article == b.article:
        return False
    return not words_besides(context_terms(a), event) & words_besides(context_terms(b), event)


def without_unjoined(found: list[Contradiction], matters: list[Matter]) -> list[Contradiction]:
    """``found`` less the contradictions (no cue) between two statements of two articles that
    only other statements of their matter join (:func:`joined_only_through_others`)."""
    by_matter = {m.id: m for m in matters}
    out: list[Contradiction] = []
    for c in found:
        matter = by_matter.get(c.matter or "")
        if c.kind == "contradiction" and c.cue is None and matter is not None:
            items = {p.item.key: p.item for p in matter.positions}
            a, b = items.get(c.a.statement), items.get(c.b.statement)
            if a is not None and b is not None and joined_only_through_others(a, b, matter.event):
                continue
        out.append(c)
    return out
