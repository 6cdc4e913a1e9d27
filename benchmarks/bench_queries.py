"""Query latency over a synthetic store of 1,000,000 statements: p50/p95 per query.

    .venv/bin/python benchmarks/bench_queries.py [--n 1000000] [--db bench-out/queries.db]

The store is built once (a few minutes) and reused when it already holds ``--n`` rows.
"""

# ruff: noqa: E501 -- the table of queries in main() reads best at one line per query

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from onrecord.store import Store, queries

WORDS = (
    "tariff bridge ferry budget council harbor storm pier election vaccine school tax "
    "housing river water power grid strike wage police court ruling senate bill vote "
    "deficit inflation price rent transit rail airport fire flood drought farm trade "
    "deal talks treaty border army ceasefire hospital nurse doctor teacher union plant"
).split()
FIRST = "Sarah Bernie Elena Marcus Priya Tomas Ana John Mary Luis Chen Fatima Omar Kofi".split()
LAST = "Sanders Vela Reed Natarajan Berg Lima Smith Jones Garcia Wang Khan Okafor Silva".split()


def build(db: Path, n: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    n_articles, n_speakers, n_outlets = n // 10, max(100, n // 50), 50
    with Store.open(db) as store, store.transaction():
        c = store.conn
        c.executemany(
            "INSERT INTO outlets (id, name, key) VALUES (?, ?, ?)",
            [(i, f"Outlet {i}", f"outlet {i}") for i in range(1, n_outlets + 1)],
        )
        speakers = []
        for i in range(1, n_speakers + 1):
            first, last = rnd.choice(FIRST), f"{rnd.choice(LAST)}{i}"
            speakers.append(
                (
                    i,
                    f"{first} {last}",
                    "person",
                    f"{first} {last}".lower(),
                    last.lower(),
                    first.lower(),
                )
            )
        c.executemany(
            "INSERT INTO speakers (id, name, type, key, surname, first_name) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            speakers,
        )
        c.executemany(
            "INSERT INTO aliases (speaker_id, alias, key, count) VALUES (?, ?, ?, 1)",
            [(s[0], s[1], s[3]) for s in speakers],
        )
        c.executemany(
            "INSERT INTO articles (id, uid, url, text_hash, title, published, outlet_id, source, "
            "text, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '')",
            [
                (
                    i,
                    f"a{i}",
                    f"https://x.test/{i}",
                    f"h{i}",
                    f"Story {i}",
                    f"20{10 + i * 14 // n_articles:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    1 + i % n_outlets,
                    f"a{i}.txt",
                )
                for i in range(1, n_articles + 1)
            ],
        )
        weights = [1 / (k**1.1) for k in range(1, n_speakers + 1)]  # Zipf: few speak a lot
        who = rnd.choices(range(1, n_speakers + 1), weights, k=n)
        rows, counts = [], [0] * (n_speakers + 1)
        for i in range(1, n + 1):
            art = 1 + (i - 1) // 10
            sid = who[i - 1]
            counts[sid] += 1
            content = " ".join(rnd.choices(WORDS, k=12)) + (" zanzibar" if i % 5000 == 0 else "")
            rows.append(
                (
                    f"s{i}",
                    art,
                    "direct",
                    "said",
                    content,
                    0,
                    len(content),
                    sid,
                    "person",
                    1 + art % n_outlets,
                    f"20{10 + art * 14 // n_articles:02d}-{1 + art % 12:02d}-{1 + art % 28:02d}",
                )
            )
            if len(rows) == 50_000:
                _insert(c, rows)
                rows = []
        _insert(c, rows)
        c.executemany(
            "UPDATE speakers SET statements = ? WHERE id = ?",
            [(counts[i], i) for i in range(1, n_speakers + 1)],
        )
    with Store.open(db) as store:
        store.conn.execute("ANALYZE")
        store.conn.execute("INSERT INTO statements_fts (statements_fts) VALUES ('optimize')")


def _insert(c: object, rows: Sequence[tuple[object, ...]]) -> None:
    c.executemany(  # type: ignore[attr-defined]
        "INSERT INTO statements (uid, article_id, kind, cue, content, content_start, content_end,"
        " speaker_id, speaker_type, outlet_id, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def timeit(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=Path("bench-out/queries.db"))
    ap.add_argument("--runs", type=int, default=40)
    args = ap.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    fresh = not args.db.exists()
    if not fresh:
        with Store.open(args.db) as s:
            fresh = s.count("statements") != args.n
    if fresh:
        args.db.unlink(missing_ok=True)
        t = time.perf_counter()
        build(args.db, args.n)
        print(f"built {args.n:,} statements in {time.perf_counter() - t:.0f} s")
    rnd = random.Random(1)
    with Store.open(args.db, readonly=True) as s:
        top = queries.speakers(s, limit=1)[0]["name"]
        n_sp = s.count("speakers")
        cases: dict[str, Callable[[], object]] = {
            "speakers()": lambda: queries.speakers(s),
            "speakers(search=)": lambda: queries.speakers(s, search="vela1"),
            "speaker(top)": lambda: queries.speaker(s, str(top)),
            "speaker(random)": lambda: queries.speaker(s, rnd.randint(1, n_sp)),
            "statements()": lambda: queries.statements(s),
            "statements(offset=1000)": lambda: queries.statements(s, offset=1000),
            "statements(speaker=top)": lambda: queries.statements(s, speaker=str(top)),
            "statements(speaker=random)": lambda: queries.statements(s, speaker=rnd.randint(1, n_sp)),
            "statements(outlet=)": lambda: queries.statements(s, outlet=f"Outlet {rnd.randint(1, 50)}"),
            "statements(since, until)": lambda: queries.statements(s, since="2015-03-01", until="2015-06-30"),
            "statements(outlet, since)": lambda: queries.statements(s, outlet="Outlet 7", since="2020-01-01"),
            "statements(search=common)": lambda: queries.statements(s, search=rnd.choice(WORDS)),
            "statements(search=rare)": lambda: queries.statements(s, search="zanzibar"),
            "statements(speaker, search)": lambda: queries.statements(s, speaker=str(top), search="tariff"),
            "search(common)": lambda: queries.search(s, rnd.choice(WORDS)),
            "search(two words)": lambda: queries.search(s, f"{rnd.choice(WORDS)} {rnd.choice(WORDS)}"),
            "search(rare)": lambda: queries.search(s, "zanzibar"),
            "stats()": lambda: queries.stats(s),
            "skips()": lambda: queries.skips(s),
        }  # fmt: skip
        print(f"{'query':32} {'p50 ms':>8} {'p95 ms':>8}   over {args.n:,} statements")
        for name, fn in cases.items():
            p50, p95 = timeit(fn, args.runs)
            flag = "" if p95 < 100 else "  OVER 100 ms"
            print(f"{name:32} {p50:8.1f} {p95:8.1f}{flag}")


if __name__ == "__main__":
    main()
