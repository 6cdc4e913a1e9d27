"""Schema migrations, in code: one function per schema change, applied in order.

Each migration runs in its own transaction together with the row that records it in
``_onrecord_migrations``, so a crash leaves either the old or the new schema, never half of
one. A database that lists a migration this code does not know was written by a newer
onrecord: :func:`apply` refuses it with :class:`SchemaTooNew` instead of guessing.

Add a change by appending a new decorated function; never edit one that has shipped.
"""

from __future__ import annotations

import datetime
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from .errors import SchemaTooNew, SchemaTooOld

log = logging.getLogger(__name__)

HISTORY = "_onrecord_migrations"

Migration = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True, slots=True)
class _Step:
    name: str
    fn: Migration


MIGRATIONS: list[_Step] = []


def migration(fn: Migration) -> Migration:
    """Register ``fn`` as the next schema change, named after the function."""
    if any(step.name == fn.__name__ for step in MIGRATIONS):
        raise ValueError(f"migration {fn.__name__!r} is registered twice")
    MIGRATIONS.append(_Step(fn.__name__, fn))
    return fn


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations already applied to ``conn``, in the order they ran."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [HISTORY]
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute(f"SELECT name FROM {HISTORY} ORDER BY id")]


def pending(conn: sqlite3.Connection, path: str = "store") -> list[str]:
    """Names of the migrations not yet applied.

    Raises:
        SchemaTooNew: the database records migrations this code does not know.
    """
    done = applied(conn)
    known = {step.name for step in MIGRATIONS}
    unknown = [name for name in done if name not in known]
    if unknown:
        raise SchemaTooNew(path, unknown)
    return [step.name for step in MIGRATIONS if step.name not in done]


def check_current(conn: sqlite3.Connection, path: str = "store") -> None:
    """Raise unless the schema is exactly the one this code writes (for read-only opens)."""
    todo = pending(conn, path)
    if todo:
        raise SchemaTooOld(path, todo)


def apply(conn: sqlite3.Connection, path: str = "store") -> list[str]:
    """Apply every pending migration, each in a transaction; return the names applied.

    Applying twice is a no-op. ``conn`` must not be inside a transaction.
    """
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {HISTORY} "
        "(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
    )
    conn.commit()
    done: list[str] = []
    todo = set(pending(conn, path))
    for step in MIGRATIONS:
        if step.name not in todo:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            step.fn(conn)
            conn.execute(
                f"INSERT INTO {HISTORY} (name, applied_at) VALUES (?, ?)",
                [step.name, datetime.datetime.now(datetime.UTC).isoformat()],
            )
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
        log.info("applied migration %s to %s", step.name, path)
        done.append(step.name)
    return done


