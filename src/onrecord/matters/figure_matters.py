"""Matters of figures: statements that give one quantity different values.

Each asserted figure (:func:`.figures.figures_of`) is read as an interval of values on a
quantity; figures of one quantity that are linked as :mod:`.cluster` links statements make a
matter whose question asks the most given value ("Is the raise 5 percent?"), answered yes by a
compatible figure and no by a figure outside it. The figures outside it may differ among
themselves ("six have died" and "nine have died", both against a most given "five"): they
make a matter of their own, asked of their own most given value, and so on, so every two
figures that disagree stand yes and no in exactly one matter. In these later matters a figure
answers only if it is said of the thing as the question's is ("have died" and "have now
died"; not "had 34 penguins" against "eight penguins have died").
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from .aliases import aliases_by_article, widen
from .changes_by import changes_of, said_together, under_way
from .claims import Clause, Item
from .cluster import BM25, Matter, Position, context_terms, linked_groups
from .durations import durations_of
from .embeddings import Cosines, Embedder
from .figure_heads import called_so
from .figure_kinds import kinds_apart
from .figures import Figure, figures_of
from .holders import own_count
from .spans import spans_of
from .stance import CERTAINTY, Label, Stance
from .stories import story_names
from .unnamed_costs import as_story_cost, unnamed

Row = tuple[int, Clause, Figure]


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
            told = (*figures_of(clause), *durations_of(clause), *changes_of(clause))
            for fig in (*told, *spans_of(clause)):
                # "4 killed and 12 injured"; "took five months to grant"; "fell by 4 percent";
                # "the deal runs for a year" (:mod:`.spans`)
                if called_so(clause.text, fig.text):
                    continue  # "Ninety-five seats is a working majority": no value of seats
                fig = own_count(fig, clause, it)  # "we have logged 600 complaints": whose
                also = named.get(it.article, ())
                fig = replace(fig, subject=widen(fig.subject, also),
                              context=widen(fig.context, also))  # fmt: skip
                found.setdefault(fig.quantity, []).append((i, clause, fig))
    found = _story_costs(items, found)  # "the true cost is ...": the story's one priced thing
    changes = {k: rows for k, rows in found.items() if k[0].endswith(("/by-up", "/by-down"))}
    found = {k: rows for k, rows in found.items() if k not in changes}
    for key, rows in changes.items():  # a change's sizes told weeks apart: a plan revised
        for n, run in enumerate(said_together([items[i].said for i, _, _ in rows])):
            found[(f"{key[0]}#{n}", key[1])] = [rows[k] for k in run]
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
            out.extend(_matters(items, [r for r in rows if r[0] in inside]))
    return out


def _matters(items: list[Item], rows: list[tuple[int, Clause, Figure]]) -> list[Matter]:
    """The matter of one quantity, then the matters of the figures it answers no, asked
    of their own most given value (see the module)."""
    out: list[Matter] = []
    tier = 0
    while len(rows) > 1:
        matter, rest = _matter(items, rows, tier)
        if matter is not None:
            out.append(matter)
        if len(rest) == len(rows):
            break
        rows, tier = rest, tier + 1
    return out


def _matter(
    items: list[Item], rows: list[tuple[int, Clause, Figure]], tier: int = 0
) -> tuple[Matter | None, list[tuple[int, Clause, Figure]]]:
    """The matter of one quantity: the question asks its most given value. With it, the rows
    of the statements that do not answer yes (a figure outside it, or one told apart from
    it: "six penguins have died" against "we have lost five"), for a matter of their own."""
    rows = sorted(rows, key=lambda r: (items[r[0]].said or "", r[0]))
    counts = Counter((f.low, f.high) for _, _, f in rows)
    anchor = max((f for _, _, f in rows), key=lambda f: counts[(f.low, f.high)])
    positions = []
    placed: set[int] = set()
    agree: set[int] = set()
    told = next(c.text for _, c, f in rows if f is anchor)
    for i, clause, fig in rows:
        if i in placed or not fig.same_quantity(anchor):
            continue  # a statement answers once: with its first figure of this quantity
        if kinds_apart(clause.text, fig, told, anchor):
            continue  # "30 electric karts" / "40 petrol karts": two kinds counted
        if tier and fig.predicate != anchor.predicate:
            continue  # told apart from the first question: only a figure said alike answers
        placed.add(i)
        label: Label = "yes" if fig.compatible(anchor) else "no"
        if label == "yes":
            agree.add(i)
        ahead = clause.tense == "future" or under_way(fig, clause)  # "is cutting ... by"
        sure = CERTAINTY.get(clause.modality, 1.0)  # a count of reports is the speaker's own
        stance = Stance(label, sure, (fig.text,), clause.text,
                        clause.times, ahead, clause.entities)  # fmt: skip
        positions.append(Position(items[i], stance))
    rest = [r for r in rows if r[0] not in agree]  # a "no", or a figure told apart
    if len(positions) < 2 or all(p.stance.label == "yes" for p in positions):
        return None, rest
    key = f"{anchor.head}:{anchor.unit or 'count'}"
    first = sorted(p.item.key for p in positions)[0]
    seed = f"{key}|{first}" + (f"|{tier}" if tier else "")  # the first keeps its old id
    mid = "m" + hashlib.sha1(seed.encode()).hexdigest()[:10]
    return Matter(mid, _question(anchor), key, tuple(positions)), rest


def _question(fig: Figure) -> str:
    if fig.unit:
        return f"Is the {fig.word} {fig.text}?"
    return f"Is the number of {fig.word} {fig.text}?"


def _story_costs(
    items: list[Item], found: dict[tuple[str, str], list[Row]]
) -> dict[tuple[str, str], list[Row]]:
    """Each cost of nothing named moved to the quantity of the one thing its article prices
    (:mod:`.unnamed_costs`), where it prices one."""
    named: dict[str, list[Figure]] = {}
    for (head, unit), rows in found.items():
        if head == "cost" and unit.startswith("¤"):
            for i, _, fig in rows:
                named.setdefault(items[i].article, []).append(fig)
    out: dict[tuple[str, str], list[Row]] = {}
    for rows in found.values():
        for i, clause, fig in rows:
            if unnamed(fig):
                fig = as_story_cost(fig, named.get(items[i].article, []))
            out.setdefault(fig.quantity, []).append((i, clause, fig))
    return out
