"""Paths, folders and stdin to articles, by suffix or by sniffing; one Skipped per bad input."""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Literal, cast

from ..config import DEFAULT_MAX_BYTES
from ..errors import IngestError, UnreadableInput, UsageError
from ..models import Article, Skipped
from .article import article_from_text
from .compressed import (
    GZIP_ERRORS,
    GZIP_MAGIC,
    broken_gzip,
    gunzip,
    inner_name,
    is_gzip_name,
    read_gzip_file,
)
from .dates import DateOrder, check_date_order, normalize_published, reading_dates
from .dates import date_order as current_date_order
from .decode import decode_bytes
from .html import article_from_html, decode_html, looks_like_html
from .ids import unique_ids
from .jsonl import read_jsonl
from .limits import check_size, too_large
from .skips import skip, skip_unexpected

log = logging.getLogger(__name__)

Kind = Literal["text", "html", "jsonl"]
SUFFIXES: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".json-lines": "jsonl",
}
STDIN = "-"
_SNIFF_BYTES = 4096  # how much of an input's head tells its kind
_SNIFF_LINES = 5
# an object with a key, maybe first in an array: JSON, never the opening of an article's text
_JSON_KEY_RE = re.compile(r'(?:\[\s*)?\{\s*"(?:[^"\\\n]|\\.)*"\s*:')
_STDIN_NAME = "<stdin>"


def load_article(
    data: str | bytes,
    *,
    source: str = "<text>",
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    id: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    date_order: DateOrder | None = None,
) -> Article:
    """Make one article from text or bytes, telling HTML from plain text by sniffing.

    Args:
        data: The article: scraped text or an HTML page, as ``str`` or raw bytes.
        source: How to name the input in messages and in ``Article.source``.
        published: Publication date (YYYY-MM-DD); supplies or overrides the article's own.
        title: The headline; overrides the one found in the input.
        url: The article's address.
        outlet: The publishing outlet.
        id: The article id; by default the first 16 hex digits of the text's SHA-256.
        encoding: The codec of ``data`` bytes when they are not UTF-8 (e.g. "latin-1").
        max_bytes: Refuse inputs larger than this many bytes.
        date_order: How a date line's ambiguous slash date ("04/05/2026") is read:
            "month-first" or "day-first"; by default ``ONRECORD_DATE_ORDER`` or month-first.

    Returns:
        The clean article.

    Raises:
        InputTooLarge: ``data`` is larger than ``max_bytes``.
        BinaryInput: ``data`` is an image, an archive or other binary data.
        EncodingError: ``data`` is not valid UTF-8 (or ``encoding``).
        EmptyArticle: Nothing but whitespace or boilerplate.
        NoArticle: An HTML page without an article body.
        NotEnglish: The text is not in English.
        UsageError: ``published`` is not a YYYY-MM-DD date, or ``date_order`` (or
            ``ONRECORD_DATE_ORDER``) is unknown.
    """
    if published:
        published = normalize_published(published)
    order = check_date_order(date_order) if date_order is not None else current_date_order()
    check_size(data, source=source, max_bytes=max_bytes)
    text = data if isinstance(data, str) else decode_html(data, source=source, encoding=encoding)
    with reading_dates(order):
        if looks_like_html(text):
            return article_from_html(
                text, source=source, published=published, title=title, url=url, outlet=outlet,
                id=id,
            )  # fmt: skip
        return article_from_text(
            text, source=source, published=published, title=title, url=url, outlet=outlet, id=id
        )


def _sniff(head: bytes) -> Kind:
    """JSON Lines when the input opens as a JSON object with a key: ``{"id": ...`` (its first
    line may be longer than the head read here) or ``[{"id": ...`` (an array, which the JSON
    Lines reader refuses, saying how to convert it); or when it opens with "{" and one of its
    first whole lines is an object (the first may be the broken one, then a "malformed" skip,
    not the opening words of a text article). Else HTML or plain text."""
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if _JSON_KEY_RE.match(text):
        return "jsonl"
    if text.startswith("{"):
        for line in text.splitlines()[:_SNIFF_LINES]:
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict):
                return "jsonl"
    return "html" if looks_like_html(text) else "text"


def _load_bytes(
    data: bytes,
    kind: Kind,
    *,
    source: str,
    published: str | None,
    encoding: str | None,
    max_bytes: int,
) -> Iterator[Article | Skipped]:
    if kind == "jsonl":
        yield from read_jsonl(
            io.BytesIO(data),
            name=source,
            published=published,
            encoding=encoding,
            max_bytes=max_bytes,
        )
        return
    try:
        if kind == "html":
            yield article_from_html(
                data, source=source, published=published, encoding=encoding, max_bytes=max_bytes
            )
        else:
            text = decode_bytes(data, source=source, encoding=encoding)
            yield article_from_text(text, source=source, published=published)
    except IngestError as e:
        yield skip(e)
    except Exception as e:  # one bad input never stops the batch
        yield skip_unexpected(source, e)


