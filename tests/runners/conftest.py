"""Fixtures for the runner tests: a JSON Lines corpus and a fast fake extractor."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from onrecord.models import Article, Record, Skipped, Span, Speaker, Statement
from onrecord.store import Store

TIMESTAMPS = {"added_at", "seen_at", "applied_at"}
Dump = Callable[[Path | Store], dict[str, list[tuple[object, ...]]]]

PEOPLE = ["Elena Vela", "Marcus Reed", "Priya Natarajan", "Tomas Berg", "Ana Lima"]
OUTLETS = ["Port Alder Gazette", "Harbor Times", "Coastline Daily"]


def article_text(n: int, sentences: int = 4) -> str:
    who = PEOPLE[n % len(PEOPLE)]
    lines = [
        f'"The ferry terminal on pier {n} will reopen in May," said {who}, the harbor director.',
        f"The council approved {n * 3 + 7} thousand dollars for repairs to the north pier.",
    ]
    for i in range(sentences):
        lines.append(
            f"{PEOPLE[(n + i + 1) % len(PEOPLE)]} said the repairs on dock {i} of pier {n} "
            f"were running {i + 2} weeks late because of the storms."
        )
    return " ".join(lines)


def write_corpus(path: Path, n: int, *, sentences: int = 4) -> Path:
    """``n`` articles as JSON Lines, plus an empty row, a bad row and a duplicate."""
    rows = []
    for i in range(n):
        rows.append(json.dumps({
            "id": f"a{i}", "text": article_text(i, sentences), "title": f"Pier {i}",
            "url": f"https://gazette.test/pier-{i}", "outlet": OUTLETS[i % len(OUTLETS)],
            "published": f"2024-03-{1 + i % 28:02d}",
        }))  # fmt: skip
        if i == 2:
            rows.append('{"id": "broken", "text": ')
        if i == 3:
            rows.append(json.dumps({"id": "empty", "text": "   "}))
        if i == 5:  # the same text as article 1, under another URL
            rows.append(json.dumps({"id": "copy", "text": article_text(1, sentences),
                                    "url": "https://mirror.test/pier-1"}))  # fmt: skip
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


class FakeExtractor:
    """Quotes each 'X said' sentence; counts the articles it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def pipe_safe(
        self, items: Iterable[Article | Skipped], *, batch_size: int = 16
    ) -> Iterator[Record | Skipped]:
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            self.seen.append(item.source)
            statements = []
            for i, m in enumerate(re.finditer(r"([A-Z]\w+ [A-Z]\w+) said ([^.]+)\.", item.text)):
                statements.append(Statement(
                    id=f"{item.id}-{i}", kind="indirect",
                    cue=Span("said", m.start() + len(m.group(1)) + 1, m.start(2) - 1),
                    content=Span(m.group(2), m.start(2), m.end(2)),
                    speaker=Speaker(m.group(1), "person", (),
                                    Span(m.group(1), m.start(1), m.end(1))),
                ))  # fmt: skip
            yield Record(item, tuple(statements))


@pytest.fixture
def make_corpus() -> Callable[..., Path]:
    """``make_corpus(path, n, sentences=4)`` writes a JSON Lines corpus."""
    return write_corpus


@pytest.fixture
def fake_extractor() -> type[FakeExtractor]:
    return FakeExtractor


def dump_tables(db: Path | Store) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows (FTS shadow tables and timestamps left out), in rowid order."""
    conn = db.conn if isinstance(db, Store) else sqlite3.connect(db)
    tables = [t for (t,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'statements_fts%'"
        " ORDER BY name")]  # fmt: skip
    out = {}
    for t in tables:
        cols = [c[1] for c in conn.execute(f"PRAGMA table_info([{t}])") if c[1] not in TIMESTAMPS]
        out[t] = conn.execute(f"SELECT {', '.join(cols)} FROM [{t}] ORDER BY rowid").fetchall()
    return out


@pytest.fixture
def dump() -> Dump:
    """``dump(db)``: a store's content, to compare two runs."""
    return dump_tables
