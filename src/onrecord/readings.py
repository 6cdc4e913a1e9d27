"""Which reading produced a record, and the warning for a store that mixes readings.

An article can be read by the rules alone or by the rules plus the learned cue pass, whose
table is chosen per run (``--cue-weights``, ``ONRECORD_CUE_WEIGHTS``, the default file), and by
any spaCy pipeline. The statements found differ with each, so every record carries a
:class:`~onrecord.models.Reading` that the store keeps with its article. A run that adds
articles to a store holding articles read another way goes on (nothing is lost) and says so in
one line (:func:`warning`), because a corpus read two ways answers questions two ways.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from . import __version__
from .models import MixedReadings, Reading

if TYPE_CHECKING:
    from spacy.language import Language

    from .nlp.cue_weights import CueWeights

log = logging.getLogger(__name__)

__all__ = ["cue_digest", "mixed_readings", "reading_of", "warn", "warning"]

DIGEST_LENGTH = 12  # hex digits of SHA-256: enough to tell tables apart, short enough to read
# digests of the tables seen, by identity: load_weights hands out one object per file version,
# and the object is kept here so that its id is not reused
_DIGESTS: dict[int, tuple[CueWeights, str]] = {}
_DIGESTS_KEPT = 8


def cue_digest(weights: CueWeights) -> str:
    """The first 12 hex digits of the SHA-256 of the table's canonical JSON: its bias,
    threshold and weights, keys sorted, no spaces. A table that scores every verb alike has
    the same digest however its file is laid out or commented; a changed weight changes it."""
    cached = _DIGESTS.get(id(weights))
    if cached is not None and cached[0] is weights:
        return cached[1]
    canonical = json.dumps(
        {"bias": weights.bias, "threshold": weights.threshold, "weights": weights.weights},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]
    if len(_DIGESTS) >= _DIGESTS_KEPT:
        _DIGESTS.pop(next(iter(_DIGESTS)))
    _DIGESTS[id(weights)] = (weights, digest)
    return digest


def reading_of(nlp: Language, weights: CueWeights | None) -> Reading:
    """The reading of an extractor that runs ``nlp`` with ``weights`` (None: the rules alone)."""
    meta = nlp.meta
    model = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_") or "unknown"
    version = str(meta.get("version") or "unknown")
    if weights is None:
        return Reading(__version__, model, version)
    return Reading(
        __version__, model, version, "learned", cue_digest(weights), weights.where or None
    )


def mixed_readings(
    stored: Mapping[Reading | None, int], added: Mapping[Reading, int]
) -> tuple[MixedReadings, ...]:
    """For each reading a run ``added`` articles with, the other readings of the store.

    Args:
        stored: articles per reading in the store, this run's included (``Store.readings()``);
            None counts articles whose reading is unknown (stored before it was recorded),
            which are not said to differ.
        added: articles this run stored, per reading.
    """
    by_key = _by_key(stored)
    out = []
    for this, n in _by_key(added).values():
        others = [(r, k) for key, (r, k) in by_key.items() if key != this.key and k > 0]
        if n > 0 and others:
            others.sort(key=lambda rk: (-rk[1], rk[0].label))
            out.append(MixedReadings(this, n, tuple(others)))
    return tuple(out)


def _by_key(
    counts: Mapping[Reading | None, int] | Mapping[Reading, int],
) -> dict[tuple[str, str, str, str | None], tuple[Reading, int]]:
    """Articles per reading, readings that read alike taken together under the first one (the
    same table under two paths, two onrecord versions); unknown readings left out."""
    out: dict[tuple[str, str, str, str | None], tuple[Reading, int]] = {}
    for reading, n in counts.items():
        if reading is not None:
            first, count = out.get(reading.key, (reading, 0))
            out[reading.key] = (first, count + n)
    return out


def _keep_one(this: Reading, other: Reading) -> str:
    """The setting that reads the way ``other`` did, as options of ``onrecord ingest``."""
    hints = []
    if (this.cues, this.cue_digest) != (other.cues, other.cue_digest):
        if other.cues == "rules":
            hints.append("--cue-weights off")
        elif other.cue_table:
            hints.append(f"--cue-weights {other.cue_table}")
        else:
            hints.append(f"--cue-weights with the table of digest {other.cue_digest}")
    if (this.model, this.model_version) != (other.model, other.model_version):
        hints.append(f"--model {other.model} at version {other.model_version}")
    return " ".join(hints)


def _named(reading: Reading, other: Reading) -> str:
    """``reading`` in words, by what sets it apart from ``other``: its cue setting, its
    pipeline, or both."""
    same_cues = (reading.cues, reading.cue_digest) == (other.cues, other.cue_digest)
    same_model = (reading.model, reading.model_version) == (other.model, other.model_version)
    if same_model and not same_cues:
        return reading.cue_setting
    if same_cues and not same_model:
        return f"spaCy {reading.model} {reading.model_version}"
    return reading.label


def warning(mixed: Sequence[MixedReadings], db: str) -> str:
    """One line that says how the store at ``db`` mixes readings, and how to keep one."""
    said = []
    for m in mixed:
        this = _named(m.this, m.others[0][0])
        others = " and ".join(f"{n:,} read with {_named(r, m.this)}" for r, n in m.others)
        said.append(
            f"this run stored {m.added:,} article(s) read with {this}, and the store holds {others}"
        )
    first = mixed[0]
    keep = _keep_one(first.this, first.others[0][0])
    return (
        f"Warning: {db} now mixes readings: {'; '.join(said)}. Nothing was lost. To keep one "
        f"reading per store, ingest with the stored articles' setting ({keep}) or into a new "
        f"store (--db NEW.db); counts per reading: onrecord stats --db {db}"
    )


def warn(mixed: Sequence[MixedReadings], db: str) -> None:
    """Log :func:`warning` (the CLI prints it in its summary instead)."""
    if mixed:
        log.warning("%s", warning(mixed, db).removeprefix("Warning: "))
