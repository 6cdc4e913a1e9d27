"""The ``onrecord`` command line: a thin skin over importable functions."""

from __future__ import annotations

from . import extract
from ._base import cli

__all__ = ["cli", "extract"]
