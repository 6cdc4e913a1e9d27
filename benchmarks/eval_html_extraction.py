"""Measure main-text extraction from HTML on the Zyte article-extraction benchmark.

Reads ``../shared/eval/article-extraction-benchmark`` (``html/<id>.html.gz`` and
``ground-truth.json``) at run time; nothing of it is copied into the repository. For every page it
compares ``article_from_html(page).text`` with the gold ``articleBody`` and prints:

* token F1: bag of ``\\w+`` tokens (multiset overlap), the usual token-level score;
* shingle F1: 4-gram shingles of tokens, as the benchmark's own ``evaluate.py`` computes it.

Per page, TP/FP/FN are normalised by TP+FP+FN so that long pages do not dominate; precision and
recall come from the sums. A page that raises (not English, no article) counts as an empty
prediction in "all pages"; the "English pages" line leaves out the pages we rejected as not English.

Usage::

    python benchmarks/eval_html_extraction.py [--data PATH] [--limit N] [--raw] [-v]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from onrecord.errors import IngestError
from onrecord.ingest import article_from_html

DEFAULT_DATA = (
    Path(__file__).resolve().parents[2] / "shared" / "eval" / "article-extraction-benchmark"
)
_TOKEN_RE = re.compile(r"\w+")


def _grams(text: str, n: int) -> Counter[tuple[str, ...]]:
    """The multiset of token ``n``-grams (a text shorter than ``n`` tokens is one short gram)."""
    tokens = _TOKEN_RE.findall(text)
    if 0 < len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(truth: str, pred: str, n: int) -> tuple[float, float, float]:
    """Normalised (TP, FP, FN) of ``n``-gram multisets for one page."""
    t, p = _grams(truth, n), _grams(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (1.0, 0.0, 0.0)


def score(pairs: Iterable[tuple[str, str]], n: int) -> tuple[float, float, float]:
    """Precision, recall and F1 over (truth, prediction) pairs."""
    tp = fp = fn = 0.0
    for truth, pred in pairs:
        a, b, c = page_counts(truth, pred, n)
        tp, fp, fn = tp + a, fp + b, fn + c
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def predict(path: Path) -> tuple[str, str, str | None]:
    """Our text for one page: (item id, text, skip reason or None)."""
    item = path.name.removesuffix(".html.gz")
    data = gzip.decompress(path.read_bytes())
    try:
        return item, article_from_html(data, source=path.name).text, None
    except IngestError as e:
        return item, "", e.reason


def predict_raw(path: Path) -> tuple[str, str, str | None]:
    """trafilatura alone, for comparison: its text with no cleaning and no language check."""
    import trafilatura

    item = path.name.removesuffix(".html.gz")
    html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False)
    text = getattr(doc, "text", None) or ""
    return item, text, None if text else "no_article"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--raw", action="store_true", help="also score trafilatura alone")
    parser.add_argument("-v", "--verbose", action="store_true", help="print per-page token F1")
    args = parser.parse_args(argv)
    truth_file = args.data / "ground-truth.json"
    if not truth_file.is_file():
        print(f"skipped: no benchmark at {args.data} (expected ground-truth.json and html/).")
        return 0
    truth = {k: v.get("articleBody") or "" for k, v in json.loads(truth_file.read_text()).items()}
    pages = sorted((args.data / "html").glob("*.html.gz"))
    if args.limit:
        pages = pages[: args.limit]
    systems = [("onrecord", predict)] + ([("trafilatura", predict_raw)] if args.raw else [])
    english_ids: set[str] = set()
    for name, fn in systems:
        with ProcessPoolExecutor() as pool:
            results = list(pool.map(fn, pages, chunksize=4))
        if not english_ids:  # the pages that onrecord accepts as English
            english_ids = {item for item, _, reason in results if reason != "not_english"}
        reasons = Counter(r for _, _, r in results if r)
        pairs = [(truth[item], text) for item, text, _ in results]
        english = [(truth[i], t) for i, t, _ in results if i in english_ids]
        print(f"== {name}: {len(results)} pages; skipped: {dict(reasons) or 'none'}")
        for label, subset in (("all pages", pairs), ("English pages", english)):
            for metric, n in (("token", 1), ("shingle", 4)):
                p, r, f = score(subset, n)
                print(f"{label:>14} ({len(subset):3}) {metric:>7}  P={p:.3f} R={r:.3f} F1={f:.3f}")
        if args.verbose:
            for item, text, reason in results:
                f1 = score([(truth[item], text)], 1)[2]
                print(f"{f1:.3f} {reason or '':12} {item[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
