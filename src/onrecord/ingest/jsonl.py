"""JSON Lines input: one article per line, ``{"id", "text" | "html", "published", "url", ...}``."""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import IngestError, MalformedInput
from ..models import Article, Skipped
from .article import article_from_text
from .dates import coerce_date, epoch_date
from .decode import decode_bytes, has_visible, scrub_surrogates
from .html import article_from_html
from .limits import too_large
from .skips import skip, skip_unexpected

_EXAMPLE = '{"id": "a1", "text": "...", "published": "2024-03-02"}'
_OPTIONAL = ("url", "title", "outlet")
_EPOCH_RE = re.compile(r"\d+(?:\.\d+)?")
_WHEN = (
    "write it as YYYY-MM-DD, or as seconds or milliseconds since 1970 (UTC) between 1973 and 2099"
)


def _field(row: dict[str, object], name: str, source: str) -> str | None:
    value = row.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise MalformedInput(source, f'"{name}" must be a string, not {type(value).__name__}.')
    return scrub_surrogates(value).strip() or None


def published_field(value: object, source: str) -> str | None:
    """The date (YYYY-MM-DD) of a row's ``published``: an ISO date or date-time, a written
    date, a compact ``20261202``, or epoch seconds or milliseconds (a number or a string of
    digits), read in UTC.

    Raises:
        MalformedInput: Not a date, or a number outside the sane range of epoch times.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise MalformedInput(
            source, f'"published" must be a date, not {json.dumps(value)[:40]}; {_WHEN}.'
        )
    text = scrub_surrogates(str(value)).strip()
    if not text:
        return None
    if len(text) == 8 and text.isdigit():
        date = coerce_date(f"{text[:4]}-{text[4:6]}-{text[6:]}")  # ISO 8601 basic: 20261202
    elif not isinstance(value, str) or _EPOCH_RE.fullmatch(text):
        date = epoch_date(float(text)) if len(text) <= 20 else None
        if date is None:
            raise MalformedInput(
                source,
                f'"published" is {text[:40]}, a number outside the range of epoch seconds and '
                "milliseconds (the years 1973 to 2099), so not a date; write it as YYYY-MM-DD.",
            )
    else:
        date = coerce_date(text)
    if date is None:
        raise MalformedInput(source, f'"published" is {text[:60]!r}, not a date; {_WHEN}.')
    return date


def article_from_record(
    row: object, *, source: str, published: str | None = None, max_bytes: int
) -> Article:
    """Make an article from one parsed JSON Lines row.

    Args:
        row: The parsed JSON value.
        source: "file.jsonl:LINE".
        published: A date (YYYY-MM-DD) that overrides the row's ``published``.
        max_bytes: The size limit for the row's text or HTML.

    Raises:
        MalformedInput: Not an object, no ``text``/``html`` string, or a field of the wrong type.
        IngestError: Whatever the text or HTML itself raises (empty, not English, ...).
    """
    if not isinstance(row, dict):
        hint = (
            " For a JSON array of articles, write one a line: jq -c '.[]' FILE."
            if isinstance(row, list)
            else ""
        )
        raise MalformedInput(
            source,
            f"each line must be a JSON object such as {_EXAMPLE}, not {type(row).__name__}.{hint}",
        )
    meta = {name: _field(row, name, source) for name in _OPTIONAL}
    raw_id = row.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        raise MalformedInput(
            source, f'"id" must be a string or a whole number, not {json.dumps(raw_id)[:40]}.'
        )
    row_id = scrub_surrogates(str(raw_id)) if raw_id is not None else None
    if row_id is not None and not has_visible(row_id):
        shown = "empty" if not row_id else f"{json.dumps(row_id)[:40]}, only blank characters"
        raise MalformedInput(
            source,
            f'"id" is {shown}, so it names no article; give the line an id of its own '
            '(such as "harbor-2024-0042"), or leave "id" out and onrecord makes one from the '
            "text.",
        )
    date = published if published is not None else published_field(row.get("published"), source)
    url, title, outlet = meta["url"], meta["title"], meta["outlet"]
    html, text = row.get("html"), row.get("text")
    if isinstance(html, str) and html.strip():
        return article_from_html(
            html, source=source, published=date, title=title, url=url, outlet=outlet, id=row_id,
            max_bytes=max_bytes,
        )  # fmt: skip
    if isinstance(text, str):
        return article_from_text(
            text, source=source, published=date, title=title, url=url, outlet=outlet, id=row_id
        )
    if text is not None:
        raise MalformedInput(source, f'"text" must be a string, not {type(text).__name__}.')
    raise MalformedInput(
        source, f'the line has no "text" or "html" string; write it as {_EXAMPLE}.'
    )


def _row(line: bytes, *, source: str, encoding: str | None) -> object:
    text = decode_bytes(line, source=source, encoding=encoding)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise MalformedInput(
            source, f"not valid JSON ({e.msg} at column {e.colno}); each line must be {_EXAMPLE}."
        ) from None
    except (ValueError, RecursionError) as e:  # a 5,000-digit number; arrays nested 100,000 deep
        what = "nested too deeply" if isinstance(e, RecursionError) else str(e).split(";")[0]
        raise MalformedInput(
            source, f"valid JSON that cannot be read ({what}); each line must be {_EXAMPLE}."
        ) from None


def read_jsonl(
    stream: BinaryIO,
    *,
    name: str,
    published: str | None = None,
    encoding: str | None = None,
    max_bytes: int,
) -> Iterator[Article | Skipped]:
    """Read a JSON Lines stream: one Article or Skipped per non-blank line, source "NAME:LINE".

    A bad line never stops the others. Lines over ``max_bytes`` are skipped as "too_large"
    without being read into memory whole.
    """
    number = 0
    opened = False  # a line with content was seen
    for line in _lines(stream, max_bytes):
        number += 1
        source = f"{name}:{number}"
        if isinstance(line, int):
            yield skip(too_large(source, line, max_bytes))
            continue
        if not line.strip():
            continue
        if not opened and line.strip().lstrip(codecs.BOM_UTF8) in (b"{", b"["):
            yield skip(_one_document(name))  # not one skip per line of it
            return
        opened = True
        try:
            row = _row(line, source=source, encoding=encoding)
            article = article_from_record(
                row, source=source, published=published, max_bytes=max_bytes
            )
            yield article
        except IngestError as e:
            yield skip(e)
        except Exception as e:  # one bad line never stops the batch
            yield skip_unexpected(source, e)


def _one_document(name: str) -> MalformedInput:
    """The error for a pretty-printed JSON document (its first line a lone "{" or "[")."""
    return MalformedInput(
        name,
        "this is one JSON document over several lines, not JSON Lines (one article a line, "
        f"such as {_EXAMPLE}). Convert it: jq -c '.[]' FILE for an array, jq -c . FILE for "
        "one object.",
    )


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | int]:
    """The stream's lines as UTF-8 bytes (or the size of a line over ``max_bytes``).

    Lines end at LF, CRLF or a lone CR (an old Mac file): JSON holds no raw CR inside a value.
    A stream that opens with a UTF-16 byte-order mark (Windows PowerShell writes such files
    with ">") is decoded as UTF-16 first: its LF bytes are not line ends.
    """
    first = stream.readline(max_bytes + 1)
    if first[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) and stream.seekable():
        stream.seek(0)
        yield from _utf16_lines(stream, max_bytes)
        return
    line = first
    while line:
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line)
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = stream.readline(max_bytes + 1)
                size += len(line)
            yield size
        else:
            body = line.rstrip(b"\r\n")
            yield from body.split(b"\r") if b"\r" in body else (line,)
        line = stream.readline(max_bytes + 1)


def _utf16_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | int]:
    text = io.TextIOWrapper(stream, encoding="utf-16", errors="replace", newline=None)
    try:
        while line := text.readline(max_bytes + 1):
            if len(line) > max_bytes and not line.endswith("\n"):
                size = len(line)
                while line and not line.endswith("\n"):
                    line = text.readline(max_bytes + 1)
                    size += len(line)
                yield size
            else:
                yield line.encode("utf-8")
    finally:
        text.detach()  # the caller closes the stream
