"""onrecord: who said what, when, through which outlet, and where statements contradict.

>>> import onrecord
>>> record = onrecord.extract("Ms. Vela said the bridge would open in May.", published="2024-03-02")
"""

from __future__ import annotations

import logging

from .errors import (
    IngestError,
    MissingExtra,
    ModelNotFound,
    OnrecordError,
    PipelineError,
    UsageError,
)
from .models import (
    Article,
    Entity,
    Reading,
    Record,
    RunReport,
    Skipped,
    Span,
    Speaker,
    Statement,
    StatementDate,
    TimeExpression,
)

__version__ = "0.1.0"

# The pipeline imports spaCy: load it on first use, so that ``import onrecord`` stays cheap.
_LAZY = {
    "extract": ("onrecord.extractor", "extract"),
    "extract_many": ("onrecord.extractor", "extract_many"),
    "Extractor": ("onrecord.extractor", "Extractor"),
    "evaluate": ("onrecord.evaluation", "evaluate"),
    "read_articles": ("onrecord.ingest", "read_articles"),
    "load_article": ("onrecord.ingest", "load_article"),
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'onrecord' has no attribute {name!r}")


logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [  # noqa: RUF022 - records first, then errors, then functions
    "Article",
    "Entity",
    "IngestError",
    "MissingExtra",
    "ModelNotFound",
    "OnrecordError",
    "PipelineError",
    "Reading",
    "Record",
    "RunReport",
    "Skipped",
    "Span",
    "Speaker",
    "Statement",
    "StatementDate",
    "TimeExpression",
    "UsageError",
    "__version__",
    "Extractor",
    "evaluate",
    "extract",
    "extract_many",
    "load_article",
    "read_articles",
]
