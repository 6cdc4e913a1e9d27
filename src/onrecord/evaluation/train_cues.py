"""Learn the weights of ``nlp/learned_cues.py`` from an annotated corpus.

Every article is parsed and read by the rules alone (``find_attributions`` without weights);
each verb they left, with a frame (``learned_cues.candidates``), is one example, positive when
the gold marks it as (part of) a cue. A logistic regression with an L1 penalty keeps the few
features that matter; features seen fewer than ``--min-count`` times are dropped first. The
table holds feature names (a lemma, a tag, a dependency label, a neighbouring word) and their
weights: no article text. Still, they derive from the corpus, which comes under its own terms,
so onrecord does not ship them: each user makes their own (about four minutes on PolNeAR
train; needs scikit-learn, which the ``dev`` extra installs)::

    make cue-weights
    python -m onrecord.evaluation.train_cues ../shared/eval/polnear/data/train  # the same

The same reading gives the examples of the content edge weights (``nlp/learned_edges.py``,
:mod:`onrecord.evaluation.train_edges`), written in the table's ``edges`` section
(``--no-edges`` leaves it out). The table goes to
:func:`~onrecord.nlp.cue_weights.default_weights_path`, where the extractor finds it (``--out
PATH`` puts it elsewhere; ``--out -`` prints it).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import write_table
from ..errors import EvaluationError, OnrecordError
from ..nlp.cue_weights import ENV_WEIGHTS, default_weights_path, is_off
from .brat import GoldDocument, load_gold
from .logistic import fit_logistic, require_sklearn
from .train_edges import EdgeExamples, edge_examples, fit_edges

if TYPE_CHECKING:
    from spacy.language import Language

THRESHOLD = 0.5  # chosen on five-fold cross-validation over train (0.4 to 0.7 tried)


def training_rows(
    docs: Iterable[GoldDocument], nlp: Language, edges: EdgeExamples | None = None
) -> tuple[list[dict[str, float]], list[bool]]:
    """One feature dict per candidate verb of every document, and whether the gold marks it;
    ``edges``, when given, gathers the examples of the edge weights from the same reading
    (:func:`~onrecord.evaluation.train_edges.edge_examples`)."""
    from ..nlp.attribution import find_attributions
    from ..nlp.learned_cues import candidates, features, taken_characters
    from ..nlp.quotes import paragraph_bounds

    rows: list[dict[str, float]] = []
    labels: list[bool] = []
    docs = list(docs)
    for n, (gold, doc) in enumerate(zip(docs, nlp.pipe(d.text for d in docs), strict=True)):
        found, _ = find_attributions(doc, paragraph_bounds(gold.text))
        cue_chars = {i for a in gold.attributions for s, e in a.cue for i in range(s, e)}
        for verb, frame in candidates(doc, taken_characters(found)):
            rows.append(features(verb, frame))
            labels.append(verb.idx in cue_chars)
        if edges is not None:
            edge_examples(gold, doc, found, n, edges)
    return rows, labels


def fit(
    rows: Sequence[dict[str, float]],
    labels: Sequence[bool],
    *,
    min_count: int = 5,
    c: float = 0.5,
) -> dict[str, Any]:
    """The weight table: ``bias``, ``threshold`` and the non-zero ``weights`` (4 decimals).

    Raises:
        MissingExtra: scikit-learn is not installed.
        EvaluationError: no feature is seen ``min_count`` times.
    """
    require_sklearn("Training cue weights")
    counts = Counter(k for row in rows for k in row)
    if not any(n >= min_count for n in counts.values()):
        raise EvaluationError(
            f"No feature is seen --min-count {min_count} times: lower it, or train on a larger "
            "corpus."
        )
    kept = [{k: v for k, v in row.items() if counts[k] >= min_count} for row in rows]
    bias, weights = fit_logistic(kept, labels, C=c, l1_ratio=1.0)
    return {
        "about": (
            "Weights of onrecord.nlp.learned_cues, made by python -m "
            "onrecord.evaluation.train_cues: a logistic model of whether an annotator marks a "
            "verb the rules left as a cue. Feature names and weights only; no article text."
        ),
        "examples": len(labels),
        "positives": int(sum(labels)),
        "min_count": min_count,
        "c": c,
        "threshold": THRESHOLD,
        "bias": bias,
        "weights": weights,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m onrecord.evaluation.train_cues GOLD [--out PATH]``: write the weight table."""
    parser = argparse.ArgumentParser(
        prog="python -m onrecord.evaluation.train_cues",
        description="Learn the cue weights of onrecord.nlp.learned_cues from a gold corpus.",
    )
    parser.add_argument("gold", help="a PolNeAR brat folder or derived JSON Lines")
    parser.add_argument("--model", default=None, help="spaCy model (default: onrecord's)")
    parser.add_argument("--min-count", type=_at_least_one, default=5)
    parser.add_argument("--c", type=_positive, default=0.5, help="inverse L1 penalty (> 0)")
    parser.add_argument(
        "--no-edges",
        action="store_true",
        help="leave out the content edge weights (nlp/learned_edges.py)",
    )
    parser.add_argument(
        "--out",
        default=None,
        help=f"where to write the table ('-' for stdout; default: {default_weights_path()})",
    )
    args = parser.parse_args(argv)
    from ..nlp import load_pipeline

    out = None if args.out == "-" else Path(args.out or default_weights_path()).expanduser()
    if out is not None and (problem := _unwritable(out)):  # said now, not after training
        return _cannot_write(out, problem)
    try:
        gold = load_gold(args.gold)
        if not gold:
            raise EvaluationError(f"{args.gold} holds no annotated article to learn from.")
        edges = EdgeExamples()
        rows, labels = training_rows(gold, load_pipeline(args.model), edges)
        if not any(labels) or all(labels):
            raise EvaluationError(
                f"{args.gold} gives {len(labels)} candidate verbs, {sum(labels)} of them cues: "
                "a model needs both. Train on a larger annotated corpus."
            )
        fitted = fit(rows, labels, min_count=args.min_count, c=args.c)
        if not args.no_edges:
            fitted["edges"] = fit_edges(edges)
    except OnrecordError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    table = json.dumps(fitted, indent=1) + "\n"
    if out is None:
        sys.stdout.write(table)
        return 0
    try:
        write_table(out, table)
    except OSError as e:
        return _cannot_write(out, str(e))
    print(f"wrote {out}: {len(labels)} examples, {sum(labels)} positive. {_how_used(out)}",
          file=sys.stderr)  # fmt: skip
    return 0


def _how_used(out: Path) -> str:
    setting = os.environ.get(ENV_WEIGHTS, "").strip()
    if is_off(setting):
        return f"{ENV_WEIGHTS}=off is set: unset it, or pass --cue-weights {out}, to use it."
    if setting and Path(setting).expanduser().resolve() != out.resolve():
        return f"{ENV_WEIGHTS}={setting} is set, so onrecord reads that instead until it is unset."
    if setting or out.resolve() == default_weights_path().resolve():
        return "onrecord uses it from now on."
    return f"onrecord uses it with --cue-weights {out} or {ENV_WEIGHTS}={out}."


def _cannot_write(out: Path, why: str) -> int:
    print(f"error: cannot write {out} ({why}); choose another place with --out", file=sys.stderr)
    return 2


def _unwritable(out: Path) -> str | None:
    """Why ``out`` cannot be written, or None: checked by making its folder and a probe."""
    probe = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as e:
        return str(e)
    return None


def _positive(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be above 0, not {value}")
    return number


def _at_least_one(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return number


if __name__ == "__main__":
    sys.exit(main())
