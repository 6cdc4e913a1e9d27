"""The one place where the web UI reads matters and contradictions.

They are computed by ``onrecord analyze`` (:func:`onrecord.matters.analyze_corpus`) into the
tables of migration ``m003_matters``; the queries are :mod:`onrecord.matters.store`'s. This
adapter checks that the tables exist and hold an analysis, so that an older or unanalyzed
store shows an empty state (``analyzed()`` is False) instead of an error, and adds what the
pages need on top: each statement's article and speaker id, and the matter's question.
"""

from __future__ import annotations

import sqlite3
import weakref
from typing import TYPE_CHECKING, Literal

from .errors import MissingRecord, NotFound
from .reads import statement_articles

if TYPE_CHECKING:
    from ..store import Store

Row = dict[str, object]

TABLES = ("matters", "stances", "contradictions")
STANCES = ("yes", "no", "hedged", "unclear")
HOW_TO = "onrecord analyze"


def _rows(cursor: sqlite3.Cursor) -> list[Row]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


# stores (connections) already seen with the tables: no schema query for them again
_HAS_TABLES: weakref.WeakSet[Store] = weakref.WeakSet()


def has_tables(store: Store) -> bool:
    """Whether the store has the tables that ``onrecord analyze`` writes.

    Remembered per connection once true (tables are never dropped), asked again while false,
    so that an ``onrecord analyze`` while serving shows.
    """
    if store in _HAS_TABLES:
        return True
    found = store.conn.execute(
        f"SELECT count(*) FROM sqlite_master WHERE type = 'table' "
        f"AND name IN ({', '.join('?' * len(TABLES))})",
        TABLES,
    ).fetchone()[0]
    if found == len(TABLES):
        _HAS_TABLES.add(store)
        return True
    return False


def counts(store: Store) -> dict[str, int]:
    """How many matters and contradictions are stored (zero before ``onrecord analyze``)."""
    if not has_tables(store):
        return {"matters": 0, "contradictions": 0}
    conn = store.conn
    return {
        "matters": int(conn.execute("SELECT count(*) FROM matters").fetchone()[0]),
        "contradictions": int(conn.execute("SELECT count(*) FROM contradictions").fetchone()[0]),
    }


def analyzed(store: Store) -> bool:
    """Whether an analysis is stored: the tables exist and hold at least one matter.

    Asks for one row rather than counting both tables, as every matters request asks it.
    The query is :func:`onrecord.matters.store.analyzed`'s, written here so that the pages
    that only ask this (the home page) do not import the analysis package (seconds).
    """
    if not has_tables(store):
        return False
    return store.conn.execute("SELECT 1 FROM matters LIMIT 1").fetchone() is not None


def _summary(row: Row) -> Row:
    stances = {k: int(row.pop(k) or 0) for k in STANCES}  # type: ignore[call-overload]
    return {**row, "stances": stances, "statements": sum(stances.values())}


def question(store: Store, matter_id: str) -> str | None:
    """The question of the matter with this id, or None (no such matter, or no analysis)."""
    if not has_tables(store):
        return None
    row = store.conn.execute("SELECT question FROM matters WHERE id = ?", [matter_id]).fetchone()
    return str(row[0]) if row else None


def matters(
    store: Store,
    *,
    speaker: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    disputed: bool = False,
    min_statements: int | None = None,
    order: Literal["disputed", "recent"] = "disputed",
    limit: int = 50,
    offset: int = 0,
) -> list[Row]:
    """Matters, the most disputed first (``recent``: the latest spoken of first), with stance
    counts and date range.

    The filters are :func:`onrecord.matters.store.matters`'s, the query that ``onrecord
    matters`` calls too: ``speaker`` is a name (any alias) or an id.
    """
    if not has_tables(store):
        return []
    from ..matters import store as analysis

    rows = analysis.matters(
        store, speaker=speaker, since=since, until=until, search=search, disputed=disputed,
        min_statements=min_statements, order=order, limit=limit, offset=offset,
    )  # fmt: skip
    return [_summary(r) for r in rows]


