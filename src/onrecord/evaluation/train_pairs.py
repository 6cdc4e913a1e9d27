"""A labelled dataset of statement pairs from the held-out matters sets, and the logistic
judge fitted on it (scikit-learn at training time only, :func:`.logistic.fit_logistic`).

For one set (a folder of articles with ``gold.json``), :func:`build_set` runs the pipeline as
``benchmarks/eval_matters.py`` does (ingest into an in-memory store, ``analyze_corpus``) and
lists candidate pairs: every pair the rules report (their kind and confidence among the
features) and the pairs :func:`~onrecord.matters.pair_features.candidate_pairs` proposes
beyond them. Each candidate is labelled with the benchmark's own matcher
(:mod:`.gold_pairs`): the gold pairs it matches with an acceptable kind (its label is whether
there are any), or that it matches only an optional pair (left out of training and counting).
:func:`count` counts a set of reports the way the benchmark does (a second report of a gold
pair found is a duplicate: found, not correct).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..matters import analyze_corpus, load_items, rules_only
from ..matters.near_misses import cue_near_misses, near_misses
from ..matters.pair_features import PairContext, candidate_pairs, intended_kind, pair_features
from ..matters.persons import named_in_full
from ..matters.stories import story_names
from ..runners.local import ingest
from ..store import Store
from .gold_pairs import load_gold, said_of
from .logistic import fit_logistic


@dataclass(frozen=True, slots=True)
class Candidate:
    """One pair of statements: its kind, whether the rules reported it (and how sure they
    were), its features, and the gold pairs it matches with an acceptable kind."""

    a: str
    b: str
    kind: str
    rules: float | None  # the rules' confidence; None: a pair the rules did not report
    features: dict[str, float]
    right: tuple[str, ...]  # gold pairs matched with an acceptable kind
    optional: bool  # matches only an optional pair: neither right nor wrong
    source: str = "rules"  # "rules" (reported), "extra" (closest statements), "near" (a near miss)

    @property
    def label(self) -> bool:
        return bool(self.right)

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "kind": self.kind, "rules": self.rules,
                "features": self.features, "right": list(self.right),
                "optional": self.optional, "source": self.source}  # fmt: skip

    @classmethod
    def of(cls, d: Mapping[str, Any]) -> Candidate:
        return cls(d["a"], d["b"], d["kind"], d["rules"], dict(d["features"]),
                   tuple(d["right"]), bool(d["optional"]),
                   d.get("source", "rules" if d["rules"] is not None else "extra"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class PairSet:
    """One held-out set's candidates and its gold pairs (ids)."""

    name: str
    gold: tuple[str, ...]
    candidates: tuple[Candidate, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "gold": list(self.gold),
                "candidates": [c.to_dict() for c in self.candidates]}  # fmt: skip

    @classmethod
    def of(cls, d: Mapping[str, Any]) -> PairSet:
        return cls(d["name"], tuple(d["gold"]), tuple(Candidate.of(c) for c in d["candidates"]))


