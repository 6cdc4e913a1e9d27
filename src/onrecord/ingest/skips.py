"""Skipped inputs: every one is logged once, at WARNING, with its typed reason."""

from __future__ import annotations

import logging

from ..errors import IngestError
from ..models import Skipped

log = logging.getLogger(__name__)


def skip(error: IngestError) -> Skipped:
    """Log an input that could not become an article and return its :class:`Skipped` record."""
    log.warning("skipped %s (%s): %s", error.source, error.reason, error.detail)
    return Skipped(error.source, error.reason, error.detail)


def skip_unexpected(source: str, error: Exception) -> Skipped:
    """Record an input that failed in an unexpected way, so that the batch can go on."""
    detail = f"unexpected {type(error).__name__}: {error}. Please report this with the input file."
    log.warning("skipped %s (parse_error): %s", source, detail, exc_info=error)
    return Skipped(source, "parse_error", detail)
