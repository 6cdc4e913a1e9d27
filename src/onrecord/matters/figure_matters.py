"""Matters of figures: statements that give one quantity different values.

Each asserted figure (:func:`.figures.figures_of`) is read as an interval of values on a
quantity; figures of one quantity that are linked as :mod:`.cluster` links statements make a
matter whose question asks the most given value ("Is the raise 5 percent?"), answered yes by a
compatible figure and no by a figure outside it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from .aliases import aliases_by_article, widen
from .claims import Clause, Item
from .cluster import BM25, Matter, Position, context_terms, linked_groups
from .embeddings import Cosines, Embedder
from .figures import Figure, figures_of
from .stance import CERTAINTY, Label, Stance
from .stories import story_names


def value_matters(
    items: list[Item],
    *,
    embedder: Embedder | None = None,
    stories: dict[str, frozenset[str]] | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[Matter]:
    """Matters of quantities given different values by at least two statements.

    ``texts`` (article -> its text) tell the names a story gives the things it measures
    (:mod:`.aliases`); without them, the statements' sentences do."""
    found: dict[tuple[str, str], list[tuple[int, Clause, Figure]]] = {}
    named = aliases_by_article(items, texts)
    for i, it in enumerate(items):
        if it.claim.conditional:
            continue
        for clause in it.claim.clauses:
            for fig in figures_of(clause):  # every figure: "4 killed and 12 injured"
                also = named.get(it.article, ())
                fig = replace(fig, subject=widen(fig.subject, also),
                              context=widen(fig.context, also))  # fmt: skip
                found.setdefault(fig.quantity, []).append((i, clause, fig))
    wanted = [rows for rows in found.values() if len(rows) > 1]
    if not wanted:
        return []
    terms = [context_terms(it) for it in items]
    index = BM25(terms)
    near = Cosines(embedder, [it.statement.content.text for it in items]) if embedder else None
    stories = story_names(items) if stories is None else stories
    out: list[Matter] = []
    for rows in wanted:
        if len({i for i, _, _ in rows}) < 2:
            continue
        members = list(dict.fromkeys(i for i, _, _ in rows))
        head = rows[0][2].head
        for group in linked_groups(items, members, index, terms, head, near, None, stories):
            inside = set(group)
            matter = _matter(items, [r for r in rows if r[0] in inside])
            if matter is not None:
                out.append(matter)
    return out


def _matter(items: list[Item], rows: list[tuple[int, Clause, Figure]]) -> Matter | None:
    """The matter of one quantity: the question asks its most given value."""
    rows = sorted(rows, key=lambda r: (items[r[0]].said or "", r[0]))
    counts = Counter((f.low, f.high) for _, _, f in rows)
    anchor = max((f for _, _, f in rows), key=lambda f: counts[(f.low, f.high)])
    positions = []
    placed: set[int] = set()
    for i, clause, fig in rows:
        if i in placed or not fig.same_quantity(anchor):
            continue  # a statement answers once: with its first figure of this quantity
        placed.add(i)
        label: Label = "yes" if fig.compatible(anchor) else "no"
        stance = Stance(label, CERTAINTY[clause.modality], (fig.text,), clause.text,
                        clause.times, clause.tense == "future", clause.entities)  # fmt: skip
        positions.append(Position(items[i], stance))
    if len(positions) < 2 or all(p.stance.label == "yes" for p in positions):
        return None
    key = f"{anchor.head}:{anchor.unit or 'count'}"
    first = sorted(p.item.key for p in positions)[0]
    mid = "m" + hashlib.sha1(f"{key}|{first}".encode()).hexdigest()[:10]
    return Matter(mid, _question(anchor), key, tuple(positions))


def _question(fig: Figure) -> str:
    if fig.unit:
        return f"Is the {fig.word} {fig.text}?"
    return f"Is the number of {fig.word} {fig.text}?"
