"""Gzip-compressed inputs: ``story.txt.gz``, ``page.html.gz``, ``feed.jsonl.gz``, or gzip on stdin.

Corpora are often shipped compressed, one JSON Lines file per day; asking for each to be
unpacked first doubles the disk they take. The data is decompressed as it is read, never more
than the size limit of one input (a small gzip can hold gigabytes), and a cut or corrupt
archive becomes a ``malformed`` skip that says how to check it, after the articles read before
the damage.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from ..errors import MalformedInput
from .limits import too_large

GZIP_MAGIC = b"\x1f\x8b"
GZIP_SUFFIX = ".gz"
# what reading a damaged gzip stream raises: cut short, bad header, bad checksum, bad data
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def inner_name(path: Path) -> Path:
    """The name without ``.gz`` ("story.txt.gz" -> "story.txt"), whose suffix tells the kind."""
    return path.with_name(path.name[: -len(GZIP_SUFFIX)])


def is_gzip_name(path: Path) -> bool:
    """Whether the file's name ends in ``.gz``."""
    return path.name.lower().endswith(GZIP_SUFFIX)


def broken_gzip(source: str, error: BaseException, *, after: str = "") -> MalformedInput:
    """The error for gzip data that cannot be decompressed (``after``: what was read first)."""
    what = "is cut short" if isinstance(error, EOFError) else f"is corrupt ({error})"
    read = f" after {after}" if after else ""
    return MalformedInput(
        source,
        f"the gzip data {what}{read}. Check the file with gzip -t, and download or copy it again.",
    )


def gunzip(data: bytes, *, source: str, max_bytes: int) -> bytes:
    """Decompress gzip ``data``, refusing more than ``max_bytes`` of output.

    Raises:
        InputTooLarge: The decompressed data is larger than ``max_bytes``.
        MalformedInput: The gzip data is cut short or corrupt.
    """
    inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    out = bytearray()
    rest = data
    try:
        while rest:
            out += inflate.decompress(rest, max_bytes + 1 - len(out))
            if len(out) > max_bytes:
                raise too_large(source, None, max_bytes, what="decompressed, ")
            rest = inflate.unconsumed_tail
            if inflate.eof:  # concatenated members: "cat a.gz b.gz"
                rest = inflate.unused_data
                if not rest.strip(b"\x00"):
                    break
                inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        if not inflate.eof:
            raise EOFError("compressed data ended before the end-of-stream marker")
    except GZIP_ERRORS as e:
        raise broken_gzip(source, e) from None
    return bytes(out)


def read_gzip_file(path: Path, *, max_bytes: int) -> bytes:
    """The decompressed content of a gzip file, at most ``max_bytes`` of it.

    Raises:
        InputTooLarge: The decompressed content is larger than ``max_bytes``.
        MalformedInput: The gzip data is cut short or corrupt.
        OSError: The file cannot be opened or read.
    """
    source = str(path)
    try:
        with gzip.open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except GZIP_ERRORS as e:
        raise broken_gzip(source, e) from None
    if len(data) > max_bytes:
        raise too_large(source, None, max_bytes, what="decompressed, ")
    return data