def matter(store: Store, matter_id: str) -> Row:
    """One matter: its question, every statement on it with its stance, and its contradictions.

    Raises:
        NotFound: no analysis is stored.
        MissingRecord: no matter has this id.
    """
    if not analyzed(store):
        raise NotFound(f"No matters are in the store yet. Compute them with: {HOW_TO}")
    from ..matters import store as analysis

    found = analysis.matter(store, matter_id)
    if found is None:
        raise MissingRecord("matter", matter_id, "matters")
    timeline = found.pop("timeline")
    assert isinstance(timeline, list)
    sides = statement_articles(store, [int(t["statement"]) for t in timeline])
    statements = []
    for t in timeline:
        side = sides.get(int(t["statement"]), {})
        words = t.get("words")
        statements.append({
            **side, "id": t["statement"], "date": t["date"], "stance": t["stance"],
            "words": ", ".join(str(w) for w in words) if isinstance(words, list) else words,
            "content": t["content"],
        })  # fmt: skip
    contras = found.pop("contradictions")
    return {
        **_summary(found),
        "statements": statements,
        "contradictions": _enrich(store, contras if isinstance(contras, list) else []),
    }


def contradictions(
    store: Store,
    *,
    matter_id: str | None = None,
    speaker: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
    kind: str | None = None,
    min_confidence: float = 0.0,
    limit: int = 50,
    offset: int = 0,
) -> list[Row]:
    """Contradictions, the most confident first, each with both statements and articles.

    The filters are :func:`onrecord.matters.store.contradictions`'s, the query that
    ``onrecord contradictions`` calls too: ``speaker`` is a name (any alias) or an id;
    ``since`` and ``until`` keep the pairs with a statement dated between them.
    """
    if not has_tables(store):
        return []
    from ..matters import store as analysis

    rows = analysis.contradictions(
        store, matter_id=matter_id, speaker=speaker, since=since, until=until, kind=kind,
        min_confidence=min_confidence, limit=limit, offset=offset,
    )  # fmt: skip
    return _enrich(store, rows)


def unknown_matter(store: Store, matter_id: str | None, *, api: bool = False) -> list[str]:
    """A sentence for a ``matter`` filter that names no stored matter (none otherwise), pointing
    to where the matters are listed on its own surface (``api``: the JSON routes)."""
    if not matter_id or not analyzed(store) or question(store, matter_id) is not None:
        return []
    where = "GET /api/matters" if api else "/matters"
    return [f"No matter {matter_id!r} is in the store: {where} lists them."]


def _enrich(store: Store, rows: list[Row]) -> list[Row]:
    """Each flat contradiction row with sides ``a`` and ``b`` (statement, article, speaker)."""
    ids = [int(r[k]) for r in rows for k in ("a_statement", "b_statement")]  # type: ignore[call-overload]
    sides = statement_articles(store, ids)
    matter_ids = sorted({str(r["matter"]) for r in rows if r.get("matter")})
    questions = dict(store.conn.execute(
        f"SELECT id, question FROM matters WHERE id IN ({', '.join('?' * len(matter_ids))})",
        matter_ids,
    ).fetchall()) if matter_ids else {}  # fmt: skip
    out = []
    for r in rows:
        a, b = sides.get(int(r["a_statement"])), sides.get(int(r["b_statement"]))  # type: ignore[call-overload]
        out.append({
            "id": r["id"], "kind": r["kind"], "confidence": r["confidence"],
            "matter_id": r.get("matter"), "question": questions.get(r.get("matter")),
            "cue": r.get("cue"), "reason": r.get("reason"),
            "a": {**a, "stance": r.get("a_stance")} if a else None,
            "b": {**b, "stance": r.get("b_stance")} if b else None,
        })  # fmt: skip
    return out


def latest_contradictions(store: Store, limit: int = 5) -> list[Row]:
    """The most confident contradictions, most recently said first, for the home page."""
    rows = contradictions(store, limit=max(limit * 4, 20))

    def said(r: Row) -> str:
        return max((str(s.get("date") or "") for s in (r["a"], r["b"]) if isinstance(s, dict)),
                   default="")  # fmt: skip

    return sorted(rows, key=said, reverse=True)[:limit]
