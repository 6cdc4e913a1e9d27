"""The ``onrecord`` command line: a thin skin over importable functions."""

from __future__ import annotations

import importlib

from ._base import cli

# One module a command (or group of commands); each registers itself on ``cli``.
_COMMANDS = ("extract", "eval", "eval_times", "store", "timeline")
for _name in _COMMANDS:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as e:  # a command module not in this build
        if e.name != f"{__name__}.{_name}":
            raise

__all__ = ["cli"]
