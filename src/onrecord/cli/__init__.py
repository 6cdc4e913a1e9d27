"""The ``onrecord`` command line: a thin skin over importable functions."""

from __future__ import annotations

# One module a command or a group of commands; importing it registers it on ``cli``.
from . import eval, eval_times, extract, matters, serve, store, timeline  # noqa: F401
from ._base import cli

__all__ = ["cli"]
