"""The learned pass's weight table, and how a run chooses it.

:class:`CueWeights` is the table :mod:`onrecord.evaluation.train_cues` writes: a bias, a
threshold and the weights of features (a lemma, a dependency label, a lemma with its frame), no
text, with the logistic model that scores a verb's features. The pass that uses it is
:mod:`onrecord.nlp.learned_cues`.

The weights derive from research data under its own terms (an annotated corpus such as PolNeAR
train), so onrecord does not ship them: each user trains them (``make cue-weights``), and a run
reads by its rules alone unless it finds a table. :func:`load_weights` says which: the setting
given (a table, its path, or ``"off"``), else ``ONRECORD_CUE_WEIGHTS`` read the same way, else
the table trained to :func:`default_weights_path` if there is one, else none. A table asked for
but missing or broken is a :class:`~onrecord.errors.PipelineError` that says how to make one,
never a silent fall back to the rules. :func:`pinned` resolves the setting once, where a run
starts, for workers in other processes.

The table and its setting are kept apart from the pass because most of their users never run
it: the command line checks a table before any work, the runners pin it for their workers, the
readings digest it, the trainer writes it where :func:`load_weights` looks, the gate chooses
it. None of them needs the pass's frames and features, and the pass needs only the table.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..config import data_path, learned_table, read_table
from ..errors import PipelineError

_WEIGHTS_FILE = "cue_weights.json"
ENV_WEIGHTS = "ONRECORD_CUE_WEIGHTS"  # a table's path, or OFF
OFF = "off"  # the setting that turns the learned pass off


@dataclass(frozen=True, slots=True)
class LogisticTable:
    """A linear score over named features: ``bias + sum of the weights of the features``."""

    bias: float
    weights: dict[str, float]

    def score(self, features: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())

    @classmethod
    def from_json(cls, data: object) -> LogisticTable:
        if not isinstance(data, dict):
            raise TypeError(f"a JSON object, not {type(data).__name__}")
        table = cls(float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()})
        if not all(math.isfinite(w) for w in (table.bias, *table.weights.values())):
            raise ValueError("a weight is not a finite number")
        return table


@dataclass(frozen=True, slots=True)
class EdgeWeights:
    """The ``edges`` section of a table (:mod:`onrecord.nlp.learned_edges`): a model of each
    edge of a content, and by how much a candidate must outscore the rules' edge to replace
    it."""

    start: LogisticTable
    end: LogisticTable
    margin: float

    @classmethod
    def from_json(cls, data: object) -> EdgeWeights:
        if not isinstance(data, dict):
            raise TypeError(f"a JSON object, not {type(data).__name__}")
        margin = float(data["margin"])
        if not math.isfinite(margin):
            raise ValueError("the edge margin is not a finite number")
        start, end = LogisticTable.from_json(data["start"]), LogisticTable.from_json(data["end"])
        return cls(start, end, margin)

    def to_json(self) -> dict[str, object]:
        return {
            "margin": self.margin,
            "start": {"bias": self.start.bias, "weights": self.start.weights},
            "end": {"bias": self.end.bias, "weights": self.end.weights},
        }


@dataclass(frozen=True, slots=True)
class CueWeights:
    """A logistic model: ``P(cue) = sigmoid(bias + sum of the weights of the features)``;
    ``where`` names the file it was read from; ``edges``, the models of content edges when
    the table has them (None: the rules' edges)."""

    bias: float
    weights: dict[str, float]
    threshold: float
    where: str = ""
    edges: EdgeWeights | None = None

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    @classmethod
    def from_json(cls, data: object, *, where: str = _WEIGHTS_FILE) -> CueWeights:
        """Read the table written by :mod:`onrecord.evaluation.train_cues`.

        Raises:
            PipelineError: the table lacks ``bias``, ``threshold`` or ``weights``, or has an
                ``edges`` section without a ``margin`` and a ``start`` and ``end`` model.
        """
        try:
            if not isinstance(data, dict):
                raise TypeError(f"a JSON object, not {type(data).__name__}")
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            edges = _edges(data["edges"]) if "edges" in data else None
            table = cls(float(data["bias"]), weights, float(data["threshold"]), where, edges)
            if not 0.0 < table.threshold < 1.0:
                raise ValueError(f"threshold {table.threshold} is not a probability")
            if not all(math.isfinite(w) for w in (table.bias, *weights.values())):
                raise ValueError("a weight is not a finite number")
            return table
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise PipelineError(_broken(where, repr(e))) from e

    @classmethod
    def from_path(cls, path: str | Path) -> CueWeights:
        """Read a table from a file.

        Raises:
            PipelineError: the file is missing, is not JSON, or is not a weight table.
        """
        try:
            data = read_table(path)
        except FileNotFoundError as e:
            raise PipelineError(
                f"No cue weight table at {path}: it does not exist or is not a file. {_FIXES}"
            ) from e
        except ValueError as e:
            raise PipelineError(_broken(str(path), str(e))) from e
        return cls.from_json(data, where=str(path))


_FIXES = (
    "Train one with `make cue-weights` (or `python -m onrecord.evaluation.train_cues GOLD "
    f"--out PATH`), point --cue-weights or {ENV_WEIGHTS} at another table, or set either to "
    "'off' for the rules alone."
)


def _edges(data: object) -> EdgeWeights:
    """The ``edges`` section, its faults named as the section's."""
    try:
        return EdgeWeights.from_json(data)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ValueError(
            f"its edges section needs a finite margin and a start and an end model, each "
            f"a bias and finite weights: {e}"
        ) from e


def _broken(where: str, why: str) -> str:
    return (
        f"{where} is not a cue weight table ({why}): it needs a 'bias', a 'threshold' between "
        f"0 and 1 and finite 'weights'. {_FIXES}"
    )


def default_weights_path() -> Path:
    """Where :mod:`onrecord.evaluation.train_cues` writes the table and onrecord looks for it:
    ``$XDG_DATA_HOME/onrecord/cue_weights.json`` (``~/.local/share/onrecord/`` by default)."""
    return data_path(_WEIGHTS_FILE)


# What chooses the learned pass's weights: a table, its path, "off", or None for the default.
CueSetting = CueWeights | str | Path | None


def load_weights(setting: CueSetting = None) -> CueWeights | None:
    """The weights of the learned pass, or None to read by the rules alone.

    ``setting`` is a table, its path or ``"off"``; when None, ``ONRECORD_CUE_WEIGHTS`` is read
    the same way, and when that is unset too, the table at :func:`default_weights_path` is used
    if one was trained there.

    Raises:
        PipelineError: a table that was asked for is missing or broken.
    """
    if isinstance(setting, CueWeights):
        return setting
    value = str(setting) if setting is not None else os.environ.get(ENV_WEIGHTS, "")
    table = learned_table(value, default_weights_path())
    return None if table is None else _cached_table(*table)


def pinned(setting: CueSetting = None) -> CueWeights | str:
    """``setting`` resolved here, for processes elsewhere: the table itself, or ``"off"``. A
    worker then reads what the run was started with, whatever its own environment says.

    Raises:
        PipelineError: a table that was asked for is missing or broken.
    """
    weights = load_weights(setting)
    return weights if weights is not None else OFF


def is_off(value: str) -> bool:
    """Whether a setting (``--cue-weights``, ``ONRECORD_CUE_WEIGHTS``) turns the pass off."""
    return value.strip().lower() == OFF


@lru_cache(maxsize=4)
def _cached_table(path: str, stamp: int) -> CueWeights:
    return CueWeights.from_path(path)  # once per file and version, for every article
