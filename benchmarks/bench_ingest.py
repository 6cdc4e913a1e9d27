"""``onrecord ingest`` at 1,000 and 10,000 articles: peak memory and throughput vs extract alone.

    .venv/bin/python benchmarks/bench_ingest.py [--n 10000] [--small 1000] [--workers 1]
        [--also write,ray]

Articles are generated from templates (invented people, outlets and stories) into a JSON
Lines file. Each measurement runs in its own subprocess so that its peak RSS (ru_maxrss) is
its own. It prints numbers and asserts nothing. Targets (issue #5): peak memory at --n
within 20% of peak at --small; ingest throughput within 15% of extract alone.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PEOPLE = [
    ("Elena", "Vela", "harbor director"),
    ("Marcus", "Reed", "city council member"),
    ("Priya", "Natarajan", "state senator"),
    ("Tomas", "Berg", "union president"),
    ("Ana", "Lima", "hospital spokeswoman"),
    ("Sarah", "Sanders", "press secretary"),
    ("Bernie", "Sanders", "senator"),
    ("Kofi", "Mensah", "port authority chief"),
]
OUTLETS = ["Port Alder Gazette", "Harbor Times", "Coastline Daily", "Metro Wire"]
TOPICS = [
    "the ferry terminal",
    "the north pier",
    "the water plant",
    "the school budget",
    "the bus strike",
    "the flood barrier",
    "the new hospital wing",
    "rent control",
]
TEMPLATES = [
    '"{topic} will be ready by {month}," said {first} {last}, the {role}.',
    "{first} {last} said {topic} had cost {n} million dollars more than planned.",
    "According to {last}, the council will vote on {topic} next week.",
    '"We have not seen the report," {last} told reporters on {day}.',
    "Officials said {topic} would be reviewed again in {month}.",
    "{last} denied that {topic} was behind schedule.",
]  # fmt: skip


def generate(path: Path, n: int, seed: int = 5) -> None:
    rnd = random.Random(seed)
    months = ["January", "March", "May", "July", "September", "November"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            sentences = []
            for _ in range(rnd.randint(6, 12)):
                first, last, role = rnd.choice(PEOPLE)
                sentences.append(rnd.choice(TEMPLATES).format(
                    topic=rnd.choice(TOPICS), month=rnd.choice(months), first=first, last=last,
                    role=role, n=rnd.randint(2, 90), day=rnd.choice(days)))  # fmt: skip
            sentences[0] = sentences[0][0].upper() + sentences[0][1:]
            text = " ".join(sentences) + f" (Story {i}.)"
            f.write(
                json.dumps(
                    {
                        "id": f"b{i}",
                        "text": text,
                        "title": f"Story {i}",
                        "url": f"https://bench.test/{i}",
                        "outlet": OUTLETS[i % 4],
                        "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    }
                )
                + "\n"
            )


class NoNLP:
    """An extractor without NLP (a statement per "said" sentence): what the writer alone does."""

    def pipe_safe(self, items: Any, *, batch_size: int = 16) -> Any:
        from onrecord.models import Record, Skipped, Span, Speaker, Statement

        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            found = re.finditer(r"([A-Z]\w+ [A-Z]\w+) said ([^.]+)\.", item.text)
            yield Record(item, tuple(
                Statement(id=f"{item.id}-{i}", kind="indirect", cue=None,
                          content=Span(m.group(2), m.start(2), m.end(2)),
                          speaker=Speaker(m.group(1), "person", (),
                                          Span(m.group(1), m.start(1), m.end(1))))
                for i, m in enumerate(found)))  # fmt: skip


def child(mode: str, corpus: Path, db: Path, workers: int) -> None:
    """One measurement: 'extract' (read + NLP, nothing stored), 'ingest', 'ray' (ingest with
    the NLP on ``workers`` Ray actors) or 'write' (ingest with no NLP: the writer's ceiling)."""
    from onrecord.extractor import Extractor
    from onrecord.ingest import read_articles
    from onrecord.models import Record
    from onrecord.runners.local import ingest, ingest_items
    from onrecord.store import Store

    if mode in ("ray", "write"):
        t = time.perf_counter()
        with Store.open(db) as store:
            if mode == "write":
                items = read_articles([corpus])
                n = ingest_items(items, store, extractor=NoNLP()).records
            else:
                from onrecord.runners.ray import ingest_ray

                n = ingest_ray([corpus], store, actors=workers).records
        secs = time.perf_counter() - t
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"mode": mode, "articles": n, "seconds": secs, "peak_mib": rss}))
        return
    extractor = Extractor() if workers == 1 else None
    if extractor is not None:
        extractor.record(next(a for a in read_articles([corpus]) if not hasattr(a, "reason")))
    t = time.perf_counter()
    if mode == "extract":
        assert extractor is not None
        n = sum(isinstance(r, Record) for r in extractor.pipe_safe(read_articles([corpus])))
    else:
        with Store.open(db) as store:
            n = ingest([corpus], store, workers=workers).records
    secs = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mode": mode, "articles": n, "seconds": secs, "peak_mib": rss}))


def measure(mode: str, corpus: Path, db: Path, workers: int) -> dict[str, float]:
    db.unlink(missing_ok=True)
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--corpus", str(corpus),
                          "--db", str(db), "--workers", str(workers)],
                         check=True, capture_output=True, text=True).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--small", type=int, default=1_000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--also", default="", help="more modes after extract and ingest: write,ray")
    ap.add_argument("--child")
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.corpus, args.db, args.workers)
        return
    tmp = Path(tempfile.mkdtemp(prefix="onrecord-bench-"))
    results = {}
    for n in (args.small, args.n):
        corpus = tmp / f"corpus-{n}.jsonl"
        generate(corpus, n)
        for mode in ("extract", "ingest"):
            r = measure(mode, corpus, tmp / f"{mode}-{n}.db", args.workers)
            results[(mode, n)] = r
            print(f"{mode:8} {n:>7,} articles  {r['articles'] / r['seconds']:8.1f} articles/s"
                  f"  peak {r['peak_mib']:7.1f} MiB", flush=True)  # fmt: skip
    ing_s, ing_l = results[("ingest", args.small)], results[("ingest", args.n)]
    for mode in filter(None, args.also.split(",")):
        corpus = tmp / f"corpus-{args.n}.jsonl"
        r = measure(mode, corpus, tmp / f"{mode}-{args.n}.db", max(2, args.workers))
        print(f"{mode:8} {args.n:>7,} articles  {r['articles'] / r['seconds']:8.1f} articles/s"
              f"  peak {r['peak_mib']:7.1f} MiB (this process)", flush=True)  # fmt: skip
    ext_l = results[("extract", args.n)]
    mem = ing_l["peak_mib"] / ing_s["peak_mib"] - 1
    speed = (ing_l["articles"] / ing_l["seconds"]) / (ext_l["articles"] / ext_l["seconds"]) - 1
    print(f"peak memory at {args.n:,} vs {args.small:,}: {mem:+.1%} (target: within +20%)")
    print(f"ingest throughput vs extract alone at {args.n:,}: {speed:+.1%} (target: within -15%)")


if __name__ == "__main__":
    main()
