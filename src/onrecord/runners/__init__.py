"""Runners compose the stages: read -> skip what is stored -> extract -> store.

:func:`onrecord.runners.local.ingest` runs them in this process or a local process pool.
"""

from __future__ import annotations

from .local import ingest, ingest_items

__all__ = ["ingest", "ingest_items"]
