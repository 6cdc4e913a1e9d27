"""Load test of ``onrecord serve``: N concurrent clients for D seconds on loopback.

    .venv/bin/python benchmarks/bench_web.py --db demo.db [--clients 200] [--seconds 30]
        [--think 0.5-1.0] [--workers 1] [--no-cache]

Starts ``onrecord serve`` in a subprocess, then drives it from this one process: each client
is an asyncio task with its own keep-alive HTTP/1.1 connection over a raw socket (no HTTP
library, so that the load generator costs little of a machine it shares with the server). A
client requests the pages and API routes in turn (every article, the most quoted speakers,
lists, search), waits for each answer, then waits ``--think`` seconds, drawn uniformly from the
range (``0``, the default: a closed loop without pause; ``0.5-1.0``: a person clicking). Only
the time from sending a request to reading the whole answer counts as latency.

Prints one JSON line: errors (a status other than 200, a broken connection or a timeout),
requests/s, p50/p95/p99/max latency, and the CPU time the load generator and the server used.
Exits 1 when there were errors. Bounded: it stops by itself after ``--seconds`` (plus start-up).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
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
SPEAKERS = 20  # the most quoted speakers get visited


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server(db: Path, port: int, workers: int, cache: bool) -> subprocess.Popen[bytes]:
    if cache:  # exactly what a user runs
        cmd = [sys.executable, "-m", "onrecord", "serve", "--db", str(db), "--port", str(port),
               "--workers", str(workers)]  # fmt: skip
    else:  # the same app without its response cache, one process
        code = (
            "import sys, uvicorn; from onrecord.web import create_app; "
            "uvicorn.run(create_app(sys.argv[1], cache_entries=0), host='127.0.0.1', "
            "port=int(sys.argv[2]), log_level='warning', access_log=False)"
        )
        cmd = [sys.executable, "-c", code, str(db), str(port)]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=1).read()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def _paths(base: str) -> list[str]:
    def get(path: str) -> list[dict[str, object]]:
        with urllib.request.urlopen(base + path, timeout=10) as r:
            return list(json.loads(r.read())["rows"])

    articles = [r["id"] for r in get("/api/articles?limit=200")]
    speakers = [r["id"] for r in get(f"/api/speakers?limit={SPEAKERS}")]
    out: list[str] = []
    for p in PATHS:
        if "{article}" in p:
            out += [p.format(article=a) for a in articles]
        elif "{speaker}" in p:
            out += [p.format(speaker=s) for s in speakers]
        else:
            out.append(p)
    return out


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of ``pid`` and its live children (uvicorn workers), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1]: the parent pid
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


class Client:
    """One keep-alive connection; ``get`` answers (status, body length)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.host = f"127.0.0.1:{port}".encode()
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(b"GET " + path.encode() + b" HTTP/1.1\r\nHost: " + self.host
                          + b"\r\nAccept: */*\r\n\r\n")  # fmt: skip
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {
            k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])
        }
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def _drive(
    port: int, paths: list[str], clients: int, seconds: float, think: tuple[float, float]
) -> tuple[list[float], dict[str, int]]:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    stop = time.monotonic() + seconds
    rng = random.Random(7)

    async def one(i: int) -> None:
        client = Client(port)
        k = i
        if think[1] > 0:  # people do not all arrive in the same millisecond
            await asyncio.sleep(rng.uniform(0, think[1]))
        while time.monotonic() < stop:
            path = paths[k % len(paths)]
            k += 1
            t0 = time.perf_counter()
            try:
                status = await asyncio.wait_for(client.get(path), timeout=30)
                if status != 200:
                    errors[f"status {status}"] = errors.get(f"status {status}", 0) + 1
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as e:
                errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
                client.close()
            latencies.append(time.perf_counter() - t0)
            if think[1] > 0:
                await asyncio.sleep(rng.uniform(*think))
        client.close()

    await asyncio.gather(*(one(i) for i in range(clients)))
    return latencies, errors


def _pct(values: list[float], p: float) -> float:
    if len(values) < 2:
        return values[0] * 1000 if values else 0.0
    return statistics.quantiles(values, n=1000)[int(p * 10) - 1] * 1000


def _think(text: str) -> tuple[float, float]:
    low, _, high = text.partition("-")
    pause = (float(low), float(high or low))
    if pause[0] < 0 or pause[1] < pause[0]:
        raise argparse.ArgumentTypeError("think time: SECONDS or MIN-MAX, e.g. 0.5-1.0")
    return pause


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("demo.db"))
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--think", type=_think, default=(0.0, 0.0),
                        help="pause after each answer, seconds or MIN-MAX (default 0)")  # fmt: skip
    parser.add_argument("--workers", type=int, default=1, help="onrecord serve --workers")
    parser.add_argument("--no-cache", action="store_true", help="serve without response cache")
    args = parser.parse_args(argv)
    if not args.db.exists():
        raise SystemExit(f"no store at {args.db}: run onrecord ingest examples/articles --db ...")
    port = _free_port()
    proc = _server(args.db, port, args.workers, not args.no_cache)
    try:
        paths = _paths(f"http://127.0.0.1:{port}")
        server0, self0 = _cpu_seconds(proc.pid), resource.getrusage(resource.RUSAGE_SELF)
        started = time.monotonic()
        latencies, errors = asyncio.run(_drive(port, paths, args.clients, args.seconds, args.think))
        elapsed = time.monotonic() - started
        server_cpu = _cpu_seconds(proc.pid) - server0
        self1 = resource.getrusage(resource.RUSAGE_SELF)
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    client_cpu = (self1.ru_utime - self0.ru_utime) + (self1.ru_stime - self0.ru_stime)
    report = {
        "clients": args.clients, "think_s": list(args.think), "workers": args.workers,
        "cache": not args.no_cache, "cores": os.cpu_count(), "seconds": round(elapsed, 1),
        "requests": len(latencies), "errors": sum(errors.values()), "error_kinds": errors,
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(_pct(latencies, 50), 1), "p95_ms": round(_pct(latencies, 95), 1),
        "p99_ms": round(_pct(latencies, 99), 1),
        "max_ms": round(max(latencies, default=0) * 1000, 1),
        "client_cpu_pct": round(100 * client_cpu / elapsed, 1),
        "server_cpu_pct": round(100 * server_cpu / elapsed, 1),
    }  # fmt: skip
    print(json.dumps(report))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
