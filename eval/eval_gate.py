"""Eval gate: fail when attribution F1 on PolNeAR dev drops below the pinned floors.

Usage (from the repository root)::

    python eval/eval_gate.py                  # check: exit 1 when an F1 < floor - 0.0005
    python eval/eval_gate.py --update         # re-pin floors upwards (never lowers one)
    python eval/eval_gate.py --update --allow-regression   # accept lower floors on purpose
    python eval/eval_gate.py --cue-weights W  # the rules and the learned pass with table W

Without ``--cue-weights`` the gate scores the rules alone (whatever table the machine has
trained) against ``eval/baseline.json``; with it, the rules and the learned pass against
``eval/baseline_learned.json``. The learned table is not in the repository: ``make
cue-weights`` trains one from PolNeAR train.

The corpus is read from ``../shared/eval/polnear/data/dev`` (relative to the repository root's
parent) or ``--gold``. When it is absent the gate prints ``SKIPPED`` and exits 0, so that a
checkout without the research data still passes. ``eval/baseline.json`` holds the floors and
the SHA-256 of the corpus files: a different corpus fails the check until it is re-pinned.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

from onrecord.errors import EvaluationError, PipelineError
from onrecord.evaluation import Predictor, evaluate
from onrecord.nlp.cue_weights import OFF, is_off

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "polnear" / "data" / "dev"
DEFAULT_BASELINE = Path(__file__).resolve().parent / "baseline.json"
LEARNED_BASELINE = Path(__file__).resolve().parent / "baseline_learned.json"
TOLERANCE = 0.0005


def corpus_sha256(gold: Path) -> str:
    """SHA-256 over the corpus files (``.txt``, ``.ann``, ``.jsonl``, ``.tsv``), in path order."""
    files = [gold] if gold.is_file() else sorted(p for p in gold.rglob("*") if p.is_file())
    digest = hashlib.sha256()
    for path in files:
        if path.suffix in (".txt", ".ann", ".jsonl", ".tsv"):
            name = path.name if path == gold else path.relative_to(gold).as_posix()
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def main(argv: list[str] | None = None, *, extractor: Predictor | None = None) -> int:
    """Run the gate; returns the exit code (0 pass or skipped, 1 regression or changed corpus)."""
    args = _parser().parse_args(argv)
    learned = bool(args.cue_weights) and not is_off(args.cue_weights)
    weights = args.cue_weights if learned else OFF
    default = LEARNED_BASELINE if learned else DEFAULT_BASELINE
    gold, baseline_path = Path(args.gold), Path(args.baseline or default)
    if not gold.exists():
        print(f"SKIPPED: gold corpus {gold} not found (pass --gold or add ../shared/eval).")
        return 0
    baseline = _read_baseline(baseline_path)
    sha = corpus_sha256(gold)
    if baseline.get("sha256") not in (None, sha) and not (args.update and args.allow_regression):
        old = str(baseline["sha256"])[:12]
        print(
            f"FAIL: the gold corpus changed (sha256 {sha[:12]}, pinned {old}). "
            "Check the scores, then re-pin with --update --allow-regression."
        )
        return 1
    limit = baseline.get("limit")
    print(f"{'rules and learned cues from ' + weights if learned else 'rules alone'}")
    try:
        report = evaluate(
            gold,
            extractor=extractor,
            limit=limit if isinstance(limit, int) else None,
            cue_weights=weights,
        )
    except (EvaluationError, PipelineError) as e:
        print(f"FAIL: {e}")
        return 1
    measured = report.scores.f1_scores()
    pinned = baseline.get("f1_floors")
    floors = {str(k): float(v) for k, v in pinned.items()} if isinstance(pinned, dict) else {}
    code = _compare(measured, floors)
    if args.update:
        baseline.update({"sha256": sha, "documents": report.scores.documents})
        code = _update(baseline_path, baseline, measured, floors, args.allow_regression)
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--gold", default=str(DEFAULT_GOLD), help="PolNeAR split folder or .jsonl")
    parser.add_argument(
        "--baseline",
        default=None,
        help=f"floors (default: {DEFAULT_BASELINE.name}, or "
        f"{LEARNED_BASELINE.name} with --cue-weights)",
    )
    parser.add_argument(
        "--cue-weights", default=None, help="score the learned pass too, with this table"
    )
    parser.add_argument("--update", action="store_true", help="re-pin the floors to this run")
    parser.add_argument(
        "--allow-regression", action="store_true", help="with --update: allow lower floors"
    )
    return parser


def _read_baseline(path: Path) -> dict[str, object]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path} is not a JSON object")
    return data


def _compare(measured: dict[str, float], floors: dict[str, float]) -> int:
    code = 0
    print(f"{'metric':<22} {'floor':>7} {'F1':>7}")
    for name, f1 in measured.items():
        floor = floors.get(name)
        ok = floor is None or f1 >= floor - TOLERANCE
        status = "ok" if ok else "FAIL"
        shown = "-" if floor is None else f"{floor:.4f}"
        print(f"{name:<22} {shown:>7} {f1:>7.4f}  {status}")
        code |= 0 if ok else 1
    print("PASS" if code == 0 else f"FAIL: an F1 dropped more than {TOLERANCE} below its floor")
    return code


def _update(
    path: Path,
    baseline: dict[str, object],
    measured: dict[str, float],
    floors: dict[str, float],
    allow_regression: bool,
) -> int:
    code, new = 0, {}
    for name, f1 in measured.items():
        pinned = math.floor(f1 * 10_000) / 10_000  # rounded down: a rerun never fails by rounding
        old = floors.get(name)
        if old is not None and pinned < old and not allow_regression:
            print(f"not lowering {name}: {old:.4f} -> {pinned:.4f} (use --allow-regression)")
            pinned, code = old, 1
        new[name] = pinned
    baseline["f1_floors"] = new
    baseline.setdefault("limit", None)
    path.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
    print(f"updated {path}")
    return code


if __name__ == "__main__":
    sys.exit(main())
