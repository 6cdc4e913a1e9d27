"""Closeness in meaning as evidence for a reported disagreement (the ``[embeddings]`` extra).

With an embedder, a disagreement whose two statements are close in a sentence-embedding space
(cosine of their contents >= ``CLOSE``) is a little surer: measured on the held-out sets
(``benchmarks/embed_separation.py --reports``), the reports at that closeness are right more
often (about 0.93) than the reports overall (about 0.80). The cosine only raises confidence; it
neither adds nor drops a report. It does not tell the statements of one question from the rest
well enough to group by: gold pairs the event keys never group and gold hard negatives overlap
in cosine, and for each such pair above 0.6 a story holds about fourteen other pairs by two
speakers that are as close.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .claims import Item
from .confidence import CEILING
from .contradictions import Contradiction
from .embeddings import Cosines, Embedder

# contents at least this close in meaning make a report surer
CLOSE = 0.7
CLOSE_WEIGHT = 0.05


def close_in_meaning(
    found: Iterable[Contradiction], items: list[Item], embedder: Embedder
) -> list[Contradiction]:
    """``found``, each report whose two statements' contents are close in meaning
    (cosine >= ``CLOSE``) made surer by ``CLOSE_WEIGHT``, the factor kept with it."""
    found = list(found)
    if not found or not items:
        return found
    # only the reported statements are embedded (the matters' own pass covered all of them)
    wanted = {sid for c in found for sid in (c.a.statement, c.b.statement)}
    shown = [it for it in items if it.key in wanted]
    at = {it.key: n for n, it in enumerate(shown)}
    near = Cosines(embedder, [it.statement.content.text for it in shown])
    out: list[Contradiction] = []
    for c in found:
        i, j = at.get(c.a.statement), at.get(c.b.statement)
        cosine = near(i, j) if i is not None and j is not None else 0.0
        if cosine < CLOSE:
            out.append(c)
            continue
        factor = (f"the two statements are close in meaning (cosine {cosine:.2f})", CLOSE_WEIGHT)
        value = round(min(CEILING, c.confidence + CLOSE_WEIGHT), 2)
        out.append(replace(c, confidence=value, factors=(*c.factors, factor)))
    return out