def _run(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT first; run statements one by one inside our transaction.
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                conn.execute(buffer)
            buffer = ""
    if buffer.strip(" \n;"):
        conn.execute(buffer)


@migration
def m001_initial(conn: sqlite3.Connection) -> None:
    """Articles, outlets, statements, speakers and their aliases, roles, mentions, times, skips."""
    _run(
        conn,
        """
        CREATE TABLE outlets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL,
            url TEXT,
            text_hash TEXT NOT NULL UNIQUE,
            title TEXT,
            published TEXT,
            outlet_id INTEGER REFERENCES outlets(id),
            author TEXT,
            language TEXT,
            source TEXT NOT NULL,
            text TEXT NOT NULL,
            credited_sources TEXT NOT NULL DEFAULT '[]',
            removed TEXT NOT NULL DEFAULT '[]',
            added_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX idx_articles_url ON articles(url) WHERE url IS NOT NULL;
        CREATE INDEX idx_articles_source ON articles(source);
        CREATE INDEX idx_articles_outlet ON articles(outlet_id, published);
        CREATE INDEX idx_articles_published ON articles(published);
        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            key TEXT NOT NULL,
            surname TEXT,
            first_name TEXT,
            acronym TEXT,
            statements INTEGER NOT NULL DEFAULT 0,
            first_seen TEXT,
            last_seen TEXT
        );
        CREATE INDEX idx_speakers_key ON speakers(key);
        CREATE INDEX idx_speakers_surname ON speakers(surname);
        CREATE INDEX idx_speakers_acronym ON speakers(acronym);
        CREATE INDEX idx_speakers_statements ON speakers(statements DESC, id);
        CREATE TABLE aliases (
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            alias TEXT NOT NULL,
            key TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (speaker_id, key)
        );
        CREATE INDEX idx_aliases_key ON aliases(key, speaker_id);
        CREATE TABLE roles (
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            role TEXT NOT NULL,
            key TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            first_seen TEXT,
            last_seen TEXT,
            PRIMARY KEY (speaker_id, key)
        );
        CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            kind TEXT NOT NULL,
            cue TEXT,
            cue_start INTEGER,
            cue_end INTEGER,
            content TEXT NOT NULL,
            content_start INTEGER NOT NULL,
            content_end INTEGER NOT NULL,
            content_parts TEXT,
            speaker_id INTEGER REFERENCES speakers(id),
            speaker_name TEXT,
            speaker_type TEXT NOT NULL,
            speaker_text TEXT,
            speaker_start INTEGER,
            speaker_end INTEGER,
            source_start INTEGER,
            source_end INTEGER,
            outlet_id INTEGER REFERENCES outlets(id),
            conduit_outlet_id INTEGER REFERENCES outlets(id),
            date TEXT,
            date_text TEXT,
            date_basis TEXT,
            sentence_start INTEGER,
            sentence_end INTEGER
        );
        CREATE INDEX idx_statements_article ON statements(article_id);
        CREATE INDEX idx_statements_date ON statements(date DESC, id DESC);
        CREATE INDEX idx_statements_speaker ON statements(speaker_id, date DESC, id DESC);
        CREATE INDEX idx_statements_outlet ON statements(outlet_id, date DESC, id DESC);
        CREATE INDEX idx_statements_speaker_outlet ON statements(speaker_id, outlet_id);
        CREATE INDEX idx_statements_conduit ON statements(conduit_outlet_id)
            WHERE conduit_outlet_id IS NOT NULL;
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            text TEXT,
            start INTEGER,
            end INTEGER
        );
        CREATE INDEX idx_mentions_speaker ON mentions(speaker_id, article_id);
        CREATE INDEX idx_mentions_article ON mentions(article_id, speaker_id);
        CREATE TABLE times (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            type TEXT NOT NULL,
            value TEXT NOT NULL,
            mod TEXT
        );
        CREATE INDEX idx_times_article ON times(article_id);
        CREATE TABLE skips (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            seen_at TEXT NOT NULL,
            UNIQUE (source, reason)
        );
        CREATE INDEX idx_skips_reason ON skips(reason)
        """,
    )


@migration
def m002_statements_fts(conn: sqlite3.Connection) -> None:
    """FTS5 over statement content, kept in step with ``statements`` by triggers."""
    _run(
        conn,
        """
        CREATE VIRTUAL TABLE statements_fts USING fts5(
            content, content='statements', content_rowid='id', tokenize='porter unicode61'
        );
        CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
            INSERT INTO statements_fts (rowid, content) VALUES (new.id, new.content);
        END;
        CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
            INSERT INTO statements_fts (statements_fts, rowid, content)
            VALUES ('delete', old.id, old.content);
        END;
        CREATE TRIGGER statements_au AFTER UPDATE OF content ON statements BEGIN
            INSERT INTO statements_fts (statements_fts, rowid, content)
            VALUES ('delete', old.id, old.content);
            INSERT INTO statements_fts (rowid, content) VALUES (new.id, new.content);
        END
        """,
    )


@migration
def m003_matters(conn: sqlite3.Connection) -> None:
    """Matters, each statement's stance toward them, and contradictions between statements."""
    _run(
        conn,
        """
        CREATE TABLE matters (
            id TEXT PRIMARY KEY,
            question TEXT NOT NULL,
            event TEXT NOT NULL,
            yes INTEGER NOT NULL DEFAULT 0,
            no INTEGER NOT NULL DEFAULT 0,
            hedged INTEGER NOT NULL DEFAULT 0,
            unclear INTEGER NOT NULL DEFAULT 0,
            first_date TEXT,
            last_date TEXT
        );
        CREATE TABLE stances (
            matter_id TEXT NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
            statement_id INTEGER NOT NULL REFERENCES statements(id),
            label TEXT NOT NULL,
            certainty REAL NOT NULL,
            words TEXT NOT NULL DEFAULT '[]',
            clause TEXT,
            PRIMARY KEY (matter_id, statement_id)
        );
        CREATE INDEX idx_stances_statement ON stances(statement_id);
        CREATE TABLE contradictions (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            matter_id TEXT REFERENCES matters(id) ON DELETE SET NULL,
            a_statement INTEGER NOT NULL REFERENCES statements(id),
            b_statement INTEGER NOT NULL REFERENCES statements(id),
            a_speaker_id INTEGER REFERENCES speakers(id),
            b_speaker_id INTEGER REFERENCES speakers(id),
            a_date TEXT,
            b_date TEXT,
            confidence REAL NOT NULL,
            cue TEXT,
            reason TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX idx_contradictions_confidence ON contradictions(confidence DESC);
        CREATE INDEX idx_contradictions_a_speaker ON contradictions(a_speaker_id);
        CREATE INDEX idx_contradictions_b_speaker ON contradictions(b_speaker_id);
        CREATE INDEX idx_contradictions_matter ON contradictions(matter_id)
        """,
    )


@migration
def m004_statement_basis(conn: sqlite3.Connection) -> None:
    """How each statement was found: ``rules``, or ``learned`` (a verb learned weights chose)."""
    _run(conn, "ALTER TABLE statements ADD COLUMN basis TEXT NOT NULL DEFAULT 'rules'")


@migration
def m005_article_reading(conn: sqlite3.Connection) -> None:
    """How each article was read (``Reading`` as JSON: onrecord, spaCy pipeline, cue setting);
    NULL for the articles stored before, whose reading is unknown. The index answers the
    counts per reading without reading the articles' text."""
    _run(
        conn,
        """
        ALTER TABLE articles ADD COLUMN reading TEXT;
        CREATE INDEX idx_articles_reading ON articles(reading)
        """,
    )


@migration
def m006_article_uid_index(conn: sqlite3.Connection) -> None:
    """An index on the articles' ids, so that an ingest finds at once whether an id it is
    given is already another article's (``duplicate_id``)."""
    _run(conn, "CREATE INDEX idx_articles_uid ON articles(uid)")
