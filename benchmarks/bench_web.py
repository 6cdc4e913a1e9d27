"""Load test of ``onrecord serve``: N concurrent clients for D seconds on loopback.

    .venv/bin/python benchmarks/bench_web.py --db demo.db [--clients 200] [--seconds 30]

Starts the server in a subprocess (uvicorn, one process, as ``onrecord serve`` runs it), then
drives it from ``--procs`` client processes, each running its share of the clients as
asyncio tasks with httpx, every client requesting pages and API routes in turn with no pause.
Prints errors, requests/s and p50/p95/p99 latency, and exits 1 when there were errors.
Bounded: it stops by itself after ``--seconds`` (plus start-up).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PATHS = [
    "/", "/api/stats", "/articles", "/api/articles?limit=20", "/articles/{article}",
    "/api/articles/{article}", "/speakers", "/api/speakers", "/speakers/{speaker}",
    "/api/speakers/{speaker}", "/matters", "/api/matters", "/contradictions?limit=20",
    "/api/contradictions?limit=20", "/search?q=bridge", "/api/statements?q=water",
    "/api/search?q=mill",
]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server(db: Path, port: int) -> subprocess.Popen[bytes]:
    code = (
        "import sys, uvicorn; from onrecord.web import create_app; "
        "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
        "log_level='warning', backlog=4096)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=1).read()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def _ids(base: str) -> dict[str, int]:
    def get(path: str) -> dict[str, object]:
        with urllib.request.urlopen(base + path, timeout=5) as r:
            return dict(json.loads(r.read()))

    articles = get("/api/articles?limit=1")["rows"]
    speakers = get("/api/speakers?limit=1")["rows"]
    return {"article": articles[0]["id"], "speaker": speakers[0]["id"]}  # type: ignore[index]


async def _clients(
    base: str, paths: list[str], n: int, seconds: float, seed: int
) -> dict[str, list[float] | int]:
    import httpx

    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def one(i: int) -> None:
            nonlocal errors
            k = i + seed
            while time.monotonic() < stop:
                path = paths[k % len(paths)]
                k += 1
                t0 = time.perf_counter()
                try:
                    r = await client.get(path)
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - t0)
                errors += not ok

        await asyncio.gather(*(one(i) for i in range(n)))
    return {"latencies": latencies, "errors": errors}


def _worker(args: tuple[str, list[str], int, float, int]) -> dict[str, list[float] | int]:
    return asyncio.run(_clients(*args))


def _pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=1000)[int(p * 10) - 1] * 1000 if len(values) > 1 else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("demo.db"))
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--procs", type=int, default=max(1, min(4, (os.cpu_count() or 2) // 2)))
    args = parser.parse_args(argv)
    if not args.db.exists():
        raise SystemExit(f"no store at {args.db}: run onrecord ingest examples/articles --db ...")
    port = _free_port()
    proc = _server(args.db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        paths = [p.format(**_ids(base)) for p in PATHS]
        shares = [args.clients // args.procs + (i < args.clients % args.procs)
                  for i in range(args.procs)]  # fmt: skip
        jobs = [(base, paths, n, args.seconds, i * 7) for i, n in enumerate(shares) if n]
        started = time.monotonic()
        with multiprocessing.get_context("spawn").Pool(len(jobs)) as pool:
            results = pool.map(_worker, jobs)
        elapsed = time.monotonic() - started
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    latencies = [x for r in results for x in r["latencies"]]  # type: ignore[union-attr]
    errors = sum(int(r["errors"]) for r in results)  # type: ignore[call-overload]
    report = {
        "clients": args.clients, "seconds": round(elapsed, 1), "requests": len(latencies),
        "errors": errors, "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(_pct(latencies, 50), 1), "p95_ms": round(_pct(latencies, 95), 1),
        "p99_ms": round(_pct(latencies, 99), 1), "max_ms": round(max(latencies) * 1000, 1),
    }  # fmt: skip
    print(json.dumps(report))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
