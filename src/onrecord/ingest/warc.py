"""Read CC-NEWS style WARC files: one article per HTML ``response`` record.

Needs warcio (``pip install 'onrecord[warc]'``), imported inside :func:`read_warc`. Request,
metadata and non-HTML records are ignored. A record that cannot be parsed, or a gzip member
cut short, becomes a ``Skipped("malformed")`` and never stops the run; once the archive
itself cannot be read any further, the rest of the file is reported as one skip.
"""

from __future__ import annotations

import gzip
import importlib
import logging
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Protocol, cast

from ..config import DEFAULT_MAX_BYTES
from ..errors import IngestError, MissingExtra
from ..models import Article, Skipped

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


class Loader(Protocol):
    """The shape of :func:`onrecord.ingest.load_article`."""

    def __call__(
        self,
        data: bytes,
        *,
        source: str,
        url: str | None,
        published: str | None,
        max_bytes: int,
    ) -> Article: ...


def read_warc(
    path: str | Path,
    *,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    load: Loader | None = None,
) -> Iterator[Article | Skipped]:
    """Yield an :class:`Article` or a :class:`Skipped` for each HTML response in a WARC file.

    Args:
        path: a ``.warc`` or ``.warc.gz`` file.
        published: a date (YYYY-MM-DD) that overrides every article's own; otherwise an
            article without a date of its own gets the day of its ``WARC-Date``.
        max_bytes: payloads larger than this are skipped as ``too_large``.
        load: turns HTML bytes into an article; :func:`onrecord.ingest.load_article` by default.

    Raises:
        MissingExtra: warcio is not installed.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as e:
        raise MissingExtra("Reading WARC files", "warc") from e
    if load is None:
        load = cast(Loader, importlib.import_module("onrecord.ingest").load_article)
    name = str(path)
    broken = (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError, IndexError)
    try:
        fh = _open(path)
    except OSError as e:
        yield Skipped(name, "unreadable", f"cannot open the file: {e.strerror or e}")
        return
    with fh:
        archive = ArchiveIterator(fh)
        records = iter(archive)
        n = 0
        while True:
            n += 1
            try:
                record = next(records)
            except StopIteration:
                break
            except broken as e:
                detail = f"cannot read WARC record {n} or any after it: {e}"
                log.warning("skipped %s: %s", name, detail)
                yield Skipped(f"{name}#{n}", "malformed", detail)
                break
            source = f"{name}#{n}"
            if getattr(record, "format", "warc") != "warc":
                detail = f"record {n} is not a WARC record; is this a WARC file?"
                yield Skipped(source, "malformed", detail)
                break
            try:
                item = _load_record(record, source, published, max_bytes, load)
            except broken as e:
                item = Skipped(source, "malformed", f"cannot read the WARC record: {e}")
            if item is not None:
                if isinstance(item, Skipped):
                    log.warning("skipped %s: %s", item.source, item.detail)
                yield item


def _open(path: str | Path) -> BinaryIO | gzip.GzipFile:
    """The file, decompressed when it is gzip: Python's gzip raises on a truncated member,
    where warcio's own reader would stop silently."""
    fh = open(path, "rb")  # noqa: SIM115 -- returned to the caller, which closes it
    magic = fh.read(2)
    fh.seek(0)
    if magic == b"\x1f\x8b":
        fh.close()
        return _StrictGzip(path, "rb")
    return fh


class TruncatedGzip(OSError):
    """The gzip data ends in the middle of a member."""


class _StrictGzip(gzip.GzipFile):
    # warcio reads EOFError as "no more records"; make truncation an error it lets through
    def read(self, size: int | None = -1) -> bytes:
        try:
            return super().read(size)
        except EOFError as e:
            raise TruncatedGzip(f"the gzip data is truncated ({e})") from e

    def read1(self, size: int = -1) -> bytes:
        try:
            return super().read1(size)
        except EOFError as e:
            raise TruncatedGzip(f"the gzip data is truncated ({e})") from e


def _load_record(
    record: object,
    source: str,
    published: str | None,
    max_bytes: int,
    load: Callable[..., Article],
) -> Article | Skipped | None:
    """One record: None when it is not an HTML response, else an article or a skip."""
    if getattr(record, "rec_type", None) != "response":
        return None
    headers = record.rec_headers  # type: ignore[attr-defined]
    length = headers.get_header("Content-Length") or ""
    if not length.strip().isdigit():
        return Skipped(source, "malformed", f"the WARC record has a bad Content-Length {length!r}")
    http = getattr(record, "http_headers", None)
    if http is None:
        return None
    status = str(http.get_statuscode() or "")
    ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in HTML_TYPES or not status.startswith("2"):
        return None
    url = headers.get_header("WARC-Target-URI")
    date = headers.get_header("WARC-Date") or ""
    day = _DAY.match(date)
    warc_day = day.group(0) if day else None
    data = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(data) > max_bytes:
        return Skipped(source, "too_large", f"the HTML payload is over {max_bytes:,} bytes")
    if not data.strip():
        return Skipped(source, "empty", "the HTML payload is empty")
    try:
        article = load(data, source=source, url=url, published=published, max_bytes=max_bytes)
    except IngestError as e:
        return Skipped(source, e.reason, e.detail)
    if isinstance(article, Article) and article.published is None and warc_day:
        article = replace(article, published=warc_day)  # the crawl date, when the page has none
    return article