def build_set(folder: Path, name: str | None = None, *, k: int = 5, near: bool = True) -> PairSet:
    """The candidates of the set in ``folder`` (see the module's doc), ``k`` closest
    statements a statement is paired with beyond the rules' reports; ``near``: and the rules'
    near misses (:mod:`~onrecord.matters.near_misses`, whatever their stances)."""
    pairs, negatives, optional = load_gold(folder)
    os.environ.setdefault("ONRECORD_CUE_WEIGHTS", "off")  # as the benchmark's sets are scored
    store = Store.open(":memory:")
    try:
        ingest(sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html")), store)
        report = analyze_corpus(store, judge=False)  # the rules' own confidence
        said = said_of(store)
        texts = {
            uid: f"{title or ''}\n{text}"
            for uid, title, text in store.conn.execute("SELECT uid, title, text FROM articles")
        }
        items = named_in_full(rules_only(load_items(store)), texts)
    finally:
        store.close()
    ctx = PairContext.of(items, report.matters, story_names(items, texts))
    out: list[Candidate] = []

    def label(a: str, b: str, kind: str) -> tuple[tuple[str, ...], bool]:
        x, y = said[a], said[b]
        matched = [p for p in pairs if p.found_in((x, y))]
        right = tuple(p.id for p in matched if kind in p.kinds())
        negative = any(n.evidence_is(x, y) for n in negatives)
        skip = not right and not negative and any(o.found_in((x, y)) for o in optional)
        return right, skip

    for c in report.contradictions:
        a, b = c.a.statement, c.b.statement
        if a not in ctx.items or b not in ctx.items:
            continue
        feats = pair_features(ctx.items[a], ctx.items[b], ctx, c)
        out.append(Candidate(a, b, c.kind, c.confidence, feats, *label(a, b, c.kind)))
    # each statement pair is one candidate: the first source wins (rules, near, extra)
    seen = {frozenset((x.a, x.b)) for x in out}
    told = [c.statements for c in report.contradictions]
    stories = dict(ctx.stories) if ctx.stories else None
    misses = (
        [
            *near_misses(report.matters, told, any_stance=True),
            *cue_near_misses(list(ctx.items.values()), told, stories),
        ]
        if near
        else []
    )
    stages = {frozenset((n.a.key, n.b.key)): n.stage for n in reversed(misses)}
    known = [(n.a.key, n.b.key) for n in misses if n.a.key in ctx.items and n.b.key in ctx.items]
    for a, b in unseen(known, seen):
        x, y = ctx.items[a], ctx.items[b]
        stage = stages[frozenset((a, b))]
        kind = "rebuttal" if stage == "cue" else intended_kind(x, y)
        feats = {**pair_features(x, y, ctx), f"near:{stage}": 1.0}
        out.append(Candidate(a, b, kind, None, feats, *label(a, b, kind), source="near"))
    reported = [(c.a.statement, c.b.statement) for c in report.contradictions]
    for a, b in unseen(candidate_pairs(ctx, k=k, reported=reported), seen):
        x, y = ctx.items[a], ctx.items[b]
        kind = intended_kind(x, y)
        feats = pair_features(x, y, ctx)
        out.append(Candidate(a, b, kind, None, feats, *label(a, b, kind), source="extra"))
    return PairSet(name or folder.name, tuple(p.id for p in pairs), tuple(out))


def unseen(
    pairs: Iterable[tuple[str, str]], seen: set[frozenset[str]]
) -> Iterator[tuple[str, str]]:
    """The statement pairs of ``pairs`` not in ``seen`` (either way round), each once: a pair
    is added to ``seen`` as it is given, so a later source of it gives no second candidate."""
    for a, b in pairs:
        if frozenset((a, b)) not in seen:
            seen.add(frozenset((a, b)))
            yield a, b


def fit(
    candidates: Iterable[Candidate], *, rules_only: bool = False, c: float = 1.0
) -> tuple[float, dict[str, float]]:
    """The intercept and weights of a logistic judge fitted on ``candidates`` (``rules_only``:
    on the rules' reports alone); candidates that match only an optional pair are left out."""
    rows = [x for x in candidates if not x.optional and (x.rules is not None or not rules_only)]
    return fit_logistic([x.features for x in rows], [x.label for x in rows], C=c)


def judge(features: Mapping[str, float], intercept: float, weights: Mapping[str, float]) -> float:
    """The judge's probability that a pair with ``features`` is a gold pair."""
    z = intercept + sum(weights.get(name, 0.0) * v for name, v in features.items())
    return 1.0 / (1.0 + math.exp(-z))


def count(reports: Sequence[Candidate], gold: Iterable[str]) -> tuple[int, int, int]:
    """(found, correct, gold) of ``reports`` in the order given, as the benchmark counts them:
    a report matching only an optional pair is left out, a second report of a gold pair
    already found is found but not correct."""
    hit = {g: False for g in gold}
    found = correct = 0
    for r in reports:
        if r.optional:
            continue
        found += 1
        new = [g for g in r.right if not hit.get(g, True)]
        if new:
            correct += 1
            for g in new:
                hit[g] = True
    return found, correct, len(hit)


# the study sets (``tests/data/matters_heldout`` and ``fresh`` ... ``fresh39`` under it): the
# blind sets written after them are never trained on
STUDY_SETS = ("parent", "fresh", *(f"fresh{i}" for i in range(2, 40)))
HELDOUT = Path(__file__).resolve().parents[3] / "tests" / "data" / "matters_heldout"
FLOOR = 0.4  # reports the judge scores below this are dropped (see docs/matters.md)


def set_folder(name: str, root: Path = HELDOUT) -> Path:
    return root if name == "parent" else root / name


def table(sets: Sequence[PairSet], *, c: float = 1.0, floor: float = FLOOR) -> dict[str, Any]:
    """The judge's table fitted on the rules' reports of ``sets``."""
    intercept, weights = fit([x for s in sets for x in s.candidates], rules_only=True, c=c)
    return {"about": "learned judge of reported pairs (onrecord.evaluation.train_pairs)",
            "sets": [s.name for s in sets], "floor": floor, "intercept": intercept,
            "weights": weights}  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    import argparse
    import json

    from ..matters.pair_judge import WEIGHTS_FILE

    ap = argparse.ArgumentParser(description="Fit the learned judge of reported pairs.")
    ap.add_argument("--root", type=Path, default=HELDOUT, help="the held-out sets' folder")
    ap.add_argument("--sets", nargs="*", default=list(STUDY_SETS))
    ap.add_argument("--cache", type=Path, help="candidates built by benchmarks/cv_pairs.py")
    ap.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularization")
    ap.add_argument("--floor", type=float, default=FLOOR)
    args = ap.parse_args(argv)
    sets = []
    for name in args.sets:
        cached = args.cache / f"{name}.json" if args.cache else None
        if cached is not None and cached.exists():
            sets.append(PairSet.of(json.loads(cached.read_text(encoding="utf-8"))))
        else:
            sets.append(build_set(set_folder(name, args.root), name, k=0))
    out = table(sets, c=args.c, floor=args.floor)
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(out['weights'])} weights from {len(sets)} sets")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
