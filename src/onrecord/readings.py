"""Which reading produced a record, and the warning for a store that mixes readings.

An article can be read by the rules alone or by the rules plus the learned cue pass, whose
table is chosen per run (``--cue-weights``, ``ONRECORD_CUE_WEIGHTS``, the default file), and by
any spaCy pipeline. The statements found differ with each, so every record carries a
:class:`~onrecord.models.Reading` that the store keeps with its article. A run that adds
articles to a store holding articles read another way goes on (nothing is lost) and says so
(:func:`warning`), because a corpus read two ways answers questions two ways.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shlex
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
# what CueWeights.from_json names a table it is handed without a file (a table built in code)
_NO_FILE = "cue_weights.json"


def cue_digest(weights: CueWeights) -> str:
    """The first 12 hex digits of the SHA-256 of the table's canonical JSON.

    It covers the table's bias, threshold and weights, and its ``edges`` section when it has
    one (numbers as floats, keys sorted, no spaces), and nothing else: the file's layout, its
    key order and its other keys (``about``) do not change it; any change to those does, a
    feature added with weight zero included. An :class:`~onrecord.extractor.Extractor`
    computes it once, for all it reads.
    """
    table: dict[str, object] = {
        "bias": weights.bias,
        "threshold": weights.threshold,
        "weights": weights.weights,
    }
    if weights.edges is not None:  # a table without edges keeps the digest it always had
        table["edges"] = weights.edges.to_json()
    canonical = json.dumps(
        table,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


def reading_of(nlp: Language, weights: CueWeights | None) -> Reading:
    """The reading of an extractor that runs ``nlp`` with ``weights`` (None: the rules alone)."""
    meta = nlp.meta
    model = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_") or "unknown"
    version = str(meta.get("version") or "unknown")
    if weights is None:
        return Reading(__version__, model, version)
    return Reading(
        __version__, model, version, "learned", cue_digest(weights), _table_path(weights.where)
    )


def _table_path(where: str) -> str | None:
    """The path a table was read from as text the store can keep: bytes of the file's name that
    are not UTF-8 (which Python holds as lone surrogates) become U+FFFD. None for a table that
    was not read from a file."""
    if not where or where == _NO_FILE:
        return None
    try:
        return where.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that no file name's bytes stand for
        return where.encode("utf-8", "replace").decode("utf-8")


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


def _how(this: Reading, other: Reading) -> str:
    """How a later run reads as ``other`` did, in place of ``this``: options of ``onrecord
    ingest``, quoted for a shell, where they exist; in words where they do not (a table whose
    path is not known, a spaCy pipeline, which ``--model`` names otherwise than its meta)."""
    hints = []
    if (this.cues, this.cue_digest) != (other.cues, other.cue_digest):
        if other.cues == "rules":
            hints.append("--cue-weights off")
        elif other.cue_table and "\ufffd" not in other.cue_table:  # its path, not a lossy copy
            hints.append(f"--cue-weights {shlex.quote(other.cue_table)}")
        else:
            hints.append(f"the learned cue table of digest {other.cue_digest}")
    if (this.model, this.model_version) != (other.model, other.model_version):
        hints.append(f"the spaCy pipeline {other.model} {other.model_version}")
    return " and ".join(hints)


def _named(reading: Reading, other: Reading) -> str:
    """``reading`` in words, by what sets it apart from ``other``: its cue setting, its
    pipeline, or both; its table by its digest and file name."""
    reading = reading.public()
    same_cues = (reading.cues, reading.cue_digest) == (other.cues, other.cue_digest)
    same_model = (reading.model, reading.model_version) == (other.model, other.model_version)
    if same_model and not same_cues:
        return reading.cue_setting
    if same_cues and not same_model:
        return f"spaCy {reading.model} {reading.model_version}"
    return reading.label


def warning(mixed: Sequence[MixedReadings], db: str) -> str:
    """Two lines: how the store at ``db`` now mixes readings, and what to do about it.

    Nothing stored is read again (a run skips the articles a store holds), so the advice is
    for later runs: read them as the stored articles were, or ingest everything into a new
    store for one reading throughout. The commands in it paste into a POSIX shell.
    """
    said = []
    for m in mixed:
        this = _named(m.this, m.others[0][0])
        others = " and ".join(f"{n:,} read with {_named(r, m.this)}" for r, n in m.others)
        said.append(
            f"this run stored {m.added:,} article(s) read with {this}, and the store holds {others}"
        )
    first = mixed[0]
    other, n = first.others[0]
    like = (
        "the stored articles"
        if len(first.others) == 1
        else f"the {n:,} stored article(s) read with {_named(other, first.this)}"
    )
    return (
        f"Warning: {db} now mixes readings: {'; '.join(said)}.\n"
        f"Nothing was lost. To read later runs like {like}, ingest with "
        f"{_how(first.this, other)}; for one reading throughout, ingest everything into a new "
        f"store (--db NEW.db). Counts per reading: onrecord stats --db {shlex.quote(db)}"
    )


def warn(mixed: Sequence[MixedReadings], db: str) -> None:
    """Log :func:`warning` on ``onrecord.readings`` (the CLI prints it after its summary)."""
    if mixed:
        log.warning("%s", warning(mixed, db).removeprefix("Warning: "))
