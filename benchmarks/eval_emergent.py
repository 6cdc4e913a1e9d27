"""Contradiction between outlets on Emergent headline pairs (Ferreira & Vlachos 2016).

Each headline is a statement by its outlet; its stance toward the pair's claim comes from
:func:`onrecord.matters.reports.stance_toward_claim`; two certain, opposite stances make a
contradiction. The data is read at run time from ``../shared/eval/emergent`` (never copied).

    .venv/bin/python benchmarks/eval_emergent.py [--csv PATH]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from onrecord.matters.claims import parse_claim
from onrecord.matters.reports import stance_toward_claim
from onrecord.matters.stance import Stance

DEFAULT = Path(__file__).resolve().parents[2] / "shared/eval/emergent/headline_pairs_train.csv"


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT)
    args = ap.parse_args(argv)
    if not args.csv.exists():
        print(f"skipped: {args.csv} not found (the Emergent data lives in ../shared/eval)")
        return 0
    for part in ("tune", "holdout", "all"):
        print(f"[{part}]")
        for key, value in evaluate(args.csv, part).items():
            print(f"{key:>10}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
