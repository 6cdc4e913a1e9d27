"""The logistic regressions the learned passes are fitted with (scikit-learn, from the ``dev``
extra, at training time only): features as dicts, the non-zero weights rounded to four
decimals, so a table is small, readable and the same on every run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import MissingExtra


def require_sklearn(what: str) -> None:
    """Raise :class:`MissingExtra` (naming ``what`` needs it) when scikit-learn is absent."""
    try:
        import sklearn  # noqa: F401
    except ImportError as e:
        raise MissingExtra(what, "dev") from e


def fit_logistic(
    rows: Sequence[dict[str, float]], labels: Sequence[bool], **options: Any
) -> tuple[float, dict[str, float]]:
    """The intercept and the non-zero weights, by feature name and sorted, of a liblinear
    logistic regression of ``labels`` on ``rows`` (``options`` go to ``LogisticRegression``:
    ``C``, ``l1_ratio``, ``fit_intercept``)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    x.indices = x.indices.astype(np.int32)  # liblinear takes 32-bit indices only
    x.indptr = x.indptr.astype(np.int32)
    model = LogisticRegression(solver="liblinear", random_state=0, **options)
    model.fit(x, np.asarray(labels, dtype=bool))
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): round(float(w), 4)
        for name, w in zip(names, model.coef_[0], strict=True)
        if round(float(w), 4) != 0.0
    }
    return round(float(np.ravel(model.intercept_)[0]), 4), dict(sorted(weights.items()))


def fit_multinomial(
    rows: Sequence[dict[str, float]], labels: Sequence[str], **options: Any
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Each class's intercept and non-zero weights (4 decimals, sorted by feature name) of a
    multinomial logistic regression (lbfgs, L2) of ``labels`` on ``rows``, three classes or
    more; ``options`` go to ``LogisticRegression`` (``C``). lbfgs on the same rows gives the
    same table on every run."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(solver="lbfgs", max_iter=5000, **options)
    model.fit(x, np.asarray(labels))
    names = [str(n) for n in vectorizer.get_feature_names_out()]
    classes = [str(c) for c in model.classes_]
    coef, intercept = model.coef_, np.ravel(model.intercept_)
    biases = {c: round(float(b), 4) for c, b in zip(classes, intercept, strict=True)}
    weights = {
        c: {n: round(float(w), 4) for n, w in zip(names, row, strict=True) if round(float(w), 4)}
        for c, row in zip(classes, coef, strict=True)
    }
    return biases, weights
