"""An event in a clause: its key, the word that names it and its polarity."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Json


@dataclass(frozen=True, slots=True)
class Event:
    """One event in a clause: its key, the word that names it and its polarity (+1/-1)."""

    key: str
    word: str
    polarity: int
    negators: tuple[str, ...] = ()

    def to_dict(self) -> Json:
        return {"key": self.key, "word": self.word, "polarity": self.polarity,
                "negators": list(self.negators)}  # fmt: skip
