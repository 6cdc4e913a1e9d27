"""Throughput and peak memory of ``onrecord extract`` next to bare spaCy on the same texts.

Run by hand (``make bench`` or ``python benchmarks/bench_extract.py --n 500``); it prints
numbers, it asserts nothing. Texts: the bundled example articles, and PolNeAR's texts when
``../shared/eval/polnear`` is present (read at run time, never copied).

Each measurement runs in its own subprocess so that peak RSS (ru_maxrss) belongs to it alone.
onrecord reads with the learned cue weights the machine has (``make cue-weights``) or by its
rules alone; ``--cue-weights PATH|off`` chooses, and the output says which.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear" / "data"


def corpus(n: int) -> list[str]:
    texts: list[str] = []
    if POLNEAR.exists():
        for p in sorted(POLNEAR.glob("*/text/*.txt")):
            texts.append(p.read_text(encoding="utf-8"))
    if not texts:
        from onrecord.ingest import read_articles

        texts = [
            a.text
            for a in read_articles([str(ROOT / "examples" / "articles")])
            if hasattr(a, "text")
        ]
    out: list[str] = []
    while len(out) < n:
        out.extend(texts)
    return out[:n]


def child(mode: str, n: int, batch_size: int) -> None:
    texts = corpus(n)
    from onrecord.nlp import load_pipeline

    nlp = load_pipeline()
    chars = sum(len(t) for t in texts)
    start = time.perf_counter()
    statements = 0
    weights = None
    if mode == "spacy":
        for _doc in nlp.pipe(texts, batch_size=batch_size):
            pass
    else:
        from onrecord.extractor import Extractor
        from onrecord.models import Article

        ex = Extractor(nlp=nlp)
        weights = ex.weights.where if ex.weights is not None else None
        arts = (Article(id=str(i), source=str(i), text=t) for i, t in enumerate(texts))
        for rec in ex.pipe(arts, batch_size=batch_size):
            statements += len(rec.statements)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "mode": mode,
                "articles": n,
                "chars": chars,
                "seconds": round(elapsed, 2),
                "articles_per_s": round(n / elapsed, 2),
                "peak_rss_mb": round(peak_mb, 1),
                "statements": statements,
                "cue_weights": weights,
            }
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=500, help="number of articles (default 500)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--cue-weights", help="learned cue weights: a path, or 'off' (default: found)")
    ap.add_argument("--child", choices=["spacy", "onrecord"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.cue_weights:
        os.environ["ONRECORD_CUE_WEIGHTS"] = args.cue_weights  # for the subprocesses
    if args.child:
        child(args.child, args.n, args.batch_size)
        return
    if args.cue_weights:
        from onrecord.errors import PipelineError
        from onrecord.nlp.cue_weights import load_weights

        try:
            load_weights(args.cue_weights)  # said before the runs, not as a child's traceback
        except PipelineError as e:
            sys.exit(f"error: {e}")
    results = []
    for mode in ("spacy", "onrecord"):
        out = (
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    mode,
                    "--n",
                    str(args.n),
                    "--batch-size",
                    str(args.batch_size),
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        results.append(json.loads(out))
    print(
        f"{'mode':10} {'articles':>8} {'seconds':>8} {'art/s':>8} {'peak MB':>8} {'statements':>10}"
    )
    for r in results:
        print(
            f"{r['mode']:10} {r['articles']:>8} {r['seconds']:>8} {r['articles_per_s']:>8} "
            f"{r['peak_rss_mb']:>8} {r['statements']:>10}"
        )
    print(f"learned cues: {results[1]['cue_weights'] or 'off (the rules alone)'}")
    ratio = results[1]["articles_per_s"] / results[0]["articles_per_s"]
    print(f"onrecord runs at {ratio:.2f}x the speed of bare spaCy nlp.pipe on the same texts")


if __name__ == "__main__":
    main()
