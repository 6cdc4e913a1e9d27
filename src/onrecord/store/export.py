"""Export statements with their speaker, article, outlet and date: JSON Lines, CSV, Parquet.

Rows stream from the database in batches, so an export of millions of statements runs in
constant memory. Parquet needs pyarrow (``pip install 'onrecord[parquet]'``).
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterable, Iterator
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

# fmt: off
COLUMNS = (
    "id", "date", "date_text", "date_basis", "kind", "basis", "speaker_id", "speaker",
    "speaker_type", "speaker_text", "cue", "content", "outlet", "conduit", "article_id",
    "article_uid", "title", "url", "published", "source",
)
INT_COLUMNS = frozenset({"id", "speaker_id", "article_id"})
# fmt: on


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
    if format not in FORMATS:
        raise UsageError(f"Unknown export format {format!r}. Choose one of: {', '.join(FORMATS)}.")
    rows = iter_statements(
        store, speaker=speaker, outlet=outlet, since=since, until=until, search=search
    )
    if not isinstance(out, str | Path):
        return _parquet(rows, out, batch_size) if format == "parquet" else _text(rows, out, format)
    try:  # a path: a missing folder or a read-only place is said as such, not as a traceback
        if format == "parquet":
            return _parquet(rows, out, batch_size)
        with open(out, "wb") as f:
            return _text(rows, f, format)
    except OSError as e:
        raise OutputError(str(out), e) from e


def _text(rows: Iterator[Row], out: IO[bytes], format: Format) -> int:
    stream = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    n = 0
    try:
        if format == "csv":
            writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
                n += 1
        else:
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        stream.flush()
    finally:
        stream.detach()  # leave the caller's file open
    return n


def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def _parquet(rows: Iterator[Row], out: str | Path | IO[bytes], batch_size: int) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise MissingExtra("Exporting Parquet", "parquet") from e
    schema = pa.schema([(c, pa.int64() if c in INT_COLUMNS else pa.string()) for c in COLUMNS])
    sink = str(out) if isinstance(out, str | Path) else out
    n = 0
    with pq.ParquetWriter(sink, schema) as writer:
        for batch in _batches(rows, batch_size):
            table = pa.Table.from_pylist(batch, schema=schema)
            writer.write_table(table)
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    log.info("exported %d statements to Parquet", n)
    return n
