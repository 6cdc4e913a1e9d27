"""Extracting an invented article and looking up its statements in the NLP tests."""

from __future__ import annotations

from onrecord.models import Record, Statement


def find(record: Record, fragment: str) -> Statement:
    """The first statement whose content holds ``fragment`` (fails, listing them, if none)."""
    hits = [s for s in record.statements if fragment in s.content.text]
    assert hits, f"no statement with {fragment!r}: {[s.content.text for s in record.statements]}"
    return hits[0]


def run(extractor, text: str, published: str = "2026-03-04") -> Record:  # type: ignore[no-untyped-def]
    """``text`` extracted as an article published on ``published``."""
    return extractor.extract_text(text, published=published)  # type: ignore[no-any-return]
