"""Bytes to text: byte-order marks, strict UTF-8, and a refusal to read binary files as articles."""

from __future__ import annotations

import codecs
import logging
import re

from ..errors import BinaryInput, EncodingError, UsageError

log = logging.getLogger(__name__)

# Magic numbers of the binary files people point a text tool at by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document (extract its text first, e.g. with pdftotext)"),
    (b"\x1f\x8b", "a gzip archive (decompress it first)"),
    (b"PK\x03\x04", "a zip archive (or a Word/OpenDocument file); extract the text first"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xfd7zXZ\x00", "an xz archive (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# a character that shows: not white space (no-break spaces included), not a control, not one
# of the zero-width or invisible format characters (soft hyphen, joiners, marks, BOM)
_VISIBLE_RE = re.compile(
    "[^\\s\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)


def has_visible(text: str) -> bool:
    """Whether ``text`` holds a character that shows: a text of no-break spaces, zero-width
    spaces and joiners, byte-order marks or soft hyphens is as empty as one of blanks."""
    return _VISIBLE_RE.search(text) is not None


def invisible_detail(text: str, what: str = "the text") -> str:
    """The message for a text with no visible character, saying what it holds instead."""
    return (
        f"{what} has no visible characters: its {len(text):,} character(s) are only white "
        "space, no-break spaces or zero-width characters (U+200B, U+FEFF, ...), so there is no "
        "article text to read. Check that the input holds the article itself."
    )


def scrub_surrogates(text: str) -> str:
    """Replace lone UTF-16 surrogates with U+FFFD.

    Bytes decoded here never hold them, but a JSON string may (``"\\ud800"`` is valid JSON,
    and Python callers may pass any ``str``); text holding one cannot be written as UTF-8, so
    hashing or storing the article would fail on it.
    """
    return _LONE_SURROGATE_RE.sub("\ufffd", text)


def sniff_binary(data: bytes) -> str | None:
    """Say what kind of binary file ``data`` is ("a PNG image"), or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when ``head`` is UTF-16 text that lost its byte-order mark.

    Text in a Latin script written as UTF-16 has a NUL in every other byte (the high byte of
    each character) and almost none in the others; no binary format looks so over a whole
    head. Windows tools write such files when told "Unicode".
    """
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= 0.9 * pairs and other <= 0.01 * pairs:
            return codec
    return None


def _binary(source: str, what: str) -> BinaryInput:
    return BinaryInput(
        source, f"this is {what}, not text. onrecord reads .txt, .html and .jsonl articles."
    )


def _nul(source: str, data: str | bytes) -> BinaryInput:
    """The error for NUL bytes: where and how many, and how to drop them from text that is
    otherwise fine (a scrape padded with NULs is not an image)."""
    if isinstance(data, str):
        count, first, unit = data.count("\x00"), data.index("\x00"), "character"
    else:
        count, first, unit = data.count(b"\x00"), data.index(b"\x00"), "byte"
    return BinaryInput(
        source,
        f"this is binary data, not text: it holds {count:,} NUL byte(s), the first at {unit} "
        f"{first:,}. If it is text with stray NUL bytes, remove them first "
        "(tr -d '\\000' < IN > OUT); onrecord reads .txt, .html and .jsonl articles.",
    )


def _check_text(text: str, source: str) -> str:
    """Refuse decoded text that is mostly control characters or holds NUL characters."""
    if "\x00" in text:
        raise _nul(source, text)
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    if sample and controls / len(sample) > 0.1:
        raise _binary(source, "binary data (mostly control characters)")
    return text


def decode_bytes(data: bytes, *, source: str, encoding: str | None = None) -> str:
    """Decode the bytes of one article.

    A UTF-8 or UTF-16 byte-order mark wins; otherwise the bytes must be strict UTF-8 unless
    ``encoding`` names another codec.

    Args:
        data: The raw bytes.
        source: How to name the input in error messages (a path, "<stdin>").
        encoding: A Python codec name (e.g. "latin-1") to use instead of UTF-8.

    Returns:
        The text, without a byte-order mark.

    Raises:
        BinaryInput: Known binary formats (PNG, PDF, gzip, zip, JPEG...), NUL bytes, control noise.
        EncodingError: Bytes that are not valid in the expected encoding.
        UsageError: An unknown ``encoding`` name.
    """
    what = sniff_binary(data)
    if what:
        raise _binary(source, what)
    for bom, codec in _BOMS:
        if data.startswith(bom) and encoding is None:
            return _check_text(data[len(bom) :].decode(codec, errors="replace"), source)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UsageError(
                f"unknown encoding {encoding!r}; use a Python codec name such as utf-8, "
                "latin-1 or cp1252."
            ) from None
    codec = encoding or "utf-8"
    if encoding is None and b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data[:8192])
        if utf16 is None:
            raise _nul(source, data)
        log.info("%s has no byte-order mark but reads as %s; decoding it so", source, utf16)
        return _check_text(data.decode(utf16, errors="replace"), source)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        bad = data[e.start : e.start + 1].hex()
        # 0x80-0x9F are Windows-1252's curly quotes and dashes, but invisible control
        # characters in Latin-1: the quotes of such a file would be lost under latin-1
        guess = "cp1252" if 0x80 <= data[e.start] <= 0x9F else "latin-1"
        other = "latin-1" if guess == "cp1252" else "cp1252"
        hint = (
            f"If the file uses another encoding, pass it: --encoding {guess} (or {other}), "
            f"or encoding='{guess}' in Python."
        )
        raise EncodingError(
            source, f"byte 0x{bad} at offset {e.start} is not valid {codec}. {hint}"
        ) from None
    return _check_text(text.removeprefix("\ufeff"), source)
