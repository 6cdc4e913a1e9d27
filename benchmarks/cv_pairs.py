"""Leave-one-set-out cross-validation of a learned judge of statement pairs.

For each held-out matters set (``tests/data/matters_heldout`` and its ``fresh*`` study sets;
never a blind one), :func:`onrecord.evaluation.train_pairs.build_set` runs the pipeline and
lists labelled candidate pairs (cached as JSON under ``--cache``). Then, for each set, a
logistic judge is fitted on the other sets and scores the set's candidates; the held-out
scores are pooled into a precision/recall curve in the benchmark's own terms (a set's reports
are its candidates at or above the threshold, counted as ``eval_matters.py`` counts them:
duplicates are found, not correct; recall is over all the set's gold pairs). Beside it, the
rules' own curve (their confidence) on the same sets, and two learned variants:

* **rescore**: the rules' reports only, the learned score as their confidence;
* **near**: the rules' reports and their near misses of opposite stances (two statements of
  one matter the rules did not report, with the stage that stopped them:
  :mod:`onrecord.matters.near_misses`), each statement reported at most once;
* **near-all**: as near, with the near misses whose stances agree or are unclear too;
* **extra**: the rules' reports and the extra candidates (a statement and its closest
  statements of the story), each statement reported at most once;
* **near+extra**: the rules' reports, the near misses of near and the extra candidates;
* **near+cue**, **cue**: the rules' reports, (the near misses of near and) the rebuttals' near
  misses (a rebuttal cue's statement with the named speakers' other statements).

``--apart`` fits one judge per candidate source (the reports scored as by rescore);
``--cross`` crosses each feature of a pair the rules did not report with its kind;
``--new-floor`` and ``--new-kinds`` let such a pair count only at that score, of those kinds.

``--model trees`` fits gradient-boosted shallow trees (scikit-learn's
``HistGradientBoostingClassifier``, depth 3) on the same features instead of the logistic
judge, to see whether a non-linear judge separates the candidates better (docs/matters.md, the
twenty-sixth round: it does for the extra candidates, not for the rules' reports).

Usage::

    python benchmarks/cv_pairs.py [--sets parent fresh ...] [--cache DIR] [--rebuild]
                                  [--model logistic|trees] [--apart] [--cross]
                                  [--new-floor P] [--new-kinds KIND ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from onrecord.evaluation.logistic import fit_logistic
from onrecord.evaluation.train_pairs import (
    STUDY_SETS,
    Candidate,
    PairSet,
    build_set,
    count,
    fit,
    judge,
    set_folder,
)
from onrecord.matters.near_misses import OPPOSITE, STAGES

GRID = tuple(round(0.3 + 0.05 * i, 2) for i in range(14))


def _build(args: tuple[str, Path, int]) -> str:
    name, cache, k = args
    path = cache / f"{name}.json"
    path.write_text(json.dumps(build_set(set_folder(name), name, k=k).to_dict()), encoding="utf-8")
    return name


def load_sets(
    names: Sequence[str], cache: Path, *, k: int, rebuild: bool, jobs: int
) -> list[PairSet]:
    cache.mkdir(parents=True, exist_ok=True)
    todo = [n for n in names if rebuild or not (cache / f"{n}.json").exists()]
    if todo:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for name in pool.map(_build, [(n, cache, k) for n in todo]):
                print(f"built {name}", file=sys.stderr)
    return [PairSet.of(json.loads((cache / f"{n}.json").read_text("utf-8"))) for n in names]


Scored = list[tuple[float, Candidate]]


def _once(scored: Scored) -> Scored:
    """The reports in order of score, a pair the rules did not report dropped when one of its
    statements is already in a report (one disagreement, one report)."""
    out: Scored = []
    seen: set[str] = set()
    for s, c in sorted(scored, key=lambda x: -x[0]):
        if c.source != "rules" and {c.a, c.b} & seen:
            continue
        out.append((s, c))
        seen |= {c.a, c.b}
    return out


def pooled(
    per_set: dict[str, Scored], gold: dict[str, tuple[str, ...]], t: float
) -> tuple[int, int, int]:
    f = c = g = 0
    for name, scored in per_set.items():
        kept = [x for s, x in sorted(scored, key=lambda y: -y[0]) if s >= t - 1e-9]
        found, correct, n = count(kept, gold[name])
        f, c, g = f + found, c + correct, g + n
    return f, c, g


Keep = Callable[[Candidate], bool]


def rules_source(x: Candidate) -> bool:
    return x.source == "rules"


def sources(*names: str, stages: frozenset[str] | None = None) -> Keep:
    """The candidates of the sources ``names`` (a near miss only at one of ``stages``)."""

    def keep(x: Candidate) -> bool:
        if x.source != "near" or stages is None:
            return x.source in names
        return "near" in names and any(x.features.get(f"near:{s}") for s in stages)

    return keep


def crossed(x: Candidate) -> dict[str, float]:
    """The features of ``x`` and, for a pair the rules did not report, each crossed with the
    pair's kind (a rebuttal beyond the rules weighed apart from a contradiction)."""
    if x.source == "rules":
        return x.features
    return {**x.features, **{f"{x.kind}*{n}": v for n, v in x.features.items()}}


