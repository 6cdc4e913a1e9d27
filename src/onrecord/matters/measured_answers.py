"""Which claim an answer's figure answers: the one that gives the same measure.

"The nearest home is 400 metres from the site," then "Fettiplace said the company's own
drawings showed otherwise. 'The containers will be 150 metres from the back gardens,' she
said." An answer sentence (:mod:`.answers`) answers the run of claims told before it; when two
of them share as many words with the answer's words, the one that gives a figure of the
quantity the answer gives a figure of (its noun and unit: metres and metres, not metres and
containers) is the claim the answer's figure stands against. A figure is how news sets two
accounts side by side, and the figure the answerer gives is the number in dispute.
"""

from __future__ import annotations

from .claims import Item
from .figures import figures_of


def same_measure(claim: Item, answer: Item) -> bool:
    """Whether ``claim`` and ``answer`` each give a figure of one quantity (the noun it
    measures and its unit, :attr:`.figures.Figure.quantity`), in clauses they assert."""
    theirs = {f.quantity for c in answer.claim.clauses for f in figures_of(c)}
    if not theirs:
        return False
    return any(f.quantity in theirs for c in claim.claim.clauses for f in figures_of(c))
