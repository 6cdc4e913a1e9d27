"""Regenerate the README screenshots (docs/img/*.png) from the demo store.

    .venv/bin/python scripts/screenshots.py [--db demo.db] [--out docs/img]

Builds the demo store from examples/articles when ``--db`` does not exist, computes matters
and contradictions when it has none, serves it on loopback and photographs the article,
speaker, matter and contradictions pages in headless Chromium (apt-get install chromium
chromium-driver; pip install selenium).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1360, 900)


def _live() -> ModuleType:
    """The live-server and Chromium helpers that the browser tests use."""
    spec = importlib.util.spec_from_file_location("live", ROOT / "tests" / "web" / "live.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prepare(db: Path) -> None:
    """Ingest the demo articles and analyze them, as far as the store still needs it."""
    from onrecord.store import Store

    with Store.open(db) as store:
        if not store.count("articles"):
            from onrecord.runners.local import ingest

            print(f"ingesting examples/articles into {db} ...", file=sys.stderr)
            ingest([ROOT / "examples" / "articles"], store)
        if not store.count("matters"):
            from onrecord.matters import analyze_corpus

            print("computing matters and contradictions ...", file=sys.stderr)
            analyze_corpus(store)


def targets(db: Path) -> dict[str, str]:
    """The page for each screenshot: the top contradiction's article and speaker, and so on."""
    from onrecord.store import Store, queries
    from onrecord.web import matters

    with Store.open(db, readonly=True) as store:
        top = matters.contradictions(store, kind="contradiction", limit=1)
        first = top[0] if top else None
        busiest = queries.speakers(store, limit=1)
        article = first["a"]["article_id"] if first else 1  # type: ignore[index]
        speaker = first["a"]["speaker_id"] if first else busiest[0]["id"]  # type: ignore[index]
        matter = first["matter_id"] if first else None
    pages = {"article": f"/articles/{article}", "speaker": f"/speakers/{speaker}",
             "contradictions": "/contradictions", "home": "/"}  # fmt: skip
    if matter:
        pages["matter"] = f"/matters/{matter}"
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "demo.db")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args(argv)
    live = _live()
    missing = live.browser_missing()
    if missing:
        print(f"error: {missing}", file=sys.stderr)
        return 1
    prepare(args.db)
    args.out.mkdir(parents=True, exist_ok=True)
    with live.serve(args.db) as base, live.chromium(*SIZE) as driver:
        for name, path in targets(args.db).items():
            driver.get(base + path)
            out = args.out / f"{name}.png"
            driver.save_screenshot(str(out))
            print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}  <- {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
