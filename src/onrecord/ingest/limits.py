"""The size limit on one input."""

from __future__ import annotations

from ..errors import InputTooLarge


def too_large(source: str, size: int, max_bytes: int) -> InputTooLarge:
    """The error for an input of ``size`` bytes over the ``max_bytes`` limit."""
    return InputTooLarge(
        source,
        f"{size:,} bytes is more than the limit of {max_bytes:,} bytes. Split the file, or raise "
        "the limit with --max-bytes BYTES (or ONRECORD_MAX_BYTES; max_bytes= in Python).",
    )


def check_size(data: str | bytes, *, source: str, max_bytes: int) -> None:
    """Raise :class:`InputTooLarge` when ``data`` is larger than ``max_bytes`` (UTF-8 bytes)."""
    size = len(data)
    if isinstance(data, str) and size * 4 > max_bytes:
        size = len(data.encode("utf-8", errors="surrogatepass"))
    if size > max_bytes:
        raise too_large(source, size, max_bytes)
