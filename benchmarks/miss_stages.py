"""Where the gold pairs of held-out matters sets were lost: a census of pipeline stages.

For each gold pair of each set, the furthest stage it reached (found, dropped by the judge,
wrong kind, ..., rejected at a check of one matter, events differ, no event, side not
extracted: :data:`onrecord.evaluation.miss_stages.STAGES`), computed from the pipeline's own
intermediate results (:mod:`onrecord.evaluation.miss_stages`). The sets are scored as
``benchmarks/eval_matters.py`` scores them, with the same cue weights: the census sets none of
its own and reads ``ONRECORD_CUE_WEIGHTS`` as the scorer does (the study sets are scored with
``ONRECORD_CUE_WEIGHTS=off``; run both so).

Usage::

    python benchmarks/miss_stages.py --data FOLDER [FOLDER ...] [--counts] [--json]

``--counts`` prints the counts per stage and per type only (and, for several sets, their
totals), never a word of the articles: safe on a blind set. Without it, each missed pair with
its id, type, stage and why, and the two sides' statements (speaker, content, event keys,
stance) as the pipeline read them. ``--json``: the same as JSON (with ``--counts``, the counts
alone).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from onrecord.evaluation.gold_pairs import KINDS
from onrecord.evaluation.miss_stages import Census, census, count_stages

DEFAULT_DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "matters_heldout"


def _counts_table(counts: dict[str, dict[str, int]]) -> list[str]:
    lines = [f"  {'stage':34} {'all':>4} " + " ".join(f"{k[:13]:>13}" for k in KINDS)]
    for stage, row in counts.items():
        lines.append(f"  {stage:34} {row['all']:4} " + " ".join(f"{row[k]:13}" for k in KINDS))
    total = {k: sum(r[k] for r in counts.values()) for k in ("all", *KINDS)}
    lines.append(f"  {'gold pairs':34} {total['all']:4} "
                 + " ".join(f"{total[k]:13}" for k in KINDS))  # fmt: skip
    return lines


def _print_misses(c: Census) -> None:
    for p in c.pairs:
        if p.stage == "found":
            continue
        print(f"  {p.id} ({p.type}) {p.stage}: {p.detail}")
        for s in p.sides:
            events = ", ".join(s.events) or "-"
            stance = f"; {s.stance}" if s.stance else ""
            print(f"      {s.side} {s.speaker or '?'}: {s.text!r} ({s.file}) "
                  f"[events {events}{stance}]")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, nargs="+", default=[DEFAULT_DATA], help="set folders")
    ap.add_argument("--counts", action="store_true", help="counts only, no text")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    results = [census(folder, folder.name) for folder in args.data]
    pooled = count_stages(p for c in results for p in c.pairs)
    if args.json:
        out: dict[str, Any] = {"sets": [{"name": c.name, "counts": c.counts()} if args.counts
                                        else c.to_dict() for c in results]}  # fmt: skip
        if len(results) > 1:
            out["total"] = pooled
        json.dump(out, sys.stdout, indent=1)
        print()
        return 0
    try:
        for c in results:
            print(f"{c.name}: {len(c.pairs)} gold pairs")
            print("\n".join(_counts_table(c.counts())))
            if not args.counts:
                print("misses:")
                _print_misses(c)
            print()
        if len(results) > 1:
            print(f"total ({len(results)} sets)")
            print("\n".join(_counts_table(pooled)))
    except BrokenPipeError:  # piped into head
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
