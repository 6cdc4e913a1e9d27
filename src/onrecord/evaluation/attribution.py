"""Attribution evaluation: run an extractor over gold articles and score what it finds.

>>> from onrecord.evaluation import evaluate
>>> report = evaluate("../shared/eval/polnear/data/dev", limit=20)  # doctest: +SKIP
>>> report.scores.content.partial.f1  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, cast

from ..errors import EvaluationError, IngestError
from ..models import Json, Record, Skipped
from .brat import GoldDocument, load_gold
from .conventions import polnear_attributions
from .scoring import AttributionScores, PredictedAttribution, score

log = logging.getLogger(__name__)


class Predictor(Protocol):
    """Anything that reads a text and returns a :class:`~onrecord.models.Record` for it.

    The text must be used as given (no cleaning), so that offsets index the gold text.
    ``onrecord.extractor.Extractor`` satisfies it.
    """

    def extract_text(
        self, text: str, *, published: str | None = None, source: str = "<text>"
    ) -> Record: ...


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    """The outcome of :func:`evaluate`: where the gold came from, the scores, the failures."""

    gold: str
    model: str | None
    scores: AttributionScores
    failed: tuple[Skipped, ...] = field(default=())
    cue_weights: str | None = None  # the learned pass's table, None for the rules alone

    def to_dict(self, *, errors: bool = False) -> Json:
        return {
            "gold": self.gold,
            "model": self.model,
            "cue_weights": self.cue_weights,
            "failed": [s.to_dict() for s in self.failed],
            **self.scores.to_dict(errors=errors),
        }


def predict_gold_doc(predictor: Predictor, doc: GoldDocument) -> list[PredictedAttribution]:
    """Run ``predictor`` on one gold article and turn its statements into attributions.

    Raises:
        EvaluationError: the predictor changed the text, so its offsets cannot be compared.
    """
    record = predictor.extract_text(doc.text, published=doc.published, source=doc.doc_id)
    if record.article.text != doc.text:
        raise EvaluationError(
            f"The extractor changed the text of {doc.doc_id}, so its offsets cannot be compared "
            "with the gold ones. Evaluate with a predictor that reads the text as given "
            "(Extractor.extract_text)."
        )
    return polnear_attributions(record)


def evaluate(
    gold_path: str | Path,
    *,
    extractor: Predictor | None = None,
    limit: int | None = None,
    model: str | None = None,
    cue_weights: str | Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> EvaluationReport:
    """Score an extractor against gold attributions (PolNeAR brat folder or derived JSON Lines).

    Args:
        gold_path: anything :func:`~onrecord.evaluation.load_gold` reads.
        extractor: the predictor to score; by default ``onrecord.extractor.Extractor(model)``
            without per-article matters.
        limit: score only the first ``limit`` documents (in ``doc_id`` order).
        model: the spaCy model of the default extractor.
        cue_weights: the default extractor's learned weights: a path, or ``"off"`` for the
            rules alone (default: as :class:`~onrecord.extractor.Extractor` finds them).
        progress: called with 1 after each document.

    Returns:
        The report. Documents the extractor failed on count as having no predictions and are
        listed in ``failed``.

    Raises:
        EvaluationError: the gold cannot be read.
    """
    docs = load_gold(gold_path)
    if limit is not None:
        docs = docs[: max(limit, 0)]
    predictor = extractor if extractor is not None else _default_extractor(model, cue_weights)
    predicted: dict[str, list[PredictedAttribution]] = {}
    failed: list[Skipped] = []
    for doc in docs:
        try:
            predicted[doc.doc_id] = predict_gold_doc(predictor, doc)
        except IngestError as e:
            failed.append(Skipped(doc.doc_id, e.reason, e.detail))
        except EvaluationError:
            raise
        except Exception as e:  # one broken document must not end a long evaluation
            log.warning("extractor failed on %s: %r", doc.doc_id, e, exc_info=True)
            failed.append(Skipped(doc.doc_id, "parse_error", repr(e)))
        if progress is not None:
            progress(1)
    weights = getattr(predictor, "weights", None)  # an Extractor's learned table, if any
    where = getattr(weights, "where", None) if weights is not None else None
    scores = score(docs, predicted)
    return EvaluationReport(str(gold_path), model, scores, tuple(failed), where)


def _default_extractor(model: str | None, cue_weights: str | Path | None) -> Predictor:
    # Imported by name so that evaluation does not import the NLP stack until it is needed.
    extractor = importlib.import_module("onrecord.extractor")
    factory = cast(Callable[..., Predictor], extractor.Extractor)
    # scoring attributions needs no matters
    return factory(model=model, matters=False, cue_weights=cue_weights)
