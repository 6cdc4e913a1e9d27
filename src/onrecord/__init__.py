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

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "Entity",
    "IngestError",
    "MissingExtra",
    "ModelNotFound",
    "OnrecordError",
    "PipelineError",
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
]
