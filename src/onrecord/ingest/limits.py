"""The size limit on one input."""

from __future__ import annotations

from ..errors import InputTooLarge


def too_large(source: str, size: int | None, max_bytes: int, *, what: str = "") -> InputTooLarge:
    """The error for an input of ``size`` bytes over the ``max_bytes`` limit.

    ``size`` is None when the input was read only up to the limit (a stream, or decompressed
    data), so that its whole size is not known; ``what`` opens the message ("decompressed, ").
    """
    told = f"{size:,} bytes is" if size is not None else "it is"
    return InputTooLarge(
        source,
        f"{what}{told} more than the limit of {max_bytes:,} bytes. Split the file, or raise "
        "the limit with --max-bytes BYTES (or ONRECORD_MAX_BYTES; max_bytes= in Python).",
    )


def check_size(data: str | bytes, *, source: str, max_bytes: int) -> None:
    """Raise :class:`InputTooLarge` when ``data`` is larger than ``max_bytes`` (UTF-8 bytes)."""
    size = len(data)
    if isinstance(data, str) and size * 4 > max_bytes:
        size = len(data.encode("utf-8", errors="surrogatepass"))
    if size > max_bytes:
        raise too_large(source, size, max_bytes)
