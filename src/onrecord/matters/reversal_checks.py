"""What the modules that find reversals by an article's words ask of the two sides.

A reversal that no matter joins (:mod:`.marked_reversals`, :mod:`.recalled_words`,
:mod:`.reported_reversals`) is found by the article's words and the words the two statements
share; these checks keep out what is no change of position: a side said with a hedge or a
condition ("might", "would close if the money comes"), which holds no position to change;
two sides that name one event the same way ("will visit every resident", then "had visited
all 41 residents"), the steps of one plan or one account told twice.
"""

from __future__ import annotations

from .claims import Item

__all__ = ["one_step", "said_surely"]


def said_surely(it: Item) -> bool:
    """Whether the statement has a clause and all are certain (not "would close if ...")."""
    if it.claim.conditional:
        return False
    clauses = [c for c in it.claim.clauses if c.text.strip()]
    return bool(clauses) and all(c.modality == "certain" for c in clauses)


def one_step(a: Item, b: Item) -> bool:
    """Whether ``a`` and ``b`` name one event the same way (its key and polarity): one plan's
    steps ("will visit", then "had visited"), or one account told twice, not a change of
    position."""
    pa = {(e.key, e.polarity) for e in a.claim.events}
    pb = {(e.key, e.polarity) for e in b.claim.events}
    return bool(pa & pb)
