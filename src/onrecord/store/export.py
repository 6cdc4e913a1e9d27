"""Export statements with their speaker, article, outlet and date: JSON Lines, CSV, Parquet.

The writer, :func:`write_rows`, is every export's: the matters, stances and contradictions
of :mod:`onrecord.matters.export` use it too.

Rows stream from the database in batches, so an export of millions of statements runs in
constant memory. Parquet needs pyarrow (``pip install 'onrecord[parquet]'``).
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

from ..errors import MissingExtra, OutputError, UsageError
from .queries import Row, iter_statements

if TYPE_CHECKING:
    from . import Store

log = logging.getLogger(__name__)

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet")
# a column's type in Parquet: "list" is a list of strings (in CSV, its JSON text)
ColumnType = Literal["int", "float", "text", "list"]


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one export: what a row is (``statement``: for messages) and its columns,
    in order, each with its type (Parquet's schema; JSON Lines and CSV write them as they are).
    """

    row: str
    columns: tuple[tuple[str, ColumnType], ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)


# fmt: off
COLUMNS = (
    "id", "date", "date_text", "date_basis", "kind", "basis", "speaker_id", "speaker",
    "speaker_type", "speaker_text", "cue", "content", "outlet", "conduit", "article_id",
    "article_uid", "title", "url", "published", "source",
)
INT_COLUMNS = frozenset({"id", "speaker_id", "article_id"})
# fmt: on
STATEMENTS = Table("statement", tuple((c, "int" if c in INT_COLUMNS else "text") for c in COLUMNS))


def export_statements(
    store: Store,
    out: str | Path | IO[bytes],
    format: Format = "jsonl",
    *,
    speaker: str | int | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    batch_size: int = 10_000,
) -> int:
    """Write every statement matching the filters to ``out``; return how many were written.

    Args:
        store: the store to read.
        out: a path, or a binary file object (``sys.stdout.buffer``).
        format: ``jsonl``, ``csv`` or ``parquet``.
        speaker, outlet, since, until, search: as in :func:`~onrecord.store.queries.statements`.
        batch_size: rows per write (and per Parquet row group).

    Raises:
        UsageError: an unknown format.
        MissingExtra: Parquet without pyarrow installed.
        OutputError: ``out`` is a path that cannot be written.
    """
    check_format(format)
    rows = iter_statements(
        store, speaker=speaker, outlet=outlet, since=since, until=until, search=search
    )
    return write_rows(rows, out, format, STATEMENTS, batch_size=batch_size)


def check_format(format: str) -> None:
    """Raise :class:`UsageError` for a format that is not one of :data:`FORMATS`."""
    if format not in FORMATS:
        raise UsageError(f"Unknown export format {format!r}. Choose one of: {', '.join(FORMATS)}.")


def write_rows(
    rows: Iterable[Row],
    out: str | Path | IO[bytes],
    format: Format,
    table: Table,
    *,
    batch_size: int = 10_000,
) -> int:
    """Write ``rows`` (dicts with ``table``'s columns) to ``out`` as ``format``; return how many.

    The one writer of every export (:func:`export_statements`, and the matters, stances and
    contradictions of :mod:`onrecord.matters.export`).

    Raises:
        UsageError: an unknown format.
        MissingExtra: Parquet without pyarrow installed.
        OutputError: ``out`` is a path that cannot be written.
    """
    check_format(format)
    if not isinstance(out, str | Path):
        if format == "parquet":
            return _parquet(rows, out, table, batch_size)
        return _text(rows, out, format, table)
    try:  # a path: a missing folder or a read-only place is said as such, not as a traceback
        if format == "parquet":
            return _parquet(rows, out, table, batch_size)
        with open(out, "wb") as f:
            return _text(rows, f, format, table)
    except OSError as e:
        raise OutputError(str(out), e) from e


def _text(rows: Iterable[Row], out: IO[bytes], format: Format, table: Table) -> int:
    stream = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    lists = [name for name, kind in table.columns if kind == "list"]
    n = 0
    try:
        if format == "csv":
            writer = csv.DictWriter(stream, fieldnames=table.names, lineterminator="\n")
            writer.writeheader()
            for row in rows:  # a list is one cell: its JSON text
                cells = {k: json.dumps(row[k], ensure_ascii=False) for k in lists}
                writer.writerow({**row, **cells} if cells else row)
                n += 1
        else:
            for row in rows:  # the columns in the table's order, as in CSV and Parquet
                line = {name: row.get(name) for name in table.names}
                stream.write(json.dumps(line, ensure_ascii=False) + "\n")
                n += 1
        stream.flush()
    finally:
        stream.detach()  # leave the caller's file open
    return n


def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def _parquet(
    rows: Iterable[Row], out: str | Path | IO[bytes], table: Table, batch_size: int
) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise MissingExtra("Exporting Parquet", "parquet") from e
    types = {"int": pa.int64(), "float": pa.float64(), "text": pa.string(),
             "list": pa.list_(pa.string())}  # fmt: skip
    schema = pa.schema([(name, types[kind]) for name, kind in table.columns])
    sink = str(out) if isinstance(out, str | Path) else out
    n = 0
    with pq.ParquetWriter(sink, schema) as writer:
        for batch in _batches(rows, batch_size):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    log.info("exported %d %ss to Parquet", n, table.row)
    return n
