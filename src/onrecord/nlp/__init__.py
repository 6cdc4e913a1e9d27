"""Stage 2: the spaCy pipeline and onrecord's rules over its parse."""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..config import default_model
from ..errors import ModelNotFound

log = logging.getLogger(__name__)


@Language.component("onrecord_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, and after a dateline ("PORT CARROW —"): a
    sentence never spans two paragraphs, and a dateline is never part of a subject."""
    line_start = 0
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws[len(prev.text) :] or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
            line_start = tok.i
        elif _dash(prev) and _dateline(doc[line_start : prev.i]):
            tok.is_sent_start = True
        elif not tok.is_space and not tok.is_sent_start:
            tok.is_sent_start = None
    return doc


def _dash(tok: Token) -> bool:
    """A dash that can close a dateline: a long one, or a hyphen with spaces around it
    ("BRAMCOTE - Linwick General Hospital said"), never one inside a word ("well-known")."""
    if tok.text in ("—", "–", "--"):
        return True
    doc = tok.doc
    return (
        tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(doc[tok.i - 1].whitespace_)
    )


def _dateline(words: Span) -> bool:
    """Upper-case place names at a paragraph's start, maybe with an agency in parentheses."""
    alpha = [t for t in words if t.is_alpha]
    return 0 < len(alpha) <= 7 and alpha[0].is_upper and len(alpha[0]) > 1


def load_pipeline(model: str | None = None) -> Language:
    """Load the spaCy pipeline ``model`` (default: ``ONRECORD_MODEL`` or the bundled one).

    Raises:
        ModelNotFound: the model is not installed; the message says how to install it.
    """
    import spacy

    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelNotFound(name) from e
    if "parser" in nlp.pipe_names and "onrecord_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("onrecord_paragraphs", before="parser")
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        log.warning("spaCy model %s has no %s: attribution quality will suffer", name, missing)
    log.info("loaded spaCy pipeline %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp
