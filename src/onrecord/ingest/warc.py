"""Read CC-NEWS style WARC files: one article per HTML ``response`` record.

Needs warcio (``pip install 'onrecord[warc]'``), imported inside :func:`read_warc`. Request,
metadata and non-HTML records are ignored. A record that cannot be parsed, or a gzip member
cut short, becomes a ``Skipped("malformed")`` and never stops the run; once the archive
itself cannot be read any further, the rest of the file is reported as one skip.
"""

from __future__ import annotations

import gzip
import importlib
import io
import logging
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Protocol, cast

from ..config import DEFAULT_MAX_BYTES
from ..errors import IngestError, MissingExtra
from ..models import Article, Skipped, SkipReason
from .html import decode_html

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


class Loader(Protocol):
    """The shape of :func:`onrecord.ingest.load_article`."""

    def __call__(
        self,
        data: str | bytes,
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
        yielded = False
        while True:
            n += 1
            try:
                record = next(records)
            except StopIteration:
                n -= 1
                break
            except broken as e:
                detail = f"cannot read WARC record {n} or any after it: {e}"
                log.warning("skipped %s: %s", name, detail)
                yield Skipped(f"{name}#{n}", "malformed", detail)
                return
            source = f"{name}#{n}"
            if getattr(record, "format", "warc") != "warc":
                detail = f"record {n} is not a WARC record; is this a WARC file?"
                yield Skipped(source, "malformed", detail)
                return
            try:
                item = _load_record(record, source, published, max_bytes, load)
            except broken as e:
                if isinstance(e, TruncatedGzip):  # the file ends in this record
                    detail = f"cannot read WARC record {n}, the last one: {e}"
                    log.warning("skipped %s: %s", source, detail)
                    yield Skipped(source, "malformed", detail)
                    return
                item = Skipped(source, "malformed", f"cannot read the WARC record: {e}")
            if item is not None:
                if isinstance(item, Skipped):
                    log.warning("skipped %s: %s", item.source, item.detail)
                yielded = True
                yield item
    if not yielded:  # said once, so that a crawl without pages is not silently nothing
        yield _nothing(name, n)


def _nothing(name: str, records: int) -> Skipped:
    """The skip of a WARC file that holds no HTML page at all."""
    if records == 0:
        detail = "the WARC file holds no records; check that the crawl was written out."
        reason: SkipReason = "empty"
    else:
        detail = (
            f"none of the WARC file's {records:,} records is an HTML page (a response or "
            "resource record of type text/html with status 2xx); check that the crawl kept "
            "the pages, not only requests, metadata or revisits."
        )
        reason = "no_article"
    log.warning("skipped %s: %s", name, detail)
    return Skipped(name, reason, detail)


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
    _cut: TruncatedGzip | None = None

    def read(self, size: int | None = -1) -> bytes:
        # piece by piece, so that the records whole before the cut are handed over first and
        # the error comes with the next read, where the cut record is
        if self._cut is not None:
            raise self._cut
        want = -1 if size is None or size < 0 else size
        parts: list[bytes] = []
        got = 0
        while want < 0 or got < want:
            try:
                part = self.read1(want - got if want >= 0 else io.DEFAULT_BUFFER_SIZE)
            except TruncatedGzip as e:
                if not parts:
                    raise
                self._cut = e
                break
            if not part:
                break
            parts.append(part)
            got += len(part)
        return b"".join(parts)

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
    kind = getattr(record, "rec_type", None)
    if kind not in ("response", "resource"):
        return None
    headers = record.rec_headers  # type: ignore[attr-defined]
    length = headers.get_header("Content-Length") or ""
    if not length.strip().isdigit():
        return Skipped(source, "malformed", f"the WARC record has a bad Content-Length {length!r}")
    http = getattr(record, "http_headers", None)
    # a resource record is the page itself, typed by the WARC header; a response, by HTTP's
    if kind == "resource":
        status, content_type = "200", headers.get_header("Content-Type") or ""
    elif http is None:
        return None
    else:
        status = str(http.get_statuscode() or "")
        content_type = http.get_header("Content-Type") or ""
    ctype = content_type.split(";")[0].strip().lower()
    if ctype not in HTML_TYPES or not status.startswith("2"):
        return None
    charset = _CHARSET_RE.search(content_type)
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
        # the page's own <meta> charset first, then the HTTP header's
        page = decode_html(data, source=source, declared=charset[1] if charset else None)
        article = load(page, source=source, url=url, published=published, max_bytes=max_bytes)
    except IngestError as e:
        return Skipped(source, e.reason, e.detail)
    if isinstance(article, Article) and article.published is None and warc_day:
        article = replace(article, published=warc_day)  # the crawl date, when the page has none
    return article
