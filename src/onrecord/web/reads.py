"""Reads the web UI needs that :mod:`onrecord.store.queries` does not offer (yet).

Articles (list and one article with every span offset), outlets, and the matters a speaker
spoke on. Each function takes an open :class:`~onrecord.store.Store` and returns plain rows,
like the store's own queries; they are candidates to move there.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import TYPE_CHECKING

from ..store import stored_reading
from ..store.names import org_key
from ..store.queries import CALENDAR_DATE, find_speakers
from .errors import MissingRecord

if TYPE_CHECKING:
    from ..store import Store

Row = dict[str, object]

# Offsets of the statement's parts in ``articles.text``, for highlighting.
SPAN_COLUMNS = """
st.id, st.kind, st.basis, st.date, st.date_text, st.date_basis, st.speaker_id,
coalesce(sp.name, st.speaker_name) AS speaker, st.speaker_type, st.speaker_text,
st.speaker_start, st.speaker_end, st.cue, st.cue_start, st.cue_end, st.content,
st.content_start, st.content_end, st.content_parts, c.name AS conduit"""


def _rows(cursor: sqlite3.Cursor) -> list[Row]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def articles(
    store: Store,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Row]:
    """Articles, newest first, with their outlet and number of statements."""
    where: list[str] = []
    args: list[object] = []
    if outlet:
        where.append("o.key = ?")
        args.append(org_key(outlet))
    if since:
        where.append("a.published >= ?")
        args.append(since)
    if until:  # inclusive prefix, like queries.statements
        where.append("a.published <= ?")
        args.append(until + "\U0010ffff")
    sql = (
        "SELECT a.id, a.uid, a.title, a.published, o.name AS outlet, a.author, a.url, a.source, "
        "(SELECT count(*) FROM statements st WHERE st.article_id = a.id) AS statements "
        "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?"
    )
    return _rows(store.conn.execute(sql, [*args, limit, offset]))


def article(store: Store, article_id: int) -> Row:
    """One article: metadata, how it was read, clean text, removed lines and statements with
    their offsets.

    Raises:
        MissingRecord: no article has this id.
    """
    found = _rows(store.conn.execute(
        "SELECT a.id, a.uid, a.title, a.published, o.name AS outlet, a.author, a.url, a.source, "
        "a.language, a.text, a.credited_sources, a.removed, a.added_at, a.reading "
        "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?",
        [article_id],
    ))  # fmt: skip
    if not found:
        raise MissingRecord("article", article_id, "articles")
    row = found[0]
    row["credited_sources"] = _json_list(row["credited_sources"])
    row["removed"] = _json_list(row["removed"])
    # None: not known; the table named by its file's name, not by its path on the server
    reading = stored_reading(row["reading"])
    reading = reading.public() if reading else None
    row["reading"] = {**reading.to_dict(), "label": reading.label} if reading else None
    statements = _rows(store.conn.execute(
        f"SELECT {SPAN_COLUMNS} FROM statements st "
        "LEFT JOIN speakers sp ON sp.id = st.speaker_id "
        "LEFT JOIN outlets c ON c.id = st.conduit_outlet_id "
        "WHERE st.article_id = ? ORDER BY st.content_start, st.id",
        [article_id],
    ))  # fmt: skip
    for st in statements:
        st["content_parts"] = _json_list(st["content_parts"])
    row["statements"] = statements
    return row


def statement_articles(store: Store, statement_ids: list[int]) -> dict[int, Row]:
    """The statements with these ids, keyed by id, each with its article and outlet."""
    if not statement_ids:
        return {}
    ph = ", ".join("?" * len(statement_ids))
    rows = _rows(store.conn.execute(
        "SELECT st.id, st.date, st.kind, st.speaker_id, coalesce(sp.name, st.speaker_name) "
        "AS speaker, st.cue, st.content, st.article_id, a.title, a.published, "
        "o.name AS outlet, c.name AS conduit FROM statements st "
        "JOIN articles a ON a.id = st.article_id "
        "LEFT JOIN speakers sp ON sp.id = st.speaker_id "
        "LEFT JOIN outlets o ON o.id = st.outlet_id "
        f"LEFT JOIN outlets c ON c.id = st.conduit_outlet_id WHERE st.id IN ({ph})",
        statement_ids,
    ))  # fmt: skip
    return {int(r["id"]): r for r in rows}  # type: ignore[call-overload]


def date_range(store: Store) -> tuple[str | None, str | None]:
    """The first and last calendar dates (``YYYY-MM...``) that statements carry."""
    row = store.conn.execute(
        f"SELECT min(date), max(date) FROM statements WHERE {CALENDAR_DATE}"
    ).fetchone()
    return row[0], row[1]


def examples(store: Store) -> dict[str, str]:
    """Values of the API's path and required parameters that the store holds, for the "try"
    links of ``/docs``: the newest article, the most quoted speaker, the most disputed matter
    and a word that was said. A kind the store lacks (no analysis yet) has no entry.
    """
    out: dict[str, str] = {}
    article = store.conn.execute(
        "SELECT id FROM articles ORDER BY published DESC, id DESC LIMIT 1"
    ).fetchone()
    speaker = store.conn.execute(
        "SELECT id FROM speakers WHERE statements > 0 ORDER BY statements DESC, id LIMIT 1"
    ).fetchone()
    said = store.conn.execute(
        "SELECT content FROM statements ORDER BY date DESC, id DESC LIMIT 1"
    ).fetchone()
    if article:
        out["article_id"] = str(article[0])
    if speaker:
        out["speaker_id"] = str(speaker[0])
    word = max(re.findall(r"[^\W\d_]{3,}", said[0]), key=len, default=None) if said else None
    if word:
        out["q"] = word
    return out


def speaker_name(store: Store, speaker_id: int) -> str | None:
    """The name of the speaker with this id, or None."""
    row = store.conn.execute("SELECT name FROM speakers WHERE id = ?", [speaker_id]).fetchone()
    return str(row[0]) if row else None


def unmatched(
    store: Store, *, speaker: str | None, outlet: str | None, api: bool = False
) -> list[str]:
    """Sentences for a speaker or outlet filter that names nothing in the store.

    Such a filter empties the list, which reads as "nothing was said": the search page and
    ``/api/statements`` (its ``notes``) say these, as the command line does on stderr, each
    pointing to where the names are listed on its own surface (``api``: the JSON routes).
    """
    notes = []
    if speaker and speaker.strip() and not find_speakers(store, speaker):
        where = "GET /api/speakers?q=PART lists" if api else "/speakers lists"
        notes.append(f"No speaker called {speaker!r} is in the store: {where} the names it "
                     "holds, under any of them.")  # fmt: skip
    known = store.conn.execute("SELECT 1 FROM outlets WHERE key = ?", [org_key(outlet or "")])
    if outlet and outlet.strip() and known.fetchone() is None:
        where = "GET /api/outlets lists" if api else "/articles lists"
        notes.append(f"No outlet called {outlet!r} is in the store: {where} them.")
    return notes


def outlets(store: Store) -> list[Row]:
    """Every outlet with the number of articles it published, the biggest first."""
    return _rows(store.conn.execute(
        "SELECT o.id, o.name, count(a.id) AS articles FROM outlets o "
        "LEFT JOIN articles a ON a.outlet_id = o.id GROUP BY o.id "
        "ORDER BY articles DESC, o.name"
    ))  # fmt: skip


def _json_list(value: object) -> list[object]:
    if not isinstance(value, str) or not value:
        return []
    try:
        loaded = json.loads(value)
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []
