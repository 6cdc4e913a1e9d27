"""Learn the weights of ``matters/headline_stance.py`` from headlines labelled for a claim.

Each row of the training CSV (the columns of Emergent's ``url-versions`` file:
``claimHeadline``, ``articleHeadline``, ``articleHeadlineStance`` of ``for``, ``against`` or
``observing``, with the ``claimId``) is one example; its features are
:func:`onrecord.matters.headline_stance.features`, and a multinomial logistic regression (L2,
``--c`` 0.1, chosen by five-fold cross-validation grouped by claim within the tune half of
Emergent's claims) gives each stance's weights. The table holds feature names (the rules'
labels, cue kinds, words and word pairs) and weights; the words come from research data under
its own terms, so onrecord does not ship the table: each user makes it (seconds; needs
scikit-learn, which the ``dev`` extra installs)::

    make stance-weights
    python -m onrecord.evaluation.train_stance CSV  # the same, CSV: Emergent's url-versions

It goes to :func:`~onrecord.matters.headline_stance.default_stance_weights_path`, where
:func:`~onrecord.matters.headline_stance.load_stance_weights` looks (``--out PATH`` puts it
elsewhere; ``--out -`` prints it).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..config import write_table
from ..errors import EvaluationError, OnrecordError
from ..matters.claims import Claim, parse_claim
from ..matters.headline_stance import STANCES, StanceWeights, default_stance_weights_path, features
from .logistic import fit_multinomial, require_sklearn

C = 0.1  # inverse L2 penalty, chosen by grouped cross-validation (0.03 to 1 tried)
THRESHOLD = 0.5  # the pair confidence called a contradiction: about recall 0.55 in that CV


@dataclass(frozen=True, slots=True)
class LabelledHeadline:
    """One outlet's headline about a claim, and its stance toward it."""

    claim_id: str
    claim: str
    headline: str
    stance: str


def read_headlines(path: str | Path) -> list[LabelledHeadline]:
    """The labelled headlines of a CSV with Emergent's ``url-versions`` columns.

    Raises:
        EvaluationError: the file is missing, lacks a column, or has a stance other than
            ``for``, ``against`` or ``observing``.
    """
    need = ("claimId", "claimHeadline", "articleHeadline", "articleHeadlineStance")
    try:
        with Path(path).open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError) as e:
        raise EvaluationError(f"Cannot read {path} ({e}): give a CSV of labelled headlines.") from e
    out: list[LabelledHeadline] = []
    for n, row in enumerate(rows, start=2):
        if missing := [c for c in need if c not in row]:
            raise EvaluationError(
                f"{path} lacks the column(s) {', '.join(missing)}: it needs {need}."
            )
        if row["articleHeadlineStance"] not in STANCES:
            raise EvaluationError(
                f"{path} line {n}: stance {row['articleHeadlineStance']!r} is not one of {STANCES}."
            )
        out.append(LabelledHeadline(row["claimId"], row["claimHeadline"], row["articleHeadline"],
                                    row["articleHeadlineStance"]))  # fmt: skip
    return out


@cache
def parsed_claim(text: str) -> Claim:
    """The claim of ``text``, parsed once for all its headlines."""
    return parse_claim(text)


@cache
def headline_features(headline: str, claim: str) -> dict[str, float]:
    """:func:`~onrecord.matters.headline_stance.features`, once per headline and claim."""
    return features(headline, parsed_claim(claim))


def fit(examples: Iterable[LabelledHeadline], *, c: float = C) -> StanceWeights:
    """The stance table of ``examples``.

    Raises:
        MissingExtra: scikit-learn is not installed.
        EvaluationError: the examples lack one of the three stances.
    """
    require_sklearn("Training stance weights")
    examples = list(examples)
    seen = {e.stance for e in examples}
    if missing := [s for s in STANCES if s not in seen]:
        raise EvaluationError(
            f"{len(examples)} headlines, none of them {', '.join(missing)}: a stance model needs "
            "headlines of all three stances. Train on a larger labelled set."
        )
    rows = [headline_features(e.headline, e.claim) for e in examples]
    biases, weights = fit_multinomial(rows, [e.stance for e in examples], C=c)
    return StanceWeights(biases, weights, THRESHOLD)


def table_json(weights: StanceWeights, examples: Sequence[LabelledHeadline], c: float) -> str:
    """The table as written: what it is, how it was made, the model."""
    about: dict[str, Any] = {
        "about": (
            "Weights of onrecord.matters.headline_stance, made by python -m "
            "onrecord.evaluation.train_stance: a multinomial logistic model of a headline's "
            "stance (for, against, observing) toward a claim. Feature names and weights only."
        ),
        "examples": len(examples),
        "c": c,
    }
    return json.dumps({**about, **weights.to_json()}, indent=1) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m onrecord.evaluation.train_stance CSV [--out PATH] [--c C]``."""
    parser = argparse.ArgumentParser(
        prog="python -m onrecord.evaluation.train_stance",
        description="Learn the headline stance weights of onrecord.matters.headline_stance.",
    )
    parser.add_argument("csv", help="labelled headlines (Emergent's url-versions columns)")
    parser.add_argument("--c", type=_positive, default=C, help="inverse L2 penalty (> 0)")
    parser.add_argument(
        "--out",
        default=None,
        help=f"where to write the table ('-' for stdout; default: {default_stance_weights_path()})",
    )
    args = parser.parse_args(argv)
    try:
        examples = read_headlines(args.csv)
        table = table_json(fit(examples, c=args.c), examples, args.c)
    except OnrecordError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.out == "-":
        sys.stdout.write(table)
        return 0
    out = Path(args.out or default_stance_weights_path()).expanduser()
    try:
        write_table(out, table)
    except OSError as e:
        print(f"error: cannot write {out} ({e}); choose another place with --out", file=sys.stderr)
        return 2
    print(f"wrote {out}: {len(examples)} headlines.", file=sys.stderr)
    return 0


def _positive(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be above 0, not {value}")
    return number


if __name__ == "__main__":
    sys.exit(main())
