"""Extracting an invented article and looking up its statements in the NLP tests."""

from __future__ import annotations

from onrecord.models import Record, Statement
from onrecord.nlp.attribution import find_attributions


def find(record: Record, fragment: str) -> Statement:
    """The first statement whose content holds ``fragment`` (fails, listing them, if none)."""
    hits = [s for s in record.statements if fragment in s.content.text]
    assert hits, f"no statement with {fragment!r}: {[s.content.text for s in record.statements]}"
    return hits[0]


def run(extractor, text: str, published: str = "2026-03-04") -> Record:  # type: ignore[no-untyped-def]
    """``text`` extracted as an article published on ``published``."""
    return extractor.extract_text(text, published=published)  # type: ignore[no-any-return]


def cued(nlp, text: str, cue: str):  # type: ignore[no-untyped-def]
    """(source, content parts) of the attribution in ``text`` whose cue is ``cue`` (fails if
    none), read straight from ``find_attributions``."""
    for a in find_attributions(nlp(text))[0]:
        if a.cue is not None and text[a.cue[0] : a.cue[1]] == cue:
            source = text[a.source[0] : a.source[1]] if a.source else None
            parts = [text[s:e] for s, e in a.parts] or [text[a.content[0] : a.content[1]]]
            return source, parts
    raise AssertionError(f"no statement cued by {cue!r} in {text!r}")