def loso(
    sets: list[PairSet],
    *,
    keep: Keep,
    c: float,
    model: str = "logistic",
    cross: bool = False,
    apart: bool = False,
) -> dict[str, Scored]:
    """Each set's kept candidates scored by a judge fitted on the other sets' (``apart``: one
    judge per source, so that the rules' reports are scored as by ``rescore`` and a pair the
    rules did not report is weighed only against its like)."""
    if model == "trees":
        return loso_trees(sets, keep=keep)
    feats = crossed if cross else (lambda x: x.features)
    out: dict[str, Scored] = {}
    for held in sets:
        train = [x for s in sets if s.name != held.name for x in s.candidates
                 if keep(x) and not x.optional]  # fmt: skip
        groups = {x.source for x in train} if apart else {""}
        judges = {}
        for g in groups:
            rows = [x for x in train if not g or x.source == g]
            judges[g] = fit_logistic([feats(x) for x in rows], [x.label for x in rows], C=c)
        cands = [x for x in held.candidates if keep(x)]
        out[held.name] = [(judge(feats(x), *judges[x.source if apart else ""]), x) for x in cands]
    return out


def loso_trees(sets: list[PairSet], *, keep: Keep) -> dict[str, Scored]:
    """As :func:`loso`, the judge gradient-boosted shallow trees on the same features."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    names = sorted({k for s in sets for x in s.candidates for k in x.features})

    def vector(x: Candidate) -> list[float]:
        return [x.features.get(k, 0.0) for k in names]

    out: dict[str, Scored] = {}
    for held in sets:
        train = [x for s in sets if s.name != held.name for x in s.candidates
                 if not x.optional and keep(x)]  # fmt: skip
        model = HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.05,
                                               min_samples_leaf=30, l2_regularization=1.0,
                                               random_state=0)  # fmt: skip
        model.fit([vector(x) for x in train], [x.label for x in train])
        cands = [x for x in held.candidates if keep(x)]
        scores = model.predict_proba([vector(x) for x in cands])[:, 1] if cands else []
        out[held.name] = [(float(p), x) for p, x in zip(scores, cands, strict=True)]
    return out


def _row(f: int, c: int, g: int) -> str:
    return f"{c / f if f else 0:5.3f} {c / g if g else 0:5.3f} {f:4}"


def best_recall(per: dict[str, Scored], gold: dict[str, tuple[str, ...]], floor: float) -> str:
    best = (0.0, 0.0, 0.0)
    for i in range(100):
        t = i / 100
        f, c, g = pooled(per, gold, t)
        if f and c / f >= floor and c / g > best[1]:
            best = (c / f, c / g, t)
    return f"P {best[0]:.3f} R {best[1]:.3f} at {best[2]:.2f}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sets", nargs="*", default=list(STUDY_SETS))
    ap.add_argument("--cache", type=Path, default=Path("build/pairs"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--k", type=int, default=5, help="closest statements per statement")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularization")
    ap.add_argument("--model", choices=("logistic", "trees"), default="logistic")
    ap.add_argument("--cross", action="store_true", help="cross the features with the kind")
    ap.add_argument("--apart", action="store_true", help="one judge per candidate source")
    ap.add_argument("--new-floor", type=float, default=0.0,
                    help="a pair the rules did not report counts only at this score")  # fmt: skip
    ap.add_argument("--new-kinds", nargs="*", default=["contradiction", "reversal", "rebuttal"],
                    help="the kinds a pair the rules did not report may be")  # fmt: skip
    args = ap.parse_args(argv)
    sets = load_sets(args.sets, args.cache, k=args.k, rebuild=args.rebuild, jobs=args.jobs)
    gold = {s.name: s.gold for s in sets}
    n_rules = sum(1 for s in sets for x in s.candidates if rules_source(x))
    n_all = sum(len(s.candidates) for s in sets)
    pos = sum(1 for s in sets for x in s.candidates if x.label)
    pos_by = {
        src: sum(1 for s in sets for x in s.candidates if x.label and x.source == src)
        for src in ("extra", "near")
    }
    print(f"{len(sets)} sets, {sum(map(len, gold.values()))} gold pairs; candidates {n_all} "
          f"(rules {n_rules}); right {pos} "
          f"(extra {pos_by['extra']}, near {pos_by['near']})")  # fmt: skip
    reach = {(s.name, g) for s in sets for x in s.candidates for g in x.right}
    print(f"gold pairs some candidate matches: {len(reach)}")
    rules = {s.name: [(x.rules or 0.0, x) for x in s.candidates if rules_source(x)] for s in sets}
    m, cr, ap_ = args.model, args.cross, args.apart
    variants: list[tuple[str, Keep]] = [
        ("rescore", rules_source),
        ("near", sources("rules", "near", stages=OPPOSITE)),
        ("near-all", sources("rules", "near", stages=frozenset(STAGES) - {"cue"})),
        ("extra", sources("rules", "extra")),
        ("near+extra", sources("rules", "near", "extra", stages=OPPOSITE)),
        ("near+cue", sources("rules", "near", stages=OPPOSITE | {"cue"})),
        ("cue", sources("rules", "near", stages=frozenset({"cue"}))),
    ]
    curves: list[tuple[str, dict[str, Scored]]] = [("rules", rules)]
    for name, keep in variants:
        per = loso(sets, keep=keep, c=args.c, model=m, cross=cr, apart=ap_)
        per = {k: [(sc, x) for sc, x in v if x.source == "rules"
                   or (sc >= args.new_floor and x.kind in args.new_kinds)]
               for k, v in per.items()}  # fmt: skip
        curves.append((name, per if name == "rescore" else {k: _once(v) for k, v in per.items()}))
    print(f"\n{'thr':>5} " + "  ".join(f"{n + ' P R found':>16}" for n, _ in curves))
    for t in GRID:
        print(f"{t:5.2f} " + "  ".join(f"{_row(*pooled(p, gold, t)):>16}" for _, p in curves))
    for floor in (0.85, 0.9):
        print(f"\nbest recall at precision >= {floor}:")
        for n, p in curves:
            print(f"  {n:8} {best_recall(p, gold, floor)}")
    if args.model != "logistic":
        return 0
    near = sources("rules", "near", stages=OPPOSITE)
    intercept, weights = fit([x for p in sets for x in p.candidates if near(x)], c=args.c)
    print(f"\nweights fitted on all sets (near variant): intercept {intercept}")
    for name, w in sorted(weights.items(), key=lambda x: -abs(x[1])):
        print(f"  {name:24} {w:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
