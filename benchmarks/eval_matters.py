"""Score contradictions, reversals and rebuttals on the held-out set ``tests/data/matters_heldout``.

The folder holds invented articles and ``gold.json``, written before the matters code was read;
rules were then fixed while reading its misses, so its numbers are optimistic. Fourteen more
sets sit beside it (``--data .../fresh`` to ``fresh14``), each written blind and scored untuned
before any round studied it: ``fresh`` to ``fresh12`` are study sets now; ``fresh13`` and
``fresh14`` are the unread measure (see docs/matters.md, "Held-out sets"). This script
ingests the articles into a temporary (in-memory) store, runs
:func:`onrecord.matters.analyze_corpus`, and scores each reported disagreement:

* a gold pair (``pairs``) is named by speaker (the surname occurs in the reported speaker) and a
  substring of each statement's content (or alternatives); a rebuttal's rebutting side may be
  named by its sentence (the rebuttal is the sentence: "X pushed back on Y's claim ..., saying"),
  and its target also by the claim as the rebuttal reports it (a statement of the target's
  speaker whose content is the that-clause of a rebutting side's text);
* a reported disagreement **matches** a gold pair when its evidence pair (the statements it
  shows) matches both sides, in either order;
* per type: a report of kind K is correct when it matches a gold pair of type K (or one whose
  ``accept`` lists K); recall of type T is the share of gold pairs of type T found by a report
  of an acceptable kind; ``overall`` pools the three;
* a second report of a gold pair already found is a **duplicate** (counted in ``found``, not
  correct); a report that matches only an ``optional`` pair is left out of ``found``;
* a report whose evidence pair is a listed hard negative is a **false positive** and is listed
  under ``negatives_flagged``; any other unmatched report is a false positive too.

Usage::

    python benchmarks/eval_matters.py [--data FOLDER] [--json] [--min-confidence X] [--curve]

``--curve`` adds precision and recall (overall and per type) of the reports kept at each
confidence threshold 0.5, 0.55, ..., 0.95, so a bar such as "precision >= 0.85 at recall >=
0.5" can be read off it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.evaluation.gold_pairs import KINDS, GoldPair, Said, Side, load_gold, said_of
from onrecord.matters import analyze_corpus
from onrecord.matters.contradictions import Contradiction
from onrecord.matters.embeddings import Embedder
from onrecord.runners.local import ingest
from onrecord.store import Store

DEFAULT_DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "matters_heldout"
__all__ = [
    "KINDS",
    "GoldPair",
    "Said",
    "Side",
    "analyze_folder",
    "curve",
    "evaluate",
    "load_gold",
    "score",
]


@dataclass(slots=True)
class Score:
    found: int = 0
    correct: int = 0
    duplicates: int = 0
    gold: dict[str, bool] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return sum(self.gold.values()) / len(self.gold) if self.gold else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "found": self.found, "correct": self.correct, "duplicates": self.duplicates,
            "precision": round(self.precision, 3), "recall": round(self.recall, 3),
            "gold": len(self.gold), "gold_found": sum(self.gold.values()),
        }  # fmt: skip


def analyze_folder(
    folder: Path, *, min_confidence: float = 0.0, embedder: Embedder | None = None
) -> tuple[list[Contradiction], dict[str, Said]]:
    """Ingest ``folder`` into an in-memory store; the reported disagreements and statements."""
    store = Store.open(":memory:")
    try:
        # the folder's own articles only: a subfolder is another set, with its own gold
        ingest(sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html")), store)
        report = analyze_corpus(store, min_confidence=min_confidence, embedder=embedder)
        said = said_of(store)
    finally:
        store.close()
    return list(report.contradictions), said


def score(
    found: Iterable[Contradiction],
    said: dict[str, Said],
    pairs: list[GoldPair],
    negatives: list[GoldPair],
    optional: list[GoldPair],
) -> dict[str, Any]:
    """Per kind and overall precision/recall, with false positives and misses listed."""
    per = {k: Score(gold={p.id: False for p in pairs if p.type == k}) for k in KINDS}
    overall = Score(gold={p.id: False for p in pairs})
    false_positives: list[dict[str, Any]] = []
    wrong_kind: list[dict[str, Any]] = []
    duplicates: list[dict[str, Any]] = []
    negatives_flagged: list[dict[str, Any]] = []
    hits: dict[str, list[str]] = {}
    for c in found:
        x, y = said[c.a.statement], said[c.b.statement]
        row = {"kind": c.kind, "confidence": round(c.confidence, 3), "matter": c.matter,
               "a": x.brief(), "b": y.brief(), "cue": c.cue}  # fmt: skip
        matched = [p for p in pairs if p.found_in((x, y))]
        right = [p for p in matched if c.kind in p.kinds()]
        negative = [n.id for n in negatives if n.evidence_is(x, y)]
        if negative:
            negatives_flagged.append({**row, "negatives": negative})
        if not right and not negative and any(o.found_in((x, y)) for o in optional):
            continue  # acceptable either way
        score_k = per[c.kind]
        score_k.found += 1
        overall.found += 1
        if not right:
            if matched:
                wrong_kind.append({**row, "gold": [p.id for p in matched]})
            false_positives.append({**row, "negatives": negative})
            continue
        new = [p for p in right if not overall.gold[p.id]]
        if not new:
            score_k.duplicates += 1
            overall.duplicates += 1
            duplicates.append({**row, "gold": [p.id for p in right]})
            continue
        score_k.correct += 1
        overall.correct += 1
        for p in new:
            overall.gold[p.id] = True
            per[p.type].gold[p.id] = True
            hits.setdefault(p.id, []).append(f"{c.kind} {x.brief()} / {y.brief()}")
    misses = [{"id": p.id, "type": p.type} for p in pairs if not overall.gold[p.id]]
    return {
        "overall": overall.to_dict(), **{k: per[k].to_dict() for k in KINDS},
        "negatives": len(negatives), "negatives_flagged": negatives_flagged,
        "false_positives": false_positives, "wrong_kind": wrong_kind,
        "duplicates": duplicates, "misses": misses, "hits": hits,
    }  # fmt: skip


# confidence thresholds of ``--curve``
THRESHOLDS = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))


def curve(
    found: Sequence[Contradiction],
    said: dict[str, Said],
    pairs: list[GoldPair],
    negatives: list[GoldPair],
    optional: list[GoldPair],
    thresholds: Sequence[float] = THRESHOLDS,
) -> list[dict[str, Any]]:
    """Precision and recall (overall and per type) of the reports at or above each threshold."""
    rows = []
    for t in thresholds:
        kept = [c for c in found if c.confidence >= t - 1e-9]
        s = score(kept, said, pairs, negatives, optional)
        rows.append({"threshold": t, **{k: s[k] for k in ("overall", *KINDS)}})
    return rows


def evaluate(
    folder: Path = DEFAULT_DATA,
    *,
    min_confidence: float = 0.0,
    embedder: Embedder | None = None,
    with_curve: bool = False,
) -> dict[str, Any]:
    """Ingest, analyze and score the held-out folder (``with_curve``: add :func:`curve`)."""
    pairs, negatives, optional = load_gold(folder)
    found, said = analyze_folder(folder, min_confidence=min_confidence, embedder=embedder)
    out = score(found, said, pairs, negatives, optional)
    out["statements"] = len(said)
    if with_curve:
        out["curve"] = curve(found, said, pairs, negatives, optional)
    return out


def _print_curve(rows: list[dict[str, Any]]) -> None:
    print("\nconfidence curve (reports at or above each threshold; P R found per type)")
    print(f"{'conf':>5} {'overall':>17}  " + "  ".join(f"{k:>17}" for k in KINDS))
    for r in rows:
        cells = [f"{r[k]['precision']:5.3f} {r[k]['recall']:5.3f} {r[k]['found']:3}"
                 for k in ("overall", *KINDS)]  # fmt: skip
        print(f"{r['threshold']:5.2f} " + "  ".join(f"{c:>17}" for c in cells))


def _print(result: dict[str, Any]) -> None:
    print(f"{result['statements']} statements; {result['negatives']} hard negatives")
    print(f"{'':14} {'P':>6} {'R':>6}  found correct dup  gold")
    for k in ("overall", *KINDS):
        s = result[k]
        print(f"{k:14} {s['precision']:6.3f} {s['recall']:6.3f}  {s['found']:5} {s['correct']:7} "
              f"{s['duplicates']:3} {s['gold_found']:2}/{s['gold']}")  # fmt: skip
    print(f"\nhard negatives flagged: {len(result['negatives_flagged'])}")
    for r in result["negatives_flagged"]:
        print(f"  {','.join(r['negatives'])} [{r['kind']}] {r['a']}\n      vs {r['b']}")
    print(f"\nfalse positives: {len(result['false_positives'])}")
    for r in result["false_positives"]:
        tag = ",".join(r["negatives"]) or "-"
        print(f"  [{r['kind']} {r['confidence']}] ({tag}) {r['a']}\n      vs {r['b']}")
    if result["wrong_kind"]:
        print("\nright pair, wrong kind:")
        for r in result["wrong_kind"]:
            print(f"  [{r['kind']}] gold {','.join(r['gold'])}: {r['a']} vs {r['b']}")
    if result["duplicates"]:
        print("\nduplicates:")
        for r in result["duplicates"]:
            print(f"  [{r['kind']}] gold {','.join(r['gold'])}: {r['a']} vs {r['b']}")
    print(f"\nmisses: {len(result['misses'])}")
    for m in result["misses"]:
        print(f"  {m['id']} ({m['type']})")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="held-out folder")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--min-confidence", type=float, default=0.0)
    ap.add_argument("--curve", action="store_true",
                    help="precision and recall at confidence 0.5 ... 0.95")  # fmt: skip
    ap.add_argument("--embeddings", nargs="?", const="", metavar="MODEL",
                    help="link statements close in meaning too ([embeddings] extra)")  # fmt: skip
    args = ap.parse_args(argv)
    embedder = None
    if args.embeddings is not None:
        from onrecord.matters.embeddings import load_embedder

        embedder = load_embedder(args.embeddings or None)
    result = evaluate(args.data, min_confidence=args.min_confidence, embedder=embedder,
                      with_curve=args.curve)  # fmt: skip
    if args.json:
        json.dump(result, sys.stdout, indent=1)
        print()
    else:
        try:
            _print(result)
            if "curve" in result:
                _print_curve(result["curve"])
        except BrokenPipeError:  # piped into head
            sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
