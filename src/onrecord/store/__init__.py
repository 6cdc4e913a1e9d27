"""The embedded store: SQLite in WAL mode, one writer, schema migrations in code.

>>> with Store.open("onrecord.db") as store:
...     store.add_record(record)        # False when the article is already stored
...     store.add_skip(skipped)

Queries live in :mod:`onrecord.store.queries`, exports in :mod:`onrecord.store.export`.
Writes go through one connection and ``BEGIN IMMEDIATE`` transactions (datasette's single
writer); readers open their own connections with ``readonly=True``.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import logging
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from ..models import Article, Reading, Record, Skipped, Statement
from . import migrations
from .errors import StoreError, StoreNotFound
from .identity import Mention, Resolver
from .names import org_key

if TYPE_CHECKING:  # imported by Store.db, the one use: not by every command line
    import sqlite_utils

log = logging.getLogger(__name__)

__all__ = ["Store", "stored_reading", "text_hash"]

_SPACE = re.compile(r"\s+")


def text_hash(text: str) -> str:
    """SHA-256 of the normalized text (NFKC, case-folded, whitespace collapsed)."""
    norm = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _reading_json(reading: Reading | None) -> str | None:
    """The ``articles.reading`` of a record: canonical JSON (keys sorted, no spaces), so that
    equal readings are equal strings and the store can count them by its index."""
    if reading is None:
        return None
    text = json.dumps(reading.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    # a lone surrogate (a file name's bytes that are not UTF-8) cannot be stored as UTF-8
    return text.encode("utf-8", "replace").decode("utf-8")


def stored_reading(text: object) -> Reading | None:
    """The reading stored as ``text`` (``articles.reading``); None when there is none or it
    cannot be read."""
    if not isinstance(text, str):
        return None
    try:
        return Reading.from_dict(json.loads(text))
    except ValueError:
        return None


def _order(reading: Reading | None) -> tuple[bool, str, str]:
    """Readings of as many articles in a stable order: by label, the unknown one last."""
    if reading is None:
        return (True, "", "")
    return (False, reading.label, _reading_json(reading) or "")


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


class Store:
    """An onrecord database. Open it with :meth:`Store.open`; use it as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: str, *, readonly: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._depth = 0
        self._resolver = Resolver(conn)

    @classmethod
    def open(
        cls, path: str | Path = "onrecord.db", *, readonly: bool = False, create: bool = True
    ) -> Store:
        """Open (and migrate) the store at ``path``, or ``":memory:"``.

        Args:
            path: a file path or ``":memory:"``.
            readonly: open for reading only; the schema must be current.
            create: create the file when it does not exist (ignored when read-only).

        Raises:
            StoreNotFound: the file does not exist and ``create`` is false or ``readonly``.
            StoreError: the folder does not exist, or SQLite cannot open or set up the file.
            SchemaTooNew: the database was written by a newer onrecord.
            SchemaTooOld: a read-only open of a database that needs migrations.
        """
        name = str(path)
        memory = name == ":memory:"
        if not memory and not Path(name).exists() and (readonly or not create):
            raise StoreNotFound(name)
        folder = Path(name).parent
        if not memory and not folder.is_dir():  # SQLite says only "unable to open database file"
            raise StoreError(
                f"Cannot open the store {name}: the folder {folder} does not exist. Create it "
                "first, or choose another path with --db (ONRECORD_DB)."
            )
        try:
            if readonly and not memory:
                uri = Path(name).resolve().as_uri() + "?mode=ro"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 10000")
            if not memory and not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")  # WAL: survives a crash of the process
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"Cannot open the store {name}: {e}. Is it an onrecord database?"
            ) from e
        try:
            if readonly:
                migrations.check_current(conn, name)
            else:
                migrations.apply(conn, name)
        except sqlite3.DatabaseError as e:  # a file SQLite opens but cannot write (/dev/null)
            conn.close()
            raise StoreError(
                f"Cannot set up the store {name}: {e}. Choose an onrecord database, or a new "
                "file in a folder you may write, with --db (ONRECORD_DB)."
            ) from e
        except BaseException:
            conn.close()
            raise
        return cls(conn, name, readonly=readonly)

    @property
    def db(self) -> sqlite_utils.Database:
        """The same connection as a :class:`sqlite_utils.Database`, for ad hoc work."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def close(self) -> None:
        """Close the connection (a no-op when already closed)."""
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (``BEGIN IMMEDIATE``); nested calls join the outer one."""
        if self.readonly:
            raise StoreError(f"The store {self.path} was opened read-only.")
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()
        finally:
            self._depth = 0

    # -- reads used by writers ------------------------------------------------------------

    def find_article(self, url: str | None, digest: str) -> tuple[int, str] | None:
        """The ``(id, source)`` of a stored article with this URL or text hash, if any."""
        row = self.conn.execute(
            "SELECT id, source FROM articles WHERE text_hash = ? "
            "UNION ALL SELECT id, source FROM articles WHERE url = ? LIMIT 1",
            [digest, url],
        ).fetchone()
        return (row[0], row[1]) if row else None

    def find_uid(self, uid: str, digest: str) -> str | None:
        """The source of a stored article with this id (``Article.id``) and a text whose hash
        is not ``digest``, if any: another article under the same id."""
        row = self.conn.execute(
            "SELECT source FROM articles WHERE uid = ? AND text_hash != ? LIMIT 1", [uid, digest]
        ).fetchone()
        return str(row[0]) if row else None

    def has_skip(self, source: str, reason: str) -> bool:
        """Whether this source was already skipped for this reason."""
        row = self.conn.execute(
            "SELECT 1 FROM skips WHERE source = ? AND reason = ?", [source, reason]
        ).fetchone()
        return row is not None

    def count(self, table: str) -> int:
        """Number of rows in one of the store's tables."""
        if not re.fullmatch(r"[a-z_]+", table):
            raise StoreError(f"Unknown table {table!r}.")
        return int(self.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])

    def readings(self) -> dict[Reading | None, int]:
        """Stored articles per reading, the most common first; None counts the articles whose
        reading is unknown (stored before onrecord recorded it, or not readable)."""
        out: dict[Reading | None, int] = {}
        for text, n in self.conn.execute("SELECT reading, count(*) FROM articles GROUP BY reading"):
            reading = stored_reading(text)
            out[reading] = out.get(reading, 0) + int(n)
        return dict(sorted(out.items(), key=lambda rn: (-rn[1], *_order(rn[0]))))

    # -- writes -----------------------------------------------------------------------------

    def add_record(self, record: Record) -> bool:
        """Store one record; return False (and change nothing) when it is already stored."""
        with self.transaction():
            return self._add(record)

    def add_records(self, records: Iterable[Record]) -> int:
        """Store many records in one transaction; return how many were new."""
        with self.transaction():
            return sum(self._add(r) for r in records)

    def add_skip(self, skipped: Skipped) -> None:
        """Store a skip with its reason; the same source and reason are stored once."""
        self.add_skips([skipped])

    def add_skips(self, skips: Iterable[Skipped]) -> None:
        """Store several skips in one transaction."""
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO skips (source, reason, detail, seen_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (source, reason) DO UPDATE SET detail = excluded.detail",
                [(s.source, s.reason, s.detail, _now()) for s in skips],
            )

    def outlet_id(self, name: str | None) -> int | None:
        """The id of the outlet called ``name`` (normalized), created when new."""
        if not name or not name.strip():
            return None
        key = org_key(name)
        row = self.conn.execute("SELECT id FROM outlets WHERE key = ?", [key]).fetchone()
        if row:
            return int(row[0])
        cur = self.conn.execute(
            "INSERT INTO outlets (name, key) VALUES (?, ?)", [name.strip(), key]
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def _add(self, record: Record) -> bool:
        article = record.article
        digest = text_hash(article.text)
        if self.find_article(article.url, digest):
            return False
        outlet = self.outlet_id(article.outlet)
        article_id = self._insert_article(article, digest, outlet, record.reading)
        ids = self._resolver.resolve_article(_mentions(record), article.published)
        seen: dict[int, list[str | None]] = {}
        rows = []
        for st in record.statements:
            sid = ids.get((st.speaker.name or "", st.speaker.type))
            date = st.date.value if st.date else article.published
            if sid is not None:
                seen.setdefault(sid, []).append(date)
            rows.append(
                _statement_row(st, article_id, sid, outlet, self.outlet_id(st.conduit), date)
            )
        self.conn.executemany(
            f"INSERT INTO statements ({', '.join(_STATEMENT_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(_STATEMENT_COLUMNS))})",
            rows,
        )
        self._insert_mentions(record, article_id, ids)
        self.conn.executemany(
            "INSERT INTO times (article_id, text, start, end, type, value, mod) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(article_id, t.text, t.start, t.end, t.type, t.value, t.mod) for t in record.times],
        )
        for sid, dates in seen.items():
            known = [d for d in dates if d]
            self.conn.execute(
                "UPDATE speakers SET statements = statements + ?, "
                "first_seen = min(coalesce(first_seen, ?), coalesce(?, first_seen)), "
                "last_seen = max(coalesce(last_seen, ?), coalesce(?, last_seen)) WHERE id = ?",
                [
                    len(dates),
                    *(2 * [min(known, default=None)]),
                    *(2 * [max(known, default=None)]),
                    sid,
                ],
            )
        return True

    def _insert_article(
        self, article: Article, digest: str, outlet: int | None, reading: Reading | None
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO articles (uid, url, text_hash, title, published, outlet_id, author, "
            "language, source, text, credited_sources, removed, added_at, reading) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article.id,
                article.url,
                digest,
                article.title,
                article.published,
                outlet,
                article.author,
                article.language,
                article.source,
                article.text,
                json.dumps(list(article.credited_sources)),
                json.dumps([r.to_dict() for r in article.removed]),
                _now(),
                _reading_json(reading),
            ],
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def _insert_mentions(
        self, record: Record, article_id: int, ids: dict[tuple[str, str], int | None]
    ) -> None:
        rows: dict[tuple[int, int, int], str | None] = {}
        for e in record.entities:
            sid = ids.get((e.name, e.type))
            if sid is not None:
                for span in e.mentions:
                    rows.setdefault((sid, span.start, span.end), span.text)
        for st in record.statements:
            sid = ids.get((st.speaker.name or "", st.speaker.type))
            said = st.speaker.mention
            if sid is not None and said is not None:
                rows.setdefault((sid, said.start, said.end), said.text)
        if not rows and not ids:
            return
        # a speaker named only in metadata still co-occurs with the others
        for sid in {v for v in ids.values() if v is not None} - {k[0] for k in rows}:
            rows[(sid, -1, -1)] = None
        self.conn.executemany(
            "INSERT INTO mentions (article_id, speaker_id, text, start, end) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (article_id, sid, text, None if s < 0 else s, None if e < 0 else e)
                for (sid, s, e), text in sorted(rows.items())
            ],
        )


_STATEMENT_COLUMNS = (
    "uid", "article_id", "kind", "cue", "cue_start", "cue_end", "content", "content_start",
    "content_end", "content_parts", "speaker_id", "speaker_name", "speaker_type", "speaker_text",
    "speaker_start", "speaker_end", "source_start", "source_end", "outlet_id",
    "conduit_outlet_id", "date", "date_text", "date_basis", "sentence_start", "sentence_end",
    "basis",
)  # fmt: skip


def _statement_row(
    st: Statement,
    article_id: int,
    sid: int | None,
    outlet: int | None,
    conduit: int | None,
    date: str | None,
) -> tuple[object, ...]:
    sp, cue, mention = st.speaker, st.cue, st.speaker.mention
    return (
        st.id, article_id, st.kind, cue.text if cue else None, cue.start if cue else None,
        cue.end if cue else None, st.content.text, st.content.start, st.content.end,
        json.dumps([p.to_dict() for p in st.content_parts]) if st.content_parts else None,
        sid, sp.name, sp.type, mention.text if mention else None,
        mention.start if mention else None, mention.end if mention else None,
        st.source_span.start if st.source_span else None,
        st.source_span.end if st.source_span else None, outlet, conduit, date,
        st.date.text if st.date else None, st.date.basis if st.date else None,
        st.sentence.start if st.sentence else None, st.sentence.end if st.sentence else None,
        st.basis,
    )  # fmt: skip


def _mentions(record: Record) -> list[Mention]:
    """Every named entity of the record once, with the union of its roles."""
    roles: dict[tuple[str, str], dict[str, None]] = {}
    for e in record.entities:
        roles.setdefault((e.name, e.type), {}).update(dict.fromkeys(e.roles))
    for st in record.statements:
        key = (st.speaker.name or "", st.speaker.type)
        roles.setdefault(key, {}).update(dict.fromkeys(st.speaker.roles))
    return [
        Mention(name, type_, tuple(r))  # type: ignore[arg-type]
        for (name, type_), r in roles.items()
    ]
