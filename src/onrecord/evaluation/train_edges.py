"""Learn the edge weights of ``nlp/learned_edges.py`` from an annotated corpus.

Every article is read by the rules alone; each statement whose edges the pass may move
(:func:`~onrecord.nlp.learned_edges.open_to_edges`, with a cue of its own) and whose content
overlaps a gold content by half (the scorer's partial match) gives two groups of examples, one
per edge: each candidate edge with its features, positive when the content it gives, in
PolNeAR's conventions (:func:`~onrecord.evaluation.conventions.content_extent`), has the gold
edge. A logistic regression per edge learns them; :func:`train_cues.main` writes the two
models into the table's ``edges`` section, so ``make cue-weights`` trains both passes.

The settings (``C`` and the margin a candidate must beat the rules' edge by) were chosen by
five-fold cross-validation over train articles (:func:`cross_validate`).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .brat import GoldDocument
from .conventions import content_extent
from .logistic import fit_logistic, require_sklearn
from .scoring import is_partial_match, normalize, partial_ratio

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..nlp.attribution import Attribution

C = 0.3  # inverse L2 penalty: five-fold CV over PolNeAR train
MARGIN = 1.5  # how far a candidate must outscore the rules' edge


@dataclass(slots=True)
class EdgeGroup:
    """The candidates of one edge of one statement: their features, which ones give the gold
    edge (maybe none), and the article it came from (for cross-validation)."""

    doc: int
    features: list[dict[str, float]]
    labels: list[bool]


@dataclass(slots=True)
class EdgeExamples:
    """Every group of both edges, by statement: ``pairs[k]`` holds the start and end group of
    one statement, so a fold can say whether both came out right."""

    pairs: list[tuple[EdgeGroup, EdgeGroup]] = field(default_factory=list)


def _statement_kind(a: Attribution) -> str:
    return a.kind if a.source is not None or a.kind != "indirect" else "unattributed"


def edge_examples(
    gold: GoldDocument, doc: Doc, found: list[Attribution], doc_no: int, into: EdgeExamples
) -> None:
    """Add the edge groups of one article's statements ``found`` (the rules' reading)."""
    from ..nlp.learned_edges import open_to_edges, scored

    text = gold.text
    golds = [normalize(text, g.content) for g in gold.attributions if g.content]
    golds = [g for g in golds if len(g) == 1]
    starts = [t.idx for t in doc]
    cues: dict[tuple[int, int] | None, int] = {}
    for a in found:
        cues[a.cue] = cues.get(a.cue, 0) + 1
    for a in found:
        if not open_to_edges(a) or a.cue is None or cues[a.cue] > 1:
            continue
        kind = _statement_kind(a)
        pred = normalize(text, (content_extent(text, *a.content, kind),))
        if not pred:
            continue
        best = max(golds, key=lambda g: partial_ratio(g, pred), default=None)
        if best is None or not is_partial_match(best, pred):
            continue
        ((gs, ge),) = best
        groups = []
        for side in ("start", "end"):
            rows = scored(doc, a, side, found, starts)
            labels = []
            for cand, _ in rows:
                s, e = (
                    (cand.offset, a.content[1]) if side == "start" else (a.content[0], cand.offset)
                )
                mapped = normalize(text, (content_extent(text, s, e, kind),))
                hit = bool(mapped) and (
                    mapped[0][0] == gs if side == "start" else mapped[0][1] == ge
                )
                labels.append(hit)
            groups.append(EdgeGroup(doc_no, [f for _, f in rows], labels))
        into.pairs.append((groups[0], groups[1]))


def _difference(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    d = dict(a)
    for k, v in b.items():
        d[k] = d.get(k, 0.0) - v
    return {k: v for k, v in d.items() if v}


def _fit_side(groups: Sequence[EdgeGroup], c: float, min_count: int) -> dict[str, Any]:
    """A ranking model of one edge: logistic regression over the differences between a
    candidate that gives the gold edge and one that does not (both ways round), so that a
    candidate's score minus the rules' edge's says how much likelier it is to be right."""
    require_sklearn("Training edge weights")
    counts = Counter(k for g in groups for f in g.features for k in f)
    rows: list[dict[str, float]] = []
    labels: list[bool] = []
    for g in groups:
        if not any(g.labels) or all(g.labels):
            continue
        feats = [{k: v for k, v in f.items() if counts[k] >= min_count} for f in g.features]
        for p, yes in enumerate(g.labels):
            for n, no in enumerate(g.labels):
                if yes and not no:
                    rows += [_difference(feats[p], feats[n]), _difference(feats[n], feats[p])]
                    labels += [True, False]
    if not rows:  # no statement whose edges the gold tells apart: a model that moves none
        return {"bias": 0.0, "weights": {}}
    _, weights = fit_logistic(rows, labels, C=c, fit_intercept=False)
    return {"bias": 0.0, "weights": weights}


def fit_edges(
    examples: EdgeExamples, *, c: float = C, margin: float = MARGIN, min_count: int = 3
) -> dict[str, Any]:
    """The ``edges`` section: a model per edge and the margin."""
    return {
        "margin": margin,
        "c": c,
        "examples": len(examples.pairs),
        "start": _fit_side([p[0] for p in examples.pairs], c, min_count),
        "end": _fit_side([p[1] for p in examples.pairs], c, min_count),
    }


def outcome(
    section: dict[str, Any], pairs: Sequence[tuple[EdgeGroup, EdgeGroup]]
) -> tuple[int, int]:
    """How many statements of ``pairs`` have both edges right by the rules, and by the model."""
    from ..nlp.cue_weights import EdgeWeights
    from ..nlp.learned_edges import best_of

    w = EdgeWeights.from_json(section)
    before = after = 0
    for start, end in pairs:
        ok = []
        for table, g in ((w.start, start), (w.end, end)):
            pick = best_of(table, g.features, w.margin)
            ok.append((g.labels[0], g.labels[pick]))
        before += ok[0][0] and ok[1][0]
        after += ok[0][1] and ok[1][1]
    return before, after


def cross_validate(
    examples: EdgeExamples, settings: Sequence[tuple[float, float]], folds: int = 5
) -> dict[tuple[float, float], tuple[int, int]]:
    """For each ``(c, margin)``: statements with both edges right, by the rules and by the
    model, summed over ``folds`` folds of articles."""
    docs = sorted({p[0].doc for p in examples.pairs})
    random.Random(0).shuffle(docs)
    fold_of = {d: k % folds for k, d in enumerate(docs)}
    out: dict[tuple[float, float], tuple[int, int]] = {s: (0, 0) for s in settings}
    for k in range(folds):
        train = EdgeExamples([p for p in examples.pairs if fold_of[p[0].doc] != k])
        test = [p for p in examples.pairs if fold_of[p[0].doc] == k]
        for c in sorted({s[0] for s in settings}):
            section = fit_edges(train, c=c, margin=0.0)
            for s in settings:
                if s[0] != c:
                    continue
                section["margin"] = s[1]
                b, a = outcome(section, test)
                out[s] = (out[s][0] + b, out[s][1] + a)
    return out
