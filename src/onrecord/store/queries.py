"""Read queries over the store, shared by the CLI and the web UI.

Each function takes an open :class:`~onrecord.store.Store` and returns plain rows
(``dict[str, object]``) ready for JSON. Each is backed by an index (see ``docs/store.md``)
and answers in well under 100 ms over a million statements.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from . import stored_reading
from .errors import SpeakerNotFound
from .names import first_names_match, fold, is_named, middles_match, org_key, parse_person

if TYPE_CHECKING:
    from ..models import Reading
    from . import Store

log = logging.getLogger(__name__)

Row = dict[str, object]

STATEMENT_COLUMNS = """
st.id, st.date, st.date_text, st.date_basis, st.kind, st.basis, st.speaker_id,
coalesce(sp.name, st.speaker_name) AS speaker, st.speaker_type, st.speaker_text, st.cue,
st.content, o.name AS outlet, c.name AS conduit, st.article_id, a.uid AS article_uid,
a.title, a.url, a.published, a.source"""
STATEMENT_JOINS = """
JOIN articles a ON a.id = st.article_id
LEFT JOIN speakers sp ON sp.id = st.speaker_id
LEFT JOIN outlets o ON o.id = st.outlet_id
LEFT JOIN outlets c ON c.id = st.conduit_outlet_id
"""
STATEMENT_SELECT = f"SELECT {STATEMENT_COLUMNS} FROM statements st {STATEMENT_JOINS}"


def _rows(cursor: sqlite3.Cursor) -> list[Row]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def fts_query(text: str) -> str:
    """Quote each word so that user text is never parsed as FTS5 syntax."""
    clean = "".join(ch if ch.isprintable() else " " for ch in text)  # NUL ends an FTS string
    # a word with no letter or digit is no token to FTS5, and an empty phrase is a syntax error
    words = [w for w in clean.split() if any(ch.isalnum() for ch in w)]
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


# Above this many matches, probing the FTS index row by row along the date index finds a page
# sooner than collecting and sorting every match (and below it, the other way round).
COMMON_MATCHES = 20_000
# search() ranks the most recent matches of common words, not every one of them
SEARCH_WINDOW = 5_000


def _matches(store: Store, q: str, cap: int = COMMON_MATCHES) -> int:
    """How many statements match ``q``, counting no further than ``cap + 1``."""
    sql = (
        "SELECT count(*) FROM "
        "(SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?)"
    )
    return int(store.conn.execute(sql, [q, cap + 1]).fetchone()[0])


def like_part(text: str) -> str:
    """A LIKE pattern that matches ``text`` anywhere, its characters taken as typed.

    ``%`` and ``_`` are LIKE's wildcards: unescaped, a search for ``_`` matched every name.
    Use with ``LIKE ? ESCAPE '\\'``.
    """
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def find_speakers(store: Store, name_or_id: str | int) -> list[int]:
    """Ids of the speakers a name (any alias, compatible spelling) or an id may mean.

    The best match comes first: exact alias, then most statements.
    """
    # an id is ASCII digits ("²" is a digit to isdigit() and no int) within SQLite's integers
    if isinstance(name_or_id, int) or (name_or_id.isascii() and name_or_id.isdigit()):
        sid = int(name_or_id)
        if not 0 <= sid < 2**63:
            return []
        row = store.conn.execute("SELECT id FROM speakers WHERE id = ?", [sid])
        return [r[0] for r in row]
    name = str(name_or_id)
    if not is_named(name) and not name.strip():
        return []
    keys = {fold(name), org_key(name)}
    ph = ", ".join("?" * len(keys))
    exact = [
        r[0]
        for r in store.conn.execute(
            f"SELECT a.speaker_id FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
            f"WHERE a.key IN ({ph}) GROUP BY a.speaker_id "
            f"ORDER BY max(s.key = ?) DESC, s.statements DESC, s.id",
            [*keys, fold(name)],
        )
    ]
    person = parse_person(name)
    if person is None:
        return exact
    loose = []
    for sid, key, first in store.conn.execute(
        "SELECT id, key, first_name FROM speakers WHERE surname = ? ORDER BY statements DESC, id",
        [person.surname],
    ):
        if person.first and first:
            middle = tuple(key.split()[1 : -len(person.surname.split())])
            if not first_names_match(person.first, first):
                continue
            if not middles_match(person.middle, middle):
                continue
        if sid not in exact:
            loose.append(sid)
    return exact + loose


def speakers(
    store: Store,
    *,
    search: str | None = None,
    type: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Row]:
    """Speakers who made statements, the most quoted first."""
    where, args = ["statements > 0"], []
    if type:
        where.append("type = ?")
        args.append(type)
    if search:
        # an organization's names are stored by their org_key ("U.S. Steel" as "us steel",
        # "100%" as "100"): a search typed with their punctuation is matched in that form too
        alias_like = "id IN (SELECT speaker_id FROM aliases WHERE key LIKE ? ESCAPE '\\')"
        where.append(f"({alias_like} OR (type IN ('organization', 'outlet') AND {alias_like}))")
        org = org_key(search)
        args += [like_part(fold(search)), like_part(org) if org else like_part(fold(search))]
    sql = (
        "SELECT id, name, type, statements, first_seen, last_seen FROM speakers "
        f"WHERE {' AND '.join(where)} ORDER BY statements DESC, id LIMIT ? OFFSET ?"
    )
    return _rows(store.conn.execute(sql, [*args, limit, offset]))


def speaker(store: Store, name_or_id: str | int, *, limit: int = 50) -> Row:
    """One speaker: aliases, roles with dates, outlets that quoted them, latest statements.

    Raises:
        SpeakerNotFound: no speaker matches ``name_or_id``.
    """
    ids = find_speakers(store, name_or_id)
    if not ids:
        raise SpeakerNotFound(str(name_or_id))
    sid = ids[0]
    conn = store.conn
    out = _rows(conn.execute(
        "SELECT id, name, type, statements, first_seen, last_seen FROM speakers WHERE id = ?",
        [sid],
    ))[0]  # fmt: skip
    out["aliases"] = _rows(conn.execute(
        "SELECT alias, count FROM aliases WHERE speaker_id = ? ORDER BY count DESC, alias",
        [sid],
    ))  # fmt: skip
    out["roles"] = _rows(conn.execute(
        "SELECT role, first_seen, last_seen, count FROM roles WHERE speaker_id = ? "
        "ORDER BY first_seen, role",
        [sid],
    ))  # fmt: skip
    out["outlets"] = _rows(conn.execute(
        "SELECT o.name AS outlet, n AS statements FROM (SELECT outlet_id, count(*) AS n "
        "FROM statements WHERE speaker_id = ? AND outlet_id IS NOT NULL GROUP BY outlet_id) "
        "JOIN outlets o ON o.id = outlet_id ORDER BY n DESC, o.name",
        [sid],
    ))  # fmt: skip
    out["statements_by_date"] = _rows(conn.execute(
        STATEMENT_SELECT + "WHERE st.speaker_id = ? ORDER BY st.date DESC, st.id DESC LIMIT ?",
        [sid, limit],
    ))  # fmt: skip
    out["others"] = _rows(conn.execute(
        f"SELECT id, name, statements FROM speakers WHERE id IN ({', '.join('?' * len(ids))}) "
        "AND id != ? ORDER BY statements DESC, id",
        [*ids, sid],
    ))  # fmt: skip
    return out


def unmatched_filters(
    store: Store, *, speaker: str | int | None = None, outlet: str | None = None
) -> list[str]:
    """Sentences for a ``speaker`` or ``outlet`` filter that names nothing in the store.

    Such a filter makes an empty answer, which reads as "nothing was said": the CLI says
    these on stderr so that a misspelt name is seen as one.
    """
    notes = []
    if speaker is not None and str(speaker).strip() and not find_speakers(store, speaker):
        notes.append(f"No speaker called {str(speaker)!r} is in the store; "
                     "onrecord speakers --search PART lists the names it holds.")  # fmt: skip
    if (
        outlet
        and not store.conn.execute(
            "SELECT 1 FROM outlets WHERE key = ?", [org_key(outlet)]
        ).fetchone()
    ):
        notes.append(f"No outlet called {outlet!r} is in the store; onrecord stats lists the "
                     "top outlets.")  # fmt: skip
    return notes


def _statement_filter(
    store: Store,
    *,
    speaker: str | int | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    search: str | None,
) -> tuple[str, list[object]] | None:
    """The WHERE clause for :func:`statements`; None when a filter can match nothing."""
    where: list[str] = []
    args: list[object] = []
    if speaker is not None:
        ids = find_speakers(store, speaker)
        if not ids:
            return None
        where.append(f"st.speaker_id IN ({', '.join('?' * len(ids))})")
        args += ids
    if outlet:
        row = store.conn.execute("SELECT id FROM outlets WHERE key = ?", [org_key(outlet)])
        found = row.fetchone()
        if not found:
            return None
        where.append("st.outlet_id = ?")
        args.append(found[0])
    if since:
        where.append("st.date >= ?")
        args.append(since)
    if until:  # inclusive: "2024-03" keeps every date of March
        where.append("st.date <= ?")
        args.append(until + "\U0010ffff")
    q = fts_query(search) if search else ""
    if search and not q:  # nothing searchable in the text (only symbols): nothing matches
        where.append("0")
    elif search:
        if _matches(store, q) > COMMON_MATCHES:  # walk newest first, probing each row
            where.append("EXISTS (SELECT 1 FROM statements_fts f WHERE f.rowid = st.id "
                         "AND statements_fts MATCH ?)")  # fmt: skip
        else:  # few matches: collect them, then sort
            where.append("st.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
        args.append(q)
    return (" WHERE " + " AND ".join(where) if where else ""), args


def statements(
    store: Store,
    *,
    speaker: str | int | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[Row]:
    """Statements, newest first, filtered by speaker, outlet, date range and words.

    Args:
        speaker: a name (any alias; every speaker it may mean) or a speaker id.
        outlet: the outlet that published the article.
        since: first date kept (ISO, inclusive).
        until: last date kept (ISO prefix, inclusive).
        search: words that must all occur in the statement's content.
        limit: at most this many rows (None: all).
        offset: rows to skip, for paging.
    """
    return list(
        iter_statements(store, speaker=speaker, outlet=outlet, since=since, until=until,
                        search=search, limit=limit, offset=offset)
    )  # fmt: skip


def iter_statements(
    store: Store,
    *,
    speaker: str | int | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Row]:
    """Like :func:`statements`, streamed row by row (for exports)."""
    found = _statement_filter(
        store, speaker=speaker, outlet=outlet, since=since, until=until, search=search
    )
    if found is None:
        return
    where, args = found
    sql = STATEMENT_SELECT + where + " ORDER BY st.date DESC, st.id DESC LIMIT ? OFFSET ?"
    cursor = store.conn.execute(sql, [*args, -1 if limit is None else limit, offset])
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def search(store: Store, text: str, *, limit: int = 20, offset: int = 0) -> list[Row]:
    """Full-text search over statement content, best match (BM25) first, with a snippet.

    To answer in bounded time, the ranking covers the :data:`SEARCH_WINDOW` most recently
    stored matches; words rarer than that are ranked over all of their matches.
    """
    q = fts_query(text)
    if not q:
        return []
    ranked = store.conn.execute(
        "SELECT rowid, rank FROM (SELECT rowid, rank FROM statements_fts "
        "WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT ?) "
        "ORDER BY rank, rowid DESC LIMIT ? OFFSET ?",
        [q, SEARCH_WINDOW, limit, offset],
    ).fetchall()
    if not ranked:
        return []
    ids = [r[0] for r in ranked]
    ph = ", ".join("?" * len(ids))
    rows = {r["id"]: r for r in _rows(store.conn.execute(
        STATEMENT_SELECT + f"WHERE st.id IN ({ph})", ids))}  # fmt: skip
    snippets = dict(store.conn.execute(
        "SELECT rowid, snippet(statements_fts, 0, '[', ']', '…', 16) FROM statements_fts "
        f"WHERE statements_fts MATCH ? AND rowid IN ({ph})",
        [q, *ids],
    ).fetchall())  # fmt: skip
    return [{**rows[i], "snippet": snippets.get(i), "rank": rank} for i, rank in ranked]


# the labels of the articles whose reading is not known: stored before onrecord recorded
# readings (NULL), or stored as something that cannot be read
UNKNOWN_READING = "unknown (stored before readings were recorded)"
UNREADABLE_READING = "unknown"


def readings(store: Store) -> list[Row]:
    """Articles per reading, the most common first, taken together as the warning of ``onrecord
    ingest`` takes them (:attr:`~onrecord.models.Reading.key`): by spaCy pipeline, its version
    and cue setting with the table's digest, whatever path the table was read from and
    whichever onrecord version read them.

    Each row has ``reading`` (a label for people, the table named by its file's name),
    ``articles``, ``model``, ``model_version``, ``cues``, ``cue_digest``, and, most articles
    first, the ``cue_tables`` (paths) the table was read from and the ``onrecord_versions``
    that read them. Articles of unknown reading make a row of nulls labelled
    ``unknown (stored before readings were recorded)`` (NULL) or ``unknown`` (a stored value
    that cannot be read). Two rows of known readings: the store mixes readings.
    """
    known: dict[tuple[str, str, str, str | None], list[tuple[Reading, int]]] = {}
    unknown = {UNKNOWN_READING: 0, UNREADABLE_READING: 0}
    for text, n in store.conn.execute("SELECT reading, count(*) FROM articles GROUP BY reading"):
        reading = stored_reading(text)
        if reading is None:
            unknown[UNKNOWN_READING if text is None else UNREADABLE_READING] += int(n)
        else:
            known.setdefault(reading.key, []).append((reading, int(n)))
    counted: list[tuple[int, Row]] = []
    for group in known.values():
        group.sort(key=lambda rn: -rn[1])
        first = group[0][0]
        counted.append((sum(n for _, n in group), {
            "reading": first.public().label,
            "model": first.model,
            "model_version": first.model_version,
            "cues": first.cues,
            "cue_digest": first.cue_digest,
            "cue_tables": _most_first((r.cue_table, n) for r, n in group),
            "onrecord_versions": _most_first((r.onrecord, n) for r, n in group),
        }))  # fmt: skip
    for label, n in unknown.items():
        if n:
            empty = dict.fromkeys(("model", "model_version", "cues", "cue_digest"))
            counted.append((n, {"reading": label, **empty, "cue_tables": [],
                                "onrecord_versions": []}))  # fmt: skip
    counted.sort(key=lambda nr: -nr[0])
    return [{"reading": row["reading"], "articles": n, **row} for n, row in counted]


def _most_first(counts: Iterable[tuple[str | None, int]]) -> list[str]:
    """The values counted, the most common first, once each (None left out)."""
    out: dict[str, int] = {}
    for value, n in counts:
        if value is not None:
            out[value] = out.get(value, 0) + n
    return sorted(out, key=lambda v: -out[v])


# a statement date of a month or a day on the calendar ("2024-03", "2024-03-05"): not a
# year-less "--03-04", which sorts before every year, nor a week "2024-W02", which sorts after
# every day of its year, nor a bare year
CALENDAR_DATE = "date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"


def stats(store: Store) -> Row:
    """Counts, date range, skips by reason, articles per reading, most quoted speakers and
    biggest outlets."""
    conn = store.conn

    def one(sql: str) -> object:
        return conn.execute(sql).fetchone()[0]

    return {
        "articles": one("SELECT count(*) FROM articles"),
        "statements": one("SELECT count(*) FROM statements"),
        "speakers": one("SELECT count(*) FROM speakers WHERE statements > 0"),
        "entities": one("SELECT count(*) FROM speakers"),
        "outlets": one("SELECT count(*) FROM outlets"),
        "first_date": one(f"SELECT min(date) FROM statements WHERE {CALENDAR_DATE}"),
        "last_date": one(f"SELECT max(date) FROM statements WHERE {CALENDAR_DATE}"),
        "skips": one("SELECT count(*) FROM skips"),
        "skips_by_reason": skip_counts(store),
        "readings": readings(store),
        "top_speakers": _rows(conn.execute(
            "SELECT id, name, statements FROM speakers ORDER BY statements DESC, id LIMIT 5"
        )),
        "top_outlets": _rows(conn.execute(
            "SELECT o.name AS outlet, n AS articles FROM (SELECT outlet_id, count(*) AS n "
            "FROM articles WHERE outlet_id IS NOT NULL GROUP BY outlet_id) "
            "JOIN outlets o ON o.id = outlet_id ORDER BY n DESC, o.name LIMIT 5"
        )),
    }  # fmt: skip


def skip_counts(store: Store) -> dict[str, int]:
    """The number of skips of each reason, by reason."""
    sql = "SELECT reason, count(*) FROM skips GROUP BY reason ORDER BY reason"
    return dict(store.conn.execute(sql))


def skips(
    store: Store, *, reason: str | None = None, limit: int | None = 100, offset: int = 0
) -> list[Row]:
    """Inputs that did not become articles, with their reasons, in the order seen."""
    where, args = ("WHERE reason = ?", [reason]) if reason else ("", [])
    sql = f"SELECT source, reason, detail, seen_at FROM skips {where} ORDER BY id LIMIT ? OFFSET ?"
    return _rows(store.conn.execute(sql, [*args, -1 if limit is None else limit, offset]))
