"""Contradiction between outlets on Emergent headline pairs (Ferreira & Vlachos 2016).

Each headline is a statement by its outlet. The rules row: its stance toward the pair's claim
comes from :func:`onrecord.matters.reports.stance_toward_claim`; two certain, opposite stances
make a contradiction. The learned row: :mod:`onrecord.matters.headline_stance` gives each
headline P(for)/P(against)/P(observing), trained here on the labelled headlines of ``--train``,
and each pair a contradiction confidence; pairs at or above the table's threshold are called
contradictions, and the curve gives the precision at recall 0.3 to 0.6 over the ranked pairs.

The learned numbers are measured on claims the model never saw: when the pairs' claims are
among the training file's, the holdout pairs are scored by a model trained on the tune half of
the claims only, the tune pairs by one trained on the holdout half only (``all`` joins the
two); pairs of other claims (``--csv`` of another split) by one trained on all of ``--train``.
The data is read at run time from ``../shared/eval/emergent`` (never copied).

    .venv/bin/python benchmarks/eval_emergent.py [--csv PATH] [--train PATH]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from onrecord.evaluation.train_stance import (
    THRESHOLD,
    LabelledHeadline,
    fit,
    headline_features,
    parsed_claim,
    read_headlines,
)
from onrecord.matters.claims import parse_claim
from onrecord.matters.headline_stance import StanceWeights, contradiction_confidence, rule_stance
from onrecord.matters.reports import stance_toward_claim
from onrecord.matters.stance import Stance

DATA = Path(__file__).resolve().parents[2] / "shared/eval/emergent"
DEFAULT = DATA / "headline_pairs_train.csv"
TRAIN = DATA / "url-versions-2015-06-14-clean-train.csv"
RECALLS = (0.3, 0.4, 0.5, 0.6)


@cache
def _stance(headline: str, claim: str) -> Stance:
    return stance_toward_claim(headline, parse_claim(claim))


def contradicts(a: str, b: str, claim: str) -> bool:
    sa, sb = _stance(a, claim), _stance(b, claim)
    return sa.certain and sb.certain and {sa.label, sb.label} == {"yes", "no"}


def part_of(claim_id: str) -> str:
    """``tune`` or ``holdout``: a fixed half of the claims, by a hash of the claim's id.

    Rules are studied on the tune half only; the holdout half is measured, never read."""
    return "tune" if hashlib.sha1(claim_id.encode()).digest()[0] % 2 == 0 else "holdout"


def evaluate(path: Path, part: str = "all") -> dict[str, float]:
    counts: Counter[str] = Counter()
    with path.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if part != "all" and part_of(row["claimId"]) != part:
                continue
            gold = row["pair_label"] == "contradiction"
            pred = contradicts(row["headline_a"], row["headline_b"], row["claimHeadline"])
            counts["tp" if gold and pred else "fp" if pred else "fn" if gold else "tn"] += 1
    p = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    r = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    return {
        "pairs": sum(counts.values()),
        "predicted": counts["tp"] + counts["fp"],
        "gold": counts["tp"] + counts["fn"],
        "precision": round(p, 3),
        "recall": round(r, 3),
    }


def _models(train: list[LabelledHeadline], claims: set[str]) -> dict[str, StanceWeights]:
    """The model each part's pairs are scored by: never one trained on their own claims."""
    if not claims & {h.claim_id for h in train}:
        model = fit(train)
        return {"tune": model, "holdout": model}
    return {
        part: fit([h for h in train if part_of(h.claim_id) != part]) for part in ("tune", "holdout")
    }


def _pairs(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def learned_scores(
    rows: list[dict[str, str]], models: dict[str, StanceWeights]
) -> list[tuple[str, float, bool]]:
    """Each pair's part, learned contradiction confidence and gold (contradiction or not)."""
    out = []
    for r in rows:
        model = models[part_of(r["claimId"])]
        a, b = (
            model.probabilities(headline_features(r[k], r["claimHeadline"]))
            for k in ("headline_a", "headline_b")
        )
        confidence = contradiction_confidence(a, b)
        out.append((part_of(r["claimId"]), confidence, r["pair_label"] == "contradiction"))
    return out


def headline_accuracy(
    train: list[LabelledHeadline], models: dict[str, StanceWeights], part: str
) -> tuple[float, float]:
    """The share of ``part``'s labelled headlines whose stance the rules (certain yes: for,
    certain no: against, else observing) and the learned model (its likeliest) get right."""
    mine = [h for h in train if part in ("all", part_of(h.claim_id))]
    rules = learned = 0
    for h in mine:
        rules += rule_stance(h.headline, parsed_claim(h.claim)).label == h.stance
        model = models[part_of(h.claim_id)]
        learned += model.probabilities(headline_features(h.headline, h.claim)).label == h.stance
    return round(rules / max(1, len(mine)), 3), round(learned / max(1, len(mine)), 3)


def curve(scored: list[tuple[float, bool]], threshold: float) -> dict[str, float]:
    """The learned row at ``threshold`` and, over the pairs ranked by confidence (tied pairs
    cut together), the precision at each recall of :data:`RECALLS` and the best precision at
    recall 0.5 or more, with the confidence it is reached at."""
    ranked = sorted(scored, key=lambda sg: -sg[0])
    gold = max(1, sum(g for _, g in scored))
    points: list[tuple[float, float, float]] = []  # (precision, recall, threshold)
    tp = 0
    for i, (score, g) in enumerate(ranked):
        tp += g
        if i + 1 == len(ranked) or ranked[i + 1][0] < score:
            points.append((tp / (i + 1), tp / gold, score))
    called = [g for s, g in scored if s >= threshold]
    out = {
        "predicted": len(called),
        "precision": round(sum(called) / max(1, len(called)), 3),
        "recall": round(sum(called) / gold, 3),
    }
    for r in RECALLS:
        out[f"P@R{r}"] = round(next((p for p, rr, _ in points if rr >= r), 0.0), 3)
    best = max((pt for pt in points if pt[1] >= 0.5), default=(0.0, 0.0, 0.0))
    out["best P@R>=0.5"] = round(best[0], 3)
    out["at recall"] = round(best[1], 3)
    out["at confidence"] = round(best[2], 3)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT, help="the headline pairs to score")
    ap.add_argument("--train", type=Path, default=TRAIN, help="labelled headlines to learn from")
    args = ap.parse_args(argv)
    if not args.csv.exists():
        print(f"skipped: {args.csv} not found (the Emergent data lives in ../shared/eval)")
        return 0
    rows = _pairs(args.csv)
    scores, models, train = None, {}, []
    if args.train.exists():
        train = read_headlines(args.train)
        models = _models(train, {r["claimId"] for r in rows})
        scores = learned_scores(rows, models)
    else:
        print(f"no learned rows: {args.train} not found (give the labelled headlines, --train)")
    crossed = {r["claimId"] for r in rows} & {h.claim_id for h in train}
    threshold = THRESHOLD
    for part in ("tune", "holdout", "all"):
        print(f"[{part}] rules")
        for key, value in evaluate(args.csv, part).items():
            print(f"{key:>14}: {value}")
        if scores is not None:
            print(f"[{part}] learned (confidence >= {threshold}), on claims it was not trained on")
            mine = [(s, g) for p, s, g in scores if part in ("all", p)]
            for key, value in curve(mine, threshold).items():
                print(f"{key:>14}: {value}")
        if crossed:
            rules, learned = headline_accuracy(train, models, part)
            print(f"{'headlines':>14}: stance accuracy, rules {rules}, learned {learned}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