def _kind_of(path: Path) -> Kind | None:
    """The kind a file's suffix names, looking through ``.gz`` ("feed.jsonl.gz": jsonl)."""
    name = inner_name(path) if is_gzip_name(path) else path
    return SUFFIXES.get(name.suffix.lower())


def _read_file(
    path: Path, kind: Kind | None, *, published: str | None, encoding: str | None, max_bytes: int
) -> Iterator[Article | Skipped]:
    source = str(path)
    compressed = is_gzip_name(path)
    done = 0  # JSON Lines records read before an error
    try:
        if kind == "jsonl":
            # closed by the with below
            opened = gzip.open(path, "rb") if compressed else path.open("rb")  # noqa: SIM115
            with cast(BinaryIO, opened) as stream:
                for item in read_jsonl(
                    stream,
                    name=source,
                    published=published,
                    encoding=encoding,
                    max_bytes=max_bytes,
                ):
                    done += 1
                    yield item
            return
        if compressed:
            data = read_gzip_file(path, max_bytes=max_bytes)
        else:
            size = path.stat().st_size
            if size > max_bytes:
                raise too_large(source, size, max_bytes)
            data = path.read_bytes()
            if data.startswith(GZIP_MAGIC):  # gzip without the .gz in its name
                data = gunzip(data, source=source, max_bytes=max_bytes)
    except IngestError as e:
        yield skip(e)
        return
    except GZIP_ERRORS as e:  # in the middle of a compressed JSON Lines file
        yield skip(broken_gzip(source, e, after=f"the first {done:,} record(s)"))
        return
    except FileNotFoundError:
        what = (
            "a symbolic link to a missing file" if path.is_symlink() else "no such file or folder"
        )
        yield skip(UnreadableInput(source, f"{what}; check the path."))
        return
    except PermissionError:
        yield skip(UnreadableInput(source, "permission denied; check the file's permissions."))
        return
    except OSError as e:
        yield skip(UnreadableInput(source, f"cannot be read ({e.strerror or e})."))
        return
    sniffed = kind or _sniff(data[:_SNIFF_BYTES])
    named = _date_in_name(path) if sniffed in ("text", "html") else None
    for got in _load_bytes(
        data,
        sniffed,
        source=source,
        published=published,
        encoding=encoding,
        max_bytes=max_bytes,
    ):
        if named and isinstance(got, Article) and got.published is None:
            got = replace(got, published=named)  # "2026-05-04_outlet_story.txt"
        yield got


_NAME_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?=[_. -]|$)")


def _date_in_name(path: Path) -> str | None:
    """The date a file's name opens with ("2026-05-04_outlet_story.txt"), when it is a real
    one: the publication date of an article whose text gives none. Crawls and archives name
    their files so; a date the text gives, or one passed in, comes first."""
    m = _NAME_DATE.match(path.name)
    if m is None:
        return None
    try:
        return normalize_published(m[1])
    except UsageError:
        return None  # "2026-13-45_draft.txt": digits, no date


def _is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz"))


def _folder_files(folder: Path) -> tuple[list[Path], list[Skipped]]:
    """The files to read in ``folder`` and below, in sorted order, and a skip for each
    subfolder that cannot be listed (its articles would otherwise vanish unsaid).

    Hidden files and folders (".git", ".DS_Store", "._story.txt", an editor's ".story.txt.swp")
    are left out: a tool's or an editor's, never the articles; a file named explicitly is read
    whatever its name. Symbolic links to folders are not followed (no loop can form); a link to
    a missing file is kept, so that it is reported.
    """
    found: list[Path] = []
    unlisted: list[Skipped] = []

    def failed(error: OSError) -> None:
        why = "permission denied" if isinstance(error, PermissionError) else error.strerror
        detail = f"the folder cannot be listed ({why}); its files are not read. Check it."
        unlisted.append(skip(UnreadableInput(str(error.filename or folder), detail)))

    for top, dirs, names in os.walk(folder, onerror=failed):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            p = Path(top, name)
            wanted = _kind_of(p) is not None or _is_warc(p)
            if wanted and not name.startswith(".") and (p.is_file() or not p.exists()):
                found.append(p)
    return sorted(found), unlisted


def _read_stdin(
    stream: BinaryIO, *, published: str | None, encoding: str | None, max_bytes: int
) -> Iterator[Article | Skipped]:
    data = stream.read(max_bytes + 1)
    if data.startswith(GZIP_MAGIC) and len(data) <= max_bytes:  # "zcat" left out: gzip
        try:
            data = gunzip(data, source=_STDIN_NAME, max_bytes=max_bytes)
        except IngestError as e:
            yield skip(e)
            return
    if len(data) > max_bytes:
        yield skip(too_large(_STDIN_NAME, None, max_bytes))  # read up to the limit only
        return
    yield from _load_bytes(
        data,
        _sniff(data[:_SNIFF_BYTES]),
        source=_STDIN_NAME,
        published=published,
        encoding=encoding,
        max_bytes=max_bytes,
    )


def _read_all(
    paths: Iterable[str | Path],
    *,
    published: str | None,
    encoding: str | None,
    max_bytes: int,
    stdin: BinaryIO | None,
) -> Iterator[Article | Skipped]:
    for item in paths:
        if str(item) == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(
                stream, published=published, encoding=encoding, max_bytes=max_bytes
            )
            continue
        path = Path(item)
        files: list[tuple[Path, Kind | None]]
        if path.is_dir():
            found, unlisted = _folder_files(path)
            yield from unlisted
            files = [(f, _kind_of(f)) for f in found]
            if not files and not unlisted:
                known = ", ".join(SUFFIXES)
                yield skip(
                    UnreadableInput(
                        str(path), f"the folder has no {known} files (or .gz of them) to read."
                    )
                )
        else:
            files = [(path, _kind_of(path))]
        for file, kind in files:
            log.info("reading %s", file)
            if _is_warc(file):  # a crawl: one article per HTML response record
                from .warc import read_warc

                yield from read_warc(file, published=published, max_bytes=max_bytes)
                continue
            yield from _read_file(
                file, kind, published=published, encoding=encoding, max_bytes=max_bytes
            )


def read_articles(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    date_order: DateOrder | None = None,
) -> Iterator[Article | Skipped]:
    """Read articles from files, folders and stdin; a bad input becomes a Skipped, never an error.

    Folders are read recursively in sorted order, keeping .txt, .text, .html, .htm, .jsonl,
    .json-lines, .warc and .warc.gz files (WARC needs the ``[warc]`` extra), and the others
    compressed with gzip (.jsonl.gz); hidden files and folders are left out. A file named
    explicitly with another suffix is sniffed, and so is "-" (standard input): HTML, JSON Lines
    or plain text. A JSON Lines file gives one Article or Skipped per line, with the source
    "file.jsonl:LINE". A second, different article under an id an earlier one of the batch
    gave (in any of its files) is a "duplicate_id" skip. A text or HTML file whose name opens
    with a date ("2026-05-04_outlet_story.txt") has that date for publication date when
    neither ``published`` nor the article itself gives one.

    Args:
        paths: Files, folders, or "-" for standard input.
        published: Publication date (YYYY-MM-DD) that supplies or overrides every article's.
        encoding: The codec of the inputs when they are not UTF-8 (e.g. "latin-1").
        max_bytes: Skip inputs (or JSON lines) larger than this many bytes as "too_large".
        stdin: The stream to read for "-"; ``sys.stdin.buffer`` by default.
        date_order: How an ambiguous slash date ("04/05/2026", in a date line or a JSON
            ``published``) is read: "month-first" or "day-first"; by default
            ``ONRECORD_DATE_ORDER`` or month-first. "13/02/2026" is read the only way it can be.

    Returns:
        An iterator of :class:`Article` and :class:`Skipped`, in input order.

    Raises:
        UsageError: At once, when ``published`` is not a YYYY-MM-DD date or ``date_order`` (or
            ``ONRECORD_DATE_ORDER``) is unknown.
    """
    date = normalize_published(published) if published else None
    # a bad ONRECORD_DATE_ORDER is said at once, not as every article's unexpected error
    order = check_date_order(date_order) if date_order is not None else current_date_order()
    if isinstance(paths, str | Path):  # one path given bare, not in a list
        paths = [paths]
    items = _read_all(paths, published=date, encoding=encoding, max_bytes=max_bytes, stdin=stdin)
    return unique_ids(_in_order(items, order))


def _in_order(items: Iterator[Article | Skipped], order: DateOrder) -> Iterator[Article | Skipped]:
    """``items``, each read with ambiguous slash dates in ``order`` (the setting holds while
    the reader runs, never while the caller does)."""
    while True:
        with reading_dates(order):
            item = next(items, None)
        if item is None:
            return
        yield item
